// SPDX-License-Identifier: GPL-3.0-or-later
#include "Cli.h"

#include "BundleCommands.h"
#include "DedupeCommand.h"
#include "KeysCommands.h"
#include "MatchCommands.h"
#include "Open.h"

#include "crypto/Vfs.h"
#include "graph/Analyses.h"
#include "io/Export.h"
#include "io/Import.h"
#include "store/Workspace.h"
#include "util/Json.h"

#include <CLI/CLI.hpp>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <filesystem>
#include <iostream>
#include <unistd.h>

namespace commonplace::cli {

namespace {

struct Options
{
    std::string workspace;
    bool json = false;
};

/** A progress bar on stderr when it is a terminal; silent when piped. */
class ProgressBar
{
public:
    explicit ProgressBar(std::string label)
        : m_label(std::move(label))
        , m_enabled(::isatty(2) == 1)
        , m_start(std::chrono::steady_clock::now())
    {}
    ~ProgressBar() { finish(); }

    io::Progress callback()
    {
        return [this](std::uint64_t done, std::uint64_t total) {
            update(done, total);
            return true;
        };
    }

    void update(std::uint64_t done, std::uint64_t total)
    {
        if (!m_enabled)
            return;
        auto now = std::chrono::steady_clock::now();
        if (now - m_last < std::chrono::milliseconds(100) && done < total)
            return;
        m_last = now;
        m_drawn = true;
        constexpr int width = 30;
        if (total > 0) {
            double frac = std::min(1.0, double(done) / double(total));
            int filled = int(frac * width);
            std::fprintf(stderr, "\r%s [%s%s] %3d%%", m_label.c_str(),
                         std::string(std::size_t(filled), '#').c_str(),
                         std::string(std::size_t(width - filled), ' ').c_str(), int(frac * 100));
        } else {
            std::fprintf(stderr, "\r%s %llu", m_label.c_str(), (unsigned long long)done);
        }
        std::fflush(stderr);
    }

    void finish()
    {
        if (m_enabled && m_drawn) {
            std::fprintf(stderr, "\r%*s\r", int(m_label.size()) + 40, "");
            std::fflush(stderr);
            m_drawn = false;
        }
    }

private:
    std::string m_label;
    bool m_enabled;
    bool m_drawn = false;
    std::chrono::steady_clock::time_point m_start, m_last;
};

Result<std::unique_ptr<store::Workspace>> openWorkspace(const Options& o,
                                                        store::Workspace::Mode mode)
{
    return openNamedWorkspace(o.workspace, mode);
}

std::string workspacePath(const Options& o)
{
    return o.workspace.empty() ? store::Workspace::defaultPath() : o.workspace;
}

int cmdInit(const Options& o, bool encrypt)
{
    std::string path = workspacePath(o);
    store::Workspace::OpenOptions options;
    options.mode = store::Workspace::Mode::CreateNew;
    Result<crypto::SecretBytes> passphrase = crypto::SecretBytes();
    if (encrypt) {
        if (store::Workspace::isEncrypted(path) || std::filesystem::exists(path))
            return fail(makeError("a file already exists here; not overwriting it", path));
        passphrase = newPassphrase(path, true);
        if (!passphrase)
            return fail(passphrase.error());
        options.encrypt = true;
        options.passphrase = &*passphrase;
    }
    auto ws = store::Workspace::open(path, options);
    if (!ws)
        return fail(ws.error());
    if (o.json) {
        std::string out;
        util::JsonWriter w(out);
        w.beginObject()
            .key("workspace")
            .value(path)
            .key("schema_version")
            .value((*ws)->schemaVersion())
            .key("encrypted")
            .value((*ws)->encrypted())
            .endObject();
        printJson(out);
    } else {
        std::printf("Created %sworkspace %s\n", (*ws)->encrypted() ? "encrypted " : "",
                    path.c_str());
    }
    return kOk;
}

int printDone(const Options& o, const std::string& path, const char* action, bool encrypted,
              const char* text)
{
    if (o.json) {
        std::string out;
        util::JsonWriter w(out);
        w.beginObject()
            .key("workspace")
            .value(path)
            .key("action")
            .value(std::string(action))
            .key("encrypted")
            .value(encrypted)
            .endObject();
        printJson(out);
    } else {
        std::printf("%s %s\n", text, path.c_str());
    }
    return kOk;
}

int cmdEncrypt(const Options& o)
{
    std::string path = workspacePath(o);
    if (store::Workspace::isEncrypted(path))
        return fail(makeError("this workspace is already encrypted", path));
    if (!std::filesystem::exists(path))
        return fail(makeError("no workspace here (create one with `init --encrypt`)", path));
    auto passphrase = newPassphrase(path, true);
    if (!passphrase)
        return fail(passphrase.error());
    if (auto st = store::Workspace::encryptFile(path, *passphrase); !st)
        return fail(st.error());
    return printDone(o, path, "encrypt", true, "Encrypted workspace");
}

int cmdDecrypt(const Options& o)
{
    std::string path = workspacePath(o);
    if (!store::Workspace::isEncrypted(path))
        return fail(makeError("this workspace is not encrypted", path));
    auto passphrase = currentPassphrase(path);
    if (!passphrase)
        return fail(passphrase.error());
    auto key = store::Workspace::unlock(path, *passphrase);
    if (!key)
        return fail(key.error());
    if (auto st = store::Workspace::decryptFile(path, *key); !st)
        return fail(st.error());
    return printDone(o, path, "decrypt", false, "Decrypted workspace (now stored in plain text)");
}

int cmdPassphrase(const Options& o)
{
    std::string path = workspacePath(o);
    if (!store::Workspace::isEncrypted(path))
        return fail(makeError("this workspace is not encrypted (encrypt it with `encrypt`)", path));
    auto ws = openCliWorkspace(path, store::Workspace::Mode::OpenExisting);
    if (!ws)
        return fail(ws.error());
    auto next = newPassphrase(path, false);
    if (!next)
        return fail(next.error());
    if (auto st = (*ws)->changePassphrase(*next); !st)
        return fail(st.error());
    return printDone(o, path, "passphrase", true, "Changed the passphrase of");
}

int cmdImport(const Options& o, const std::string& file, const std::string& format,
              const std::string& dataset, const std::string& mapping,
              const std::string& sensitivity)
{
    io::ImportOptions opts;
    auto f = io::parseFormat(format);
    if (!f) {
        std::fprintf(stderr, "commonplace-cli: unknown --format '%s' (auto, ftm, csv, bundle)\n",
                     format.c_str());
        return kUsage;
    }
    opts.format = *f;
    opts.dataset = dataset;
    opts.mappingPath = mapping;
    auto level = store::parseSensitivity(sensitivity);
    if (!level) {
        std::fprintf(stderr, "commonplace-cli: unknown --sensitivity '%s'\n", sensitivity.c_str());
        return kUsage;
    }
    opts.sensitivity = *level;
    auto ws = openWorkspace(o, store::Workspace::Mode::OpenExisting);
    if (!ws)
        return fail(ws.error());
    ProgressBar bar("Importing");
    opts.progress = bar.callback();
    auto report = io::importFile(**ws, file, opts);
    bar.finish();
    if (!report)
        return fail(report.error());
    const auto& r = *report;
    if (o.json) {
        std::string out;
        util::JsonWriter w(out);
        w.beginObject()
            .key("file")
            .value(file)
            .key("format")
            .value(r.format)
            .key("dataset")
            .value(dataset)
            .key("lines")
            .value(r.lines)
            .key("entities")
            .value(r.entities)
            .key("entities_created")
            .value(r.entitiesCreated)
            .key("statements")
            .value(r.statements)
            .key("statements_added")
            .value(r.statementsAdded)
            .key("sources")
            .value(r.sources)
            .key("findings")
            .value(r.findings)
            .key("dangling_references")
            .value(r.danglingReferences)
            .endObject();
        printJson(out);
    } else {
        std::printf("Imported %s into dataset '%s': %llu entities (%llu new), %llu values "
                    "(%llu new)",
                    file.c_str(), dataset.c_str(), (unsigned long long)r.entities,
                    (unsigned long long)r.entitiesCreated, (unsigned long long)r.statements,
                    (unsigned long long)r.statementsAdded);
        if (r.sources || r.findings)
            std::printf(", %llu sources, %llu findings", (unsigned long long)r.sources,
                        (unsigned long long)r.findings);
        std::printf(".\n");
        if (r.danglingReferences)
            std::printf("Note: %llu references point at entities not in the workspace.\n",
                        (unsigned long long)r.danglingReferences);
    }
    return kOk;
}

/**
 * The graph metrics `export --metrics` attaches to GraphML/GEXF nodes, computed on the
 * projection under the export's own limits (--max-sensitivity, --dataset).
 */
Result<std::vector<io::NodeMetric>> exportMetrics(const store::Workspace& ws,
                                                  const std::vector<std::string>& names,
                                                  const io::ExportOptions& opts)
{
    graph::Filter filter;
    filter.maxSensitivity = opts.maxSensitivity;
    if (!opts.dataset.empty())
        filter.datasets = {opts.dataset};
    auto p = graph::Projection::build(ws, filter);
    if (!p)
        return p.error();
    std::vector<io::NodeMetric> metrics;
    if (p->vertexCount() == 0)
        return metrics; // no actors: nothing to measure, nodes get no metric
    auto scores = [&](const char* name, const std::vector<graph::Score>& list) {
        io::NodeMetric m{name, {}};
        for (const auto& s : list)
            m.values.emplace(s.id, s.score);
        metrics.push_back(std::move(m));
    };
    auto groups = [&](const char* name, const std::vector<std::vector<std::string>>& list) {
        io::NodeMetric m{name, {}};
        for (std::size_t i = 0; i < list.size(); ++i) {
            for (const auto& id : list[i])
                m.values.emplace(id, double(i));
        }
        metrics.push_back(std::move(m));
    };
    for (const auto& name : names) {
        if (name == "pagerank") {
            auto r = graph::pageRank(*p);
            if (!r)
                return r.error();
            scores("pagerank", *r);
        } else if (name == "betweenness") {
            auto r = graph::betweenness(*p);
            if (!r)
                return r.error();
            scores("betweenness", r->scores);
        } else if (name == "closeness") {
            auto r = graph::closeness(*p);
            if (!r)
                return r.error();
            scores("closeness", *r);
        } else if (name == "degree") {
            auto r = graph::degree(*p);
            if (!r)
                return r.error();
            io::NodeMetric in{"degree_in", {}}, out{"degree_out", {}};
            for (const auto& d : *r) {
                in.values.emplace(d.id, double(d.in));
                out.values.emplace(d.id, double(d.out));
            }
            metrics.push_back(std::move(in));
            metrics.push_back(std::move(out));
        } else if (name == "kcore") {
            auto r = graph::coreNumbers(*p);
            if (!r)
                return r.error();
            io::NodeMetric m{"core", {}};
            for (const auto& [id, core] : *r)
                m.values.emplace(id, double(core));
            metrics.push_back(std::move(m));
        } else if (name == "communities") {
            auto r = graph::louvain(*p);
            if (!r)
                return r.error();
            groups("community", r->groups);
        } else if (name == "components") {
            auto r = graph::components(*p);
            if (!r)
                return r.error();
            groups("component", *r);
        }
    }
    return metrics;
}

const std::vector<std::string> kExportMetrics = {"pagerank", "betweenness", "closeness", "degree",
                                                 "kcore",    "communities", "components"};

int cmdExport(const Options& o, const std::string& file, const std::string& format,
              const std::string& maxSensitivity, const std::string& dataset,
              const std::vector<std::string>& metrics)
{
    io::ExportOptions opts;
    auto f = io::parseExportFormat(format);
    if (!f) {
        std::fprintf(stderr,
                     "commonplace-cli: unknown --format '%s' (ftm, csv, xlsx, graphml, gexf, "
                     "bundle)\n",
                     format.c_str());
        return kUsage;
    }
    opts.format = *f;
    auto level = store::parseSensitivity(maxSensitivity);
    if (!level) {
        std::fprintf(stderr, "commonplace-cli: unknown --max-sensitivity '%s'\n",
                     maxSensitivity.c_str());
        return kUsage;
    }
    opts.maxSensitivity = *level;
    opts.dataset = dataset;
    if (!metrics.empty() && opts.format != io::ExportFormat::GraphML &&
        opts.format != io::ExportFormat::Gexf)
        return usage("--metrics goes with --format graphml or gexf");
    for (const auto& m : metrics) {
        if (std::find(kExportMetrics.begin(), kExportMetrics.end(), m) == kExportMetrics.end())
            return usage("unknown metric '" + m +
                         "' (pagerank, betweenness, closeness, degree, kcore, communities, "
                         "components)");
    }
    auto ws = openWorkspace(o, store::Workspace::Mode::OpenExisting);
    if (!ws)
        return fail(ws.error());
    if (!metrics.empty()) {
        auto computed = exportMetrics(**ws, metrics, opts);
        if (!computed)
            return fail(computed.error());
        opts.nodeMetrics = std::move(computed).value();
    }
    ProgressBar bar("Exporting");
    opts.progress = bar.callback();
    auto report = io::exportFile(**ws, file, opts);
    bar.finish();
    if (!report)
        return fail(report.error());
    const auto& r = *report;
    if (o.json) {
        std::string out;
        util::JsonWriter w(out);
        w.beginObject()
            .key("file")
            .value(file)
            .key("format")
            .value(r.format)
            .key("entities")
            .value(r.entities)
            .key("statements")
            .value(r.statements)
            .key("withheld_statements")
            .value(r.withheldStatements)
            .key("files")
            .value(r.files);
        if (!opts.nodeMetrics.empty()) {
            w.key("metrics").beginArray();
            for (const auto& m : opts.nodeMetrics)
                w.value(m.name);
            w.endArray();
        }
        w.endObject();
        printJson(out);
    } else {
        std::printf("Exported %llu entities (%llu values) to %s.\n", (unsigned long long)r.entities,
                    (unsigned long long)r.statements, file.c_str());
        if (r.withheldStatements)
            std::printf("Withheld %llu values above '%s'.\n",
                        (unsigned long long)r.withheldStatements, maxSensitivity.c_str());
        if (r.droppedEdges)
            std::printf("Left out %llu relationships whose ends are not in the export.\n",
                        (unsigned long long)r.droppedEdges);
    }
    return kOk;
}

int cmdStats(const Options& o)
{
    auto ws = openWorkspace(o, store::Workspace::Mode::OpenExisting);
    if (!ws)
        return fail(ws.error());
    auto s = (*ws)->stats();
    if (!s)
        return fail(s.error());
    if (o.json) {
        std::string out;
        util::JsonWriter w(out);
        w.beginObject()
            .key("entities")
            .value(s->entities)
            .key("canonical_entities")
            .value(s->canonicalEntities)
            .key("statements")
            .value(s->statements)
            .key("sources")
            .value(s->sources)
            .key("findings")
            .value(s->findings)
            .key("schemata")
            .beginObject();
        for (auto& [k, v] : s->schemata)
            w.key(k).value(v);
        w.endObject().key("datasets").beginObject();
        for (auto& [k, v] : s->datasets)
            w.key(k).value(v);
        w.endObject().endObject();
        printJson(out);
    } else {
        std::printf("%lld entities, %lld values, %lld sources, %lld findings\n",
                    (long long)s->entities, (long long)s->statements, (long long)s->sources,
                    (long long)s->findings);
        if (s->canonicalEntities != s->entities)
            std::printf("%lld entities once merged entities count as one\n",
                        (long long)s->canonicalEntities);
        std::printf("By schema:\n");
        for (auto& [k, v] : s->schemata)
            std::printf("  %-20s %lld\n", k.c_str(), (long long)v);
        std::printf("By dataset (entities with values from it):\n");
        for (auto& [k, v] : s->datasets)
            std::printf("  %-20s %lld\n", k.c_str(), (long long)v);
    }
    return kOk;
}

int cmdSearch(const Options& o, const std::string& query, int limit)
{
    if (limit < 1 || limit > 10000) {
        std::fprintf(stderr, "commonplace-cli: --limit must be between 1 and 10000\n");
        return kUsage;
    }
    auto ws = openWorkspace(o, store::Workspace::Mode::OpenExisting);
    if (!ws)
        return fail(ws.error());
    auto hits = (*ws)->search(query, limit);
    if (!hits)
        return fail(hits.error());
    if (o.json) {
        std::string out;
        util::JsonWriter w(out);
        w.beginObject().key("query").value(query).key("results").beginArray();
        for (auto& h : *hits)
            w.beginObject()
                .key("id")
                .value(h.id)
                .key("schema")
                .value(h.schema)
                .key("caption")
                .value(h.caption)
                .key("snippet")
                .value(h.snippet)
                .key("score")
                .value(-h.rank)
                .endObject();
        w.endArray().endObject();
        printJson(out);
    } else {
        if (hits->empty())
            std::printf("No matches for '%s'.\n", query.c_str());
        for (auto& h : *hits)
            std::printf("%-14s %-40s %s\n", h.schema.c_str(), h.caption.c_str(), h.id.c_str());
    }
    return kOk;
}

std::string grading(const store::StatementRow& s)
{
    if (s.reliability.empty() && s.credibility == 0)
        return {};
    return s.reliability + (s.credibility ? std::to_string(s.credibility) : std::string());
}

int cmdShow(const Options& o, const std::string& id)
{
    auto ws = openWorkspace(o, store::Workspace::Mode::OpenExisting);
    if (!ws)
        return fail(ws.error());
    auto d = (*ws)->entity(id);
    if (!d)
        return fail(d.error());
    if (o.json) {
        std::string out;
        util::JsonWriter w(out);
        w.beginObject()
            .key("id")
            .value(d->entity.id)
            .key("schema")
            .value(d->entity.schema)
            .key("caption")
            .value(d->entity.caption);
        if (!d->entity.canonicalId.empty())
            w.key("canonical_id").value(d->entity.canonicalId);
        if (!d->members.empty()) {
            w.key("members").beginArray();
            for (auto& m : d->members)
                w.beginObject()
                    .key("id")
                    .value(m.id)
                    .key("schema")
                    .value(m.schema)
                    .key("caption")
                    .value(m.caption)
                    .endObject();
            w.endArray();
        }
        w.key("properties").beginObject();
        std::string_view prop;
        bool open = false;
        for (auto& s : d->statements) {
            if (!open || s.prop != prop) {
                if (open)
                    w.endArray();
                w.key(s.prop).beginArray();
                prop = s.prop;
                open = true;
            }
            w.beginObject().key("value").value(s.value).key("dataset").value(s.dataset);
            if (!d->members.empty())
                w.key("entity").value(s.entity);
            if (!s.sourceKey.empty())
                w.key("source").value(s.sourceKey).key("source_title").value(s.sourceTitle);
            if (auto g = grading(s); !g.empty())
                w.key("grading").value(g);
            if (!s.lang.empty())
                w.key("lang").value(s.lang);
            if (!s.firstSeen.empty())
                w.key("first_seen").value(s.firstSeen);
            if (!s.lastSeen.empty())
                w.key("last_seen").value(s.lastSeen);
            w.key("sensitivity").value(store::toString(s.sensitivity));
            w.endObject();
        }
        if (open)
            w.endArray();
        w.endObject().key("referenced_by").beginArray();
        for (auto& r : d->referencedBy)
            w.beginObject()
                .key("id")
                .value(r.id)
                .key("schema")
                .value(r.schema)
                .key("caption")
                .value(r.caption)
                .key("property")
                .value(r.prop)
                .endObject();
        w.endArray();
        if (!d->extraJson.empty())
            w.key("extra").raw(d->extraJson);
        w.endObject();
        printJson(out);
    } else {
        std::printf("%s  (%s, id %s)\n", d->entity.caption.c_str(), d->entity.schema.c_str(),
                    d->entity.id.c_str());
        if (!d->entity.canonicalId.empty())
            std::printf("Merged into %s\n", d->entity.canonicalId.c_str());
        if (!d->members.empty()) {
            std::printf("One entity of %zu merged:", d->members.size());
            for (auto& m : d->members)
                std::printf(" %s", m.id.c_str());
            std::printf("\n");
        }
        for (auto& s : d->statements) {
            std::string prov = "dataset " + s.dataset;
            if (!d->members.empty())
                prov += ", entity " + s.entity;
            if (!s.sourceKey.empty())
                prov += ", source " + s.sourceTitle;
            if (auto g = grading(s); !g.empty())
                prov += " [" + g + "]";
            prov += ", " + std::string(store::toString(s.sensitivity));
            std::printf("  %-18s %s\n  %-18s   (%s)\n", s.prop.c_str(), s.value.c_str(), "",
                        prov.c_str());
        }
        if (!d->referencedBy.empty()) {
            std::printf("Referenced by:\n");
            for (auto& r : d->referencedBy)
                std::printf("  %-14s %-36s via %s (%s)\n", r.schema.c_str(), r.caption.c_str(),
                            r.prop.c_str(), r.id.c_str());
        }
    }
    return kOk;
}

// ---- graph -------------------------------------------------------------------------------------

/** Everything `graph` and its analyses take from the command line. */
struct GraphArgs
{
    // The filter, shared by every analysis.
    std::string from, to, minGrading, maxSensitivity = "restricted";
    std::vector<std::string> schemata, datasets;
    bool excludeUnsourced = false, excludeUndated = false;
    int limit = -1; ///< -1: 25 in text, all in JSON
    // pagerank, degree
    bool byAmount = false;
    std::string currency;
    // betweenness
    std::size_t samples = 500, exactBelow = 5000;
    // betweenness, communities, layout
    std::uint64_t seed = 1;
    // components
    bool strong = false;
    // communities
    double resolution = 1.0;
    // path
    std::string from_id, to_id;
    bool all = false, weighted = false, undirected = false;
    int maxHops = 4;
    std::size_t maxPaths = 100;
    // flows
    std::string id;
    bool up = false, down = false, timeRespecting = false;
    int depth = 3;
    std::size_t flowPaths = 100;
    // layout
    std::string kind = "force";
};

struct GraphCommands
{
    CLI::App* graph = nullptr;
    CLI::App *pagerank, *betweenness, *closeness, *degree, *components, *brokers, *communities,
        *kcore, *path, *flows, *layout;
};

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

    auto ws = openWorkspace(o, store::Workspace::Mode::OpenExisting);
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

} // namespace

int run(int argc, char** argv)
{
    CLI::App app{"Commonplace: record, explore and exchange research on the anti-rights "
                 "movement, headless.",
                 "commonplace-cli"};
    app.require_subcommand(1);
    Options o;
    app.add_option("--workspace", o.workspace,
                   "Workspace file (default: " + store::Workspace::defaultPath() + ")");
    app.add_flag("--json", o.json, "Print machine-readable JSON (shapes in docs/cli.md)");
    app.fallthrough();

    std::string passphraseFile, newPassphraseFile;
    app.add_option("--passphrase-file", passphraseFile,
                   "Read an encrypted workspace's passphrase from the first line of FILE");
    app.add_option("--new-passphrase-file", newPassphraseFile,
                   "passphrase: read the new passphrase from the first line of FILE");

    auto* init = app.add_subcommand("init", "Create an empty workspace");
    bool initEncrypt = false;
    init->add_flag("--encrypt", initEncrypt, "Encrypt it with a passphrase (docs/security.md)");
    auto* encryptCmd =
        app.add_subcommand("encrypt", "Convert a plain workspace into an encrypted one");
    auto* decryptCmd = app.add_subcommand(
        "decrypt", "Convert an encrypted workspace back into a plain (unprotected) one");
    auto* passphraseCmd =
        app.add_subcommand("passphrase", "Change an encrypted workspace's passphrase");

    std::string file, format = "auto", dataset = "default", mapping, sensitivity = "public";
    auto* imp =
        app.add_subcommand("import", "Import a file (FtM JSON lines or CSV with a mapping)");
    imp->add_option("FILE", file, "File to import")->required();
    imp->add_option("--format", format, "auto, ftm, csv or bundle")->capture_default_str();
    imp->add_option("--dataset", dataset, "Dataset the values belong to")->capture_default_str();
    imp->add_option("--mapping", mapping, "Mapping file for CSV (docs/formats.md)");
    imp->add_option("--sensitivity", sensitivity,
                    "Lowest sensitivity to give imported values: public, coalition, internal, "
                    "restricted")
        ->capture_default_str();
    BundleArgs bundleArgs;
    addBundleImportOptions(*imp, bundleArgs);

    std::string exFile, exFormat, maxSens = "restricted", exDataset;
    auto* exp = app.add_subcommand("export", "Export the workspace to a file");
    exp->add_option("FILE", exFile, "Destination file")->required();
    exp->add_option("--format", exFormat, "ftm, csv, xlsx, graphml, gexf or bundle")->required();
    exp->add_option("--max-sensitivity", maxSens,
                    "Leave out everything above: public, coalition, internal, restricted")
        ->capture_default_str();
    exp->add_option("--dataset", exDataset, "Only this dataset's values");
    std::vector<std::string> exMetrics;
    exp->add_option("--metrics", exMetrics,
                    "GraphML/GEXF: add graph metrics as node attributes (comma-separated: "
                    "pagerank, betweenness, closeness, degree, kcore, communities, components)")
        ->delimiter(',')
        ->expected(1)
        ->multi_option_policy(CLI::MultiOptionPolicy::TakeAll);
    addBundleExportOptions(*exp, bundleArgs);

    KeysArgs keysArgs;
    addKeysCommands(app, keysArgs);

    auto* stats = app.add_subcommand("stats", "Counts of entities, values, schemata, datasets");

    std::string query;
    int limit = 20;
    auto* search = app.add_subcommand("search", "Full-text search over names and text");
    search->add_option("QUERY", query, "Words to look for")->required();
    search->add_option("--limit", limit, "Most results to show")->capture_default_str();

    std::string id;
    auto* show = app.add_subcommand("show", "One entity with every value and its provenance");
    show->add_option("ID", id, "Entity id")->required();

    GraphArgs graphArgs;
    GraphCommands graphCommands = addGraphCommands(app, graphArgs);

    DedupeArgs dedupeArgs;
    double dedupeAuto = 0;
    auto* dedupe = app.add_subcommand(
        "dedupe", "Candidate matches, best first; --auto merges those at or above SCORE");
    auto* dedupeAutoOption =
        dedupe->add_option("--auto", dedupeAuto, "Merge pairs scoring at least SCORE (0-1)");
    dedupe->add_option("--dataset", dedupeArgs.dataset, "Only entities with values from it");
    dedupe->add_option("--against", dedupeArgs.against,
                       "With --dataset: link it to this dataset instead of deduplicating");
    dedupe->add_option("--threshold", dedupeArgs.threshold, "Leave out candidates below")
        ->capture_default_str();
    dedupe->add_option("--limit", dedupeArgs.limit, "Review candidates to show (0: all)")
        ->capture_default_str();
    dedupe->add_flag("--explain", dedupeArgs.explain, "Show every feature of every score");
    dedupe->add_flag("--discount-same-dataset", dedupeArgs.discountSameDataset,
                     "Lower the score of pairs within one dataset");
    dedupe->add_option("--user", dedupeArgs.user, "Who merges (default: the login name)");

    std::string judgeLeft, judgeRight, judgeDecision, judgeUser;
    auto* judge = app.add_subcommand(
        "judge", "Record whether two entities are the same actor (yes merges them)");
    judge->add_option("A", judgeLeft, "Entity id")->required();
    judge->add_option("B", judgeRight, "Entity id")->required();
    judge->add_option("JUDGEMENT", judgeDecision, "yes, no or unsure")->required();
    judge->add_option("--user", judgeUser, "Who decides (default: the login name)");

    std::string unmergeId;
    auto* unmerge = app.add_subcommand("unmerge", "Split a merged entity back into its parts");
    unmerge->add_option("ID", unmergeId, "Id of any member of the merged entity")->required();

    std::string judgementsAction, judgementsFile;
    auto* judgements = app.add_subcommand(
        "judgements", "Export or import judgements as nomenklatura resolver lines");
    judgements->add_option("ACTION", judgementsAction, "export or import")
        ->required()
        ->check(CLI::IsMember({"export", "import"}));
    judgements->add_option("FILE", judgementsFile, "Judgements file")->required();

    try {
        app.parse(argc, argv);
    } catch (const CLI::CallForHelp& e) {
        return app.exit(e);
    } catch (const CLI::CallForAllHelp& e) {
        return app.exit(e);
    } catch (const CLI::ParseError& e) {
        app.exit(e);
        return kUsage;
    }

    setPassphraseFiles(passphraseFile, newPassphraseFile);
    if (init->parsed())
        return cmdInit(o, initEncrypt);
    if (encryptCmd->parsed())
        return cmdEncrypt(o);
    if (decryptCmd->parsed())
        return cmdDecrypt(o);
    if (passphraseCmd->parsed())
        return cmdPassphrase(o);
    if (imp->parsed() && isBundleImport(file, format))
        return cmdImportBundle(o.workspace, o.json, file, sensitivity,
                               imp->get_option("--dataset")->count() ? dataset : "", bundleArgs);
    if (imp->parsed())
        return cmdImport(o, file, format, dataset, mapping, sensitivity);
    if (exp->parsed() && exFormat != "bundle" &&
        (!bundleArgs.recipients.empty() || bundleArgs.pseudonymiseSources))
        return usage("--recipient and --pseudonymise-sources go with --format bundle");
    if (imp->parsed() && bundleArgs.trustUnknown && !isBundleImport(file, format))
        return usage("--trust-unknown goes with exchange bundles");
    if (exp->parsed() && exFormat == "bundle")
        return cmdExportBundle(o.workspace, o.json, exFile, maxSens, exDataset, bundleArgs);
    if (exp->parsed())
        return cmdExport(o, exFile, exFormat, maxSens, exDataset, exMetrics);
    if (stats->parsed())
        return cmdStats(o);
    if (search->parsed())
        return cmdSearch(o, query, limit);
    if (show->parsed())
        return cmdShow(o, id);
    if (graphCommands.graph->parsed())
        return cmdGraph(o, graphArgs, graphCommands);
    if (dedupe->parsed()) {
        if (dedupeAutoOption->count() > 0)
            dedupeArgs.autoScore = dedupeAuto;
        return cmdDedupe(o.workspace, o.json, dedupeArgs);
    }
    if (judge->parsed())
        return cmdJudge(o.workspace, o.json, judgeLeft, judgeRight, judgeDecision, judgeUser);
    if (unmerge->parsed())
        return cmdUnmerge(o.workspace, o.json, unmergeId);
    if (keysArgs.keys->parsed())
        return cmdKeys(o.workspace, o.json, keysArgs);
    if (judgements->parsed())
        return cmdJudgements(o.workspace, o.json, judgementsAction, judgementsFile);
    return kUsage;
}

} // namespace commonplace::cli
