// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/Records.h"

#include "model/Values.h"
#include "store/Workspace.h"

namespace commonplace::io {

using simdjson::dom::array;
using simdjson::dom::object;

namespace {

std::string_view str(object obj, std::string_view key)
{
    std::string_view s;
    if (obj[key].get_string().get(s) == simdjson::SUCCESS)
        return model::trim(s);
    return {};
}

} // namespace

RecordImporter::RecordImporter(store::Workspace& ws, store::EntityWriter& writer,
                               const std::string& path)
    : m_ws(ws)
    , m_writer(writer)
    , m_path(path)
{}

Status RecordImporter::prepare()
{
    sqlite3* db = m_ws.db();
    m_insertSource = store::Query(
        db, "INSERT INTO source(key, dataset_id, title, url, publisher, published, retrieved, "
            "reliability, credibility, attachment_sha256, sensitivity, notes) "
            "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12) "
            "ON CONFLICT(key) DO UPDATE SET title = excluded.title, url = excluded.url, "
            "publisher = excluded.publisher, published = excluded.published, "
            "retrieved = excluded.retrieved, reliability = excluded.reliability, "
            "credibility = excluded.credibility, sensitivity = excluded.sensitivity, "
            "notes = excluded.notes");
    m_findSource = store::Query(db, "SELECT id FROM source WHERE key = ?1");
    m_sourceOwner = store::Query(db, "SELECT coalesce(d.name, '') FROM source s LEFT JOIN "
                                     "dataset d ON d.id = s.dataset_id WHERE s.key = ?1 AND "
                                     "s.dataset_id IS NOT ?2");
    m_findEntity = store::Query(db, "SELECT id FROM entity WHERE key = ?1");
    m_insertFinding = store::Query(
        db, "INSERT INTO finding(key, title, date, text, country, theme_id, author, dataset_id, "
            "sensitivity) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)");
    m_findingOwner = store::Query(db, "SELECT coalesce(d.name, '') FROM finding f LEFT JOIN "
                                      "dataset d ON d.id = f.dataset_id WHERE f.key = ?1 AND "
                                      "f.dataset_id IS NOT ?2");
    m_findTaxonomy = store::Query(db, "SELECT id FROM taxonomy WHERE kind = ?1 AND key = ?2");
    m_linkEntity = store::Query(db, "INSERT OR IGNORE INTO finding_entity VALUES (?1, ?2)");
    m_linkSource = store::Query(db, "INSERT OR IGNORE INTO finding_source VALUES (?1, ?2)");
    m_linkTactic = store::Query(db, "INSERT OR IGNORE INTO finding_tactic VALUES (?1, ?2)");
    m_insertFindingFts =
        store::Query(db, "INSERT INTO finding_fts(rowid, title, text) VALUES (?1, ?2, ?3)");
    // A finding imported again into its own dataset is updated as a source is: its fields,
    // search row and links become the file's.
    m_findFinding = store::Query(db, "SELECT id FROM finding WHERE key = ?1");
    m_updateFinding = store::Query(
        db, "UPDATE finding SET title = ?2, date = ?3, text = ?4, country = ?5, theme_id = ?6, "
            "author = ?7, sensitivity = ?8 WHERE id = ?1");
    m_clearFinding = store::Query(db, "DELETE FROM finding_fts WHERE rowid = ?1");
    m_unlinkEntities = store::Query(db, "DELETE FROM finding_entity WHERE finding_id = ?1");
    m_unlinkSources = store::Query(db, "DELETE FROM finding_source WHERE finding_id = ?1");
    m_unlinkTactics = store::Query(db, "DELETE FROM finding_tactic WHERE finding_id = ?1");
    for (const store::Query* q :
         {&m_insertSource, &m_findSource, &m_sourceOwner, &m_findEntity, &m_insertFinding,
          &m_findingOwner, &m_findTaxonomy, &m_linkEntity, &m_linkSource, &m_linkTactic,
          &m_insertFindingFts, &m_findFinding, &m_updateFinding, &m_clearFinding, &m_unlinkEntities,
          &m_unlinkSources, &m_unlinkTactics})
        if (!q->valid())
            return makeError("database error: " + q->error());
    return {};
}

void RecordImporter::setDataset(std::string name, std::int64_t rowid, store::Sensitivity floor)
{
    m_dataset = std::move(name);
    m_datasetRowid = rowid;
    m_floor = floor;
}

Error RecordImporter::fail(std::string message) const
{
    return makeError(std::move(message), m_path, m_line);
}

Result<store::Sensitivity> RecordImporter::sensitivityOf(object obj)
{
    std::string_view text = str(obj, "sensitivity");
    store::Sensitivity level = store::Sensitivity::Public;
    if (!text.empty()) {
        auto parsed = store::parseSensitivity(text);
        if (!parsed)
            return fail("sensitivity must be public, coalition, internal or restricted, not '" +
                        std::string(text) + "'");
        level = *parsed;
    }
    // Data received at a level is never re-shared above it.
    return std::max(level, m_floor);
}

Result<std::int64_t> RecordImporter::sourceRowid(std::string_view key)
{
    m_findSource.reset();
    m_findSource.bind(1, key);
    if (m_findSource.step() != SQLITE_ROW)
        return fail("unknown source '" + std::string(key) + "' (sources must come before use)");
    std::int64_t id = m_findSource.int64(0);
    m_findSource.reset();
    return id;
}

Result<std::int64_t> RecordImporter::entityRowid(std::string_view key)
{
    m_findEntity.reset();
    m_findEntity.bind(1, key);
    if (m_findEntity.step() != SQLITE_ROW)
        return fail("unknown entity '" + std::string(key) + "'");
    std::int64_t id = m_findEntity.int64(0);
    m_findEntity.reset();
    return id;
}

Status RecordImporter::importRecord(object obj, std::string_view kind, std::uint64_t line)
{
    m_line = line;
    if (kind == "source")
        return importSource(obj);
    if (kind == "finding")
        return importFinding(obj);
    if (kind == "cite")
        return importCite(obj);
    return fail("unknown record kind '" + std::string(kind) +
                "' (expected source, finding or cite)");
}

Status RecordImporter::refuseForeignKey(store::Query& owner, std::string_view kind,
                                        std::string_view key)
{
    owner.reset();
    owner.bind(1, key).bind(2, m_datasetRowid);
    if (owner.step() != SQLITE_ROW) {
        owner.reset();
        return {};
    }
    const std::string name = owner.string(0);
    owner.reset();
    return fail(
        std::string(kind) + " '" + std::string(key) + "' already exists in " +
        (name.empty() ? std::string("this workspace (in no dataset)") : "dataset '" + name + "'") +
        "; importing into dataset '" + m_dataset + "' would overwrite it. Give this " +
        std::string(kind) + " another id, or import the file into dataset '" + name + "'");
}

Status RecordImporter::importSource(object obj)
{
    std::string_view key = str(obj, "id"), title = str(obj, "title");
    if (key.empty())
        return fail("source without an \"id\"");
    if (title.empty())
        return fail("source '" + std::string(key) + "' has no title");
    std::string_view reliability = str(obj, "reliability");
    if (!reliability.empty() &&
        (reliability.size() != 1 || reliability[0] < 'A' || reliability[0] > 'F'))
        return fail("source '" + std::string(key) + "': reliability must be a letter A-F, not '" +
                    std::string(reliability) + "'");
    std::string_view credText = str(obj, "credibility");
    std::optional<std::int64_t> credibility;
    if (!credText.empty()) {
        if (credText.size() != 1 || credText[0] < '1' || credText[0] > '6')
            return fail("source '" + std::string(key) +
                        "': credibility must be a digit 1-6, not '" + std::string(credText) + "'");
        credibility = credText[0] - '0';
    }
    for (auto dateKey : {"published", "retrieved"}) {
        std::string_view d = str(obj, dateKey);
        if (!d.empty() && !model::isDatePrefix(d))
            return fail("source '" + std::string(key) + "': " + dateKey + " '" + std::string(d) +
                        "' is not an ISO date");
    }
    auto level = sensitivityOf(obj);
    if (!level)
        return level.error();
    // A source belongs to the dataset that brought it (source.key is one namespace for the
    // workspace): another dataset's import may not rewrite its title, grading or sensitivity.
    // Importing the same dataset again updates it.
    if (auto st = refuseForeignKey(m_sourceOwner, "source", key); !st)
        return st;
    auto& q = m_insertSource;
    q.reset();
    q.bind(1, key)
        .bind(2, m_datasetRowid)
        .bind(3, title)
        .bindOrNull(4, str(obj, "url"))
        .bindOrNull(5, str(obj, "publisher"))
        .bindOrNull(6, str(obj, "published"))
        .bindOrNull(7, str(obj, "retrieved"))
        .bindOrNull(8, reliability)
        .bindOrNull(9, credibility)
        .bindOrNull(10, str(obj, "sha256"))
        .bind(11, int(*level))
        .bindOrNull(12, str(obj, "notes"));
    if (auto st = q.exec(); !st)
        return fail(st.error().message);
    return {};
}

Status RecordImporter::importFinding(object obj)
{
    std::string_view key = str(obj, "id"), title = str(obj, "title");
    if (key.empty())
        return fail("finding without an \"id\"");
    if (title.empty())
        return fail("finding '" + std::string(key) + "' has no title");
    std::string_view date = str(obj, "date");
    if (!date.empty() && !model::isDatePrefix(date))
        return fail("finding '" + std::string(key) + "': date '" + std::string(date) +
                    "' is not an ISO date");
    std::string_view country = str(obj, "country");
    if (!country.empty() && !model::countryCode(country))
        return fail("finding '" + std::string(key) + "': unknown country '" + std::string(country) +
                    "'");
    std::optional<std::int64_t> themeId;
    if (std::string_view theme = str(obj, "theme"); !theme.empty()) {
        m_findTaxonomy.reset();
        m_findTaxonomy.bind(1, "theme").bind(2, theme);
        if (m_findTaxonomy.step() != SQLITE_ROW)
            return fail("finding '" + std::string(key) + "': unknown theme '" + std::string(theme) +
                        "'");
        themeId = m_findTaxonomy.int64(0);
        m_findTaxonomy.reset();
    }
    auto level = sensitivityOf(obj);
    if (!level)
        return level.error();
    // Like a source, a finding belongs to the dataset that brought it: another dataset's file
    // may not claim its id (before, the line was skipped without a word). Importing into the
    // owning dataset again updates the finding: fields, search row, actors, sources, tactics.
    if (auto st = refuseForeignKey(m_findingOwner, "finding", key); !st)
        return st;
    std::string_view text = str(obj, "text");
    const std::string countryCode = country.empty() ? std::string() : *model::countryCode(country);
    std::string_view author = str(obj, "author");
    std::int64_t findingId = 0;
    m_findFinding.reset();
    m_findFinding.bind(1, key);
    if (m_findFinding.step() == SQLITE_ROW)
        findingId = m_findFinding.int64(0);
    m_findFinding.reset();
    if (findingId != 0) {
        auto& u = m_updateFinding;
        u.reset();
        u.bind(1, findingId)
            .bind(2, title)
            .bindOrNull(3, date)
            .bindOrNull(4, text)
            .bindOrNull(5, countryCode)
            .bindOrNull(6, themeId)
            .bindOrNull(7, author)
            .bind(8, int(*level));
        if (auto st = u.exec(); !st)
            return fail(st.error().message);
        for (store::Query* clear :
             {&m_clearFinding, &m_unlinkEntities, &m_unlinkSources, &m_unlinkTactics}) {
            clear->reset();
            clear->bind(1, findingId);
            if (auto st = clear->exec(); !st)
                return fail(st.error().message);
        }
    } else {
        auto& q = m_insertFinding;
        q.reset();
        q.bind(1, key)
            .bind(2, title)
            .bindOrNull(3, date)
            .bindOrNull(4, text)
            .bindOrNull(5, countryCode)
            .bindOrNull(6, themeId)
            .bindOrNull(7, author)
            .bind(8, m_datasetRowid)
            .bind(9, int(*level));
        if (q.step() != SQLITE_DONE)
            return fail(std::string("database error: ") + sqlite3_errmsg(m_ws.db()));
        findingId = sqlite3_last_insert_rowid(m_ws.db());
    }
    m_insertFindingFts.reset();
    m_insertFindingFts.bind(1, findingId).bind(2, title).bind(3, text);
    if (auto st = m_insertFindingFts.exec(); !st)
        return fail(st.error().message);

    auto link = [&](std::string_view field, auto resolve, store::Query& insert) -> Status {
        array items;
        if (obj[field].get_array().get(items) != simdjson::SUCCESS)
            return {};
        for (auto item : items) {
            std::string_view ref;
            if (item.get_string().get(ref))
                return fail("finding '" + std::string(key) + "': \"" + std::string(field) +
                            "\" must be a list of ids");
            auto id = resolve(ref);
            if (!id)
                return id.error();
            insert.reset();
            insert.bind(1, findingId).bind(2, *id);
            if (auto st = insert.exec(); !st)
                return fail(st.error().message);
        }
        return {};
    };
    if (auto st = link(
            "entities", [&](std::string_view r) { return entityRowid(r); }, m_linkEntity);
        !st)
        return st;
    if (auto st = link(
            "sources", [&](std::string_view r) { return sourceRowid(r); }, m_linkSource);
        !st)
        return st;
    auto tactic = [&](std::string_view r) -> Result<std::int64_t> {
        m_findTaxonomy.reset();
        m_findTaxonomy.bind(1, "tactic").bind(2, r);
        if (m_findTaxonomy.step() != SQLITE_ROW)
            return fail("finding '" + std::string(key) + "': unknown tactic '" + std::string(r) +
                        "'");
        std::int64_t id = m_findTaxonomy.int64(0);
        m_findTaxonomy.reset();
        return id;
    };
    return link("tactics", tactic, m_linkTactic);
}

Status RecordImporter::importCite(object obj)
{
    std::string_view entity = str(obj, "entity");
    if (entity.empty())
        return fail("cite record without an \"entity\"");
    auto rowid = entityRowid(entity);
    if (!rowid)
        return rowid.error();
    array sources;
    if (obj["sources"].get_array().get(sources) || sources.size() == 0)
        return fail("cite record for '" + std::string(entity) + "' needs a list \"sources\"");
    // A statement has one source: the first one listed.
    std::string_view first;
    if ((*sources.begin()).get_string().get(first))
        return fail("cite record: \"sources\" must be a list of ids");
    auto source = sourceRowid(first);
    if (!source)
        return source.error();
    m_cites.push_back({m_line, *rowid, *source});
    return {};
}

Status RecordImporter::finish()
{
    for (const auto& cite : m_cites) {
        if (auto st = m_writer.citeSource(cite.entity, m_datasetRowid, cite.source); !st)
            return makeError(st.error().message, m_path, cite.line);
    }
    m_cites.clear();
    return {};
}

} // namespace commonplace::io
