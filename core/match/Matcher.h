// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The matcher beyond the shared vocabulary of Match.h: scoring records one pair at a time,
// and the figures of a candidate search.

#include "match/Match.h"

#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace commonplace::match {

/** The default threshold: the score at which a pair is taken as the same actor. */
constexpr double kDefaultThreshold = 0.5;

/** An entity as the matcher reads it, for scoring records that are not in a workspace. */
struct MatchRecord
{
    std::string id;
    std::string schema;                                      ///< a matchable LegalEntity schema
    std::vector<std::pair<std::string, std::string>> values; ///< (property, value), FtM names
    std::vector<std::string> datasets;                       ///< for the same-dataset discount
};

/** What a candidate search did, for benchmarks and progress reports. */
struct DedupeStats
{
    std::uint64_t entities = 0;      ///< entities read (matchable, with a name or identifier)
    std::uint64_t keys = 0;          ///< distinct blocking keys
    std::uint64_t postings = 0;      ///< (key, entity) entries of the index
    std::uint64_t cappedKeys = 0;    ///< keys too common to block on
    std::uint64_t blockingWork = 0;  ///< index entries read while blocking
    std::uint64_t pairsCompared = 0; ///< distinct pairs scored
    std::uint64_t pairsAbove = 0;    ///< pairs at or above the threshold before per-entity bounds
    std::uint64_t candidates = 0;    ///< candidates found (before DedupeOptions::maxCandidates)
    std::uint64_t skippedJudged = 0; ///< pairs skipped because already judged or merged
    double secondsLoad = 0, secondsIndex = 0, secondsBlock = 0, secondsScore = 0;
};

/** findCandidates that also reports its figures. */
Result<std::vector<Candidate>> findCandidates(const store::Workspace& ws,
                                              const DedupeOptions& options, DedupeStats* stats);

/**
 * Scores two records exactly as findCandidates scores a pair (without the statistics of a
 * workspace: no common-name adjustment). Error when the schemata cannot be the same actor
 * (a Person and a Company) or a schema is not a matchable LegalEntity.
 */
Result<Candidate> compareRecords(const MatchRecord& a, const MatchRecord& b,
                                 bool discountSameDataset = false);

/** Scores two entities of a workspace with every feature, e.g. to explain a pair under review. */
Result<Candidate> explainPair(const store::Workspace& ws, std::string_view a, std::string_view b);

} // namespace commonplace::match
