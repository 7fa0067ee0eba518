// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/Catalog.h"

#include "model/Model.h"
#include "store/Latin.h"
#include "store/Sqlite.h"
#include "store/Workspace.h"

#include <algorithm>
#include <set>
#include <unordered_map>

namespace commonplace::store {

namespace {

Error dbError(sqlite3* db, std::string_view what)
{
    return makeError(std::string(what) + ": " + sqlite3_errmsg(db));
}

Sensitivity level(std::int64_t v)
{
    return Sensitivity(std::clamp<std::int64_t>(v, 0, 3));
}

const char* kFindingColumns =
    "f.id, f.key, f.title, coalesce(f.date, ''), coalesce(f.country, ''), "
    "coalesce(t.label, ''), d.name, f.sensitivity, "
    "(SELECT count(*) FROM finding_source fs WHERE fs.finding_id = f.id) AS nsources "
    "FROM finding f JOIN dataset d ON d.id = f.dataset_id "
    "LEFT JOIN taxonomy t ON t.id = f.theme_id ";

FindingRow findingRow(const Query& q)
{
    return FindingRow{q.int64(0),  q.string(1), q.string(2),       q.string(3), q.string(4),
                      q.string(5), q.string(6), level(q.int64(7)), q.int64(8)};
}

std::string findingWhere(const FindingFilter& filter)
{
    if (filter.text.empty())
        return {};
    return "WHERE f.id IN (SELECT rowid FROM finding_fts WHERE finding_fts MATCH ?1) ";
}

SourceRecord sourceRecord(const Query& q, int c)
{
    SourceRecord s;
    s.rowid = q.int64(c + 0);
    s.key = q.string(c + 1);
    s.dataset = q.string(c + 2);
    s.title = q.string(c + 3);
    s.url = q.string(c + 4);
    s.publisher = q.string(c + 5);
    s.published = q.string(c + 6);
    s.retrieved = q.string(c + 7);
    s.reliability = q.string(c + 8);
    s.credibility = int(q.int64(c + 9));
    s.attachmentSha256 = q.string(c + 10);
    s.attachmentName = q.string(c + 11);
    s.sensitivity = level(q.int64(c + 12));
    s.notes = q.string(c + 13);
    return s;
}

const char* kSourceColumns =
    "s.id, s.key, coalesce(d.name, ''), s.title, coalesce(s.url, ''), coalesce(s.publisher, ''), "
    "coalesce(s.published, ''), coalesce(s.retrieved, ''), coalesce(s.reliability, ''), "
    "coalesce(s.credibility, 0), coalesce(s.attachment_sha256, ''), "
    "coalesce(s.attachment_name, ''), s.sensitivity, coalesce(s.notes, '') "
    "FROM source s LEFT JOIN dataset d ON d.id = s.dataset_id ";

std::string likePattern(std::string_view text)
{
    std::string out = "%";
    for (char c : text) {
        if (c == '%' || c == '_' || c == '\\')
            out += '\\';
        out += c;
    }
    return out + "%";
}

} // namespace

Catalog::Catalog(const Workspace& ws)
    : m_ws(ws)
{}

Result<std::vector<FindingRow>> Catalog::findings(const FindingFilter& filter, FindingSort sort,
                                                  bool descending, std::int64_t offset,
                                                  std::int64_t limit) const
{
    const char* order = "f.date";
    switch (sort) {
    case FindingSort::Date:
        order = "f.date";
        break;
    case FindingSort::Title:
        order = "f.title COLLATE NOCASE";
        break;
    case FindingSort::Country:
        order = "f.country";
        break;
    case FindingSort::Theme:
        order = "t.label COLLATE NOCASE";
        break;
    case FindingSort::Sensitivity:
        order = "f.sensitivity";
        break;
    case FindingSort::Sources:
        order = "nsources";
        break;
    case FindingSort::Created:
        order = "f.id";
        break;
    }
    const char* dir = descending ? " DESC" : " ASC";
    std::string sql = std::string("SELECT ") + kFindingColumns + findingWhere(filter) +
                      "ORDER BY " + order + dir + ", f.id" + dir + " LIMIT ?2 OFFSET ?3";
    Query q(m_ws.db(), sql);
    if (!q.valid())
        return makeError("database error: " + q.error());
    if (!filter.text.empty())
        q.bind(1, ftsQuery(filter.text));
    q.bind(2, limit).bind(3, offset);
    std::vector<FindingRow> out;
    int rc;
    while ((rc = q.step()) == SQLITE_ROW)
        out.push_back(findingRow(q));
    if (rc != SQLITE_DONE)
        return dbError(m_ws.db(), "cannot list findings");
    return out;
}

Result<std::int64_t> Catalog::countFindings(const FindingFilter& filter) const
{
    Query q(m_ws.db(), "SELECT count(*) FROM finding f " + findingWhere(filter));
    if (!filter.text.empty())
        q.bind(1, ftsQuery(filter.text));
    if (q.step() != SQLITE_ROW)
        return dbError(m_ws.db(), "cannot count findings");
    return q.int64(0);
}

Result<FindingRecord> Catalog::finding(std::string_view key) const
{
    sqlite3* db = m_ws.db();
    Query q(db, "SELECT f.id, f.key, f.title, coalesce(f.date, ''), coalesce(f.text, ''), "
                "coalesce(f.country, ''), coalesce(t.key, ''), coalesce(f.author, ''), d.name, "
                "f.sensitivity, f.created_at FROM finding f JOIN dataset d ON d.id = f.dataset_id "
                "LEFT JOIN taxonomy t ON t.id = f.theme_id WHERE f.key = ?1");
    q.bind(1, key);
    if (q.step() != SQLITE_ROW)
        return makeError("no finding with id '" + std::string(key) + "'");
    FindingRecord f;
    f.rowid = q.int64(0);
    f.key = q.string(1);
    f.title = q.string(2);
    f.date = q.string(3);
    f.text = q.string(4);
    f.country = q.string(5);
    f.theme = q.string(6);
    f.author = q.string(7);
    f.dataset = q.string(8);
    f.sensitivity = level(q.int64(9));
    f.createdAt = q.string(10);
    auto list = [&](const char* sql, std::vector<std::string>& out) -> Status {
        Query l(db, sql);
        l.bind(1, f.rowid);
        int rc;
        while ((rc = l.step()) == SQLITE_ROW)
            out.push_back(l.string(0));
        if (rc != SQLITE_DONE)
            return dbError(db, "cannot read finding");
        return {};
    };
    // Links in the order they were made: rowid order of the link tables is the key order, so
    // sort by the linked row's id, which follows creation.
    if (auto st = list("SELECT e.key FROM finding_entity fe JOIN entity e ON e.id = fe.entity_id "
                       "WHERE fe.finding_id = ?1 ORDER BY e.id",
                       f.entities);
        !st)
        return st.error();
    if (auto st = list("SELECT s.key FROM finding_source fs JOIN source s ON s.id = fs.source_id "
                       "WHERE fs.finding_id = ?1 ORDER BY s.id",
                       f.sources);
        !st)
        return st.error();
    if (auto st = list("SELECT t.key FROM finding_tactic ft JOIN taxonomy t ON t.id = ft.tactic_id "
                       "WHERE ft.finding_id = ?1 ORDER BY t.label",
                       f.tactics);
        !st)
        return st.error();
    return f;
}

Result<std::vector<FindingRow>> Catalog::findingsOf(std::string_view entityId, int limit) const
{
    Query q(m_ws.db(), std::string("SELECT ") + kFindingColumns +
                           "WHERE f.id IN (SELECT fe.finding_id FROM finding_entity fe JOIN entity "
                           "e ON e.id = fe.entity_id WHERE e.key = ?1) ORDER BY f.date DESC, "
                           "f.id DESC LIMIT ?2");
    q.bind(1, entityId).bind(2, limit);
    std::vector<FindingRow> out;
    while (q.step() == SQLITE_ROW)
        out.push_back(findingRow(q));
    return out;
}

Result<std::vector<SourceRow>> Catalog::sources(std::string_view text, std::int64_t offset,
                                                std::int64_t limit, bool counts) const
{
    std::string sql = std::string("SELECT ") + kSourceColumns +
                      (text.empty() ? ""
                                    : "WHERE s.title LIKE ?1 ESCAPE '\\' OR s.publisher LIKE "
                                      "?1 ESCAPE '\\' OR s.url LIKE ?1 ESCAPE '\\' ") +
                      "ORDER BY s.title COLLATE NOCASE, s.id LIMIT ?2 OFFSET ?3";
    Query q(m_ws.db(), sql);
    if (!q.valid())
        return makeError("database error: " + q.error());
    if (!text.empty())
        q.bind(1, likePattern(text));
    q.bind(2, limit).bind(3, offset);
    std::vector<SourceRow> out;
    int rc;
    while ((rc = q.step()) == SQLITE_ROW)
        out.push_back(SourceRow{sourceRecord(q, 0), 0, 0});
    if (rc != SQLITE_DONE)
        return dbError(m_ws.db(), "cannot list sources");
    if (!counts || out.empty())
        return out;
    // One query for the whole page (statement_source, schema 4, makes it an index lookup); the
    // ids are integers from the store, so they are written into the SQL as they are.
    std::string ids;
    std::unordered_map<std::int64_t, SourceRow*> byId;
    for (auto& row : out) {
        if (!ids.empty())
            ids += ',';
        ids += std::to_string(row.source.rowid);
        byId[row.source.rowid] = &row;
    }
    for (auto [prefix, field] :
         {std::pair{"SELECT source_id, count(*) FROM statement WHERE source_id IN (", 0},
          std::pair{"SELECT source_id, count(*) FROM finding_source WHERE source_id IN (", 1}}) {
        Query c(m_ws.db(), std::string(prefix) + ids + ") GROUP BY source_id");
        if (!c.valid())
            return makeError("database error: " + c.error());
        while (c.step() == SQLITE_ROW) {
            SourceRow* row = byId[c.int64(0)];
            (field == 0 ? row->statements : row->findings) = c.int64(1);
        }
    }
    return out;
}

Result<std::int64_t> Catalog::countSources(std::string_view text) const
{
    Query q(m_ws.db(), text.empty() ? "SELECT count(*) FROM source"
                                    : "SELECT count(*) FROM source s WHERE s.title LIKE ?1 ESCAPE "
                                      "'\\' OR s.publisher LIKE ?1 ESCAPE '\\' OR s.url LIKE ?1 "
                                      "ESCAPE '\\'");
    if (!text.empty())
        q.bind(1, likePattern(text));
    if (q.step() != SQLITE_ROW)
        return dbError(m_ws.db(), "cannot count sources");
    return q.int64(0);
}

Result<SourceRecord> Catalog::source(std::string_view key) const
{
    Query q(m_ws.db(), std::string("SELECT ") + kSourceColumns + "WHERE s.key = ?1");
    q.bind(1, key);
    if (q.step() != SQLITE_ROW)
        return makeError("no source with id '" + std::string(key) + "'");
    return sourceRecord(q, 0);
}

Result<SourceCitations> Catalog::citations(std::string_view key, int limit) const
{
    sqlite3* db = m_ws.db();
    auto src = source(key);
    if (!src)
        return src.error();
    SourceCitations c;
    Query count(db, "SELECT (SELECT count(*) FROM statement WHERE source_id = ?1), "
                    "(SELECT count(*) FROM finding_source WHERE source_id = ?1)");
    count.bind(1, src->rowid);
    if (count.step() != SQLITE_ROW)
        return dbError(db, "cannot count citations");
    c.statementCount = count.int64(0);
    c.findingCount = count.int64(1);
    Query values(db, "SELECT s.id, e.key, e.schema, coalesce(e.caption, e.key), s.prop, s.value "
                     "FROM statement s JOIN entity e ON e.id = s.entity_id WHERE s.source_id = ?1 "
                     "ORDER BY e.caption, s.prop, s.id LIMIT ?2");
    values.bind(1, src->rowid).bind(2, limit);
    while (values.step() == SQLITE_ROW)
        c.statements.push_back({values.int64(0), values.string(1), values.string(2),
                                values.string(3), values.string(4), values.string(5)});
    Query findings(db, std::string("SELECT ") + kFindingColumns +
                           "WHERE f.id IN (SELECT finding_id FROM finding_source WHERE source_id = "
                           "?1) ORDER BY f.date DESC, f.id DESC LIMIT ?2");
    findings.bind(1, src->rowid).bind(2, limit);
    while (findings.step() == SQLITE_ROW)
        c.findings.push_back(findingRow(findings));
    return c;
}

Result<std::vector<TaxonomyEntry>> Catalog::taxonomy(std::string_view kind) const
{
    Query q(m_ws.db(), "SELECT id, kind, key, label, coalesce(description, '') FROM taxonomy "
                       "WHERE kind = ?1 ORDER BY label COLLATE NOCASE, id");
    q.bind(1, kind);
    std::vector<TaxonomyEntry> out;
    int rc;
    while ((rc = q.step()) == SQLITE_ROW)
        out.push_back({q.int64(0), q.string(1), q.string(2), q.string(3), q.string(4)});
    if (rc != SQLITE_DONE)
        return dbError(m_ws.db(), "cannot read the taxonomy");
    return out;
}

Result<std::int64_t> Catalog::taxonomyUses(std::int64_t rowid) const
{
    Query q(m_ws.db(), "SELECT (SELECT count(*) FROM finding_tactic WHERE tactic_id = ?1) + "
                       "(SELECT count(*) FROM finding WHERE theme_id = ?1)");
    q.bind(1, rowid);
    if (q.step() != SQLITE_ROW)
        return dbError(m_ws.db(), "cannot count uses");
    return q.int64(0);
}

Result<std::vector<EntityRow>> Catalog::completeEntities(std::string_view prefix, int limit,
                                                         std::string_view schemaName) const
{
    std::vector<EntityRow> out;
    if (prefix.empty() || limit <= 0)
        return out;
    const model::Model& model = model::Model::builtin();
    const model::Schema* wanted = schemaName.empty() ? nullptr : model.schema(schemaName);
    auto accept = [&](std::string_view schema) {
        if (!wanted)
            return true;
        const model::Schema* s = model.schema(schema);
        return s && s->isA(*wanted);
    };
    std::set<std::int64_t> seen;
    // The caption index is NOCASE: a range over it finds names starting with the prefix.
    std::string upper(prefix);
    upper += "\xF4\x8F\xBF\xBF"; // U+10FFFF sorts after every continuation
    Query q(m_ws.db(), "SELECT id, key, schema, coalesce(caption, key) FROM entity "
                       "WHERE caption COLLATE NOCASE >= ?1 AND caption COLLATE NOCASE < ?2 "
                       "AND canonical_id IS NULL ORDER BY caption COLLATE NOCASE LIMIT ?3");
    q.bind(1, prefix).bind(2, upper).bind(3, std::int64_t(limit) * 4);
    while (q.step() == SQLITE_ROW && int(out.size()) < limit) {
        if (!accept(q.text(2)))
            continue;
        seen.insert(q.int64(0));
        out.push_back({q.int64(0), q.string(1), q.string(2), q.string(3), {}});
    }
    if (int(out.size()) >= limit)
        return out;
    // Then a word inside a name or an alias ("Smith" finds "John Smith"), as typed or
    // transliterated ("Иван" finds "Ivan Petrov"), then names in other scripts by their Latin
    // form ("malofeev" finds "Константин Малофеев"). Each ranks the first kRankWindow matches of
    // its index: a letter or two typed match a good part of a large workspace.
    const NameQueries match = nameQueries(prefix);
    if (match.names.empty())
        return out;
    auto complete = [&](const char* table, const std::string& expression) -> Status {
        Query fts(m_ws.db(), std::string("SELECT e.id, e.key, e.schema, coalesce(e.caption, "
                                         "e.key) FROM (SELECT rowid, rank FROM ") +
                                 table + " WHERE " + table +
                                 " MATCH ?1 LIMIT ?3) m JOIN entity e ON e.id = m.rowid "
                                 "WHERE e.canonical_id IS NULL ORDER BY m.rank LIMIT ?2");
        if (!fts.valid())
            return makeError("database error: " + fts.error());
        fts.bind(1, expression).bind(2, std::int64_t(limit) * 4).bind(3, std::int64_t(kRankWindow));
        int rc;
        while (int(out.size()) < limit && (rc = fts.step()) == SQLITE_ROW) {
            if (seen.count(fts.int64(0)) || !accept(fts.text(2)))
                continue;
            seen.insert(fts.int64(0));
            out.push_back({fts.int64(0), fts.string(1), fts.string(2), fts.string(3), {}});
        }
        if (rc != SQLITE_DONE && rc != SQLITE_ROW)
            return makeError(std::string("completion failed: ") + sqlite3_errmsg(m_ws.db()));
        return {};
    };
    if (auto st = complete("entity_fts", "names : (" + match.names + ")"); !st)
        return st.error();
    if (int(out.size()) < limit && !match.latin.empty())
        if (auto st = complete("entity_latin", match.latin); !st)
            return st.error();
    return out;
}

Result<std::vector<std::string>> Catalog::datasetNames() const
{
    Query q(m_ws.db(), "SELECT name FROM dataset ORDER BY name");
    std::vector<std::string> out;
    while (q.step() == SQLITE_ROW)
        out.push_back(q.string(0));
    return out;
}

} // namespace commonplace::store
