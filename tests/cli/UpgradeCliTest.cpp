// SPDX-License-Identifier: GPL-3.0-or-later
// A workspace upgraded from an older schema, used from the command line only: the names stored
// before schema 4 get their Latin forms (and sort keys) before the command runs, so `search`
// finds "Zaitseva" under "Вера Зайцева" without the window ever having opened the workspace.
#include "TestUtil.h"
#include "store/EntityWriter.h"
#include "store/Sqlite.h"
#include "store/Workspace.h"

#include "CliJson.h"

#include <catch2/catch.hpp>
#include <simdjson.h>

using namespace commonplace;
using commonplace::test::parseJson;
using commonplace::test::runCli;
using commonplace::test::TempDir;

namespace {

std::string restoreV3(const TempDir& dir)
{
    std::string path = dir.file("v3.commonplace");
    sqlite3* db = nullptr;
    REQUIRE(sqlite3_open(path.c_str(), &db) == SQLITE_OK);
    auto st = store::execSql(db, test::readFile(test::sourcePath("tests/data/workspace-v3.sql")));
    INFO((st ? std::string() : st.error().message));
    REQUIRE(st);
    sqlite3_close(db);
    return path;
}

std::vector<std::string> foundIds(simdjson::dom::parser& parser, const std::string& out)
{
    std::vector<std::string> ids;
    for (auto hit : parseJson(parser, out)["results"].get_array())
        ids.emplace_back(std::string_view(hit["id"]));
    return ids;
}

} // namespace

TEST_CASE("cli: search finds names by their Latin form in a workspace upgraded from schema 3",
          "[cli][latin][migrations]")
{
    TempDir dir;
    simdjson::dom::parser parser;
    const std::string path = restoreV3(dir);
    const std::string ws = "--workspace '" + path + "' ";

    // The first command upgrades the workspace and prepares the names before it searches.
    auto zaitseva = runCli(ws + "search zaitseva --json", dir);
    INFO(zaitseva.err);
    REQUIRE(zaitseva.status == 0);
    CHECK(zaitseva.err.empty()); // no progress bar when not on a terminal
    auto ids = foundIds(parser, zaitseva.out);
    REQUIRE_FALSE(ids.empty());
    CHECK(ids.front() == "v3-zaitseva");

    auto greek = runCli(ws + "search papadopoulos --json", dir);
    REQUIRE(greek.status == 0);
    ids = foundIds(parser, greek.out);
    REQUIRE_FALSE(ids.empty());
    CHECK(ids.front() == "v3-greek");

    auto malofeev = runCli(ws + "search malofeev --json", dir);
    REQUIRE(malofeev.status == 0);
    ids = foundIds(parser, malofeev.out);
    REQUIRE_FALSE(ids.empty());
    CHECK(ids.front() == "v3-malofeev");

    // Done once: nothing is left to prepare, and the workspace is whole.
    auto opened = store::Workspace::open(path, store::Workspace::Mode::OpenExisting);
    REQUIRE(opened);
    CHECK((*opened)->schemaVersion() == 4);
    CHECK_FALSE(store::EntityWriter::sortKeysStale(**opened));
    store::Query latin((*opened)->db(), "SELECT count(*) FROM entity_latin");
    REQUIRE(latin.step() == SQLITE_ROW);
    CHECK(latin.int64(0) >= 3);
    CHECK(*(*opened)->integrityCheck() == "ok");
}
