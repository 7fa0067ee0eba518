// SPDX-License-Identifier: GPL-3.0-or-later
// CSV, GraphML and GEXF export. The graph files are read back with NetworkX (python3), the way
// analysts will read them; a missing python3 or NetworkX fails these tests.
#include "io/Export.h"
#include "TestUtil.h"
#include "io/Import.h"
#include "store/Workspace.h"
#include "util/Xml.h"

#include <catch2/catch.hpp>
#include <simdjson.h>

#include <algorithm>
#include <filesystem>
#include <map>
#include <set>

using namespace commonplace;
using commonplace::test::TempDir;

namespace {

namespace fs = std::filesystem;

// Donations fixture: 89 Address + 56 Company + 22 Person + 17 Organization are nodes, the 290
// Payments are edges, none dangling.
constexpr std::int64_t kDonationNodes = 184;
constexpr std::int64_t kDonationEdges = 290;
const char* kFirstPayment = "2216b422a31242fe204654ce194864661f515921";
const char* kMlpd = "6d03aec76fdeec8f9697d8b19954ab6fc2568bc8";

std::unique_ptr<store::Workspace> makeWorkspace(const TempDir& dir)
{
    auto ws =
        store::Workspace::open(dir.file("export.commonplace"), store::Workspace::Mode::CreateNew);
    REQUIRE(ws);
    return std::move(ws).value();
}

void importFile(store::Workspace& ws, const std::string& path, const std::string& dataset,
                store::Sensitivity sensitivity = store::Sensitivity::Public)
{
    io::ImportOptions o;
    o.dataset = dataset;
    o.sensitivity = sensitivity;
    auto r = io::importFtm(ws, path, o);
    INFO((r ? std::string() : r.error().describe()));
    REQUIRE(r);
}

void importText(store::Workspace& ws, const TempDir& dir, const std::string& text,
                const std::string& dataset,
                store::Sensitivity sensitivity = store::Sensitivity::Public)
{
    importFile(ws, dir.write(dataset + ".ijson", text), dataset, sensitivity);
}

std::unique_ptr<store::Workspace> donations(const TempDir& dir)
{
    auto ws = makeWorkspace(dir);
    importFile(*ws, test::fixture("ftm/donations.ijson"), "donations");
    return ws;
}

// A minimal RFC 4180 reader: quoted fields may hold commas, doubled quotes and line breaks.
std::vector<std::vector<std::string>> parseCsv(const std::string& text)
{
    std::vector<std::vector<std::string>> rows;
    std::vector<std::string> row;
    std::string field;
    bool quoted = false;
    for (std::size_t i = 0; i < text.size(); ++i) {
        char c = text[i];
        if (quoted) {
            if (c == '"' && i + 1 < text.size() && text[i + 1] == '"') {
                field += '"';
                ++i;
            } else if (c == '"') {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == '"') {
            quoted = true;
        } else if (c == ',') {
            row.push_back(std::move(field));
            field.clear();
        } else if (c == '\r' && i + 1 < text.size() && text[i + 1] == '\n') {
            row.push_back(std::move(field));
            field.clear();
            rows.push_back(std::move(row));
            row.clear();
            ++i;
        } else {
            field += c;
        }
    }
    REQUIRE_FALSE(quoted);
    REQUIRE(field.empty());
    REQUIRE(row.empty()); // every record ends with CRLF
    return rows;
}

using Table = std::vector<std::vector<std::string>>;

Table readTable(const std::string& path)
{
    REQUIRE(fs::is_regular_file(path));
    return parseCsv(test::readFile(path));
}

std::size_t column(const Table& t, const std::string& name)
{
    REQUIRE(!t.empty());
    for (std::size_t i = 0; i < t[0].size(); ++i) {
        if (t[0][i] == name)
            return i;
    }
    FAIL("no column " << name);
    return 0;
}

const std::vector<std::string>& rowOf(const Table& t, const std::string& id)
{
    for (const auto& row : t) {
        if (!row.empty() && row[0] == id)
            return row;
    }
    FAIL("no row " << id);
    return t[0];
}

std::set<std::string> filesIn(const std::string& dir)
{
    std::set<std::string> names;
    for (const auto& entry : fs::directory_iterator(dir))
        names.insert(entry.path().filename().string());
    return names;
}

bool hasTempFile(const std::string& dir)
{
    for (const auto& entry : fs::recursive_directory_iterator(dir)) {
        if (entry.path().filename().string().find(".tmp-") != std::string::npos)
            return true;
    }
    return false;
}

io::ExportOptions options(store::Sensitivity max = store::Sensitivity::Restricted)
{
    io::ExportOptions o;
    o.maxSensitivity = max;
    return o;
}

/** NetworkX's view of the exports, as printed by tests/core/networkx_check.py. */
class NetworkX
{
public:
    NetworkX(const TempDir& dir, const std::string& graphml, const std::string& gexf,
             const std::vector<std::string>& args = {})
    {
        std::string out = dir.file("networkx.json"), err = dir.file("networkx.err");
        std::string cmd = "python3 '" + test::sourcePath("tests/core/networkx_check.py") + "'";
        if (!graphml.empty())
            cmd += " --graphml '" + graphml + "'";
        if (!gexf.empty())
            cmd += " --gexf '" + gexf + "'";
        for (const auto& a : args)
            cmd += " '" + a + "'";
        cmd += " >'" + out + "' 2>'" + err + "' </dev/null";
        int rc = std::system(cmd.c_str());
        int status = WIFEXITED(rc) ? WEXITSTATUS(rc) : -1;
        INFO("command: " << cmd);
        INFO("stderr: " << test::readFile(err));
        if (status == 127)
            FAIL("python3 is not installed; the graph export tests need python3 with NetworkX "
                 "(Debian: python3-networkx)");
        if (status != 0)
            FAIL("networkx_check.py failed (exit "
                 << status
                 << "); the graph export tests "
                    "need python3 with NetworkX (Debian: python3-networkx)");
        m_json = simdjson::padded_string(test::readFile(out));
        auto parsed = m_parser.parse(m_json).get(m_doc);
        INFO("stdout: " << test::readFile(out));
        REQUIRE(parsed == simdjson::SUCCESS);
    }

    simdjson::dom::element at(const std::string& pointer) const
    {
        simdjson::dom::element e;
        INFO("JSON pointer " << pointer);
        REQUIRE(m_doc.at_pointer(pointer).get(e) == simdjson::SUCCESS);
        return e;
    }
    std::int64_t integer(const std::string& pointer) const
    {
        std::int64_t v = 0;
        REQUIRE(at(pointer).get_int64().get(v) == simdjson::SUCCESS);
        return v;
    }
    std::string string(const std::string& pointer) const
    {
        std::string_view v;
        REQUIRE(at(pointer).get_string().get(v) == simdjson::SUCCESS);
        return std::string(v);
    }
    double number(const std::string& pointer) const
    {
        double v = 0;
        REQUIRE(at(pointer).get_double().get(v) == simdjson::SUCCESS);
        return v;
    }
    bool boolean(const std::string& pointer) const
    {
        bool v = false;
        REQUIRE(at(pointer).get_bool().get(v) == simdjson::SUCCESS);
        return v;
    }
    bool has(const std::string& pointer) const
    {
        simdjson::dom::element e;
        return m_doc.at_pointer(pointer).get(e) == simdjson::SUCCESS;
    }

private:
    simdjson::padded_string m_json;
    simdjson::dom::parser m_parser;
    simdjson::dom::element m_doc;
};

} // namespace

TEST_CASE("CSV export writes one table per schema", "[export]")
{
    TempDir dir;
    auto ws = donations(dir);
    std::string out = dir.file("tables");
    auto r = io::exportCsv(*ws, out, options());
    INFO((r ? std::string() : r.error().describe()));
    REQUIRE(r);
    CHECK(r->format == "csv");
    CHECK(r->files == 5);
    CHECK(r->entities == 474);
    CHECK(filesIn(out) == std::set<std::string>{"Address.csv", "Company.csv", "Organization.csv",
                                                "Payment.csv", "Person.csv"});

    std::map<std::string, std::size_t> rows{
        {"Address", 89}, {"Company", 56}, {"Organization", 17}, {"Payment", 290}, {"Person", 22}};
    for (const auto& [schema, n] : rows) {
        INFO(schema);
        CHECK(readTable(out + "/" + schema + ".csv").size() == n + 1);
    }

    std::string raw = test::readFile(out + "/Payment.csv");
    CHECK(raw.rfind("id,", 0) == 0); // UTF-8 without a byte order mark
    Table payments = readTable(out + "/Payment.csv");
    // Featured properties first (Payment: payer, beneficiary, date, amount, purpose), then the
    // others alphabetically; only properties that occur.
    CHECK(payments[0] == std::vector<std::string>{"id", "payer", "beneficiary", "date", "amountEur",
                                                  "namesMentioned"});
    const auto& first = rowOf(payments, kFirstPayment);
    CHECK(first[column(payments, "beneficiary")] == kMlpd);
    CHECK(first[column(payments, "amountEur")] == "100000");
    CHECK(first[column(payments, "namesMentioned")] == "Frau Lina Dachner; MLPD");

    Table addresses = readTable(out + "/Address.csv");
    // "Schillerstraße 19, 76135 Karlsruhe": quoted for its comma, UTF-8 intact.
    CHECK(rowOf(addresses, "97149caa3aef14e2be5ae6b3974c6882e7536d88")[column(addresses, "full")] ==
          "Schillerstra\xC3\x9F"
          "e 19, 76135 Karlsruhe");
    CHECK_FALSE(hasTempFile(dir.path()));

    SECTION("exporting again replaces the tables")
    {
        auto again = io::exportCsv(*ws, out, options());
        REQUIRE(again);
        CHECK(filesIn(out).size() == 5);
        CHECK(test::readFile(out + "/Payment.csv") == raw);
    }
}

TEST_CASE("CSV export neutralises formulas and quotes what needs quoting", "[export]")
{
    TempDir dir;
    auto ws = makeWorkspace(dir);
    importText(
        *ws, dir,
        R"json({"id": "f1", "schema": "Person", "properties": {"name": ["=HYPERLINK(\"http://x\")"]}}
{"id": "f2", "schema": "Person", "properties": {"name": ["@SUM(1)"]}}
{"id": "f3", "schema": "Person", "properties": {"name": ["+1"]}}
{"id": "f4", "schema": "Person", "properties": {"name": ["-1"]}}
{"id": "f5", "schema": "Person", "properties": {"name": ["\tx"]}}
{"id": "f6", "schema": "Person", "properties": {"name": ["\rx"]}}
{"id": "=id", "schema": "Person", "properties": {"name": ["Plain Name"]}}
{"id": "q1", "schema": "Person", "properties": {"name": ["Doe, \"Jane\""], "notes": ["line one\nline two\r\nline three"]}}
{"id": "q2", "schema": "Person", "properties": {"name": ["Ana", "Ana", "Bea"], "notes": ["semi; colon"]}}
{"id": "q3", "schema": "Person", "properties": {"name": ["x;=cmd|' /C calc'!A0"]}}
{"id": "pay", "schema": "Payment", "properties": {"payer": ["q1"], "beneficiary": ["q2"], "amount": ["-5"]}}
)json",
        "formulas");
    std::string out = dir.file("csv");
    auto r = io::exportCsv(*ws, out, options());
    INFO((r ? std::string() : r.error().describe()));
    REQUIRE(r);

    Table people = readTable(out + "/Person.csv");
    REQUIRE(people.size() == 11);
    std::size_t name = column(people, "name");
    CHECK(rowOf(people, "f1")[name] == "'=HYPERLINK(\"http://x\")");
    CHECK(rowOf(people, "f2")[name] == "'@SUM(1)");
    CHECK(rowOf(people, "f3")[name] == "'+1");
    CHECK(rowOf(people, "f4")[name] == "'-1");
    CHECK(rowOf(people, "f5")[name] == "'\tx");
    CHECK(rowOf(people, "f6")[name] == "'\rx");
    CHECK(rowOf(people, "'=id")[name] == "Plain Name"); // ids are cells too
    // Commas, quotes and line breaks survive; several values are joined with "; " and
    // repeated values appear once.
    CHECK(rowOf(people, "q1")[name] == "Doe, \"Jane\"");
    CHECK(rowOf(people, "q1")[column(people, "notes")] == "line one\nline two\r\nline three");
    CHECK(rowOf(people, "q2")[name] == "Ana; Bea");
    CHECK(rowOf(people, "q2")[column(people, "notes")] == "semi; colon");

    std::string raw = test::readFile(out + "/Person.csv");
    CHECK(raw.find("\"Doe, \"\"Jane\"\"\"") != std::string::npos);
    // Semicolons are quoted too: Excel in many locales splits cells on them.
    CHECK(raw.find("\"Ana; Bea\"") != std::string::npos);
    CHECK(raw.find("\"x;=cmd|' /C calc'!A0\"") != std::string::npos);
    CHECK(rowOf(people, "q3")[name] == "x;=cmd|' /C calc'!A0");
    CHECK(raw.find("\n=") == std::string::npos);
    CHECK(raw.find(",=") == std::string::npos);
    CHECK(raw.find(",@") == std::string::npos);

    // Numbers are neutralised too: safety first, the apostrophe is documented.
    Table payments = readTable(out + "/Payment.csv");
    CHECK(rowOf(payments, "pay")[column(payments, "amount")] == "'-5");
}

TEST_CASE("CSV export refuses paths it cannot make a folder of", "[export]")
{
    TempDir dir;
    auto ws = donations(dir);

    SECTION("a file name")
    {
        auto r = io::exportCsv(*ws, dir.file("out.csv"), options());
        REQUIRE_FALSE(r);
        CHECK(r.error().describe().find("folder") != std::string::npos);
        CHECK_FALSE(fs::exists(dir.file("out.csv")));
    }
    SECTION("an existing file")
    {
        std::string file = dir.write("existing", "keep me");
        auto r = io::exportCsv(*ws, file, options());
        REQUIRE_FALSE(r);
        CHECK(r.error().describe().find("is a file") != std::string::npos);
        CHECK(test::readFile(file) == "keep me");
    }
    SECTION("a folder whose parent is missing")
    {
        auto r = io::exportCsv(*ws, dir.file("missing/tables"), options());
        REQUIRE_FALSE(r);
        CHECK(r.error().describe().find("cannot create the folder") != std::string::npos);
        CHECK_FALSE(fs::exists(dir.file("missing")));
    }
    SECTION("a table that cannot be written leaves no table and no temp file")
    {
        std::string out = dir.file("tables");
        fs::create_directories(out + "/Payment.csv");
        auto r = io::exportCsv(*ws, out, options());
        REQUIRE_FALSE(r);
        CHECK(r.error().describe().find("Payment.csv") != std::string::npos);
        CHECK(filesIn(out) == std::set<std::string>{"Payment.csv"});
        CHECK_FALSE(hasTempFile(dir.path()));
    }
}

TEST_CASE("GraphML and GEXF exports read back with NetworkX", "[export]")
{
    TempDir dir;
    auto ws = donations(dir);
    std::string graphml = dir.file("donations.graphml"), gexf = dir.file("donations.gexf");
    auto g1 = io::exportGraphML(*ws, graphml, options());
    auto g2 = io::exportGexf(*ws, gexf, options());
    INFO((g1 ? std::string() : g1.error().describe()));
    INFO((g2 ? std::string() : g2.error().describe()));
    REQUIRE(g1);
    REQUIRE(g2);
    for (const auto* r : {&*g1, &*g2}) {
        CHECK(r->entities == kDonationNodes + kDonationEdges);
        CHECK(r->droppedEdges == 0);
        CHECK(r->files == 1);
    }
    CHECK(g1->format == "graphml");
    CHECK(g2->format == "gexf");
    std::string head = test::readFile(gexf).substr(0, 400);
    CHECK(head.find("<gexf xmlns=\"http://www.gexf.net/1.2draft\"") != std::string::npos);
    CHECK(head.find("version=\"1.2\"") != std::string::npos);
    CHECK_FALSE(hasTempFile(dir.path()));

    NetworkX nx(dir, graphml, gexf, {"--edge", kFirstPayment, "--node", kMlpd});
    for (std::string f : {"/graphml", "/gexf"}) {
        INFO(f);
        CHECK(nx.integer(f + "/nodes") == kDonationNodes);
        CHECK(nx.integer(f + "/edges") == kDonationEdges);
        CHECK(nx.boolean(f + "/directed"));
        CHECK(nx.integer(f + "/edgeAttributes/amountEur") == kDonationEdges);
        CHECK(nx.integer(f + "/edgeAttributes/schema") == kDonationEdges);
        CHECK(nx.integer(f + "/edgeAttributes/entityId") == kDonationEdges);
        CHECK(nx.integer(f + "/edgeLabels/paid") == kDonationEdges);
        CHECK(nx.integer(f + "/nodeAttributes/schema") == kDonationNodes);
        CHECK(nx.integer(f + "/nodeAttributes/label") == kDonationNodes);
        // The endpoints are edges, not attributes.
        CHECK_FALSE(nx.has(f + "/edgeAttributes/payer"));
        std::string edge = f + "/edge/" + kFirstPayment + "/0";
        CHECK(nx.string(edge + "/source") == "f9c295f21b233ac878fbac4d271bb6fd13d7952a");
        CHECK(nx.string(edge + "/target") == kMlpd);
        CHECK(nx.string(edge + "/amountEur") == "100000");
        CHECK(nx.string(edge + "/date") == "2011-12-29");
        CHECK(nx.string(edge + "/label") == "paid");
        CHECK(nx.string(edge + "/schema") == "Payment");
        CHECK(nx.string(edge + "/namesMentioned") == "Frau Lina Dachner; MLPD");
        CHECK(nx.boolean(edge + "/directed"));
        std::string node = f + "/node/" + kMlpd;
        CHECK(nx.string(node + "/label") == "MLPD");
        CHECK(nx.string(node + "/name") == "MLPD");
        CHECK(nx.string(node + "/schema") == "Organization");
    }
    CHECK(nx.number("/gexf/edge/" + std::string(kFirstPayment) + "/0/weight") == 1.0);
}

TEST_CASE("Graph exports escape XML, keep undirected links and drop dangling ones", "[export]")
{
    TempDir dir;
    auto ws = makeWorkspace(dir);
    // \u0001 and \u000b are not allowed in XML 1.0 at all; they are dropped.
    importText(
        *ws, dir,
        R"json({"id": "a&b", "schema": "Person", "properties": {"name": ["Tom & \"Jerry\" <x> 'y'\u0001\u000b"], "notes": ["one\ntwo\r\nthree\tfour"]}}
{"id": "b", "schema": "Person", "properties": {"name": ["B\u00e9a \u4e2d\u6587 \ud83d\ude00"]}}
{"id": "c", "schema": "Company", "properties": {"name": ["C Ltd"]}}
{"id": "d", "schema": "Company", "properties": {"name": ["D Ltd"]}}
{"id": "assoc", "schema": "Associate", "properties": {"person": ["a&b"], "associate": ["b"], "relationship": ["friends"]}}
{"id": "link", "schema": "UnknownLink", "properties": {"subject": ["a&b", "b"], "object": ["c", "d"]}}
{"id": "own", "schema": "Ownership", "properties": {"owner": ["c"], "asset": ["d"], "percentage": ["50"]}}
{"id": "dangling", "schema": "Payment", "properties": {"payer": ["c"], "beneficiary": ["nowhere"], "amount": ["1"]}}
{"id": "half", "schema": "Payment", "properties": {"payer": ["c"], "amount": ["2"]}}
)json",
        "escapes");
    std::string graphml = dir.file("g.graphml"), gexf = dir.file("g.gexf");
    auto g1 = io::exportGraphML(*ws, graphml, options());
    auto g2 = io::exportGexf(*ws, gexf, options());
    INFO((g1 ? std::string() : g1.error().describe()));
    INFO((g2 ? std::string() : g2.error().describe()));
    REQUIRE(g1);
    REQUIRE(g2);
    // "dangling" points at an entity that does not exist; "half" has no beneficiary.
    CHECK(g1->droppedEdges == 2);
    CHECK(g2->droppedEdges == 2);
    CHECK(g1->entities == 4 + 3);

    NetworkX nx(
        dir, graphml, gexf,
        {"--node", "a&b", "--node", "b", "--edge", "assoc", "--edge", "link", "--edge", "own"});
    for (std::string f : {"/graphml", "/gexf"}) {
        INFO(f);
        CHECK(nx.integer(f + "/nodes") == 4);
        CHECK(nx.integer(f + "/edges") == 1 + 4 + 1);
        CHECK(nx.string(f + "/node/a&b/label") == "Tom & \"Jerry\" <x> 'y'");
        CHECK(nx.string(f + "/node/a&b/notes") == "one\ntwo\r\nthree\tfour");
        CHECK(nx.string(f + "/node/b/label") == "B\xC3\xA9"
                                                "a \xE4\xB8\xAD\xE6\x96\x87 \xF0\x9F\x98\x80");
        CHECK_FALSE(nx.boolean(f + "/edge/assoc/0/directed"));
        CHECK(nx.string(f + "/edge/assoc/0/label") == "associated with");
        CHECK(nx.string(f + "/edge/assoc/0/relationship") == "friends");
        CHECK(nx.boolean(f + "/edge/own/0/directed"));
        CHECK(nx.string(f + "/edge/own/0/percentage") == "50");
        // Two subjects times two objects: four edges, one relationship entity.
        std::set<std::string> pairs;
        for (int i = 0; i < 4; ++i) {
            std::string e = f + "/edge/link/" + std::to_string(i);
            pairs.insert(nx.string(e + "/source") + ">" + nx.string(e + "/target"));
            CHECK(nx.string(e + "/entityId") == "link");
        }
        CHECK(pairs == std::set<std::string>{"a&b>c", "a&b>d", "b>c", "b>d"});
    }
    // GEXF edge ids are the relationship's id, numbered when it gives several edges.
    std::set<std::string> ids;
    for (int i = 0; i < 4; ++i)
        ids.insert(nx.string("/gexf/edge/link/" + std::to_string(i) + "/id"));
    CHECK(ids == std::set<std::string>{"link:1", "link:2", "link:3", "link:4"});
    for (const auto& file : {graphml, gexf}) {
        std::string text = test::readFile(file);
        CHECK(text.find('\x01') == std::string::npos);
        CHECK(text.find('\x0b') == std::string::npos);
    }
}

TEST_CASE("Graph and CSV exports leave out values above --max-sensitivity", "[export]")
{
    TempDir dir;
    auto ws = donations(dir);
    auto withMlpd = [](std::string text) {
        for (auto at = text.find("MLPD"); at != std::string::npos; at = text.find("MLPD"))
            text.replace(at, 4, kMlpd);
        return text;
    };
    importText(*ws, dir, withMlpd(R"json(
{"id": "informant", "schema": "Person", "properties": {"name": ["Secret Informant"]}}
{"id": "secret-pay", "schema": "Payment", "properties": {"payer": ["informant"], "beneficiary": ["MLPD"], "amountEur": ["987654321"]}}
{"id": "MLPD", "schema": "Organization", "properties": {"notes": ["informant tip"]}}
{"id": "half", "schema": "Person", "properties": {"name": ["Hidden Name"]}}
)json"),
               "secret", store::Sensitivity::Restricted);
    importText(*ws, dir, withMlpd(R"json(
{"id": "half", "schema": "Person", "properties": {"country": ["de"]}}
{"id": "public-pay", "schema": "Payment", "properties": {"payer": ["informant"], "beneficiary": ["MLPD"], "amountEur": ["5"]}}
)json"),
               "open");

    std::string graphml = dir.file("public.graphml"), gexf = dir.file("public.gexf");
    auto g1 = io::exportGraphML(*ws, graphml, options(store::Sensitivity::Public));
    auto g2 = io::exportGexf(*ws, gexf, options(store::Sensitivity::Public));
    REQUIRE(g1);
    REQUIRE(g2);
    CHECK(g1->withheldStatements == 6);
    // public-pay's payer is withheld, so its edge has no node to start from.
    CHECK(g1->droppedEdges == 1);
    for (const auto& file : {graphml, gexf}) {
        std::string text = test::readFile(file);
        INFO(file);
        CHECK(text.find("Secret") == std::string::npos);
        CHECK(text.find("informant tip") == std::string::npos);
        CHECK(text.find("Hidden Name") == std::string::npos); // not even as a caption
        CHECK(text.find("987654321") == std::string::npos);
    }
    {
        NetworkX nx(dir, graphml, gexf, {"--node", "half"});
        for (std::string f : {"/graphml", "/gexf"}) {
            INFO(f);
            CHECK(nx.integer(f + "/nodes") == kDonationNodes + 1);
            CHECK(nx.integer(f + "/edges") == kDonationEdges);
            CHECK(nx.string(f + "/node/half/label") == "half");
            CHECK(nx.string(f + "/node/half/country") == "de");
        }
    }

    std::string tables = dir.file("public-tables");
    auto c = io::exportCsv(*ws, tables, options(store::Sensitivity::Public));
    REQUIRE(c);
    CHECK(readTable(tables + "/Person.csv").size() == 22 + 1 + 1);
    CHECK(readTable(tables + "/Payment.csv").size() == kDonationEdges + 1 + 1);
    for (const auto& name : filesIn(tables)) {
        std::string text = test::readFile(tables + "/" + name);
        INFO(name);
        CHECK(text.find("Secret") == std::string::npos);
        CHECK(text.find("informant tip") == std::string::npos);
        CHECK(text.find("Hidden Name") == std::string::npos);
    }
    // Organization.csv gains no notes column from a withheld value.
    auto header = readTable(tables + "/Organization.csv")[0];
    CHECK(std::find(header.begin(), header.end(), "notes") == header.end());

    // Everything, for whoever may see everything.
    auto all = io::exportGraphML(*ws, graphml, options(store::Sensitivity::Restricted));
    REQUIRE(all);
    CHECK(all->droppedEdges == 0);
    CHECK(all->withheldStatements == 0);
    NetworkX nx(dir, graphml, "", {"--node", "half"});
    CHECK(nx.integer("/graphml/nodes") == kDonationNodes + 2);
    CHECK(nx.integer("/graphml/edges") == kDonationEdges + 2);
    CHECK(nx.string("/graphml/node/half/label") == "Hidden Name");
}

TEST_CASE("Graph exports to an unwritable path fail cleanly", "[export]")
{
    TempDir dir;
    auto ws = donations(dir);
    for (auto format : {io::ExportFormat::GraphML, io::ExportFormat::Gexf}) {
        auto o = options();
        o.format = format;
        INFO(io::toString(format));

        auto missing = io::exportFile(*ws, dir.file("missing/out.graph"), o);
        REQUIRE_FALSE(missing);
        CHECK(missing.error().describe().find("missing/out.graph") != std::string::npos);
        CHECK(missing.error().describe().find("cannot write") != std::string::npos);

        std::string folder = dir.file("a-folder");
        fs::create_directories(folder + "/inside");
        auto blocked = io::exportFile(*ws, folder, o);
        REQUIRE_FALSE(blocked);
        CHECK(blocked.error().describe().find("a-folder: is a folder") != std::string::npos);
        CHECK(fs::is_directory(folder + "/inside"));

        // Cancelled while writing (the third progress report comes after the file is open):
        // no file, no temp file.
        int reports = 0;
        o.progress = [&](std::uint64_t, std::uint64_t) { return ++reports < 3; };
        auto cancelled = io::exportFile(*ws, dir.file("cancelled.graph"), o);
        REQUIRE_FALSE(cancelled);
        CHECK(cancelled.error().describe().find("cancelled") != std::string::npos);
        CHECK(reports == 3);
        CHECK_FALSE(fs::exists(dir.file("cancelled.graph")));
        CHECK_FALSE(hasTempFile(dir.path()));
    }
    auto unknown = options();
    unknown.dataset = "no-such-dataset";
    auto r = io::exportGraphML(*ws, dir.file("x.graphml"), unknown);
    REQUIRE_FALSE(r);
    CHECK(r.error().describe().find("no-such-dataset") != std::string::npos);
    CHECK_FALSE(fs::exists(dir.file("x.graphml")));
    CHECK_FALSE(hasTempFile(dir.path()));
}

TEST_CASE("XML escaping keeps documents well-formed", "[export]")
{
    using util::XmlContext;
    using util::xmlEscaped;
    CHECK(xmlEscaped("a & b < c > d \"e\" 'f'") == "a &amp; b &lt; c &gt; d &quot;e&quot; 'f'");
    CHECK(xmlEscaped("1\n2\t3\r4") == "1\n2\t3&#13;4");
    CHECK(xmlEscaped("1\n2\t3\r4", XmlContext::Attribute) == "1&#10;2&#9;3&#13;4");
    // Controls XML 1.0 cannot carry, and the non-characters U+FFFE/U+FFFF, are dropped.
    CHECK(xmlEscaped(std::string("a\0b\x01"
                                 "c\x1f"
                                 "d\x7f",
                                 8)) == "abcd\x7f");
    CHECK(xmlEscaped("x\xEF\xBF\xBEy\xEF\xBF\xBFz") == "xyz");
    // Multi-byte UTF-8 passes; broken sequences become U+FFFD, one per bad byte.
    CHECK(xmlEscaped("\xC3\xA9\xE4\xB8\xAD\xF0\x9F\x98\x80") ==
          "\xC3\xA9\xE4\xB8\xAD\xF0\x9F\x98\x80");
    CHECK(xmlEscaped("a\xC3") == "a\xEF\xBF\xBD");
    CHECK(xmlEscaped("\xFF\xFE") == "\xEF\xBF\xBD\xEF\xBF\xBD");
    CHECK(xmlEscaped("\xED\xA0\x80") == "\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD"); // a surrogate
    CHECK(xmlEscaped("\xC0\xAF") == "\xEF\xBF\xBD\xEF\xBF\xBD");                 // overlong "/"
}
