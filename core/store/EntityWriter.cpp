// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/EntityWriter.h"

#include "store/Migrations.h"
#include "util/Hash.h"

#include <cstdlib>

namespace commonplace::store {

namespace {
Error dbError(sqlite3* db, std::string_view what)
{
    return makeError(std::string(what) + ": " + sqlite3_errmsg(db));
}
} // namespace

EntityWriter::EntityWriter(Workspace& ws)
    : m_ws(ws)
    , m_db(ws.db())
{}

Status EntityWriter::prepare()
{
    m_findEntity = Query(m_db, "SELECT id, schema FROM entity WHERE key = ?1");
    m_insertEntity = Query(m_db, "INSERT INTO entity(key, schema, extra, caption, sort_key) "
                                 "VALUES (?1, ?2, ?3, ?4, ?5)");
    m_updateExtra = Query(m_db, "UPDATE entity SET extra = ?2 WHERE id = ?1");
    m_updateSchema = Query(m_db, "UPDATE entity SET schema = ?2 WHERE id = ?1");
    m_insertStatement =
        Query(m_db, "INSERT OR IGNORE INTO statement(hash, entity_id, prop, value, ref, lang, "
                    "dataset_id, source_id, first_seen, last_seen, sensitivity) "
                    "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)");
    m_insertFts = Query(m_db, "INSERT INTO entity_fts(rowid, names, text) VALUES (?1, ?2, ?3)");
    m_deleteFts = Query(m_db, "DELETE FROM entity_fts WHERE rowid = ?1");
    m_updateCaption = Query(m_db, "UPDATE entity SET caption = ?2, sort_key = ?3 WHERE id = ?1");
    m_captionOfKey = Query(m_db, "SELECT coalesce(caption, key) FROM entity WHERE key = ?1");
    m_statementsOf = Query(m_db, "SELECT prop, value FROM statement WHERE entity_id = ?1 "
                                 "ORDER BY id");
    m_insertLatin = Query(m_db, "INSERT INTO entity_latin(rowid, latin) VALUES (?1, ?2)");
    m_deleteLatin = Query(m_db, "DELETE FROM entity_latin WHERE rowid = ?1");
    m_keyAndCaption = Query(m_db, "SELECT key, coalesce(caption, '') FROM entity WHERE id = ?1");
    // Relationships pointing at an entity, through the reference index.
    m_dependents = Query(m_db, "SELECT DISTINCT s.entity_id, e.schema FROM statement s "
                               "JOIN entity e ON e.id = s.entity_id "
                               "WHERE s.ref = 1 AND s.value = ?1");
    m_findDataset = Query(m_db, "SELECT id FROM dataset WHERE name = ?1");
    m_insertDataset = Query(m_db, "INSERT INTO dataset(name) VALUES (?1)");
    // A value resting on a confidential source is as confidential as the source: an export
    // that withholds the source must withhold the value too.
    m_cite = Query(m_db, "UPDATE statement SET source_id = ?3, sensitivity = max(sensitivity, "
                         "(SELECT sensitivity FROM source WHERE id = ?3)) WHERE entity_id = ?1 "
                         "AND dataset_id = ?2 AND source_id IS NULL");
    for (const Query* q :
         {&m_findEntity, &m_insertEntity, &m_updateExtra, &m_updateSchema, &m_insertStatement,
          &m_insertFts, &m_deleteFts, &m_updateCaption, &m_statementsOf, &m_findDataset,
          &m_insertDataset, &m_cite, &m_captionOfKey, &m_insertLatin, &m_deleteLatin,
          &m_keyAndCaption, &m_dependents}) {
        if (!q->valid())
            return makeError("database error: " + q->error());
    }
    return {};
}

Result<std::int64_t> EntityWriter::datasetId(std::string_view name)
{
    std::string key(name);
    if (auto it = m_datasets.find(key); it != m_datasets.end())
        return it->second;
    m_findDataset.reset();
    m_findDataset.bind(1, name);
    std::int64_t id;
    if (m_findDataset.step() == SQLITE_ROW) {
        id = m_findDataset.int64(0);
    } else {
        m_insertDataset.reset();
        m_insertDataset.bind(1, name);
        if (!m_insertDataset.exec())
            return dbError(m_db, "cannot create dataset");
        id = sqlite3_last_insert_rowid(m_db);
    }
    m_findDataset.reset();
    m_datasets.emplace(std::move(key), id);
    return id;
}

Result<EntityWriter::EntityState> EntityWriter::upsertEntity(std::string_view id,
                                                             std::string_view schema,
                                                             std::string_view extraJson,
                                                             std::string_view caption)
{
    m_findEntity.reset();
    m_findEntity.bind(1, id);
    int rc = m_findEntity.step();
    if (rc == SQLITE_ROW) {
        EntityState st{m_findEntity.int64(0), m_findEntity.string(1), false};
        m_findEntity.reset();
        if (!extraJson.empty()) {
            m_updateExtra.reset();
            m_updateExtra.bind(1, st.rowid).bind(2, extraJson);
            if (!m_updateExtra.exec())
                return dbError(m_db, "cannot update entity");
        }
        return st;
    }
    m_findEntity.reset();
    if (rc != SQLITE_DONE)
        return dbError(m_db, "cannot read entity");
    m_insertEntity.reset();
    // Without a caption the entity shows as its type ("(Address)") and sorts as such; a
    // relationship gets its own caption once its values are written (writeSearch).
    std::string_view sortText = caption;
    if (sortText.empty()) {
        const model::Schema* s = model::Model::builtin().schema(schema);
        sortText = s ? std::string_view(s->label()) : schema;
    }
    const std::string& key = m_sortKey(sortText);
    m_insertEntity.bind(1, id).bind(2, schema).bindOrNull(3, extraJson).bindOrNull(4, caption);
    m_insertEntity.bindBlob(5, key.data(), key.size());
    if (!m_insertEntity.exec())
        return dbError(m_db, "cannot create entity");
    return EntityState{sqlite3_last_insert_rowid(m_db), std::string(schema), true};
}

Status EntityWriter::setSchema(std::int64_t rowid, std::string_view schema)
{
    m_updateSchema.reset();
    m_updateSchema.bind(1, rowid).bind(2, schema);
    if (!m_updateSchema.exec())
        return dbError(m_db, "cannot update entity schema");
    return {};
}

Result<std::string> EntityWriter::schemaOf(std::string_view id)
{
    m_findEntity.reset();
    m_findEntity.bind(1, id);
    std::string schema;
    if (m_findEntity.step() == SQLITE_ROW)
        schema = m_findEntity.string(1);
    m_findEntity.reset();
    return schema;
}

Result<bool> EntityWriter::addStatement(const NewStatement& s)
{
    auto hash = util::digest128({s.datasetName, s.entityId, s.prop, s.value});
    if (m_bulk && !m_bulkSeen.insert(hash))
        return false; // a repeat within this import
    Query& q = m_insertStatement;
    q.reset();
    // Every view outlives the step below: no copies of the bound bytes.
    q.bindBlobStatic(1, hash.data(), hash.size())
        .bind(2, s.entityRowid)
        .bindStatic(3, s.prop)
        .bindStatic(4, s.value)
        .bind(5, s.isReference ? 1 : 0)
        .bindOrNull(6, s.lang)
        .bind(7, s.datasetRowid)
        .bindOrNull(8, s.sourceRowid)
        .bindOrNull(9, s.firstSeen)
        .bindOrNull(10, s.lastSeen)
        .bind(11, int(s.sensitivity));
    if (q.step() != SQLITE_DONE)
        return dbError(m_db, "cannot write statement");
    return sqlite3_changes(m_db) > 0;
}

Status EntityWriter::citeSource(std::int64_t entityRowid, std::int64_t datasetRowid,
                                std::int64_t sourceRowid)
{
    m_cite.reset();
    m_cite.bind(1, entityRowid).bind(2, datasetRowid).bind(3, sourceRowid);
    if (!m_cite.exec())
        return dbError(m_db, "cannot cite source");
    return {};
}

std::string_view
EntityWriter::captionOf(const model::Schema& schema,
                        const std::vector<std::pair<std::string_view, std::string_view>>& values)
{
    for (const auto& prop : schema.caption()) {
        for (const auto& [p, v] : values) {
            if (p == prop && !v.empty())
                return v;
        }
    }
    return {};
}

Status
EntityWriter::writeDerived(std::int64_t rowid, const model::Schema& schema,
                           const std::vector<std::pair<std::string_view, std::string_view>>& values,
                           bool fresh)
{
    if (auto st = storeCaption(rowid, schema, captionOf(schema, values), values); !st)
        return st;
    return writeSearch(rowid, schema, values, fresh);
}

Status
EntityWriter::storeCaption(std::int64_t rowid, const model::Schema& schema,
                           std::string_view caption,
                           const std::vector<std::pair<std::string_view, std::string_view>>& values)
{
    std::string computed;
    if (caption.empty() && schema.edge()) {
        m_captionUnresolved = false;
        computed = relationshipCaption(schema, values);
        caption = computed;
        if (m_captionUnresolved)
            m_unresolvedCaptions.insert(rowid);
    }
    const std::string& key =
        m_sortKey(caption.empty() ? std::string_view(schema.label()) : caption);
    m_updateCaption.reset();
    m_updateCaption.bind(1, rowid).bindOrNull(2, caption).bindBlob(3, key.data(), key.size());
    if (!m_updateCaption.exec())
        return dbError(m_db, "cannot update caption");
    return {};
}

std::string EntityWriter::relationshipCaption(
    const model::Schema& schema,
    const std::vector<std::pair<std::string_view, std::string_view>>& values)
{
    if (!schema.edge())
        return {};
    const model::Edge& edge = *schema.edge();
    auto end = [&](const std::string& prop) -> std::string {
        for (const auto& [p, v] : values) {
            if (p != prop || v.empty())
                continue;
            m_captionOfKey.reset();
            m_captionOfKey.bind(1, v);
            std::string name;
            if (m_captionOfKey.step() == SQLITE_ROW) {
                name = m_captionOfKey.string(0);
            } else {
                name = std::string(v);
                m_captionUnresolved = true; // perhaps later in the same file
            }
            m_captionOfKey.reset();
            return name;
        }
        return "?";
    };
    return schema.label() + ": " + end(edge.source) + (edge.directed ? " → " : " – ") +
           end(edge.target);
}

Status
EntityWriter::writeSearch(std::int64_t rowid, const model::Schema& schema,
                          const std::vector<std::pair<std::string_view, std::string_view>>& values,
                          bool fresh)
{
    // A new relationship without a caption of its own gets one from the ends it links.
    if (fresh && schema.edge() && captionOf(schema, values).empty()) {
        if (auto st = storeCaption(rowid, schema, {}, values); !st)
            return st;
    }
    m_names.clear();
    m_text.clear();
    for (const auto& [p, v] : values) {
        const model::Property* prop = schema.property(p);
        if (!prop)
            continue;
        auto kind = prop->type->kind;
        if (kind == model::TypeKind::Name) {
            m_names.append(v);
            m_names.push_back('\n');
        } else if (kind == model::TypeKind::Text || kind == model::TypeKind::Identifier ||
                   kind == model::TypeKind::Email) {
            m_text.append(v);
            m_text.push_back('\n');
        }
    }
    if (!fresh) {
        m_deleteFts.reset();
        m_deleteFts.bind(1, rowid);
        if (!m_deleteFts.exec())
            return dbError(m_db, "cannot update search index");
    }
    if (auto st = writeLatin(rowid, m_names, fresh); !st)
        return st;
    if (m_names.empty() && m_text.empty())
        return {};
    m_insertFts.reset();
    m_insertFts.bind(1, rowid).bindStatic(2, m_names).bindStatic(3, m_text);
    if (!m_insertFts.exec())
        return dbError(m_db, "cannot update search index");
    return {};
}

LatinForm& EntityWriter::latin()
{
    if (!m_latin)
        m_latin = std::make_unique<LatinForm>();
    return *m_latin;
}

Status EntityWriter::writeLatin(std::int64_t rowid, std::string_view names, bool fresh)
{
    if (!fresh) {
        m_deleteLatin.reset();
        m_deleteLatin.bind(1, rowid);
        if (!m_deleteLatin.exec())
            return dbError(m_db, "cannot update search index");
    }
    if (!LatinForm::hasNonAscii(names))
        return {}; // the main index finds ASCII names as they are
    const std::string& form = latin().indexForm(names);
    if (form.empty())
        return {};
    m_insertLatin.reset();
    m_insertLatin.bind(1, rowid).bind(2, form);
    if (!m_insertLatin.exec())
        return dbError(m_db, "cannot update search index");
    return {};
}

Status EntityWriter::beginBulk(std::uint64_t expectedStatements)
{
    m_bulkSeen.reserve(expectedStatements);
    if (m_bulk)
        return {};
    Query last(m_db, "SELECT coalesce(max(id), 0) FROM statement");
    if (last.step() != SQLITE_ROW)
        return dbError(m_db, "cannot start bulk import");
    m_bulkFirstStatement = last.int64(0) + 1;
    last.reset(); // DROP INDEX needs no statement reading the table
    for (const auto& index : bulkIndexes()) {
        if (auto st = execSql(m_db, "DROP INDEX IF EXISTS " + index.name); !st)
            return st;
    }
    m_bulk = true;
    return {};
}

Result<std::uint64_t> EntityWriter::endBulk()
{
    if (!m_bulk)
        return std::uint64_t(0);
    // Repeats within the import were skipped in memory; what is left is values the workspace
    // already held before the import began.
    std::uint64_t duplicates = 0;
    if (m_bulkFirstStatement > 1) {
        std::string first = std::to_string(m_bulkFirstStatement);
        if (auto st = execSql(m_db, "DELETE FROM statement WHERE id >= " + first +
                                        " AND hash IN (SELECT hash FROM statement WHERE id < " +
                                        first + ")");
            !st)
            return st.error();
        duplicates = std::uint64_t(sqlite3_changes(m_db));
    }
    for (const auto& index : bulkIndexes()) {
        if (auto st = execSql(m_db, index.create); !st)
            return st.error();
    }
    m_bulk = false;
    m_bulkSeen.clear();
    return duplicates;
}

Status EntityWriter::refreshDerived(const std::unordered_set<std::int64_t>& rowids,
                                    const model::Model& model)
{
    // Relationships written before the entities at their ends (a file in any order) name
    // them now that they are stored.
    std::unordered_set<std::int64_t> all = rowids;
    all.insert(m_unresolvedCaptions.begin(), m_unresolvedCaptions.end());
    m_unresolvedCaptions.clear();
    Query q(m_db, "SELECT schema FROM entity WHERE id = ?1");
    for (std::int64_t rowid : all) {
        q.reset();
        q.bind(1, rowid);
        if (q.step() != SQLITE_ROW)
            continue;
        const model::Schema* schema = model.schema(q.text(0));
        q.reset();
        if (!schema)
            continue;
        if (auto st = refreshDerived(rowid, *schema); !st)
            return st;
    }
    return {};
}

Status EntityWriter::refreshDerived(std::int64_t rowid, const model::Schema& schema)
{
    std::string key, before;
    m_keyAndCaption.reset();
    m_keyAndCaption.bind(1, rowid);
    if (m_keyAndCaption.step() == SQLITE_ROW) {
        key = m_keyAndCaption.string(0);
        before = m_keyAndCaption.string(1);
    }
    m_keyAndCaption.reset();
    std::vector<std::string> storage;
    m_statementsOf.reset();
    m_statementsOf.bind(1, rowid);
    while (m_statementsOf.step() == SQLITE_ROW) {
        storage.push_back(m_statementsOf.string(0));
        storage.push_back(m_statementsOf.string(1));
    }
    m_statementsOf.reset();
    std::vector<std::pair<std::string_view, std::string_view>> values;
    for (std::size_t i = 0; i + 1 < storage.size(); i += 2)
        values.emplace_back(storage[i], storage[i + 1]);
    if (auto st = writeDerived(rowid, schema, values, false); !st)
        return st;
    if (schema.edge() || key.empty())
        return {}; // relationships are not named in other captions
    m_keyAndCaption.reset();
    m_keyAndCaption.bind(1, rowid);
    std::string after = m_keyAndCaption.step() == SQLITE_ROW ? m_keyAndCaption.string(1) : before;
    m_keyAndCaption.reset();
    if (after == before)
        return {};
    return refreshDependents(key);
}

Status EntityWriter::refreshDependents(std::string_view key)
{
    std::vector<std::pair<std::int64_t, std::string>> found;
    m_dependents.reset();
    m_dependents.bind(1, key);
    int rc;
    while ((rc = m_dependents.step()) == SQLITE_ROW)
        found.emplace_back(m_dependents.int64(0), m_dependents.string(1));
    m_dependents.reset();
    if (rc != SQLITE_DONE)
        return dbError(m_db, "cannot find the relationships of an entity");
    const auto& model = model::Model::builtin();
    std::vector<std::string> storage;
    std::vector<std::pair<std::string_view, std::string_view>> values;
    for (const auto& [rowid, schemaName] : found) {
        const model::Schema* schema = model.schema(schemaName);
        if (!schema || !schema->edge())
            continue;
        storage.clear();
        values.clear();
        m_statementsOf.reset();
        m_statementsOf.bind(1, rowid);
        while (m_statementsOf.step() == SQLITE_ROW) {
            storage.push_back(m_statementsOf.string(0));
            storage.push_back(m_statementsOf.string(1));
        }
        m_statementsOf.reset();
        for (std::size_t i = 0; i + 1 < storage.size(); i += 2)
            values.emplace_back(storage[i], storage[i + 1]);
        if (!captionOf(*schema, values).empty())
            continue; // a caption of its own names no end
        if (auto st = writeDerived(rowid, *schema, values, false); !st)
            return st;
    }
    return {};
}

} // namespace commonplace::store

namespace commonplace::store {

namespace {
constexpr const char* kSortKeyVersionSetting = "sort_key.version";
// Entities up to this id were stored before schema 4 and may lack their entity_latin row;
// search.latin_done is how far the fill got.
constexpr const char* kLatinPendingSetting = "search.latin_pending";
constexpr const char* kLatinDoneSetting = "search.latin_done";

std::int64_t settingNumber(const Workspace& ws, const char* key)
{
    auto value = ws.setting(key);
    return value ? std::strtoll(value->c_str(), nullptr, 10) : 0;
}
} // namespace

bool EntityWriter::sortKeysStale(const Workspace& ws)
{
    // The index entity_sort holds NULL keys first, so this is one index probe.
    Query missing(ws.db(), "SELECT EXISTS (SELECT 1 FROM entity WHERE sort_key IS NULL)");
    if (missing.step() == SQLITE_ROW && missing.int64(0) != 0)
        return true;
    auto version = ws.setting(kSortKeyVersionSetting);
    if (version && *version != SortKey::version())
        return true;
    return ws.setting(kLatinPendingSetting).has_value();
}

Result<bool>
EntityWriter::fillSortKeys(const std::function<bool(std::int64_t, std::int64_t)>& progress)
{
    const std::string version = SortKey::version();
    if (auto stored = m_ws.setting(kSortKeyVersionSetting); stored && *stored != version) {
        // Another collation made these keys: all of them are recomputed.
        if (auto st = execSql(m_db, "UPDATE entity SET sort_key = NULL"); !st)
            return st.error();
    }
    Query count(m_db, "SELECT count(*) FROM entity WHERE sort_key IS NULL");
    if (count.step() != SQLITE_ROW)
        return dbError(m_db, "cannot count entities without sort keys");
    const std::int64_t total = count.int64(0);
    count.reset();
    const auto& model = model::Model::builtin();
    Query batch(m_db, "SELECT id, schema, coalesce(caption, '') FROM entity "
                      "WHERE sort_key IS NULL LIMIT 4096");
    Query setKey(m_db, "UPDATE entity SET sort_key = ?2 WHERE id = ?1");
    if (!batch.valid() || !setKey.valid())
        return makeError("database error: " + (batch.valid() ? setKey.error() : batch.error()));
    std::int64_t done = 0;
    struct Row
    {
        std::int64_t rowid;
        std::string schema, caption;
    };
    std::vector<Row> rows;
    std::vector<std::string> storage;
    std::vector<std::pair<std::string_view, std::string_view>> values;
    for (;;) {
        rows.clear();
        batch.reset();
        while (batch.step() == SQLITE_ROW)
            rows.push_back({batch.int64(0), batch.string(1), batch.string(2)});
        batch.reset();
        if (rows.empty())
            break;
        Transaction tx(m_db);
        if (auto st = tx.begin(); !st)
            return st.error();
        for (const Row& row : rows) {
            const model::Schema* schema = model.schema(row.schema);
            if (schema && row.caption.empty() && schema->edge()) {
                storage.clear();
                values.clear();
                m_statementsOf.reset();
                m_statementsOf.bind(1, row.rowid);
                while (m_statementsOf.step() == SQLITE_ROW) {
                    storage.push_back(m_statementsOf.string(0));
                    storage.push_back(m_statementsOf.string(1));
                }
                m_statementsOf.reset();
                for (std::size_t i = 0; i + 1 < storage.size(); i += 2)
                    values.emplace_back(storage[i], storage[i + 1]);
                if (auto st = storeCaption(row.rowid, *schema, {}, values); !st)
                    return st.error();
                continue;
            }
            std::string_view text = row.caption;
            if (text.empty())
                text = schema ? std::string_view(schema->label()) : std::string_view(row.schema);
            const std::string& key = m_sortKey(text);
            setKey.reset();
            setKey.bind(1, row.rowid).bindBlob(2, key.data(), key.size());
            if (auto st = setKey.exec(); !st)
                return st.error();
        }
        if (auto st = tx.commit(); !st)
            return st.error();
        done += std::int64_t(rows.size());
        if (progress && !progress(std::min(done, total), total))
            return false;
    }
    if (auto st = m_ws.setSetting(kSortKeyVersionSetting, version); !st)
        return st.error();
    return fillLatin(progress, done, total);
}

Result<bool>
EntityWriter::fillLatin(const std::function<bool(std::int64_t, std::int64_t)>& progress,
                        std::int64_t doneBefore, std::int64_t total)
{
    if (!m_ws.setting(kLatinPendingSetting))
        return true;
    const std::int64_t upTo = settingNumber(m_ws, kLatinPendingSetting);
    std::int64_t from = settingNumber(m_ws, kLatinDoneSetting);
    // Progress counts entities (the ids are dense enough for a progress bar).
    total += std::max<std::int64_t>(upTo - from, 0);
    Query batch(m_db, "SELECT rowid, names FROM entity_fts WHERE rowid > ?1 AND rowid <= ?2 "
                      "ORDER BY rowid LIMIT 4096");
    Query mark(m_db, "INSERT INTO setting(key, value) VALUES (?1, ?2) "
                     "ON CONFLICT(key) DO UPDATE SET value = excluded.value");
    if (!batch.valid() || !mark.valid())
        return makeError("database error: " + (batch.valid() ? mark.error() : batch.error()));
    std::vector<std::pair<std::int64_t, std::string>> rows;
    const std::int64_t start = from;
    for (;;) {
        rows.clear();
        batch.reset();
        batch.bind(1, from).bind(2, upTo);
        while (batch.step() == SQLITE_ROW)
            rows.emplace_back(batch.int64(0), batch.string(1));
        batch.reset();
        const std::int64_t next = rows.empty() ? upTo : rows.back().first;
        Transaction tx(m_db);
        if (auto st = tx.begin(); !st)
            return st.error();
        for (const auto& [rowid, names] : rows) {
            if (auto st = writeLatin(rowid, names, false); !st)
                return st.error();
        }
        mark.reset();
        mark.bind(1, kLatinDoneSetting).bind(2, std::to_string(next));
        if (auto st = mark.exec(); !st)
            return st.error();
        if (rows.empty()) {
            for (const char* key : {kLatinPendingSetting, kLatinDoneSetting}) {
                Query drop(m_db, "DELETE FROM setting WHERE key = ?1");
                drop.bind(1, key);
                if (auto st = drop.exec(); !st)
                    return st.error();
            }
        }
        if (auto st = tx.commit(); !st)
            return st.error();
        if (rows.empty())
            return true;
        from = next;
        if (progress && !progress(std::min(doneBefore + (from - start), total), total))
            return false;
    }
}

} // namespace commonplace::store
