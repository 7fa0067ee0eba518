// SPDX-License-Identifier: GPL-3.0-or-later
// A source record belongs to the dataset that brought it: a plain FtM import into another
// dataset may not overwrite it (bundles refuse the same; see Bundle.cpp checkKeys).
#include "TestUtil.h"
#include "io/Export.h"
#include "io/Import.h"
#include "store/Sqlite.h"
#include "store/Workspace.h"

#include <catch2/catch.hpp>

using namespace commonplace;
using commonplace::test::TempDir;

namespace {

Result<io::ImportReport> importAs(store::Workspace& ws, const TempDir& dir, const std::string& name,
                                  const std::string& text, const std::string& dataset)
{
    io::ImportOptions o;
    o.format = io::Format::Ftm;
    o.dataset = dataset;
    return io::importFile(ws, dir.write(name, text), o);
}

std::string sourceRow(store::Workspace& ws, const std::string& key)
{
    store::Query q(ws.db(), "SELECT s.title || '|' || coalesce(s.reliability, '') || '|' || "
                            "s.sensitivity || '|' || d.name FROM source s JOIN dataset d ON "
                            "d.id = s.dataset_id WHERE s.key = ?1");
    q.bind(1, key);
    return q.step() == SQLITE_ROW ? q.string(0) : std::string();
}

std::string everything(const store::Workspace& ws, const TempDir& dir)
{
    const std::string path = dir.file("everything.ijson");
    REQUIRE(io::exportFtm(ws, path, io::ExportOptions{}));
    auto s = ws.stats();
    REQUIRE(s);
    return test::readFile(path) + "|" + std::to_string(s->entities) + "/" +
           std::to_string(s->statements) + "/" + std::to_string(s->sources) + "/" +
           std::to_string(s->findings);
}

const char* kMine =
    R"({"id": "p1", "schema": "Person", "properties": {"name": ["Ana Example"]}})"
    "\n"
    R"({"record": "source", "id": "src-1", "title": "Leaked ledger", "reliability": "B", "credibility": "2", "sensitivity": "restricted"})"
    "\n"
    R"({"record": "cite", "entity": "p1", "sources": ["src-1"]})"
    "\n";

} // namespace

TEST_CASE("an FtM import refuses a source whose key another dataset already uses", "[import]")
{
    TempDir dir;
    auto opened =
        store::Workspace::open(dir.file("w.commonplace"), store::Workspace::Mode::CreateNew);
    REQUIRE(opened);
    auto& ws = **opened;
    REQUIRE(importAs(ws, dir, "mine.ijson", kMine, "mine"));
    REQUIRE(sourceRow(ws, "src-1") == "Leaked ledger|B|3|mine");
    const std::string before = everything(ws, dir);

    const std::string theirs =
        R"({"id": "o9", "schema": "Organization", "properties": {"name": ["Other Org"]}})"
        "\n"
        R"({"record": "source", "id": "src-1", "title": "Press release", "reliability": "A", "sensitivity": "public"})"
        "\n";
    auto refused = importAs(ws, dir, "theirs.ijson", theirs, "partner");
    REQUIRE_FALSE(refused);
    INFO(refused.error().describe());
    CHECK(refused.error().file == dir.file("theirs.ijson"));
    CHECK(refused.error().line == 2);
    CHECK_THAT(refused.error().message,
               Catch::Contains("source 'src-1' already exists in dataset 'mine'"));
    CHECK_THAT(refused.error().message, Catch::Contains("would overwrite it"));
    // Nothing of the file was written, the source kept its title, grading and sensitivity.
    CHECK(everything(ws, dir) == before);
    CHECK(sourceRow(ws, "src-1") == "Leaked ledger|B|3|mine");

    // The dataset that owns the source may update it by importing again.
    std::string updated = kMine;
    updated.replace(updated.find("Leaked ledger"), 13, "Leaked ledger (2nd copy)");
    REQUIRE(importAs(ws, dir, "mine2.ijson", updated, "mine"));
    CHECK(sourceRow(ws, "src-1") == "Leaked ledger (2nd copy)|B|3|mine");
}

TEST_CASE("an FtM import refuses a finding whose key another dataset already uses", "[import]")
{
    TempDir dir;
    auto opened =
        store::Workspace::open(dir.file("w.commonplace"), store::Workspace::Mode::CreateNew);
    REQUIRE(opened);
    auto& ws = **opened;
    const std::string mine =
        std::string(kMine) +
        R"({"record": "finding", "id": "fnd-1", "title": "Ana funds the campaign", "entities": ["p1"], "sources": ["src-1"], "sensitivity": "restricted"})"
        "\n";
    REQUIRE(importAs(ws, dir, "mine.ijson", mine, "mine"));
    auto findingRow = [&] {
        store::Query q(ws.db(), "SELECT f.title || '|' || f.sensitivity || '|' || d.name FROM "
                                "finding f JOIN dataset d ON d.id = f.dataset_id WHERE f.key = "
                                "'fnd-1'");
        return q.step() == SQLITE_ROW ? q.string(0) : std::string();
    };
    REQUIRE(findingRow() == "Ana funds the campaign|3|mine");
    const std::string before = everything(ws, dir);

    const std::string theirs =
        R"({"id": "o9", "schema": "Organization", "properties": {"name": ["Other Org"]}})"
        "\n"
        R"({"record": "source", "id": "src-9", "title": "Press release"})"
        "\n"
        R"({"record": "finding", "id": "fnd-1", "title": "Other Org is a charity", "entities": ["o9"], "sensitivity": "public"})"
        "\n";
    auto refused = importAs(ws, dir, "theirs.ijson", theirs, "partner");
    REQUIRE_FALSE(refused);
    INFO(refused.error().describe());
    CHECK(refused.error().file == dir.file("theirs.ijson"));
    CHECK(refused.error().line == 3);
    CHECK_THAT(refused.error().message,
               Catch::Contains("finding 'fnd-1' already exists in dataset 'mine'"));
    CHECK_THAT(refused.error().message, Catch::Contains("would overwrite it"));
    // Nothing of the file was written (not even the lines before the refused one).
    CHECK(everything(ws, dir) == before);
    CHECK(findingRow() == "Ana funds the campaign|3|mine");

    // Importing the owning dataset's same file again is accepted and changes nothing.
    REQUIRE(importAs(ws, dir, "mine2.ijson", mine, "mine"));
    CHECK(findingRow() == "Ana funds the campaign|3|mine");
    CHECK(everything(ws, dir) == before);
}

TEST_CASE("importing a finding again into its own dataset updates it as a source is",
          "[import][records]")
{
    TempDir dir;
    auto opened =
        store::Workspace::open(dir.file("w.commonplace"), store::Workspace::Mode::CreateNew);
    REQUIRE(opened);
    auto& ws = **opened;
    const std::string people =
        std::string(kMine) +
        R"({"id": "p2", "schema": "Person", "properties": {"name": ["Bea Example"]}})"
        "\n"
        R"({"record": "source", "id": "src-2", "title": "Court filing"})"
        "\n";
    const std::string first =
        people +
        R"({"record": "finding", "id": "fnd-1", "title": "Ana funds the campaign", "date": "2019-03", "text": "First account", "country": "ke", "tactics": ["legislative-lobbying"], "entities": ["p1"], "sources": ["src-1"], "author": "A", "sensitivity": "internal"})"
        "\n";
    REQUIRE(importAs(ws, dir, "first.ijson", first, "mine"));
    auto row = [&] {
        store::Query q(
            ws.db(),
            "SELECT f.id || '|' || f.title || '|' || coalesce(f.date, '') || '|' || "
            "coalesce(f.text, '') || '|' || coalesce(f.country, '') || '|' || "
            "coalesce(f.author, '') || '|' || f.sensitivity || '|' || "
            "(SELECT coalesce(group_concat(e.key), '') FROM (SELECT e.key FROM finding_entity "
            "fe JOIN entity e ON e.id = fe.entity_id WHERE fe.finding_id = f.id ORDER BY e.key) "
            "e) || '|' || (SELECT coalesce(group_concat(s.key), '') FROM (SELECT s.key FROM "
            "finding_source fs JOIN source s ON s.id = fs.source_id WHERE fs.finding_id = f.id "
            "ORDER BY s.key) s) || '|' || (SELECT count(*) FROM finding_tactic ft WHERE "
            "ft.finding_id = f.id) FROM finding f WHERE f.key = 'fnd-1'");
        return q.step() == SQLITE_ROW ? q.string(0) : std::string();
    };
    auto found = [&](const char* word) {
        store::Query q(ws.db(), "SELECT count(*) FROM finding_fts WHERE finding_fts MATCH ?1");
        q.bind(1, word);
        return q.step() == SQLITE_ROW ? q.int64(0) : -1;
    };
    const std::string before = row();
    REQUIRE_THAT(
        before, Catch::EndsWith("|Ana funds the campaign|2019-03|First account|ke|A|2|p1|src-1|1"));
    const std::string id = before.substr(0, before.find('|'));
    CHECK(found("account") == 1);

    // The same file again changes nothing.
    REQUIRE(importAs(ws, dir, "again.ijson", first, "mine"));
    CHECK(row() == before);
    CHECK(found("account") == 1);

    // A new version of the finding replaces fields, actors, sources and tactics, keeps the id.
    const std::string second =
        people +
        R"({"record": "finding", "id": "fnd-1", "title": "Ana and Bea fund the campaign", "text": "Second account", "entities": ["p1", "p2"], "sources": ["src-2"], "sensitivity": "restricted"})"
        "\n";
    auto report = importAs(ws, dir, "second.ijson", second, "mine");
    REQUIRE(report);
    CHECK(report->findings == 1);
    CHECK(row() == id + "|Ana and Bea fund the campaign||Second account|||3|p1,p2|src-2|0");
    CHECK(found("first") == 0);
    CHECK(found("second") == 1);
    store::Query count(ws.db(), "SELECT count(*) FROM finding");
    REQUIRE(count.step() == SQLITE_ROW);
    CHECK(count.int64(0) == 1);

    // A bad line after the finding (an unknown actor) leaves the finding as it was.
    const std::string updatedThenBad =
        people +
        R"({"record": "finding", "id": "fnd-1", "title": "Changed again", "entities": ["p1"]})"
        "\n"
        R"({"record": "finding", "id": "fnd-2", "title": "Broken", "entities": ["nobody"]})"
        "\n";
    const std::string kept = row();
    const std::string all = everything(ws, dir);
    auto refused = importAs(ws, dir, "bad.ijson", updatedThenBad, "mine");
    REQUIRE_FALSE(refused);
    CHECK(refused.error().file == dir.file("bad.ijson"));
    CHECK(refused.error().line == 7);
    CHECK_THAT(refused.error().message, Catch::Contains("unknown entity 'nobody'"));
    CHECK(row() == kept);
    CHECK(everything(ws, dir) == all);
}
