// SPDX-License-Identifier: GPL-3.0-or-later
// Money flows: who funds an actor, where its money goes, within K hops, optionally as chains
// whose dates never go backwards.
#include "graph/Analyses.h"

#include "model/Model.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <unordered_set>

namespace commonplace::graph {

namespace {

/** Work bound of the path search: edge examinations, so a dense graph cannot hang it. */
constexpr std::uint64_t kMaxPathSteps = 20'000'000;

/** How often (in steps) the search asks its progress callback whether to go on. */
constexpr std::uint64_t kCheckEvery = 4096;

class FlowSearch
{
public:
    FlowSearch(const Projection& p, const FlowOptions& options, Vertex origin,
               const Projection::Progress& progress)
        : m_p(p)
        , m_g(p.graph())
        , m_options(options)
        , m_down(options.direction == Direction::Downstream)
        , m_origin(origin)
        , m_progress(progress)
    {}

    Result<FlowResult> run()
    {
        FlowResult result;
        result.origin = m_p.actor(m_origin).id;
        reach();
        if (!m_cancelled)
            aggregate(result);
        if (!m_cancelled && m_options.maxPaths > 0)
            findPaths(result);
        if (m_cancelled)
            return makeError("money flow search was cancelled");
        return result;
    }

private:
    /** One more step of work; false once the progress callback has asked to stop. */
    bool step()
    {
        if (m_cancelled)
            return false;
        if (++m_steps % kCheckEvery == 0 && m_progress &&
            !m_progress(m_steps, 2 * boost::num_edges(m_g) + kMaxPathSteps))
            m_cancelled = true;
        return !m_cancelled;
    }

    bool carries(const Relation& r) const
    {
        if (m_options.schemata.empty())
            return true;
        return std::find(m_options.schemata.begin(), m_options.schemata.end(), r.schema) !=
               m_options.schemata.end();
    }

    /** The date a relationship sits at in time: its (start) date, else its end date. */
    static const std::string& dateOf(const Relation& r)
    {
        return r.date.empty() ? r.endDate : r.date;
    }

    /**
     * Calls f(edge, far) for each relationship that carries the flow one hop outward from v:
     * downstream along edges, upstream against them; undirected relationships both ways (an
     * undirected self-loop once).
     */
    template <typename F> void forSteps(Vertex v, F&& f) const
    {
        if (m_down) {
            for (auto [it, end] = boost::out_edges(v, m_g); it != end; ++it) {
                if (carries(m_g[*it]))
                    f(*it, boost::target(*it, m_g));
            }
            for (auto [it, end] = boost::in_edges(v, m_g); it != end; ++it) {
                const Relation& r = m_g[*it];
                if (!r.directed && boost::source(*it, m_g) != v && carries(r))
                    f(*it, boost::source(*it, m_g));
            }
        } else {
            for (auto [it, end] = boost::in_edges(v, m_g); it != end; ++it) {
                if (carries(m_g[*it]))
                    f(*it, boost::source(*it, m_g));
            }
            for (auto [it, end] = boost::out_edges(v, m_g); it != end; ++it) {
                const Relation& r = m_g[*it];
                if (!r.directed && boost::target(*it, m_g) != v && carries(r))
                    f(*it, boost::target(*it, m_g));
            }
        }
    }

    /** Whether a relationship dated `date` may follow one dated `previous` along a chain. */
    bool follows(const std::string& date, const std::string& previous) const
    {
        int c = compareDatePrefix(date, previous);
        return m_down ? c >= 0 : c <= 0;
    }

    /**
     * Whether bound `a` lets more relationships follow than bound `b`. Downstream the earlier
     * date does, and a shorter prefix is earlier ("2019" admits all of 2019); upstream the
     * later date does, and a shorter prefix is later.
     */
    bool looser(const std::string& a, const std::string& b) const
    {
        if (m_down)
            return a < b;
        std::size_t n = std::min(a.size(), b.size());
        int c = a.compare(0, n, b, 0, n);
        if (c != 0)
            return c > 0;
        return a.size() < b.size();
    }

    /**
     * Which actors the flow reaches within the depth, at how few hops, and (time-respecting)
     * the loosest date bound a chain of at most depth-1 hops leaves at each of them: rounds
     * of relaxation, each one hop longer, reading only the previous round's bounds.
     */
    void reach()
    {
        std::size_t n = boost::num_vertices(m_g);
        m_hops.assign(n, -1);
        m_bound.assign(n, std::string());
        m_hasBound.assign(n, 0);
        m_hops[m_origin] = 0;
        std::vector<Vertex> frontier{m_origin};
        std::vector<std::string> frontierBounds{std::string()};
        std::vector<char> queued(n, 0);
        bool snapshot = false;
        for (int h = 1; h <= m_options.depth && !frontier.empty() && !m_cancelled; ++h) {
            if (h == m_options.depth) {
                m_nearBound = m_bound; // bounds of chains of at most depth-1 hops
                m_nearHasBound = m_hasBound;
                snapshot = true;
            }
            std::vector<Vertex> next;
            for (std::size_t i = 0; i < frontier.size(); ++i) {
                Vertex v = frontier[i];
                const std::string& bound = frontierBounds[i];
                bool origin = v == m_origin;
                forSteps(v, [&](EdgeRef e, Vertex far) {
                    if (!step() || far == m_origin || far == v)
                        return;
                    if (m_options.timeRespecting) {
                        const std::string& d = dateOf(m_g[e]);
                        if (d.empty() || (!origin && !follows(d, bound)))
                            return;
                        if (m_hops[far] >= 0 && m_hasBound[far] && !looser(d, m_bound[far]))
                            return;
                        m_bound[far] = d;
                        m_hasBound[far] = 1;
                    } else if (m_hops[far] >= 0) {
                        return;
                    }
                    if (m_hops[far] < 0)
                        m_hops[far] = h;
                    if (!queued[far]) {
                        queued[far] = 1;
                        next.push_back(far);
                    }
                });
            }
            frontierBounds.clear();
            for (Vertex v : next) {
                queued[v] = 0;
                frontierBounds.push_back(m_bound[v]);
            }
            frontier = std::move(next);
        }
        if (!snapshot) {
            // The search ran out of actors before the last round: every bound is final.
            m_nearBound = m_bound;
            m_nearHasBound = m_hasBound;
        }
    }

    /** Whether v is at most depth-1 hops out, so that relationships leaving it count. */
    bool isNear(Vertex v) const
    {
        return v == m_origin || (m_hops[v] >= 1 && m_hops[v] <= m_options.depth - 1);
    }

    using Key = std::pair<std::string, std::string>; // currency, year
    using TotalMap = std::map<Key, FlowTotal>;

    static std::vector<FlowTotal> flatten(TotalMap& totals)
    {
        std::vector<FlowTotal> out;
        for (auto& [key, t] : totals)
            out.push_back(std::move(t));
        return out;
    }

    void aggregate(FlowResult& result)
    {
        std::map<Vertex, TotalMap> totals, self;
        std::unordered_set<const void*> counted; // undirected relationships seen from both ends
        auto add = [&](std::map<Vertex, TotalMap>& into, EdgeRef e, Vertex to) {
            const Relation& r = m_g[e];
            if (!r.directed && !counted.insert(e.get_property()).second)
                return;
            const std::string& d = dateOf(r);
            Key key{r.currency, d.substr(0, std::min<std::size_t>(4, d.size()))};
            FlowTotal& t = into[to][key];
            t.currency = key.first;
            t.year = key.second;
            ++t.count;
            if (std::isfinite(r.amount))
                t.amount += r.amount;
            else
                ++t.withoutAmount;
        };
        std::size_t n = boost::num_vertices(m_g);
        for (Vertex v = 0; v < n && !m_cancelled; ++v) {
            if (m_hops[v] < 0)
                continue;
            bool near = isNear(v);
            forSteps(v, [&](EdgeRef e, Vertex far) {
                if (!step())
                    return;
                bool isSelf = far == v;
                if (far == m_origin && !isSelf)
                    return;
                if (m_options.timeRespecting) {
                    const std::string& d = dateOf(m_g[e]);
                    if (d.empty())
                        return;
                    if (v != m_origin) {
                        // Relationships leaving v to others may use chains of depth-1 hops
                        // only; v's own self-payments, chains of up to depth hops.
                        const auto& bounds = isSelf ? m_bound : m_nearBound;
                        const auto& has = isSelf ? m_hasBound : m_nearHasBound;
                        if (!has[v] || !follows(d, bounds[v]))
                            return;
                    }
                }
                if (isSelf)
                    add(self, e, v);
                else if (near && m_hops[far] >= 1)
                    add(totals, e, far);
            });
        }
        for (Vertex v = 0; v < n; ++v) {
            if (v == m_origin || m_hops[v] < 1)
                continue;
            FlowCounterpart c;
            c.id = m_p.actor(v).id;
            c.hops = m_hops[v];
            c.totals = flatten(totals[v]);
            c.selfPayments = flatten(self[v]);
            result.counterparts.push_back(std::move(c));
        }
        result.originSelfPayments = flatten(self[m_origin]);
        std::sort(result.counterparts.begin(), result.counterparts.end(),
                  [](const FlowCounterpart& a, const FlowCounterpart& b) {
                      return a.hops != b.hops ? a.hops < b.hops : a.id < b.id;
                  });
    }

    /**
     * Simple paths from the origin to counterparts, by iterative deepening so that shorter
     * paths come first; each step checked against the previous one when time-respecting.
     */
    void findPaths(FlowResult& result)
    {
        std::size_t n = boost::num_vertices(m_g);
        std::vector<char> onPath(n, 0);
        std::vector<Vertex> vertices{m_origin};
        std::vector<EdgeRef> edges;
        std::uint64_t steps = 0;
        bool stop = false;
        onPath[m_origin] = 1;

        // Recursion depth is at most kMaxDepth.
        auto extend = [&](auto& self, Vertex v, const std::string* previous, int length) -> void {
            forSteps(v, [&](EdgeRef e, Vertex far) {
                if (stop)
                    return;
                if (++steps > kMaxPathSteps) {
                    stop = true;
                    result.truncated = true;
                    return;
                }
                if (!step()) {
                    stop = true;
                    return;
                }
                if (onPath[far] || m_hops[far] < 1)
                    return;
                const std::string& d = dateOf(m_g[e]);
                if (m_options.timeRespecting && (d.empty() || (previous && !follows(d, *previous))))
                    return;
                vertices.push_back(far);
                edges.push_back(e);
                if (int(edges.size()) == length) {
                    if (result.paths.size() == m_options.maxPaths) {
                        stop = true;
                        result.truncated = true;
                    } else {
                        FlowPath path;
                        for (Vertex x : vertices)
                            path.vertices.push_back(m_p.actor(x).id);
                        for (EdgeRef x : edges)
                            path.edges.push_back(m_g[x].id);
                        result.paths.push_back(std::move(path));
                    }
                } else {
                    onPath[far] = 1;
                    self(self, far, &d, length);
                    onPath[far] = 0;
                }
                vertices.pop_back();
                edges.pop_back();
            });
        };
        for (int length = 1; length <= m_options.depth && !stop; ++length)
            extend(extend, m_origin, nullptr, length);
    }

    const Projection& m_p;
    const Graph& m_g;
    const FlowOptions& m_options;
    bool m_down;
    Vertex m_origin;
    std::vector<int> m_hops;
    std::vector<std::string> m_bound, m_nearBound;
    std::vector<char> m_hasBound, m_nearHasBound;
    const Projection::Progress& m_progress;
    std::uint64_t m_steps = 0;
    bool m_cancelled = false;
};

} // namespace

Result<FlowResult> flows(const Projection& p, std::string_view id, const FlowOptions& options,
                         const Projection::Progress& progress)
{
    if (options.depth < 1 || options.depth > FlowOptions::kMaxDepth)
        return makeError("the depth must be between 1 and " +
                         std::to_string(FlowOptions::kMaxDepth) + " hops, not " +
                         std::to_string(options.depth));
    for (const auto& name : options.schemata) {
        const model::Schema* s = model::Model::builtin().schema(name);
        if (!s || !s->edge())
            return makeError("'" + name + "' is not a relationship schema");
    }
    auto origin = p.require(id);
    if (!origin)
        return origin.error();
    return FlowSearch(p, options, *origin, progress).run();
}

} // namespace commonplace::graph
