// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/Workspace.h"
#include "TestUtil.h"
#include "io/Import.h"
#include "store/Sqlite.h"

#include <catch2/catch.hpp>

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
