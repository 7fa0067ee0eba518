// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestUtil.h"
#include "io/Export.h"
#include "io/Import.h"
#include "io/Mapping.h"
#include "store/Workspace.h"

#include <catch2/catch.hpp>
#include <simdjson.h>

#include <fstream>
#include <map>
#include <set>
#include <tuple>

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

Result<io::ImportReport> importCsvFile(store::Workspace& ws, const std::string& csvPath,
                                       const std::string& mappingPath,
                                       const std::string& dataset = "t")
{
    io::ImportOptions o;
    o.format = io::Format::Csv;
    o.dataset = dataset;
    o.mappingPath = mappingPath;
    return io::importFile(ws, csvPath, o);
}

Result<io::ImportReport> importCsvText(store::Workspace& ws, const TempDir& dir,
                                       const std::string& csv, const std::string& mapping,
                                       const std::string& csvName = "input.csv")
{
    return importCsvFile(ws, dir.write(csvName, csv), dir.write("mapping.json", mapping));
}

// The workspace's counts, as one comparable string.
std::string statsKey(const store::Workspace& ws)
{
    auto s = ws.stats();
    REQUIRE(s);
    std::string out = std::to_string(s->entities) + "/" + std::to_string(s->statements) + "/" +
                      std::to_string(s->sources) + "/" + std::to_string(s->findings);
    for (const auto& [k, v] : s->schemata)
        out += " " + k + "=" + std::to_string(v);
    for (const auto& [k, v] : s->datasets)
        out += " ds:" + k + "=" + std::to_string(v);
    return out;
}

struct Entity
{
    std::string schema;
    std::map<std::string, std::set<std::string>> props;

    bool operator==(const Entity& other) const
    {
        return schema == other.schema && props == other.props;
    }

    std::string first(const std::string& prop) const
    {
        auto it = props.find(prop);
        return it == props.end() || it->second.empty() ? std::string() : *it->second.begin();
    }
};

// Exports a workspace with io::exportFtm and reads the file back, by entity id.
std::map<std::string, Entity> exported(const store::Workspace& ws, const TempDir& dir,
                                       const std::string& name)
{
    std::string path = dir.file(name + ".ijson");
    io::ExportOptions o;
    auto r = io::exportFtm(ws, path, o);
    REQUIRE(r);
    std::map<std::string, Entity> out;
    simdjson::dom::parser parser;
    std::ifstream in(path);
    std::string line;
    while (std::getline(in, line)) {
        simdjson::dom::element doc;
        REQUIRE(parser.parse(line).get(doc) == simdjson::SUCCESS);
        std::string id(doc["id"].get_string().value());
        Entity e;
        e.schema = std::string(doc["schema"].get_string().value());
        simdjson::dom::object props = doc["properties"].get_object().value();
        for (auto [prop, values] : props) {
            simdjson::dom::array list = values.get_array().value();
            for (auto v : list)
                e.props[std::string(prop)].insert(std::string(v.get_string().value()));
        }
        REQUIRE(out.emplace(id, std::move(e)).second);
    }
    return out;
}

std::map<std::string, int> schemaCounts(const std::map<std::string, Entity>& entities)
{
    std::map<std::string, int> counts;
    for (const auto& [id, e] : entities)
        ++counts[e.schema];
    return counts;
}

// A refused import: the error names `file` and `line`, says `text`, and nothing changed.
void checkRefused(const Result<io::ImportReport>& r, const store::Workspace& ws,
                  const std::string& before, const std::string& file, std::uint64_t line,
                  const std::string& text)
{
    REQUIRE_FALSE(r);
    INFO(r.error().describe());
    CHECK(r.error().file == file);
    CHECK(r.error().line == line);
    CHECK_THAT(r.error().message, Catch::Contains(text));
    CHECK(statsKey(ws) == before);
}

// A small mapping; {SCHEMA}, {PROP} and {COLUMN} are replaced by the tests. Line numbers
// matter: "schema" is on line 7, the "name" property on line 10, "country" on line 11.
const char* kPeopleMapping = R"({
  "queries": [
    {
      "entities": {
        "person": {
          "keys": ["Name"],
          "schema": "{SCHEMA}",
          "key_literal": "",
          "properties": {
            "{PROP}": {"column": "Name"},
            "country": {"column": "{COLUMN}"}
          }
        }
      }
    }
  ]
})";

std::string peopleMapping(const std::string& schema = "Person", const std::string& prop = "name",
                          const std::string& column = "Country")
{
    std::string m = kPeopleMapping;
    auto replace = [&](const std::string& from, const std::string& to) {
        m.replace(m.find(from), from.size(), to);
    };
    replace("{SCHEMA}", schema);
    replace("{PROP}", prop);
    replace("{COLUMN}", column);
    return m;
}

const char* kPeopleCsv = "Name,Country\nAna Example,Kenya\nBo Beispiel,Deutschland\n";

// A workspace that already holds something, so that a partial write would show.
std::unique_ptr<store::Workspace> seededWorkspace(const TempDir& dir)
{
    auto ws = makeWorkspace(dir, "seeded");
    auto r = importCsvFile(*ws, dir.write("seed.csv", "Name,Country\nSeed Person,Peru\n"),
                           dir.write("seed.json", peopleMapping()));
    REQUIRE(r);
    return ws;
}

} // namespace

TEST_CASE("donations.csv through the example mapping gives FollowTheMoney's entities exactly",
          "[csv]")
{
    TempDir dir;
    auto fromCsv = makeWorkspace(dir, "csv");
    auto fromFtm = makeWorkspace(dir, "ftm");

    auto r = importCsvFile(*fromCsv, test::fixture("ftm/donations.csv"),
                           test::sourcePath("resources/mappings/donations.json"), "donations");
    REQUIRE(r);
    CHECK(r->format == "csv");
    CHECK(r->lines == 292);
    CHECK(r->entitiesCreated == 474);
    CHECK(r->danglingReferences == 0);

    io::ImportOptions o;
    o.format = io::Format::Ftm;
    o.dataset = "donations";
    REQUIRE(io::importFile(*fromFtm, test::fixture("ftm/donations.ijson"), o));

    auto a = exported(*fromCsv, dir, "csv");
    auto b = exported(*fromFtm, dir, "ftm");
    CHECK(a.size() == 474);
    REQUIRE(b.size() == 474);
    CHECK(schemaCounts(a) == std::map<std::string, int>{{"Address", 89},
                                                        {"Company", 56},
                                                        {"Organization", 17},
                                                        {"Payment", 290},
                                                        {"Person", 22}});
    CHECK(schemaCounts(a) == schemaCounts(b));

    // Same ids, and entity by entity the same schema and values.
    std::set<std::string> idsA, idsB;
    for (const auto& [id, e] : a)
        idsA.insert(id);
    for (const auto& [id, e] : b)
        idsB.insert(id);
    CHECK(idsA == idsB);
    for (const auto& [id, want] : b) {
        INFO("entity " << id);
        auto it = a.find(id);
        REQUIRE(it != a.end());
        const Entity& got = it->second;
        CHECK(got.schema == want.schema);
        CHECK(got.props.count("name") == want.props.count("name"));
        CHECK(got.first("name") == want.first("name"));
        CHECK(got.props == want.props);
    }

    // The money: payer -> beneficiary with amount and date.
    auto payments = [](const std::map<std::string, Entity>& entities) {
        std::set<std::tuple<std::string, std::string, std::string, std::string>> out;
        for (const auto& [id, e] : entities)
            if (e.schema == "Payment")
                out.emplace(e.first("payer"), e.first("beneficiary"), e.first("amountEur"),
                            e.first("date"));
        return out;
    };
    CHECK(payments(a).size() == 290);
    CHECK(payments(a) == payments(b));
    // Spot check one flow: Frau Lina Dachner gave MLPD 100000 EUR on 2011-12-29.
    const Entity& pay = a.at("2216b422a31242fe204654ce194864661f515921");
    CHECK(a.at(pay.first("payer")).first("name") == "Frau Lina Dachner");
    CHECK(a.at(pay.first("beneficiary")).first("name") == "MLPD");
    CHECK(pay.first("amountEur") == "100000");
    CHECK(pay.first("date") == "2011-12-29");

    CHECK(statsKey(*fromCsv) == statsKey(*fromFtm));
    // Captions and search come out right for merged entities too.
    auto hits = fromCsv->search("Dachner", 5);
    REQUIRE(hits);
    bool found = false;
    for (const auto& hit : *hits)
        found = found || (hit.caption == "Frau Lina Dachner" && hit.schema == "Person");
    CHECK(found);
}

TEST_CASE("importing the same CSV again changes nothing", "[csv]")
{
    TempDir dir;
    auto ws = makeWorkspace(dir);
    std::string csv = test::fixture("ftm/donations.csv");
    std::string mapping = test::sourcePath("resources/mappings/donations.json");
    REQUIRE(importCsvFile(*ws, csv, mapping));
    std::string before = statsKey(*ws);
    auto again = importCsvFile(*ws, csv, mapping);
    REQUIRE(again);
    CHECK(again->entitiesCreated == 0);
    CHECK(again->statementsAdded == 0);
    CHECK(statsKey(*ws) == before);
}

TEST_CASE("CSV values are cleaned by type, unknown countries are dropped", "[csv]")
{
    TempDir dir;
    auto ws = makeWorkspace(dir);
    auto r = importCsvText(*ws, dir, "Name,Country\n  Ana Example ,Kenya\nBo,Niedlerlande\nCy,de\n",
                           peopleMapping());
    REQUIRE(r);
    auto e = exported(*ws, dir, "out");
    REQUIRE(e.size() == 3);
    const Entity& ana = e.at(*io::computeEntityId("", "", {"Ana Example"}));
    CHECK(ana.schema == "Person");
    CHECK(ana.first("name") == "Ana Example");
    CHECK(ana.first("country") == "ke");
    CHECK(e.at(*io::computeEntityId("", "", {"Bo"})).props.count("country") == 0);
    CHECK(e.at(*io::computeEntityId("", "", {"Cy"})).first("country") == "de");
}

TEST_CASE("CSV mapping features: filters, literals, templates, split, join, dates, links", "[csv]")
{
    TempDir dir;
    auto ws = makeWorkspace(dir);
    const std::string mapping = R"({
      "key_prefix": "t",
      "queries": [{
        "delimiter": ";",
        "filters": {"Kind": ["org", "company"]},
        "filters_not": {"Skip": "yes"},
        "entities": {
          "org": {"schema": "Organization", "keys": ["Org"], "key_literal": "org",
                  "properties": {
                    "name": {"column": "Org"},
                    "alias": {"column": "Aliases", "split": "|"},
                    "topics": {"literal": "role.pep"},
                    "notes": {"columns": ["Kind", "Org"], "join": " / "},
                    "incorporationDate": {"column": "Founded", "format": "%d.%m.%Y"},
                    "description": {"template": " {{Org}} ({{Kind}}) "},
                    "addressEntity": {"entity": "addr"}}},
          "addr": {"schema": "Address", "keys": ["City"],
                   "properties": {"city": {"column": "City"}}}
        }
      }]
    })";
    const std::string csv = "Org;Kind;Aliases;Founded;City;Skip\n"
                            "Acme;company;ACME|Acme Inc|;01.02.2003;Lyon;\n"
                            "Skipped Ltd;company;;;;yes\n"
                            "Person Row;person;;;;\n"
                            "Homeless;org;;31.12.1999;;\n";
    auto r = importCsvText(*ws, dir, csv, mapping);
    REQUIRE(r);
    CHECK(r->lines == 4);
    auto e = exported(*ws, dir, "out");
    // Acme, its address (Lyon) and Homeless; the filtered rows made nothing.
    REQUIRE(e.size() == 3);
    const std::string acmeId = *io::computeEntityId("t", "org", {"Acme"});
    const Entity& acme = e.at(acmeId);
    CHECK(acme.props.at("alias") == std::set<std::string>{"ACME", "Acme Inc"});
    CHECK(acme.first("topics") == "role.pep");
    CHECK(acme.first("notes") == "company / Acme");
    CHECK(acme.first("incorporationDate") == "2003-02-01");
    CHECK(acme.first("description") == "Acme (company)");
    const std::string lyon = *io::computeEntityId("t", "", {"Lyon"});
    CHECK(acme.first("addressEntity") == lyon);
    CHECK(e.at(lyon).first("city") == "Lyon");
    // No city: no address entity, and the link to it is dropped.
    const Entity& homeless = e.at(*io::computeEntityId("t", "org", {"Homeless"}));
    CHECK(homeless.props.count("addressEntity") == 0);
    CHECK(homeless.first("incorporationDate") == "1999-12-31");
}

TEST_CASE("a .tsv file is read with tabs unless the mapping says otherwise", "[csv]")
{
    TempDir dir;
    auto ws = makeWorkspace(dir);
    auto r = importCsvText(*ws, dir, "Name\tCountry\nAna, Example\tKenya\n", peopleMapping(),
                           "people.tsv");
    REQUIRE(r);
    auto e = exported(*ws, dir, "out");
    REQUIRE(e.size() == 1);
    CHECK(e.begin()->second.first("name") == "Ana, Example");
}

TEST_CASE("a byte-order mark and CRLF line ends are accepted", "[csv]")
{
    TempDir dir;
    auto ws = makeWorkspace(dir);
    auto r = importCsvText(*ws, dir,
                           "\xEF\xBB\xBFName,Country\r\nAna Example,Kenya\r\n\"Bo\r\nBeispiel\","
                           "Deutschland\r\n",
                           peopleMapping());
    REQUIRE(r);
    CHECK(r->lines == 2);
    auto e = exported(*ws, dir, "out");
    REQUIRE(e.size() == 2);
    const Entity& ana = e.at(*io::computeEntityId("", "", {"Ana Example"}));
    CHECK(ana.first("name") == "Ana Example");
    CHECK(ana.first("country") == "ke");
    CHECK(e.at(*io::computeEntityId("", "", {"Bo\r\nBeispiel"})).first("country") == "de");
}

TEST_CASE("CSV import refuses a mapping that names a column the header lacks", "[csv]")
{
    TempDir dir;
    auto ws = seededWorkspace(dir);
    const std::string before = statsKey(*ws);
    std::string mappingPath = dir.write("m.json", peopleMapping("Person", "name", "Land"));
    std::string csvPath = dir.write("people.csv", kPeopleCsv);
    auto r = importCsvFile(*ws, csvPath, mappingPath);
    checkRefused(r, *ws, before, csvPath, 1, "no column 'Land'");
    CHECK_THAT(r.error().message,
               Catch::Contains(mappingPath + ":11") && Catch::Contains("'Name', 'Country'"));

    // A near miss gets a hint.
    csvPath = dir.write("spaced.csv", "Name,Land \nAna,Kenya\n");
    r = importCsvFile(*ws, csvPath, mappingPath);
    checkRefused(r, *ws, before, csvPath, 1, "did you mean 'Land '?");

    // A file with another delimiter gets a hint about that.
    csvPath = dir.write("semi.csv", "Name;Country\nAna;Kenya\n");
    r = importCsvFile(*ws, csvPath, dir.write("m2.json", peopleMapping()));
    checkRefused(r, *ws, before, csvPath, 1, "\"delimiter\"");
}

TEST_CASE("CSV import refuses an unknown schema, naming the mapping file and line", "[csv]")
{
    TempDir dir;
    auto ws = seededWorkspace(dir);
    const std::string before = statsKey(*ws);
    std::string mappingPath = dir.write("m.json", peopleMapping("Persn"));
    auto r = importCsvFile(*ws, dir.write("p.csv", kPeopleCsv), mappingPath);
    checkRefused(r, *ws, before, mappingPath, 7, "unknown schema 'Persn'");

    mappingPath = dir.write("m2.json", peopleMapping("person"));
    r = importCsvFile(*ws, dir.write("p.csv", kPeopleCsv), mappingPath);
    checkRefused(r, *ws, before, mappingPath, 7, "did you mean 'Person'?");

    mappingPath = dir.write("m3.json", peopleMapping("Thing"));
    r = importCsvFile(*ws, dir.write("p.csv", kPeopleCsv), mappingPath);
    checkRefused(r, *ws, before, mappingPath, 7, "abstract");
}

TEST_CASE("CSV import refuses an unknown property, naming the mapping file and line", "[csv]")
{
    TempDir dir;
    auto ws = seededWorkspace(dir);
    const std::string before = statsKey(*ws);
    std::string mappingPath = dir.write("m.json", peopleMapping("Person", "nmae"));
    auto r = importCsvFile(*ws, dir.write("p.csv", kPeopleCsv), mappingPath);
    checkRefused(r, *ws, before, mappingPath, 10, "'nmae' is not a property of Person");

    // A property of another schema is just as unknown.
    mappingPath = dir.write("m2.json", peopleMapping("Person", "ticker"));
    r = importCsvFile(*ws, dir.write("p.csv", kPeopleCsv), mappingPath);
    checkRefused(r, *ws, before, mappingPath, 10, "'ticker' is not a property of Person");
}

TEST_CASE("CSV import refuses malformed mapping JSON with the line of the mistake", "[csv]")
{
    TempDir dir;
    auto ws = seededWorkspace(dir);
    const std::string before = statsKey(*ws);
    std::string text = peopleMapping();
    // Drop the comma after "key_literal": "" (line 8).
    text.replace(text.find("\"key_literal\": \"\","), 18, "\"key_literal\": \"\"");
    std::string mappingPath = dir.write("m.json", text);
    auto r = importCsvFile(*ws, dir.write("p.csv", kPeopleCsv), mappingPath);
    checkRefused(r, *ws, before, mappingPath, 9, "malformed JSON");

    mappingPath = dir.write("m2.json", "{\"queries\": [\n  {\"entities\": {},}\n]}");
    r = importCsvFile(*ws, dir.write("p.csv", kPeopleCsv), mappingPath);
    checkRefused(r, *ws, before, mappingPath, 2, "trailing comma");

    mappingPath = dir.write("m3.json", "");
    r = importCsvFile(*ws, dir.write("p.csv", kPeopleCsv), mappingPath);
    checkRefused(r, *ws, before, mappingPath, 0, "empty");

    r = importCsvFile(*ws, dir.write("p.csv", kPeopleCsv), dir.file("missing.json"));
    checkRefused(r, *ws, before, dir.file("missing.json"), 0, "cannot read the mapping");

    r = importCsvFile(*ws, dir.write("p.csv", kPeopleCsv), "");
    REQUIRE_FALSE(r);
    CHECK_THAT(r.error().message, Catch::Contains("--mapping"));
}

TEST_CASE("CSV import refuses mapping mistakes beyond names", "[csv]")
{
    TempDir dir;
    auto ws = seededWorkspace(dir);
    const std::string before = statsKey(*ws);
    struct Case
    {
        const char* mapping;
        std::uint64_t line;
        const char* text;
    };
    const Case cases[] = {
        {"{\"queries\": [{\"entities\": {\n\"p\": {\"schema\": \"Person\", \"keys\": [\"Name\"],\n"
         "\"properties\": {\"addressEntity\": {\"entity\": \"home\"}}}}}]}",
         3, "links to entity 'home', which this query does not define"},
        {"{\"queries\": [{\"entities\": {\n\"a\": {\"schema\": \"Address\", \"keys\": "
         "[\"Name\"]},\n"
         "\"pay\": {\"schema\": \"Payment\", \"keys\": [\"Name\"],\n"
         "\"properties\": {\"payer\": {\"entity\": \"a\"}}}}}]}",
         4, "must link to a LegalEntity, but entity 'a' is a Address"},
        {"{\"queries\": [{\"entities\": {\n\"p\": {\"schema\": \"Person\"}}}]}", 2,
         "has no \"keys\""},
        {"{\"queries\": [{\"entities\": {\"p\": {\"schema\": \"Person\", \"keys\": \"Name\",\n"
         "\"properties\": {\"name\": {\"colum\": \"Name\"}}}}}]}",
         2, "unknown key 'colum'"},
        {"{\"queries\": [{\"entities\": {\"p\": {\"schema\": \"Person\", \"keys\": \"Name\",\n"
         "\"properties\": {\"name\": {}}}}}]}",
         2, "has no source"},
        {"{\"queries\": [{\"entities\": {\"p\": {\"schema\": \"Person\", \"keys\": \"Name\",\n"
         "\"properties\": {\"birthDate\": {\"column\": \"Name\", \"format\": \"%d %b %Y\"}}}}}]}",
         2, "may use only %Y %m %d %H %M %S"},
        {"{\"queries\": [{\"filter\": {\"Name\": \"x\"}, \"entities\": {}}]}", 1,
         "unknown key 'filter'"},
        {"{\"queries\": []}", 1, "no queries"},
        {"[1, 2]", 1, "must be a JSON object"},
    };
    for (const Case& c : cases) {
        std::string mappingPath = dir.write("m.json", c.mapping);
        auto r = importCsvFile(*ws, dir.write("p.csv", kPeopleCsv), mappingPath);
        checkRefused(r, *ws, before, mappingPath, c.line, c.text);
    }
}

TEST_CASE("CSV import refuses invalid UTF-8 with file and line", "[csv]")
{
    TempDir dir;
    auto ws = seededWorkspace(dir);
    const std::string before = statsKey(*ws);
    std::string csvPath =
        dir.write("latin1.csv", "Name,Country\nAna Example,Kenya\nB\xE9la Example,Hungary\n");
    auto r = importCsvFile(*ws, csvPath, dir.write("m.json", peopleMapping()));
    checkRefused(r, *ws, before, csvPath, 3, "invalid UTF-8");
}

TEST_CASE("CSV import refuses an unterminated quoted field with the line it opened on", "[csv]")
{
    TempDir dir;
    auto ws = seededWorkspace(dir);
    const std::string before = statsKey(*ws);
    std::string csvPath =
        dir.write("open.csv", "Name,Country\nAna,Kenya\n\"Bo Beispiel,Deutschland\nCy,Peru\n");
    auto r = importCsvFile(*ws, csvPath, dir.write("m.json", peopleMapping()));
    checkRefused(r, *ws, before, csvPath, 3, "unterminated quoted field");
}

TEST_CASE("CSV import refuses a 100 MB single line without holding it in memory", "[csv]")
{
    TempDir dir;
    auto ws = seededWorkspace(dir);
    const std::string before = statsKey(*ws);
    std::string csvPath = dir.file("huge.csv");
    {
        std::ofstream out(csvPath, std::ios::binary);
        out << "Name,Country\nAna,";
        std::string chunk(1 << 20, 'x');
        for (int i = 0; i < 100; ++i)
            out << chunk;
        out << "\n";
    }
    auto r = importCsvFile(*ws, csvPath, dir.write("m.json", peopleMapping()));
    checkRefused(r, *ws, before, csvPath, 2, "longer than 16 MiB");

    // The same as one quoted field: the hint points at the opening quote.
    {
        std::ofstream out(csvPath, std::ios::binary);
        out << "Name,Country\nAna,\"";
        std::string chunk(1 << 20, 'y');
        for (int i = 0; i < 100; ++i)
            out << chunk;
    }
    r = importCsvFile(*ws, csvPath, dir.write("m.json", peopleMapping()));
    checkRefused(r, *ws, before, csvPath, 2, "quote opened on line 2");
}

TEST_CASE("CSV import refuses an empty file and a header without rows", "[csv]")
{
    TempDir dir;
    auto ws = seededWorkspace(dir);
    const std::string before = statsKey(*ws);
    std::string mappingPath = dir.write("m.json", peopleMapping());
    std::string csvPath = dir.write("empty.csv", "");
    auto r = importCsvFile(*ws, csvPath, mappingPath);
    checkRefused(r, *ws, before, csvPath, 0, "the file is empty");

    csvPath = dir.write("blank.csv", "\xEF\xBB\xBF\r\n\r\n");
    r = importCsvFile(*ws, csvPath, mappingPath);
    checkRefused(r, *ws, before, csvPath, 0, "the file is empty");

    r = importCsvFile(*ws, dir.path(), mappingPath);
    checkRefused(r, *ws, before, dir.path(), 0, "is a folder");
    r = importCsvFile(*ws, dir.file("missing.csv"), mappingPath);
    checkRefused(r, *ws, before, dir.file("missing.csv"), 0, "No such file");

    csvPath = dir.write("header.csv", "Name,Country\n");
    r = importCsvFile(*ws, csvPath, mappingPath);
    checkRefused(r, *ws, before, csvPath, 1, "a header but no rows");
}

TEST_CASE("CSV import refuses JSON forced through --format csv", "[csv]")
{
    TempDir dir;
    auto ws = seededWorkspace(dir);
    const std::string before = statsKey(*ws);
    std::string mappingPath = test::sourcePath("resources/mappings/donations.json");
    std::string json = test::fixture("ftm/donations.ijson");
    auto r = importCsvFile(*ws, json, mappingPath);
    checkRefused(r, *ws, before, json, 1, "this is JSON, not CSV");

    std::string array = dir.write("array.csv", " [\n {\"id\": \"x\"}]\n");
    r = importCsvFile(*ws, array, mappingPath);
    checkRefused(r, *ws, before, array, 1, "this is JSON, not CSV");
}

TEST_CASE("CSV import refuses rows that do not fit, with file and line", "[csv]")
{
    TempDir dir;
    auto ws = seededWorkspace(dir);
    const std::string before = statsKey(*ws);
    std::string mappingPath = dir.write("m.json", peopleMapping());

    // More fields than the header (trailing empty ones are forgiven).
    std::string csvPath = dir.write("wide.csv", "Name,Country\nAna,Kenya,,\nBo,Peru,extra\n");
    auto r = importCsvFile(*ws, csvPath, mappingPath);
    checkRefused(r, *ws, before, csvPath, 3, "3 fields but the header has 2 columns");

    // An entity that would be a Person and a Company at once.
    const std::string twoKinds = R"({"queries": [
      {"filters": {"Type": "P"}, "entities": {"x": {"schema": "Person", "keys": "Name"}}},
      {"filters": {"Type": "C"}, "entities": {"x": {"schema": "Company", "keys": "Name"}}}
    ]})";
    csvPath = dir.write("kinds.csv", "Name,Type\nAcme,C\nAna,P\nAcme,P\n");
    r = importCsvFile(*ws, csvPath, dir.write("kinds.json", twoKinds));
    // The Person query runs first; the Company row on line 2 then clashes.
    checkRefused(r, *ws, before, csvPath, 2, "an entity cannot be both");

    // A required value that is missing.
    std::string required = peopleMapping();
    required.replace(required.find("{\"column\": \"Name\"}"), 18,
                     "{\"column\": \"Name\", \"required\": true}");
    required.replace(required.find("\"keys\": [\"Name\"]"), 16, "\"keys\": [\"Country\"]");
    csvPath = dir.write("req.csv", "Name,Country\nAna,Kenya\n,Peru\n");
    r = importCsvFile(*ws, csvPath, dir.write("req.json", required));
    checkRefused(r, *ws, before, csvPath, 3, "'name' of entity 'person' is required");
}

TEST_CASE("CSV links taken from a column are checked against the workspace", "[csv]")
{
    TempDir dir;
    auto ws = seededWorkspace(dir);
    const std::string seedId = *io::computeEntityId("", "", {"Seed Person"});
    const std::string mapping = R"({"queries": [{"entities": {"pay": {"schema": "Payment",
      "keys": ["Ref"], "properties": {"payer": {"column": "Payer"}}}}}]})";
    auto r = importCsvText(*ws, dir, "Ref,Payer\n1," + seedId + "\n2,nobody-here\n", mapping);
    REQUIRE(r);
    CHECK(r->danglingReferences == 1);

    const std::string before = statsKey(*ws);
    const std::string badLink = R"({"queries": [{"entities": {"own": {"schema": "Ownership",
      "keys": ["Ref"], "key_literal": "own",
      "properties": {"asset": {"column": "Asset"}}}}}]})";
    std::string csvPath = dir.write("own.csv", "Ref,Asset\n1,x\n2," + seedId + "\n");
    r = importCsvFile(*ws, csvPath, dir.write("own.json", badLink));
    checkRefused(r, *ws, before, csvPath, 3, "must link to a Asset, but");
}

TEST_CASE("cancelling a CSV import leaves the workspace unchanged", "[csv]")
{
    TempDir dir;
    auto ws = seededWorkspace(dir);
    const std::string before = statsKey(*ws);
    io::ImportOptions o;
    o.format = io::Format::Csv;
    o.mappingPath = test::sourcePath("resources/mappings/donations.json");
    int calls = 0;
    std::uint64_t lastTotal = 0;
    o.progress = [&](std::uint64_t done, std::uint64_t total) {
        ++calls;
        lastTotal = total;
        CHECK(done <= total);
        return calls < 2; // let the first query finish, cancel after the second
    };
    auto r = io::importFile(*ws, test::fixture("ftm/donations.csv"), o);
    REQUIRE_FALSE(r);
    CHECK_THAT(r.error().message, Catch::Contains("cancelled"));
    CHECK(calls == 2);
    CHECK(lastTotal > 0);
    CHECK(statsKey(*ws) == before);
}

TEST_CASE("a large CSV (the bulk write path) imports the same as in small pieces", "[csv]")
{
    TempDir dir;
    const std::string mapping = dir.write("m.json", R"({"queries": [{"entities": {
      "person": {"schema": "Person", "keys": ["Name"],
                 "properties": {"name": {"column": "Name"}, "country": {"column": "Country"}}},
      "pay": {"schema": "Payment", "keys": ["Ref"],
              "properties": {"payer": {"entity": "person"}, "amount": {"column": "Amount"},
                             "purpose": {"column": "Purpose"}}}}}]})");
    const std::string header = "Name,Country,Ref,Amount,Purpose\n";
    auto row = [](int i) {
        return "\"Person number " + std::to_string(i % 3000) + ", of a long family name\"," +
               (i % 2 ? "Kenya" : "Deutschland") + ",ref-" + std::to_string(i) + "," +
               std::to_string(i * 7) + ".50,\"grant " + std::to_string(i % 50) +
               " for campaign work\"\n";
    };
    std::string all = header;
    std::vector<std::string> pieces;
    for (int i = 0; i < 12000; ++i) {
        if (i % 1000 == 0)
            pieces.push_back(header);
        all += row(i);
        pieces.back() += row(i);
    }
    REQUIRE(all.size() > 16 * 50000); // large enough for the bulk path

    auto bulk = makeWorkspace(dir, "bulk");
    auto r = importCsvFile(*bulk, dir.write("all.csv", all), mapping);
    REQUIRE(r);
    CHECK(r->entitiesCreated == 15000);
    auto stats = bulk->stats();
    REQUIRE(stats);
    CHECK(std::uint64_t(stats->statements) == r->statementsAdded);

    auto piecewise = makeWorkspace(dir, "pieces");
    for (std::size_t i = 0; i < pieces.size(); ++i)
        REQUIRE(importCsvFile(*piecewise, dir.write("piece.csv", pieces[i]), mapping));

    CHECK(statsKey(*bulk) == statsKey(*piecewise));
    CHECK(exported(*bulk, dir, "bulk") == exported(*piecewise, dir, "pieces"));

    // Again, in bulk mode over a workspace holding it all: nothing new.
    const std::string before = statsKey(*bulk);
    auto again = importCsvFile(*bulk, dir.file("all.csv"), mapping);
    REQUIRE(again);
    CHECK(again->statementsAdded == 0);
    CHECK(statsKey(*bulk) == before);
}
