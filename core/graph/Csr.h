// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Compressed adjacency (CSR) views of a projection for the analyses that walk the whole graph
// many times (PageRank, betweenness, closeness, components, Louvain, layout). The Boost
// adjacency_list keeps each edge's properties in a node of its own; walking it repeatedly costs
// a cache miss per edge. A CSR row is one contiguous run of vertex indices.
//
// Internal to core/graph: not part of the public API.

#include "Result.h"
#include "graph/Analyses.h"
#include "graph/Projection.h"

#include <cstdint>
#include <mutex>
#include <span>
#include <vector>

namespace commonplace::graph::detail {

/** One relationship with its ends as vertex indices. */
struct FlatEdge
{
    std::uint32_t source = 0;
    std::uint32_t target = 0;
    bool directed = true;
    const Relation* relation = nullptr;
};

/** Every edge of the graph in one array (one pass over the adjacency list). */
std::vector<FlatEdge> flatEdges(const Graph& g);

/** Which arcs a CSR holds. */
enum class ArcMode
{
    /// Row u lists the heads of u's arcs. An undirected relationship {u,v} is the two arcs
    /// u->v and v->u; an undirected self-loop is one arc u->u.
    Forward,
    /// Row v lists the tails of the arcs into v (the reverse of Forward).
    Backward,
    /// Row u lists every neighbour, edge direction ignored: each edge {u,v} appears in row u and
    /// in row v; a self-loop appears once in its row.
    Undirected
};

struct Csr
{
    std::vector<std::uint32_t> offsets; ///< size n+1
    std::vector<std::uint32_t> targets; ///< arc heads (or tails for Backward)
    std::vector<std::uint32_t> edges;   ///< per arc, its index into the FlatEdge array (if kept)

    std::uint32_t vertexCount() const
    {
        return offsets.empty() ? 0 : static_cast<std::uint32_t>(offsets.size() - 1);
    }
    std::span<const std::uint32_t> row(std::uint32_t v) const
    {
        return {targets.data() + offsets[v], targets.data() + offsets[v + 1]};
    }
};

/**
 * Builds a CSR over n vertices. `simple` sorts each row, drops repeats and self-loops (then
 * `keepEdges` is ignored: a collapsed arc has no single edge). Rows of a non-simple CSR list
 * arcs in edge order.
 */
Csr buildCsr(std::size_t n, const std::vector<FlatEdge>& edges, ArcMode mode, bool simple,
             bool keepEdges = false);

/**
 * The flat edge list and CSR views of one projection (Projection::arcIndex()), each built on
 * first use and kept, so that repeated analyses of the same projection skip the conversion.
 * Thread-safe: each part is built once under std::call_once. Non-simple views keep each arc's
 * edge index.
 */
class ArcIndex
{
public:
    const std::vector<FlatEdge>& edges(const Graph& g);
    const Csr& csr(const Graph& g, ArcMode mode, bool simple);
    /** Vertex indices in order of their ids (byte-wise, as std::string compares). */
    const std::vector<std::uint32_t>& idOrder(const Graph& g);
    /** The position of each vertex in idOrder(): comparing ranks compares ids. */
    const std::vector<std::uint32_t>& idRank(const Graph& g);

private:
    std::once_flag m_edgesOnce;
    std::vector<FlatEdge> m_edges;
    std::once_flag m_idOnce;
    std::vector<std::uint32_t> m_idOrder, m_idRank;
    std::once_flag m_csrOnce[3][2];
    Csr m_csr[3][2];
};

/** The error every whole-graph analysis gives on a projection without vertices. */
Error emptyGraphError();

/** Scores by vertex index as a ranking: highest first, ties by id. */
std::vector<Score> ranking(const Projection& p, const std::vector<double>& scores);

/**
 * Groups of vertices (membership[v] < count, every group non-empty) as sorted id lists, largest
 * first, equal sizes by first id. `numbering`, when given, receives each vertex's group position
 * in the result.
 */
std::vector<std::vector<std::string>> idGroups(const Projection& p,
                                               const std::vector<std::uint32_t>& membership,
                                               std::uint32_t count,
                                               std::vector<std::uint32_t>* numbering = nullptr);

} // namespace commonplace::graph::detail
