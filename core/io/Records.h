// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"
#include "store/EntityWriter.h"
#include "store/Sqlite.h"
#include "store/Types.h"

#include <simdjson.h>

#include <string>
#include <vector>

namespace commonplace::io {

/**
 * Commonplace's own record lines inside FtM JSON lines files: `{"record": "source", ...}`,
 * `{"record": "finding", ...}` and `{"record": "cite", ...}` (see docs/formats.md).
 * FtM tools skip them; Commonplace reads them into the source, finding and statement tables.
 */
class RecordImporter
{
public:
    RecordImporter(store::Workspace& ws, store::EntityWriter& writer, const std::string& path);
    Status prepare();
    void setDataset(std::string name, std::int64_t rowid, store::Sensitivity floor);
    /**
     * Applies what had to wait for the whole file (citations, which update statements through
     * an index that a bulk import rebuilds only at its end).
     */
    Status finish();
    /** Imports one record line; errors carry the file and line. */
    Status importRecord(simdjson::dom::object obj, std::string_view kind, std::uint64_t line);

private:
    Status importSource(simdjson::dom::object obj);
    Status importFinding(simdjson::dom::object obj);
    Status importCite(simdjson::dom::object obj);
    Error fail(std::string message) const;
    /** Refuses `key` when another dataset (or none) owns it; `owner` is a prepared owner query. */
    Status refuseForeignKey(store::Query& owner, std::string_view kind, std::string_view key);
    Result<std::int64_t> sourceRowid(std::string_view key);
    Result<std::int64_t> entityRowid(std::string_view key);
    Result<store::Sensitivity> sensitivityOf(simdjson::dom::object obj);

    store::Workspace& m_ws;
    store::EntityWriter& m_writer;
    const std::string& m_path;
    std::uint64_t m_line = 0;
    std::string m_dataset;
    std::int64_t m_datasetRowid = 0;
    store::Sensitivity m_floor = store::Sensitivity::Public;
    struct PendingCite
    {
        std::uint64_t line;
        std::int64_t entity;
        std::int64_t source;
    };
    std::vector<PendingCite> m_cites;
    store::Query m_insertSource, m_findSource, m_sourceOwner, m_findEntity, m_insertFinding,
        m_findTaxonomy, m_linkEntity, m_linkSource, m_linkTactic, m_insertFindingFts,
        m_findingOwner, m_findFinding, m_updateFinding, m_clearFinding, m_unlinkEntities,
        m_unlinkSources, m_unlinkTactics;
};

} // namespace commonplace::io
