// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"
#include "crypto/Vfs.h"
#include "graph/Analyses.h"
#include "graph/Projection.h"

#include <atomic>
#include <memory>
#include <string>
#include <vector>

namespace commonplace::ui {

/** What the analyst's views ask of the graph: core's filter and a minimum amount. */
struct GraphQuery
{
    graph::Filter filter;
    /// Relationships with a known amount below it are left out (those without an amount stay:
    /// an ownership or a directorship has none).
    double minAmount = 0;
};

/** A projection and the per-actor figures the explorer sizes nodes by. */
struct GraphData
{
    std::shared_ptr<const graph::Projection> projection;
    std::vector<double> pageRank; ///< by vertex index
    std::vector<double> received; ///< by vertex, in `currency`
    std::vector<double> given;    ///< by vertex, in `currency`
    std::string currency;         ///< the currency most relationships are in ("" when none)
    int minYear = 0, maxYear = 0; ///< years of the dated relationships (0 when none)
    std::uint64_t leftOutByAmount = 0;
};

/**
 * Opens its own connection to the workspace file (it runs on a worker thread; `key` is the
 * window's workspace's key(), null when it is not encrypted), builds the
 * projection under the query and computes PageRank and the amounts received and given.
 * `cancel`, when set, stops the build early with an error.
 */
Result<GraphData> loadGraphData(const std::string& workspacePath, const crypto::DataKeyHandle& key,
                                const GraphQuery& query, const std::atomic<bool>* cancel = nullptr);

/** The same on an open workspace (tests, benchmarks, the UI thread for small graphs). */
Result<GraphData> loadGraphData(const store::Workspace& ws, const GraphQuery& query,
                                const std::atomic<bool>* cancel = nullptr);

/** Figures for an already built projection (the benchmark's generated graphs). */
GraphData graphDataOf(std::shared_ptr<const graph::Projection> projection);

/** The projection without the relationships whose known amount is below `minAmount`. */
graph::Projection withoutSmallAmounts(const graph::Projection& p, double minAmount,
                                      std::uint64_t* leftOut = nullptr);

} // namespace commonplace::ui
