// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/Workspace.h"
#include "TestUtil.h"
#include "io/Import.h"
#include "store/EntityWriter.h"
#include "store/Migrations.h"
#include "store/Sqlite.h"

#include <catch2/catch.hpp>

#include <set>

#include <sys/stat.h>

using namespace commonplace;
using commonplace::test::TempDir;

namespace {

// Rebuilds a workspace file from an SQL dump (`sqlite3 FILE .dump`) of a released schema.
std::string restoreDump(const TempDir& dir, const std::string& dumpPath)
{
    std::string path = dir.file("restored.commonplace");
    sqlite3* db = nullptr;
    REQUIRE(sqlite3_open(path.c_str(), &db) == SQLITE_OK);
    auto st = store::execSql(db, test::readFile(dumpPath));
    INFO((st ? std::string() : st.error().message));
    REQUIRE(st);
    sqlite3_close(db);
    return path;
}

} // namespace

TEST_CASE("a new workspace has the current schema, the default taxonomy and safe permissions",
          "[store]")
{
    TempDir dir;
    std::string path = dir.file("sub/folder/new.commonplace");
    auto ws = store::Workspace::open(path, store::Workspace::Mode::CreateNew);
    REQUIRE(ws);
    CHECK((*ws)->schemaVersion() == store::Workspace::kSchemaVersion);
    store::Query q((*ws)->db(), "SELECT count(*) FROM taxonomy WHERE kind = 'tactic'");
    REQUIRE(q.step() == SQLITE_ROW);
    CHECK(q.int64(0) >= 10);
    struct stat st
    {};
    REQUIRE(::stat(path.c_str(), &st) == 0);
    CHECK((st.st_mode & 0777) == 0600);
    store::Query mode((*ws)->db(), "PRAGMA journal_mode");
    REQUIRE(mode.step() == SQLITE_ROW);
    CHECK(mode.text(0) == "wal");
    store::Query fk((*ws)->db(), "PRAGMA foreign_keys");
    REQUIRE(fk.step() == SQLITE_ROW);
    CHECK(fk.int64(0) == 1);
}

TEST_CASE("opening checks what it opens", "[store]")
{
    TempDir dir;
    auto missing =
        store::Workspace::open(dir.file("none.commonplace"), store::Workspace::Mode::OpenExisting);
    REQUIRE_FALSE(missing);
    CHECK(missing.error().file == dir.file("none.commonplace"));

    std::string text = dir.write("notes.commonplace", "these are my notes, not a database\n");
    auto notDb = store::Workspace::open(text);
    REQUIRE_FALSE(notDb);
    CHECK(notDb.error().message.find("not a Commonplace workspace") != std::string::npos);
    CHECK(test::readFile(text) == "these are my notes, not a database\n");

    auto folder = store::Workspace::open(dir.path());
    REQUIRE_FALSE(folder);

    REQUIRE(store::Workspace::open(dir.file("a.commonplace"), store::Workspace::Mode::CreateNew));
    auto twice =
        store::Workspace::open(dir.file("a.commonplace"), store::Workspace::Mode::CreateNew);
    REQUIRE_FALSE(twice);
}

TEST_CASE("a workspace from a newer program is refused, not damaged", "[store]")
{
    TempDir dir;
    std::string path = dir.file("future.commonplace");
    {
        auto ws = store::Workspace::open(path);
        REQUIRE(ws);
        REQUIRE(store::execSql((*ws)->db(), "PRAGMA user_version = 99"));
    }
    auto again = store::Workspace::open(path);
    REQUIRE_FALSE(again);
    CHECK(again.error().message.find("newer Commonplace") != std::string::npos);
}

TEST_CASE("every released workspace schema opens and reads", "[store][compat]")
{
    // tests/data/workspace-vN.sql: a dump of a small workspace written by schema version N.
    TempDir dir;
    std::string path = restoreDump(dir, test::sourcePath("tests/data/workspace-v1.sql"));
    auto ws = store::Workspace::open(path, store::Workspace::Mode::OpenExisting);
    REQUIRE(ws);
    CHECK((*ws)->schemaVersion() == store::Workspace::kSchemaVersion);
    auto s = (*ws)->stats();
    REQUIRE(s);
    CHECK(s->entities == 3);
    CHECK(s->sources == 1);
    auto pay = (*ws)->entity("fx-pay1");
    REQUIRE(pay);
    CHECK(pay->statements.at(0).sourceTitle == "Fixture annual report");
    CHECK(pay->statements.at(0).reliability == "B");
    CHECK((*ws)->search("fixture", 10)->size() == 2);
    CHECK(*(*ws)->integrityCheck() == "ok");
}

TEST_CASE("a schema-2 workspace with a merge opens and reads", "[store][compat][resolve]")
{
    TempDir dir;
    std::string path = restoreDump(dir, test::sourcePath("tests/data/workspace-v2.sql"));
    auto ws = store::Workspace::open(path, store::Workspace::Mode::OpenExisting);
    REQUIRE(ws);
    CHECK((*ws)->schemaVersion() == store::Workspace::kSchemaVersion);
    auto s = (*ws)->stats();
    REQUIRE(s);
    CHECK(s->entities == 5);
    CHECK(s->canonicalEntities == 4);
    auto trust = (*ws)->entity("fx-o1");
    REQUIRE(trust);
    CHECK(trust->entity.canonicalId == "fx-o1-partner");
    REQUIRE(trust->members.size() == 2);
    CHECK(trust->statements.size() == 3);
    CHECK(trust->referencedBy.at(0).id == "fx-pay1");
    store::Query j((*ws)->db(), "SELECT count(*) FROM judgement");
    REQUIRE(j.step() == SQLITE_ROW);
    CHECK(j.int64(0) == 2);
    CHECK(*(*ws)->integrityCheck() == "ok");
}

TEST_CASE("lazy listing pages through entities in caption order with filters", "[store]")
{
    TempDir dir;
    auto ws = store::Workspace::open(dir.file("w.commonplace"));
    REQUIRE(ws);
    std::string text;
    for (int i = 0; i < 50; ++i)
        text += R"({"id": "p)" + std::to_string(i) + R"(", "schema": ")" +
                (i % 2 ? "Person" : "Company") + R"(", "properties": {"name": ["Name )" +
                std::to_string(100 + i) +
                R"("]}})"
                "\n";
    std::string path = dir.write("in.ijson", text);
    REQUIRE(io::importFile(**ws, path, {}));
    store::EntityFilter all;
    CHECK(*(*ws)->countEntities(all) == 50);
    const auto asc = store::SortOrder::Ascending;
    auto page1 = (*ws)->listEntities(all, store::EntitySort::Caption, asc, nullptr, 20);
    REQUIRE(page1);
    auto page2 = (*ws)->listEntities(all, store::EntitySort::Caption, asc, &page1->back(), 20);
    REQUIRE(page2);
    CHECK(page1->size() == 20);
    CHECK(page1->front().caption == "Name 100");
    CHECK(page2->front().caption == "Name 120");
    store::EntityFilter people;
    people.schemata = {"Person"};
    CHECK(*(*ws)->countEntities(people) == 25);
    store::EntityFilter text137;
    text137.text = "137";
    auto found = (*ws)->listEntities(text137, store::EntitySort::Caption, asc, nullptr, 10);
    REQUIRE(found);
    REQUIRE(found->size() == 1);
    CHECK(found->front().id == "p37");
    store::EntityFilter hostile;
    hostile.text = "\"unbalanced * OR NEAR( -";
    CHECK((*ws)->countEntities(hostile)); // user text is never FTS syntax
}

TEST_CASE("the indexes a bulk import rebuilds are exactly those of a new workspace", "[store]")
{
    TempDir dir;
    auto ws =
        store::Workspace::open(dir.file("fresh.commonplace"), store::Workspace::Mode::CreateNew);
    REQUIRE(ws);
    std::set<std::string> bulk;
    for (const auto& index : store::bulkIndexes()) {
        store::Query q((*ws)->db(),
                       "SELECT sql FROM sqlite_schema WHERE type = 'index' AND name = ?");
        q.bind(1, index.name);
        INFO(index.name);
        REQUIRE(q.step() == SQLITE_ROW);
        CHECK(q.text(0) == index.create);
        bulk.insert(index.name);
    }
    // And the other way: every index of the bulk-loaded tables is rebuilt, except the one on
    // merges (an import writes no merges, so it costs nothing to keep).
    store::Query all((*ws)->db(), "SELECT name FROM sqlite_schema WHERE type = 'index' AND "
                                  "tbl_name IN ('statement', 'entity') AND sql IS NOT NULL");
    std::set<std::string> schema;
    while (all.step() == SQLITE_ROW)
        schema.insert(all.string(0));
    schema.erase("entity_canonical");
    CHECK(schema == bulk);
}

TEST_CASE("a schema-3 workspace is upgraded to schema 4 with all its data", "[store][compat]")
{
    TempDir dir;
    std::string path = restoreDump(dir, test::sourcePath("tests/data/workspace-v3.sql"));
    auto ws = store::Workspace::open(path, store::Workspace::Mode::OpenExisting);
    REQUIRE(ws);
    CHECK((*ws)->schemaVersion() == 4);
    sqlite3* db = (*ws)->db();
    auto s = (*ws)->stats();
    REQUIRE(s);
    CHECK(s->entities == 8);
    CHECK(s->statements == 20);
    CHECK(s->sources == 1);
    CHECK(s->findings == 1);
    auto own = (*ws)->entity("v3-own");
    REQUIRE(own);
    CHECK(own->entity.caption == "Ownership: Вера Зайцева → Acme Holdings");
    CHECK(own->statements.at(0).sourceTitle == "Registry extract of Acme Holdings");
    // Sort keys, the diagram and settings are kept as they were.
    store::Query keys(db, "SELECT count(*) FROM entity WHERE sort_key IS NOT NULL");
    REQUIRE(keys.step() == SQLITE_ROW);
    CHECK(keys.int64(0) == 8);
    store::Query diagram(db, "SELECT name, json_extract(data, '$.nodes[0].x') FROM diagram");
    REQUIRE(diagram.step() == SQLITE_ROW);
    CHECK(diagram.string(0) == "Acme ownership");
    CHECK(diagram.real(1) == 10.5);
    CHECK((*ws)->setting("fixture.note") == "kept");
    // The citation indexes answer "what cites this source".
    for (const char* sql :
         {"EXPLAIN QUERY PLAN SELECT count(*) FROM statement WHERE source_id = 1",
          "EXPLAIN QUERY PLAN SELECT count(*) FROM finding_source WHERE source_id = 1"}) {
        store::Query plan(db, sql);
        std::string detail;
        while (plan.step() == SQLITE_ROW)
            detail += plan.string(3);
        INFO(detail);
        CHECK((detail.find("statement_source") != std::string::npos ||
               detail.find("finding_source_source") != std::string::npos));
    }
    // The source is in the full-text index at once; the Latin forms of the names stored before
    // the upgrade come with the background fill.
    auto sources = (*ws)->searchGrouped("cyprus registry", 8);
    REQUIRE(sources);
    REQUIRE(sources->sources.size() == 1);
    CHECK(sources->sources[0].id == "v3-src");
    CHECK(store::EntityWriter::sortKeysStale(**ws));
    store::EntityWriter writer(**ws);
    REQUIRE(writer.prepare());
    auto filled = writer.fillSortKeys({});
    REQUIRE(filled);
    CHECK(*filled);
    CHECK_FALSE(store::EntityWriter::sortKeysStale(**ws));
    auto found = (*ws)->searchGrouped("zaitseva", 8);
    REQUIRE(found);
    REQUIRE(!found->actors.empty());
    CHECK(found->actors[0].id == "v3-zaitseva");
    CHECK(found->findings.size() == 1);
    CHECK((*ws)->searchGrouped("papadopoulos", 8)->actors.at(0).id == "v3-greek");
    CHECK(*(*ws)->integrityCheck() == "ok");
}
