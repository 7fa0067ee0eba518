// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>
#include <string>

namespace commonplace::cli {

/** The options of `dedupe` (docs/cli.md). */
struct DedupeArgs
{
    std::optional<double> autoScore;  ///< --auto SCORE: merge pairs at or above it
    std::string dataset;              ///< --dataset A: only entities with values from A
    std::string against;              ///< --against B: link A to B instead of deduplicating
    double threshold = 0.5;           ///< --threshold X: candidates below are not shown
    int limit = 50;                   ///< --limit N: review candidates shown (0: all)
    bool explain = false;             ///< --explain: every feature of every score
    bool discountSameDataset = false; ///< --discount-same-dataset
    std::string user;                 ///< who auto-merges ("" = the login name)
};

/**
 * `dedupe [--auto SCORE] [--dataset A [--against B]] [--threshold X] [--limit N] [--explain]`:
 * candidate matches best first; with --auto, the pairs at or above SCORE are merged (each as
 * a positive judgement, all in one transaction) and the rest form the review queue. Returns the
 * exit status: 0 ok, 1 failed (message on stderr, workspace unchanged), 2 usage.
 */
int cmdDedupe(const std::string& workspacePath, bool json, const DedupeArgs& args);

} // namespace commonplace::cli
