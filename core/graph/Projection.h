// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"
#include "store/Types.h"

#include <boost/graph/adjacency_list.hpp>

#include <cmath>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

namespace commonplace::store {
class Workspace;
}
namespace commonplace::model {
class Schema;
}

namespace commonplace::graph {

/** Admiralty grading of a source: reliability A (best) to F, credibility 1 (best) to 6. */
struct Grading
{
    char reliability = 'F';
    int credibility = 6;

    /** Parses "B2"; nullopt for anything else. */
    static std::optional<Grading> parse(std::string_view text);
    std::string toString() const;
    /** True when this grading is at least as good as `floor` on both scales. */
    bool meets(const Grading& floor) const
    {
        return reliability <= floor.reliability && credibility <= floor.credibility;
    }
    /**
     * Weakness of the grading, 0 (A1) to 10 (F6): the distance from A plus the distance from 1.
     * "Best grading" means the lowest rank, ties broken by reliability.
     */
    int rank() const { return (reliability - 'A') + (credibility - 1); }
    bool betterThan(const Grading& other) const
    {
        return rank() < other.rank() || (rank() == other.rank() && reliability < other.reliability);
    }
    bool operator==(const Grading&) const = default;
};

/**
 * Compares two ISO date prefixes on their common length ("2019" equals "2019-05-01", which
 * is before "2019-06"): negative, zero or positive. Partial dates cover every date they start.
 */
int compareDatePrefix(std::string_view a, std::string_view b);

/**
 * True when relationships of this schema can link two actors: it has an edge definition and
 * actors fit both ends (Payment, Ownership of a Company, UnknownLink; not Documentation).
 */
bool linksActors(const model::Schema& schema);

/**
 * Which relationships an analysis sees. Every analysis takes the same filter, so a picture
 * is always "this graph, under these conditions".
 *
 * - Dates: a relationship spans [date or startDate, endDate] (one end alone is both); it is kept
 *   when that span overlaps [from, to], comparing ISO prefixes (compareDatePrefix).
 * - Sensitivity: values above maxSensitivity are never read, so they never show, captions
 *   included. A relationship with an end value above it is left out whole (showing it with
 *   one payer of two would misstate it); an actor all of whose values are above it is left out.
 * - Datasets: a relationship is kept when one of its values comes from a listed dataset; an
 *   actor when one of its values does or when a kept relationship touches it.
 */
struct Filter
{
    std::string from; ///< ISO date prefix; relationships dated wholly before it are left out
    std::string to;   ///< ISO date prefix; relationships dated wholly after it are left out
    bool includeUndated = true;        ///< keep relationships with no date when a range is set
    std::vector<std::string> schemata; ///< edge schemata to keep; empty = all
    std::optional<Grading> minGrading; ///< keep edges one of whose sources meets it
    std::vector<std::string> datasets; ///< keep edges with a value from one of them; empty = all
    store::Sensitivity maxSensitivity = store::Sensitivity::Restricted;
    bool excludeUnsourced = false; ///< drop edges that cite no source (else they are flagged)

    /** True when a date range is set. */
    bool hasDateRange() const { return !from.empty() || !to.empty(); }

    /**
     * Checks the filter itself: dates are ISO prefixes, the range does not end before it
     * starts, schemata exist and link actors, the grading is in range. Dataset names are
     * checked by Projection::build, which sees the workspace.
     */
    Status validate() const;
};

/** A vertex: an actor (LegalEntity or a descendant), merged entities as one. */
struct Actor
{
    std::string id; ///< the canonical entity id
    std::string schema;
    std::string caption;
};

/** An edge: one relationship entity (two payments are two edges). */
struct Relation
{
    std::string id; ///< the relationship entity's id
    std::string schema;
    bool directed = true;
    double amount = std::nan(""); ///< NaN when the relationship has no amount
    std::string currency;         ///< ISO code as recorded ("" when none)
    std::string date;             ///< start date (date, startDate) as an ISO prefix, or ""
    std::string endDate;          ///< end date, or ""
    /// best grading among the sources of its values (with Filter::minGrading, among those
    /// meeting it); nullopt when unsourced or no source is graded
    std::optional<Grading> grading;
    bool sourced = false; ///< at least one of its values cites a source
    std::string dataset;  ///< the dataset of its source-side value
    store::Sensitivity sensitivity = store::Sensitivity::Public; ///< highest of its values
};

using Graph =
    boost::adjacency_list<boost::vecS, boost::vecS, boost::bidirectionalS, Actor, Relation>;
using Vertex = boost::graph_traits<Graph>::vertex_descriptor;
using EdgeRef = boost::graph_traits<Graph>::edge_descriptor;

namespace detail {
class ArcIndex;
/** A new, empty ArcIndex (defined in Csr.cpp, where the type is complete). */
std::shared_ptr<ArcIndex> makeArcIndex();
} // namespace detail

/**
 * The actor-funding graph of a workspace: a directed multigraph whose vertices are actors and
 * whose edges are relationship entities, following the model's edge definitions (Payment
 * payer -> beneficiary, Ownership owner -> asset, Directorship director -> organization, ...).
 * Undirected relationships (Associate, Family, UnknownLink) are one edge with directed=false.
 * Relationships whose ends are not both actors (a Directorship of a Person over an Address,
 * dangling references) are left out and counted.
 */
class Projection
{
public:
    using Progress = std::function<bool(std::uint64_t done, std::uint64_t total)>;

    /** Builds the projection under a filter; errors for an invalid filter or a failed read. */
    static Result<Projection> build(const store::Workspace& ws, const Filter& filter,
                                    const Progress& progress = {});

    /**
     * Wraps a graph built by hand (tests, benchmarks): every vertex is indexed by its Actor id;
     * no filter, nothing skipped.
     */
    static Projection fromGraph(Graph graph)
    {
        Projection p;
        // Boost 1.74's adjacency_list has no move operations: std::move copies it. The copy
        // is made once, here; Projection itself moves (and copies) by pointer.
        p.m_graph = std::make_shared<const Graph>(std::move(graph));
        for (std::size_t v = 0, n = boost::num_vertices(*p.m_graph); v < n; ++v)
            p.m_index.emplace((*p.m_graph)[v].id, v);
        return p;
    }

    const Graph& graph() const { return *m_graph; }
    std::size_t vertexCount() const { return boost::num_vertices(*m_graph); }
    std::size_t edgeCount() const { return boost::num_edges(*m_graph); }

    /** The vertex of an entity id (a merged entity's id resolves to its canonical vertex). */
    std::optional<Vertex> vertex(std::string_view id) const;
    /** Same, as a Result whose error says the id is not in the graph. */
    Result<Vertex> require(std::string_view id) const;
    /**
     * Same, and when the id is not in the graph the error says why, looking it up in the
     * workspace: no such entity, not an actor (and what it is), or left out by the filter.
     */
    Result<Vertex> require(std::string_view id, const store::Workspace& ws) const;

    const Actor& actor(Vertex v) const { return (*m_graph)[v]; }
    const Relation& relation(EdgeRef e) const { return (*m_graph)[e]; }

    /**
     * Relationships (of schemata that can link actors, passing the filter) that gave no edge,
     * or lost one of their end pairs, because an end is not an actor of the graph: it refers to
     * a non-actor, to an entity not in the workspace, to an actor left out by the filter, or
     * the relationship lacks an end.
     */
    std::uint64_t skippedRelations() const { return m_skipped; }
    const Filter& filter() const { return m_filter; }

    /**
     * Compressed (CSR) copies of the graph that the analyses share (core/graph/Csr.h), each
     * built on first use and kept; safe to use from several threads at once.
     */
    detail::ArcIndex& arcIndex() const { return *m_arcIndex; }

private:
    // Immutable once built, so copies of a projection may share it. Held by pointer because
    // Boost 1.74's adjacency_list cannot move: returning a projection by value (in a Result)
    // would otherwise copy a million edges, twice.
    std::shared_ptr<const Graph> m_graph = std::make_shared<const Graph>();
    std::unordered_map<std::string, Vertex> m_index; // every id, merged ones included
    std::uint64_t m_skipped = 0;
    Filter m_filter;
    std::shared_ptr<detail::ArcIndex> m_arcIndex = detail::makeArcIndex();
};

} // namespace commonplace::graph
