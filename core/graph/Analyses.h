// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The analyses on the actor-funding graph. Each takes a built Projection (so the same Filter
// applies to all of them), is bounded (caps on hops, paths, iterations) and returns a Result
// whose error a person can act on. Vertices and edges are reported by entity id.

#include "Result.h"
#include "graph/Projection.h"

#include <cstdint>
#include <functional>
#include <map>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace commonplace::graph {

// ---- Money flows (Flows.cpp) ----------------------------------------------------------------

enum class Direction
{
    Upstream,  ///< who funds X (edges followed backwards)
    Downstream ///< where X's money goes (edges followed forwards)
};

struct FlowOptions
{
    Direction direction = Direction::Upstream;
    int depth = 3;               ///< hops, 1..kMaxDepth
    bool timeRespecting = false; ///< each hop's date is not before the previous hop's
    std::vector<std::string> schemata = {"Payment"}; ///< which edges carry money; empty = all
    std::size_t maxPaths = 1000;                     ///< cap on paths returned (0: none)
    static constexpr int kMaxDepth = 10;
};

/**
 * Money reaching (or leaving) one counterpart in one currency and one year: currencies are
 * never summed across each other.
 */
struct FlowTotal
{
    std::string currency;            ///< "" for relationships without a currency
    std::string year;                ///< "" for undated
    double amount = 0;               ///< sum of the amounts that are known
    std::uint64_t count = 0;         ///< relationships, with or without an amount
    std::uint64_t withoutAmount = 0; ///< of `count`, those that record no amount
};

struct FlowCounterpart
{
    std::string id; ///< the funder (upstream) or beneficiary (downstream)
    int hops = 0;   ///< fewest hops at which it is reached
    /// The relationships that carry the flow into it (downstream: paid to it by the origin or
    /// by a counterpart nearer than the depth; upstream: paid by it to them), by currency then
    /// year. Each relationship counts once.
    std::vector<FlowTotal> totals;
    /// Its payments to itself (after merging, often between two records of one actor): no
    /// money moves, so they are kept apart from `totals`, each counted once.
    std::vector<FlowTotal> selfPayments;
};

struct FlowPath
{
    std::vector<std::string> vertices; ///< from X outward
    std::vector<std::string> edges;    ///< relationship ids, one fewer than vertices
};

struct FlowResult
{
    std::string origin;
    std::vector<FlowTotal> originSelfPayments; ///< the origin's payments to itself
    std::vector<FlowCounterpart> counterparts; ///< nearest first, then by id
    std::vector<FlowPath> paths; ///< simple paths from X to each counterpart, shortest first
    bool truncated = false;      ///< maxPaths (or the work bound of the path search) reached
};

/**
 * Money flows from (downstream) or to (upstream) one actor within `depth` hops over the
 * relationships of `schemata` (undirected ones followed both ways).
 *
 * A counterpart is an actor other than X reached within the depth; its totals add up each
 * relationship that reaches it from X's side once (so cycles count each payment once and
 * never loop). Self-payments (X to X, or a counterpart to itself) carry no money anywhere:
 * they are never a hop and never in `totals`, and are listed once each in `selfPayments`
 * (`originSelfPayments` for X). Paths are the simple paths from X (never through X again) to
 * counterparts, shortest first, at most maxPaths.
 *
 * Time-respecting: along every chain, read in the direction the money moves, no payment is
 * dated before the previous one (money to B in 2018, then from B to C in 2019); dates compare
 * as ISO prefixes (so "2019" fits any day of 2019), and undated relationships cannot be placed
 * in time and are left out.
 *
 * Errors: the id is not an actor of the graph, depth outside 1..kMaxDepth, an unknown schema.
 *
 * `progress(done, total)` is called every few thousand steps (done counts edge examinations,
 * total is the search's work bound); returning false stops the search, which then fails with
 * "money flow search was cancelled" (isCancelled() tells it apart from other errors).
 */
Result<FlowResult> flows(const Projection& p, std::string_view id, const FlowOptions& options,
                         const Projection::Progress& progress = {});

/** Whether an error is the one a search returns when its progress callback cancelled it. */
bool isCancelled(const Error& error);

// ---- Paths (Paths.cpp) -------------------------------------------------------------------------

enum class PathWeight
{
    Hops,    ///< every edge costs 1
    Sourcing ///< weakly sourced edges cost more: 1 + penalty by grading, unsourced most
};

/**
 * The cost of a relationship under PathWeight::Sourcing: 1 plus 0.4 per step of weakness of its
 * best grading (Grading::rank: A1 costs 1, B2 1.8, C3 2.6, F6 5), 5 when it cites sources none
 * of which is graded (as F6), 6 when it cites no source at all.
 */
double sourcingCost(const Relation& r);

struct PathResult
{
    std::vector<std::string> vertices;
    std::vector<std::string> edges;
    double cost = 0; ///< hops, or the sum of sourcingCost
};

/**
 * Shortest path from a to b following edge direction (undirected edges both ways; every edge
 * both ways with ignoreDirection): fewest hops (BFS) or least sourcing cost (Dijkstra). The
 * path from an actor to itself is that actor alone. Error if either id is not an actor of the
 * graph, or "no path from A to B within the filter". `progress` as for allPaths().
 */
Result<PathResult> shortestPath(const Projection& p, std::string_view from, std::string_view to,
                                PathWeight weight = PathWeight::Hops, bool ignoreDirection = false,
                                const Projection::Progress& progress = {});

/**
 * All simple paths of at most maxHops (1..10) edges, at most maxPaths (1..100000) of them:
 * the fewest hops first (a bounded depth-first search per length, pruned by the distance left
 * to b); parallel relationships make distinct paths. With PathWeight::Sourcing the paths found
 * are then ordered by cost (the cap still takes the fewest hops first). `truncated` is set when
 * more paths exist than were returned, or the search hit its work bound. An empty list when
 * there is none; errors for unknown ids and out-of-range bounds.
 *
 * `progress(done, total)` is called every few thousand steps (done counts edge examinations,
 * total is the work bound); returning false stops the search, which then fails with "path
 * search was cancelled" (isCancelled()), never with a partial list.
 */
Result<std::vector<PathResult>> allPaths(const Projection& p, std::string_view from,
                                         std::string_view to, int maxHops, std::size_t maxPaths,
                                         bool ignoreDirection = false, bool* truncated = nullptr,
                                         PathWeight weight = PathWeight::Hops,
                                         const Projection::Progress& progress = {});

// ---- Centrality (Centrality.cpp) ---------------------------------------------------------------
//
// Conventions shared by the centrality, structure, community and layout analyses:
// - The directed analyses (degree, PageRank, betweenness, closeness, strong components,
//   distances) see the projection as a directed multigraph of arcs: a directed relationship
//   u -> v is one arc; an undirected relationship (Associate, Family, UnknownLink) between u and
//   v is the two arcs u -> v and v -> u; an undirected self-loop is one arc u -> u.
// - The undirected analyses (weak components, brokers, k-core, Louvain, force layout) ignore
//   direction.
// - An empty projection (no actors under the filter) is an error ("the graph has no actors"),
//   except for layout(), which returns no positions.
// - Ties in rankings are broken by entity id, so results are deterministic.

struct Score
{
    std::string id;
    double score = 0;
};

/**
 * Degree of an actor over the multigraph of arcs: parallel relationships count once each; an
 * undirected relationship counts once in `in` and once in `out` at both of its ends (a self-loop
 * once each); a directed self-loop counts once in `in` and once in `out`.
 */
struct DegreeScore
{
    std::string id;
    std::uint64_t in = 0, out = 0;
    /// Sums of `amount` over the arcs counted in `in` / `out` whose relationship's currency is
    /// exactly the requested currency (and whose amount is a finite number). Amounts in other
    /// currencies are never added in; with no currency requested both stay 0.
    double amountIn = 0, amountOut = 0;
};

/**
 * Degrees and, for relationships in `currency` (empty: none, counts only), amounts. Sorted by
 * in + out (highest first), then amountIn + amountOut, then id. Error on an empty graph.
 */
Result<std::vector<DegreeScore>> degree(const Projection& p, const std::string& currency = {});

struct PageRankOptions
{
    double damping = 0.85;       ///< in [0, 1)
    double tolerance = 1e-10;    ///< stop when the L1 change of the rank vector falls below it
    int maxIterations = 1000;    ///< error when not converged by then
    bool weightByAmount = false; ///< transition probability proportional to amount
    std::string currency;        ///< with weightByAmount: required; only edges in it weigh
};

/**
 * PageRank exactly as NetworkX's nx.pagerank computes it on the multigraph of arcs (see above):
 * each arc of u carries 1/outdeg(u) of u's rank (parallel arcs add up), a vertex without
 * out-arcs ("dangling") spreads its rank uniformly over all vertices, and every vertex also
 * receives (1 - damping)/n. Scores sum to 1.
 *
 * Amount-weighted (`weightByAmount`): an arc's weight is its relationship's amount when the
 * currency is `currency` and the amount is a positive finite number, else 0; u passes rank in
 * proportion to weight. A vertex whose out-arcs all weigh 0 is dangling. Without a currency it is
 * an error: amounts are never summed across currencies.
 *
 * Best first. Errors: empty graph, invalid options, no convergence within maxIterations.
 */
Result<std::vector<Score>> pageRank(const Projection& p, const PageRankOptions& options = {});

struct BetweennessOptions
{
    bool normalized = true;        ///< divide by (n-1)(n-2), as NetworkX's normalized=True
    std::size_t exactBelow = 5000; ///< exact when the graph has at most this many vertices
    std::size_t samples = 500;     ///< pivots (sources) when sampling; >= n means exact
    std::uint64_t seed = 1;        ///< chooses the pivots
};

struct BetweennessResult
{
    std::vector<Score> scores; ///< best first
    bool sampled = false;
    std::size_t pivots = 0; ///< sources used (n when exact)
    /// Guaranteed error of a sampled estimate (0 when exact): with probability at least 95%,
    /// every actor's score is within errorBound of its exact value (Hoeffding's inequality for
    /// sampling without replacement, union bound over all actors). Conservative.
    double errorBound = 0;
    /// Typical error of a sampled estimate (0 when exact): the largest, over actors, of the
    /// empirical standard error of the actor's estimate (with the finite-population correction).
    /// About 95% of estimates are within 2 * standardError of the exact value.
    double standardError = 0;
};

/**
 * Betweenness (Brandes) on the simple directed graph of arcs: parallel arcs and self-loops are
 * collapsed, as NetworkX's betweenness_centrality does on a MultiDiGraph. Exact, it equals
 * NetworkX's value; sampled, sources are `samples` distinct pivots chosen by `seed` and the sum
 * is scaled by n / pivots (also when not normalized). `progress(done, total)` counts sources;
 * returning false cancels with an error.
 */
Result<BetweennessResult> betweenness(const Projection& p, const BetweennessOptions& options = {},
                                      const Projection::Progress& progress = {});

/**
 * Closeness as NetworkX's closeness_centrality on a directed graph: from the hop distances *to*
 * v (incoming), (r-1)/sum * (r-1)/(n-1) where r counts the vertices that reach v, v included
 * (Wasserman-Faust); 0 when nothing reaches v. One BFS per vertex: O(n m), cancellable through
 * `progress` (done, total vertices). Best first.
 */
Result<std::vector<Score>> closeness(const Projection& p,
                                     const Projection::Progress& progress = {});

// ---- Structure (Structure.cpp) -----------------------------------------------------------------

/**
 * Weakly (direction ignored) or strongly connected components (undirected relationships join
 * both ways). Largest first, ties by first id; ids sorted within. Error on an empty graph.
 */
Result<std::vector<std::vector<std::string>>> components(const Projection& p, bool strong = false);

/** Components by vertex index: component number of each vertex, and how many there are. */
struct ComponentMap
{
    std::vector<std::uint32_t> of; ///< by vertex index; 0 is a largest component
    std::uint32_t count = 0;
    std::vector<std::uint32_t> sizes; ///< by component number, non-increasing
};

/**
 * The same components as components(), by vertex index, for callers that colour vertices or
 * filter by component. Numbered largest first; equal sizes by lowest vertex index. Error on an
 * empty graph.
 */
Result<ComponentMap> componentMap(const Projection& p, bool strong = false);

/**
 * Hop distances from one actor (BFS) by vertex index, -1 where unreachable: following arcs (see
 * above), or every edge both ways with `ignoreDirection`. Error for an unknown id.
 */
Result<std::vector<int>> distances(const Projection& p, std::string_view from,
                                   bool ignoreDirection = false);

struct Brokers
{
    std::vector<std::string> articulationPoints;              ///< sorted
    std::vector<std::pair<std::string, std::string>> bridges; ///< (smaller id, larger id), sorted
};

/**
 * Brokers on the undirected simple graph underneath (direction ignored, parallel edges and
 * self-loops collapsed): cut vertices and bridges, as nx.articulation_points / nx.bridges on
 * nx.Graph(G) without self-loops. Error on an empty graph.
 */
Result<Brokers> brokers(const Projection& p);

/**
 * k-core number of every actor on the undirected simple graph (as nx.core_number). Highest
 * first, then by id. Error on an empty graph.
 */
Result<std::vector<std::pair<std::string, int>>> coreNumbers(const Projection& p);

// ---- Communities (Communities.cpp) -------------------------------------------------------------

struct Communities
{
    std::vector<std::vector<std::string>> groups; ///< largest first (ties by first id), ids sorted
    std::vector<std::uint32_t> membership;        ///< group number by vertex index
    double modularity = 0; ///< of `groups`, as nx.community.modularity on the graph below
    int levels = 0;        ///< aggregation levels that improved modularity
};

/**
 * Louvain modularity communities (Blondel et al. 2008) on the undirected weighted graph: the
 * weight between two actors is the number of relationships between them in either direction,
 * a self-loop weighs the number of self-relationships. Vertices are visited in an order
 * shuffled by `seed` (deterministic for a seed); local moving repeats until a pass gains less
 * than 1e-7, then communities are aggregated; levels continue until modularity stops improving.
 * `resolution` is gamma in Q = sum_c [ L_c/m - gamma (d_c / 2m)^2 ]. Error on an empty graph
 * or a resolution <= 0.
 */
Result<Communities> louvain(const Projection& p, std::uint64_t seed = 1, double resolution = 1.0);

// ---- Layout (Layout.cpp) -----------------------------------------------------------------------

struct Point
{
    double x = 0, y = 0;
};

enum class LayoutKind
{
    Force, ///< Fruchterman-Reingold; repulsion by a Barnes-Hut quadtree (O(n log n) per iteration)
    Layered, ///< funders above beneficiaries, for money flows
    Circular ///< on a circle, component by component, in vertex order
};

struct LayoutOptions
{
    LayoutKind kind = LayoutKind::Force;
    std::uint64_t seed = 1; ///< initial positions of the force layout
    int iterations = 0;     ///< force layout; 0: chosen by size (fewer for large graphs)
    double width = 1000, height = 1000; ///< positive; positions lie in [0,width] x [0,height]
};

/**
 * Positions by vertex index; deterministic for a given seed and graph. Force: direction
 * ignored, repulsion k^2/d between all vertices (far groups approximated, Barnes-Hut with
 * theta 1), attraction d^2/k along edges, a weak pull to the centre, linearly cooling moves.
 * Layered: directed arcs only (undirected relationships do not layer); cycles broken by reversing
 * DFS back arcs, each vertex put one layer below its lowest funder (longest path), then orders
 * within layers by barycentre sweeps; layer 0 at the top (y = 0). Circular: one circle, vertices in
 * component order then by index. `progress(step, total)` is called as the work advances; returning
 * false cancels with an error. Error for a non-positive width or height or negative iterations; an
 * empty graph gives no positions.
 */
Result<std::vector<Point>> layout(const Projection& p, const LayoutOptions& options,
                                  const std::function<bool(int, int)>& progress = {});

} // namespace commonplace::graph
