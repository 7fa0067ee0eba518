// SPDX-License-Identifier: GPL-3.0-or-later
// What the graph explorer's side panel computes when an actor is selected (one: follow the
// money; two: shortest path and all paths up to K hops), on generated graphs, to show what the
// explorer now does off the UI thread. Prints medians and maxima over random selections.
//   build/release/tests/bench/analyst_side_bench [ACTORS PAYMENTS [SELECTIONS]]
#include "graph/Analyses.h"
#include "graph/Projection.h"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <random>
#include <string>
#include <vector>

using namespace commonplace;

namespace {

// gen_graph.py's generator, in memory (as graph_view_bench.cpp): a few heavy funders, many
// beneficiaries, amounts over four orders of magnitude, one relationship in ten an ownership.
graph::Projection generated(std::size_t actors, std::size_t payments, std::uint64_t seed)
{
    std::mt19937_64 rng(seed);
    auto unit = [&] { return static_cast<double>(rng() >> 11) * 0x1.0p-53; };
    static const char* schemata[] = {"Organization", "Company", "Person", "PublicBody"};
    graph::Graph g;
    for (std::size_t i = 0; i < actors; ++i)
        boost::add_vertex(graph::Actor{"a" + std::to_string(i), schemata[i % 4],
                                       "Actor number " + std::to_string(i)},
                          g);
    const double n = static_cast<double>(actors);
    for (std::size_t j = 0; j < payments; ++j) {
        auto payer = static_cast<std::size_t>(n * std::pow(unit(), 3));
        auto beneficiary = static_cast<std::size_t>(n * std::pow(unit(), 1.5));
        while (beneficiary == payer)
            beneficiary = static_cast<std::size_t>(n * unit());
        graph::Relation r;
        r.id = "p" + std::to_string(j);
        r.schema = j % 10 == 9 ? "Ownership" : "Payment";
        r.amount = std::floor(1000 * std::pow(10, 4 * unit()));
        r.currency = "USD";
        r.date = std::to_string(2010 + int(unit() * 14));
        boost::add_edge(payer, beneficiary, r, g);
    }
    return graph::Projection::fromGraph(std::move(g));
}

struct Stat
{
    std::vector<double> ms;
    void add(double x) { ms.push_back(x); }
    double median()
    {
        std::sort(ms.begin(), ms.end());
        const std::size_t n = ms.size();
        return n == 0 ? 0 : n % 2 ? ms[n / 2] : (ms[n / 2 - 1] + ms[n / 2]) / 2;
    }
    double max() const { return ms.empty() ? 0 : *std::max_element(ms.begin(), ms.end()); }
};

template <typename F> double timed(F&& f)
{
    const auto t0 = std::chrono::steady_clock::now();
    f();
    return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count();
}

} // namespace

int main(int argc, char** argv)
{
    const std::size_t actors = argc > 2 ? std::strtoull(argv[1], nullptr, 10) : 5000;
    const std::size_t payments = argc > 2 ? std::strtoull(argv[2], nullptr, 10) : 20000;
    const int selections = argc > 3 ? std::atoi(argv[3]) : 30;
    const graph::Projection p = generated(actors, payments, 1);
    std::mt19937_64 rng(3);
    // Actors picked as a person would: mostly well-connected ones (low numbers are the hubs).
    auto pick = [&] {
        const double u = static_cast<double>(rng() >> 11) * 0x1.0p-53;
        return "a" + std::to_string(static_cast<std::size_t>(double(actors) * u * u));
    };
    Stat shortest, paths4, paths8, flows2, flows5;
    for (int i = 0; i < selections; ++i) {
        const std::string a = pick(), b = pick();
        shortest.add(timed([&] { (void)graph::shortestPath(p, a, b); }));
        bool truncated = false;
        paths4.add(timed([&] { (void)graph::allPaths(p, a, b, 4, 200, false, &truncated); }));
        paths8.add(timed([&] { (void)graph::allPaths(p, a, b, 8, 200, true, &truncated); }));
        for (int depth : {2, 5}) {
            const double ms = timed([&] {
                for (auto d : {graph::Direction::Upstream, graph::Direction::Downstream}) {
                    graph::FlowOptions o;
                    o.direction = d;
                    o.depth = depth;
                    o.maxPaths = 0;
                    (void)graph::flows(p, a, o);
                }
            });
            (depth == 2 ? flows2 : flows5).add(ms);
        }
    }
    std::printf("graph: %zu actors, %zu relationships; %d selections\n", actors, payments,
                selections);
    std::printf("%-44s %10s %10s\n", "computation", "median ms", "max ms");
    auto row = [](const char* what, Stat& s) {
        std::printf("%-44s %10.1f %10.1f\n", what, s.median(), s.max());
    };
    row("shortest path (hops)", shortest);
    row("all paths <= 4 hops (first 200)", paths4);
    row("all paths <= 8 hops, either direction", paths8);
    row("follow the money, 2 hops, both directions", flows2);
    row("follow the money, 5 hops, both directions", flows5);
    return 0;
}
