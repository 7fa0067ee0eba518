// SPDX-License-Identifier: GPL-3.0-or-later
#include "graph/Csr.h"

#include <algorithm>

namespace commonplace::graph::detail {

std::vector<FlatEdge> flatEdges(const Graph& g)
{
    std::vector<FlatEdge> out;
    out.reserve(boost::num_edges(g));
    // Walking vertex by vertex reads each out-edge vector contiguously.
    for (std::size_t u = 0, n = boost::num_vertices(g); u < n; ++u) {
        for (auto [it, end] = boost::out_edges(u, g); it != end; ++it) {
            const Relation& r = g[*it];
            out.push_back(FlatEdge{static_cast<std::uint32_t>(u),
                                   static_cast<std::uint32_t>(boost::target(*it, g)), r.directed,
                                   &r});
        }
    }
    return out;
}

namespace {

// Calls emit(row, head, edgeIndex) for every arc of `mode`.
template <typename Emit>
void forEachArc(const std::vector<FlatEdge>& edges, ArcMode mode, Emit&& emit)
{
    for (std::uint32_t i = 0, m = static_cast<std::uint32_t>(edges.size()); i < m; ++i) {
        const FlatEdge& e = edges[i];
        const bool both = mode == ArcMode::Undirected || !e.directed;
        if (mode == ArcMode::Backward) {
            emit(e.target, e.source, i);
            if (both && e.source != e.target)
                emit(e.source, e.target, i);
        } else {
            emit(e.source, e.target, i);
            if (both && e.source != e.target)
                emit(e.target, e.source, i);
        }
    }
}

} // namespace

Csr buildCsr(std::size_t n, const std::vector<FlatEdge>& edges, ArcMode mode, bool simple,
             bool keepEdges)
{
    Csr csr;
    keepEdges = keepEdges && !simple;
    csr.offsets.assign(n + 1, 0);
    forEachArc(edges, mode,
               [&](std::uint32_t row, std::uint32_t, std::uint32_t) { ++csr.offsets[row + 1]; });
    for (std::size_t v = 0; v < n; ++v)
        csr.offsets[v + 1] += csr.offsets[v];
    csr.targets.resize(csr.offsets[n]);
    if (keepEdges)
        csr.edges.resize(csr.offsets[n]);
    {
        std::vector<std::uint32_t> fill(csr.offsets.begin(), csr.offsets.end() - 1);
        forEachArc(edges, mode, [&](std::uint32_t row, std::uint32_t head, std::uint32_t i) {
            std::uint32_t at = fill[row]++;
            csr.targets[at] = head;
            if (keepEdges)
                csr.edges[at] = i;
        });
    }
    if (!simple)
        return csr;

    // Sort each row, drop repeats and self-loops, compact in place.
    std::uint32_t write = 0;
    for (std::size_t v = 0; v < n; ++v) {
        std::uint32_t begin = csr.offsets[v], end = csr.offsets[v + 1];
        std::sort(csr.targets.begin() + begin, csr.targets.begin() + end);
        csr.offsets[v] = write;
        std::uint32_t last = UINT32_MAX;
        for (std::uint32_t k = begin; k < end; ++k) {
            std::uint32_t t = csr.targets[k];
            if (t == last || t == v)
                continue;
            csr.targets[write++] = t;
            last = t;
        }
    }
    csr.offsets[n] = write;
    csr.targets.resize(write);
    csr.targets.shrink_to_fit();
    return csr;
}

Csr buildCsr(const Graph& g, ArcMode mode, bool simple)
{
    return buildCsr(boost::num_vertices(g), flatEdges(g), mode, simple);
}

Error emptyGraphError()
{
    return makeError("the graph has no actors (nothing in the workspace, or the filter leaves "
                     "out every relationship's ends)");
}

std::vector<Score> ranking(const Graph& g, const std::vector<double>& scores)
{
    std::vector<Score> out;
    out.reserve(scores.size());
    for (std::size_t v = 0; v < scores.size(); ++v)
        out.push_back(Score{g[v].id, scores[v]});
    std::sort(out.begin(), out.end(), [](const Score& a, const Score& b) {
        if (a.score != b.score)
            return a.score > b.score;
        return a.id < b.id;
    });
    return out;
}

std::vector<std::vector<std::string>>
idGroups(const Graph& g, const std::vector<std::uint32_t>& membership, std::uint32_t count)
{
    std::vector<std::vector<std::string>> groups(count);
    for (std::size_t v = 0; v < membership.size(); ++v)
        groups[membership[v]].push_back(g[v].id);
    for (auto& group : groups)
        std::sort(group.begin(), group.end());
    std::sort(groups.begin(), groups.end(), [](const auto& a, const auto& b) {
        if (a.size() != b.size())
            return a.size() > b.size();
        return a < b;
    });
    return groups;
}

} // namespace commonplace::graph::detail
