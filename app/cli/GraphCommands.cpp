// SPDX-License-Identifier: GPL-3.0-or-later
#include "GraphCommands.h"

#include "Progress.h"

#include "graph/Analyses.h"
#include "store/Workspace.h"
#include "util/Json.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace commonplace::cli {

namespace {

/** A built projection and what an analysis needs to print its answer. */
class GraphRun
{
public:
    GraphRun(const Options& o, const GraphArgs& a, store::Workspace& ws, graph::Projection& p)
        : o(o)
        , a(a)
        , ws(ws)
        , p(p)
    {}

    const Options& o;
    const GraphArgs& a;
    store::Workspace& ws;
    graph::Projection& p;

    /** How many rows of a ranking to print: --limit, else 25 in text and all in JSON. */
    std::size_t limit(std::size_t available) const
    {
        std::size_t n = a.limit < 0 ? (o.json ? available : 25) : std::size_t(a.limit);
        return n == 0 ? available : std::min(n, available);
    }

    const std::string& caption(const std::string& id) const
    {
        auto v = p.vertex(id);
        return v ? p.actor(*v).caption : id;
    }

    /** "Caption [id]", or the id alone when the caption is the id. */
    std::string label(const std::string& id) const
    {
        const std::string& c = caption(id);
        return c == id ? id : c + " [" + id + "]";
    }

    /** Opens the JSON object every graph answer shares: {"graph": {...}, ... */
    void begin(util::JsonWriter& w) const
    {
        w.beginObject()
            .key("graph")
            .beginObject()
            .key("vertices")
            .value(std::uint64_t(p.vertexCount()))
            .key("edges")
            .value(std::uint64_t(p.edgeCount()))
            .key("skipped")
            .value(p.skippedRelations())
            .endObject();
    }

    /** The line every text answer starts with. */
    void header() const
    {
        std::printf("Graph: %zu actors, %zu relationships", p.vertexCount(), p.edgeCount());
        if (p.skippedRelations())
            std::printf(" (%llu left out: an end is not an actor under this filter)",
                        (unsigned long long)p.skippedRelations());
        std::printf(".\n");
    }

    void writeIds(util::JsonWriter& w, const std::vector<std::string>& ids) const
    {
        w.beginArray();
        for (const auto& id : ids)
            w.value(id);
        w.endArray();
    }

    int scores(const std::vector<graph::Score>& scores,
               const std::function<void(util::JsonWriter&)>& extra = {},
               const std::string& note = {}) const
    {
        std::size_t n = limit(scores.size());
        if (o.json) {
            std::string out;
            util::JsonWriter w(out);
            begin(w);
            if (extra)
                extra(w);
            w.key("scores").beginArray();
            for (std::size_t i = 0; i < n; ++i)
                w.beginObject()
                    .key("id")
                    .value(scores[i].id)
                    .key("caption")
                    .value(caption(scores[i].id))
                    .key("score")
                    .value(scores[i].score)
                    .endObject();
            w.endArray().endObject();
            printJson(out);
            return kOk;
        }
        header();
        if (!note.empty())
            std::printf("%s\n", note.c_str());
        std::printf("%6s  %-12s  %s\n", "rank", "score", "actor");
        for (std::size_t i = 0; i < n; ++i)
            std::printf("%6zu  %-12.6g  %s\n", i + 1, scores[i].score, label(scores[i].id).c_str());
        if (n < scores.size())
            std::printf("(%zu more; --limit 0 shows all)\n", scores.size() - n);
        return kOk;
    }
};

int graphPageRank(const GraphRun& r)
{
    graph::PageRankOptions opts;
    opts.weightByAmount = r.a.byAmount;
    opts.currency = r.a.currency;
    auto s = graph::pageRank(r.p, opts);
    if (!s)
        return fail(s.error());
    return r.scores(*s);
}

int graphBetweenness(const GraphRun& r)
{
    graph::BetweennessOptions opts;
    opts.samples = r.a.samples;
    opts.exactBelow = r.a.exactBelow;
    opts.seed = r.a.seed;
    ProgressBar bar("Betweenness");
    auto b = graph::betweenness(r.p, opts, bar.callback());
    bar.finish();
    if (!b)
        return fail(b.error());
    std::string note;
    if (b->sampled) {
        char buf[200];
        std::snprintf(buf, sizeof buf,
                      "Sampled from %zu of %zu actors: every score within %.3g of the exact one "
                      "with 95%% confidence (typical error %.3g).",
                      b->pivots, r.p.vertexCount(), b->errorBound, b->standardError);
        note = buf;
    }
    return r.scores(
        b->scores,
        [&](util::JsonWriter& w) {
            w.key("sampled")
                .value(b->sampled)
                .key("pivots")
                .value(std::uint64_t(b->pivots))
                .key("error_bound")
                .value(b->errorBound)
                .key("standard_error")
                .value(b->standardError);
        },
        note);
}

int graphCloseness(const GraphRun& r)
{
    ProgressBar bar("Closeness");
    auto s = graph::closeness(r.p, bar.callback());
    bar.finish();
    if (!s)
        return fail(s.error());
    return r.scores(*s);
}

int graphDegree(const GraphRun& r)
{
    auto d = graph::degree(r.p, r.a.currency);
    if (!d)
        return fail(d.error());
    std::size_t n = r.limit(d->size());
    if (r.o.json) {
        std::string out;
        util::JsonWriter w(out);
        r.begin(w);
        w.key("currency").value(r.a.currency).key("scores").beginArray();
        for (std::size_t i = 0; i < n; ++i) {
            const auto& s = (*d)[i];
            w.beginObject()
                .key("id")
                .value(s.id)
                .key("caption")
                .value(r.caption(s.id))
                .key("in")
                .value(s.in)
                .key("out")
                .value(s.out)
                .key("amount_in")
                .value(s.amountIn)
                .key("amount_out")
                .value(s.amountOut)
                .endObject();
        }
        w.endArray().endObject();
        printJson(out);
        return kOk;
    }
    r.header();
    bool amounts = !r.a.currency.empty();
    if (amounts)
        std::printf("%6s %6s  %14s %14s  %s\n", "in", "out", ("in " + r.a.currency).c_str(),
                    ("out " + r.a.currency).c_str(), "actor");
    else
        std::printf("%6s %6s  %s\n", "in", "out", "actor");
    for (std::size_t i = 0; i < n; ++i) {
        const auto& s = (*d)[i];
        if (amounts)
            std::printf("%6llu %6llu  %14.2f %14.2f  %s\n", (unsigned long long)s.in,
                        (unsigned long long)s.out, s.amountIn, s.amountOut, r.label(s.id).c_str());
        else
            std::printf("%6llu %6llu  %s\n", (unsigned long long)s.in, (unsigned long long)s.out,
                        r.label(s.id).c_str());
    }
    if (n < d->size())
        std::printf("(%zu more; --limit 0 shows all)\n", d->size() - n);
    return kOk;
}

/** Components and communities: groups of ids, largest first. */
int printGroups(const GraphRun& r, const std::vector<std::vector<std::string>>& groups,
                const char* key, const char* noun,
                const std::function<void(util::JsonWriter&)>& extra = {},
                const std::string& note = {})
{
    if (r.o.json) {
        std::string out;
        util::JsonWriter w(out);
        r.begin(w);
        if (extra)
            extra(w);
        w.key(key).beginArray();
        for (const auto& g : groups)
            r.writeIds(w, g);
        w.endArray().endObject();
        printJson(out);
        return kOk;
    }
    r.header();
    if (!note.empty())
        std::printf("%s\n", note.c_str());
    std::size_t n = r.limit(groups.size());
    std::printf("%zu %s, largest first:\n", groups.size(), noun);
    for (std::size_t i = 0; i < n; ++i) {
        const auto& g = groups[i];
        std::printf("%6zu  %zu actors: ", i + 1, g.size());
        for (std::size_t k = 0; k < g.size() && k < 5; ++k)
            std::printf("%s%s", k ? "; " : "", r.label(g[k]).c_str());
        if (g.size() > 5)
            std::printf("; ...");
        std::printf("\n");
    }
    if (n < groups.size())
        std::printf("(%zu more; --limit 0 shows all)\n", groups.size() - n);
    return kOk;
}

int graphComponents(const GraphRun& r)
{
    auto c = graph::components(r.p, r.a.strong);
    if (!c)
        return fail(c.error());
    return printGroups(r, *c, "components",
                       r.a.strong ? "strongly connected components" : "connected components");
}

int graphCommunities(const GraphRun& r)
{
    auto c = graph::louvain(r.p, r.a.seed, r.a.resolution);
    if (!c)
        return fail(c.error());
    char note[64];
    std::snprintf(note, sizeof note, "Modularity %.4f.", c->modularity);
    return printGroups(
        r, c->groups, "communities", "communities",
        [&](util::JsonWriter& w) {
            w.key("modularity").value(c->modularity).key("levels").value(c->levels);
        },
        note);
}

int graphBrokers(const GraphRun& r)
{
    auto b = graph::brokers(r.p);
    if (!b)
        return fail(b.error());
    if (r.o.json) {
        std::string out;
        util::JsonWriter w(out);
        r.begin(w);
        w.key("articulation_points");
        r.writeIds(w, b->articulationPoints);
        w.key("bridges").beginArray();
        for (const auto& [x, y] : b->bridges)
            w.beginArray().value(x).value(y).endArray();
        w.endArray().endObject();
        printJson(out);
        return kOk;
    }
    r.header();
    std::printf("%zu brokers (removing one splits the network):\n", b->articulationPoints.size());
    for (const auto& id : b->articulationPoints)
        std::printf("  %s\n", r.label(id).c_str());
    std::printf("%zu bridges (the only tie between two parts):\n", b->bridges.size());
    for (const auto& [x, y] : b->bridges)
        std::printf("  %s -- %s\n", r.label(x).c_str(), r.label(y).c_str());
    return kOk;
}

int graphKcore(const GraphRun& r)
{
    auto c = graph::coreNumbers(r.p);
    if (!c)
        return fail(c.error());
    std::size_t n = r.limit(c->size());
    if (r.o.json) {
        std::string out;
        util::JsonWriter w(out);
        r.begin(w);
        w.key("cores").beginArray();
        for (std::size_t i = 0; i < n; ++i)
            w.beginObject()
                .key("id")
                .value((*c)[i].first)
                .key("caption")
                .value(r.caption((*c)[i].first))
                .key("core")
                .value((*c)[i].second)
                .endObject();
        w.endArray().endObject();
        printJson(out);
        return kOk;
    }
    r.header();
    std::printf("%6s  %s\n", "core", "actor");
    for (std::size_t i = 0; i < n; ++i)
        std::printf("%6d  %s\n", (*c)[i].second, r.label((*c)[i].first).c_str());
    if (n < c->size())
        std::printf("(%zu more; --limit 0 shows all)\n", c->size() - n);
    return kOk;
}

void writePath(const GraphRun& r, util::JsonWriter& w, const graph::PathResult& path)
{
    w.beginObject().key("path");
    r.writeIds(w, path.vertices);
    w.key("edges");
    r.writeIds(w, path.edges);
    w.key("cost").value(path.cost).endObject();
}

void printPath(const GraphRun& r, const graph::PathResult& path, bool weighted)
{
    std::printf("%s %g:", weighted ? "cost" : "hops", path.cost);
    for (std::size_t i = 0; i < path.vertices.size(); ++i) {
        if (i)
            std::printf(" -[%s]->", path.edges[i - 1].c_str());
        std::printf(" %s", r.label(path.vertices[i]).c_str());
    }
    std::printf("\n");
}

int graphPath(const GraphRun& r, bool maxHopsGiven)
{
    for (const auto& id : {r.a.from_id, r.a.to_id}) {
        if (auto v = r.p.require(id, r.ws); !v)
            return fail(v.error());
    }
    auto weight = r.a.weighted ? graph::PathWeight::Sourcing : graph::PathWeight::Hops;
    if (r.a.all) {
        bool truncated = false;
        auto paths = graph::allPaths(r.p, r.a.from_id, r.a.to_id, r.a.maxHops, r.a.maxPaths,
                                     r.a.undirected, &truncated, weight);
        if (!paths)
            return fail(paths.error());
        if (paths->empty())
            return fail(makeError("no path from '" + r.a.from_id + "' to '" + r.a.to_id +
                                  "' within " + std::to_string(r.a.maxHops) +
                                  " hops within the filter" +
                                  (r.a.undirected ? ""
                                                  : " (following the direction of relationships; "
                                                    "--undirected follows them both ways)")));
        if (r.o.json) {
            std::string out;
            util::JsonWriter w(out);
            r.begin(w);
            w.key("paths").beginArray();
            for (const auto& path : *paths)
                writePath(r, w, path);
            w.endArray().key("truncated").value(truncated).endObject();
            printJson(out);
            return kOk;
        }
        r.header();
        for (const auto& path : *paths)
            printPath(r, path, r.a.weighted);
        if (truncated)
            std::printf("(more paths exist; raise --max-paths or lower --max-hops)\n");
        return kOk;
    }
    auto path = graph::shortestPath(r.p, r.a.from_id, r.a.to_id, weight, r.a.undirected);
    if (!path) {
        std::string message = path.error().message;
        if (!r.a.undirected)
            message += "; --undirected follows relationships both ways";
        return fail(makeError(message));
    }
    if (maxHopsGiven && int(path->edges.size()) > r.a.maxHops)
        return fail(makeError("no path from '" + r.a.from_id + "' to '" + r.a.to_id + "' within " +
                              std::to_string(r.a.maxHops) +
                              " hops within the filter (the shortest has " +
                              std::to_string(path->edges.size()) + ")"));
    if (r.o.json) {
        std::string out;
        util::JsonWriter w(out);
        r.begin(w);
        w.key("path");
        r.writeIds(w, path->vertices);
        w.key("edges");
        r.writeIds(w, path->edges);
        w.key("cost").value(path->cost).endObject();
        printJson(out);
        return kOk;
    }
    r.header();
    printPath(r, *path, r.a.weighted);
    return kOk;
}

void writeTotals(util::JsonWriter& w, const std::vector<graph::FlowTotal>& totals)
{
    w.beginArray();
    for (const auto& t : totals)
        w.beginObject()
            .key("currency")
            .value(t.currency)
            .key("year")
            .value(t.year)
            .key("amount")
            .value(t.amount)
            .key("count")
            .value(t.count)
            .key("without_amount")
            .value(t.withoutAmount)
            .endObject();
    w.endArray();
}

std::string describeTotals(const std::vector<graph::FlowTotal>& totals)
{
    std::string out;
    char buf[128];
    for (const auto& t : totals) {
        std::snprintf(buf, sizeof buf, "%s%s %s: %.2f (%llu)", out.empty() ? "" : "; ",
                      t.currency.empty() ? "(no currency)" : t.currency.c_str(),
                      t.year.empty() ? "undated" : t.year.c_str(), t.amount,
                      (unsigned long long)t.count);
        out += buf;
        if (t.withoutAmount)
            out += ", " + std::to_string(t.withoutAmount) + " without amount";
    }
    return out;
}

int graphFlows(const GraphRun& r)
{
    if (auto v = r.p.require(r.a.id, r.ws); !v)
        return fail(v.error());
    graph::FlowOptions opts;
    opts.direction = r.a.up ? graph::Direction::Upstream : graph::Direction::Downstream;
    opts.depth = r.a.depth;
    opts.timeRespecting = r.a.timeRespecting;
    opts.maxPaths = r.a.flowPaths;
    if (!r.a.schemata.empty())
        opts.schemata = r.a.schemata; // the money-carrying relationships are those kept
    auto f = graph::flows(r.p, r.a.id, opts);
    if (!f)
        return fail(f.error());
    std::size_t n = r.limit(f->counterparts.size());
    const char* direction = r.a.up ? "upstream" : "downstream";
    if (r.o.json) {
        std::string out;
        util::JsonWriter w(out);
        r.begin(w);
        w.key("origin")
            .value(f->origin)
            .key("direction")
            .value(direction)
            .key("depth")
            .value(r.a.depth)
            .key("time_respecting")
            .value(r.a.timeRespecting)
            .key("origin_self_payments");
        writeTotals(w, f->originSelfPayments);
        w.key("counterparts").beginArray();
        for (std::size_t i = 0; i < n; ++i) {
            const auto& c = f->counterparts[i];
            w.beginObject()
                .key("id")
                .value(c.id)
                .key("caption")
                .value(r.caption(c.id))
                .key("hops")
                .value(c.hops)
                .key("totals");
            writeTotals(w, c.totals);
            w.key("self_payments");
            writeTotals(w, c.selfPayments);
            w.endObject();
        }
        w.endArray().key("paths").beginArray();
        for (const auto& path : f->paths) {
            w.beginObject().key("vertices");
            r.writeIds(w, path.vertices);
            w.key("edges");
            r.writeIds(w, path.edges);
            w.endObject();
        }
        w.endArray().key("truncated").value(f->truncated).endObject();
        printJson(out);
        return kOk;
    }
    r.header();
    std::printf("%s %s %s, within %d hops%s: %zu %s.\n", r.a.up ? "Funders" : "Beneficiaries",
                r.a.up ? "of" : "of money from", r.label(f->origin).c_str(), r.a.depth,
                r.a.timeRespecting ? ", dates never going backwards" : "", f->counterparts.size(),
                f->counterparts.size() == 1 ? "actor" : "actors");
    if (!f->originSelfPayments.empty())
        std::printf("Payments to itself: %s\n", describeTotals(f->originSelfPayments).c_str());
    if (n > 0)
        std::printf("%4s  %s\n", "hops", "actor: currency year: amount (payments)");
    for (std::size_t i = 0; i < n; ++i) {
        const auto& c = f->counterparts[i];
        std::printf("%4d  %s: %s\n", c.hops, r.label(c.id).c_str(),
                    describeTotals(c.totals).c_str());
        if (!c.selfPayments.empty())
            std::printf("      and to itself: %s\n", describeTotals(c.selfPayments).c_str());
    }
    if (n < f->counterparts.size())
        std::printf("(%zu more; --limit 0 shows all)\n", f->counterparts.size() - n);
    std::size_t shown = r.limit(f->paths.size());
    if (!f->paths.empty())
        std::printf("%zu path%s%s:\n", f->paths.size(), f->paths.size() == 1 ? "" : "s",
                    f->truncated ? " (more exist)" : "");
    for (std::size_t i = 0; i < shown; ++i) {
        const auto& path = f->paths[i];
        std::printf(" ");
        for (std::size_t k = 0; k < path.vertices.size(); ++k) {
            if (k)
                std::printf(" %s[%s]", r.a.up ? "<-" : "->", path.edges[k - 1].c_str());
            std::printf(" %s", r.label(path.vertices[k]).c_str());
        }
        std::printf("\n");
    }
    if (shown < f->paths.size())
        std::printf("(%zu more paths; --limit 0 shows all)\n", f->paths.size() - shown);
    return kOk;
}

int graphLayout(const GraphRun& r)
{
    graph::LayoutOptions opts;
    opts.kind = r.a.kind == "layered"    ? graph::LayoutKind::Layered
                : r.a.kind == "circular" ? graph::LayoutKind::Circular
                                         : graph::LayoutKind::Force;
    opts.seed = r.a.seed;
    ProgressBar bar("Layout");
    auto cb = bar.callback();
    auto positions = graph::layout(r.p, opts, [&](int done, int total) {
        return cb(std::uint64_t(std::max(done, 0)), std::uint64_t(std::max(total, 0)));
    });
    bar.finish();
    if (!positions)
        return fail(positions.error());
    std::size_t n = r.limit(positions->size());
    if (r.o.json) {
        std::string out;
        util::JsonWriter w(out);
        r.begin(w);
        w.key("kind").value(r.a.kind).key("positions").beginArray();
        for (std::size_t v = 0; v < n; ++v)
            w.beginObject()
                .key("id")
                .value(r.p.actor(v).id)
                .key("x")
                .value((*positions)[v].x)
                .key("y")
                .value((*positions)[v].y)
                .endObject();
        w.endArray().endObject();
        printJson(out);
        return kOk;
    }
    r.header();
    std::printf("%10s %10s  %s\n", "x", "y", "actor");
    for (std::size_t v = 0; v < n; ++v)
        std::printf("%10.2f %10.2f  %s\n", (*positions)[v].x, (*positions)[v].y,
                    r.label(r.p.actor(v).id).c_str());
    if (n < positions->size())
        std::printf("(%zu more; --limit 0 shows all)\n", positions->size() - n);
    return kOk;
}

/**
 * The filter options. They are declared on `graph` and again on every analysis, so that they
 * may come before or after the analysis and its arguments (`path A B --from 2019` and
 * `path --from 2019 A B`): an option CLI11 hands up to the parent command takes the rest of
 * the line with it.
 */
void addFilterOptions(CLI::App* g, GraphArgs& a)
{
    g->add_option("--from", a.from, "Only relationships dated on or after DATE (ISO, e.g. 2018)");
    g->add_option("--to", a.to, "Only relationships dated on or before DATE (ISO, e.g. 2020-06)");
    g->add_flag("--exclude-undated", a.excludeUndated,
                "With --from/--to, leave out relationships without a date");
    // One value per occurrence, so that `--schema Payment A B` leaves A and B to `path`;
    // values given before and after the analysis add up.
    auto append = [](std::vector<std::string>& to) {
        return [&to](const std::vector<std::string>& values) {
            to.insert(to.end(), values.begin(), values.end());
        };
    };
    g->add_option_function<std::vector<std::string>>(
         "--schema", append(a.schemata),
         "Only relationships of this schema (Payment, Ownership, ...); repeatable")
        ->expected(1)
        ->multi_option_policy(CLI::MultiOptionPolicy::TakeAll);
    g->add_option("--min-grading", a.minGrading,
                  "Only relationships with a source graded this well or better (e.g. B2)");
    g->add_option_function<std::vector<std::string>>(
         "--dataset", append(a.datasets), "Only relationships from this dataset; repeatable")
        ->expected(1)
        ->multi_option_policy(CLI::MultiOptionPolicy::TakeAll);
    g->add_option("--max-sensitivity", a.maxSensitivity,
                  "Leave out everything above: public, coalition, internal, restricted")
        ->capture_default_str();
    g->add_flag("--exclude-unsourced", a.excludeUnsourced,
                "Leave out relationships that cite no source");
    g->add_option("--limit", a.limit,
                  "Show at most N rows (0: all; default 25 in text, all with --json)");
}

} // namespace

GraphCommands addGraphCommands(CLI::App& app, GraphArgs& a)
{
    GraphCommands c;
    c.graph = app.add_subcommand(
        "graph", "Analyse the actor-funding graph (actors linked by payments, ownership, ...)");
    c.graph->require_subcommand(1);
    c.graph->fallthrough();
    addFilterOptions(c.graph, a);
    auto sub = [&](const char* name, const char* help) {
        CLI::App* s = c.graph->add_subcommand(name, help);
        s->fallthrough(); // --json and --workspace belong to the program
        addFilterOptions(s, a);
        return s;
    };
    c.pagerank = sub("pagerank", "Central actors by PageRank, best first");
    c.pagerank->add_flag("--by-amount", a.byAmount,
                         "Weigh relationships by amount (needs --currency)");
    c.pagerank->add_option("--currency", a.currency, "Currency whose amounts weigh (e.g. USD)");
    c.betweenness = sub("betweenness", "Brokers by betweenness centrality, best first");
    c.betweenness->add_option("--samples", a.samples, "Pivots when sampling")
        ->capture_default_str();
    c.betweenness
        ->add_option("--exact-below", a.exactBelow, "Exact up to this many actors, sampled above")
        ->capture_default_str();
    c.betweenness->add_option("--seed", a.seed, "Seed of the sample")->capture_default_str();
    c.closeness = sub("closeness", "Closeness centrality, best first");
    c.degree = sub("degree", "Relationships in and out of each actor");
    c.degree->add_option("--currency", a.currency, "Also sum the amounts in this currency");
    c.components = sub("components", "Connected components, largest first");
    c.components->add_flag("--strong", a.strong, "Strongly connected (following direction)");
    c.brokers = sub("brokers", "Articulation points and bridges");
    c.communities = sub("communities", "Louvain communities, largest first");
    c.communities->add_option("--seed", a.seed, "Seed of the visiting order")
        ->capture_default_str();
    c.communities->add_option("--resolution", a.resolution, "Above 1: smaller communities")
        ->capture_default_str();
    c.kcore = sub("kcore", "k-core number of every actor, highest first");
    c.path = sub("path", "Shortest path (or all paths) from A to B");
    c.path->add_option("A", a.from_id, "Actor id to start from")->required();
    c.path->add_option("B", a.to_id, "Actor id to reach")->required();
    c.path->add_flag("--all", a.all, "All simple paths, shortest first");
    c.path->add_option("--max-hops", a.maxHops, "Longest path (1 to 10)")->capture_default_str();
    c.path->add_option("--max-paths", a.maxPaths, "With --all, most paths (1 to 100000)")
        ->capture_default_str();
    c.path->add_flag("--weighted", a.weighted,
                     "Weakly sourced relationships cost more (A1 costs 1, unsourced 6)");
    c.path->add_flag("--undirected", a.undirected, "Follow relationships both ways");
    c.flows = sub("flows", "Money flowing to (--up) or from (--down) an actor");
    c.flows->add_option("ID", a.id, "Actor id")->required();
    auto* up = c.flows->add_flag("--up", a.up, "Who funds it, directly and through others");
    auto* down = c.flows->add_flag("--down", a.down, "Where its money goes");
    up->excludes(down);
    c.flows->add_option("--depth", a.depth, "Hops (1 to 10)")->capture_default_str();
    c.flows->add_flag("--time-respecting", a.timeRespecting,
                      "Only chains whose dates never go backwards");
    c.flows->add_option("--max-paths", a.flowPaths, "Most paths listed (0: none)")
        ->capture_default_str();
    c.layout = sub("layout", "Positions for drawing the graph");
    c.layout->add_option("--kind", a.kind, "force, layered or circular")->capture_default_str();
    c.layout->add_option("--seed", a.seed, "Seed of the force layout")->capture_default_str();
    return c;
}

int cmdGraph(const Options& o, const GraphArgs& a, const GraphCommands& c)
{
    // Everything that can be checked without the workspace first: usage errors exit 2.
    graph::Filter filter;
    filter.from = a.from;
    filter.to = a.to;
    filter.includeUndated = !a.excludeUndated;
    filter.schemata = a.schemata;
    filter.datasets = a.datasets;
    filter.excludeUnsourced = a.excludeUnsourced;
    if (!a.minGrading.empty()) {
        filter.minGrading = graph::Grading::parse(a.minGrading);
        if (!filter.minGrading)
            return usage("--min-grading '" + a.minGrading +
                         "' is not a grading: a reliability A-F and a credibility 1-6, e.g. B2");
    }
    auto level = store::parseSensitivity(a.maxSensitivity);
    if (!level)
        return usage("unknown --max-sensitivity '" + a.maxSensitivity +
                     "' (public, coalition, internal, restricted)");
    filter.maxSensitivity = *level;
    if (auto st = filter.validate(); !st)
        return usage(st.error().message);
    if (a.limit < -1)
        return usage("--limit must be 0 (all) or more");
    bool maxHopsGiven = c.path->parsed() && c.path->count("--max-hops") > 0;
    if (c.path->parsed()) {
        if (a.maxHops < 1 || a.maxHops > 10)
            return usage("--max-hops must be between 1 and 10");
        if (a.maxPaths < 1 || a.maxPaths > 100000)
            return usage("--max-paths must be between 1 and 100000");
    }
    if (c.flows->parsed()) {
        if (!a.up && !a.down)
            return usage("flows needs --up (who funds it) or --down (where its money goes)");
        if (a.depth < 1 || a.depth > graph::FlowOptions::kMaxDepth)
            return usage("--depth must be between 1 and " +
                         std::to_string(graph::FlowOptions::kMaxDepth));
        if (a.flowPaths > 100000)
            return usage("--max-paths must be between 0 and 100000");
    }
    if (c.pagerank->parsed() && a.byAmount && a.currency.empty())
        return usage("--by-amount needs --currency: amounts are never summed across currencies");
    if (c.betweenness->parsed() && a.samples < 1)
        return usage("--samples must be at least 1");
    if (c.communities->parsed() && !(a.resolution > 0))
        return usage("--resolution must be above 0");
    if (c.layout->parsed() && a.kind != "force" && a.kind != "layered" && a.kind != "circular")
        return usage("unknown --kind '" + a.kind + "' (force, layered, circular)");

    auto ws = openNamedWorkspace(o.workspace);
    if (!ws)
        return fail(ws.error());
    ProgressBar bar("Reading graph");
    auto p = graph::Projection::build(**ws, filter, bar.callback());
    bar.finish();
    if (!p)
        return fail(p.error());
    if (p->vertexCount() == 0)
        return fail(
            makeError("the graph has no actors" +
                      std::string(filter.hasDateRange() || !filter.schemata.empty() ||
                                          !filter.datasets.empty() || filter.minGrading ||
                                          filter.excludeUnsourced ||
                                          filter.maxSensitivity != store::Sensitivity::Restricted
                                      ? " under this filter"
                                      : ": the workspace holds no people or "
                                        "organisations")));
    GraphRun run(o, a, **ws, *p);
    if (c.pagerank->parsed())
        return graphPageRank(run);
    if (c.betweenness->parsed())
        return graphBetweenness(run);
    if (c.closeness->parsed())
        return graphCloseness(run);
    if (c.degree->parsed())
        return graphDegree(run);
    if (c.components->parsed())
        return graphComponents(run);
    if (c.brokers->parsed())
        return graphBrokers(run);
    if (c.communities->parsed())
        return graphCommunities(run);
    if (c.kcore->parsed())
        return graphKcore(run);
    if (c.path->parsed())
        return graphPath(run, maxHopsGiven);
    if (c.flows->parsed())
        return graphFlows(run);
    if (c.layout->parsed())
        return graphLayout(run);
    return kUsage;
}

} // namespace commonplace::cli
