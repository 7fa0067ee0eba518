// SPDX-License-Identifier: GPL-3.0-or-later
#include "analyst/GraphData.h"

#include "store/Workspace.h"

#include <algorithm>
#include <cmath>
#include <map>

namespace commonplace::ui {

graph::Projection withoutSmallAmounts(const graph::Projection& p, double minAmount,
                                      std::uint64_t* leftOut)
{
    const graph::Graph& g = p.graph();
    graph::Graph copy;
    for (std::size_t v = 0; v < boost::num_vertices(g); ++v)
        boost::add_vertex(g[v], copy);
    std::uint64_t dropped = 0;
    for (auto [it, end] = boost::edges(g); it != end; ++it) {
        const graph::Relation& r = g[*it];
        if (std::isfinite(r.amount) && r.amount < minAmount) {
            ++dropped;
            continue;
        }
        boost::add_edge(boost::source(*it, g), boost::target(*it, g), r, copy);
    }
    if (leftOut)
        *leftOut = dropped;
    return graph::Projection::fromGraph(std::move(copy));
}

GraphData graphDataOf(std::shared_ptr<const graph::Projection> projection)
{
    GraphData data;
    data.projection = std::move(projection);
    const graph::Projection& p = *data.projection;
    const std::size_t n = p.vertexCount();
    data.pageRank.assign(n, 0);
    data.received.assign(n, 0);
    data.given.assign(n, 0);

    std::map<std::string, std::size_t> currencies;
    int minYear = 0, maxYear = 0;
    for (auto [it, end] = boost::edges(p.graph()); it != end; ++it) {
        const graph::Relation& r = p.relation(*it);
        if (!r.currency.empty() && std::isfinite(r.amount))
            ++currencies[r.currency];
        for (const std::string* d : {&r.date, &r.endDate}) {
            if (d->size() < 4)
                continue;
            const int year = std::atoi(d->substr(0, 4).c_str());
            if (year <= 0)
                continue;
            minYear = minYear ? std::min(minYear, year) : year;
            maxYear = std::max(maxYear, year);
        }
    }
    data.minYear = minYear;
    data.maxYear = maxYear;
    std::size_t best = 0;
    for (const auto& [code, count] : currencies)
        if (count > best) {
            best = count;
            data.currency = code;
        }
    if (n == 0)
        return data;
    if (auto pr = graph::pageRank(p))
        for (const auto& s : *pr)
            if (auto v = p.vertex(s.id))
                data.pageRank[*v] = s.score;
    if (auto d = graph::degree(p, data.currency))
        for (const auto& s : *d)
            if (auto v = p.vertex(s.id)) {
                data.received[*v] = s.amountIn;
                data.given[*v] = s.amountOut;
            }
    return data;
}

Result<GraphData> loadGraphData(const store::Workspace& ws, const GraphQuery& query,
                                const std::atomic<bool>* cancel)
{
    auto built = graph::Projection::build(ws, query.filter, [cancel](std::uint64_t, std::uint64_t) {
        return !(cancel && cancel->load());
    });
    if (!built)
        return built.error();
    std::uint64_t leftOut = 0;
    std::shared_ptr<const graph::Projection> projection;
    if (query.minAmount > 0)
        projection = std::make_shared<const graph::Projection>(
            withoutSmallAmounts(*built, query.minAmount, &leftOut));
    else
        projection = std::make_shared<const graph::Projection>(std::move(built).value());
    if (cancel && cancel->load())
        return makeError("cancelled");
    GraphData data = graphDataOf(std::move(projection));
    data.leftOutByAmount = leftOut;
    return data;
}

Result<GraphData> loadGraphData(const std::string& workspacePath, const crypto::DataKeyHandle& key,
                                const GraphQuery& query, const std::atomic<bool>* cancel)
{
    store::Workspace::OpenOptions options;
    options.mode = store::Workspace::Mode::OpenExisting;
    options.key = key; // an encrypted workspace opens with the window's key, asking nothing
    auto ws = store::Workspace::open(workspacePath, options);
    if (!ws)
        return ws.error();
    return loadGraphData(**ws, query, cancel);
}

} // namespace commonplace::ui
