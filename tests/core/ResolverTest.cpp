// SPDX-License-Identifier: GPL-3.0-or-later
// Judgements, canonical groups, merge and unmerge (core/match/Resolver.cpp) and the merged
// views of the store: Workspace::entity, stats and the FtM export.
#include "TestUtil.h"
#include "io/Export.h"
#include "io/Import.h"
#include "match/Match.h"
#include "store/EntityReader.h"
#include "store/Sqlite.h"
#include "store/Workspace.h"

#include <catch2/catch.hpp>
#include <simdjson.h>

#include <filesystem>
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

void importText(store::Workspace& ws, const TempDir& dir, const std::string& text,
                const std::string& dataset)
{
    io::ImportOptions o;
    o.format = io::Format::Ftm;
    o.dataset = dataset;
    auto r = io::importFile(ws, dir.write(dataset + ".ijson", text), o);
    INFO((r ? std::string() : r.error().describe()));
    REQUIRE(r);
}

std::string exportText(const store::Workspace& ws, const TempDir& dir, io::ExportOptions o = {})
{
    std::string path = dir.file("export.ijson");
    auto r = io::exportFtm(ws, path, o);
    INFO((r ? std::string() : r.error().describe()));
    REQUIRE(r);
    return test::readFile(path);
}

// Everything that must not change when an operation is refused: the export bytes, the counts
// and every judgement with its canonical ids.
std::string snapshot(const store::Workspace& ws, const TempDir& dir)
{
    std::string out = exportText(ws, dir);
    auto s = ws.stats();
    REQUIRE(s);
    out += "|" + std::to_string(s->entities) + "/" + std::to_string(s->canonicalEntities) + "/" +
           std::to_string(s->statements);
    store::Query j(ws.db(), "SELECT left_key, right_key, judgement, coalesce(user, ''), "
                            "created_at FROM judgement ORDER BY left_key, right_key");
    while (j.step() == SQLITE_ROW)
        out += "|" + j.string(0) + "," + j.string(1) + "," + j.string(2) + "," + j.string(3) + "," +
               j.string(4);
    store::Query c(ws.db(), "SELECT key, coalesce(canonical_id, 0) FROM entity ORDER BY key");
    while (c.step() == SQLITE_ROW)
        out += "|" + c.string(0) + ":" + std::to_string(c.int64(1));
    return out;
}

match::JudgementRecord rec(const std::string& a, const std::string& b, match::Judgement j,
                           const std::string& user = "tester")
{
    match::JudgementRecord r;
    r.left = a;
    r.right = b;
    r.judgement = j;
    r.user = user;
    return r;
}

using match::Judgement;

// The same organisation catalogued by three partners: in English, in Spanish and in Arabic
// script; a person as "S. Marlow" and "Sarah J. Marlow"; a payment that points at one of them.
const char* kAcme =
    R"({"id": "acme-hfai", "schema": "Organization", "properties": {"name": ["Heritage Family Alliance Int'l"], "country": ["us"]}})"
    "\n"
    R"({"id": "acme-marlow", "schema": "Person", "properties": {"name": ["S. Marlow"]}})"
    "\n"
    R"({"id": "acme-pay1", "schema": "Payment", "properties": {"payer": ["acme-hfai"], "beneficiary": ["acme-marlow"], "amount": ["5000"]}})"
    "\n"
    R"({"record": "source", "id": "acme-src", "title": "Acme 990 filing", "reliability": "B", "credibility": "2"})"
    "\n"
    R"({"record": "cite", "entity": "acme-hfai", "sources": ["acme-src"]})"
    "\n";

const char* kAliados =
    R"({"id": "aliados-afpi", "schema": "Organization", "properties": {"name": ["Alianza Familia Patrimonio Internacional"], "country": ["es"], "website": ["https://afpi.example"]}})"
    "\n"
    R"({"id": "aliados-marlow", "schema": "Person", "properties": {"name": ["Sarah J. Marlow"], "birthDate": ["1971"]}})"
    "\n"
    R"({"id": "aliados-acme", "schema": "Company", "properties": {"name": ["Acme Holdings"]}})"
    "\n";

const char* kNour =
    R"({"id": "nour-hfai", "schema": "LegalEntity", "properties": {"name": ["تحالف العائلة التراثية الدولي"], "country": ["eg"]}, "datasets": ["nour"]})"
    "\n";

std::unique_ptr<store::Workspace> coalition(const TempDir& dir, const std::string& name = "w")
{
    auto ws = makeWorkspace(dir, name);
    importText(*ws, dir, kAcme, "acme");
    importText(*ws, dir, kAliados, "aliados");
    importText(*ws, dir, kNour, "nour");
    return ws;
}

std::map<std::string, std::string> linesById(const std::string& ftm)
{
    std::map<std::string, std::string> out;
    simdjson::dom::parser parser;
    std::size_t start = 0;
    while (start < ftm.size()) {
        std::size_t end = ftm.find('\n', start);
        std::string line = ftm.substr(start, end - start);
        start = end + 1;
        simdjson::dom::element doc;
        REQUIRE_FALSE(parser.parse(line).get(doc));
        out[std::string(std::string_view(doc["id"]))] = line;
    }
    return out;
}

} // namespace

TEST_CASE("judgement words parse both ways", "[resolve]")
{
    CHECK(match::parseJudgement("yes") == Judgement::Positive);
    CHECK(match::parseJudgement("positive") == Judgement::Positive);
    CHECK(match::parseJudgement("No") == Judgement::Negative);
    CHECK(match::parseJudgement("negative") == Judgement::Negative);
    CHECK(match::parseJudgement("unsure") == Judgement::Unsure);
    CHECK_FALSE(match::parseJudgement("maybe"));
    CHECK_FALSE(match::parseJudgement(""));
    CHECK(match::toString(Judgement::Positive) == "positive");
    CHECK(match::toString(Judgement::Negative) == "negative");
    CHECK(match::toString(Judgement::Unsure) == "unsure");
}

TEST_CASE("three datasets' renderings of one actor merge into one canonical group", "[resolve]")
{
    TempDir dir;
    auto ws = coalition(dir);
    match::Resolver resolver(*ws);

    auto first = resolver.judge(rec("acme-hfai", "aliados-afpi", Judgement::Positive));
    INFO((first ? std::string() : first.error().message));
    REQUIRE(first);
    CHECK(first->changed);
    CHECK(first->canonical == "aliados-afpi"); // the greater id
    CHECK(first->members == std::vector<std::string>{"acme-hfai", "aliados-afpi"});

    auto second = resolver.judge(rec("nour-hfai", "aliados-afpi", Judgement::Positive));
    REQUIRE(second);
    CHECK(second->canonical == "nour-hfai");
    CHECK(second->members == std::vector<std::string>{"acme-hfai", "aliados-afpi", "nour-hfai"});

    for (const char* id : {"acme-hfai", "aliados-afpi", "nour-hfai"}) {
        CHECK(*resolver.canonicalOf(id) == "nour-hfai");
        CHECK(resolver.membersOf(id)->size() == 3);
    }
    CHECK(*resolver.canonicalOf("acme-marlow") == "acme-marlow");
    CHECK(resolver.membersOf("acme-marlow")->size() == 1);
    CHECK(resolver.resolvedJudgement("acme-hfai", "nour-hfai") == Judgement::Positive);
    CHECK_FALSE(resolver.resolvedJudgement("acme-hfai", "acme-marlow"));
    // The transitive pair has no judgement of its own.
    CHECK_FALSE(resolver.judgementOf("acme-hfai", "nour-hfai"));
    auto direct = resolver.judgementOf("aliados-afpi", "acme-hfai");
    REQUIRE(direct);
    CHECK(direct->left == "aliados-afpi"); // nomenklatura's target: the greater id
    CHECK(direct->right == "acme-hfai");
    CHECK(direct->user == "tester");
    CHECK(direct->timestamp.size() == 20); // 2026-01-02T03:04:05Z

    auto s = ws->stats();
    REQUIRE(s);
    CHECK(s->entities == 7);
    CHECK(s->canonicalEntities == 5);

    // Judging the same again changes nothing.
    auto again = resolver.judge(rec("acme-hfai", "aliados-afpi", Judgement::Positive));
    REQUIRE(again);
    CHECK_FALSE(again->changed);
    CHECK(again->canonical == "nour-hfai");
}

TEST_CASE("show of a merged entity lists every member's values with provenance", "[resolve]")
{
    TempDir dir;
    auto ws = coalition(dir);
    match::Resolver resolver(*ws);
    REQUIRE(resolver.judge(rec("acme-hfai", "aliados-afpi", Judgement::Positive)));
    REQUIRE(resolver.judge(rec("aliados-afpi", "nour-hfai", Judgement::Positive)));

    for (const char* asked : {"acme-hfai", "nour-hfai"}) {
        auto d = ws->entity(asked);
        REQUIRE(d);
        CHECK(d->entity.id == asked);
        CHECK(d->entity.schema == "Organization"); // LegalEntity + Organization
        CHECK(d->entity.canonicalId == (std::string(asked) == "nour-hfai" ? "" : "nour-hfai"));
        REQUIRE(d->members.size() == 3);
        CHECK(d->members[0].id == "nour-hfai");
        CHECK(d->members[1].id == "acme-hfai");
        CHECK(d->members[1].canonicalId == "nour-hfai");
        CHECK(d->members[2].id == "aliados-afpi");

        // Conflicting countries side by side, each with its dataset and member.
        std::vector<std::tuple<std::string, std::string, std::string>> countries;
        std::map<std::string, std::string> nameDataset;
        for (const auto& st : d->statements) {
            if (st.prop == "country")
                countries.emplace_back(st.value, st.dataset, st.entity);
            if (st.prop == "name")
                nameDataset[st.value] = st.dataset;
            if (st.entity == "acme-hfai") {
                CHECK(st.sourceTitle == "Acme 990 filing");
                CHECK(st.reliability == "B");
                CHECK(st.credibility == 2);
            }
        }
        CHECK(countries == std::vector<std::tuple<std::string, std::string, std::string>>{
                               {"us", "acme", "acme-hfai"},
                               {"es", "aliados", "aliados-afpi"},
                               {"eg", "nour", "nour-hfai"}});
        CHECK(nameDataset["Heritage Family Alliance Int'l"] == "acme");
        CHECK(nameDataset["Alianza Familia Patrimonio Internacional"] == "aliados");
        CHECK(nameDataset["تحالف العائلة التراثية الدولي"] == "nour");
        REQUIRE(d->referencedBy.size() == 1);
        CHECK(d->referencedBy[0].id == "acme-pay1");
        CHECK(d->extraJson == R"({"datasets":["nour"],"referents":["acme-hfai","aliados-afpi"]})");
    }
    // An entity outside any group reads as before.
    auto alone = ws->entity("acme-marlow");
    REQUIRE(alone);
    CHECK(alone->members.empty());
    CHECK(alone->statements.at(0).entity == "acme-marlow");
}

TEST_CASE("the FtM export writes a merged group as one entity", "[resolve]")
{
    TempDir dir;
    auto ws = coalition(dir);
    match::Resolver resolver(*ws);
    REQUIRE(resolver.judge(rec("acme-hfai", "aliados-afpi", Judgement::Positive)));
    REQUIRE(resolver.judge(rec("aliados-afpi", "nour-hfai", Judgement::Positive)));
    REQUIRE(resolver.judge(rec("acme-marlow", "aliados-marlow", Judgement::Positive)));

    auto lines = linesById(exportText(*ws, dir));
    CHECK(lines.size() == 4);
    CHECK_FALSE(lines.count("acme-hfai"));
    CHECK_FALSE(lines.count("aliados-afpi"));
    CHECK(
        lines["nour-hfai"] ==
        R"({"id":"nour-hfai","schema":"Organization","properties":{)"
        R"("country":["us","es","eg"],)"
        R"("name":["Heritage Family Alliance Int'l","Alianza Familia Patrimonio Internacional","تحالف العائلة التراثية الدولي"],)"
        R"("website":["https://afpi.example"]},)"
        R"("datasets":["nour"],"referents":["acme-hfai","aliados-afpi"]})");
    CHECK(lines["aliados-marlow"] ==
          R"({"id":"aliados-marlow","schema":"Person","properties":{"birthDate":["1971"],)"
          R"("name":["S. Marlow","Sarah J. Marlow"]},"referents":["acme-marlow"]})");
    // References to members point at the canonical ids.
    CHECK(lines["acme-pay1"] ==
          R"({"id":"acme-pay1","schema":"Payment","properties":{"amount":["5000"],)"
          R"("beneficiary":["aliados-marlow"],"payer":["nour-hfai"]}})");

    // A one-dataset export keeps the canonical ids but no kept keys (they may name withheld
    // members), as for any entity.
    io::ExportOptions acmeOnly;
    acmeOnly.dataset = "acme";
    auto acme = linesById(exportText(*ws, dir, acmeOnly));
    CHECK(acme["nour-hfai"] == R"({"id":"nour-hfai","schema":"Organization","properties":{)"
                               R"("country":["us"],"name":["Heritage Family Alliance Int'l"]}})");
    CHECK(acme.size() == 3);

    // The store as stored, for those who need it.
    std::set<std::string> rows;
    store::ReadFilter raw;
    raw.resolveMerges = false;
    auto counts = store::forEachEntity(*ws, raw, [&](const store::EntityRecord& e) -> Status {
        rows.insert(e.id);
        return {};
    });
    REQUIRE(counts);
    CHECK(rows.size() == 7);
}

TEST_CASE("merge then unmerge restores the exact previous state", "[resolve]")
{
    TempDir dir;
    auto ws = coalition(dir);
    match::Resolver resolver(*ws);
    // A judgement made before the merge stays through it.
    REQUIRE(resolver.judge(rec("acme-hfai", "aliados-acme", Judgement::Negative)));
    std::string beforeExport = exportText(*ws, dir);
    std::string before = snapshot(*ws, dir);

    REQUIRE(resolver.judge(rec("acme-hfai", "aliados-afpi", Judgement::Positive)));
    REQUIRE(resolver.judge(rec("nour-hfai", "aliados-afpi", Judgement::Positive)));
    REQUIRE(resolver.judge(rec("acme-marlow", "aliados-marlow", Judgement::Positive)));
    CHECK(exportText(*ws, dir) != beforeExport);

    auto out = resolver.unmerge("acme-hfai"); // any member's id will do
    INFO((out ? std::string() : out.error().message));
    REQUIRE(out);
    CHECK(out->canonical == "nour-hfai");
    CHECK(out->members == std::vector<std::string>{"acme-hfai", "aliados-afpi", "nour-hfai"});
    CHECK(out->judgementsRemoved == 2);
    REQUIRE(resolver.unmerge("aliados-marlow"));

    CHECK(exportText(*ws, dir) == beforeExport); // byte for byte
    CHECK(snapshot(*ws, dir) == before);
    CHECK(*resolver.canonicalOf("aliados-afpi") == "aliados-afpi");
    CHECK(resolver.judgementOf("acme-hfai", "aliados-acme")->judgement == Judgement::Negative);
    // After an unmerge the pair may be judged afresh, either way.
    CHECK(resolver.judge(rec("acme-hfai", "aliados-afpi", Judgement::Negative)));
}

TEST_CASE("a no between members of a would-be group is a conflict and nothing merges", "[resolve]")
{
    TempDir dir;
    auto ws = coalition(dir);
    match::Resolver resolver(*ws);
    REQUIRE(resolver.judge(rec("acme-hfai", "aliados-afpi", Judgement::Positive)));
    REQUIRE(resolver.judge(rec("nour-hfai", "acme-hfai", Judgement::Negative, "amira")));
    std::string before = snapshot(*ws, dir);

    auto joined = resolver.judge(rec("aliados-afpi", "nour-hfai", Judgement::Positive));
    REQUIRE_FALSE(joined);
    INFO(joined.error().message);
    CHECK(joined.error().message.find("conflict") != std::string::npos);
    CHECK(joined.error().message.find("'nour-hfai' and 'acme-hfai' judged negative by amira") !=
          std::string::npos);
    CHECK(snapshot(*ws, dir) == before);
    CHECK(resolver.resolvedJudgement("aliados-afpi", "nour-hfai") == Judgement::Negative);

    // And a no inside an existing group is refused too.
    auto inside = resolver.judge(rec("aliados-afpi", "acme-hfai", Judgement::Unsure));
    REQUIRE_FALSE(inside);
    CHECK(inside.error().message.find("contradicts") != std::string::npos);
    REQUIRE(resolver.judge(rec("aliados-afpi", "aliados-acme", Judgement::Unsure)));
    REQUIRE(resolver.judge(rec("aliados-acme", "nour-hfai", Judgement::Positive)));
    auto transitive = resolver.judge(rec("acme-hfai", "aliados-marlow", Judgement::Negative));
    REQUIRE(transitive); // unrelated entities may be judged different
    REQUIRE(resolver.judge(rec("acme-marlow", "aliados-marlow", Judgement::Positive)));
    auto memberNo = resolver.judge(rec("acme-marlow", "aliados-marlow", Judgement::Negative));
    REQUIRE_FALSE(memberNo);
}

TEST_CASE("a judgement contradicting a recorded one is refused, naming it", "[resolve]")
{
    TempDir dir;
    auto ws = coalition(dir);
    match::Resolver resolver(*ws);
    REQUIRE(resolver.judge(rec("acme-marlow", "aliados-marlow", Judgement::Positive, "sam")));
    std::string before = snapshot(*ws, dir);

    auto no = resolver.judge(rec("aliados-marlow", "acme-marlow", Judgement::Negative));
    REQUIRE_FALSE(no);
    INFO(no.error().message);
    CHECK(no.error().message.find("contradicts a recorded judgement: 'aliados-marlow' and "
                                  "'acme-marlow' judged positive by sam at ") != std::string::npos);
    CHECK(no.error().message.find("unmerge") != std::string::npos);
    CHECK(snapshot(*ws, dir) == before);

    REQUIRE(resolver.judge(rec("acme-hfai", "aliados-afpi", Judgement::Negative)));
    auto yes = resolver.judge(rec("acme-hfai", "aliados-afpi", Judgement::Positive));
    REQUIRE_FALSE(yes);
    CHECK(yes.error().message.find("judged negative") != std::string::npos);

    // Unsure is not a decision: a yes or a no may replace it.
    REQUIRE(resolver.judge(rec("acme-hfai", "nour-hfai", Judgement::Unsure)));
    auto decided = resolver.judge(rec("acme-hfai", "nour-hfai", Judgement::Positive));
    REQUIRE(decided);
    CHECK(decided->changed);
    CHECK(resolver.judgementOf("acme-hfai", "nour-hfai")->judgement == Judgement::Positive);
}

TEST_CASE("judging an id against itself, an unknown id, or unrelated schemata is refused",
          "[resolve]")
{
    TempDir dir;
    auto ws = coalition(dir);
    match::Resolver resolver(*ws);
    std::string before = snapshot(*ws, dir);

    auto self = resolver.judge(rec("acme-hfai", "acme-hfai", Judgement::Positive));
    REQUIRE_FALSE(self);
    CHECK(self.error().message.find("against itself") != std::string::npos);

    auto unknown = resolver.judge(rec("acme-hfai", "nobody", Judgement::Negative));
    REQUIRE_FALSE(unknown);
    CHECK(unknown.error().message == "no entity with id 'nobody' in the workspace");

    auto minted = resolver.judge(rec("acme-hfai", "NK-abc", Judgement::Positive));
    REQUIRE_FALSE(minted); // minted ids only come from judgement files

    auto company = resolver.judge(rec("acme-marlow", "aliados-acme", Judgement::Positive));
    REQUIRE_FALSE(company);
    INFO(company.error().message);
    CHECK(company.error().message ==
          "cannot merge 'acme-marlow' (Person) with 'aliados-acme' (Company): schema Person and "
          "schema Company are unrelated; an entity cannot be both");

    // A group's schema counts: LegalEntity + Person is a Person, which is no Company.
    REQUIRE(resolver.judge(rec("nour-hfai", "acme-marlow", Judgement::Positive)));
    auto group = resolver.judge(rec("nour-hfai", "aliados-acme", Judgement::Positive));
    REQUIRE_FALSE(group);
    CHECK(group.error().message.find("(Person) with 'aliados-acme' (Company)") !=
          std::string::npos);
    REQUIRE(resolver.unmerge("nour-hfai"));

    CHECK(snapshot(*ws, dir) == before);
}

TEST_CASE("unmerge of an entity that is not merged is refused", "[resolve]")
{
    TempDir dir;
    auto ws = coalition(dir);
    match::Resolver resolver(*ws);
    REQUIRE(resolver.judge(rec("acme-hfai", "aliados-acme", Judgement::Negative)));
    std::string before = snapshot(*ws, dir);

    auto alone = resolver.unmerge("acme-hfai");
    REQUIRE_FALSE(alone);
    CHECK(alone.error().message ==
          "'acme-hfai' is not merged with any other entity; there is nothing to unmerge");
    auto unknown = resolver.unmerge("nobody");
    REQUIRE_FALSE(unknown);
    CHECK(unknown.error().message == "no entity with id 'nobody'");
    CHECK(snapshot(*ws, dir) == before);
}

TEST_CASE("judgements round-trip through nomenklatura's resolver lines", "[resolve]")
{
    TempDir dir;
    auto ws = coalition(dir, "first");
    match::Resolver resolver(*ws);
    auto j = rec("acme-hfai", "aliados-afpi", Judgement::Positive);
    j.score = 0.87;
    REQUIRE(resolver.judge(j));
    REQUIRE(resolver.judge(rec("nour-hfai", "aliados-afpi", Judgement::Positive)));
    REQUIRE(resolver.judge(rec("acme-marlow", "aliados-marlow", Judgement::Unsure, "")));
    REQUIRE(resolver.judge(rec("acme-hfai", "aliados-acme", Judgement::Negative)));

    std::string file = dir.file("judgements.jsonl");
    auto n = resolver.exportJudgements(file);
    REQUIRE(n);
    CHECK(*n == 4);
    std::string text = test::readFile(file);
    INFO(text);
    CHECK(text.find(R"(["aliados-acme", "acme-hfai", "negative", null, "tester", ")") == 0);
    CHECK(text.find(R"(["aliados-afpi", "acme-hfai", "positive", 0.87, "tester", ")") !=
          std::string::npos);
    CHECK(text.find(R"(["aliados-marlow", "acme-marlow", "unsure", null, null, ")") !=
          std::string::npos);

    auto fresh = coalition(dir, "second");
    match::Resolver other(*fresh);
    auto report = other.importJudgements(file);
    INFO((report ? std::string() : report.error().describe()));
    REQUIRE(report);
    CHECK(report->lines == 4);
    CHECK(report->recorded == 4);
    CHECK(report->merges == 2);
    CHECK(*other.membersOf("acme-hfai") ==
          std::vector<std::string>{"acme-hfai", "aliados-afpi", "nour-hfai"});
    CHECK(*other.canonicalOf("acme-hfai") == "nour-hfai");
    CHECK(exportText(*fresh, dir) == exportText(*ws, dir));
    auto back = other.exportJudgements(dir.file("again.jsonl"));
    REQUIRE(back);
    CHECK(test::readFile(dir.file("again.jsonl")) == text);

    // Importing the same file again changes nothing.
    auto twice = other.importJudgements(file);
    REQUIRE(twice);
    CHECK(twice->recorded == 0);
    CHECK(twice->unchanged == 4);
}

TEST_CASE("nomenklatura's own files: minted NK- ids join groups, suggestions are skipped",
          "[resolve]")
{
    TempDir dir;
    auto ws = coalition(dir);
    match::Resolver resolver(*ws);
    std::string file = dir.write(
        "resolver.ijson",
        R"(["NK-8fQz", "acme-hfai", "positive", null, "opensanctions", "2024-03-01T10:11"])"
        "\n"
        R"(["NK-8fQz", "nour-hfai", "positive", null, "opensanctions", "2024-03-01T10:12"])"
        "\n"
        "\n"
        R"(["aliados-marlow", "acme-marlow", "no_judgement", 0.71, null, null])"
        "\n");
    auto report = resolver.importJudgements(file);
    INFO((report ? std::string() : report.error().describe()));
    REQUIRE(report);
    CHECK(report->lines == 4);
    CHECK(report->recorded == 2);
    CHECK(report->suggestions == 1);
    CHECK(*resolver.membersOf("acme-hfai") == std::vector<std::string>{"acme-hfai", "nour-hfai"});
    CHECK(*resolver.canonicalOf("acme-hfai") == "nour-hfai");
    CHECK_FALSE(resolver.judgementOf("acme-marlow", "aliados-marlow"));

    auto out = resolver.unmerge("nour-hfai");
    REQUIRE(out);
    CHECK(out->judgementsRemoved == 2);
    CHECK(ws->stats()->canonicalEntities == 7);
}

TEST_CASE("a bad judgements file is refused with file and line, the workspace unchanged",
          "[resolve]")
{
    TempDir dir;
    auto ws = coalition(dir);
    match::Resolver resolver(*ws);
    REQUIRE(resolver.judge(rec("acme-marlow", "aliados-marlow", Judgement::Positive, "sam")));
    const std::string good =
        R"(["aliados-afpi", "acme-hfai", "positive", null, "kim", "2024-01-01T00:00:00Z"])"
        "\n";
    struct Case
    {
        std::string text;
        std::uint64_t line;
        std::string message;
    };
    std::vector<Case> cases = {
        {good + "[\"a\", \"b\"\n", 2, "malformed JSON"},
        {good + "{\"target\": \"a\"}\n", 2, "expected a resolver line"},
        {good + "[\"aliados-afpi\", \"nour-hfai\"]\n", 2, "expected a resolver line"},
        {good + "[\"aliados-afpi\", 7, \"positive\", null, null, null]\n", 2,
         "the source (2nd item) must be an entity id"},
        {good + "[\"aliados-afpi\", \"nour-hfai\", \"maybe\", null, null, null]\n", 2,
         "unknown judgement 'maybe'"},
        {good + "[\"aliados-afpi\", \"nour-hfai\", \"positive\", \"high\", null, null]\n", 2,
         "the score (4th item) must be a number or null"},
        {good + "[\"aliados-afpi\", \"ghost\", \"positive\", null, null, null]\n", 2,
         "no entity with id 'ghost' in the workspace"},
        {good + "[\"aliados-afpi\", \"aliados-afpi\", \"negative\", null, null, null]\n", 2,
         "against itself"},
        {good + "[\"aliados-marlow\", \"acme-marlow\", \"negative\", null, \"kim\", null]\n", 2,
         "contradicts a recorded judgement: 'aliados-marlow' and 'acme-marlow' judged positive "
         "by sam"},
        {good + good + "[\"acme-hfai\", \"aliados-afpi\", \"negative\", null, null, null]\n", 3,
         "contradicts a recorded judgement: 'aliados-afpi' and 'acme-hfai' judged positive by "
         "kim at 2024-01-01T00:00:00Z"},
        {good + "[\"acme-marlow\", \"aliados-acme\", \"positive\", null, null, null]\n", 2,
         "cannot merge"},
        {good + "[\"aliados-afpi\", \"nour-hfai\", \"positive\", null, null, null]\n" +
             "[\"nour-hfai\", \"acme-hfai\", \"negative\", null, null, null]\n",
         3, "are merged"},
        {std::string("[\"x\", \"y\", \"positive\", null, null, \"\xff\"]\n"), 1, "invalid UTF-8"},
        {"\n\n", 0, "holds no judgements"},
    };
    std::string before = snapshot(*ws, dir);
    for (const auto& c : cases) {
        std::string path = dir.write("bad.jsonl", c.text);
        auto r = resolver.importJudgements(path);
        INFO(c.text);
        REQUIRE_FALSE(r);
        INFO(r.error().describe());
        CHECK(r.error().file == path);
        CHECK(r.error().line == c.line);
        CHECK(r.error().message.find(c.message) != std::string::npos);
        CHECK(snapshot(*ws, dir) == before);
    }
    auto missing = resolver.importJudgements(dir.file("none.jsonl"));
    REQUIRE_FALSE(missing);
    CHECK(missing.error().file == dir.file("none.jsonl"));
}

TEST_CASE("stats count rows and canonical entities", "[resolve]")
{
    TempDir dir;
    auto ws = coalition(dir);
    match::Resolver resolver(*ws);
    auto before = ws->stats();
    REQUIRE(before);
    CHECK(before->entities == before->canonicalEntities);
    REQUIRE(resolver.judge(rec("acme-hfai", "nour-hfai", Judgement::Positive)));
    auto after = ws->stats();
    REQUIRE(after);
    CHECK(after->entities == before->entities);
    CHECK(after->statements == before->statements);
    CHECK(after->schemata == before->schemata);
    CHECK(after->canonicalEntities == before->canonicalEntities - 1);
}

TEST_CASE("CSV and graph exports show a merged group once, with references resolved", "[resolve]")
{
    TempDir dir;
    auto ws = coalition(dir);
    match::Resolver resolver(*ws);
    REQUIRE(resolver.judge(rec("acme-hfai", "aliados-afpi", Judgement::Positive)));
    REQUIRE(resolver.judge(rec("aliados-afpi", "nour-hfai", Judgement::Positive)));
    REQUIRE(resolver.judge(rec("acme-marlow", "aliados-marlow", Judgement::Positive)));

    io::ExportOptions csv;
    csv.format = io::ExportFormat::Csv;
    auto tables = io::exportCsv(*ws, dir.file("tables"), csv);
    INFO((tables ? std::string() : tables.error().describe()));
    REQUIRE(tables);
    CHECK(tables->entities == 4);
    std::string orgs = test::readFile(dir.file("tables/Organization.csv"));
    INFO(orgs);
    CHECK(orgs.find("\r\nnour-hfai,") != std::string::npos);
    CHECK(orgs.find("acme-hfai,") == std::string::npos);
    CHECK_FALSE(std::filesystem::exists(dir.file("tables/LegalEntity.csv")));
    std::string payments = test::readFile(dir.file("tables/Payment.csv"));
    CHECK(payments.find("nour-hfai") != std::string::npos);
    CHECK(payments.find("aliados-marlow") != std::string::npos);

    io::ExportOptions graphml;
    graphml.format = io::ExportFormat::GraphML;
    auto graph = io::exportGraphML(*ws, dir.file("graph.graphml"), graphml);
    REQUIRE(graph);
    CHECK(graph->droppedEdges == 0);
    std::string xml = test::readFile(dir.file("graph.graphml"));
    CHECK(xml.find("<node id=\"nour-hfai\"") != std::string::npos);
    CHECK(xml.find("<node id=\"acme-hfai\"") == std::string::npos);
    CHECK(xml.find("source=\"nour-hfai\" target=\"aliados-marlow\"") != std::string::npos);
}

TEST_CASE("a schema filter sees a merged group under the group's schema", "[resolve]")
{
    TempDir dir;
    auto ws = coalition(dir);
    match::Resolver resolver(*ws);
    // nour-hfai (LegalEntity) is the canonical member; the group is an Organization.
    REQUIRE(resolver.judge(rec("acme-hfai", "nour-hfai", Judgement::Positive)));
    auto ids = [&](std::vector<std::string> schemata) {
        store::ReadFilter filter;
        filter.schemata = std::move(schemata);
        std::set<std::string> out;
        auto counts = store::forEachEntity(*ws, filter, [&](const store::EntityRecord& e) {
            out.insert(e.id + ":" + e.schema);
            return Status{};
        });
        REQUIRE(counts);
        return out;
    };
    CHECK(ids({"Organization"}) ==
          std::set<std::string>{"nour-hfai:Organization", "aliados-afpi:Organization"});
    CHECK(ids({"LegalEntity"}).empty());
    CHECK(ids({"Person", "Company"}) == std::set<std::string>{"acme-marlow:Person",
                                                              "aliados-marlow:Person",
                                                              "aliados-acme:Company"});
}
