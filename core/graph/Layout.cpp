// SPDX-License-Identifier: GPL-3.0-or-later
// Vertex positions for drawing: force-directed (Fruchterman-Reingold forces, repulsion summed
// with a Barnes-Hut quadtree), layered (Sugiyama-style: cycle breaking, longest-path layers,
// barycentre ordering) and circular.
#include "graph/Analyses.h"
#include "graph/Csr.h"

#include <algorithm>
#include <cmath>
#include <numbers>
#include <numeric>
#include <random>

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
    Point repulsion(std::uint32_t v, Point p, double k2, double theta2)
    {
        double fx = 0, fy = 0;
        m_stack.clear();
        m_stack.push_back(0);
        while (!m_stack.empty()) {
            const Node& node = m_nodes[m_stack.back()];
            m_stack.pop_back();
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
                    m_stack.push_back(node.first + c);
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
    std::vector<std::uint32_t> m_stack;
};

Result<std::vector<Point>> forceLayout(const Projection& p, const LayoutOptions& options,
                                       const ProgressFn& progress)
{
    const Graph& g = p.graph();
    const std::uint32_t n = static_cast<std::uint32_t>(boost::num_vertices(g));
    const Csr& adjacency = p.arcIndex().csr(g, ArcMode::Undirected, true);
    int iterations = options.iterations;
    if (iterations == 0)
        iterations = n <= 1000 ? 500 : n <= 10000 ? 200 : n <= 100000 ? 100 : 50;

    // Work in a square of side L holding one unit of area per vertex, so that the ideal edge
    // length k is 1; scale to the frame at the end.
    const double side = std::sqrt(static_cast<double>(n));
    const double k = 1.0, k2 = k * k, theta2 = 1.2 * 1.2;
    const double centre = side / 2;
    // A pull to the centre, growing with the distance, holds the crowd together (repulsion
    // alone would spread it ever wider) and keeps separate components from drifting away.
    const double gravity = 1.0;
    std::mt19937_64 rng(options.seed);
    std::vector<Point> pos(n), force(n);
    for (Point& q : pos) {
        q.x = unit(rng) * side;
        q.y = unit(rng) * side;
    }

    QuadTree tree;
    const double startTemperature = side / 10.0 + 1.0;
    for (int iteration = 0; iteration < iterations; ++iteration) {
        if (progress && !progress(iteration, iterations))
            return cancelled();
        tree.build(pos);
        for (std::uint32_t v = 0; v < n; ++v) {
            force[v] = tree.repulsion(v, pos[v], k2, theta2);
            force[v].x += gravity * (centre - pos[v].x);
            force[v].y += gravity * (centre - pos[v].y);
        }
        // Attraction d^2/k along edges (rows list each edge from both ends).
        for (std::uint32_t v = 0; v < n; ++v) {
            for (std::uint32_t w : adjacency.row(v)) {
                const double dx = pos[v].x - pos[w].x, dy = pos[v].y - pos[w].y;
                const double f = std::sqrt(dx * dx + dy * dy) / k; // (d^2/k) * (delta/d)
                force[v].x -= dx * f;
                force[v].y -= dy * f;
            }
        }
        // Move by at most the temperature, which cools linearly.
        const double temperature =
            startTemperature * (1.0 - static_cast<double>(iteration) / iterations) + 0.01;
        for (std::uint32_t v = 0; v < n; ++v) {
            const double length = std::hypot(force[v].x, force[v].y);
            if (length <= 0)
                continue;
            const double step = std::min(length, temperature) / length;
            pos[v].x += force[v].x * step;
            pos[v].y += force[v].y * step;
        }
    }
    if (progress && !progress(iterations, iterations))
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
