// SPDX-License-Identifier: GPL-3.0-or-later
// Degree, PageRank, betweenness and closeness: hand-checked examples, bad input, and
// conformance with NetworkX on seeded random graphs (tests/core/networkx_graph.py).
#include "GraphTestUtil.h"
#include "TestUtil.h"
#include "graph/Analyses.h"
#include "io/Export.h"
#include "io/Import.h"
#include "store/Workspace.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <map>

using namespace commonplace;
using commonplace::test::GraphBuilder;
using commonplace::test::NetworkxReference;
using commonplace::test::TempDir;

namespace {

std::map<std::string, double> byId(const std::vector<graph::Score>& scores)
{
    std::map<std::string, double> out;
    for (const auto& s : scores)
        out[s.id] = s.score;
    return out;
}

// Largest absolute difference over the union of keys (a missing key counts as infinite).
double maxDifference(const std::map<std::string, double>& a, const std::map<std::string, double>& b)
{
    if (a.size() != b.size())
        return INFINITY;
    double worst = 0;
    for (const auto& [id, x] : a) {
        auto found = b.find(id);
        if (found == b.end())
            return INFINITY;
        worst = std::max(worst, std::abs(x - found->second));
    }
    return worst;
}

// With COMMONPLACE_GRAPH_REPORT set, prints how close to NetworkX each measure came.
void report(const char* what, double difference)
{
    if (std::getenv("COMMONPLACE_GRAPH_REPORT"))
        std::fprintf(stderr, "%s: largest difference from NetworkX %.3g\n", what, difference);
}

bool bestFirst(const std::vector<graph::Score>& scores)
{
    return std::is_sorted(scores.begin(), scores.end(), [](const auto& a, const auto& b) {
        return a.score > b.score || (a.score == b.score && a.id < b.id);
    });
}

} // namespace

TEST_CASE("degree counts parallel and undirected arcs, amounts per currency", "[graph]")
{
    GraphBuilder b;
    b.edge("A", "B", "Payment", true, 100, "EUR");
    b.edge("A", "B", "Payment", true, 50, "USD");
    b.undirected("B", "C", "Family");
    b.edge("C", "C", "Payment", true, 10, "EUR");
    b.actor("D");
    auto p = b.build();

    auto eur = graph::degree(p, "EUR");
    REQUIRE(eur);
    REQUIRE(eur->size() == 4);
    // B and C both have 4 arcs; B has more money (100 vs 10 + 10), so it comes first.
    CHECK((*eur)[0].id == "B");
    CHECK((*eur)[0].in == 3);
    CHECK((*eur)[0].out == 1);
    CHECK((*eur)[0].amountIn == 100);
    CHECK((*eur)[0].amountOut == 0);
    CHECK((*eur)[1].id == "C");
    CHECK((*eur)[1].in == 2);
    CHECK((*eur)[1].out == 2);
    CHECK((*eur)[1].amountIn == 10);
    CHECK((*eur)[1].amountOut == 10);
    CHECK((*eur)[2].id == "A");
    CHECK((*eur)[2].out == 2);
    CHECK((*eur)[2].amountOut == 100); // the USD payment is not added in
    CHECK((*eur)[3].id == "D");
    CHECK((*eur)[3].in + (*eur)[3].out == 0);

    auto usd = graph::degree(p, "USD");
    REQUIRE(usd);
    CHECK((*usd)[2].amountOut == 50);

    auto counts = graph::degree(p);
    REQUIRE(counts);
    for (const auto& d : *counts)
        CHECK(d.amountIn + d.amountOut == 0);
}

TEST_CASE("PageRank matches hand-solved examples", "[graph]")
{
    SECTION("a dangling beneficiary spreads its rank")
    {
        GraphBuilder b;
        b.edge("A", "B");
        auto pr = graph::pageRank(b.build());
        REQUIRE(pr);
        // xA = 0.075 + 0.425 xB, xA + xB = 1.
        auto s = byId(*pr);
        CHECK(s["A"] == Approx(0.5 / 1.425).margin(1e-12));
        CHECK(s["B"] == Approx(1 - 0.5 / 1.425).margin(1e-12));
        CHECK((*pr)[0].id == "B");
    }
    SECTION("a cycle and an undirected pair are uniform")
    {
        GraphBuilder b;
        b.edge("A", "B");
        b.edge("B", "C");
        b.edge("C", "A");
        b.undirected("D", "E");
        auto pr = graph::pageRank(b.build());
        REQUIRE(pr);
        for (const auto& s : *pr)
            CHECK(s.score == Approx(0.2).margin(1e-12));
        CHECK(bestFirst(*pr));
        CHECK((*pr)[0].id == "A"); // ties by id
    }
    SECTION("amount-weighted in one currency")
    {
        GraphBuilder b;
        b.edge("A", "B", "Payment", true, 300, "EUR");
        b.edge("A", "C", "Payment", true, 100, "EUR");
        b.edge("A", "D", "Payment", true, 1e9, "USD");
        b.edge("B", "A", "Payment", true, 1, "EUR");
        b.edge("C", "A", "Payment", true, 1, "EUR");
        b.edge("D", "A", "Payment", true, 1, "EUR");
        auto p = b.build();
        graph::PageRankOptions o;
        o.weightByAmount = true;
        o.currency = "EUR";
        auto pr = graph::pageRank(p, o);
        REQUIRE(pr);
        auto s = byId(*pr);
        const double base = 0.15 / 4;
        // D receives only the teleport share: A's USD payment weighs nothing in EUR.
        CHECK(s["D"] == Approx(base).margin(1e-12));
        CHECK(s["B"] - base == Approx(3 * (s["C"] - base)).margin(1e-12));
        double total = 0;
        for (const auto& x : *pr)
            total += x.score;
        CHECK(total == Approx(1.0).margin(1e-12));
    }
}

TEST_CASE("PageRank rejects bad options and empty graphs", "[graph]")
{
    GraphBuilder b;
    b.edge("A", "B");
    auto p = b.build();
    graph::PageRankOptions o;
    o.weightByAmount = true;
    auto r = graph::pageRank(p, o);
    REQUIRE(!r);
    CHECK(r.error().message.find("currency") != std::string::npos);
    o = {};
    o.damping = 1.0;
    CHECK(!graph::pageRank(p, o));
    o = {};
    o.maxIterations = 1;
    o.tolerance = 1e-300;
    auto slow = graph::pageRank(p, o);
    REQUIRE(!slow);
    CHECK(slow.error().message.find("did not converge") != std::string::npos);

    auto empty = GraphBuilder().build();
    auto e = graph::pageRank(empty);
    REQUIRE(!e);
    CHECK(e.error().message.find("no actors") != std::string::npos);
    CHECK(!graph::degree(empty));
    CHECK(!graph::betweenness(empty));
    CHECK(!graph::closeness(empty));
}

TEST_CASE("betweenness on small graphs", "[graph]")
{
    SECTION("directed path, parallel edges counted once")
    {
        GraphBuilder b;
        b.edge("A", "B");
        b.edge("A", "B");
        b.edge("B", "C");
        b.edge("C", "C");
        auto r = graph::betweenness(b.build());
        REQUIRE(r);
        CHECK(!r->sampled);
        CHECK(r->errorBound == 0);
        CHECK(r->scores[0].id == "B");
        CHECK(r->scores[0].score == Approx(0.5).margin(1e-15)); // 1 / ((3-1)(3-2))
        CHECK(r->scores[1].score == 0);
    }
    SECTION("undirected links count both ways")
    {
        GraphBuilder b;
        b.undirected("A", "B", "Family");
        b.undirected("B", "C", "Family");
        graph::BetweennessOptions o;
        o.normalized = false;
        auto r = graph::betweenness(b.build(), o);
        REQUIRE(r);
        CHECK(r->scores[0].id == "B");
        CHECK(r->scores[0].score == 2.0); // A->C and C->A
    }
    SECTION("two shortest paths share the credit")
    {
        GraphBuilder b;
        b.edge("S", "X");
        b.edge("S", "Y");
        b.edge("X", "T");
        b.edge("Y", "T");
        graph::BetweennessOptions o;
        o.normalized = false;
        auto r = graph::betweenness(b.build(), o);
        REQUIRE(r);
        auto s = byId(r->scores);
        CHECK(s["X"] == 0.5);
        CHECK(s["Y"] == 0.5);
        CHECK(s["S"] == 0);
    }
}

TEST_CASE("sampled betweenness is deterministic and within its stated error", "[graph]")
{
    auto g = test::randomGraph(11, 400, 3000);
    auto p = g.projection();
    auto exact = graph::betweenness(p);
    REQUIRE(exact);
    CHECK(!exact->sampled);
    CHECK(exact->pivots == 400);

    graph::BetweennessOptions o;
    o.exactBelow = 100;
    o.samples = 120;
    o.seed = 7;
    auto a = graph::betweenness(p, o);
    auto b = graph::betweenness(p, o);
    REQUIRE(a);
    REQUIRE(b);
    CHECK(a->sampled);
    CHECK(a->pivots == 120);
    CHECK(a->errorBound > 0);
    CHECK(a->standardError > 0);
    CHECK(a->standardError < a->errorBound);
    CHECK(byId(a->scores) == byId(b->scores));
    const double worst = maxDifference(byId(a->scores), byId(exact->scores));
    CHECK(worst <= a->errorBound);
    CHECK(worst <= 6 * a->standardError);

    o.seed = 8;
    auto c = graph::betweenness(p, o);
    REQUIRE(c);
    CHECK(byId(a->scores) != byId(c->scores));

    o.samples = 400; // as many pivots as vertices: exact
    auto all = graph::betweenness(p, o);
    REQUIRE(all);
    CHECK(!all->sampled);
    CHECK(maxDifference(byId(all->scores), byId(exact->scores)) == 0);

    o.samples = 0;
    CHECK(!graph::betweenness(p, o));
}

TEST_CASE("betweenness and closeness can be cancelled", "[graph]")
{
    auto p = test::randomGraph(3, 200, 1000).projection();
    auto stop = [](std::uint64_t done, std::uint64_t) { return done < 10; };
    auto b = graph::betweenness(p, {}, stop);
    REQUIRE(!b);
    CHECK(b.error().message.find("cancelled") != std::string::npos);
    auto c = graph::closeness(p, [](std::uint64_t, std::uint64_t) { return false; });
    REQUIRE(!c);
    CHECK(c.error().message.find("cancelled") != std::string::npos);
}

TEST_CASE("closeness uses incoming distances", "[graph]")
{
    GraphBuilder b;
    b.edge("A", "B");
    b.edge("B", "C");
    b.actor("D");
    auto r = graph::closeness(b.build());
    REQUIRE(r);
    auto s = byId(*r);
    // C is reached by B (1) and A (2): (2/3) * (2/3); B by A: (1/1) * (1/3).
    CHECK(s["C"] == Approx(4.0 / 9.0).margin(1e-15));
    CHECK(s["B"] == Approx(1.0 / 3.0).margin(1e-15));
    CHECK(s["A"] == 0);
    CHECK(s["D"] == 0);
}

TEST_CASE("centrality agrees with NetworkX on random graphs", "[graph]")
{
    for (std::uint64_t seed : {1u, 2u, 3u}) {
        CAPTURE(seed);
        TempDir dir;
        auto g = test::randomGraph(seed, 300, seed == 3 ? 600 : 3000);
        auto p = g.projection();
        test::writeGraphML(p.graph(), dir.file("g.graphml"));
        std::string weights = "{";
        for (const auto& r : g.relations)
            if (r.currency == "EUR")
                weights +=
                    (weights.size() > 1 ? ",\"" : "\"") + r.id + "\":" + std::to_string(r.amount);
        weights += "}";
        NetworkxReference nx(dir, dir.file("g.graphml"),
                             "--weights '" + dir.write("w.json", weights) + "'");
        REQUIRE(nx["nodes"].get_int64().value() == 300);

        auto pr = graph::pageRank(p);
        REQUIRE(pr);
        CHECK(bestFirst(*pr));
        const double prError = maxDifference(byId(*pr), nx.numbers("pagerank"));
        report("pagerank", prError);
        CHECK(prError < 1e-9);

        graph::PageRankOptions o;
        o.weightByAmount = true;
        o.currency = "EUR";
        auto wpr = graph::pageRank(p, o);
        REQUIRE(wpr);
        const double wprError = maxDifference(byId(*wpr), nx.numbers("pagerankWeighted"));
        report("amount-weighted pagerank", wprError);
        CHECK(wprError < 1e-9);

        auto bc = graph::betweenness(p);
        REQUIRE(bc);
        CHECK(!bc->sampled);
        CHECK(bestFirst(bc->scores));
        const double bcError = maxDifference(byId(bc->scores), nx.numbers("betweenness"));
        report("betweenness", bcError);
        CHECK(bcError < 1e-12);

        auto cc = graph::closeness(p);
        REQUIRE(cc);
        const double ccError = maxDifference(byId(*cc), nx.numbers("closeness"));
        report("closeness", ccError);
        CHECK(ccError < 1e-12);

        auto deg = graph::degree(p);
        REQUIRE(deg);
        auto in = nx.numbers("degreeIn"), out = nx.numbers("degreeOut");
        for (const auto& d : *deg) {
            CHECK(static_cast<double>(d.in) == in[d.id]);
            CHECK(static_cast<double>(d.out) == out[d.id]);
        }
    }
}

namespace {

// Imports FtM lines into a new workspace, exports its GraphML and builds its projection.
struct ImportedGraph
{
    std::unique_ptr<store::Workspace> ws;
    std::string graphml;
    graph::Projection projection;
};

ImportedGraph importGraph(const TempDir& dir, const std::string& ftmPath)
{
    auto ws =
        store::Workspace::open(dir.file("graph.commonplace"), store::Workspace::Mode::CreateNew);
    REQUIRE(ws);
    io::ImportOptions in;
    in.dataset = "graph";
    auto imported = io::importFtm(**ws, ftmPath, in);
    INFO((imported ? std::string() : imported.error().describe()));
    REQUIRE(imported);
    io::ExportOptions out;
    out.format = io::ExportFormat::GraphML;
    const std::string graphml = dir.file("graph.graphml");
    auto exported = io::exportGraphML(**ws, graphml, out);
    INFO((exported ? std::string() : exported.error().describe()));
    REQUIRE(exported);
    auto projection = graph::Projection::build(**ws, graph::Filter{});
    INFO((projection ? std::string() : projection.error().describe()));
    REQUIRE(projection);
    return {std::move(ws).value(), graphml, std::move(projection).value()};
}

// Every analysis with a NetworkX twin, on a projection built from a workspace.
void compareWithNetworkx(const TempDir& dir, const ImportedGraph& imported)
{
    const graph::Projection& p = imported.projection;
    const auto& g = p.graph();
    std::vector<std::string> sources;
    for (std::size_t v = 0; v < p.vertexCount(); v += std::max<std::size_t>(1, p.vertexCount() / 4))
        sources.push_back(g[v].id);
    std::string args;
    for (const auto& s : sources)
        args += " --source '" + s + "'";
    NetworkxReference nx(dir, imported.graphml, args);
    REQUIRE(static_cast<std::size_t>(nx["nodes"].get_int64().value()) == p.vertexCount());
    REQUIRE(static_cast<std::size_t>(nx["relationships"].get_int64().value()) == p.edgeCount());

    auto pr = graph::pageRank(p);
    REQUIRE(pr);
    const double prError = maxDifference(byId(*pr), nx.numbers("pagerank"));
    report("pagerank (workspace)", prError);
    CHECK(prError < 1e-6);

    auto bc = graph::betweenness(p);
    REQUIRE(bc);
    const double bcError = maxDifference(byId(bc->scores), nx.numbers("betweenness"));
    report("betweenness (workspace)", bcError);
    CHECK(bcError < 1e-9);

    auto cc = graph::closeness(p);
    REQUIRE(cc);
    CHECK(maxDifference(byId(*cc), nx.numbers("closeness")) < 1e-12);

    auto weak = graph::components(p);
    REQUIRE(weak);
    CHECK(*weak == NetworkxReference::groups(nx["weak"]));
    auto strong = graph::components(p, true);
    REQUIRE(strong);
    CHECK(*strong == NetworkxReference::groups(nx["strong"]));

    for (const auto& s : sources) {
        CAPTURE(s);
        auto d = graph::distances(p, s);
        REQUIRE(d);
        std::map<std::string, double> ours, theirs;
        for (std::size_t v = 0; v < d->size(); ++v)
            if ((*d)[v] >= 0)
                ours[g[v].id] = (*d)[v];
        simdjson::dom::object fields = nx["distances"][s].get_object().value();
        for (auto field : fields)
            theirs[std::string(field.key)] = static_cast<double>(field.value.get_int64().value());
        CHECK(ours == theirs);
    }

    auto cut = graph::brokers(p);
    REQUIRE(cut);
    CHECK(cut->articulationPoints == nx.strings("articulation"));
    std::vector<std::pair<std::string, std::string>> bridges;
    for (const auto& pair : NetworkxReference::groups(nx["bridges"]))
        bridges.emplace_back(pair.at(0), pair.at(1));
    CHECK(cut->bridges == bridges);

    auto cores = graph::coreNumbers(p);
    REQUIRE(cores);
    std::map<std::string, double> core;
    for (const auto& [id, k] : *cores)
        core[id] = k;
    CHECK(core == nx.numbers("core"));
}

} // namespace

TEST_CASE("analyses of the donations workspace agree with NetworkX", "[graph]")
{
    TempDir dir;
    auto imported = importGraph(dir, test::fixture("ftm/donations.ijson"));
    // 95 actors (56 companies, 22 people, 17 organisations), 290 payments.
    CHECK(imported.projection.vertexCount() == 95);
    CHECK(imported.projection.edgeCount() == 290);
    compareWithNetworkx(dir, imported);
}

TEST_CASE("analyses of generated workspaces agree with NetworkX", "[graph]")
{
    for (std::uint64_t seed : {21u, 22u}) {
        CAPTURE(seed);
        TempDir dir;
        auto g = test::randomGraph(seed, 300, 2500);
        auto imported = importGraph(dir, dir.write("graph.ijson", g.ftm()));
        CHECK(imported.projection.vertexCount() == 300);
        CHECK(imported.projection.edgeCount() == 2500);
        compareWithNetworkx(dir, imported);
    }
}
