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

    // Importing the owning dataset's file again is accepted and leaves the finding as it is.
    REQUIRE(importAs(ws, dir, "mine2.ijson", mine, "mine"));
    CHECK(findingRow() == "Ana funds the campaign|3|mine");
    CHECK(everything(ws, dir) == before);
}
