// SPDX-License-Identifier: GPL-3.0-or-later
// The path and money-flow searches stop when their progress callback says so, report it as
// "cancelled" (never as a partial answer), and give the same answer as without a callback.
#include "GraphTestUtil.h"
#include "graph/Analyses.h"

#include <catch2/catch.hpp>

using namespace commonplace;

namespace {

/** A callback that counts its calls and says stop once `done` reaches `stopAt`. */
struct Counter
{
    std::uint64_t stopAt = ~std::uint64_t(0);
    int calls = 0;
    std::uint64_t lastDone = 0;
    bool returnedFalse = false;
    int callsAfterFalse = 0;

    graph::Projection::Progress callback()
    {
        return [this](std::uint64_t done, std::uint64_t total) {
            CHECK(total > 0);
            CHECK(done > lastDone);
            if (returnedFalse)
                ++callsAfterFalse;
            ++calls;
            lastDone = done;
            returnedFalse = done >= stopAt;
            return !returnedFalse;
        };
    }
};

} // namespace

TEST_CASE("a cancelled path search stops and says so", "[graph][cancel]")
{
    auto g = test::randomGraph(11, 400, 4000);
    auto p = g.projection();
    const std::string a = g.actors[0].id, b = g.actors[1].id;

    bool truncated = false;
    auto plain = graph::allPaths(p, a, b, 6, 100000, true, &truncated);
    REQUIRE(plain);

    Counter go;
    bool truncated2 = false;
    auto same = graph::allPaths(p, a, b, 6, 100000, true, &truncated2, graph::PathWeight::Hops,
                                go.callback());
    REQUIRE(same);
    CHECK(go.calls > 2); // the search is long enough to be asked several times
    CHECK(same->size() == plain->size());
    CHECK(truncated2 == truncated);

    Counter stop;
    stop.stopAt = 3 * 4096;
    auto cut = graph::allPaths(p, a, b, 6, 100000, true, nullptr, graph::PathWeight::Hops,
                               stop.callback());
    REQUIRE(!cut);
    CHECK(graph::isCancelled(cut.error()));
    CHECK(cut.error().message == "path search was cancelled");
    CHECK(stop.calls == 3); // asked every 4,096 steps, and never again after "stop"
    CHECK(stop.callsAfterFalse == 0);

    // An unknown id is an error of its own, not a cancellation.
    auto unknown = graph::allPaths(p, a, "nowhere", 6, 10, true, nullptr, graph::PathWeight::Hops,
                                   [](std::uint64_t, std::uint64_t) { return false; });
    REQUIRE(!unknown);
    CHECK(!graph::isCancelled(unknown.error()));
}

TEST_CASE("a cancelled shortest path search stops and says so", "[graph][cancel]")
{
    auto g = test::randomGraph(12, 5000, 40000);
    auto p = g.projection();
    // The farthest actor from a that a reaches (some are isolated): a long search.
    const std::string a = g.actors[0].id;
    std::string b;
    double farthest = -1;
    for (std::size_t k = 1; k < g.actors.size(); k += 97)
        if (auto r = graph::shortestPath(p, a, g.actors[k].id, graph::PathWeight::Sourcing, true);
            r && r->cost > farthest) {
            farthest = r->cost;
            b = g.actors[k].id;
        }
    REQUIRE(!b.empty());
    auto plain = graph::shortestPath(p, a, b, graph::PathWeight::Sourcing, true);
    REQUIRE(plain);
    Counter go;
    auto same = graph::shortestPath(p, a, b, graph::PathWeight::Sourcing, true, go.callback());
    REQUIRE(same);
    CHECK(same->edges == plain->edges);
    REQUIRE(go.calls > 0);
    for (auto weight : {graph::PathWeight::Hops, graph::PathWeight::Sourcing}) {
        auto cut = graph::shortestPath(p, a, b, weight, true,
                                       [](std::uint64_t, std::uint64_t) { return false; });
        REQUIRE(!cut);
        CHECK(graph::isCancelled(cut.error()));
    }
}

TEST_CASE("a cancelled money flow search stops and says so", "[graph][cancel]")
{
    auto g = test::randomGraph(13, 2000, 20000);
    auto p = g.projection();
    graph::FlowOptions o;
    o.direction = graph::Direction::Downstream;
    o.depth = 4;
    o.schemata.clear(); // every relationship carries money: a long search
    o.maxPaths = 100000;
    auto plain = graph::flows(p, g.actors[0].id, o);
    REQUIRE(plain);

    Counter go;
    auto same = graph::flows(p, g.actors[0].id, o, go.callback());
    REQUIRE(same);
    CHECK(go.calls > 2);
    CHECK(same->counterparts.size() == plain->counterparts.size());
    CHECK(same->paths.size() == plain->paths.size());
    CHECK(same->truncated == plain->truncated);

    Counter stop;
    stop.stopAt = 2 * 4096;
    auto cut = graph::flows(p, g.actors[0].id, o, stop.callback());
    REQUIRE(!cut);
    CHECK(graph::isCancelled(cut.error()));
    CHECK(cut.error().message == "money flow search was cancelled");
    CHECK(stop.calls == 2);
    CHECK(stop.callsAfterFalse == 0);

    // A bad request is an error of its own, not a cancellation.
    o.depth = 0;
    auto bad =
        graph::flows(p, g.actors[0].id, o, [](std::uint64_t, std::uint64_t) { return false; });
    REQUIRE(!bad);
    CHECK(!graph::isCancelled(bad.error()));
}
