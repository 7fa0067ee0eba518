// SPDX-License-Identifier: GPL-3.0-or-later
// Paths between two actors on a small hand-built workspace: fewest hops, best sourced, all
// simple paths with their cap, bad input.
#include "TestUtil.h"
#include "graph/Analyses.h"
#include "io/Import.h"
#include "store/Workspace.h"

#include <catch2/catch.hpp>

using namespace commonplace;
using commonplace::test::TempDir;

namespace {

// A reaches D three ways:
//   A -ac-> C -cd-> D            2 hops, both unsourced        cost 6 + 6 = 12
//   A -ab1/ab2-> B -bx-> X -xd-> D  3 hops, all graded A1      cost 1 + 1 + 1 = 3 (two, parallel)
//   A -ae-> E -ef-> F -fd-> D    3 hops, graded C3             cost 2.6 * 3 = 7.8
// D pays A back (a cycle), G is linked to D (undirected), K pays A, H is alone.
const char* kPaths =
    R"({"record": "source", "id": "s-a1", "title": "Audit", "reliability": "A", "credibility": "1"}
{"record": "source", "id": "s-c3", "title": "Blog", "reliability": "C", "credibility": "3"}
{"id": "A", "schema": "Organization", "properties": {"name": ["A"]}}
{"id": "B", "schema": "Organization", "properties": {"name": ["B"]}}
{"id": "C", "schema": "Organization", "properties": {"name": ["C"]}}
{"id": "D", "schema": "Organization", "properties": {"name": ["D"]}}
{"id": "E", "schema": "Organization", "properties": {"name": ["E"]}}
{"id": "F", "schema": "Organization", "properties": {"name": ["F"]}}
{"id": "X", "schema": "Organization", "properties": {"name": ["X"]}}
{"id": "G", "schema": "Person", "properties": {"name": ["G"]}}
{"id": "H", "schema": "Person", "properties": {"name": ["H"]}}
{"id": "K", "schema": "Person", "properties": {"name": ["K"]}}
{"id": "ka", "schema": "Payment", "properties": {"payer": ["K"], "beneficiary": ["A"]}}
{"id": "ac", "schema": "Payment", "properties": {"payer": ["A"], "beneficiary": ["C"]}}
{"id": "cd", "schema": "Payment", "properties": {"payer": ["C"], "beneficiary": ["D"]}}
{"id": "ab1", "schema": "Payment", "properties": {"payer": ["A"], "beneficiary": ["B"]}}
{"id": "ab2", "schema": "Payment", "properties": {"payer": ["A"], "beneficiary": ["B"]}}
{"id": "bx", "schema": "Payment", "properties": {"payer": ["B"], "beneficiary": ["X"]}}
{"id": "xd", "schema": "Payment", "properties": {"payer": ["X"], "beneficiary": ["D"]}}
{"id": "ae", "schema": "Payment", "properties": {"payer": ["A"], "beneficiary": ["E"]}}
{"id": "ef", "schema": "Payment", "properties": {"payer": ["E"], "beneficiary": ["F"]}}
{"id": "fd", "schema": "Payment", "properties": {"payer": ["F"], "beneficiary": ["D"]}}
{"id": "da", "schema": "Payment", "properties": {"payer": ["D"], "beneficiary": ["A"]}}
{"id": "gd", "schema": "UnknownLink", "properties": {"subject": ["G"], "object": ["D"]}}
{"record": "cite", "entity": "ab1", "sources": ["s-a1"]}
{"record": "cite", "entity": "ab2", "sources": ["s-a1"]}
{"record": "cite", "entity": "bx", "sources": ["s-a1"]}
{"record": "cite", "entity": "xd", "sources": ["s-a1"]}
{"record": "cite", "entity": "ae", "sources": ["s-c3"]}
{"record": "cite", "entity": "ef", "sources": ["s-c3"]}
{"record": "cite", "entity": "fd", "sources": ["s-c3"]}
)";

class PathWs
{
public:
    PathWs()
    {
        auto ws = store::Workspace::open(m_dir.file("paths.commonplace"),
                                         store::Workspace::Mode::CreateNew);
        REQUIRE(ws);
        m_ws = std::move(ws).value();
        io::ImportOptions o;
        o.dataset = "paths";
        auto r = io::importFtm(*m_ws, m_dir.write("paths.ijson", kPaths), o);
        INFO((r ? std::string() : r.error().describe()));
        REQUIRE(r);
        auto p = graph::Projection::build(*m_ws, {});
        REQUIRE(p);
        m_p = std::make_unique<graph::Projection>(std::move(p).value());
    }
    const graph::Projection& p() const { return *m_p; }

private:
    TempDir m_dir;
    std::unique_ptr<store::Workspace> m_ws;
    std::unique_ptr<graph::Projection> m_p;
};

using Ids = std::vector<std::string>;

} // namespace

TEST_CASE("graph paths: shortest by hops and by sourcing", "[graph]")
{
    PathWs w;
    auto hops = graph::shortestPath(w.p(), "A", "D");
    REQUIRE(hops);
    CHECK(hops->vertices == Ids{"A", "C", "D"});
    CHECK(hops->edges == Ids{"ac", "cd"});
    CHECK(hops->cost == 2);

    auto weighted = graph::shortestPath(w.p(), "A", "D", graph::PathWeight::Sourcing);
    REQUIRE(weighted);
    CHECK(weighted->vertices == Ids{"A", "B", "X", "D"});
    CHECK(weighted->edges == Ids{"ab1", "bx", "xd"});
    CHECK(weighted->cost == Approx(3));

    // Against the direction of payments there is only D -> A; ignoring direction, A is one hop.
    auto back = graph::shortestPath(w.p(), "D", "C");
    REQUIRE(back);
    CHECK(back->vertices == Ids{"D", "A", "C"});
    auto none = graph::shortestPath(w.p(), "A", "K");
    REQUIRE_FALSE(none);
    CHECK(none.error().message ==
          "no path from 'A' to 'K' within the filter (following the direction of relationships)");
    auto loose = graph::shortestPath(w.p(), "A", "K", graph::PathWeight::Hops, true);
    REQUIRE(loose);
    CHECK(loose->vertices == Ids{"A", "K"});
    CHECK(loose->edges == Ids{"ka"});
    // The UnknownLink is undirected: D reaches G, and G reaches D.
    auto dg = graph::shortestPath(w.p(), "C", "G");
    REQUIRE(dg);
    CHECK(dg->vertices == Ids{"C", "D", "G"});
    CHECK(graph::shortestPath(w.p(), "G", "D"));
    auto isolated = graph::shortestPath(w.p(), "A", "H", graph::PathWeight::Sourcing, true);
    REQUIRE_FALSE(isolated);
    CHECK(isolated.error().message == "no path from 'A' to 'H' within the filter");

    auto self = graph::shortestPath(w.p(), "A", "A");
    REQUIRE(self);
    CHECK(self->vertices == Ids{"A"});
    CHECK(self->edges.empty());
    CHECK(self->cost == 0);

    CHECK_FALSE(graph::shortestPath(w.p(), "A", "nobody"));
    CHECK_FALSE(graph::shortestPath(w.p(), "ab1", "D"));
}

TEST_CASE("graph paths: sourcing costs", "[graph]")
{
    graph::Relation r;
    CHECK(graph::sourcingCost(r) == 6); // unsourced
    r.sourced = true;
    CHECK(graph::sourcingCost(r) == 5); // sourced, ungraded
    r.grading = graph::Grading{'A', 1};
    CHECK(graph::sourcingCost(r) == 1);
    r.grading = graph::Grading{'B', 2};
    CHECK(graph::sourcingCost(r) == Approx(1.8));
    r.grading = graph::Grading{'F', 6};
    CHECK(graph::sourcingCost(r) == Approx(5));
}

TEST_CASE("graph paths: all simple paths, shortest first, capped", "[graph]")
{
    PathWs w;
    bool truncated = true;
    auto all = graph::allPaths(w.p(), "A", "D", 3, 100, false, &truncated);
    REQUIRE(all);
    CHECK_FALSE(truncated);
    REQUIRE(all->size() == 4);
    CHECK((*all)[0].vertices == Ids{"A", "C", "D"});
    CHECK((*all)[0].cost == 2);
    // The two parallel payments A -> B make two paths.
    CHECK((*all)[1].edges == Ids{"ab1", "bx", "xd"});
    CHECK((*all)[2].edges == Ids{"ab2", "bx", "xd"});
    CHECK((*all)[3].vertices == Ids{"A", "E", "F", "D"});
    CHECK((*all)[3].cost == 3);

    auto two = graph::allPaths(w.p(), "A", "D", 2, 100, false, &truncated);
    REQUIRE(two);
    CHECK(two->size() == 1);
    CHECK_FALSE(truncated);

    auto capped = graph::allPaths(w.p(), "A", "D", 3, 2, false, &truncated);
    REQUIRE(capped);
    CHECK(capped->size() == 2);
    CHECK(truncated);
    CHECK((*capped)[0].vertices == Ids{"A", "C", "D"});

    // Weighted: the same paths, cheapest first.
    auto weighted =
        graph::allPaths(w.p(), "A", "D", 3, 100, false, &truncated, graph::PathWeight::Sourcing);
    REQUIRE(weighted);
    REQUIRE(weighted->size() == 4);
    CHECK((*weighted)[0].cost == Approx(3));
    CHECK((*weighted)[2].cost == Approx(7.8));
    CHECK((*weighted)[3].cost == Approx(12));

    // Ignoring direction, D -> A back is one more way from A to D; G and K add nothing.
    auto loose = graph::allPaths(w.p(), "A", "D", 3, 100, true, &truncated);
    REQUIRE(loose);
    CHECK(loose->size() == 5);
    CHECK((*loose)[0].edges == Ids{"da"});

    auto none = graph::allPaths(w.p(), "A", "K", 10, 100, false, &truncated);
    REQUIRE(none);
    CHECK(none->empty());
    auto self = graph::allPaths(w.p(), "B", "B", 3, 100);
    REQUIRE(self);
    CHECK(self->size() == 1);
}

TEST_CASE("graph paths: bad input", "[graph]")
{
    PathWs w;
    auto zero = graph::allPaths(w.p(), "A", "D", 0, 100);
    REQUIRE_FALSE(zero);
    CHECK(zero.error().message == "the most hops must be between 1 and 10, not 0");
    CHECK_FALSE(graph::allPaths(w.p(), "A", "D", 11, 100));
    auto noPaths = graph::allPaths(w.p(), "A", "D", 3, 0);
    REQUIRE_FALSE(noPaths);
    CHECK(noPaths.error().message == "the most paths must be between 1 and 100000");
    auto unknown = graph::allPaths(w.p(), "A", "Q", 3, 10);
    REQUIRE_FALSE(unknown);
    CHECK(unknown.error().message.find("'Q' is not an actor of the graph") == 0);
}

TEST_CASE("graph paths: a dense graph stays bounded", "[graph]")
{
    // A complete directed graph on 12 actors has about 10^8 simple paths of up to 10 hops
    // between two of them: the cap ends the search quickly.
    graph::Graph g;
    for (int i = 0; i < 12; ++i)
        boost::add_vertex(graph::Actor{"v" + std::to_string(i), "Person", ""}, g);
    int n = 0;
    for (std::size_t i = 0; i < 12; ++i) {
        for (std::size_t j = 0; j < 12; ++j) {
            if (i == j)
                continue;
            graph::Relation r;
            r.id = "e" + std::to_string(n++);
            r.schema = "Payment";
            boost::add_edge(i, j, r, g);
        }
    }
    auto p = graph::Projection::fromGraph(std::move(g));
    bool truncated = false;
    auto paths = graph::allPaths(p, "v0", "v1", 10, 5000, false, &truncated);
    REQUIRE(paths);
    CHECK(paths->size() == 5000);
    CHECK(truncated);
    CHECK(paths->front().edges.size() == 1);

    graph::FlowOptions o;
    o.direction = graph::Direction::Downstream;
    o.depth = 10;
    o.maxPaths = 2000;
    auto f = graph::flows(p, "v0", o);
    REQUIRE(f);
    CHECK(f->counterparts.size() == 11);
    CHECK(f->paths.size() == 2000);
    CHECK(f->truncated);
}
