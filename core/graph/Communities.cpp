// SPDX-License-Identifier: GPL-3.0-or-later
// Louvain modularity communities (V. D. Blondel, J.-L. Guillaume, R. Lambiotte, E. Lefebvre,
// "Fast unfolding of communities in large networks", J. Stat. Mech. 2008): local moving of
// single vertices to the neighbouring community with the best modularity gain, then
// aggregation of each community into one vertex, level after level.
#include "graph/Analyses.h"
#include "graph/Csr.h"

#include <algorithm>
#include <numeric>
#include <random>

namespace commonplace::graph {

namespace {

constexpr double kThreshold = 1e-7; // modularity gain below which a pass or a level stops
constexpr std::uint32_t kNone = UINT32_MAX;

// An undirected weighted graph without self-loops in its rows; self-loop weights kept apart.
// Every edge {u,v} appears in row u and in row v with the same weight.
struct WeightedGraph
{
    std::vector<std::uint32_t> offsets;
    std::vector<std::uint32_t> neighbours;
    std::vector<double> weights;
    std::vector<double> self;   ///< self-loop weight per vertex
    std::vector<double> degree; ///< weighted degree: row sum + 2 * self

    std::uint32_t size() const { return static_cast<std::uint32_t>(self.size()); }
};

// Merges repeated neighbours of each row (already grouped by row) by summing their weights.
// `scratch` must hold kNone for every vertex and is left that way.
void mergeRows(WeightedGraph& wg, std::vector<std::uint32_t>& scratch)
{
    const std::uint32_t n = wg.size();
    std::uint32_t write = 0;
    for (std::uint32_t v = 0; v < n; ++v) {
        const std::uint32_t begin = wg.offsets[v], end = wg.offsets[v + 1];
        wg.offsets[v] = write;
        const std::uint32_t rowStart = write;
        for (std::uint32_t k = begin; k < end; ++k) {
            const std::uint32_t w = wg.neighbours[k];
            if (scratch[w] == kNone) {
                scratch[w] = write;
                wg.neighbours[write] = w;
                wg.weights[write] = wg.weights[k];
                ++write;
            } else {
                wg.weights[scratch[w]] += wg.weights[k];
            }
        }
        for (std::uint32_t k = rowStart; k < write; ++k)
            scratch[wg.neighbours[k]] = kNone;
    }
    wg.offsets[n] = write;
    wg.neighbours.resize(write);
    wg.weights.resize(write);
}

void computeDegrees(WeightedGraph& wg)
{
    const std::uint32_t n = wg.size();
    wg.degree.assign(n, 0.0);
    for (std::uint32_t v = 0; v < n; ++v) {
        double d = 2.0 * wg.self[v];
        for (std::uint32_t k = wg.offsets[v]; k < wg.offsets[v + 1]; ++k)
            d += wg.weights[k];
        wg.degree[v] = d;
    }
}

// The projection as an undirected graph weighted by edge multiplicity (direction ignored).
WeightedGraph fromProjection(const Projection& p)
{
    const Graph& g = p.graph();
    const std::uint32_t n = static_cast<std::uint32_t>(boost::num_vertices(g));
    const auto& edges = p.arcIndex().edges(g);
    WeightedGraph wg;
    wg.self.assign(n, 0.0);
    wg.offsets.assign(n + 1, 0);
    for (const auto& e : edges) {
        if (e.source == e.target) {
            wg.self[e.source] += 1.0;
        } else {
            ++wg.offsets[e.source + 1];
            ++wg.offsets[e.target + 1];
        }
    }
    for (std::uint32_t v = 0; v < n; ++v)
        wg.offsets[v + 1] += wg.offsets[v];
    wg.neighbours.resize(wg.offsets[n]);
    wg.weights.assign(wg.offsets[n], 1.0);
    std::vector<std::uint32_t> fill(wg.offsets.begin(), wg.offsets.end() - 1);
    for (const auto& e : edges) {
        if (e.source != e.target) {
            wg.neighbours[fill[e.source]++] = e.target;
            wg.neighbours[fill[e.target]++] = e.source;
        }
    }
    std::vector<std::uint32_t> scratch(n, kNone);
    mergeRows(wg, scratch);
    computeDegrees(wg);
    return wg;
}

// Modularity of a partition, term by term as nx.community.modularity computes it.
double modularity(const WeightedGraph& wg, const std::vector<std::uint32_t>& community,
                  std::uint32_t count, double resolution)
{
    double total = 0; // 2m
    for (double d : wg.degree)
        total += d;
    if (total <= 0)
        return 0.0;
    const double m = total / 2.0;
    std::vector<double> inner(count, 0.0), degreeSum(count, 0.0);
    for (std::uint32_t v = 0; v < wg.size(); ++v) {
        const std::uint32_t c = community[v];
        degreeSum[c] += wg.degree[v];
        inner[c] += wg.self[v];
        for (std::uint32_t k = wg.offsets[v]; k < wg.offsets[v + 1]; ++k)
            if (community[wg.neighbours[k]] == c && wg.neighbours[k] > v)
                inner[c] += wg.weights[k];
    }
    const double norm = 1.0 / (total * total);
    double q = 0;
    for (std::uint32_t c = 0; c < count; ++c)
        q += inner[c] / m - resolution * degreeSum[c] * degreeSum[c] * norm;
    return q;
}

std::size_t below(std::mt19937_64& rng, std::size_t bound)
{
    return static_cast<std::size_t>(rng() % bound);
}

// Local moving on one level. Returns whether any vertex changed community; `community` holds
// the result, numbered 0..count-1 in order of first vertex.
bool moveVertices(const WeightedGraph& wg, double resolution, std::mt19937_64& rng,
                  std::vector<std::uint32_t>& community, std::uint32_t& count)
{
    const std::uint32_t n = wg.size();
    double total = 0;
    for (double d : wg.degree)
        total += d;
    community.resize(n);
    std::iota(community.begin(), community.end(), 0u);
    count = n;
    if (total <= 0)
        return false;

    std::vector<double> communityDegree(wg.degree);
    std::vector<std::uint32_t> order(n);
    std::iota(order.begin(), order.end(), 0u);
    for (std::uint32_t i = n; i > 1; --i)
        std::swap(order[i - 1], order[below(rng, i)]);

    std::vector<double> linkWeight(n, -1.0); // weight from the current vertex to a community
    std::vector<std::uint32_t> touched;
    bool movedAny = false;
    const double scale = resolution / total;
    for (;;) {
        double gained = 0; // sum of gains, in units of total/2 of modularity
        std::size_t moves = 0;
        for (std::uint32_t v : order) {
            const std::uint32_t current = community[v];
            const double kv = wg.degree[v];
            touched.clear();
            linkWeight[current] = 0;
            touched.push_back(current);
            for (std::uint32_t k = wg.offsets[v]; k < wg.offsets[v + 1]; ++k) {
                const std::uint32_t c = community[wg.neighbours[k]];
                if (linkWeight[c] < 0) {
                    linkWeight[c] = 0;
                    touched.push_back(c);
                }
                linkWeight[c] += wg.weights[k];
            }
            communityDegree[current] -= kv;
            const double stay = linkWeight[current] - communityDegree[current] * kv * scale;
            std::uint32_t best = current;
            double bestGain = stay;
            for (std::uint32_t c : touched) {
                const double gain = linkWeight[c] - communityDegree[c] * kv * scale;
                if (gain > bestGain) {
                    bestGain = gain;
                    best = c;
                }
            }
            communityDegree[best] += kv;
            for (std::uint32_t c : touched)
                linkWeight[c] = -1.0;
            if (best != current) {
                community[v] = best;
                gained += bestGain - stay;
                ++moves;
            }
        }
        if (moves > 0)
            movedAny = true;
        // Modularity rose by 2 * gained / total in this pass.
        if (moves == 0 || 2.0 * gained / total < kThreshold)
            break;
    }

    // Renumber densely in order of first vertex.
    std::vector<std::uint32_t> renumber(n, kNone);
    count = 0;
    for (std::uint32_t v = 0; v < n; ++v) {
        std::uint32_t& r = renumber[community[v]];
        if (r == kNone)
            r = count++;
        community[v] = r;
    }
    return movedAny;
}

// One vertex per community; edges between communities summed, edges inside become self-loops.
WeightedGraph aggregate(const WeightedGraph& wg, const std::vector<std::uint32_t>& community,
                        std::uint32_t count)
{
    const std::uint32_t n = wg.size();
    // Vertices grouped by community (counting sort).
    std::vector<std::uint32_t> start(count + 1, 0), members(n);
    for (std::uint32_t v = 0; v < n; ++v)
        ++start[community[v] + 1];
    for (std::uint32_t c = 0; c < count; ++c)
        start[c + 1] += start[c];
    {
        std::vector<std::uint32_t> fill(start.begin(), start.end() - 1);
        for (std::uint32_t v = 0; v < n; ++v)
            members[fill[community[v]]++] = v;
    }

    WeightedGraph out;
    out.self.assign(count, 0.0);
    out.offsets.assign(count + 1, 0);
    out.neighbours.reserve(wg.neighbours.size() / 2);
    out.weights.reserve(wg.neighbours.size() / 2);
    std::vector<std::uint32_t> slot(count, kNone);
    for (std::uint32_t c = 0; c < count; ++c) {
        const std::uint32_t rowStart = static_cast<std::uint32_t>(out.neighbours.size());
        for (std::uint32_t i = start[c]; i < start[c + 1]; ++i) {
            const std::uint32_t v = members[i];
            out.self[c] += wg.self[v];
            for (std::uint32_t k = wg.offsets[v]; k < wg.offsets[v + 1]; ++k) {
                const std::uint32_t d = community[wg.neighbours[k]];
                if (d == c) {
                    out.self[c] += wg.weights[k] / 2.0; // seen from both ends
                } else if (slot[d] == kNone) {
                    slot[d] = static_cast<std::uint32_t>(out.neighbours.size());
                    out.neighbours.push_back(d);
                    out.weights.push_back(wg.weights[k]);
                } else {
                    out.weights[slot[d]] += wg.weights[k];
                }
            }
        }
        for (std::size_t k = rowStart; k < out.neighbours.size(); ++k)
            slot[out.neighbours[k]] = kNone;
        out.offsets[c + 1] = static_cast<std::uint32_t>(out.neighbours.size());
    }
    computeDegrees(out);
    return out;
}

} // namespace

Result<Communities> louvain(const Projection& p, std::uint64_t seed, double resolution)
{
    const Graph& g = p.graph();
    const std::uint32_t n = static_cast<std::uint32_t>(boost::num_vertices(g));
    if (n == 0)
        return detail::emptyGraphError();
    if (!(resolution > 0))
        return makeError("the Louvain resolution must be positive");

    const WeightedGraph base = fromProjection(p);
    std::mt19937_64 rng(seed);
    std::vector<std::uint32_t> membership(n); // community of each original vertex
    std::iota(membership.begin(), membership.end(), 0u);
    std::uint32_t count = n;
    double quality = modularity(base, membership, count, resolution);

    Communities result;
    WeightedGraph level = base;
    std::vector<std::uint32_t> community;
    for (;;) {
        std::uint32_t levelCount = 0;
        if (!moveVertices(level, resolution, rng, community, levelCount))
            break;
        for (auto& c : membership)
            c = community[c];
        count = levelCount;
        const double next = modularity(base, membership, count, resolution);
        const bool improved = next - quality > kThreshold;
        if (improved)
            ++result.levels;
        quality = next;
        if (!improved || levelCount == level.size())
            break;
        level = aggregate(level, community, levelCount);
    }

    // Groups largest first (ties by first id), ids sorted; membership numbered the same way.
    result.groups = detail::idGroups(p, membership, count, &result.membership);
    result.modularity = modularity(base, result.membership, count, resolution);
    return result;
}

} // namespace commonplace::graph
