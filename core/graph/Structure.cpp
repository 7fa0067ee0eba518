// SPDX-License-Identifier: GPL-3.0-or-later
// Components, hop distances, brokers (cut vertices, bridges) and k-cores.
#include "graph/Analyses.h"
#include "graph/Csr.h"

#include <boost/graph/biconnected_components.hpp>
#include <boost/graph/core_numbers.hpp>

#include <algorithm>
#include <numeric>

namespace commonplace::graph {

using detail::ArcMode;
using detail::Csr;

namespace {

constexpr std::uint32_t kNone = UINT32_MAX;

// Union-find with path halving and union by size.
class DisjointSets
{
public:
    explicit DisjointSets(std::size_t n)
        : m_parent(n)
        , m_size(n, 1)
    {
        std::iota(m_parent.begin(), m_parent.end(), 0u);
    }
    std::uint32_t find(std::uint32_t v)
    {
        while (m_parent[v] != v) {
            m_parent[v] = m_parent[m_parent[v]];
            v = m_parent[v];
        }
        return v;
    }
    void unite(std::uint32_t a, std::uint32_t b)
    {
        a = find(a);
        b = find(b);
        if (a == b)
            return;
        if (m_size[a] < m_size[b])
            std::swap(a, b);
        m_parent[b] = a;
        m_size[a] += m_size[b];
    }

private:
    std::vector<std::uint32_t> m_parent;
    std::vector<std::uint32_t> m_size;
};

// Renumbers arbitrary labels (< n) so that component 0 is a largest one; equal sizes keep the
// order of their lowest vertex index.
ComponentMap numberBySize(const std::vector<std::uint32_t>& label)
{
    const std::size_t n = label.size();
    std::vector<std::uint32_t> first(n, kNone); // label -> provisional number, by first vertex
    ComponentMap map;
    map.of.resize(n);
    for (std::size_t v = 0; v < n; ++v) {
        std::uint32_t& f = first[label[v]];
        if (f == kNone) {
            f = map.count++;
            map.sizes.push_back(0);
        }
        map.of[v] = f;
        ++map.sizes[f];
    }
    std::vector<std::uint32_t> order(map.count);
    std::iota(order.begin(), order.end(), 0u);
    std::stable_sort(order.begin(), order.end(),
                     [&](std::uint32_t a, std::uint32_t b) { return map.sizes[a] > map.sizes[b]; });
    std::vector<std::uint32_t> rank(map.count);
    std::vector<std::uint32_t> sizes(map.count);
    for (std::uint32_t i = 0; i < map.count; ++i) {
        rank[order[i]] = i;
        sizes[i] = map.sizes[order[i]];
    }
    for (auto& c : map.of)
        c = rank[c];
    map.sizes = std::move(sizes);
    return map;
}

std::vector<std::uint32_t> weakLabels(std::size_t n, const std::vector<detail::FlatEdge>& edges)
{
    DisjointSets sets(n);
    for (const auto& e : edges)
        sets.unite(e.source, e.target);
    std::vector<std::uint32_t> label(n);
    for (std::uint32_t v = 0; v < n; ++v)
        label[v] = sets.find(v);
    return label;
}

// Tarjan's strongly connected components, iterative (no recursion depth limit).
std::vector<std::uint32_t> strongLabels(const Csr& out)
{
    const std::uint32_t n = out.vertexCount();
    std::vector<std::uint32_t> index(n, kNone), low(n), label(n, kNone);
    std::vector<std::uint32_t> stack;
    struct Frame
    {
        std::uint32_t v;
        std::uint32_t next; // position in v's row
    };
    std::vector<Frame> frames;
    std::uint32_t counter = 0, components = 0;
    for (std::uint32_t root = 0; root < n; ++root) {
        if (index[root] != kNone)
            continue;
        index[root] = low[root] = counter++;
        stack.push_back(root);
        frames.push_back({root, out.offsets[root]});
        while (!frames.empty()) {
            const std::uint32_t v = frames.back().v;
            const std::uint32_t k = frames.back().next;
            if (k < out.offsets[v + 1]) {
                ++frames.back().next;
                const std::uint32_t w = out.targets[k];
                if (index[w] == kNone) {
                    index[w] = low[w] = counter++;
                    stack.push_back(w);
                    frames.push_back({w, out.offsets[w]});
                } else if (label[w] == kNone) { // on the stack
                    low[v] = std::min(low[v], index[w]);
                }
                continue;
            }
            if (low[v] == index[v]) {
                std::uint32_t w;
                do {
                    w = stack.back();
                    stack.pop_back();
                    label[w] = components;
                } while (w != v);
                ++components;
            }
            frames.pop_back();
            if (!frames.empty()) {
                const std::uint32_t parent = frames.back().v;
                low[parent] = std::min(low[parent], low[v]);
            }
        }
    }
    return label;
}

} // namespace

Result<ComponentMap> componentMap(const Projection& p, bool strong)
{
    const Graph& g = p.graph();
    if (boost::num_vertices(g) == 0)
        return detail::emptyGraphError();
    if (!strong)
        return numberBySize(weakLabels(boost::num_vertices(g), p.arcIndex().edges(g)));
    return numberBySize(strongLabels(p.arcIndex().csr(g, ArcMode::Forward, false)));
}

Result<std::vector<std::vector<std::string>>> components(const Projection& p, bool strong)
{
    auto map = componentMap(p, strong);
    if (!map)
        return map.error();
    return detail::idGroups(p, map->of, map->count);
}

Result<std::vector<int>> distances(const Projection& p, std::string_view from, bool ignoreDirection)
{
    auto source = p.require(from);
    if (!source)
        return source.error();
    const Graph& g = p.graph();
    const Csr& arcs =
        p.arcIndex().csr(g, ignoreDirection ? ArcMode::Undirected : ArcMode::Forward, false);
    std::vector<int> dist(boost::num_vertices(g), -1);
    // The queue lives in a plain array: every vertex enters it at most once.
    std::vector<std::uint32_t> queue(dist.size());
    std::size_t head = 0, tail = 0;
    queue[tail++] = static_cast<std::uint32_t>(*source);
    dist[*source] = 0;
    const std::uint32_t* offsets = arcs.offsets.data();
    const std::uint32_t* heads = arcs.targets.data();
    while (head < tail) {
        const std::uint32_t u = queue[head++];
        const int du = dist[u] + 1;
        for (std::uint32_t k = offsets[u], end = offsets[u + 1]; k < end; ++k) {
            const std::uint32_t w = heads[k];
            if (dist[w] < 0) {
                dist[w] = du;
                queue[tail++] = w;
            }
        }
    }
    return dist;
}

Result<Brokers> brokers(const Projection& p)
{
    const Graph& g = p.graph();
    const std::size_t n = boost::num_vertices(g);
    if (n == 0)
        return detail::emptyGraphError();

    using Simple =
        boost::adjacency_list<boost::vecS, boost::vecS, boost::undirectedS, boost::no_property,
                              boost::property<boost::edge_index_t, std::size_t>>;
    const Csr& simple = p.arcIndex().csr(g, ArcMode::Undirected, true);
    Simple ug(n);
    std::size_t edgeCount = 0;
    for (std::uint32_t u = 0; u < n; ++u)
        for (std::uint32_t v : simple.row(u))
            if (u < v)
                boost::add_edge(u, v, edgeCount++, ug);

    std::vector<std::size_t> componentOf(edgeCount);
    auto component =
        boost::make_iterator_property_map(componentOf.begin(), boost::get(boost::edge_index, ug));
    std::vector<std::size_t> cut;
    const std::size_t count =
        boost::biconnected_components(ug, component, std::back_inserter(cut)).first;

    Brokers result;
    for (std::size_t v : cut)
        result.articulationPoints.push_back(g[v].id);
    std::sort(result.articulationPoints.begin(), result.articulationPoints.end());

    // A bridge is a biconnected component made of a single edge.
    std::vector<std::uint32_t> edgesIn(count, 0);
    for (auto [it, end] = boost::edges(ug); it != end; ++it)
        ++edgesIn[component[*it]];
    for (auto [it, end] = boost::edges(ug); it != end; ++it) {
        if (edgesIn[component[*it]] != 1)
            continue;
        std::string a = g[boost::source(*it, ug)].id, b = g[boost::target(*it, ug)].id;
        if (b < a)
            std::swap(a, b);
        result.bridges.emplace_back(std::move(a), std::move(b));
    }
    std::sort(result.bridges.begin(), result.bridges.end());
    return result;
}

Result<std::vector<std::pair<std::string, int>>> coreNumbers(const Projection& p)
{
    const Graph& g = p.graph();
    const std::size_t n = boost::num_vertices(g);
    if (n == 0)
        return detail::emptyGraphError();

    using Simple = boost::adjacency_list<boost::vecS, boost::vecS, boost::undirectedS>;
    const Csr& simple = p.arcIndex().csr(g, ArcMode::Undirected, true);
    Simple ug(n);
    for (std::uint32_t u = 0; u < n; ++u)
        for (std::uint32_t v : simple.row(u))
            if (u < v)
                boost::add_edge(u, v, ug);
    std::vector<int> core(n, 0);
    boost::core_numbers(
        ug, boost::make_iterator_property_map(core.begin(), boost::get(boost::vertex_index, ug)));

    std::vector<std::pair<std::string, int>> result;
    result.reserve(n);
    for (std::size_t v = 0; v < n; ++v)
        result.emplace_back(g[v].id, core[v]);
    std::sort(result.begin(), result.end(), [](const auto& a, const auto& b) {
        if (a.second != b.second)
            return a.second > b.second;
        return a.first < b.first;
    });
    return result;
}

} // namespace commonplace::graph
