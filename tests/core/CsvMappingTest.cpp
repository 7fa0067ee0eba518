// SPDX-License-Identifier: GPL-3.0-or-later
// Writing mappings back to JSON, reading Latin-1 / Windows-1252 CSV, guessing a file's layout
// and checking sample rows: what the CSV mapping editor is built on.
#include "TestUtil.h"
#include "io/Export.h"
#include "io/Import.h"
#include "io/Mapping.h"
#include "io/MappingPreview.h"
#include "store/Workspace.h"

#include <catch2/catch.hpp>

#include <set>
#include <sstream>

using namespace commonplace;
using commonplace::test::TempDir;

namespace {

std::unique_ptr<store::Workspace> freshWorkspace(const TempDir& dir, const std::string& name)
{
    auto ws =
        store::Workspace::open(dir.file(name + ".commonplace"), store::Workspace::Mode::CreateNew);
    REQUIRE(ws);
    return std::move(ws).value();
}

Result<io::ImportReport> importWith(store::Workspace& ws, const std::string& csv,
                                    const std::string& mapping)
{
    io::ImportOptions o;
    o.format = io::Format::Csv;
    o.dataset = "t";
    o.mappingPath = mapping;
    return io::importFile(ws, csv, o);
}

// Everything an FtM export of the workspace says, as one text.
std::string exportedText(const store::Workspace& ws, const TempDir& dir, const std::string& name)
{
    std::string path = dir.file(name + ".ijson");
    REQUIRE(io::exportFtm(ws, path, io::ExportOptions{}));
    std::string text = test::readFile(path);
    // Line order is not significant; sort the lines.
    std::vector<std::string> lines;
    std::size_t pos = 0;
    while (pos < text.size()) {
        std::size_t end = text.find('\n', pos);
        lines.push_back(text.substr(pos, end - pos));
        pos = end == std::string::npos ? text.size() : end + 1;
    }
    std::sort(lines.begin(), lines.end());
    std::string out;
    for (const auto& l : lines)
        out += l + "\n";
    return out;
}

} // namespace

TEST_CASE("a mapping written back to JSON parses to the same mapping and imports the same",
          "[csv][mapping]")
{
    TempDir dir;
    const std::string original = test::sourcePath("resources/mappings/donations.json");
    auto mapping = io::loadMapping(original);
    REQUIRE(mapping);
    const std::string json = io::mappingToJson(*mapping);
    auto again = io::parseMapping(json, "again.json");
    INFO(json);
    REQUIRE(again);
    CHECK(io::mappingToJson(*again) == json); // a fixed point
    REQUIRE(again->queries.size() == mapping->queries.size());
    for (std::size_t q = 0; q < mapping->queries.size(); ++q) {
        const auto& a = mapping->queries[q];
        const auto& b = again->queries[q];
        CHECK(a.filters.size() == b.filters.size());
        CHECK(a.filtersNot.size() == b.filtersNot.size());
        REQUIRE(a.entities.size() == b.entities.size());
        for (std::size_t e = 0; e < a.entities.size(); ++e) {
            CHECK(a.entities[e].name == b.entities[e].name);
            CHECK(a.entities[e].schema == b.entities[e].schema);
            CHECK(a.entities[e].keys == b.entities[e].keys);
            CHECK(a.entities[e].properties.size() == b.entities[e].properties.size());
        }
    }

    const std::string saved = dir.file("saved.json");
    REQUIRE(io::saveMapping(*again, saved));
    auto one = freshWorkspace(dir, "one");
    auto two = freshWorkspace(dir, "two");
    const std::string csv = test::fixture("ftm/donations.csv");
    auto r1 = importWith(*one, csv, original);
    auto r2 = importWith(*two, csv, saved);
    REQUIRE(r1);
    REQUIRE(r2);
    CHECK(r2->entitiesCreated == 474);
    CHECK(exportedText(*one, dir, "one") == exportedText(*two, dir, "two"));
}

TEST_CASE("every mapping option survives the trip to JSON and back", "[csv][mapping]")
{
    const char* text = R"J({"key_prefix": "p \"q\"", "queries": [{
        "delimiter": "\t", "encoding": "windows-1252",
        "filters": {"Kind": ["a", "b"]}, "filters_not": {"Name": ""},
        "entities": {
          "org": {"schema": "Organization", "keys": ["Name", "Kind"], "key_literal": "org",
                  "properties": {"name": {"columns": ["Name", "Alias"], "split": ";"},
                                 "country": {"literal": "de"},
                                 "incorporationDate": {"column": "Born", "format": "%d.%m.%Y",
                                                       "required": true},
                                 "summary": {"template": "{{Name}} ({{Kind}})", "join": " / "}}},
          "pay": {"schema": "Payment", "keys": "Name",
                  "properties": {"payer": {"entity": "org"},
                                 "programme": {"literals": ["x", "y"]}}}}}]})J";
    auto m = io::parseMapping(text, "m.json");
    INFO((m ? std::string() : m.error().describe()));
    REQUIRE(m);
    auto back = io::parseMapping(io::mappingToJson(*m), "back.json");
    INFO(io::mappingToJson(*m));
    REQUIRE(back);
    CHECK(back->keyPrefix == "p \"q\"");
    const auto& q = back->queries.front();
    CHECK(q.delimiter == '\t');
    CHECK(q.encoding == io::CsvEncoding::Windows1252);
    REQUIRE(q.filters.size() == 1);
    CHECK(q.filters[0].values == std::vector<std::string>{"a", "b"});
    REQUIRE(q.filtersNot.size() == 1);
    CHECK(q.filtersNot[0].values == std::vector<std::string>{""});
    const auto& org = q.entities[0];
    CHECK(org.keyLiteral == "org");
    CHECK(org.keys == std::vector<std::string>{"Name", "Kind"});
    REQUIRE(org.properties.size() == 4);
    CHECK(org.properties[0].columns == std::vector<std::string>{"Name", "Alias"});
    CHECK(org.properties[0].split == ";");
    CHECK(org.properties[1].literals == std::vector<std::string>{"de"});
    CHECK(org.properties[2].format == "%d.%m.%Y");
    CHECK(org.properties[2].required);
    CHECK(org.properties[3].pattern == std::optional<std::string>("{{Name}} ({{Kind}})"));
    CHECK(org.properties[3].join == std::optional<std::string>(" / "));
    const auto& pay = q.entities[1];
    CHECK(pay.properties[0].entity == "org");
    CHECK(pay.properties[0].entityIndex == 0);
    CHECK(pay.properties[1].literals == std::vector<std::string>{"x", "y"});
    CHECK(io::mappingToJson(*back) == io::mappingToJson(*m));
}

TEST_CASE("saving a mapping to a folder that does not exist fails and writes nothing",
          "[csv][mapping]")
{
    TempDir dir;
    auto m = io::loadMapping(test::sourcePath("resources/mappings/donations.json"));
    REQUIRE(m);
    auto st = io::saveMapping(*m, dir.file("missing/m.json"));
    CHECK_FALSE(st);
    CHECK_FALSE(std::filesystem::exists(dir.file("missing")));
}

TEST_CASE("a Windows-1252 or Latin-1 CSV imports when the mapping names its encoding",
          "[csv][mapping]")
{
    TempDir dir;
    // "Müller" and a curly apostrophe in Windows-1252; "Señora" in Latin-1.
    const std::string csv = dir.write("legacy.csv", "Name;Land\nM\xFCller \x93"
                                                    "Stiftung\x94;Deutschland\nSe\xF1ora;Espa\xF1"
                                                    "a\n");
    const char* mapping = R"({"queries": [{"delimiter": ";", "encoding": "%s",
        "entities": {"p": {"schema": "LegalEntity", "keys": ["Name"],
                           "properties": {"name": {"column": "Name"},
                                          "country": {"column": "Land"}}}}}]})";
    auto withEncoding = [&](const std::string& enc) {
        std::string m = mapping;
        m.replace(m.find("%s"), 2, enc);
        return dir.write("m-" + enc + ".json", m);
    };

    auto utf8 = freshWorkspace(dir, "utf8");
    auto refused = importWith(*utf8, csv, dir.write("plain.json", [&] {
        std::string m = mapping;
        m.replace(m.find(R"("encoding": "%s",)"), std::string(R"("encoding": "%s",)").size(), "");
        return m;
    }()));
    REQUIRE_FALSE(refused);
    CHECK(refused.error().line == 2);
    CHECK_THAT(refused.error().message, Catch::Contains("Windows-1252"));

    auto ws = freshWorkspace(dir, "cp1252");
    auto r = importWith(*ws, csv, withEncoding("windows-1252"));
    INFO((r ? std::string() : r.error().describe()));
    REQUIRE(r);
    auto hits = ws->search("Müller", 10);
    REQUIRE(hits);
    REQUIRE(hits->size() == 1);
    CHECK(hits->front().caption == "Müller \u201CStiftung\u201D");
    auto spain = ws->search("Señora", 10);
    REQUIRE(spain);
    CHECK(spain->size() == 1);

    // Latin-1 reads 0x93 as a control character, not a quote.
    auto latin = freshWorkspace(dir, "latin1");
    REQUIRE(importWith(*latin, csv, withEncoding("latin-1")));
    auto l = latin->search("Müller", 10);
    REQUIRE(l);
    REQUIRE(l->size() == 1);
    CHECK(l->front().caption == "Müller \u0093Stiftung\u0094");

    auto bad = io::parseMapping(R"({"queries": [{"encoding": "ebcdic",
        "entities": {"p": {"schema": "Person", "keys": "Name"}}}]})",
                                "bad.json");
    REQUIRE_FALSE(bad);
    CHECK(bad.error().line == 1);
    CHECK_THAT(bad.error().message, Catch::Contains("unknown encoding 'ebcdic'"));
}

TEST_CASE("the layout of a CSV file is guessed from its first bytes", "[csv][mapping]")
{
    auto comma = io::detectCsvLayout("Name,Country,Born\nAna,Kenya,1980\nBo,Peru,1975\n");
    CHECK(comma.delimiter == ',');
    CHECK(comma.encoding == io::CsvEncoding::Utf8);
    CHECK(comma.headerLikely);

    // Semicolons with commas inside the values (decimal commas), as European spreadsheets save.
    auto semi = io::detectCsvLayout("Party;Amount;Donor\nSPD;1,50;A, B\nCDU;2,75;C\n");
    CHECK(semi.delimiter == ';');

    auto tab = io::detectCsvLayout("a\tb\tc\n1\t2\t3\n");
    CHECK(tab.delimiter == '\t');
    CHECK(tab.headerLikely);
    auto pipe = io::detectCsvLayout("x|y\n1|2\n");
    CHECK(pipe.delimiter == '|');

    auto noHeader = io::detectCsvLayout("1980,2000\n1975,2010\n");
    CHECK_FALSE(noHeader.headerLikely);

    auto legacy = io::detectCsvLayout("Name;Land\nM\xFCller;Deutschland\n");
    CHECK(legacy.encoding == io::CsvEncoding::Windows1252);
    CHECK(legacy.delimiter == ';');

    auto bom = io::detectCsvLayout("\xEF\xBB\xBFName,X\nA,B\n");
    CHECK(bom.byteOrderMark);
    CHECK(bom.encoding == io::CsvEncoding::Utf8);

    CHECK(io::detectCsvLayout("\xFF\xFEN\0a\0").utf16);

    // A multi-byte character cut at the end of the sample is not a reason to call it Latin-1.
    auto cut = io::detectCsvLayout("Name,X\nMüller,1\nM\xC3");
    CHECK(cut.encoding == io::CsvEncoding::Utf8);
}

TEST_CASE("sample rows are checked against a mapping, naming row, column and problem",
          "[csv][mapping]")
{
    TempDir dir;
    const std::string csv = dir.write("people.csv", "Name,Born,Country,Employer\n"
                                                    "Ana,1980-02-03,Kenya,Acme\n"
                                                    "Bo,yesterday,Atlantis,\n"
                                                    ",1975,Peru,Acme\n");
    auto sample = io::readCsvSample(csv, {}, 10);
    REQUIRE(sample);
    CHECK(sample->header.size() == 4);
    REQUIRE(sample->rows.size() == 3);
    CHECK(sample->rows[1].line == 3);
    CHECK_FALSE(sample->more);

    auto m = io::parseMapping(R"({"queries": [{"entities": {
        "person": {"schema": "Person", "keys": ["Name"],
                   "properties": {"name": {"column": "Name"}, "birthDate": {"column": "Born"},
                                  "nationality": {"column": "Country"}}},
        "employer": {"schema": "Company", "keys": ["Employer"],
                     "properties": {"name": {"column": "Employer", "required": true}}},
        "job": {"schema": "Employment", "keys": ["Name", "Employer"],
                "properties": {"employee": {"entity": "person"},
                               "employer": {"entity": "employer"}}}}}]})",
                              "m.json");
    REQUIRE(m);
    auto issues = io::checkSample(*m, 0, *sample);
    std::string all;
    for (const auto& i : issues)
        all += std::to_string(i.line) + " " + i.column + ": " + i.message + "\n";
    INFO(all);
    REQUIRE(issues.size() == 4);
    CHECK(issues[0].line == 3);
    CHECK(issues[0].entity == "employer");
    CHECK_THAT(issues[0].message, Catch::Contains("key column 'Employer' is empty"));
    CHECK(issues[1].line == 3);
    CHECK(issues[1].column == "Born");
    CHECK_THAT(issues[1].message, Catch::Contains("'yesterday' is not an ISO date"));
    CHECK(issues[2].column == "Country");
    CHECK_THAT(issues[2].message, Catch::Contains("'Atlantis' is not a country"));
    CHECK(issues[3].line == 4);
    CHECK(issues[3].entity == "person");
    CHECK_THAT(issues[3].message, Catch::Contains("key column 'Name' is empty"));
    CHECK_FALSE(issues[3].error);

    auto missing = io::parseMapping(R"({"queries": [{"entities": {
        "p": {"schema": "Person", "keys": ["Nom"]}}}]})",
                                    "m2.json");
    REQUIRE(missing);
    auto header = io::checkSample(*missing, 0, *sample);
    REQUIRE(header.size() == 1);
    CHECK(header[0].line == 1);
    CHECK(header[0].error);
    CHECK_THAT(header[0].message, Catch::Contains("no column 'Nom'"));
}

TEST_CASE("a bad constant of a mapping is said once, even when the first row makes no such "
          "entity",
          "[csv][mapping]")
{
    TempDir dir;
    const std::string csv = dir.write("orgs.csv", "Name,Other\n"
                                                  ",first row: no organisation\n"
                                                  "Acme,second\n"
                                                  "Beta,third\n");
    auto sample = io::readCsvSample(csv, {}, 10);
    REQUIRE(sample);
    auto m = io::parseMapping(R"({"queries": [{"entities": {
        "org": {"schema": "Organization", "keys": ["Name"],
                "properties": {"name": {"column": "Name"},
                               "country": {"literal": "Atlantis"}}}}}]})",
                              "m.json");
    REQUIRE(m);
    auto issues = io::checkSample(*m, 0, *sample);
    std::string all;
    int atlantis = 0;
    for (const auto& i : issues) {
        all += std::to_string(i.line) + " " + i.entity + ": " + i.message + "\n";
        if (i.message.find("'Atlantis' is not a country") != std::string::npos)
            ++atlantis;
    }
    INFO(all);
    CHECK(atlantis == 1);
}

TEST_CASE("a CSV file without a header row imports with numbered columns", "[csv][mapping]")
{
    TempDir dir;
    const std::string csv = dir.write("plain.csv", "Ana Example,Kenya\nBo Beispiel,Peru\n");
    const std::string mapping = dir.write("m.json", R"({"queries": [{"header": false,
        "entities": {"p": {"schema": "Person", "keys": ["1"],
                           "properties": {"name": {"column": "1"},
                                          "nationality": {"column": "2"}}}}}]})");
    auto m = io::loadMapping(mapping);
    REQUIRE(m);
    CHECK_FALSE(m->queries.front().header);
    auto back = io::parseMapping(io::mappingToJson(*m), "back.json");
    REQUIRE(back);
    CHECK_FALSE(back->queries.front().header);

    auto ws = freshWorkspace(dir, "w");
    auto r = importWith(*ws, csv, mapping);
    INFO((r ? std::string() : r.error().describe()));
    REQUIRE(r);
    CHECK(r->lines == 2);
    CHECK(r->entitiesCreated == 2);
    auto hits = ws->search("Ana Example", 5);
    REQUIRE(hits);
    CHECK(hits->size() == 1);

    auto sample = io::readCsvSample(csv, {}, 10, false);
    REQUIRE(sample);
    CHECK(sample->header == std::vector<std::string>{"1", "2"});
    REQUIRE(sample->rows.size() == 2);
    CHECK(sample->rows[0].line == 1);
    CHECK(sample->rows[0].cells[0] == "Ana Example");

    auto bad = io::parseMapping(R"({"queries": [{"header": "no",
        "entities": {"p": {"schema": "Person", "keys": "1"}}}]})",
                                "bad.json");
    REQUIRE_FALSE(bad);
    CHECK_THAT(bad.error().message, Catch::Contains("\"header\" must be true or false"));
}

namespace {

// A mapping that uses every key docs/formats.md documents for mapping files, each at least
// once, in its non-default form.
const char* kEveryKey = R"J({
  "description": "German party donations, \"every key\" edition",
  "key_prefix": "donations",
  "query": {
    "description": {"note": ["free", "JSON"], "n": 2},
    "delimiter": ";", "encoding": "latin-1", "header": false,
    "filters": {"3": ["ORG", "COMPANY"]}, "filters_not": {"4": ["", "anonymous"]},
    "entities": {
      "party": {"schema": "Organization", "key": "1", "key_literal": "party",
                "properties": {"name": {"column": "1", "required": true},
                               "alias": {"columns": ["1", "4"], "literal": "x", "split": "/"},
                               "country": {"literals": ["de", "at"]},
                               "summary": {"template": "{{1}} ({{3}})", "join": " | "}}},
      "donor": {"schema": "Organization", "keys": ["4"],
                "properties": {"name": {"column": "4"},
                               "incorporationDate": {"column": "8", "format": "%d.%m.%Y"}}},
      "donation": {"schema": "Payment", "keys": ["1", "4", "8"],
                   "properties": {"payer": {"entity": "donor"},
                                  "beneficiary": {"entity": "party"}}}}}})J";

} // namespace

TEST_CASE("a mapping with every documented key saves, loads and saves again identically",
          "[csv][mapping]")
{
    TempDir dir;
    auto m = io::parseMapping(kEveryKey, "every.json");
    INFO((m ? std::string() : m.error().describe()));
    REQUIRE(m);
    CHECK(m->description.text ==
          std::optional<std::string>("German party donations, \"every key\" edition"));
    CHECK(m->queries.front().description.json == R"({"note":["free","JSON"],"n":2})");

    const std::string first = dir.file("first.json");
    REQUIRE(io::saveMapping(*m, first));
    auto loaded = io::loadMapping(first);
    REQUIRE(loaded);
    const std::string second = dir.file("second.json");
    REQUIRE(io::saveMapping(*loaded, second));
    const std::string text = test::readFile(first);
    INFO(text);
    CHECK(test::readFile(second) == text);
    CHECK(loaded->description == m->description);
    CHECK(loaded->queries.front().description == m->queries.front().description);
    const auto& alias = loaded->queries.front().entities.front().properties[1];
    CHECK(alias.columns == std::vector<std::string>{"1", "4"});
    CHECK(alias.literals == std::vector<std::string>{"x"});
    CHECK(alias.split == "/");

    // Every key the format's tables document is in the saved text: a key added to the
    // documentation but not to the writer (or to this mapping) fails here. "query" and "key"
    // are written as their list forms.
    const std::string doc = test::readFile(test::sourcePath("docs/formats.md"));
    const auto begin = doc.find("## CSV mapping files");
    const auto end = doc.find("\n## ", begin + 1);
    REQUIRE(begin != std::string::npos);
    std::istringstream section(doc.substr(begin, end - begin));
    std::set<std::string> keys;
    for (std::string line; std::getline(section, line);) {
        // Table rows: "| `key` | ..." or "| `column` / `columns` | ...".
        if (line.rfind("| `", 0) != 0)
            continue;
        const std::string cell = line.substr(1, line.find('|', 1) - 1);
        for (std::size_t pos = cell.find('`'); pos != std::string::npos;) {
            const std::size_t close = cell.find('`', pos + 1);
            keys.insert(cell.substr(pos + 1, close - pos - 1));
            pos = cell.find('`', close + 1);
        }
    }
    CHECK(keys.size() >= 24);
    for (const std::string& key : keys) {
        const std::string written = key == "query" ? "queries" : key == "key" ? "keys" : key;
        INFO("documented key " << key);
        CHECK(text.find("\"" + written + "\":") != std::string::npos);
    }
}

TEST_CASE("a description of any JSON type is kept as it was written", "[csv][mapping]")
{
    // The format says a description is free and ignored: nothing refuses it, nothing loses it.
    auto m = io::parseMapping(R"({"description": 12, "queries": [{"description": null,
        "entities": {"a": {"schema": "Person", "keys": ["A"]}}}]})",
                              "d.json");
    REQUIRE(m);
    const std::string json = io::mappingToJson(*m);
    CHECK(json.find("\"description\": 12,") != std::string::npos);
    CHECK(json.find("\"description\": null,") != std::string::npos);
}

TEST_CASE("the sample check and the import stop at the same line for the same reason",
          "[csv][mapping]")
{
    // Both run the same RowMapper: the first error the check reports is the import's error.
    TempDir dir;
    const std::string mappingText = R"({"queries": [{"filters_not": {"Kind": "skip"},
        "entities": {"org": {"schema": "Organization", "keys": ["Name"],
                             "properties": {"name": {"column": "Name"},
                                            "country": {"column": "Country", "required": true}}}}}]})";
    const std::string mappingPath = dir.write("m.json", mappingText);
    struct Case
    {
        const char* what;
        const char* csv;
        std::uint64_t line;
        const char* message;
    };
    const Case cases[] = {
        {"a required value missing", "Name,Country,Kind\nA,de,x\nB,,x\n", 3,
         "property 'country' of entity 'org' is required"},
        {"a required value that does not clean", "Name,Country,Kind\nA,de,x\nB,Atlantis,x\n", 3,
         "property 'country' of entity 'org' is required"},
        {"too many fields", "Name,Country,Kind\nA,de,x\nB,fr,x,extra\n", 3,
         "this row has 4 fields but the header has 3 columns"},
        {"a column twice", "Name,Country,Name,Kind\nA,de,A,x\n", 1,
         "the header has the column 'Name' more than once"},
        {"a missing column", "Name,Land,Kind\nA,de,x\n", 1, "the header has no column 'Country'"},
    };
    auto mapping = io::parseMapping(mappingText, mappingPath);
    REQUIRE(mapping);
    int n = 0;
    for (const Case& c : cases) {
        INFO(c.what);
        const std::string csv = dir.write("c" + std::to_string(++n) + ".csv", c.csv);
        auto sample = io::readCsvSample(csv, {}, 20);
        REQUIRE(sample);
        auto issues = io::checkSample(*mapping, 0, *sample);
        auto firstError = std::find_if(issues.begin(), issues.end(),
                                       [](const io::RowIssue& i) { return i.error; });
        REQUIRE(firstError != issues.end());
        CHECK(firstError->line == c.line);
        CHECK_THAT(firstError->message, Catch::StartsWith(c.message));

        auto ws = freshWorkspace(dir, "w" + std::to_string(n));
        auto report = importWith(*ws, csv, mappingPath);
        REQUIRE_FALSE(report);
        CHECK(report.error().line == c.line);
        CHECK(report.error().file == csv);
        CHECK_THAT(report.error().message, Catch::StartsWith(c.message));
        CHECK_THAT(firstError->message, Catch::StartsWith(report.error().message));
        CHECK(ws->stats().value().entities == 0);
    }

    // A row the filter skips is not checked, as it is not imported.
    const std::string skipped = dir.write("skip.csv", "Name,Country,Kind\nA,de,x\nB,,skip\n");
    auto sample = io::readCsvSample(skipped, {}, 20);
    REQUIRE(sample);
    CHECK(io::checkSample(*mapping, 0, *sample).empty());
    auto ws = freshWorkspace(dir, "skip");
    auto report = importWith(*ws, skipped, mappingPath);
    REQUIRE(report);
    CHECK(report->entities == 1);
}
