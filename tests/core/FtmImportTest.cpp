// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestUtil.h"
#include "io/Export.h"
#include "io/Import.h"
#include "store/Sqlite.h"
#include "store/Workspace.h"

#include <catch2/catch.hpp>

#include <map>
#include <set>

using namespace commonplace;
using commonplace::test::TempDir;

namespace {

std::unique_ptr<store::Workspace> makeWorkspace(const TempDir& dir, const std::string& name = "w")
{
    auto ws =
        store::Workspace::open(dir.file(name + ".commonplace"), store::Workspace::Mode::CreateNew);
    REQUIRE(ws);
    return std::move(ws).value();
}

Result<io::ImportReport> importText(store::Workspace& ws, const TempDir& dir,
                                    const std::string& text, const std::string& dataset = "t")
{
    std::string path = dir.write("input.ijson", text);
    io::ImportOptions o;
    o.format = io::Format::Ftm;
    o.dataset = dataset;
    return io::importFile(ws, path, o);
}

// Everything an export shows, as comparable data.
std::string snapshot(const store::Workspace& ws, const TempDir& dir)
{
    std::string path = dir.file("snapshot.ijson");
    io::ExportOptions o;
    auto r = io::exportFtm(ws, path, o);
    REQUIRE(r);
    auto s = ws.stats();
    REQUIRE(s);
    return test::readFile(path) + "|" + std::to_string(s->entities) + "/" +
           std::to_string(s->statements) + "/" + std::to_string(s->sources) + "/" +
           std::to_string(s->findings);
}

const char* kGood =
    R"({"id": "p1", "schema": "Person", "properties": {"name": ["Ana Example"], "country": ["ke"]}})"
    "\n"
    R"({"id": "o1", "schema": "Organization", "properties": {"name": ["Example Trust"]}})"
    "\n"
    R"({"id": "pay1", "schema": "Payment", "properties": {"payer": ["o1"], "beneficiary": ["p1"], "amount": ["1000"], "currency": ["USD"], "date": ["2019-05-01"]}})"
    "\n";

} // namespace

TEST_CASE("FtM import stores entities and statements with provenance", "[import]")
{
    TempDir dir;
    auto ws = makeWorkspace(dir);
    auto r = importText(*ws, dir, kGood, "partner");
    REQUIRE(r);
    CHECK(r->entities == 3);
    CHECK(r->entitiesCreated == 3);
    CHECK(r->statements == 8);
    auto d = ws->entity("p1");
    REQUIRE(d);
    CHECK(d->entity.schema == "Person");
    CHECK(d->entity.caption == "Ana Example");
    REQUIRE(d->statements.size() == 2);
    CHECK(d->statements[0].dataset == "partner");
    REQUIRE(d->referencedBy.size() == 1);
    CHECK(d->referencedBy[0].id == "pay1");
    CHECK(d->referencedBy[0].prop == "beneficiary");
    auto hits = ws->search("exam", 10);
    REQUIRE(hits);
    CHECK(hits->size() == 2);
}

TEST_CASE("re-importing the same file changes nothing", "[import]")
{
    TempDir dir;
    auto ws = makeWorkspace(dir);
    REQUIRE(importText(*ws, dir, kGood));
    std::string before = snapshot(*ws, dir);
    auto again = importText(*ws, dir, kGood);
    REQUIRE(again);
    CHECK(again->statementsAdded == 0);
    CHECK(again->entitiesCreated == 0);
    CHECK(snapshot(*ws, dir) == before);
}

TEST_CASE("fragments of one entity merge and keep the narrower schema", "[import]")
{
    TempDir dir;
    auto ws = makeWorkspace(dir);
    auto r =
        importText(*ws, dir,
                   R"({"id": "x", "schema": "LegalEntity", "properties": {"name": ["Sam Doe"]}})"
                   "\n"
                   R"({"id": "x", "schema": "Person", "properties": {"birthDate": ["1970"]}})"
                   "\n");
    REQUIRE(r);
    auto d = ws->entity("x");
    REQUIRE(d);
    CHECK(d->entity.schema == "Person");
    CHECK(d->statements.size() == 2);
    CHECK(ws->search("sam", 5)->size() == 1);
}

TEST_CASE("byte-order mark and CRLF line ends are accepted", "[import]")
{
    TempDir dir;
    auto ws = makeWorkspace(dir);
    std::string text = "\xEF\xBB\xBF"
                       R"({"id": "a", "schema": "Person", "properties": {"name": ["A"]}})"
                       "\r\n"
                       R"({"id": "b", "schema": "Person", "properties": {"name": ["B"]}})"
                       "\r\n";
    auto r = importText(*ws, dir, text);
    REQUIRE(r);
    CHECK(r->entities == 2);
    CHECK(ws->entity("a")->statements.at(0).value == "A");
}

TEST_CASE("bad input is refused with file, line and reason, and nothing is written", "[import]")
{
    struct Case
    {
        const char* name;
        std::string text;
        std::uint64_t line;
        const char* message;
    };
    const std::string good = R"({"id": "ok", "schema": "Person", "properties": {"name": ["Fine"]}})"
                             "\n";
    std::vector<Case> cases = {
        {"malformed JSON", good + "{\"id\": \"x\", \"schema\": \n", 2, "malformed JSON"},
        {"invalid UTF-8",
         good + "{\"id\": \"x\", \"schema\": \"Person\", \"properties\": {\"name\": "
                "[\"\xC3\x28\"]}}\n",
         2, "invalid UTF-8"},
        {"unknown schema",
         good + R"({"id": "x", "schema": "Spaceship", "properties": {}})"
                "\n",
         2, "unknown schema 'Spaceship'"},
        {"abstract schema",
         good + R"({"id": "x", "schema": "Thing", "properties": {}})"
                "\n",
         2, "abstract"},
        {"unknown property",
         good + R"({"id": "x", "schema": "Person", "properties": {"wingspan": ["2m"]}})"
                "\n",
         2, "'wingspan' is not a property of Person"},
        {"wrong type: date",
         good + R"({"id": "x", "schema": "Person", "properties": {"birthDate": ["last spring"]}})"
                "\n",
         2, "not an ISO 8601 date"},
        {"wrong type: country",
         good + R"({"id": "x", "schema": "Person", "properties": {"country": ["Atlantis"]}})"
                "\n",
         2, "not a known"},
        {"values not strings",
         good + R"({"id": "x", "schema": "Person", "properties": {"name": [{"a": 1}]}})"
                "\n",
         2, "must hold strings"},
        {"no id",
         good + R"({"schema": "Person", "properties": {}})"
                "\n",
         2, "without an \"id\""},
        {"not an object", good + "[1, 2, 3]\n", 2, "expected a JSON object"},
        {"relationship with impossible endpoints",
         good +
             R"({"id": "adr", "schema": "Address", "properties": {"full": ["1 Road"]}})"
             "\n" +
             R"({"id": "pay", "schema": "Payment", "properties": {"payer": ["adr"], "beneficiary": ["ok"]}})"
             "\n",
         3, "must reference a LegalEntity, but 'adr' is a Address"},
        {"schemata that cannot merge",
         good + R"({"id": "ok", "schema": "Company", "properties": {"name": ["Fine Ltd"]}})"
                "\n",
         2, "unrelated"},
        {"empty file", "", 0, "no entities"},
        {"only blank lines", "\n\n  \n", 0, "no entities"},
    };
    for (const auto& c : cases) {
        DYNAMIC_SECTION(c.name)
        {
            TempDir dir;
            auto ws = makeWorkspace(dir);
            REQUIRE(importText(*ws, dir, kGood, "before"));
            std::string before = snapshot(*ws, dir);
            auto r = importText(*ws, dir, c.text);
            REQUIRE_FALSE(r);
            INFO(r.error().describe());
            CHECK(r.error().file == dir.file("input.ijson"));
            CHECK(r.error().line == c.line);
            CHECK(r.error().message.find(c.message) != std::string::npos);
            CHECK(snapshot(*ws, dir) == before);
        }
    }
}

TEST_CASE("a 100 MB single line is refused without reading it all into memory", "[import]")
{
    TempDir dir;
    auto ws = makeWorkspace(dir);
    std::string path = dir.file("huge.ijson");
    {
        std::FILE* f = std::fopen(path.c_str(), "wb");
        REQUIRE(f);
        std::fputs(R"({"id": "x", "schema": "Person", "properties": {"name": [")", f);
        std::string chunk(1 << 20, 'a');
        for (int i = 0; i < 100; ++i)
            std::fwrite(chunk.data(), 1, chunk.size(), f);
        std::fputs("\"]}}\n", f);
        std::fclose(f);
    }
    io::ImportOptions o;
    auto r = io::importFile(*ws, path, o);
    REQUIRE_FALSE(r);
    CHECK(r.error().line == 1);
    CHECK(r.error().message.find("longer than") != std::string::npos);
    CHECK(ws->stats()->entities == 0);
}

TEST_CASE("a file that is not what --format says is refused", "[import]")
{
    TempDir dir;
    auto ws = makeWorkspace(dir);
    std::string path = dir.write("table.csv", "name,country\nAna,ke\n");
    io::ImportOptions o;
    o.format = io::Format::Ftm;
    auto r = io::importFile(*ws, path, o);
    REQUIRE_FALSE(r);
    CHECK(r.error().line == 1);
    CHECK(ws->stats()->entities == 0);
}

TEST_CASE("cancelling an import leaves the workspace unchanged", "[import]")
{
    TempDir dir;
    auto ws = makeWorkspace(dir);
    std::string text;
    for (int i = 0; i < 20000; ++i)
        text += R"({"id": "p)" + std::to_string(i) +
                R"(", "schema": "Person", "properties": {"name": ["Person number )" +
                std::to_string(i) +
                R"("], "notes": ["padding padding padding padding"]}})"
                "\n";
    std::string path = dir.write("many.ijson", text);
    io::ImportOptions o;
    o.progress = [](std::uint64_t done, std::uint64_t) { return done < (1u << 20); };
    auto r = io::importFile(*ws, path, o);
    REQUIRE_FALSE(r);
    CHECK(r.error().message.find("cancelled") != std::string::npos);
    CHECK(ws->stats()->entities == 0);
}

TEST_CASE("FtM fixtures round-trip exactly: same ids, schemata, values and extra keys",
          "[import][conformance]")
{
    for (const char* name : {"donations.ijson", "zala.ftm.json", "opensanctions-sample.ftm.json"}) {
        DYNAMIC_SECTION(name)
        {
            TempDir dir;
            auto ws = makeWorkspace(dir);
            io::ImportOptions o;
            o.dataset = "fixture";
            auto r = io::importFile(*ws, test::fixture(std::string("ftm/") + name), o);
            REQUIRE(r);
            std::string out = dir.file("out.ijson");
            REQUIRE(io::exportFtm(*ws, out, {}));
            // Compare with Python's json module semantics via our own reader: import the
            // export into a second workspace and compare the entities value by value.
            auto ws2 = makeWorkspace(dir, "w2");
            REQUIRE(io::importFile(*ws2, out, o));
            for (const auto* w : {ws.get(), ws2.get()}) {
                auto s = w->stats();
                REQUIRE(s);
                CHECK(s->entities ==
                      std::int64_t(r->entities - (r->entities - r->entitiesCreated)));
            }
            // Entity by entity.
            std::string text = test::readFile(test::fixture(std::string("ftm/") + name));
            std::size_t lines = 0;
            for (std::size_t pos = 0; pos < text.size();) {
                std::size_t end = std::min(text.find('\n', pos), text.size());
                if (end > pos)
                    ++lines;
                pos = end + 1;
            }
            CHECK(ws->stats()->entities == std::int64_t(lines));
            CHECK(snapshot(*ws, dir) == snapshot(*ws2, dir));
        }
    }
}

TEST_CASE("redacted and one-dataset exports leave out the kept top-level keys", "[import][export]")
{
    TempDir dir;
    auto ws = makeWorkspace(dir);
    std::string path = dir.write(
        "secret.ijson",
        R"({"id": "s1", "schema": "Person", "caption": "Secret Name", "referents": ["informant-7"], "properties": {"name": ["Secret Name"]}})"
        "\n");
    io::ImportOptions o;
    o.sensitivity = store::Sensitivity::Restricted;
    REQUIRE(io::importFile(*ws, path, o));
    std::string out = dir.file("public.ijson");
    io::ExportOptions pub;
    pub.maxSensitivity = store::Sensitivity::Public;
    auto r = io::exportFtm(*ws, out, pub);
    REQUIRE(r);
    CHECK(r->withheldStatements == 1);
    std::string text = test::readFile(out);
    CHECK(text.find("Secret") == std::string::npos);
    CHECK(text.find("informant-7") == std::string::npos);
    // The full export keeps them for an exact round trip.
    REQUIRE(io::exportFtm(*ws, out, {}));
    CHECK(test::readFile(out).find("informant-7") != std::string::npos);
}

TEST_CASE("a large import takes the bulk path and still deduplicates", "[import]")
{
    TempDir dir;
    auto ws = makeWorkspace(dir);
    std::string text;
    for (int i = 0; i < 60000; ++i)
        text += R"({"id": "b)" + std::to_string(i % 40000) +
                R"(", "schema": "Person", "properties": {"name": ["Bulk person )" +
                std::to_string(i % 40000) +
                R"("], "country": ["ke"]}})"
                "\n";
    std::string path = dir.write("bulk.ijson", text);
    io::ImportOptions o;
    auto r = io::importFile(*ws, path, o);
    REQUIRE(r);
    CHECK(r->entitiesCreated == 40000);
    CHECK(r->statements == 120000);
    CHECK(r->statementsAdded == 80000);
    CHECK(ws->stats()->statements == 80000);
    auto again = io::importFile(*ws, path, o);
    REQUIRE(again);
    CHECK(again->statementsAdded == 0);
    CHECK(ws->stats()->statements == 80000);
    CHECK(ws->search("bulk person 39999", 5)->size() == 1);
    CHECK(*ws->integrityCheck() == "ok");
    // The indexes are back exactly as a new workspace has them.
    auto fresh = makeWorkspace(dir, "fresh");
    auto indexes = [](const store::Workspace& w) {
        store::Query q(w.db(), "SELECT name, sql FROM sqlite_schema WHERE type = 'index' AND "
                               "sql IS NOT NULL ORDER BY name");
        std::string all;
        while (q.step() == SQLITE_ROW)
            all += q.string(0) + ": " + q.string(1) + "\n";
        return all;
    };
    CHECK(indexes(*ws) == indexes(*fresh));
}
