// SPDX-License-Identifier: GPL-3.0-or-later
// Keys and exchange bundles end to end through the real commonplace-cli binary.
#include "TestUtil.h"
#include "io/Archive.h"

#include "CliJson.h"

#include <catch2/catch.hpp>
#include <simdjson.h>

#include <string>

using commonplace::test::parseJson;
using commonplace::test::readFile;
using commonplace::test::runCli;
using commonplace::test::TempDir;

namespace {

const char* kData =
    R"({"record": "source", "id": "src-pub", "title": "Annual report 2019", "reliability": "B", "credibility": "2"}
{"record": "source", "id": "src-informant", "title": "Informant MARKER-7731", "sensitivity": "restricted"}
{"id": "p1", "schema": "Person", "properties": {"name": ["Jane Funder"]}}
{"id": "o1", "schema": "Organization", "properties": {"name": ["Family Values Org"]}}
{"id": "x9", "schema": "Person", "properties": {"name": ["MARKER-7731 contact"]}}
{"record": "cite", "entity": "p1", "sources": ["src-pub"]}
{"record": "cite", "entity": "x9", "sources": ["src-informant"]}
{"record": "finding", "id": "fnd-1", "title": "Funder backs campaign", "entities": ["p1", "o1"], "sources": ["src-pub", "src-informant"]}
)";

// A workspace with its organisation key; the passphrase from a file.
struct Party
{
    const TempDir& dir;
    std::string name;
    std::string ws() const { return "--workspace '" + dir.file(name + ".commonplace") + "' "; }
    std::string pass() const { return " --key-passphrase-file '" + dir.file("pass") + "'"; }
};

Party makeParty(const TempDir& dir, const std::string& name)
{
    Party p{dir, name};
    REQUIRE(runCli(p.ws() + "init", dir).status == 0);
    auto r = runCli(p.ws() + "keys init --org '" + name + "'" + p.pass(), dir);
    INFO(r.err);
    REQUIRE(r.status == 0);
    CHECK(r.out.find("words:") != std::string::npos);
    REQUIRE(runCli(p.ws() + "keys export '" + dir.file(name + ".pub") + "'", dir).status == 0);
    return p;
}

} // namespace

TEST_CASE("cli: keys, a signed bundle, refusals, first contact and a sealed bundle",
          "[cli][bundle]")
{
    TempDir dir;
    dir.write("pass", "a long test passphrase\n");
    Party a = makeParty(dir, "Centre");
    Party b = makeParty(dir, "Partner");
    REQUIRE(runCli(a.ws() + "import '" + dir.write("d.ijson", kData) + "'", dir).status == 0);

    // Export at coalition: the report says what was withheld, by kind.
    auto ex = runCli(a.ws() + "--json export '" + dir.file("a.cpbundle") +
                         "' --format bundle --max-sensitivity coalition" + a.pass(),
                     dir);
    INFO(ex.err);
    REQUIRE(ex.status == 0);
    simdjson::dom::parser parser;
    auto doc = parseJson(parser, ex.out);
    CHECK(std::string_view(doc["dataset"]) == "centre");
    CHECK(int64_t(doc["sequence"]) == 1);
    CHECK(int64_t(doc["withheld"]["sources"]) == 1);
    CHECK(int64_t(doc["withheld"]["statements"]) == 1);
    CHECK(bool(doc["sealed"]) == false);
    CHECK(readFile(dir.file("a.cpbundle")).find("MARKER") == std::string::npos);

    // An unknown signer: refused, with the fingerprint to compare; nothing written.
    auto statsBefore = runCli(b.ws() + "--json stats", dir).out;
    auto unknown = runCli(b.ws() + "import '" + dir.file("a.cpbundle") + "'", dir);
    CHECK(unknown.status == 1);
    CHECK(unknown.err.find("unknown key") != std::string::npos);
    CHECK(unknown.err.find("nothing was imported") != std::string::npos);
    CHECK(runCli(b.ws() + "--json stats", dir).out == statsBefore);

    // The keyring: import (untrusted), list, trust by a prefix.
    auto imp = runCli(b.ws() + "--json keys import '" + dir.file("Centre.pub") + "'", dir);
    REQUIRE(imp.status == 0);
    auto key = parseJson(parser, imp.out);
    std::string fp{std::string_view(key["fingerprint"])};
    CHECK(std::string_view(key["status"]) == "untrusted");
    CHECK(runCli(b.ws() + "import '" + dir.file("a.cpbundle") + "'", dir).err.find("not trusted") !=
          std::string::npos);
    REQUIRE(runCli(b.ws() + "keys trust " + fp.substr(0, 10), dir).status == 0);
    auto list = runCli(b.ws() + "--json keys list", dir);
    REQUIRE(list.status == 0);
    auto listed = parseJson(parser, list.out);
    CHECK(std::string_view(listed["organisation"]["name"]) == "Partner");
    CHECK(std::string_view(listed["partners"].at(0)["status"]) == "trusted");

    auto ok = runCli(
        b.ws() + "--json import '" + dir.file("a.cpbundle") + "' --sensitivity internal", dir);
    INFO(ok.err);
    REQUIRE(ok.status == 0);
    auto imported = parseJson(parser, ok.out);
    CHECK(std::string_view(imported["dataset"]) == "centre");
    CHECK(int64_t(imported["statements_added"]) == 2);
    CHECK(bool(imported["key_added"]) == false);
    auto replay = runCli(b.ws() + "import '" + dir.file("a.cpbundle") + "'", dir);
    CHECK(replay.status == 1);
    CHECK(replay.err.find("not newer") != std::string::npos);

    // Revoked: refused.
    REQUIRE(runCli(b.ws() + "keys revoke " + fp, dir).status == 0);
    CHECK(runCli(b.ws() + "keys trust " + fp, dir).status == 1);
    REQUIRE(
        runCli(a.ws() + "export '" + dir.file("a2.cpbundle") + "' --format bundle" + a.pass(), dir)
            .status == 0);
    auto revoked = runCli(b.ws() + "import '" + dir.file("a2.cpbundle") + "' --trust-unknown", dir);
    CHECK(revoked.status == 1);
    CHECK(revoked.err.find("revoked") != std::string::npos);

    // First contact with --trust-unknown says loudly what it does; a sealed bundle opens only
    // for its recipient.
    Party c = makeParty(dir, "Third");
    auto sealed =
        runCli(a.ws() + "export '" + dir.file("s.cpbundle") + "' --format bundle --recipient '" +
                   dir.file("Third.pub") + "'" + a.pass(),
               dir);
    INFO(sealed.err);
    REQUIRE(sealed.status == 0);
    CHECK(sealed.out.find("Sealed to 1 recipient") != std::string::npos);
    CHECK(readFile(dir.file("s.cpbundle")).find("Jane") == std::string::npos);
    auto notUs = runCli(b.ws() + "import '" + dir.file("s.cpbundle") + "'" + b.pass(), dir);
    CHECK(notUs.status == 1);
    CHECK(notUs.err.find("not to this organisation") != std::string::npos);
    auto first =
        runCli(c.ws() + "import '" + dir.file("s.cpbundle") + "' --trust-unknown" + c.pass(), dir);
    INFO(first.err);
    REQUIRE(first.status == 0);
    CHECK(first.err.find("WARNING: --trust-unknown") != std::string::npos);
    CHECK(first.err.find(fp.substr(0, 4)) != std::string::npos);
    CHECK(first.out.find("sealed to this organisation") != std::string::npos);
}

TEST_CASE("cli: xlsx export neutralises formulas and withholds by sensitivity", "[cli][xlsx]")
{
    TempDir dir;
    std::string ws = "--workspace '" + dir.file("w.commonplace") + "' ";
    REQUIRE(runCli(ws + "init", dir).status == 0);
    std::string open =
        dir.write("f.ijson", "{\"id\": \"p1\", \"schema\": \"Person\", \"properties\": {\"name\": "
                             "[\"=HYPERLINK(\\\"http://x\\\")\"]}}\n"
                             "{\"id\": \"p2\", \"schema\": \"Person\", \"properties\": {\"name\": "
                             "[\"Secret Person\"]}}\n");
    std::string hidden =
        dir.write("g.ijson", "{\"id\": \"p3\", \"schema\": \"Person\", "
                             "\"properties\": {\"name\": [\"Hidden MARKER-9\"]}}\n");
    REQUIRE(runCli(ws + "import '" + open + "'", dir).status == 0);
    REQUIRE(
        runCli(ws + "import --sensitivity restricted --dataset s '" + hidden + "'", dir).status ==
        0);
    auto r = runCli(ws + "--json export '" + dir.file("out.xlsx") +
                        "' --format xlsx --max-sensitivity coalition",
                    dir);
    INFO(r.err);
    REQUIRE(r.status == 0);
    CHECK(r.out.find("\"withheld_statements\":1") != std::string::npos);
    auto entries = commonplace::io::readZip(readFile(dir.file("out.xlsx")), {});
    REQUIRE(entries);
    std::string all;
    for (const auto& e : *entries)
        all += e.data;
    CHECK(all.find("Secret Person") != std::string::npos);
    CHECK(all.find("MARKER-9") == std::string::npos);
    // The formula is text, with the same leading apostrophe as in CSV.
    CHECK(all.find("'=HYPERLINK") != std::string::npos);
    CHECK(all.find("<f>") == std::string::npos);
}
