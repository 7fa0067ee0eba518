// SPDX-License-Identifier: GPL-3.0-or-later
// Times the graph analyses on a workspace (tests/bench/graph-bench.sh drives it and runs the
// same algorithms in python3-igraph on the same graph; see tests/bench/README.md).
//
//   graph_bench --workspace FILE --out DIR [--runs R] [--pivots K] [--small N M]
//               [--layout N M]...
//
// Writes DIR/edges.txt (the projection as "n m" then "u v directed" lines, by vertex index, so
// that igraph reads exactly the same graph), DIR/small-edges.txt (a generated graph of N
// actors and M payments for exact betweenness, which igraph 0.10.2 cannot sample) and
// DIR/ours.json (medians in seconds and the results igraph's are checked against). Only the
// analysis calls are timed (std::chrono::steady_clock), each R times; medians are reported.
#include "graph/Analyses.h"
#include "graph/Csr.h"
#include "graph/Projection.h"
#include "store/Workspace.h"

#include <algorithm>
#include <charconv>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <functional>
#include <random>
#include <string>
#include <vector>

using namespace commonplace;

namespace {

[[noreturn]] void die(const std::string& message)
{
    std::fprintf(stderr, "graph_bench: %s\n", message.c_str());
    std::exit(1);
}

template <typename T> T check(Result<T> r, const char* what)
{
    if (!r)
        die(std::string(what) + ": " + r.error().describe());
    return std::move(r).value();
}

double seconds(const std::function<void()>& f)
{
    auto start = std::chrono::steady_clock::now();
    f();
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

double median(std::vector<double> xs)
{
    std::sort(xs.begin(), xs.end());
    const std::size_t n = xs.size();
    return n % 2 ? xs[n / 2] : (xs[n / 2 - 1] + xs[n / 2]) / 2;
}

// Median time of `runs` calls of f.
double timeRuns(int runs, const std::function<void()>& f)
{
    std::vector<double> times;
    for (int i = 0; i < runs; ++i)
        times.push_back(seconds(f));
    return median(times);
}

void writeEdges(const graph::Graph& g, const std::string& path)
{
    std::string text =
        std::to_string(boost::num_vertices(g)) + " " + std::to_string(boost::num_edges(g)) + "\n";
    char buffer[64];
    for (auto [it, end] = boost::edges(g); it != end; ++it) {
        char* p = std::to_chars(buffer, buffer + 20, boost::source(*it, g)).ptr;
        *p++ = ' ';
        p = std::to_chars(p, p + 20, boost::target(*it, g)).ptr;
        *p++ = ' ';
        *p++ = g[*it].directed ? '1' : '0';
        *p++ = '\n';
        text.append(buffer, p);
    }
    std::ofstream out(path, std::ios::binary);
    out << text;
    if (!out)
        die("cannot write " + path);
}

// The generator of gen_graph.py, in memory: payers skewed (n u^3), beneficiaries less (n u^1.5).
graph::Projection generated(std::size_t actors, std::size_t payments, std::uint64_t seed)
{
    std::mt19937_64 rng(seed);
    auto unit = [&] { return static_cast<double>(rng() >> 11) * 0x1.0p-53; };
    graph::Graph g;
    for (std::size_t i = 0; i < actors; ++i)
        boost::add_vertex(graph::Actor{"a" + std::to_string(i), "Company", {}}, g);
    const double n = static_cast<double>(actors);
    for (std::size_t j = 0; j < payments; ++j) {
        auto payer = static_cast<std::size_t>(n * std::pow(unit(), 3));
        auto beneficiary = static_cast<std::size_t>(n * std::pow(unit(), 1.5));
        while (beneficiary == payer)
            beneficiary = static_cast<std::size_t>(n * unit());
        graph::Relation r;
        r.id = "p" + std::to_string(j);
        r.schema = "Payment";
        boost::add_edge(payer, beneficiary, r, g);
    }
    return graph::Projection::fromGraph(std::move(g));
}

std::string number(double x)
{
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%.17g", x);
    return buffer;
}

} // namespace

int main(int argc, char** argv)
{
    std::string workspace, outDir;
    int runs = 5;
    std::size_t pivots = 100, smallActors = 5000, smallPayments = 50000;
    std::vector<std::pair<std::size_t, std::size_t>> layouts;
    for (int i = 1; i < argc; ++i) {
        const std::string arg = argv[i];
        auto next = [&]() -> std::string {
            if (i + 1 >= argc)
                die("missing value after " + arg);
            return argv[++i];
        };
        if (arg == "--workspace")
            workspace = next();
        else if (arg == "--out")
            outDir = next();
        else if (arg == "--runs")
            runs = std::max(1, std::atoi(next().c_str()));
        else if (arg == "--pivots")
            pivots = static_cast<std::size_t>(std::atoll(next().c_str()));
        else if (arg == "--small") {
            smallActors = static_cast<std::size_t>(std::atoll(next().c_str()));
            smallPayments = static_cast<std::size_t>(std::atoll(next().c_str()));
        } else if (arg == "--layout") {
            const auto a = static_cast<std::size_t>(std::atoll(next().c_str()));
            const auto m = static_cast<std::size_t>(std::atoll(next().c_str()));
            layouts.emplace_back(a, m);
        } else
            die("usage: graph_bench --workspace FILE --out DIR [--runs R] [--pivots K] "
                "[--small N M] [--layout N M]...");
    }
    if (workspace.empty() || outDir.empty())
        die("--workspace and --out are required");

    auto ws =
        check(store::Workspace::open(workspace, store::Workspace::Mode::OpenExisting), "open");
    std::vector<double> buildTimes;
    graph::Projection p = graph::Projection::fromGraph({});
    double bfsCold = 0;
    for (int i = 0; i < std::min(runs, 3); ++i) {
        auto start = std::chrono::steady_clock::now();
        p = check(graph::Projection::build(*ws, graph::Filter{}), "projection");
        buildTimes.push_back(
            std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count());
        if (i == 0) {
            // A first BFS on a fresh projection, which also builds the views it reads.
            const std::string from = p.graph()[0].id;
            bfsCold = seconds([&] { check(graph::distances(p, from), "distances"); });
        }
    }
    const graph::Graph& g = p.graph();
    const std::size_t n = p.vertexCount();
    std::fprintf(stderr, "graph_bench: %zu actors, %zu relationships, built in %.2f s\n", n,
                 p.edgeCount(), median(buildTimes));
    writeEdges(g, outDir + "/edges.txt");

    // BFS from the actor with the most out-edges (a large funder: it reaches most of the graph).
    std::size_t source = 0;
    for (std::size_t v = 0; v < n; ++v)
        if (boost::out_degree(v, g) > boost::out_degree(source, g))
            source = v;

    std::vector<graph::Score> pr;
    graph::ComponentMap weak;
    std::vector<std::vector<std::string>> weakIds;
    std::vector<int> dist;
    graph::BetweennessResult sampled;
    graph::Communities communities;
    graph::BetweennessOptions sampling;
    sampling.exactBelow = 0;
    sampling.samples = pivots;

    std::string json = "{\n";
    auto field = [&](const std::string& name, const std::string& value) {
        json += "  \"" + name + "\": " + value + ",\n";
    };
    field("actors", std::to_string(n));
    field("relationships", std::to_string(p.edgeCount()));
    field("build", number(median(buildTimes)));
    field("bfsCold", number(bfsCold));
    // The compressed views the timed analyses use are built once per projection and kept
    // (Projection::arcIndex()); their one-time cost is reported here, beside the build.
    field("views", number(seconds([&] {
              auto& index = p.arcIndex();
              index.edges(g);
              index.csr(g, graph::detail::ArcMode::Forward, false);
              index.csr(g, graph::detail::ArcMode::Backward, false);
              index.csr(g, graph::detail::ArcMode::Forward, true);
          })));
    field("pagerank", number(timeRuns(runs, [&] { pr = check(graph::pageRank(p), "pagerank"); })));
    field("weak", number(timeRuns(runs, [&] { weak = check(graph::componentMap(p), "weak"); })));
    field("weakIds",
          number(timeRuns(runs, [&] { weakIds = check(graph::components(p), "components"); })));
    field("bfs", number(timeRuns(
                     runs, [&] { dist = check(graph::distances(p, g[source].id), "distances"); })));
    field("betweennessSampled", number(timeRuns(runs, [&] {
              sampled = check(graph::betweenness(p, sampling), "betweenness");
          })));
    field("louvain",
          number(timeRuns(runs, [&] { communities = check(graph::louvain(p, 1), "louvain"); })));
    std::fprintf(stderr, "graph_bench: large graph timed\n");

    // Exact betweenness on a smaller generated graph (igraph 0.10.2 has no sampled betweenness).
    auto small = generated(smallActors, smallPayments, 7);
    writeEdges(small.graph(), outDir + "/small-edges.txt");
    graph::BetweennessResult exact;
    graph::BetweennessOptions exactOptions;
    exactOptions.exactBelow = smallActors;
    exactOptions.normalized = false;
    field("smallActors", std::to_string(smallActors));
    field("smallPayments", std::to_string(smallPayments));
    field("betweennessExact", number(timeRuns(std::min(runs, 3), [&] {
              exact = check(graph::betweenness(small, exactOptions), "betweenness");
          })));

    // Layouts of generated graphs.
    std::string layoutJson = "[";
    for (auto [actors, payments] : layouts) {
        auto lp = generated(actors, payments, 11);
        graph::LayoutOptions force;
        graph::LayoutOptions layered;
        layered.kind = graph::LayoutKind::Layered;
        const int layoutRuns = actors > 20000 ? 1 : 3;
        const double tf = timeRuns(layoutRuns, [&] { check(graph::layout(lp, force), "layout"); });
        const double tl =
            timeRuns(layoutRuns, [&] { check(graph::layout(lp, layered), "layout"); });
        std::fprintf(stderr,
                     "graph_bench: layout of %zu actors, %zu payments: force %.2f s, "
                     "layered %.2f s\n",
                     actors, payments, tf, tl);
        layoutJson += std::string(layoutJson.size() > 1 ? ", " : "") +
                      "{\"actors\": " + std::to_string(actors) +
                      ", \"payments\": " + std::to_string(payments) + ", \"force\": " + number(tf) +
                      ", \"layered\": " + number(tl) + "}";
    }
    field("layouts", layoutJson + "]");

    // Results for igraph's to be checked against, by vertex index.
    std::vector<double> rank(n);
    for (const auto& s : pr)
        rank[*p.vertex(s.id)] = s.score;
    std::string list = "[";
    for (std::size_t v = 0; v < n; ++v)
        list += (v ? "," : "") + number(rank[v]);
    field("pagerankScores", list + "]");
    list = "[";
    for (std::size_t v = 0; v < n; ++v)
        list += (v ? "," : "") + std::to_string(dist[v]);
    field("bfsSource", std::to_string(source));
    field("bfsDistances", list + "]");
    list = "[";
    for (std::size_t c = 0; c < weak.count; ++c)
        list += (c ? "," : "") + std::to_string(weak.sizes[c]);
    field("weakSizes", list + "]");
    list = "[";
    for (std::size_t v = 0; v < n; ++v)
        list += (v ? "," : "") + std::to_string(communities.membership[v]);
    field("louvainMembership", list + "]");
    field("louvainModularity", number(communities.modularity));
    field("louvainCommunities", std::to_string(communities.groups.size()));
    field("pivots", std::to_string(sampled.pivots));
    field("betweennessErrorBound", number(sampled.errorBound));
    field("betweennessStandardError", number(sampled.standardError));
    field("betweennessTop", number(sampled.scores.front().score));
    std::vector<double> exactByIndex(smallActors);
    for (const auto& s : exact.scores)
        exactByIndex[*small.vertex(s.id)] = s.score;
    list = "[";
    for (std::size_t v = 0; v < smallActors; ++v)
        list += (v ? "," : "") + number(exactByIndex[v]);
    json += "  \"betweennessExactScores\": " + list + "]\n}\n";

    std::ofstream out(outDir + "/ours.json", std::ios::binary);
    out << json;
    if (!out)
        die("cannot write " + outDir + "/ours.json");
    return 0;
}
