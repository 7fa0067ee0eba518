// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/Editor.h"

#include "crypto/Secret.h"
#include "model/Model.h"
#include "model/Values.h"
#include "store/Catalog.h"
#include "store/EntityWriter.h"
#include "store/Sqlite.h"
#include "store/Workspace.h"
#include "util/Hash.h"

#include <algorithm>
#include <array>
#include <ctime>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <set>

namespace commonplace::store {

namespace {

Error dbError(sqlite3* db, std::string_view what)
{
    return makeError(std::string(what) + ": " + sqlite3_errmsg(db));
}

std::string inQuotes(std::string_view s)
{
    return "'" + std::string(s) + "'";
}

std::string nowIso()
{
    std::time_t t = std::time(nullptr);
    std::tm tm{};
    gmtime_r(&t, &tm);
    char buf[32];
    std::strftime(buf, sizeof buf, "%Y-%m-%dT%H:%M:%SZ", &tm);
    return buf;
}

std::optional<std::string> optText(const Query& q, int col)
{
    if (q.isNull(col))
        return std::nullopt;
    return q.string(col);
}

std::string blob(const Query& q, int col)
{
    const void* p = sqlite3_column_blob(q.handle(), col);
    int n = sqlite3_column_bytes(q.handle(), col);
    return p ? std::string(static_cast<const char*>(p), std::size_t(n)) : std::string();
}

/** Reads statements by a WHERE clause over `s` (one bound int64 parameter). */
Result<std::vector<StoredStatement>> readStatements(sqlite3* db, std::string_view where,
                                                    std::int64_t param)
{
    Query q(db, "SELECT s.id, s.hash, s.entity_id, e.key, s.prop, s.value, s.ref, s.lang, "
                "s.dataset_id, d.name, s.source_id, coalesce(src.key, ''), s.first_seen, "
                "s.last_seen, s.sensitivity FROM statement s JOIN entity e ON e.id = s.entity_id "
                "JOIN dataset d ON d.id = s.dataset_id LEFT JOIN source src ON src.id = "
                "s.source_id WHERE " +
                    std::string(where) + " ORDER BY s.id");
    if (!q.valid())
        return makeError("database error: " + q.error());
    q.bind(1, param);
    std::vector<StoredStatement> out;
    int rc;
    while ((rc = q.step()) == SQLITE_ROW) {
        StoredStatement r;
        r.id = q.int64(0);
        r.hash = blob(q, 1);
        r.entityRowid = q.int64(2);
        r.entity = q.string(3);
        r.prop = q.string(4);
        r.value = q.string(5);
        r.isReference = q.int64(6) != 0;
        r.lang = optText(q, 7);
        r.datasetRowid = q.int64(8);
        r.dataset = q.string(9);
        r.sourceRowid = q.optInt64(10);
        r.sourceKey = q.string(11);
        r.firstSeen = optText(q, 12);
        r.lastSeen = optText(q, 13);
        r.sensitivity = Sensitivity(std::clamp<std::int64_t>(q.int64(14), 0, 3));
        out.push_back(std::move(r));
    }
    if (rc != SQLITE_DONE)
        return dbError(db, "cannot read statements");
    return out;
}

Result<StoredStatement> readStatement(sqlite3* db, std::int64_t id)
{
    auto rows = readStatements(db, "s.id = ?1", id);
    if (!rows)
        return rows.error();
    if (rows->empty())
        return makeError("no value with id " + std::to_string(id) + " (it was removed)");
    return std::move(rows->front());
}

Status insertStatement(sqlite3* db, const StoredStatement& r)
{
    Query q(db, "INSERT INTO statement(id, hash, entity_id, prop, value, ref, lang, dataset_id, "
                "source_id, first_seen, last_seen, sensitivity) "
                "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)");
    q.bind(1, r.id)
        .bindBlob(2, r.hash.data(), r.hash.size())
        .bind(3, r.entityRowid)
        .bind(4, r.prop)
        .bind(5, r.value)
        .bind(6, r.isReference ? 1 : 0);
    if (r.lang)
        q.bind(7, *r.lang);
    else
        q.bindNull(7);
    q.bind(8, r.datasetRowid).bindOrNull(9, r.sourceRowid);
    if (r.firstSeen)
        q.bind(10, *r.firstSeen);
    else
        q.bindNull(10);
    if (r.lastSeen)
        q.bind(11, *r.lastSeen);
    else
        q.bindNull(11);
    q.bind(12, int(r.sensitivity));
    if (q.step() != SQLITE_DONE)
        return makeError("cannot restore the value " + inQuotes(r.value) + " of " + r.prop + ": " +
                         sqlite3_errmsg(db));
    return {};
}

struct EntityInfo
{
    std::int64_t rowid = 0;
    std::string schema;
};

Result<EntityInfo> findEntity(sqlite3* db, std::string_view id)
{
    Query q(db, "SELECT id, schema FROM entity WHERE key = ?1");
    q.bind(1, id);
    if (q.step() != SQLITE_ROW)
        return makeError("no entity with id " + inQuotes(id));
    return EntityInfo{q.int64(0), q.string(1)};
}

Result<std::int64_t> rowidOf(sqlite3* db, std::string_view sql, std::string_view key,
                             std::string message)
{
    Query q(db, sql);
    q.bind(1, key);
    if (q.step() != SQLITE_ROW)
        return makeError(std::move(message));
    return q.int64(0);
}

Result<std::int64_t> countOf(sqlite3* db, std::string_view sql, std::int64_t param)
{
    Query q(db, sql);
    q.bind(1, param);
    if (q.step() != SQLITE_ROW)
        return dbError(db, "cannot count");
    return q.int64(0);
}

/** A value checked against its property: the clean form and whether it references an entity. */
struct CheckedValue
{
    std::string value;
    bool isReference = false;
};

Result<CheckedValue> checkValue(sqlite3* db, const model::Model& model, const model::Schema& schema,
                                std::string_view propName, std::string_view raw)
{
    const model::Property* prop = schema.property(propName);
    if (!prop)
        return makeError(schema.name() + " has no property " + inQuotes(propName));
    if (prop->stub)
        return makeError(inQuotes(propName) + " of " + schema.name() +
                         " is computed from the entities that point here; set it on them");
    std::string_view trimmed = model::trim(raw);
    if (trimmed.empty())
        return makeError("the value of " + prop->label + " is empty");
    if (prop->type->kind == model::TypeKind::Entity) {
        auto target = findEntity(db, trimmed);
        if (!target)
            return makeError(prop->label + ": " + target.error().message);
        const model::Schema* targetSchema = model.schema(target->schema);
        if (prop->range && targetSchema && !targetSchema->isA(*prop->range))
            return makeError(prop->label + " must be a " + prop->range->label() + ", not a " +
                             targetSchema->label());
        return CheckedValue{std::string(trimmed), true};
    }
    auto cleaned = model::clean(*prop->type, trimmed);
    if (!cleaned)
        return makeError(prop->label + ": " + inQuotes(trimmed) + " is not a valid " +
                         prop->type->label);
    if (auto reason = model::validate(*prop->type, *cleaned))
        return makeError(prop->label + ": " + *reason);
    if (prop->maxLength > 0 && cleaned->size() > std::size_t(prop->maxLength))
        return makeError(prop->label + ": the value is longer than " +
                         std::to_string(prop->maxLength) + " characters");
    return CheckedValue{std::move(*cleaned), false};
}

struct SourceInfo
{
    std::int64_t rowid = 0;
    Sensitivity sensitivity = Sensitivity::Public;
};

Result<SourceInfo> findSource(sqlite3* db, std::string_view key)
{
    Query q(db, "SELECT id, sensitivity FROM source WHERE key = ?1");
    q.bind(1, key);
    if (q.step() != SQLITE_ROW)
        return makeError("no source with id " + inQuotes(key));
    return SourceInfo{q.int64(0), Sensitivity(std::clamp<std::int64_t>(q.int64(1), 0, 3))};
}

Status checkSource(const SourceRecord& s)
{
    std::string_view title = model::trim(s.title);
    if (title.empty())
        return makeError("a source needs a title");
    if (!s.reliability.empty() &&
        (s.reliability.size() != 1 || s.reliability[0] < 'A' || s.reliability[0] > 'F'))
        return makeError("reliability must be a letter A-F, not " + inQuotes(s.reliability));
    if (s.credibility < 0 || s.credibility > 6)
        return makeError("credibility must be 1-6 (or unknown), not " +
                         std::to_string(s.credibility));
    for (auto [label, d] :
         {std::pair{"published", &s.published}, std::pair{"retrieved", &s.retrieved}}) {
        if (!d->empty() && !model::isDatePrefix(*d))
            return makeError(std::string("the ") + label + " date " + inQuotes(*d) +
                             " is not a date (YYYY, YYYY-MM or YYYY-MM-DD)");
    }
    if (!s.attachmentSha256.empty()) {
        bool hex = s.attachmentSha256.size() == 64 &&
                   std::all_of(s.attachmentSha256.begin(), s.attachmentSha256.end(), [](char c) {
                       return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f');
                   });
        if (!hex)
            return makeError("the attachment hash must be 64 lower-case hex digits (SHA-256)");
    }
    return {};
}

/** The row id of the dataset a source names (made if new), or none when it names none. */
Result<std::optional<std::int64_t>> sourceDataset(Workspace& ws, std::string_view name)
{
    name = model::trim(name);
    if (name.empty())
        return std::optional<std::int64_t>();
    EntityWriter writer(ws);
    if (auto st = writer.prepare(); !st)
        return st.error();
    auto d = writer.datasetId(name);
    if (!d)
        return d.error();
    return std::optional<std::int64_t>(*d);
}

Status writeSource(sqlite3* db, const SourceRecord& s, std::optional<std::int64_t> datasetRowid,
                   bool update)
{
    Query q(db, update ? "UPDATE source SET dataset_id = ?2, title = ?3, url = ?4, publisher = ?5, "
                         "published = ?6, retrieved = ?7, reliability = ?8, credibility = ?9, "
                         "attachment_sha256 = ?10, attachment_name = ?11, sensitivity = ?12, "
                         "notes = ?13 WHERE key = ?1"
                       : "INSERT INTO source(key, dataset_id, title, url, publisher, published, "
                         "retrieved, reliability, credibility, attachment_sha256, "
                         "attachment_name, sensitivity, notes, id) VALUES (?1, ?2, ?3, ?4, ?5, "
                         "?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14)");
    q.bind(1, s.key)
        .bindOrNull(2, datasetRowid)
        .bind(3, model::trim(s.title))
        .bindOrNull(4, model::trim(s.url))
        .bindOrNull(5, model::trim(s.publisher))
        .bindOrNull(6, s.published)
        .bindOrNull(7, s.retrieved)
        .bindOrNull(8, s.reliability)
        .bindOrNull(9,
                    s.credibility > 0 ? std::optional<std::int64_t>(s.credibility) : std::nullopt)
        .bindOrNull(10, s.attachmentSha256)
        .bindOrNull(11, s.attachmentName)
        .bind(12, int(s.sensitivity))
        .bindOrNull(13, s.notes);
    if (!update)
        q.bindOrNull(14, s.rowid > 0 ? std::optional<std::int64_t>(s.rowid) : std::nullopt);
    if (q.step() != SQLITE_DONE) {
        if (sqlite3_extended_errcode(db) == SQLITE_CONSTRAINT_UNIQUE ||
            sqlite3_extended_errcode(db) == SQLITE_CONSTRAINT_PRIMARYKEY)
            return makeError("a source with id " + inQuotes(s.key) + " already exists");
        return dbError(db, "cannot write source");
    }
    return {};
}

/** The findings and values that cite a source, as a sentence; empty when nothing does. */
Result<std::string> whatCites(const Workspace& ws, std::string_view key)
{
    Catalog catalog(ws);
    auto cites = catalog.citations(key, 3);
    if (!cites)
        return cites.error();
    std::string out;
    if (cites->findingCount > 0) {
        out += std::to_string(cites->findingCount) +
               (cites->findingCount == 1 ? " finding (" : " findings (");
        for (std::size_t i = 0; i < cites->findings.size(); ++i)
            out += (i ? ", " : "") + inQuotes(cites->findings[i].title);
        out += cites->findingCount > std::int64_t(cites->findings.size()) ? ", ...)" : ")";
    }
    if (cites->statementCount > 0) {
        if (!out.empty())
            out += " and ";
        out += std::to_string(cites->statementCount) +
               (cites->statementCount == 1 ? " value (" : " values (");
        for (std::size_t i = 0; i < cites->statements.size(); ++i) {
            const auto& v = cites->statements[i];
            out += (i ? ", " : "") + v.prop + " of " + inQuotes(v.caption);
        }
        out += cites->statementCount > std::int64_t(cites->statements.size()) ? ", ...)" : ")";
    }
    return out;
}

struct ResolvedFinding
{
    std::optional<std::int64_t> themeRowid;
    std::int64_t datasetRowid = 0;
    std::string country;
    std::vector<std::int64_t> entities, sources, tactics;
};

Result<ResolvedFinding> resolveFinding(sqlite3* db, EntityWriter& writer, const FindingRecord& f)
{
    ResolvedFinding r;
    if (model::trim(f.title).empty())
        return makeError("a finding needs a title");
    if (!f.date.empty() && !model::isDatePrefix(f.date))
        return makeError("the date " + inQuotes(f.date) +
                         " is not a date (YYYY, YYYY-MM or "
                         "YYYY-MM-DD)");
    if (!model::trim(f.country).empty()) {
        auto code = model::countryCode(model::trim(f.country));
        if (!code)
            return makeError("unknown country " + inQuotes(f.country));
        r.country = *code;
    }
    if (model::trim(f.dataset).empty())
        return makeError("a finding needs a dataset");
    auto dataset = writer.datasetId(model::trim(f.dataset));
    if (!dataset)
        return dataset.error();
    r.datasetRowid = *dataset;
    if (!f.theme.empty()) {
        auto id = rowidOf(db, "SELECT id FROM taxonomy WHERE kind = 'theme' AND key = ?1", f.theme,
                          "unknown theme " + inQuotes(f.theme));
        if (!id)
            return id.error();
        r.themeRowid = *id;
    }
    for (const auto& t : f.tactics) {
        auto id = rowidOf(db, "SELECT id FROM taxonomy WHERE kind = 'tactic' AND key = ?1", t,
                          "unknown tactic " + inQuotes(t));
        if (!id)
            return id.error();
        r.tactics.push_back(*id);
    }
    for (const auto& e : f.entities) {
        auto id = findEntity(db, e);
        if (!id)
            return id.error();
        r.entities.push_back(id->rowid);
    }
    for (const auto& s : f.sources) {
        auto id = findSource(db, s);
        if (!id)
            return id.error();
        r.sources.push_back(id->rowid);
    }
    return r;
}

Status insertFinding(sqlite3* db, const FindingRecord& f, const ResolvedFinding& r, bool update)
{
    std::int64_t rowid = f.rowid;
    if (update) {
        Query q(db, "UPDATE finding SET title = ?2, date = ?3, text = ?4, country = ?5, "
                    "theme_id = ?6, author = ?7, dataset_id = ?8, sensitivity = ?9 WHERE id = ?1");
        q.bind(1, rowid)
            .bind(2, model::trim(f.title))
            .bindOrNull(3, f.date)
            .bindOrNull(4, f.text)
            .bindOrNull(5, r.country)
            .bindOrNull(6, r.themeRowid)
            .bindOrNull(7, f.author)
            .bind(8, r.datasetRowid)
            .bind(9, int(f.sensitivity));
        if (auto st = q.exec(); !st)
            return st;
        for (auto sql : {"DELETE FROM finding_entity WHERE finding_id = ?1",
                         "DELETE FROM finding_source WHERE finding_id = ?1",
                         "DELETE FROM finding_tactic WHERE finding_id = ?1",
                         "DELETE FROM finding_fts WHERE rowid = ?1"}) {
            Query d(db, sql);
            d.bind(1, rowid);
            if (auto st = d.exec(); !st)
                return st;
        }
    } else {
        Query q(db, "INSERT INTO finding(id, key, title, date, text, country, theme_id, author, "
                    "dataset_id, sensitivity, created_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, "
                    "?9, ?10, coalesce(?11, strftime('%Y-%m-%dT%H:%M:%SZ', 'now')))");
        q.bindOrNull(1, rowid > 0 ? std::optional<std::int64_t>(rowid) : std::nullopt)
            .bind(2, f.key)
            .bind(3, model::trim(f.title))
            .bindOrNull(4, f.date)
            .bindOrNull(5, f.text)
            .bindOrNull(6, r.country)
            .bindOrNull(7, r.themeRowid)
            .bindOrNull(8, f.author)
            .bind(9, r.datasetRowid)
            .bind(10, int(f.sensitivity))
            .bindOrNull(11, f.createdAt);
        if (q.step() != SQLITE_DONE) {
            if (sqlite3_extended_errcode(db) == SQLITE_CONSTRAINT_UNIQUE ||
                sqlite3_extended_errcode(db) == SQLITE_CONSTRAINT_PRIMARYKEY)
                return makeError("a finding with id " + inQuotes(f.key) + " already exists");
            return dbError(db, "cannot write finding");
        }
        rowid = sqlite3_last_insert_rowid(db);
    }
    Query fts(db, "INSERT INTO finding_fts(rowid, title, text) VALUES (?1, ?2, ?3)");
    fts.bind(1, rowid).bind(2, model::trim(f.title)).bind(3, f.text);
    if (auto st = fts.exec(); !st)
        return st;
    auto link = [&](const char* sql, const std::vector<std::int64_t>& ids) -> Status {
        Query q(db, sql);
        for (auto id : ids) {
            q.reset();
            q.bind(1, rowid).bind(2, id);
            if (auto st = q.exec(); !st)
                return st;
        }
        return {};
    };
    if (auto st = link("INSERT OR IGNORE INTO finding_entity VALUES (?1, ?2)", r.entities); !st)
        return st;
    if (auto st = link("INSERT OR IGNORE INTO finding_source VALUES (?1, ?2)", r.sources); !st)
        return st;
    return link("INSERT OR IGNORE INTO finding_tactic VALUES (?1, ?2)", r.tactics);
}

Status deleteFindingRow(sqlite3* db, std::int64_t rowid)
{
    for (auto sql :
         {"DELETE FROM finding_entity WHERE finding_id = ?1",
          "DELETE FROM finding_source WHERE finding_id = ?1",
          "DELETE FROM finding_tactic WHERE finding_id = ?1",
          "DELETE FROM finding_fts WHERE rowid = ?1", "DELETE FROM finding WHERE id = ?1"}) {
        Query q(db, sql);
        q.bind(1, rowid);
        if (auto st = q.exec(); !st)
            return st;
    }
    return {};
}

/** Removes an entity's statements, search entry, finding links and row. */
Status deleteEntityRows(sqlite3* db, std::int64_t rowid)
{
    for (auto sql :
         {"DELETE FROM statement WHERE entity_id = ?1", "DELETE FROM entity_fts WHERE rowid = ?1",
          "DELETE FROM finding_entity WHERE entity_id = ?1", "DELETE FROM entity WHERE id = ?1"}) {
        Query q(db, sql);
        q.bind(1, rowid);
        if (auto st = q.exec(); !st)
            return st;
    }
    return {};
}

/** Who references an entity, other than the entities in `except`; empty when nobody does. */
Result<std::string> referencesTo(sqlite3* db, std::string_view id,
                                 const std::set<std::int64_t>& except)
{
    Query q(db, "SELECT e.id, e.schema, coalesce(e.caption, e.key), s.prop FROM statement s "
                "JOIN entity e ON e.id = s.entity_id WHERE s.ref = 1 AND s.value = ?1");
    q.bind(1, id);
    std::string out;
    int n = 0;
    while (q.step() == SQLITE_ROW) {
        if (except.count(q.int64(0)))
            continue;
        if (n < 3)
            out += (n ? ", " : "") + q.string(1) + " " + inQuotes(q.text(2)) + " (" + q.string(3) +
                   ")";
        ++n;
    }
    if (n > 3)
        out += " and " + std::to_string(n - 3) + " more";
    return out;
}

std::string slug(std::string_view label)
{
    std::string out;
    for (unsigned char c : label) {
        if (std::isalnum(c))
            out += char(std::tolower(c));
        else if (c >= 0x80)
            out += char(c);
        else if (!out.empty() && out.back() != '-')
            out += '-';
    }
    while (!out.empty() && out.back() == '-')
        out.pop_back();
    return out;
}

} // namespace

Editor::Editor(Workspace& ws, const model::Model& model)
    : m_ws(ws)
    , m_model(model)
{}

std::string Editor::newId(std::string_view prefix)
{
    std::array<std::uint8_t, 12> bytes{};
    crypto::randomBytes(bytes);
    return std::string(prefix) + "-" + util::toHex(bytes.data(), bytes.size());
}

// Entities and values ---------------------------------------------------------------------

Result<std::string> Editor::createEntity(std::string_view schemaName, std::string_view id)
{
    const model::Schema* schema = m_model.schema(schemaName);
    if (!schema)
        return makeError("unknown schema " + inQuotes(schemaName));
    if (schema->isAbstract())
        return makeError(schema->name() + " is abstract; choose a concrete type");
    std::string key = id.empty() ? newId("cp") : std::string(model::trim(id));
    sqlite3* db = m_ws.db();
    if (findEntity(db, key))
        return makeError("an entity with id " + inQuotes(key) + " already exists");
    Transaction tx(db);
    if (auto st = tx.begin(); !st)
        return st.error();
    // Through the writer, so the new entity gets what every entity gets (its sort key).
    EntityWriter writer(m_ws);
    if (auto st = writer.prepare(); !st)
        return st.error();
    auto created = writer.upsertEntity(key, schema->name(), {}, {});
    if (!created)
        return created.error();
    if (auto st = tx.commit(); !st)
        return st.error();
    return key;
}

Result<StoredStatement> Editor::addValue(const ValueInput& input)
{
    sqlite3* db = m_ws.db();
    auto entity = findEntity(db, input.entity);
    if (!entity)
        return entity.error();
    const model::Schema* schema = m_model.schema(entity->schema);
    if (!schema)
        return makeError("entity " + inQuotes(input.entity) + " has the unknown schema " +
                         inQuotes(entity->schema));
    auto checked = checkValue(db, m_model, *schema, input.prop, input.value);
    if (!checked)
        return checked.error();
    std::string_view datasetName = model::trim(input.dataset);
    if (datasetName.empty())
        return makeError("a value needs a dataset");
    Sensitivity level = input.sensitivity;
    std::optional<std::int64_t> sourceRowid;
    if (!input.sourceKey.empty()) {
        auto source = findSource(db, input.sourceKey);
        if (!source)
            return source.error();
        sourceRowid = source->rowid;
        level = std::max(level, source->sensitivity); // a value is as confidential as its source
    }
    Transaction tx(db);
    if (auto st = tx.begin(); !st)
        return st.error();
    EntityWriter writer(m_ws);
    if (auto st = writer.prepare(); !st)
        return st.error();
    auto dataset = writer.datasetId(datasetName);
    if (!dataset)
        return dataset.error();
    std::string now = nowIso();
    NewStatement s;
    s.entityRowid = entity->rowid;
    s.entityId = input.entity;
    s.prop = input.prop;
    s.value = checked->value;
    s.isReference = checked->isReference;
    s.lang = input.lang;
    s.datasetRowid = *dataset;
    s.datasetName = datasetName;
    s.sourceRowid = sourceRowid;
    s.firstSeen = now;
    s.lastSeen = now;
    s.sensitivity = level;
    auto added = writer.addStatement(s);
    if (!added)
        return added.error();
    if (!*added)
        return makeError(inQuotes(input.entity) + " already has " + input.prop + " " +
                         inQuotes(checked->value) + " in dataset " + inQuotes(datasetName));
    std::int64_t statementId = sqlite3_last_insert_rowid(db);
    if (auto st = writer.refreshDerived(entity->rowid, *schema); !st)
        return st.error();
    auto row = readStatement(db, statementId);
    if (!row)
        return row.error();
    if (auto st = tx.commit(); !st)
        return st.error();
    return row;
}

Result<StoredStatement> Editor::removeValue(std::int64_t statementId)
{
    sqlite3* db = m_ws.db();
    auto row = readStatement(db, statementId);
    if (!row)
        return row.error();
    Transaction tx(db);
    if (auto st = tx.begin(); !st)
        return st.error();
    Query q(db, "DELETE FROM statement WHERE id = ?1");
    q.bind(1, statementId);
    if (auto st = q.exec(); !st)
        return st.error();
    auto entity = findEntity(db, row->entity);
    if (!entity)
        return entity.error();
    if (const model::Schema* schema = m_model.schema(entity->schema)) {
        EntityWriter writer(m_ws);
        if (auto st = writer.prepare(); !st)
            return st.error();
        if (auto st = writer.refreshDerived(entity->rowid, *schema); !st)
            return st.error();
    }
    if (auto st = tx.commit(); !st)
        return st.error();
    return row;
}

Status Editor::restoreValue(const StoredStatement& row)
{
    sqlite3* db = m_ws.db();
    auto entity = findEntity(db, row.entity);
    if (!entity || entity->rowid != row.entityRowid)
        return makeError("cannot restore a value of " + inQuotes(row.entity) +
                         ": the entity is gone");
    Transaction tx(db);
    if (auto st = tx.begin(); !st)
        return st;
    if (auto st = insertStatement(db, row); !st)
        return st;
    if (const model::Schema* schema = m_model.schema(entity->schema)) {
        EntityWriter writer(m_ws);
        if (auto st = writer.prepare(); !st)
            return st;
        if (auto st = writer.refreshDerived(entity->rowid, *schema); !st)
            return st;
    }
    return tx.commit();
}

Result<ValueChange> Editor::replaceValue(std::int64_t statementId, std::string_view newValue)
{
    sqlite3* db = m_ws.db();
    auto before = readStatement(db, statementId);
    if (!before)
        return before.error();
    auto entity = findEntity(db, before->entity);
    if (!entity)
        return entity.error();
    const model::Schema* schema = m_model.schema(entity->schema);
    if (!schema)
        return makeError("entity " + inQuotes(before->entity) + " has the unknown schema " +
                         inQuotes(entity->schema));
    auto checked = checkValue(db, m_model, *schema, before->prop, newValue);
    if (!checked)
        return checked.error();
    if (checked->value == before->value)
        return makeError("the value is unchanged");
    Transaction tx(db);
    if (auto st = tx.begin(); !st)
        return st.error();
    Query del(db, "DELETE FROM statement WHERE id = ?1");
    del.bind(1, statementId);
    if (auto st = del.exec(); !st)
        return st.error();
    EntityWriter writer(m_ws);
    if (auto st = writer.prepare(); !st)
        return st.error();
    std::string now = nowIso();
    NewStatement s;
    s.entityRowid = entity->rowid;
    s.entityId = before->entity;
    s.prop = before->prop;
    s.value = checked->value;
    s.isReference = checked->isReference;
    s.lang = before->lang ? std::string_view(*before->lang) : std::string_view();
    s.datasetRowid = before->datasetRowid;
    s.datasetName = before->dataset;
    s.sourceRowid = before->sourceRowid;
    s.firstSeen = now;
    s.lastSeen = now;
    s.sensitivity = before->sensitivity;
    auto added = writer.addStatement(s);
    if (!added)
        return added.error();
    if (!*added)
        return makeError(inQuotes(before->entity) + " already has " + before->prop + " " +
                         inQuotes(checked->value) + " in dataset " + inQuotes(before->dataset));
    std::int64_t newId = sqlite3_last_insert_rowid(db);
    if (auto st = writer.refreshDerived(entity->rowid, *schema); !st)
        return st.error();
    auto after = readStatement(db, newId);
    if (!after)
        return after.error();
    if (auto st = tx.commit(); !st)
        return st.error();
    return ValueChange{std::move(*before), std::move(*after)};
}

Status Editor::revertValue(const ValueChange& change)
{
    sqlite3* db = m_ws.db();
    auto entity = findEntity(db, change.before.entity);
    if (!entity)
        return entity.error();
    Transaction tx(db);
    if (auto st = tx.begin(); !st)
        return st;
    Query del(db, "DELETE FROM statement WHERE id = ?1");
    del.bind(1, change.after.id);
    if (auto st = del.exec(); !st)
        return st;
    if (sqlite3_changes(db) == 0)
        return makeError("the changed value " + inQuotes(change.after.value) + " is gone");
    if (auto st = insertStatement(db, change.before); !st)
        return st;
    if (const model::Schema* schema = m_model.schema(entity->schema)) {
        EntityWriter writer(m_ws);
        if (auto st = writer.prepare(); !st)
            return st;
        if (auto st = writer.refreshDerived(entity->rowid, *schema); !st)
            return st;
    }
    return tx.commit();
}

Result<EntitySnapshot> Editor::deleteEntity(std::string_view id)
{
    sqlite3* db = m_ws.db();
    Query q(db, "SELECT id, key, schema, canonical_id, caption, extra, sort_key FROM entity "
                "WHERE key = ?1");
    q.bind(1, id);
    if (q.step() != SQLITE_ROW)
        return makeError("no entity with id " + inQuotes(id));
    EntitySnapshot snap;
    snap.rowid = q.int64(0);
    snap.id = q.string(1);
    snap.schema = q.string(2);
    snap.canonicalRowid = q.optInt64(3);
    snap.caption = optText(q, 4);
    snap.extra = optText(q, 5);
    if (!q.isNull(6))
        snap.sortKey = blob(q, 6);
    q.reset();
    auto members = countOf(db, "SELECT count(*) FROM entity WHERE canonical_id = ?1", snap.rowid);
    if (!members)
        return members.error();
    if (snap.canonicalRowid || *members > 0)
        return makeError(inQuotes(id) + " is part of a merged entity; unmerge it first");
    auto refs = referencesTo(db, id, {snap.rowid});
    if (!refs)
        return refs.error();
    if (!refs->empty())
        return makeError("cannot delete " + inQuotes(snap.caption.value_or(snap.id)) +
                         ": it is referenced by " + *refs + "; delete those first");
    auto statements = readStatements(db, "s.entity_id = ?1", snap.rowid);
    if (!statements)
        return statements.error();
    snap.statements = std::move(*statements);
    Query links(db, "SELECT finding_id FROM finding_entity WHERE entity_id = ?1");
    links.bind(1, snap.rowid);
    while (links.step() == SQLITE_ROW)
        snap.findingRowids.push_back(links.int64(0));
    Transaction tx(db);
    if (auto st = tx.begin(); !st)
        return st.error();
    if (auto st = deleteEntityRows(db, snap.rowid); !st)
        return st.error();
    if (auto st = tx.commit(); !st)
        return st.error();
    return snap;
}

Status Editor::restoreEntity(const EntitySnapshot& snap)
{
    sqlite3* db = m_ws.db();
    if (findEntity(db, snap.id))
        return makeError("an entity with id " + inQuotes(snap.id) + " already exists");
    Transaction tx(db);
    if (auto st = tx.begin(); !st)
        return st;
    Query q(db, "INSERT INTO entity(id, key, schema, canonical_id, caption, extra, sort_key) "
                "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)");
    q.bind(1, snap.rowid).bind(2, snap.id).bind(3, snap.schema).bindOrNull(4, snap.canonicalRowid);
    if (snap.caption)
        q.bind(5, *snap.caption);
    else
        q.bindNull(5);
    if (snap.extra)
        q.bind(6, *snap.extra);
    else
        q.bindNull(6);
    if (snap.sortKey)
        q.bindBlob(7, snap.sortKey->data(), snap.sortKey->size());
    else
        q.bindNull(7);
    if (auto st = q.exec(); !st)
        return st;
    for (const auto& row : snap.statements) {
        if (auto st = insertStatement(db, row); !st)
            return st;
    }
    Query link(db, "INSERT OR IGNORE INTO finding_entity(finding_id, entity_id) "
                   "SELECT id, ?2 FROM finding WHERE id = ?1");
    for (auto finding : snap.findingRowids) {
        link.reset();
        link.bind(1, finding).bind(2, snap.rowid);
        if (auto st = link.exec(); !st)
            return st;
    }
    if (const model::Schema* schema = m_model.schema(snap.schema)) {
        EntityWriter writer(m_ws);
        if (auto st = writer.prepare(); !st)
            return st;
        // The caption was restored as stored; the search entry is rebuilt from the values.
        std::vector<std::pair<std::string_view, std::string_view>> values;
        for (const auto& r : snap.statements)
            values.emplace_back(r.prop, r.value);
        if (auto st = writer.writeSearch(snap.rowid, *schema, values, true); !st)
            return st;
    }
    return tx.commit();
}

// Findings --------------------------------------------------------------------------------

namespace {

/** Notes `name` in `datasets` when no dataset of that name exists yet (it is about to be made). */
void noteNewDataset(sqlite3* db, std::string_view name, std::vector<std::string>& datasets)
{
    Query q(db, "SELECT 1 FROM dataset WHERE name = ?1");
    q.bind(1, name);
    if (q.step() != SQLITE_ROW &&
        std::find(datasets.begin(), datasets.end(), name) == datasets.end())
        datasets.emplace_back(name);
}

/** Where the records a finding creates go, and what was created (for their removal). */
struct NewRecords
{
    sqlite3* db;
    const model::Model& model;
    EntityWriter& writer;
    std::string_view datasetName;
    std::int64_t datasetRowid = 0;
    Sensitivity sensitivity = Sensitivity::Public;
    RecordedFinding& done;
    FindingRecord& record; ///< new sources and entities are added to its links
};

/** Fills in the empty ids of what a finding creates, so that redoing it recreates the same. */
void fillIds(std::vector<NewSource>& sources, std::vector<NewEntity>& entities,
             std::optional<NewEntity>& relationship)
{
    for (auto& s : sources) {
        if (s.record.key.empty())
            s.record.key = Editor::newId("source");
    }
    for (auto& e : entities) {
        if (e.id.empty())
            e.id = Editor::newId("cp");
    }
    if (relationship && relationship->id.empty())
        relationship->id = Editor::newId("cp");
}

/**
 * Writes the new sources (with their attachments), then the new entities and the relationship;
 * every value written cites the first source of `out.record` (after the new sources were added).
 */
Status writeNewRecords(NewRecords& out, std::vector<NewSource>& newSources,
                       const std::vector<NewEntity>& newEntities,
                       const std::optional<NewEntity>& relationship)
{
    sqlite3* db = out.db;
    for (std::size_t i = 0; i < newSources.size(); ++i) {
        NewSource& ns = newSources[i];
        SourceRecord& s = ns.record;
        if (auto st = checkSource(s); !st)
            return makeError("new source " + std::to_string(i + 1) + ": " + st.error().message);
        if (!ns.attachment.empty()) {
            if (std::int64_t(ns.attachment.size()) > Editor::kMaxAttachmentBytes)
                return makeError(
                    "the attached file " + inQuotes(s.attachmentName) + " is " +
                    std::to_string(ns.attachment.size() / (1024 * 1024)) + " MB; the limit is " +
                    std::to_string(Editor::kMaxAttachmentBytes / (1024 * 1024)) + " MB");
            s.attachmentSha256 = util::sha256Hex(ns.attachment);
            Query a(db, "INSERT OR IGNORE INTO attachment(sha256, name, mime, data) "
                        "VALUES (?1, ?2, ?3, ?4)");
            a.bind(1, s.attachmentSha256)
                .bindOrNull(2, s.attachmentName)
                .bindOrNull(3, ns.attachmentMime)
                .bindBlob(4, ns.attachment.data(), ns.attachment.size());
            if (auto st = a.exec(); !st)
                return st;
            if (sqlite3_changes(db) > 0)
                out.done.attachments.push_back(s.attachmentSha256);
        }
        std::optional<std::int64_t> sourceDataset;
        if (!s.dataset.empty()) {
            noteNewDataset(db, s.dataset, out.done.datasets);
            auto d = out.writer.datasetId(s.dataset);
            if (!d)
                return d.error();
            sourceDataset = *d;
        } else {
            sourceDataset = out.datasetRowid;
            s.dataset = std::string(out.datasetName);
        }
        SourceRecord toWrite = s;
        toWrite.rowid = 0;
        if (auto st = writeSource(db, toWrite, sourceDataset, false); !st)
            return st;
        out.done.sourceKeys.push_back(s.key);
        out.record.sources.push_back(s.key);
    }

    // Every statement this finding writes rests on its first source.
    std::optional<std::int64_t> citedSource;
    if (!out.record.sources.empty()) {
        auto src = findSource(db, out.record.sources.front());
        if (!src)
            return src.error();
        citedSource = src->rowid;
    }

    std::string now = nowIso();
    auto writeEntity = [&](const NewEntity& e, bool isRelationship) -> Status {
        const model::Schema* schema = out.model.schema(e.schema);
        if (!schema)
            return makeError("unknown schema " + inQuotes(e.schema));
        if (schema->isAbstract())
            return makeError(schema->name() + " is abstract; choose a concrete type");
        if (isRelationship && !schema->edge())
            return makeError(schema->name() + " is not a relationship");
        if (findEntity(db, e.id))
            return makeError("an entity with id " + inQuotes(e.id) + " already exists");
        if (isRelationship) {
            const auto& edge = *schema->edge();
            for (const auto& end : {edge.source, edge.target}) {
                bool has = std::any_of(e.values.begin(), e.values.end(), [&](const auto& v) {
                    return v.first == end && !model::trim(v.second).empty();
                });
                if (!has) {
                    const model::Property* p = schema->property(end);
                    return makeError("a " + schema->label() + " needs its " + (p ? p->label : end));
                }
            }
        } else {
            bool named = std::any_of(e.values.begin(), e.values.end(), [](const auto& v) {
                return v.first == "name" && !model::trim(v.second).empty();
            });
            if (!named)
                return makeError("a new " + schema->label() + " needs a name");
        }
        auto state = out.writer.upsertEntity(e.id, schema->name(), {});
        if (!state)
            return state.error();
        for (const auto& [prop, raw] : e.values) {
            if (model::trim(raw).empty())
                continue;
            auto checked = checkValue(db, out.model, *schema, prop, raw);
            if (!checked)
                return makeError(schema->label() + ": " + checked.error().message);
            NewStatement s;
            s.entityRowid = state->rowid;
            s.entityId = e.id;
            s.prop = prop;
            s.value = checked->value;
            s.isReference = checked->isReference;
            s.datasetRowid = out.datasetRowid;
            s.datasetName = out.datasetName;
            s.firstSeen = now;
            s.lastSeen = now;
            s.sensitivity = out.sensitivity;
            if (auto added = out.writer.addStatement(s); !added)
                return added.error();
        }
        if (citedSource) {
            if (auto st = out.writer.citeSource(state->rowid, out.datasetRowid, *citedSource); !st)
                return st;
        }
        if (auto st = out.writer.refreshDerived(state->rowid, *schema); !st)
            return st;
        out.done.entityIds.push_back(e.id);
        out.record.entities.push_back(e.id);
        return {};
    };
    for (const auto& e : newEntities) {
        if (auto st = writeEntity(e, false); !st)
            return st;
    }
    if (relationship) {
        if (auto st = writeEntity(*relationship, true); !st)
            return st;
    }
    // A link named twice is one link.
    std::set<std::string> seen;
    std::vector<std::string> entities;
    for (const auto& e : out.record.entities) {
        if (seen.insert(e).second)
            entities.push_back(e);
    }
    out.record.entities = std::move(entities);
    return {};
}

/**
 * Removes what a finding created (entities, sources, attachments, datasets), refusing when
 * something else now references or cites it. The caller has removed the finding's links.
 */
Status removeCreated(const Workspace& ws, sqlite3* db, const RecordedFinding& recorded)
{
    std::set<std::int64_t> created;
    for (const auto& id : recorded.entityIds) {
        if (auto e = findEntity(db, id))
            created.insert(e->rowid);
    }
    for (auto it = recorded.entityIds.rbegin(); it != recorded.entityIds.rend(); ++it) {
        auto e = findEntity(db, *it);
        if (!e)
            continue; // already gone
        auto refs = referencesTo(db, *it, created);
        if (!refs)
            return refs.error();
        if (!refs->empty())
            return makeError("cannot undo: " + inQuotes(*it) + " is now referenced by " + *refs);
        auto members = countOf(db,
                               "SELECT count(*) FROM entity WHERE canonical_id = ?1 OR "
                               "(id = ?1 AND canonical_id IS NOT NULL)",
                               e->rowid);
        if (!members)
            return members.error();
        if (*members > 0)
            return makeError("cannot undo: " + inQuotes(*it) + " has since been merged");
        if (auto st = deleteEntityRows(db, e->rowid); !st)
            return st;
    }
    for (const auto& key : recorded.sourceKeys) {
        auto cites = whatCites(ws, key);
        if (!cites)
            return cites.error();
        if (!cites->empty())
            return makeError("cannot undo: the source " + inQuotes(key) + " is now cited by " +
                             *cites);
        Query q(db, "DELETE FROM source WHERE key = ?1");
        q.bind(1, key);
        if (auto st = q.exec(); !st)
            return st;
    }
    for (const auto& sha : recorded.attachments) {
        Query q(db, "DELETE FROM attachment WHERE sha256 = ?1 AND NOT EXISTS "
                    "(SELECT 1 FROM source WHERE attachment_sha256 = ?1)");
        q.bind(1, sha);
        if (auto st = q.exec(); !st)
            return st;
    }
    for (const auto& name : recorded.datasets) {
        Query q(db, "DELETE FROM dataset WHERE name = ?1 AND NOT EXISTS (SELECT 1 FROM statement "
                    "s WHERE s.dataset_id = dataset.id) AND NOT EXISTS (SELECT 1 FROM source s "
                    "WHERE s.dataset_id = dataset.id) AND NOT EXISTS (SELECT 1 FROM finding f "
                    "WHERE f.dataset_id = dataset.id)");
        q.bind(1, name);
        if (auto st = q.exec(); !st)
            return st;
    }
    return {};
}

} // namespace

Result<RecordedFinding> Editor::recordFinding(FindingDraft& draft)
{
    sqlite3* db = m_ws.db();
    FindingRecord& f = draft.finding;
    if (model::trim(f.title).empty())
        return makeError("a finding needs a title");
    if (f.key.empty())
        f.key = newId("finding");
    fillIds(draft.newSources, draft.newEntities, draft.relationship);

    Transaction tx(db);
    if (auto st = tx.begin(); !st)
        return st.error();
    EntityWriter writer(m_ws);
    if (auto st = writer.prepare(); !st)
        return st.error();
    RecordedFinding done;
    done.findingKey = f.key;
    FindingRecord record = f; // the draft keeps only what the user chose; links are added here

    std::string_view datasetName = model::trim(f.dataset);
    if (datasetName.empty())
        return makeError("a finding needs a dataset");
    noteNewDataset(db, datasetName, done.datasets);
    auto dataset = writer.datasetId(datasetName);
    if (!dataset)
        return dataset.error();

    NewRecords out{db, m_model, writer, datasetName, *dataset, f.sensitivity, done, record};
    if (auto st = writeNewRecords(out, draft.newSources, draft.newEntities, draft.relationship);
        !st)
        return st.error();
    auto resolved = resolveFinding(db, writer, record);
    if (!resolved)
        return resolved.error();
    record.rowid = 0;
    if (auto st = insertFinding(db, record, *resolved, false); !st)
        return st.error();
    if (auto st = tx.commit(); !st)
        return st.error();
    return done;
}

Status Editor::unrecordFinding(const RecordedFinding& recorded)
{
    sqlite3* db = m_ws.db();
    Catalog catalog(m_ws);
    auto finding = catalog.finding(recorded.findingKey);
    if (!finding)
        return finding.error();
    Transaction tx(db);
    if (auto st = tx.begin(); !st)
        return st;
    if (auto st = deleteFindingRow(db, finding->rowid); !st)
        return st;
    if (auto st = removeCreated(m_ws, db, recorded); !st)
        return st;
    return tx.commit();
}

Result<AmendedFinding> Editor::amendFinding(FindingAmendment& amendment)
{
    sqlite3* db = m_ws.db();
    auto before = Catalog(m_ws).finding(amendment.finding.key);
    if (!before)
        return before.error();
    fillIds(amendment.newSources, amendment.newEntities, amendment.relationship);

    Transaction tx(db);
    if (auto st = tx.begin(); !st)
        return st.error();
    EntityWriter writer(m_ws);
    if (auto st = writer.prepare(); !st)
        return st.error();
    AmendedFinding result;
    result.before = *before;
    result.created.findingKey = before->key;
    FindingRecord record = amendment.finding;
    record.rowid = before->rowid;
    record.createdAt = before->createdAt;

    std::string_view datasetName = model::trim(record.dataset);
    if (datasetName.empty())
        return makeError("a finding needs a dataset");
    noteNewDataset(db, datasetName, result.created.datasets);
    auto dataset = writer.datasetId(datasetName);
    if (!dataset)
        return dataset.error();

    NewRecords out{
        db, m_model, writer, datasetName, *dataset, record.sensitivity, result.created, record};
    if (auto st = writeNewRecords(out, amendment.newSources, amendment.newEntities,
                                  amendment.relationship);
        !st)
        return st.error();

    // Values of existing entities (the relationship the finding establishes) set as asked;
    // new values cite the finding's first source, like everything the finding writes.
    std::optional<std::int64_t> citedSource;
    if (!record.sources.empty()) {
        auto src = findSource(db, record.sources.front());
        if (!src)
            return src.error();
        citedSource = src->rowid;
    }
    const std::string now = nowIso();
    for (const auto& set : amendment.values) {
        auto entity = findEntity(db, set.entity);
        if (!entity)
            return entity.error();
        const model::Schema* schema = m_model.schema(entity->schema);
        if (!schema)
            return makeError("entity " + inQuotes(set.entity) + " has the unknown schema " +
                             inQuotes(entity->schema));
        std::vector<std::string> props;
        for (const auto& [prop, raw] : set.values) {
            if (std::find(props.begin(), props.end(), prop) == props.end())
                props.push_back(prop);
        }
        for (const auto& prop : props) {
            std::vector<CheckedValue> wanted;
            for (const auto& [p, raw] : set.values) {
                if (p != prop || model::trim(raw).empty())
                    continue;
                auto checked = checkValue(db, m_model, *schema, prop, raw);
                if (!checked)
                    return makeError(schema->label() + ": " + checked.error().message);
                wanted.push_back(std::move(*checked));
            }
            if (const model::Property* p = schema->property(prop); !p || p->stub)
                return makeError(schema->name() + " has no property " + inQuotes(prop) + " to set");
            Query q(db, "SELECT id, value FROM statement WHERE entity_id = ?1 AND prop = ?2");
            q.bind(1, entity->rowid).bind(2, prop);
            std::vector<std::int64_t> drop;
            std::set<std::string> kept;
            while (q.step() == SQLITE_ROW) {
                std::string value = q.string(1);
                bool keep = std::any_of(wanted.begin(), wanted.end(),
                                        [&](const CheckedValue& w) { return w.value == value; });
                if (keep)
                    kept.insert(value);
                else
                    drop.push_back(q.int64(0));
            }
            q.reset();
            for (auto id : drop) {
                auto row = readStatement(db, id);
                if (!row)
                    return row.error();
                Query d(db, "DELETE FROM statement WHERE id = ?1");
                d.bind(1, id);
                if (auto st = d.exec(); !st)
                    return st.error();
                result.removedValues.push_back(std::move(*row));
            }
            for (const auto& w : wanted) {
                if (!kept.insert(w.value).second)
                    continue;
                NewStatement s;
                s.entityRowid = entity->rowid;
                s.entityId = set.entity;
                s.prop = prop;
                s.value = w.value;
                s.isReference = w.isReference;
                s.datasetRowid = *dataset;
                s.datasetName = datasetName;
                s.sourceRowid = citedSource;
                s.firstSeen = now;
                s.lastSeen = now;
                s.sensitivity = record.sensitivity;
                auto added = writer.addStatement(s);
                if (!added)
                    return added.error();
                if (*added)
                    result.addedValues.push_back(sqlite3_last_insert_rowid(db));
            }
        }
        if (auto st = writer.refreshDerived(entity->rowid, *schema); !st)
            return st.error();
    }

    auto resolved = resolveFinding(db, writer, record);
    if (!resolved)
        return resolved.error();
    if (auto st = insertFinding(db, record, *resolved, true); !st)
        return st.error();
    if (auto st = tx.commit(); !st)
        return st.error();
    return result;
}

Status Editor::unamendFinding(const AmendedFinding& amended)
{
    sqlite3* db = m_ws.db();
    Transaction tx(db);
    if (auto st = tx.begin(); !st)
        return st;
    EntityWriter writer(m_ws);
    if (auto st = writer.prepare(); !st)
        return st;
    std::set<std::int64_t> touched;
    for (auto it = amended.addedValues.rbegin(); it != amended.addedValues.rend(); ++it) {
        auto row = readStatement(db, *it);
        if (!row)
            return makeError("cannot undo: a value this edit added is gone");
        Query d(db, "DELETE FROM statement WHERE id = ?1");
        d.bind(1, *it);
        if (auto st = d.exec(); !st)
            return st;
        touched.insert(row->entityRowid);
    }
    for (const auto& row : amended.removedValues) {
        if (auto st = insertStatement(db, row); !st)
            return st;
        touched.insert(row.entityRowid);
    }
    for (auto rowid : touched) {
        Query q(db, "SELECT schema FROM entity WHERE id = ?1");
        q.bind(1, rowid);
        if (q.step() != SQLITE_ROW)
            return makeError("cannot undo: an entity this edit changed is gone");
        if (const model::Schema* schema = m_model.schema(q.string(0))) {
            if (auto st = writer.refreshDerived(rowid, *schema); !st)
                return st;
        }
    }
    // The finding as it was (its links no longer name what the edit created), then the
    // created records go.
    auto resolved = resolveFinding(db, writer, amended.before);
    if (!resolved)
        return makeError("cannot undo: " + resolved.error().message);
    if (auto st = insertFinding(db, amended.before, *resolved, true); !st)
        return st;
    if (auto st = removeCreated(m_ws, db, amended.created); !st)
        return st;
    return tx.commit();
}

Result<FindingRecord> Editor::createFinding(const FindingRecord& finding)
{
    sqlite3* db = m_ws.db();
    FindingRecord f = finding;
    if (f.key.empty())
        f.key = newId("finding");
    f.rowid = 0;
    Transaction tx(db);
    if (auto st = tx.begin(); !st)
        return st.error();
    EntityWriter writer(m_ws);
    if (auto st = writer.prepare(); !st)
        return st.error();
    auto resolved = resolveFinding(db, writer, f);
    if (!resolved)
        return resolved.error();
    if (auto st = insertFinding(db, f, *resolved, false); !st)
        return st.error();
    if (auto st = tx.commit(); !st)
        return st.error();
    return Catalog(m_ws).finding(f.key);
}

Result<FindingRecord> Editor::updateFinding(const FindingRecord& finding)
{
    sqlite3* db = m_ws.db();
    auto before = Catalog(m_ws).finding(finding.key);
    if (!before)
        return before.error();
    FindingRecord f = finding;
    f.rowid = before->rowid;
    Transaction tx(db);
    if (auto st = tx.begin(); !st)
        return st.error();
    EntityWriter writer(m_ws);
    if (auto st = writer.prepare(); !st)
        return st.error();
    auto resolved = resolveFinding(db, writer, f);
    if (!resolved)
        return resolved.error();
    if (auto st = insertFinding(db, f, *resolved, true); !st)
        return st.error();
    if (auto st = tx.commit(); !st)
        return st.error();
    return before;
}

Result<FindingRecord> Editor::deleteFinding(std::string_view key)
{
    sqlite3* db = m_ws.db();
    auto before = Catalog(m_ws).finding(key);
    if (!before)
        return before.error();
    Transaction tx(db);
    if (auto st = tx.begin(); !st)
        return st.error();
    if (auto st = deleteFindingRow(db, before->rowid); !st)
        return st.error();
    if (auto st = tx.commit(); !st)
        return st.error();
    return before;
}

Status Editor::restoreFinding(const FindingRecord& finding)
{
    sqlite3* db = m_ws.db();
    Transaction tx(db);
    if (auto st = tx.begin(); !st)
        return st;
    EntityWriter writer(m_ws);
    if (auto st = writer.prepare(); !st)
        return st;
    auto resolved = resolveFinding(db, writer, finding);
    if (!resolved)
        return resolved.error();
    if (auto st = insertFinding(db, finding, *resolved, false); !st)
        return st;
    return tx.commit();
}

// Sources ---------------------------------------------------------------------------------

Result<SourceRecord> Editor::createSource(const SourceRecord& source)
{
    sqlite3* db = m_ws.db();
    if (auto st = checkSource(source); !st)
        return st.error();
    SourceRecord s = source;
    if (s.key.empty())
        s.key = newId("source");
    s.rowid = 0;
    Transaction tx(db);
    if (auto st = tx.begin(); !st)
        return st.error();
    auto dataset = sourceDataset(m_ws, s.dataset);
    if (!dataset)
        return dataset.error();
    if (auto st = writeSource(db, s, *dataset, false); !st)
        return st.error();
    if (auto st = tx.commit(); !st)
        return st.error();
    return Catalog(m_ws).source(s.key);
}

Result<SourceRecord> Editor::updateSource(const SourceRecord& source)
{
    sqlite3* db = m_ws.db();
    auto before = Catalog(m_ws).source(source.key);
    if (!before)
        return before.error();
    if (auto st = checkSource(source); !st)
        return st.error();
    Transaction tx(db);
    if (auto st = tx.begin(); !st)
        return st.error();
    auto dataset = sourceDataset(m_ws, source.dataset);
    if (!dataset)
        return dataset.error();
    if (auto st = writeSource(db, source, *dataset, true); !st)
        return st.error();
    // Values resting on a source become at least as confidential as it. Undoing the edit
    // restores the source but leaves the values at the stricter level, on purpose.
    Query raise(db, "UPDATE statement SET sensitivity = max(sensitivity, ?2) WHERE source_id = ?1 "
                    "AND sensitivity < ?2");
    raise.bind(1, before->rowid).bind(2, int(source.sensitivity));
    if (auto st = raise.exec(); !st)
        return st.error();
    if (auto st = tx.commit(); !st)
        return st.error();
    return before;
}

Result<SourceRecord> Editor::deleteSource(std::string_view key)
{
    sqlite3* db = m_ws.db();
    auto before = Catalog(m_ws).source(key);
    if (!before)
        return before.error();
    auto cites = whatCites(m_ws, key);
    if (!cites)
        return cites.error();
    if (!cites->empty())
        return makeError("cannot delete the source " + inQuotes(before->title) +
                         ": it is cited by " + *cites);
    Transaction tx(db);
    if (auto st = tx.begin(); !st)
        return st.error();
    Query q(db, "DELETE FROM source WHERE id = ?1");
    q.bind(1, before->rowid);
    if (auto st = q.exec(); !st)
        return st.error();
    if (auto st = tx.commit(); !st)
        return st.error();
    return before;
}

Status Editor::restoreSource(const SourceRecord& source)
{
    sqlite3* db = m_ws.db();
    if (auto st = checkSource(source); !st)
        return st;
    Transaction tx(db);
    if (auto st = tx.begin(); !st)
        return st;
    auto dataset = sourceDataset(m_ws, source.dataset);
    if (!dataset)
        return dataset.error();
    if (auto st = writeSource(db, source, *dataset, false); !st)
        return st;
    return tx.commit();
}

Result<std::string> Editor::storeAttachment(std::string_view bytes, std::string_view name,
                                            std::string_view mime)
{
    if (std::int64_t(bytes.size()) > kMaxAttachmentBytes)
        return makeError("the file " + inQuotes(name) + " is " +
                         std::to_string(bytes.size() / (1024 * 1024)) + " MB; the limit is " +
                         std::to_string(kMaxAttachmentBytes / (1024 * 1024)) + " MB");
    std::string sha = util::sha256Hex(bytes);
    sqlite3* db = m_ws.db();
    Transaction tx(db);
    if (auto st = tx.begin(); !st)
        return st.error();
    Query q(db, "INSERT OR IGNORE INTO attachment(sha256, name, mime, data) VALUES (?1, ?2, ?3, "
                "?4)");
    q.bind(1, sha).bindOrNull(2, name).bindOrNull(3, mime).bindBlob(4, bytes.data(), bytes.size());
    if (auto st = q.exec(); !st)
        return st.error();
    if (auto st = tx.commit(); !st)
        return st.error();
    return sha;
}

Result<std::string> Editor::storeAttachmentFile(const std::string& path)
{
    std::error_code ec;
    auto size = std::filesystem::file_size(path, ec);
    if (ec)
        return makeError("cannot read the file: " + ec.message(), path);
    if (std::int64_t(size) > kMaxAttachmentBytes)
        return makeError("the file is " + std::to_string(size / (1024 * 1024)) +
                             " MB; the limit for attachments is " +
                             std::to_string(kMaxAttachmentBytes / (1024 * 1024)) + " MB",
                         path);
    std::ifstream in(path, std::ios::binary);
    if (!in)
        return makeError("cannot open the file", path);
    std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    if (in.bad())
        return makeError("cannot read the file", path);
    auto stored =
        storeAttachment(bytes, std::filesystem::path(path).filename().string(), std::string_view());
    if (!stored)
        return makeError(stored.error().message, path);
    return stored;
}

Status Editor::removeUnusedAttachment(std::string_view sha256)
{
    sqlite3* db = m_ws.db();
    Transaction tx(db);
    if (auto st = tx.begin(); !st)
        return st;
    Query q(db, "DELETE FROM attachment WHERE sha256 = ?1 AND NOT EXISTS "
                "(SELECT 1 FROM source WHERE attachment_sha256 = ?1)");
    q.bind(1, sha256);
    if (auto st = q.exec(); !st)
        return st;
    return tx.commit();
}

namespace {
/** The file a source links now: (sha256, name); an error when there is no such source. */
Result<std::pair<std::string, std::string>> linkedFile(sqlite3* db, std::string_view key)
{
    Query q(db, "SELECT coalesce(attachment_sha256, ''), coalesce(attachment_name, '') FROM "
                "source WHERE key = ?1");
    q.bind(1, key);
    if (q.step() != SQLITE_ROW)
        return makeError("no source with key " + inQuotes(key));
    return std::pair{std::string(q.text(0)), std::string(q.text(1))};
}

Status linkFile(sqlite3* db, std::string_view key, std::string_view sha, std::string_view name)
{
    Query q(db, "UPDATE source SET attachment_sha256 = ?2, attachment_name = ?3 WHERE key = ?1");
    q.bind(1, key).bindOrNull(2, sha).bindOrNull(3, name);
    return q.exec();
}
} // namespace

Result<AttachedFile> Editor::attachFile(std::string_view sourceKey, std::string_view bytes,
                                        std::string_view name)
{
    if (std::int64_t(bytes.size()) > kMaxAttachmentBytes)
        return makeError("the file " + inQuotes(name) + " is " +
                         std::to_string(bytes.size() / (1024 * 1024)) + " MB; the limit is " +
                         std::to_string(kMaxAttachmentBytes / (1024 * 1024)) + " MB");
    sqlite3* db = m_ws.db();
    Transaction tx(db);
    if (auto st = tx.begin(); !st)
        return st.error();
    auto before = linkedFile(db, sourceKey);
    if (!before)
        return before.error();
    AttachedFile out;
    out.sourceKey = std::string(sourceKey);
    out.sha256 = util::sha256Hex(bytes);
    out.name = std::string(name);
    out.previousSha256 = before->first;
    out.previousName = before->second;
    Query store(db, "INSERT OR IGNORE INTO attachment(sha256, name, mime, data) VALUES (?1, ?2, "
                    "NULL, ?3)");
    store.bind(1, out.sha256).bindOrNull(2, name).bindBlob(3, bytes.data(), bytes.size());
    if (auto st = store.exec(); !st)
        return st.error();
    out.stored = sqlite3_changes(db) > 0;
    if (auto st = linkFile(db, sourceKey, out.sha256, out.name); !st)
        return st.error();
    if (auto st = tx.commit(); !st)
        return st.error();
    return out;
}

Status Editor::detachFile(const AttachedFile& attached)
{
    sqlite3* db = m_ws.db();
    Transaction tx(db);
    if (auto st = tx.begin(); !st)
        return st;
    auto now = linkedFile(db, attached.sourceKey);
    if (!now)
        return now.error();
    if (now->first != attached.sha256 || now->second != attached.name)
        return makeError("the source " + inQuotes(attached.sourceKey) + " no longer has the file " +
                         inQuotes(attached.name) + " attached: it was changed since");
    if (auto st = linkFile(db, attached.sourceKey, attached.previousSha256, attached.previousName);
        !st)
        return st;
    if (attached.stored) {
        Query q(db, "DELETE FROM attachment WHERE sha256 = ?1 AND NOT EXISTS "
                    "(SELECT 1 FROM source WHERE attachment_sha256 = ?1)");
        q.bind(1, attached.sha256);
        if (auto st = q.exec(); !st)
            return st;
    }
    return tx.commit();
}

Status Editor::reattachFile(const AttachedFile& attached, std::string_view bytes)
{
    sqlite3* db = m_ws.db();
    Transaction tx(db);
    if (auto st = tx.begin(); !st)
        return st;
    auto now = linkedFile(db, attached.sourceKey);
    if (!now)
        return now.error();
    if (now->first != attached.previousSha256 || now->second != attached.previousName)
        return makeError("the source " + inQuotes(attached.sourceKey) +
                         " was changed since the file " + inQuotes(attached.name) +
                         " was detached");
    Query has(db, "SELECT 1 FROM attachment WHERE sha256 = ?1");
    has.bind(1, attached.sha256);
    if (has.step() != SQLITE_ROW) {
        // detachFile() removed the bytes it had stored: store them again.
        if (bytes.empty() || util::sha256Hex(bytes) != attached.sha256)
            return makeError("the file " + inQuotes(attached.name) + " is no longer stored");
        Query store(db, "INSERT INTO attachment(sha256, name, mime, data) VALUES (?1, ?2, NULL, "
                        "?3)");
        store.bind(1, attached.sha256)
            .bindOrNull(2, attached.name)
            .bindBlob(3, bytes.data(), bytes.size());
        if (auto st = store.exec(); !st)
            return st;
    }
    if (auto st = linkFile(db, attached.sourceKey, attached.sha256, attached.name); !st)
        return st;
    return tx.commit();
}

// Taxonomy --------------------------------------------------------------------------------

namespace {
Result<TaxonomyEntry> readTaxonomy(sqlite3* db, std::int64_t rowid)
{
    Query q(db, "SELECT id, kind, key, label, coalesce(description, '') FROM taxonomy "
                "WHERE id = ?1");
    q.bind(1, rowid);
    if (q.step() != SQLITE_ROW)
        return makeError("no tactic or theme with id " + std::to_string(rowid));
    return TaxonomyEntry{q.int64(0), q.string(1), q.string(2), q.string(3), q.string(4)};
}

Status checkKind(std::string_view kind)
{
    if (kind != "tactic" && kind != "theme")
        return makeError("a taxonomy entry is a tactic or a theme, not " + inQuotes(kind));
    return {};
}
} // namespace

Result<TaxonomyEntry> Editor::addTaxonomy(std::string_view kind, std::string_view label,
                                          std::string_view key, std::string_view description)
{
    if (auto st = checkKind(kind); !st)
        return st.error();
    std::string_view name = model::trim(label);
    if (name.empty())
        return makeError("a " + std::string(kind) + " needs a label");
    std::string k = key.empty() ? slug(name) : std::string(model::trim(key));
    if (k.empty())
        return makeError("a " + std::string(kind) + " needs a key");
    sqlite3* db = m_ws.db();
    Query exists(db, "SELECT 1 FROM taxonomy WHERE kind = ?1 AND (key = ?2 OR label = ?3 "
                     "COLLATE NOCASE)");
    exists.bind(1, kind).bind(2, k).bind(3, name);
    if (exists.step() == SQLITE_ROW)
        return makeError("a " + std::string(kind) + " " + inQuotes(name) + " already exists");
    Transaction tx(db);
    if (auto st = tx.begin(); !st)
        return st.error();
    Query q(db, "INSERT INTO taxonomy(kind, key, label, description) VALUES (?1, ?2, ?3, ?4)");
    q.bind(1, kind).bind(2, k).bind(3, name).bindOrNull(4, model::trim(description));
    if (auto st = q.exec(); !st)
        return st.error();
    std::int64_t rowid = sqlite3_last_insert_rowid(db);
    if (auto st = tx.commit(); !st)
        return st.error();
    return readTaxonomy(db, rowid);
}

Result<TaxonomyEntry> Editor::renameTaxonomy(std::int64_t rowid, std::string_view label,
                                             std::string_view description)
{
    sqlite3* db = m_ws.db();
    auto before = readTaxonomy(db, rowid);
    if (!before)
        return before.error();
    std::string_view name = model::trim(label);
    if (name.empty())
        return makeError("a " + before->kind + " needs a label");
    Query exists(db, "SELECT 1 FROM taxonomy WHERE kind = ?1 AND label = ?2 COLLATE NOCASE AND "
                     "id <> ?3");
    exists.bind(1, before->kind).bind(2, name).bind(3, rowid);
    if (exists.step() == SQLITE_ROW)
        return makeError("a " + before->kind + " " + inQuotes(name) + " already exists");
    Transaction tx(db);
    if (auto st = tx.begin(); !st)
        return st.error();
    Query q(db, "UPDATE taxonomy SET label = ?2, description = ?3 WHERE id = ?1");
    q.bind(1, rowid).bind(2, name).bindOrNull(3, model::trim(description));
    if (auto st = q.exec(); !st)
        return st.error();
    if (auto st = tx.commit(); !st)
        return st.error();
    return before;
}

Result<TaxonomyEntry> Editor::removeTaxonomy(std::int64_t rowid)
{
    sqlite3* db = m_ws.db();
    auto before = readTaxonomy(db, rowid);
    if (!before)
        return before.error();
    auto uses = Catalog(m_ws).taxonomyUses(rowid);
    if (!uses)
        return uses.error();
    if (*uses > 0)
        return makeError("cannot remove the " + before->kind + " " + inQuotes(before->label) +
                         ": " + std::to_string(*uses) +
                         (*uses == 1 ? " finding uses it" : " findings use it"));
    Transaction tx(db);
    if (auto st = tx.begin(); !st)
        return st.error();
    Query q(db, "DELETE FROM taxonomy WHERE id = ?1");
    q.bind(1, rowid);
    if (auto st = q.exec(); !st)
        return st.error();
    if (auto st = tx.commit(); !st)
        return st.error();
    return before;
}

Status Editor::restoreTaxonomy(const TaxonomyEntry& e)
{
    if (auto st = checkKind(e.kind); !st)
        return st;
    sqlite3* db = m_ws.db();
    Transaction tx(db);
    if (auto st = tx.begin(); !st)
        return st;
    Query q(db, "INSERT INTO taxonomy(id, kind, key, label, description) VALUES (?1, ?2, ?3, "
                "?4, ?5)");
    q.bind(1, e.rowid).bind(2, e.kind).bind(3, e.key).bind(4, e.label).bindOrNull(5, e.description);
    if (auto st = q.exec(); !st)
        return makeError("cannot restore the " + e.kind + " " + inQuotes(e.label) + ": " +
                         st.error().message);
    return tx.commit();
}

} // namespace commonplace::store
