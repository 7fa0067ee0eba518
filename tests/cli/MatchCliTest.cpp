// SPDX-License-Identifier: GPL-3.0-or-later
// judge, unmerge and judgements through the real commonplace-cli binary.
#include "TestUtil.h"

#include "CliJson.h"

#include <catch2/catch.hpp>
#include <simdjson.h>

using commonplace::test::parseJson;
using commonplace::test::runCli;
using commonplace::test::TempDir;

namespace {

std::string ws(const TempDir& dir, const std::string& name = "w")
{
    return "--workspace '" + dir.file(name + ".commonplace") + "' ";
}

// Three partners' files about the same organisation and person.
void coalition(const TempDir& dir, const std::string& name = "w")
{
    dir.write(
        "acme.ijson",
        R"({"id": "acme-hfai", "schema": "Organization", "properties": {"name": ["Heritage Family Alliance Int'l"], "country": ["us"]}})"
        "\n"
        R"({"id": "acme-marlow", "schema": "Person", "properties": {"name": ["S. Marlow"]}})"
        "\n"
        R"({"id": "acme-pay1", "schema": "Payment", "properties": {"payer": ["acme-hfai"], "beneficiary": ["acme-marlow"], "amount": ["5000"]}})"
        "\n"
        R"({"record": "source", "id": "acme-src", "title": "Acme 990 filing", "reliability": "B", "credibility": "2"})"
        "\n"
        R"({"record": "cite", "entity": "acme-hfai", "sources": ["acme-src"]})"
        "\n");
    dir.write(
        "aliados.ijson",
        R"({"id": "aliados-afpi", "schema": "Organization", "properties": {"name": ["Alianza Familia Patrimonio Internacional"], "country": ["es"]}})"
        "\n"
        R"({"id": "aliados-marlow", "schema": "Person", "properties": {"name": ["Sarah J. Marlow"]}})"
        "\n"
        R"({"id": "aliados-acme", "schema": "Company", "properties": {"name": ["Acme Holdings"]}})"
        "\n");
    dir.write(
        "nour.ijson",
        R"({"id": "nour-hfai", "schema": "LegalEntity", "properties": {"name": ["تحالف العائلة التراثية الدولي"], "country": ["eg"]}})"
        "\n");
    REQUIRE(runCli(ws(dir, name) + "init", dir).status == 0);
    for (const char* dataset : {"acme", "aliados", "nour"}) {
        auto r = runCli(ws(dir, name) + "import '" + dir.file(std::string(dataset) + ".ijson") +
                            "' --dataset " + dataset,
                        dir);
        INFO(r.err);
        REQUIRE(r.status == 0);
    }
}

// What must not change when a command is refused: the counts and the FtM export, byte for byte.
std::string state(const TempDir& dir)
{
    auto stats = runCli(ws(dir) + "stats --json", dir);
    REQUIRE(stats.status == 0);
    std::string file = dir.file("state.ijson");
    auto exported = runCli(ws(dir) + "export '" + file + "' --format ftm", dir);
    REQUIRE(exported.status == 0);
    return stats.out + commonplace::test::readFile(file);
}

} // namespace

TEST_CASE("cli: judge merges, show lists every member's values, unmerge restores", "[cli][resolve]")
{
    TempDir dir;
    simdjson::dom::parser parser;
    coalition(dir);
    std::string before = state(dir);

    auto first = runCli(ws(dir) + "judge acme-hfai aliados-afpi yes --user kim --json", dir);
    INFO(first.err);
    REQUIRE(first.status == 0);
    auto fj = parseJson(parser, first.out);
    CHECK(std::string_view(fj["judgement"]) == "positive");
    CHECK(bool(fj["changed"]));
    CHECK(std::string_view(fj["canonical_id"]) == "aliados-afpi");
    auto second = runCli(ws(dir) + "judge nour-hfai aliados-afpi yes --json", dir);
    REQUIRE(second.status == 0);
    auto sj = parseJson(parser, second.out);
    CHECK(std::string_view(sj["canonical_id"]) == "nour-hfai");
    CHECK(sj["members"].get_array().size() == 3);

    auto again = runCli(ws(dir) + "judge nour-hfai aliados-afpi yes --json", dir);
    REQUIRE(again.status == 0);
    CHECK_FALSE(bool(parseJson(parser, again.out)["changed"]));

    auto show = runCli(ws(dir) + "show acme-hfai --json", dir);
    REQUIRE(show.status == 0);
    auto shown = parseJson(parser, show.out);
    CHECK(std::string_view(shown["canonical_id"]) == "nour-hfai");
    CHECK(std::string_view(shown["schema"]) == "Organization");
    auto countries = shown["properties"]["country"].get_array();
    REQUIRE(countries.size() == 3);
    CHECK(std::string_view(countries.at(0)["value"]) == "us");
    CHECK(std::string_view(countries.at(0)["dataset"]) == "acme");
    CHECK(std::string_view(countries.at(0)["source_title"]) == "Acme 990 filing");
    CHECK(std::string_view(countries.at(1)["dataset"]) == "aliados");
    CHECK(std::string_view(countries.at(2)["value"]) == "eg");
    CHECK(std::string_view(countries.at(2)["dataset"]) == "nour");
    CHECK(std::string_view(countries.at(0)["entity"]) == "acme-hfai");
    CHECK(std::string_view(countries.at(1)["entity"]) == "aliados-afpi");
    CHECK(std::string_view(countries.at(2)["entity"]) == "nour-hfai");
    auto members = shown["members"].get_array();
    REQUIRE(members.size() == 3);
    CHECK(std::string_view(members.at(0)["id"]) == "nour-hfai");
    CHECK(std::string_view(members.at(0)["schema"]) == "LegalEntity");

    auto stats = runCli(ws(dir) + "stats --json", dir);
    REQUIRE(stats.status == 0);
    auto stj = parseJson(parser, stats.out);
    CHECK(int64_t(stj["entities"]) == 7);
    CHECK(int64_t(stj["canonical_entities"]) == 5);

    auto unmerge = runCli(ws(dir) + "unmerge aliados-afpi --json", dir);
    INFO(unmerge.err);
    REQUIRE(unmerge.status == 0);
    auto uj = parseJson(parser, unmerge.out);
    CHECK(std::string_view(uj["canonical_id"]) == "nour-hfai");
    CHECK(int64_t(uj["judgements_removed"]) == 2);
    CHECK(state(dir) == before);
}

TEST_CASE("cli: bad judgements exit 1 with a message and leave the workspace unchanged",
          "[cli][resolve]")
{
    TempDir dir;
    coalition(dir);
    REQUIRE(runCli(ws(dir) + "judge acme-marlow aliados-marlow yes --user sam", dir).status == 0);
    std::string before = state(dir);

    struct Case
    {
        std::string args;
        int status;
        std::string message;
    };
    dir.write("bad.jsonl", "[\"aliados-afpi\", \"acme-hfai\", \"positive\", null, null, null]\n"
                           "[\"aliados-afpi\", \"ghost\", \"positive\", null, null, null]\n");
    dir.write("broken.jsonl", "[\"aliados-afpi\", \"acme-hfai\", \"positive\", null, null, null]\n"
                              "not json\n");
    std::vector<Case> cases = {
        {"judge acme-hfai acme-hfai yes", 1, "against itself"},
        {"judge acme-hfai ghost no", 1, "no entity with id 'ghost'"},
        {"judge aliados-marlow acme-marlow no", 1,
         "contradicts a recorded judgement: 'aliados-marlow' and 'acme-marlow' judged positive "
         "by sam"},
        {"judge acme-marlow aliados-acme yes", 1,
         "cannot merge 'acme-marlow' (Person) with 'aliados-acme' (Company)"},
        {"judge acme-hfai aliados-afpi maybe", 2, "unknown judgement 'maybe'"},
        {"unmerge acme-hfai", 1, "'acme-hfai' is not merged with any other entity"},
        {"unmerge ghost", 1, "no entity with id 'ghost'"},
        {"judgements import '" + dir.file("bad.jsonl") + "'", 1,
         dir.file("bad.jsonl") + ":2: no entity with id 'ghost'"},
        {"judgements import '" + dir.file("broken.jsonl") + "'", 1,
         dir.file("broken.jsonl") + ":2: malformed JSON"},
        {"judgements import '" + dir.file("none.jsonl") + "'", 1, dir.file("none.jsonl")},
        {"judgements frob x", 2, "export,import"},
        {"judge acme-hfai", 2, "required"},
    };
    for (const auto& c : cases) {
        auto r = runCli(ws(dir) + c.args, dir);
        INFO(c.args << "\n" << r.err);
        CHECK(r.status == c.status);
        CHECK(r.err.find(c.message) != std::string::npos);
        CHECK(r.out.empty());
        CHECK(state(dir) == before);
    }
}

TEST_CASE("cli: judgements export and import give a fresh workspace the same groups",
          "[cli][resolve]")
{
    TempDir dir;
    simdjson::dom::parser parser;
    coalition(dir, "w");
    coalition(dir, "fresh");
    REQUIRE(runCli(ws(dir) + "judge acme-hfai aliados-afpi yes", dir).status == 0);
    REQUIRE(runCli(ws(dir) + "judge nour-hfai acme-hfai yes", dir).status == 0);
    REQUIRE(runCli(ws(dir) + "judge acme-marlow aliados-marlow no", dir).status == 0);

    std::string file = dir.file("judgements.jsonl");
    auto out = runCli(ws(dir) + "judgements export '" + file + "' --json", dir);
    REQUIRE(out.status == 0);
    CHECK(int64_t(parseJson(parser, out.out)["judgements"]) == 3);

    auto in = runCli(ws(dir, "fresh") + "judgements import '" + file + "' --json", dir);
    INFO(in.err);
    REQUIRE(in.status == 0);
    auto ij = parseJson(parser, in.out);
    CHECK(int64_t(ij["recorded"]) == 3);
    CHECK(int64_t(ij["merges"]) == 2);

    std::string a = dir.file("a.ijson"), b = dir.file("b.ijson");
    REQUIRE(runCli(ws(dir) + "export '" + a + "' --format ftm", dir).status == 0);
    REQUIRE(runCli(ws(dir, "fresh") + "export '" + b + "' --format ftm", dir).status == 0);
    CHECK(commonplace::test::readFile(a) == commonplace::test::readFile(b));
    auto show = runCli(ws(dir, "fresh") + "show aliados-afpi --json", dir);
    REQUIRE(show.status == 0);
    CHECK(std::string_view(parseJson(parser, show.out)["canonical_id"]) == "nour-hfai");
}
