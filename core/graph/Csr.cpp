// SPDX-License-Identifier: GPL-3.0-or-later
#include "graph/Csr.h"

#include <algorithm>
#include <numeric>

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

const std::vector<FlatEdge>& ArcIndex::edges(const Graph& g)
{
    std::call_once(m_edgesOnce, [&] { m_edges = flatEdges(g); });
    return m_edges;
}

const Csr& ArcIndex::csr(const Graph& g, ArcMode mode, bool simple)
{
    const auto m = static_cast<std::size_t>(mode);
    const std::size_t s = simple ? 1 : 0;
    std::call_once(m_csrOnce[m][s], [&] {
        m_csr[m][s] = buildCsr(boost::num_vertices(g), edges(g), mode, simple, !simple);
    });
    return m_csr[m][s];
}

const std::vector<std::uint32_t>& ArcIndex::idOrder(const Graph& g)
{
    std::call_once(m_idOnce, [&] {
        const std::size_t n = boost::num_vertices(g);
        // Sort on the first eight bytes packed big-endian (byte order is string order), and
        // on the whole ids only where those are equal: few cache misses for random ids.
        struct Key
        {
            std::uint64_t prefix;
            std::uint32_t vertex;
        };
        std::vector<Key> keys(n);
        for (std::size_t v = 0; v < n; ++v) {
            const std::string& id = g[v].id;
            std::uint64_t prefix = 0;
            for (std::size_t i = 0; i < 8; ++i)
                prefix = (prefix << 8) | (i < id.size() ? static_cast<unsigned char>(id[i]) : 0u);
            keys[v] = {prefix, static_cast<std::uint32_t>(v)};
        }
        std::sort(keys.begin(), keys.end(), [&](const Key& a, const Key& b) {
            if (a.prefix != b.prefix)
                return a.prefix < b.prefix;
            return g[a.vertex].id < g[b.vertex].id;
        });
        m_idOrder.resize(n);
        m_idRank.resize(n);
        for (std::size_t i = 0; i < n; ++i) {
            m_idOrder[i] = keys[i].vertex;
            m_idRank[keys[i].vertex] = static_cast<std::uint32_t>(i);
        }
    });
    return m_idOrder;
}

const std::vector<std::uint32_t>& ArcIndex::idRank(const Graph& g)
{
    idOrder(g);
    return m_idRank;
}

std::shared_ptr<ArcIndex> makeArcIndex()
{
    return std::make_shared<ArcIndex>();
}

Error emptyGraphError()
{
    return makeError("the graph has no actors (nothing in the workspace, or the filter leaves "
                     "out every relationship's ends)");
}

std::vector<Score> ranking(const Projection& p, const std::vector<double>& scores)
{
    const auto& rank = p.arcIndex().idRank(p.graph());
    std::vector<std::uint32_t> order(scores.size());
    std::iota(order.begin(), order.end(), 0u);
    std::sort(order.begin(), order.end(), [&](std::uint32_t a, std::uint32_t b) {
        if (scores[a] != scores[b])
            return scores[a] > scores[b];
        return rank[a] < rank[b];
    });
    std::vector<Score> out;
    out.reserve(order.size());
    for (std::uint32_t v : order)
        out.push_back(Score{p.graph()[v].id, scores[v]});
    return out;
}

std::vector<std::vector<std::string>> idGroups(const Projection& p,
                                               const std::vector<std::uint32_t>& membership,
                                               std::uint32_t count,
                                               std::vector<std::uint32_t>* numbering)
{
    // Dealing the vertices out in id order leaves every group sorted by id.
    const auto& byId = p.arcIndex().idOrder(p.graph());
    std::vector<std::vector<std::uint32_t>> members(count);
    for (std::uint32_t v : byId)
        members[membership[v]].push_back(v);
    std::vector<std::uint32_t> order(count);
    std::iota(order.begin(), order.end(), 0u);
    const auto& rank = p.arcIndex().idRank(p.graph());
    std::sort(order.begin(), order.end(), [&](std::uint32_t a, std::uint32_t b) {
        if (members[a].size() != members[b].size())
            return members[a].size() > members[b].size();
        return rank[members[a].front()] < rank[members[b].front()];
    });
    if (numbering) {
        numbering->resize(membership.size());
        for (std::uint32_t position = 0; position < count; ++position)
            for (std::uint32_t v : members[order[position]])
                (*numbering)[v] = position;
    }
    std::vector<std::vector<std::string>> groups;
    groups.reserve(count);
    for (std::uint32_t c : order) {
        std::vector<std::string> ids;
        ids.reserve(members[c].size());
        for (std::uint32_t v : members[c])
            ids.push_back(p.graph()[v].id);
        groups.push_back(std::move(ids));
    }
    return groups;
}

} // namespace commonplace::graph::detail
