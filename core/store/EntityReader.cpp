// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/EntityReader.h"

#include "store/Sqlite.h"
#include "store/Workspace.h"

namespace commonplace::store {

Result<ReadCounts> forEachEntity(const Workspace& ws, const ReadFilter& filter,
                                 const std::function<Status(const EntityRecord&)>& visit,
                                 const std::function<bool(std::uint64_t, std::uint64_t)>& progress)
{
    sqlite3* db = ws.db();
    ReadCounts counts;
    bool filtered = !filter.dataset.empty() || filter.maxSensitivity != Sensitivity::Restricted;

    std::optional<std::int64_t> datasetId;
    if (!filter.dataset.empty()) {
        Query d(db, "SELECT id FROM dataset WHERE name = ?1");
        d.bind(1, filter.dataset);
        if (d.step() != SQLITE_ROW)
            return makeError("no dataset named '" + filter.dataset + "'");
        datasetId = d.int64(0);
    }
    Query total(db, "SELECT count(*) FROM entity");
    std::uint64_t totalEntities = total.step() == SQLITE_ROW ? std::uint64_t(total.int64(0)) : 0;

    std::string schemaClause;
    for (std::size_t i = 0; i < filter.schemata.size(); ++i)
        schemaClause += (i ? ",?" : " WHERE e.schema IN (?");
    if (!schemaClause.empty())
        schemaClause += ")";
    // Statements come in entity order through the statement_entity index; the filter sits in
    // the join so entities with no visible value still appear once (with NULL columns).
    Query q(db, "SELECT e.id, e.key, e.schema, coalesce(e.caption, ''), coalesce(e.extra, ''), "
                "s.prop, s.value, s.sensitivity, s.dataset_id "
                "FROM entity e LEFT JOIN statement s ON s.entity_id = e.id" +
                    schemaClause + " ORDER BY e.id, s.prop, s.id");
    if (!q.valid())
        return makeError("database error: " + q.error());
    int bindIndex = 1;
    for (auto& s : filter.schemata)
        q.bind(bindIndex++, s);

    EntityRecord current;
    bool have = false;
    auto flush = [&]() -> Status {
        if (!have)
            return {};
        have = false;
        if (current.values.empty() && filtered)
            return {};
        ++counts.entities;
        return visit(current);
    };
    int rc;
    while ((rc = q.step()) == SQLITE_ROW) {
        std::int64_t rowid = q.int64(0);
        if (!have || rowid != current.rowid) {
            if (auto st = flush(); !st)
                return st.error();
            current.rowid = rowid;
            current.id = q.string(1);
            current.schema = q.string(2);
            current.caption = q.string(3);
            current.extraJson = q.string(4);
            current.values.clear();
            have = true;
            if (progress && counts.entities % 4096 == 0 &&
                !progress(counts.entities, totalEntities))
                return makeError("export cancelled");
        }
        if (q.isNull(5))
            continue;
        if (datasetId && q.int64(8) != *datasetId)
            continue;
        if (q.int64(7) > int(filter.maxSensitivity)) {
            ++counts.withheldStatements;
            continue;
        }
        current.values.emplace_back(q.string(5), q.string(6));
        ++counts.statements;
    }
    if (rc != SQLITE_DONE)
        return makeError(std::string("database error: ") + sqlite3_errmsg(db));
    if (auto st = flush(); !st)
        return st.error();
    return counts;
}

} // namespace commonplace::store
