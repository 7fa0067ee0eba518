// SPDX-License-Identifier: GPL-3.0-or-later
// `commonplace-cli graph …`: the analyses of core/graph over a filtered projection.
#pragma once

#include "Open.h"

#include <CLI/CLI.hpp>

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

namespace commonplace::cli {

/** Everything `graph` and its analyses take from the command line. */
struct GraphArgs
{
    // The filter, shared by every analysis.
    std::string from, to, minGrading, maxSensitivity = "restricted";
    std::vector<std::string> schemata, datasets;
    bool excludeUnsourced = false, excludeUndated = false;
    int limit = -1; ///< -1: 25 in text, all in JSON
    // pagerank, degree
    bool byAmount = false;
    std::string currency;
    // betweenness
    std::size_t samples = 500, exactBelow = 5000;
    // betweenness, communities, layout
    std::uint64_t seed = 1;
    // components
    bool strong = false;
    // communities
    double resolution = 1.0;
    // path
    std::string from_id, to_id;
    bool all = false, weighted = false, undirected = false;
    int maxHops = 4;
    std::size_t maxPaths = 100;
    // flows
    std::string id;
    bool up = false, down = false, timeRespecting = false;
    int depth = 3;
    std::size_t flowPaths = 100;
    // layout
    std::string kind = "force";
};

struct GraphCommands
{
    CLI::App* graph = nullptr;
    CLI::App *pagerank, *betweenness, *closeness, *degree, *components, *brokers, *communities,
        *kcore, *path, *flows, *layout;
};

/** Adds `graph` and its subcommands to `app`; their options land in `a`. */
GraphCommands addGraphCommands(CLI::App& app, GraphArgs& a);

/** Runs the graph subcommand that was parsed. */
int cmdGraph(const Options& o, const GraphArgs& a, const GraphCommands& c);

} // namespace commonplace::cli
