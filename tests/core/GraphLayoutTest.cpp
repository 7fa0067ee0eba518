// SPDX-License-Identifier: GPL-3.0-or-later
// Layouts: frame, determinism, progress and cancellation, funders above beneficiaries.
// Speed is measured in tests/bench/graph-bench.sh, never here.
#include "GraphTestUtil.h"
#include "graph/Analyses.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <cmath>
#include <map>
#include <set>

using namespace commonplace;
using commonplace::test::GraphBuilder;

namespace {

bool inFrame(const std::vector<graph::Point>& points, double width, double height)
{
    for (const auto& q : points)
        if (!(q.x >= 0 && q.x <= width && q.y >= 0 && q.y <= height))
            return false;
    return true;
}

bool same(const std::vector<graph::Point>& a, const std::vector<graph::Point>& b)
{
    if (a.size() != b.size())
        return false;
    for (std::size_t i = 0; i < a.size(); ++i)
        if (a[i].x != b[i].x || a[i].y != b[i].y)
            return false;
    return true;
}

std::map<std::string, graph::Point> byId(const graph::Projection& p,
                                         const std::vector<graph::Point>& points)
{
    std::map<std::string, graph::Point> out;
    for (std::size_t v = 0; v < points.size(); ++v)
        out[p.graph()[v].id] = points[v];
    return out;
}

} // namespace

TEST_CASE("force layout stays in the frame and is deterministic for a seed", "[graph]")
{
    auto p = test::randomGraph(4, 500, 1500).projection();
    graph::LayoutOptions o;
    o.width = 800;
    o.height = 600;
    int calls = 0, lastTotal = 0;
    auto a = graph::layout(p, o, [&](int, int total) {
        ++calls;
        lastTotal = total;
        return true;
    });
    REQUIRE(a);
    REQUIRE(a->size() == 500);
    CHECK(inFrame(*a, 800, 600));
    CHECK(calls > 1);
    CHECK(lastTotal == 500); // iterations chosen by size
    auto b = graph::layout(p, o);
    REQUIRE(b);
    CHECK(same(*a, *b));
    o.seed = 2;
    auto c = graph::layout(p, o);
    REQUIRE(c);
    CHECK(!same(*a, *c));

    // Linked actors end up closer than actors in general.
    const auto& g = p.graph();
    auto distance = [&](std::size_t u, std::size_t v) {
        return std::hypot((*a)[u].x - (*a)[v].x, (*a)[u].y - (*a)[v].y);
    };
    double linked = 0, any = 0;
    std::size_t edges = 0;
    for (auto [it, end] = boost::edges(g); it != end; ++it, ++edges)
        linked += distance(boost::source(*it, g), boost::target(*it, g));
    for (std::size_t v = 1; v < 500; ++v)
        any += distance(v - 1, v);
    CHECK(linked / static_cast<double>(edges) < 0.7 * any / 499.0);
}

TEST_CASE("the multilevel force layout of a larger graph keeps actors apart and links short",
          "[graph]")
{
    // 3,000 actors: above the size where the layout coarsens the graph first.
    auto p = test::randomGraph(7, 3000, 9000).projection();
    graph::LayoutOptions o;
    o.width = o.height = 95.0 * std::sqrt(3000.0); // what the explorer asks for
    int calls = 0, lastStep = -1, lastTotal = 0;
    bool increasing = true;
    auto a = graph::layout(p, o, [&](int step, int total) {
        increasing = increasing && step > lastStep && step <= total;
        lastStep = step;
        lastTotal = total;
        ++calls;
        return true;
    });
    REQUIRE(a);
    REQUIRE(a->size() == 3000);
    CHECK(inFrame(*a, o.width, o.height));
    CHECK(increasing);
    CHECK(lastStep == lastTotal);
    CHECK(calls == lastTotal + 1);
    auto again = graph::layout(p, o);
    REQUIRE(again);
    CHECK(same(*a, *again));

    // No two actors on top of each other: every actor at least a unit (of the 5,200-unit frame)
    // from its nearest neighbour.
    std::vector<std::size_t> order(a->size());
    for (std::size_t v = 0; v < order.size(); ++v)
        order[v] = v;
    std::sort(order.begin(), order.end(),
              [&](std::size_t u, std::size_t v) { return (*a)[u].x < (*a)[v].x; });
    double nearest = 1e300;
    for (std::size_t i = 0; i < order.size(); ++i)
        for (std::size_t j = i + 1;
             j < order.size() && (*a)[order[j]].x - (*a)[order[i]].x < nearest; ++j)
            nearest = std::min(nearest, std::hypot((*a)[order[i]].x - (*a)[order[j]].x,
                                                   (*a)[order[i]].y - (*a)[order[j]].y));
    CHECK(nearest > 1.0);

    // Linked actors sit much closer on average than actors that are not linked.
    const auto& g = p.graph();
    std::set<std::pair<std::size_t, std::size_t>> links;
    double linked = 0;
    std::size_t edges = 0;
    for (auto [it, end] = boost::edges(g); it != end; ++it) {
        const std::size_t u = boost::source(*it, g), v = boost::target(*it, g);
        if (u == v)
            continue;
        links.insert({std::min(u, v), std::max(u, v)});
        linked += std::hypot((*a)[u].x - (*a)[v].x, (*a)[u].y - (*a)[v].y);
        ++edges;
    }
    double unlinked = 0;
    std::size_t pairs = 0;
    for (std::size_t v = 1; v < a->size(); v += 1) {
        const std::size_t u = (v * 7919) % a->size();
        if (u == v || links.count({std::min(u, v), std::max(u, v)}))
            continue;
        unlinked += std::hypot((*a)[u].x - (*a)[v].x, (*a)[u].y - (*a)[v].y);
        ++pairs;
    }
    REQUIRE(edges > 0);
    REQUIRE(pairs > 0);
    CHECK(linked / double(edges) < 0.6 * unlinked / double(pairs));

    // Cancelling half-way stops it.
    auto stopped = graph::layout(p, o, [&](int step, int total) { return step < total / 2; });
    REQUIRE(!stopped);
    CHECK(stopped.error().message.find("cancelled") != std::string::npos);
}

TEST_CASE("layouts handle tiny, empty and large graphs", "[graph]")
{
    GraphBuilder one;
    one.actor("A");
    for (auto kind :
         {graph::LayoutKind::Force, graph::LayoutKind::Layered, graph::LayoutKind::Circular}) {
        graph::LayoutOptions o;
        o.kind = kind;
        auto r = graph::layout(one.build(), o);
        REQUIRE(r);
        REQUIRE(r->size() == 1);
        CHECK(inFrame(*r, 1000, 1000));
        auto empty = graph::layout(GraphBuilder().build(), o);
        REQUIRE(empty);
        CHECK(empty->empty());
    }
    // Scale: 50,000 actors (two iterations here; the benchmark runs the full layout).
    auto big = test::randomGraph(5, 50000, 100000).projection();
    graph::LayoutOptions o;
    o.iterations = 2;
    auto r = graph::layout(big, o);
    REQUIRE(r);
    CHECK(inFrame(*r, 1000, 1000));
}

TEST_CASE("layout rejects bad options and can be cancelled", "[graph]")
{
    GraphBuilder b;
    b.edge("A", "B");
    auto p = b.build();
    graph::LayoutOptions o;
    o.width = 0;
    CHECK(!graph::layout(p, o));
    o.width = 100;
    o.height = -1;
    CHECK(!graph::layout(p, o));
    o.height = 100;
    o.iterations = -3;
    CHECK(!graph::layout(p, o));
    o.iterations = 0;
    for (auto kind :
         {graph::LayoutKind::Force, graph::LayoutKind::Layered, graph::LayoutKind::Circular}) {
        o.kind = kind;
        auto r = graph::layout(p, o, [](int, int) { return false; });
        REQUIRE(!r);
        CHECK(r.error().message.find("cancelled") != std::string::npos);
    }
}

TEST_CASE("layered layout puts funders above beneficiaries", "[graph]")
{
    GraphBuilder b;
    b.edge("Fund", "Org1");
    b.edge("Fund", "Org2");
    b.edge("Org1", "Campaign");
    b.edge("Org2", "Campaign");
    b.edge("Campaign", "Fund"); // a cycle: broken, not followed forever
    b.edge("Donor", "Fund");
    b.undirected("Org1", "Org2", "Associate"); // does not layer
    b.actor("Alone");
    auto p = b.build();
    graph::LayoutOptions o;
    o.kind = graph::LayoutKind::Layered;
    o.width = 400;
    o.height = 300;
    auto r = graph::layout(p, o);
    REQUIRE(r);
    CHECK(inFrame(*r, 400, 300));
    auto at = byId(p, *r);
    CHECK(at["Donor"].y < at["Fund"].y);
    CHECK(at["Fund"].y < at["Org1"].y);
    CHECK(at["Org1"].y == at["Org2"].y);
    CHECK(at["Org1"].x != at["Org2"].x);
    CHECK(at["Org1"].y < at["Campaign"].y);
    CHECK(at["Donor"].y == 0);
    CHECK(at["Campaign"].y == 300);
}

TEST_CASE("circular layout puts every actor on the ellipse", "[graph]")
{
    auto p = test::randomGraph(6, 60, 100).projection();
    graph::LayoutOptions o;
    o.kind = graph::LayoutKind::Circular;
    o.width = 200;
    o.height = 100;
    auto r = graph::layout(p, o);
    REQUIRE(r);
    for (const auto& q : *r) {
        const double u = (q.x - 100) / 100, v = (q.y - 50) / 50;
        CHECK(u * u + v * v == Approx(1.0).margin(1e-9));
    }
}
