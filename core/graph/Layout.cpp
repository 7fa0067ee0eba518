// SPDX-License-Identifier: GPL-3.0-or-later
// Vertex positions for drawing: force-directed (Fruchterman-Reingold forces, repulsion summed
// with a Barnes-Hut quadtree), layered (Sugiyama-style: cycle breaking, longest-path layers,
// barycentre ordering) and circular.
#include "graph/Analyses.h"
#include "graph/Csr.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <numbers>
#include <numeric>
#include <random>
#include <thread>

namespace commonplace::graph {

using detail::ArcMode;
using detail::Csr;

namespace {

using ProgressFn = std::function<bool(int, int)>;

Error cancelled()
{
    return makeError("the layout was cancelled");
}

// A double in [0, 1) from 53 random bits: the same on every platform for a seed.
double unit(std::mt19937_64& rng)
{
    return static_cast<double>(rng() >> 11) * 0x1.0p-53;
}

// Scales and centres points into [0,width] x [0,height], keeping their aspect ratio, with a
// margin of 2% on each side.
void fitInto(std::vector<Point>& points, double width, double height)
{
    if (points.empty())
        return;
    double minX = points[0].x, maxX = minX, minY = points[0].y, maxY = minY;
    for (const Point& q : points) {
        minX = std::min(minX, q.x);
        maxX = std::max(maxX, q.x);
        minY = std::min(minY, q.y);
        maxY = std::max(maxY, q.y);
    }
    const double spanX = maxX - minX, spanY = maxY - minY;
    const double usableX = width * 0.96, usableY = height * 0.96;
    double scale = 0;
    if (spanX > 0 && spanY > 0)
        scale = std::min(usableX / spanX, usableY / spanY);
    else if (spanX > 0)
        scale = usableX / spanX;
    else if (spanY > 0)
        scale = usableY / spanY;
    const double offsetX = (width - spanX * scale) / 2, offsetY = (height - spanY * scale) / 2;
    for (Point& q : points) {
        q.x = std::clamp(offsetX + (q.x - minX) * scale, 0.0, width);
        q.y = std::clamp(offsetY + (q.y - minY) * scale, 0.0, height);
    }
}

// ---- force-directed
// ------------------------------------------------------------------------------

// A Barnes-Hut quadtree over the vertex positions (J. Barnes, P. Hut, "A hierarchical
// O(N log N) force-calculation algorithm", Nature 1986): far groups of vertices repel as one
// mass at their centre, so repulsion costs O(n log n) per iteration however dense a region is.
class QuadTree
{
public:
    void build(const std::vector<Point>& pos)
    {
        const auto n = static_cast<std::uint32_t>(pos.size());
        m_nodes.clear();
        m_order.resize(n);
        std::iota(m_order.begin(), m_order.end(), 0u);
        double minX = pos[0].x, maxX = minX, minY = pos[0].y, maxY = minY;
        for (const Point& q : pos) {
            minX = std::min(minX, q.x);
            maxX = std::max(maxX, q.x);
            minY = std::min(minY, q.y);
            maxY = std::max(maxY, q.y);
        }
        const double size = std::max({maxX - minX, maxY - minY, 1e-9});
        m_nodes.push_back({});
        buildNode(pos, 0, 0, n, minX, minY, size, 0);
        m_sorted.resize(n);
        for (std::uint32_t i = 0; i < n; ++i)
            m_sorted[i] = pos[m_order[i]];
    }

    // Repulsion k^2/d on vertex v at p from every other vertex, far groups approximated.
    // Thread-safe for concurrent callers, each with a `stack` of its own.
    Point repulsion(std::uint32_t v, Point p, double k2, double theta2,
                    std::vector<std::uint32_t>& stack) const
    {
        double fx = 0, fy = 0;
        stack.clear();
        stack.push_back(0);
        while (!stack.empty()) {
            const Node& node = m_nodes[stack.back()];
            stack.pop_back();
            const double dx = p.x - node.cx, dy = p.y - node.cy;
            const double d2 = dx * dx + dy * dy;
            if (node.children == 0) {
                for (std::uint32_t i = node.begin; i < node.end; ++i) {
                    const double ex = p.x - m_sorted[i].x, ey = p.y - m_sorted[i].y;
                    const double e2 = ex * ex + ey * ey;
                    if (e2 > 0) {
                        const double f = k2 / e2; // (k^2/d) * (delta/d)
                        fx += ex * f;
                        fy += ey * f;
                    } else if (m_order[i] != v) {
                        // Coincident vertices: push apart in a direction fixed by the index.
                        const double angle = static_cast<double>(v) * 2.399963229728653;
                        fx += std::cos(angle) * 0.1;
                        fy += std::sin(angle) * 0.1;
                    }
                }
            } else if (node.size * node.size < theta2 * d2) {
                const double f = node.mass * k2 / d2;
                fx += dx * f;
                fy += dy * f;
            } else {
                for (std::uint32_t c = 0; c < node.children; ++c)
                    stack.push_back(node.first + c);
            }
        }
        return {fx, fy};
    }

private:
    struct Node
    {
        double cx = 0, cy = 0;            // centre of mass
        double mass = 0;                  // vertices below
        double size = 0;                  // side of the square
        std::uint32_t begin = 0, end = 0; // range of m_order
        std::uint32_t first = 0;          // first child node
        std::uint32_t children = 0;       // 0 for a leaf
    };
    static constexpr std::uint32_t kLeaf = 8;
    static constexpr int kMaxDepth = 30;

    void buildNode(const std::vector<Point>& pos, std::uint32_t index, std::uint32_t begin,
                   std::uint32_t end, double x0, double y0, double size, int depth)
    {
        double sx = 0, sy = 0;
        for (std::uint32_t i = begin; i < end; ++i) {
            sx += pos[m_order[i]].x;
            sy += pos[m_order[i]].y;
        }
        const double mass = end - begin;
        m_nodes[index] = {sx / mass, sy / mass, mass, size, begin, end, 0, 0};
        if (end - begin <= kLeaf || depth >= kMaxDepth)
            return;
        // Split into quadrants: by x, then each half by y.
        const double mx = x0 + size / 2, my = y0 + size / 2;
        auto first = m_order.begin() + begin, last = m_order.begin() + end;
        auto splitX = std::partition(first, last, [&](std::uint32_t v) { return pos[v].x < mx; });
        auto splitLow =
            std::partition(first, splitX, [&](std::uint32_t v) { return pos[v].y < my; });
        auto splitHigh =
            std::partition(splitX, last, [&](std::uint32_t v) { return pos[v].y < my; });
        const std::uint32_t bounds[5] = {
            begin, static_cast<std::uint32_t>(splitLow - m_order.begin()),
            static_cast<std::uint32_t>(splitX - m_order.begin()),
            static_cast<std::uint32_t>(splitHigh - m_order.begin()), end};
        const double corners[4][2] = {{x0, y0}, {x0, my}, {mx, y0}, {mx, my}};
        const auto firstChild = static_cast<std::uint32_t>(m_nodes.size());
        std::uint32_t children = 0;
        for (int q = 0; q < 4; ++q)
            if (bounds[q + 1] > bounds[q])
                ++children;
        m_nodes.resize(m_nodes.size() + children);
        m_nodes[index].first = firstChild;
        m_nodes[index].children = children;
        std::uint32_t child = firstChild;
        for (int q = 0; q < 4; ++q) {
            if (bounds[q + 1] == bounds[q])
                continue;
            buildNode(pos, child++, bounds[q], bounds[q + 1], corners[q][0], corners[q][1],
                      size / 2, depth + 1);
        }
    }

    std::vector<Node> m_nodes;
    std::vector<std::uint32_t> m_order; // vertices, grouped by node
    std::vector<Point> m_sorted;        // their positions, in the same order
};

// One level of the multilevel scheme: a graph whose vertices are clusters of the level below.
struct Level
{
    Csr adjacency;                     // simple, undirected
    std::vector<std::uint32_t> parent; // vertex of the level below -> vertex of this level
};

// Groups the vertices of `fine` into clusters of two to four for the next, coarser level:
// leaves (one neighbour) are grouped with other leaves of the same neighbour, so that stars
// shrink too; the others are matched with their unmatched neighbour of least degree, visiting
// the least connected first; isolated vertices stay alone. Returns the number
// of clusters; `parent` maps each vertex to its cluster. Deterministic (no randomness).
std::uint32_t coarsen(const Csr& fine, std::vector<std::uint32_t>& parent)
{
    const std::uint32_t n = fine.vertexCount();
    constexpr std::uint32_t kNone = std::numeric_limits<std::uint32_t>::max();
    parent.assign(n, kNone);
    std::vector<std::uint32_t> size;
    auto degree = [&](std::uint32_t v) { return fine.offsets[v + 1] - fine.offsets[v]; };
    // Leaves, grouped by their one neighbour, in fours.
    std::vector<std::uint32_t> leafGroup(n, kNone), leafCount(n, 0);
    for (std::uint32_t v = 0; v < n; ++v) {
        if (degree(v) == 0) {
            // Isolated: stays alone, so that isolated actors spread around the picture at
            // every level instead of arriving in a bunch.
            parent[v] = static_cast<std::uint32_t>(size.size());
            size.push_back(1);
            continue;
        }
        if (degree(v) != 1)
            continue;
        const std::uint32_t hub = fine.row(v)[0];
        if (degree(hub) == 1)
            continue; // a pair of leaves: matched below
        if (leafGroup[hub] == kNone || leafCount[hub] == 4) {
            leafGroup[hub] = static_cast<std::uint32_t>(size.size());
            leafCount[hub] = 0;
            size.push_back(0);
        }
        parent[v] = leafGroup[hub];
        ++size[parent[v]];
        ++leafCount[hub];
    }
    // A hub's only leaf is matched like any other vertex.
    for (std::uint32_t v = 0; v < n; ++v)
        if (degree(v) == 1 && parent[v] != kNone && size[parent[v]] == 1)
            parent[v] = kNone;
    // Everyone else: matched with the unmatched neighbour of least degree.
    std::vector<std::uint32_t> order;
    order.reserve(n);
    for (std::uint32_t v = 0; v < n; ++v)
        if (parent[v] == kNone)
            order.push_back(v);
    std::stable_sort(order.begin(), order.end(),
                     [&](std::uint32_t a, std::uint32_t b) { return degree(a) < degree(b); });
    for (std::uint32_t v : order) {
        if (parent[v] != kNone)
            continue;
        std::uint32_t best = kNone;
        for (std::uint32_t w : fine.row(v))
            if (parent[w] == kNone && (best == kNone || degree(w) < degree(best)))
                best = w;
        parent[v] = static_cast<std::uint32_t>(size.size());
        size.push_back(1);
        if (best != kNone) {
            parent[best] = parent[v];
            ++size[parent[v]];
        }
    }
    // Lone singletons whose neighbours were all taken join the smallest neighbouring cluster
    // of fewer than four.
    for (std::uint32_t v : order) {
        if (size[parent[v]] != 1 || degree(v) == 0)
            continue;
        std::uint32_t best = kNone;
        for (std::uint32_t w : fine.row(v))
            if (size[parent[w]] < 4 && (best == kNone || size[parent[w]] < size[parent[best]]))
                best = w;
        if (best != kNone) {
            --size[parent[v]];
            parent[v] = parent[best];
            ++size[parent[v]];
        }
    }
    // Renumber the clusters that are left, in order of first appearance.
    std::vector<std::uint32_t> renumber(size.size(), kNone);
    std::uint32_t count = 0;
    for (std::uint32_t v = 0; v < n; ++v) {
        std::uint32_t& r = renumber[parent[v]];
        if (r == kNone)
            r = count++;
        parent[v] = r;
    }
    return count;
}

// The coarse graph: an edge between two clusters when any of their vertices are linked.
Csr coarseGraph(const Csr& fine, const std::vector<std::uint32_t>& parent, std::uint32_t count)
{
    std::vector<std::uint64_t> pairs;
    pairs.reserve(fine.targets.size());
    for (std::uint32_t v = 0; v < fine.vertexCount(); ++v)
        for (std::uint32_t w : fine.row(v))
            if (parent[v] != parent[w])
                pairs.push_back((std::uint64_t(parent[v]) << 32) | parent[w]);
    std::sort(pairs.begin(), pairs.end());
    pairs.erase(std::unique(pairs.begin(), pairs.end()), pairs.end());
    Csr csr;
    csr.offsets.assign(count + 1, 0);
    csr.targets.reserve(pairs.size());
    for (std::uint64_t pair : pairs) {
        ++csr.offsets[(pair >> 32) + 1];
        csr.targets.push_back(static_cast<std::uint32_t>(pair));
    }
    for (std::uint32_t v = 0; v < count; ++v)
        csr.offsets[v + 1] += csr.offsets[v];
    return csr;
}

// Fruchterman-Reingold iterations on one graph. Positions live in a square of side sqrt(n)
// (one unit of area per vertex, ideal edge length 1). The repulsion, the costly part, is
// computed on two threads for large graphs; each vertex's force depends only on the positions
// of the previous step, so the result is the same whatever the number of threads.
class Relaxer
{
public:
    Relaxer(const Csr& adjacency, std::vector<Point>& pos)
        : m_adjacency(adjacency)
        , m_pos(pos)
        , m_force(pos.size())
    {}

    // Returns false when `step` (called before each iteration) asks to stop.
    bool run(int iterations, double startTemperature, const std::function<bool()>& step)
    {
        const auto n = static_cast<std::uint32_t>(m_pos.size());
        const double centre = std::sqrt(static_cast<double>(n)) / 2;
        const unsigned threads =
            n >= 2000 ? std::clamp(std::thread::hardware_concurrency(), 1u, 2u) : 1u;
        for (int iteration = 0; iteration < iterations; ++iteration) {
            if (step && !step())
                return false;
            m_tree.build(m_pos);
            auto repel = [&](std::uint32_t from, std::uint32_t to,
                             std::vector<std::uint32_t>& stack) {
                for (std::uint32_t v = from; v < to; ++v) {
                    m_force[v] = m_tree.repulsion(v, m_pos[v], kK2, kTheta2, stack);
                    m_force[v].x += kGravity * (centre - m_pos[v].x);
                    m_force[v].y += kGravity * (centre - m_pos[v].y);
                }
            };
            if (threads > 1) {
                const std::uint32_t half = n / 2;
                std::thread other([&] { repel(half, n, m_otherStack); });
                repel(0, half, m_stack);
                other.join();
            } else {
                repel(0, n, m_stack);
            }
            // Attraction d^2/k along edges (rows list each edge from both ends).
            for (std::uint32_t v = 0; v < n; ++v) {
                for (std::uint32_t w : m_adjacency.row(v)) {
                    const double dx = m_pos[v].x - m_pos[w].x, dy = m_pos[v].y - m_pos[w].y;
                    const double f = std::sqrt(dx * dx + dy * dy); // (d^2/k) * (delta/d), k = 1
                    m_force[v].x -= dx * f;
                    m_force[v].y -= dy * f;
                }
            }
            // Move by at most the temperature, which cools linearly.
            const double temperature =
                startTemperature * (1.0 - static_cast<double>(iteration) / iterations) + 0.01;
            for (std::uint32_t v = 0; v < n; ++v) {
                const double length = std::hypot(m_force[v].x, m_force[v].y);
                if (length <= 0)
                    continue;
                const double move = std::min(length, temperature) / length;
                m_pos[v].x += m_force[v].x * move;
                m_pos[v].y += m_force[v].y * move;
            }
        }
        return true;
    }

private:
    static constexpr double kK2 = 1.0, kTheta2 = 1.2 * 1.2;
    // A pull to the centre, growing with the distance, holds the crowd together (repulsion
    // alone would spread it ever wider) and keeps separate components from drifting away.
    static constexpr double kGravity = 1.0;

    const Csr& m_adjacency;
    std::vector<Point>& m_pos;
    std::vector<Point> m_force;
    QuadTree m_tree;
    std::vector<std::uint32_t> m_stack, m_otherStack;
};

// Iterations per level of the multilevel scheme (the finest level last).
constexpr int kFinestIterations = 45;
constexpr int kCoarseIterations = 60;
constexpr int kCoarsestIterations = 400;
constexpr std::uint32_t kMultilevelFrom = 2000; // vertices; smaller graphs: one level
constexpr std::uint32_t kCoarsest = 300;        // stop coarsening at this many clusters

Result<std::vector<Point>> forceLayout(const Projection& p, const LayoutOptions& options,
                                       const ProgressFn& progress)
{
    const Graph& g = p.graph();
    const std::uint32_t n = static_cast<std::uint32_t>(boost::num_vertices(g));
    const Csr& adjacency = p.arcIndex().csr(g, ArcMode::Undirected, true);
    std::mt19937_64 rng(options.seed);

    // Multilevel (as in Walshaw's and Hu's force-directed methods): coarsen the graph by
    // merging neighbours until a few hundred clusters are left, lay that out with many cheap
    // iterations, then go back down, each level starting from its clusters' places and needing
    // only a few iterations to settle. Small graphs, or a number of iterations asked for
    // explicitly, get the plain single-level layout.
    std::vector<Level> levels;
    if (options.iterations == 0 && n >= kMultilevelFrom) {
        const Csr* current = &adjacency;
        while (current->vertexCount() > kCoarsest && levels.size() < 20) {
            Level level;
            const std::uint32_t count = coarsen(*current, level.parent);
            if (count > current->vertexCount() * 0.9)
                break; // hardly shrinks any more
            level.adjacency = coarseGraph(*current, level.parent, count);
            levels.push_back(std::move(level));
            current = &levels.back().adjacency;
        }
    }
    auto iterationsOf = [&](std::size_t depth) { // depth 0 = the graph itself
        if (options.iterations > 0)
            return options.iterations;
        if (levels.empty())
            return n <= 1000 ? 500 : n <= 10000 ? 200 : n <= 100000 ? 100 : 50;
        if (depth == levels.size())
            return kCoarsestIterations;
        return depth == 0 ? kFinestIterations : kCoarseIterations;
    };
    int total = 0, done = 0;
    for (std::size_t depth = 0; depth <= levels.size(); ++depth)
        total += iterationsOf(depth);
    auto step = [&] { return !progress || progress(done++, total); };

    // The coarsest level starts at random places in its square.
    const Csr& coarsest = levels.empty() ? adjacency : levels.back().adjacency;
    std::vector<Point> pos(coarsest.vertexCount());
    const double coarseSide = std::sqrt(static_cast<double>(pos.size()));
    for (Point& q : pos) {
        q.x = unit(rng) * coarseSide;
        q.y = unit(rng) * coarseSide;
    }
    {
        Relaxer relax(coarsest, pos);
        if (!relax.run(iterationsOf(levels.size()), coarseSide / 10.0 + 1.0, step))
            return cancelled();
    }
    for (std::size_t depth = levels.size(); depth-- > 0;) {
        // Each vertex of the finer level starts at its cluster's place, scaled to the finer
        // level's larger square, nudged apart from the rest of its cluster.
        const Level& level = levels[depth];
        const Csr& finer = depth == 0 ? adjacency : levels[depth - 1].adjacency;
        const auto fineCount = static_cast<std::uint32_t>(level.parent.size());
        const double coarseCentre = std::sqrt(static_cast<double>(pos.size())) / 2;
        const double fineCentre = std::sqrt(static_cast<double>(fineCount)) / 2;
        const double scale = fineCentre / coarseCentre;
        std::vector<Point> finePos(fineCount);
        for (std::uint32_t v = 0; v < fineCount; ++v) {
            const Point c = pos[level.parent[v]];
            const double angle = unit(rng) * 2 * std::numbers::pi;
            finePos[v] = {fineCentre + (c.x - coarseCentre) * scale + 0.3 * std::cos(angle),
                          fineCentre + (c.y - coarseCentre) * scale + 0.3 * std::sin(angle)};
        }
        if (depth == 0) {
            // Actors without relationships: evenly on a ring just around the rest, where the
            // single-level layout leaves them too (coarse levels can bunch them on one side).
            double cx = 0, cy = 0, linked = 0;
            for (std::uint32_t v = 0; v < fineCount; ++v)
                if (finer.offsets[v + 1] > finer.offsets[v]) {
                    cx += finePos[v].x;
                    cy += finePos[v].y;
                    ++linked;
                }
            if (linked > 0 && linked < fineCount) {
                cx /= linked;
                cy /= linked;
                double radius = 0;
                for (std::uint32_t v = 0; v < fineCount; ++v)
                    if (finer.offsets[v + 1] > finer.offsets[v])
                        radius = std::max(radius, std::hypot(finePos[v].x - cx, finePos[v].y - cy));
                const double isolated = fineCount - linked;
                radius = std::max(radius + 1.0, isolated / (2 * std::numbers::pi));
                double k = 0;
                for (std::uint32_t v = 0; v < fineCount; ++v)
                    if (finer.offsets[v + 1] == finer.offsets[v]) {
                        const double angle = 2 * std::numbers::pi * (k++ + 0.5) / isolated;
                        finePos[v] = {cx + radius * std::cos(angle), cy + radius * std::sin(angle)};
                    }
            }
        }
        pos = std::move(finePos);
        Relaxer relax(finer, pos);
        if (!relax.run(iterationsOf(depth), 1.5, step))
            return cancelled();
    }
    if (progress && !progress(total, total))
        return cancelled();
    fitInto(pos, options.width, options.height);
    return pos;
}

// ---- layered
// -------------------------------------------------------------------------------------

// Directed arcs only (undirected relationships do not say who funds whom), repeats dropped.
Csr directedArcs(const Projection& p)
{
    const Graph& g = p.graph();
    auto edges = p.arcIndex().edges(g);
    std::erase_if(edges, [](const detail::FlatEdge& e) { return !e.directed; });
    return detail::buildCsr(boost::num_vertices(g), edges, ArcMode::Forward, true);
}

// Marks the arcs that close a cycle in a depth-first search (back arcs): reversing them leaves
// a DAG. Returns, per arc position in `out`, whether it is reversed. The search starts from the
// clearest funders (most out-arcs over in-arcs), so that a cycle is cut at the arc that runs
// back up to them rather than somewhere in the middle.
std::vector<char> backArcs(const Csr& out)
{
    const std::uint32_t n = out.vertexCount();
    enum : char
    {
        White,
        Grey,
        Black
    };
    std::vector<std::int64_t> balance(n, 0); // in-arcs minus out-arcs
    for (std::uint32_t v = 0; v < n; ++v) {
        balance[v] -= out.offsets[v + 1] - out.offsets[v];
        for (std::uint32_t w : out.row(v))
            ++balance[w];
    }
    std::vector<std::uint32_t> roots(n);
    std::iota(roots.begin(), roots.end(), 0u);
    std::stable_sort(roots.begin(), roots.end(),
                     [&](std::uint32_t a, std::uint32_t b) { return balance[a] < balance[b]; });
    std::vector<char> colour(n, White), back(out.targets.size(), 0);
    std::vector<std::pair<std::uint32_t, std::uint32_t>> stack; // vertex, next arc
    for (std::uint32_t root : roots) {
        if (colour[root] != White)
            continue;
        colour[root] = Grey;
        stack.push_back({root, out.offsets[root]});
        while (!stack.empty()) {
            auto [v, k] = stack.back();
            if (k == out.offsets[v + 1]) {
                colour[v] = Black;
                stack.pop_back();
                continue;
            }
            ++stack.back().second;
            const std::uint32_t w = out.targets[k];
            if (colour[w] == Grey) {
                back[k] = 1;
            } else if (colour[w] == White) {
                colour[w] = Grey;
                stack.push_back({w, out.offsets[w]});
            }
        }
    }
    return back;
}

Result<std::vector<Point>> layeredLayout(const Projection& p, const LayoutOptions& options,
                                         const ProgressFn& progress)
{
    const Graph& g = p.graph();
    const std::uint32_t n = static_cast<std::uint32_t>(boost::num_vertices(g));
    constexpr int kSweeps = 8;
    const int total = kSweeps + 2;
    if (progress && !progress(0, total))
        return cancelled();

    // The DAG: every arc funder -> beneficiary, back arcs reversed.
    const Csr arcs = directedArcs(p);
    const std::vector<char> back = backArcs(arcs);
    std::vector<std::pair<std::uint32_t, std::uint32_t>> dag;
    dag.reserve(arcs.targets.size());
    for (std::uint32_t v = 0; v < n; ++v) {
        for (std::uint32_t k = arcs.offsets[v]; k < arcs.offsets[v + 1]; ++k) {
            if (back[k])
                dag.emplace_back(arcs.targets[k], v);
            else
                dag.emplace_back(v, arcs.targets[k]);
        }
    }
    // Successor and predecessor lists of the DAG.
    auto toCsr = [n](const std::vector<std::pair<std::uint32_t, std::uint32_t>>& pairs,
                     bool reverse) {
        Csr csr;
        csr.offsets.assign(n + 1, 0);
        for (const auto& [a, b] : pairs)
            ++csr.offsets[(reverse ? b : a) + 1];
        for (std::uint32_t v = 0; v < n; ++v)
            csr.offsets[v + 1] += csr.offsets[v];
        csr.targets.resize(pairs.size());
        std::vector<std::uint32_t> fill(csr.offsets.begin(), csr.offsets.end() - 1);
        for (const auto& [a, b] : pairs)
            csr.targets[fill[reverse ? b : a]++] = reverse ? a : b;
        return csr;
    };
    const Csr down = toCsr(dag, false), up = toCsr(dag, true);

    // Longest-path layering in topological order (Kahn): a vertex sits one layer below its
    // lowest funder; vertices without funders are at the top.
    std::vector<std::uint32_t> layer(n, 0), pending(n), queue;
    queue.reserve(n);
    for (std::uint32_t v = 0; v < n; ++v) {
        pending[v] = up.offsets[v + 1] - up.offsets[v];
        if (pending[v] == 0)
            queue.push_back(v);
    }
    for (std::size_t head = 0; head < queue.size(); ++head) {
        const std::uint32_t v = queue[head];
        for (std::uint32_t w : down.row(v)) {
            layer[w] = std::max(layer[w], layer[v] + 1);
            if (--pending[w] == 0)
                queue.push_back(w);
        }
    }
    const std::uint32_t layers = n == 0 ? 0 : *std::max_element(layer.begin(), layer.end()) + 1;

    // Initial order within layers: topological order, which keeps funders near their money.
    std::vector<std::vector<std::uint32_t>> rows(layers);
    for (std::uint32_t v : queue)
        rows[layer[v]].push_back(v);
    std::vector<double> position(n); // rank within the layer, scaled to [0, 1]
    auto place = [&](const std::vector<std::uint32_t>& row) {
        const double size = static_cast<double>(row.size());
        for (std::size_t i = 0; i < row.size(); ++i)
            position[row[i]] = (static_cast<double>(i) + 0.5) / size;
    };
    for (const auto& row : rows)
        place(row);
    if (progress && !progress(1, total))
        return cancelled();

    // Barycentre sweeps, alternately downwards (by funders) and upwards (by beneficiaries).
    std::vector<double> key(n);
    for (int sweep = 0; sweep < kSweeps; ++sweep) {
        const bool downwards = sweep % 2 == 0;
        const Csr& neighbours = downwards ? up : down;
        for (std::uint32_t i = 0; i < layers; ++i) {
            auto& row = rows[downwards ? i : layers - 1 - i];
            for (std::uint32_t v : row) {
                double sum = 0;
                std::size_t count = 0;
                for (std::uint32_t w : neighbours.row(v)) {
                    sum += position[w];
                    ++count;
                }
                key[v] = count > 0 ? sum / static_cast<double>(count) : position[v];
            }
            std::stable_sort(row.begin(), row.end(),
                             [&](std::uint32_t a, std::uint32_t b) { return key[a] < key[b]; });
            place(row);
        }
        if (progress && !progress(2 + sweep, total))
            return cancelled();
    }

    std::vector<Point> points(n);
    for (std::uint32_t i = 0; i < layers; ++i) {
        const double y = layers > 1 ? options.height * static_cast<double>(i) / (layers - 1)
                                    : options.height / 2;
        for (std::uint32_t v : rows[i])
            points[v] = {options.width * position[v], y};
    }
    if (progress && !progress(total, total))
        return cancelled();
    return points;
}

// ---- circular
// ------------------------------------------------------------------------------------

Result<std::vector<Point>> circularLayout(const Projection& p, const LayoutOptions& options,
                                          const ProgressFn& progress)
{
    const std::size_t n = p.vertexCount();
    if (progress && !progress(0, 1))
        return cancelled();
    auto map = componentMap(p, false);
    if (!map)
        return map.error();
    std::vector<std::uint32_t> order(n);
    std::iota(order.begin(), order.end(), 0u);
    std::stable_sort(order.begin(), order.end(),
                     [&](std::uint32_t a, std::uint32_t b) { return map->of[a] < map->of[b]; });
    std::vector<Point> points(n);
    const double rx = options.width / 2, ry = options.height / 2;
    for (std::size_t i = 0; i < n; ++i) {
        const double angle =
            2.0 * std::numbers::pi * static_cast<double>(i) / static_cast<double>(n);
        points[order[i]] = {std::clamp(rx + rx * std::cos(angle), 0.0, options.width),
                            std::clamp(ry + ry * std::sin(angle), 0.0, options.height)};
    }
    if (n == 1)
        points[0] = {rx, ry};
    if (progress && !progress(1, 1))
        return cancelled();
    return points;
}

} // namespace

Result<std::vector<Point>> layout(const Projection& p, const LayoutOptions& options,
                                  const std::function<bool(int, int)>& progress)
{
    if (!(options.width > 0) || !(options.height > 0) || !std::isfinite(options.width) ||
        !std::isfinite(options.height))
        return makeError("the layout needs a positive width and height");
    if (options.iterations < 0)
        return makeError("the number of layout iterations cannot be negative");
    if (p.vertexCount() == 0)
        return std::vector<Point>{};
    switch (options.kind) {
    case LayoutKind::Force:
        return forceLayout(p, options, progress);
    case LayoutKind::Layered:
        return layeredLayout(p, options, progress);
    case LayoutKind::Circular:
        return circularLayout(p, options, progress);
    }
    return makeError("unknown layout kind");
}

} // namespace commonplace::graph
