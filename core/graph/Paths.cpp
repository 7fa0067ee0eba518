// SPDX-License-Identifier: GPL-3.0-or-later
// Paths between two actors: the shortest (by hops or by how well sourced), and all simple ones
// up to a length.
#include "graph/Analyses.h"

#include <algorithm>
#include <deque>
#include <limits>
#include <queue>

namespace commonplace::graph {

namespace {

constexpr int kMaxHops = 10;
constexpr std::size_t kMaxPaths = 100'000;
/** Work bound of the all-paths search: edge examinations, so a dense graph cannot hang it. */
constexpr std::uint64_t kMaxSteps = 20'000'000;

/** How often (in steps) a search asks its progress callback whether to go on. */
constexpr std::uint64_t kCheckEvery = 4096;

/** Counts a search's steps and asks `progress` every kCheckEvery of them whether to go on. */
class Ticker
{
public:
    Ticker(const Projection::Progress& progress, std::uint64_t total)
        : m_progress(progress)
        , m_total(total)
    {}

    /** One more step; false once the callback has asked to stop (and from then on). */
    bool step()
    {
        if (m_cancelled)
            return false;
        if (++m_steps % kCheckEvery == 0 && m_progress && !m_progress(m_steps, m_total))
            m_cancelled = true;
        return !m_cancelled;
    }
    bool cancelled() const { return m_cancelled; }
    std::uint64_t steps() const { return m_steps; }

private:
    const Projection::Progress& m_progress;
    std::uint64_t m_total;
    std::uint64_t m_steps = 0;
    bool m_cancelled = false;
};

Error pathCancelled()
{
    return makeError("path search was cancelled");
}

/** Walks the graph one hop at a time, forwards or (for distances to a target) backwards. */
class Walker
{
public:
    Walker(const Graph& g, bool ignoreDirection)
        : m_g(g)
        , m_ignoreDirection(ignoreDirection)
    {}

    /** f(edge, next) for each hop out of v: along edges, against undirected ones too. */
    template <typename F> void forward(Vertex v, F&& f) const
    {
        for (auto [it, end] = boost::out_edges(v, m_g); it != end; ++it)
            f(*it, boost::target(*it, m_g));
        for (auto [it, end] = boost::in_edges(v, m_g); it != end; ++it) {
            if ((m_ignoreDirection || !m_g[*it].directed) && boost::source(*it, m_g) != v)
                f(*it, boost::source(*it, m_g));
        }
    }

    /** f(edge, previous) for each hop into v: the mirror of forward(). */
    template <typename F> void backward(Vertex v, F&& f) const
    {
        for (auto [it, end] = boost::in_edges(v, m_g); it != end; ++it)
            f(*it, boost::source(*it, m_g));
        for (auto [it, end] = boost::out_edges(v, m_g); it != end; ++it) {
            if ((m_ignoreDirection || !m_g[*it].directed) && boost::target(*it, m_g) != v)
                f(*it, boost::target(*it, m_g));
        }
    }

private:
    const Graph& m_g;
    bool m_ignoreDirection;
};

PathResult describe(const Projection& p, const std::vector<Vertex>& vertices,
                    const std::vector<EdgeRef>& edges, PathWeight weight)
{
    PathResult r;
    for (Vertex v : vertices)
        r.vertices.push_back(p.actor(v).id);
    for (EdgeRef e : edges) {
        r.edges.push_back(p.relation(e).id);
        r.cost += weight == PathWeight::Hops ? 1.0 : sourcingCost(p.relation(e));
    }
    return r;
}

Error noPath(std::string_view from, std::string_view to, bool ignoreDirection)
{
    std::string message =
        "no path from '" + std::string(from) + "' to '" + std::string(to) + "' within the filter";
    if (!ignoreDirection)
        message += " (following the direction of relationships)";
    return makeError(message);
}

} // namespace

bool isCancelled(const Error& error)
{
    static const std::string suffix = " was cancelled";
    return error.file.empty() && error.message.size() >= suffix.size() &&
           error.message.compare(error.message.size() - suffix.size(), suffix.size(), suffix) == 0;
}

double sourcingCost(const Relation& r)
{
    if (!r.sourced)
        return 6.0;
    if (!r.grading)
        return 5.0;
    return 1.0 + 0.4 * r.grading->rank();
}

Result<PathResult> shortestPath(const Projection& p, std::string_view from, std::string_view to,
                                PathWeight weight, bool ignoreDirection,
                                const Projection::Progress& progress)
{
    auto a = p.require(from);
    if (!a)
        return a.error();
    auto b = p.require(to);
    if (!b)
        return b.error();
    const Graph& g = p.graph();
    std::size_t n = boost::num_vertices(g);
    Walker walk(g, ignoreDirection);
    constexpr double kInf = std::numeric_limits<double>::infinity();
    std::vector<double> dist(n, kInf);
    std::vector<std::optional<EdgeRef>> via(n);
    std::vector<Vertex> previous(n);
    Ticker ticker(progress, 2 * boost::num_edges(g) + n);
    dist[*a] = 0;
    if (weight == PathWeight::Hops) {
        std::deque<Vertex> queue{*a};
        while (!queue.empty() && dist[*b] == kInf && !ticker.cancelled()) {
            Vertex v = queue.front();
            queue.pop_front();
            walk.forward(v, [&](EdgeRef e, Vertex w) {
                if (!ticker.step() || dist[w] != kInf)
                    return;
                dist[w] = dist[v] + 1;
                via[w] = e;
                previous[w] = v;
                queue.push_back(w);
            });
        }
    } else {
        // Dijkstra; ties go to the lower vertex index, so the answer is stable.
        using Item = std::pair<double, Vertex>;
        std::priority_queue<Item, std::vector<Item>, std::greater<>> queue;
        queue.push({0.0, *a});
        std::vector<char> done(n, 0);
        while (!queue.empty() && !ticker.cancelled()) {
            // Copied out of the structured binding: clang 14 (the fuzz preset's compiler)
            // cannot capture a binding in the lambda below.
            const auto [topDistance, topVertex] = queue.top();
            const auto d = topDistance;
            const auto v = topVertex;
            queue.pop();
            if (done[v])
                continue;
            done[v] = 1;
            if (v == *b)
                break;
            walk.forward(v, [&](EdgeRef e, Vertex w) {
                if (!ticker.step())
                    return;
                double nd = d + sourcingCost(g[e]);
                if (nd < dist[w]) {
                    dist[w] = nd;
                    via[w] = e;
                    previous[w] = v;
                    queue.push({nd, w});
                }
            });
        }
    }
    if (ticker.cancelled())
        return pathCancelled();
    if (dist[*b] == kInf)
        return noPath(from, to, ignoreDirection);
    std::vector<Vertex> vertices{*b};
    std::vector<EdgeRef> edges;
    for (Vertex v = *b; v != *a; v = previous[v]) {
        edges.push_back(*via[v]);
        vertices.push_back(previous[v]);
    }
    std::reverse(vertices.begin(), vertices.end());
    std::reverse(edges.begin(), edges.end());
    return describe(p, vertices, edges, weight);
}

Result<std::vector<PathResult>> allPaths(const Projection& p, std::string_view from,
                                         std::string_view to, int maxHops, std::size_t maxPaths,
                                         bool ignoreDirection, bool* truncated, PathWeight weight,
                                         const Projection::Progress& progress)
{
    if (truncated)
        *truncated = false;
    if (maxHops < 1 || maxHops > kMaxHops)
        return makeError("the most hops must be between 1 and " + std::to_string(kMaxHops) +
                         ", not " + std::to_string(maxHops));
    if (maxPaths < 1 || maxPaths > kMaxPaths)
        return makeError("the most paths must be between 1 and " + std::to_string(kMaxPaths));
    auto a = p.require(from);
    if (!a)
        return a.error();
    auto b = p.require(to);
    if (!b)
        return b.error();
    std::vector<PathResult> paths;
    if (*a == *b) {
        paths.push_back(describe(p, {*a}, {}, weight));
        return paths;
    }
    const Graph& g = p.graph();
    std::size_t n = boost::num_vertices(g);
    Walker walk(g, ignoreDirection);
    Ticker ticker(progress, kMaxSteps);

    // Hops left from each actor to b (within maxHops), to prune branches that cannot arrive.
    std::vector<int> left(n, -1);
    left[*b] = 0;
    std::deque<Vertex> queue{*b};
    while (!queue.empty() && !ticker.cancelled()) {
        Vertex v = queue.front();
        queue.pop_front();
        if (left[v] == maxHops)
            continue;
        walk.backward(v, [&](EdgeRef, Vertex u) {
            if (ticker.step() && left[u] < 0) {
                left[u] = left[v] + 1;
                queue.push_back(u);
            }
        });
    }
    if (ticker.cancelled())
        return pathCancelled();
    if (left[*a] < 0)
        return paths;

    std::vector<char> onPath(n, 0);
    std::vector<Vertex> vertices{*a};
    std::vector<EdgeRef> edges;
    std::uint64_t steps = 0;
    bool stop = false, cut = false;
    onPath[*a] = 1;
    // Paths of exactly `length` edges, depth first; recursion depth is at most kMaxHops.
    auto extend = [&](auto& self, Vertex v, int length) -> void {
        walk.forward(v, [&](EdgeRef e, Vertex w) {
            if (stop)
                return;
            if (++steps > kMaxSteps) {
                stop = cut = true;
                return;
            }
            if (!ticker.step()) {
                stop = true;
                return;
            }
            if (onPath[w] || left[w] < 0)
                return;
            int used = int(edges.size()) + 1;
            if (w == *b) {
                if (used != length)
                    return;
                if (paths.size() == maxPaths) {
                    stop = cut = true;
                    return;
                }
                vertices.push_back(w);
                edges.push_back(e);
                paths.push_back(describe(p, vertices, edges, weight));
                vertices.pop_back();
                edges.pop_back();
                return;
            }
            if (used + left[w] > length)
                return;
            vertices.push_back(w);
            edges.push_back(e);
            onPath[w] = 1;
            self(self, w, length);
            onPath[w] = 0;
            vertices.pop_back();
            edges.pop_back();
        });
    };
    for (int length = left[*a]; length <= maxHops && !stop; ++length)
        extend(extend, *a, length);
    if (ticker.cancelled())
        return pathCancelled();
    if (weight == PathWeight::Sourcing)
        std::stable_sort(paths.begin(), paths.end(),
                         [](const PathResult& x, const PathResult& y) { return x.cost < y.cost; });
    if (truncated)
        *truncated = cut;
    return paths;
}

} // namespace commonplace::graph
