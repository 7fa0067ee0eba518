// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"
#include "store/Editor.h"
#include "store/Types.h"

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace commonplace::store {

class Workspace;

/** One line of the findings table. */
struct FindingRow
{
    std::int64_t rowid = 0;
    std::string key;
    std::string title;
    std::string date;
    std::string country; ///< ISO code
    std::string theme;   ///< the theme's label
    std::string dataset;
    Sensitivity sensitivity = Sensitivity::Public;
    std::int64_t sources = 0; ///< number of sources
};

enum class FindingSort
{
    Date,
    Title,
    Country,
    Theme,
    Sensitivity,
    Sources,
    Created
};

/** Which findings a list shows: all when `text` is empty, else those matching its words. */
struct FindingFilter
{
    std::string text;
};

/** One line of the sources table: the source and how much cites it. */
struct SourceRow
{
    SourceRecord source;
    std::int64_t statements = 0; ///< values citing it
    std::int64_t findings = 0;   ///< findings citing it
};

/** A value that cites a source. */
struct CitingValue
{
    std::int64_t statementId = 0;
    std::string entity; ///< entity id
    std::string schema;
    std::string caption;
    std::string prop;
    std::string value;
};

/** Everything that cites a source (the lists stop at the limit; the counts do not). */
struct SourceCitations
{
    std::int64_t statementCount = 0;
    std::int64_t findingCount = 0;
    std::vector<CitingValue> statements;
    std::vector<FindingRow> findings;
};

/**
 * The read side of the researcher's records: findings, sources, taxonomy, entity completion.
 * Lists are paged and sorted by the store.
 */
class Catalog
{
public:
    explicit Catalog(const Workspace& ws);

    Result<std::vector<FindingRow>> findings(const FindingFilter& filter, FindingSort sort,
                                             bool descending, std::int64_t offset,
                                             std::int64_t limit) const;
    Result<std::int64_t> countFindings(const FindingFilter& filter) const;
    /** One finding with its links; error if the key is unknown. */
    Result<FindingRecord> finding(std::string_view key) const;
    /** The findings that name an entity, newest first. */
    Result<std::vector<FindingRow>> findingsOf(std::string_view entityId, int limit) const;

    /**
     * Sources by title; `text` filters on title, publisher and URL (substring). With `counts`,
     * each row says how many values and findings cite it (one pass over the statements per
     * page: statement.source_id has no index in schema 3).
     */
    Result<std::vector<SourceRow>> sources(std::string_view text, std::int64_t offset,
                                           std::int64_t limit, bool counts = true) const;
    Result<std::int64_t> countSources(std::string_view text) const;
    /** One source; error if the key is unknown. */
    Result<SourceRecord> source(std::string_view key) const;
    /** The values and findings that cite a source, up to `limit` of each. */
    Result<SourceCitations> citations(std::string_view key, int limit) const;

    /** Tactics or themes by label. */
    Result<std::vector<TaxonomyEntry>> taxonomy(std::string_view kind) const;
    /** How many findings use a taxonomy entry. */
    Result<std::int64_t> taxonomyUses(std::int64_t rowid) const;

    /**
     * Entities whose name starts with `prefix` (case-insensitive), then those with a name word
     * starting with it (as typed or transliterated: "Иван" completes to "Ivan Petrov"), then
     * names in other scripts by their Latin form ("malofeev" completes to "Константин
     * Малофеев", see LatinForm); merged members are skipped. `schema`, when given, keeps only
     * entities of that schema or its descendants.
     */
    Result<std::vector<EntityRow>> completeEntities(std::string_view prefix, int limit,
                                                    std::string_view schema = {}) const;

    /** Names of the workspace's datasets. */
    Result<std::vector<std::string>> datasetNames() const;

private:
    const Workspace& m_ws;
};

} // namespace commonplace::store
