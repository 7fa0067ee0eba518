// SPDX-License-Identifier: GPL-3.0-or-later
// Components, distances, brokers, k-cores and Louvain communities: hand-checked examples, bad
// input, and conformance with NetworkX on seeded random graphs (tests/core/networkx_graph.py).
#include "GraphTestUtil.h"
#include "TestUtil.h"
#include "graph/Analyses.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <map>
#include <set>

using namespace commonplace;
using commonplace::test::GraphBuilder;
using commonplace::test::NetworkxReference;
using commonplace::test::TempDir;

namespace {

using Groups = std::vector<std::vector<std::string>>;

// Two triangles joined through a middle vertex, plus a tail and an isolated actor:
//   A-B-C-A   C->M   M->D   D-E-F-D   F->T   and X alone.
GraphBuilder bowtie()
{
    GraphBuilder b;
    b.edge("A", "B");
    b.edge("B", "C");
    b.edge("C", "A");
    b.edge("C", "M");
    b.edge("M", "D");
    b.undirected("D", "E", "Family");
    b.edge("E", "F");
    b.edge("F", "D");
    b.edge("F", "T");
    b.edge("F", "T");
    b.actor("X");
    return b;
}

} // namespace

TEST_CASE("weak and strong components, largest first", "[graph]")
{
    auto p = bowtie().build();
    auto weak = graph::components(p);
    REQUIRE(weak);
    CHECK(*weak == Groups{{"A", "B", "C", "D", "E", "F", "M", "T"}, {"X"}});
    auto strong = graph::components(p, true);
    REQUIRE(strong);
    CHECK(*strong == Groups{{"A", "B", "C"}, {"D", "E", "F"}, {"M"}, {"T"}, {"X"}});

    auto map = graph::componentMap(p, true);
    REQUIRE(map);
    CHECK(map->count == 5);
    CHECK(map->sizes == std::vector<std::uint32_t>{3, 3, 1, 1, 1});
    const auto& g = p.graph();
    for (std::size_t v = 0; v < p.vertexCount(); ++v) {
        // Vertex order is A, B, C, M, D, E, F, T, X: {A,B,C} has the lowest index.
        const std::string& id = g[v].id;
        if (id == "A" || id == "B" || id == "C")
            CHECK(map->of[v] == 0);
        if (id == "D" || id == "E" || id == "F")
            CHECK(map->of[v] == 1);
    }
    CHECK(!graph::components(GraphBuilder().build()));
}

TEST_CASE("a long chain does not overflow the stack", "[graph]")
{
    GraphBuilder b;
    const int n = 200000;
    for (int i = 0; i < n; ++i)
        b.edge("v" + std::to_string(i), "v" + std::to_string(i + 1));
    b.edge("v" + std::to_string(n), "v0");
    auto p = b.build();
    auto strong = graph::componentMap(p, true);
    REQUIRE(strong);
    CHECK(strong->count == 1);
    auto cut = graph::brokers(p);
    REQUIRE(cut);
    CHECK(cut->articulationPoints.empty()); // a ring has no cut vertex
    graph::LayoutOptions o;
    o.kind = graph::LayoutKind::Layered;
    auto layered = graph::layout(p, o);
    REQUIRE(layered);
}

TEST_CASE("hop distances follow arcs, or ignore direction", "[graph]")
{
    auto p = bowtie().build();
    const auto& g = p.graph();
    auto at = [&](const std::vector<int>& d, const std::string& id) {
        for (std::size_t v = 0; v < d.size(); ++v)
            if (g[v].id == id)
                return d[v];
        return -2;
    };
    auto d = graph::distances(p, "A");
    REQUIRE(d);
    CHECK(at(*d, "A") == 0);
    CHECK(at(*d, "C") == 2);
    CHECK(at(*d, "M") == 3);
    CHECK(at(*d, "E") == 5); // via the undirected D-E link
    CHECK(at(*d, "T") == 7);
    CHECK(at(*d, "X") == -1);
    auto back = graph::distances(p, "T");
    REQUIRE(back);
    CHECK(at(*back, "A") == -1);
    auto both = graph::distances(p, "T", true);
    REQUIRE(both);
    CHECK(at(*both, "A") == 5);
    auto unknown = graph::distances(p, "nobody");
    REQUIRE(!unknown);
}

TEST_CASE("brokers: cut vertices and bridges of the simple graph", "[graph]")
{
    auto r = graph::brokers(bowtie().build());
    REQUIRE(r);
    CHECK(r->articulationPoints == std::vector<std::string>{"C", "D", "F", "M"});
    using Pair = std::pair<std::string, std::string>;
    // F-T is a bridge even though two payments make it: parallel edges collapse.
    CHECK(r->bridges == std::vector<Pair>{{"C", "M"}, {"D", "M"}, {"F", "T"}});
}

TEST_CASE("k-core numbers", "[graph]")
{
    auto r = graph::coreNumbers(bowtie().build());
    REQUIRE(r);
    std::map<std::string, int> core(r->begin(), r->end());
    CHECK(core["A"] == 2);
    CHECK(core["E"] == 2);
    CHECK(core["M"] == 2); // between two triangles: in the 2-core
    CHECK(core["T"] == 1);
    CHECK(core["X"] == 0);
    CHECK((*r)[0].second == 2);
    CHECK(r->back().first == "X");
}

TEST_CASE("Louvain finds planted communities and is deterministic", "[graph]")
{
    // Four cliques of six joined in a ring by single edges.
    GraphBuilder b;
    for (int c = 0; c < 4; ++c) {
        for (int i = 0; i < 6; ++i)
            for (int j = i + 1; j < 6; ++j)
                b.edge("c" + std::to_string(c) + "v" + std::to_string(i),
                       "c" + std::to_string(c) + "v" + std::to_string(j));
        b.edge("c" + std::to_string(c) + "v0", "c" + std::to_string((c + 1) % 4) + "v5");
    }
    b.edge("c0v1", "c0v1"); // a self-payment
    auto p = b.build();
    auto r = graph::louvain(p, 5);
    REQUIRE(r);
    REQUIRE(r->groups.size() == 4);
    for (const auto& group : r->groups) {
        REQUIRE(group.size() == 6);
        for (const auto& id : group)
            CHECK(id.substr(0, 2) == group.front().substr(0, 2));
    }
    CHECK(r->modularity > 0.6);
    CHECK(r->levels >= 1);
    REQUIRE(r->membership.size() == p.vertexCount());
    for (std::size_t v = 0; v < p.vertexCount(); ++v) {
        const auto& group = r->groups[r->membership[v]];
        CHECK(std::find(group.begin(), group.end(), p.graph()[v].id) != group.end());
    }
    auto again = graph::louvain(p, 5);
    REQUIRE(again);
    CHECK(again->groups == r->groups);
    CHECK(again->modularity == r->modularity);

    CHECK(!graph::louvain(p, 1, 0.0));
    CHECK(!graph::louvain(GraphBuilder().build()));
    GraphBuilder lonely;
    lonely.actor("A");
    lonely.actor("B");
    auto none = graph::louvain(lonely.build());
    REQUIRE(none);
    CHECK(none->groups.size() == 2);
    CHECK(none->modularity == 0);
}

TEST_CASE("structure agrees with NetworkX on random graphs", "[graph]")
{
    for (std::uint64_t seed : {1u, 2u, 3u}) {
        CAPTURE(seed);
        TempDir dir;
        auto g = test::randomGraph(seed, 300, seed == 3 ? 400 : 3000);
        auto p = g.projection();
        test::writeGraphML(p.graph(), dir.file("g.graphml"));
        const std::vector<std::string> sources = {g.actors[0].id, g.actors[17].id, g.actors[150].id,
                                                  g.actors[299].id};
        auto louvain = graph::louvain(p, seed);
        REQUIRE(louvain);
        std::string args = "--louvain-seed " + std::to_string(seed) + " --partition '" +
                           test::writePartition(dir, louvain->groups) + "'";
        for (const auto& s : sources)
            args += " --source '" + s + "'";
        NetworkxReference nx(dir, dir.file("g.graphml"), args);

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
            std::map<std::string, double> ours;
            for (std::size_t v = 0; v < d->size(); ++v)
                if ((*d)[v] >= 0)
                    ours[p.graph()[v].id] = (*d)[v];
            std::map<std::string, double> theirs;
            simdjson::dom::object fields = nx["distances"][s].get_object().value();
            for (auto field : fields)
                theirs[std::string(field.key)] =
                    static_cast<double>(field.value.get_int64().value());
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

        // Our modularity is NetworkX's for the same partition; Louvain itself may find a
        // different partition, so only its quality is compared, loosely.
        CHECK(louvain->modularity ==
              Approx(nx["partitionModularity"].get_double().value()).margin(1e-12));
        const double theirs = nx["louvain"]["modularity"].get_double().value();
        CHECK(louvain->modularity >= theirs - 0.03 * std::abs(theirs));
    }
}
