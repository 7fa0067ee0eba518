// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Entity resolution: finding the same actor across datasets (Matcher), and recording,
// applying and undoing decisions about it (Resolver). Two halves with one vocabulary.

#include "Result.h"

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace commonplace::store {
class Workspace;
}

namespace commonplace::match {

namespace detail {
struct ResolverCache;
}

// ---- Judgements and merges (Resolver.cpp) -----------------------------------------------------

/** A decision about two entities; stored as nomenklatura's words: positive, negative, unsure. */
enum class Judgement
{
    Positive, ///< the same actor: they merge
    Negative, ///< different actors: they must never merge
    Unsure
};

/** yes / no / unsure or nomenklatura's positive / negative / unsure, in any case. */
std::optional<Judgement> parseJudgement(std::string_view text);
/** "positive", "negative", "unsure". */
std::string_view toString(Judgement j);

struct JudgementRecord
{
    std::string left;  ///< entity id (nomenklatura's "target")
    std::string right; ///< entity id (nomenklatura's "source")
    Judgement judgement = Judgement::Unsure;
    double score = 0;      ///< the matcher's score when it was judged (0 when judged by hand)
    std::string user;      ///< who decided
    std::string timestamp; ///< ISO 8601, UTC
};

/** What a judgement did to the workspace. */
struct JudgeOutcome
{
    std::string canonical;            ///< the canonical id the pair now shares (Positive), else ""
    std::vector<std::string> members; ///< all entities of that canonical group
    bool changed = false;             ///< false when the same judgement was already recorded
};

/** What an unmerge did. */
struct UnmergeOutcome
{
    std::string canonical;               ///< the canonical id the group had
    std::vector<std::string> members;    ///< the entities that are now on their own again, sorted
    std::uint64_t judgementsRemoved = 0; ///< positive judgements deleted
};

/** What importing a judgements file did. */
struct JudgementImportReport
{
    std::uint64_t lines = 0;       ///< lines read (blank lines included)
    std::uint64_t recorded = 0;    ///< judgements new to the workspace (or replacing an unsure one)
    std::uint64_t unchanged = 0;   ///< judgements the workspace already had
    std::uint64_t suggestions = 0; ///< nomenklatura "no_judgement" lines: not decisions, skipped
    std::uint64_t merges = 0;      ///< positive judgements that joined two groups
};

/**
 * Judgements, canonical groups and merges on one workspace. Canonical groups are the
 * connected components of positive judgements; a negative judgement between two members of
 * one group forbids it (the conflict is reported, never silently merged). Merging never
 * changes or deletes a statement: a canonical id groups entities, so unmerge restores them
 * exactly. Every call is one transaction.
 *
 * Representation: the group's canonical member (the representative) keeps `canonical_id`
 * NULL and every other member points at it. The representative is the greatest member id in
 * nomenklatura's order (a Wikidata QID before any other id, then the greatest string), so the
 * same judgements give the same canonical id in any workspace, whatever the order of merges.
 * Judgements are stored as nomenklatura stores them: target (the greater id) and source.
 * Ids starting "NK-" (canonical ids minted by nomenklatura) are accepted from judgement
 * files as group nodes without an entity.
 */
class Resolver
{
public:
    explicit Resolver(store::Workspace& ws);
    ~Resolver();
    Resolver(const Resolver&) = delete;
    Resolver& operator=(const Resolver&) = delete;

    /**
     * Records a judgement; Positive merges the two groups. Errors (the workspace unchanged): an
     * unknown id, the same id twice, a judgement contradicting a recorded yes or no, a no or
     * unsure between members of one group, a yes that would put two entities judged different
     * into one group, or a yes between unrelated schemata (Person and Company). An unsure
     * judgement may be replaced by a yes or no.
     */
    Result<JudgeOutcome> judge(const JudgementRecord& record);
    /** The recorded judgement between two entities (either order), if any. */
    std::optional<JudgementRecord> judgementOf(std::string_view a, std::string_view b) const;
    /**
     * The decision between two entities with merges factored in, as nomenklatura's
     * get_judgement: Positive when they share a group, else the first recorded judgement
     * between a member of one group and a member of the other, else nothing.
     */
    std::optional<Judgement> resolvedJudgement(std::string_view a, std::string_view b) const;
    /** The canonical id of an entity (itself when not merged); error when unknown. */
    Result<std::string> canonicalOf(std::string_view id) const;
    /** The members of an entity's group, itself included, sorted. */
    Result<std::vector<std::string>> membersOf(std::string_view id) const;
    /**
     * Splits a merged entity (any member's id) back into its parts: removes the positive
     * judgements that hold its group together and restores every member's own identity.
     * Negative and unsure judgements stay. Error when not merged.
     */
    Result<UnmergeOutcome> unmerge(std::string_view id);

    /**
     * Every judgement as nomenklatura resolver lines: JSON arrays
     * [target, source, judgement, score, user, timestamp], sorted. Returns the count.
     */
    Result<std::uint64_t> exportJudgements(const std::string& path) const;
    /**
     * Applies a file of resolver lines as judge() would, in one transaction: on any error
     * (file:line: reason) the workspace is unchanged.
     */
    Result<JudgementImportReport> importJudgements(const std::string& path);

private:
    store::Workspace& m_ws;
    std::unique_ptr<detail::ResolverCache> m_cache; // prepared statements
};

// ---- Candidates and scores (Matcher.cpp, Normalize.cpp, ...) ----------------------------------

/** One feature of a score, for --explain. */
struct Feature
{
    std::string name;   ///< e.g. "name.jaro_winkler", "identifier.match", "country.mismatch"
    double value = 0;   ///< the feature's raw value
    double weight = 0;  ///< its contribution to the score
    std::string detail; ///< what was compared, for a person
};

struct Candidate
{
    std::string left, right; ///< entity ids, left < right
    double score = 0;        ///< in [0, 1]
    std::vector<Feature> features;
};

struct DedupeOptions
{
    std::string dataset; ///< only entities with values from this dataset ("" = all)
    std::string against; ///< with dataset: link dataset against this one (linkage) instead of dedupe
    double threshold = 0.5;        ///< candidates below are not returned
    std::size_t maxPerEntity = 20; ///< bounded candidates per entity
    bool discountSameDataset = false;
    bool skipJudged = true;        ///< pairs already judged are never asked again
    std::size_t maxCandidates = 0; ///< return only the best so many (0 = all); keeps memory small
    std::function<bool(std::uint64_t, std::uint64_t)> progress;
};

/** Candidate pairs, best first, without comparing all pairs (blocking on weighted keys). */
Result<std::vector<Candidate>> findCandidates(const store::Workspace& ws,
                                              const DedupeOptions& options);

} // namespace commonplace::match
