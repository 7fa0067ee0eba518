// SPDX-License-Identifier: GPL-3.0-or-later
// `commonplace-cli graph` through the real binary: every analysis's JSON shape on a small
// funding network, the filter options, and bad input (exit 1 or 2, a message, no crash).
#include "TestUtil.h"

#include "CliJson.h"

#include <catch2/catch.hpp>
#include <simdjson.h>

#include <cstdlib>
#include <set>
#include <sstream>

using commonplace::test::parseJson;
using commonplace::test::runCli;
using commonplace::test::TempDir;

namespace {

// F1 funds A twice, F2 once in euros; A pays B; B pays C twice; C pays back to A; P directs F1.
// Payments from F1 rest on an A1 source; the rest are unsourced.
const char* kNetwork =
    R"({"record": "source", "id": "s1", "title": "Audited accounts", "reliability": "A", "credibility": "1"}
{"id": "F1", "schema": "Organization", "properties": {"name": ["First Foundation"]}}
{"id": "F2", "schema": "Company", "properties": {"name": ["Second Fund Ltd"]}}
{"id": "A", "schema": "Organization", "properties": {"name": ["Alliance"]}}
{"id": "B", "schema": "Organization", "properties": {"name": ["Bureau"]}}
{"id": "C", "schema": "Organization", "properties": {"name": ["Campaign"]}}
{"id": "P", "schema": "Person", "properties": {"name": ["Pat Director"]}}
{"id": "L", "schema": "Person", "properties": {"name": ["Lone Person"]}}
{"id": "addr", "schema": "Address", "properties": {"full": ["1 Main Street"]}}
{"id": "f1a-18", "schema": "Payment", "properties": {"payer": ["F1"], "beneficiary": ["A"], "amount": ["100"], "currency": ["USD"], "date": ["2018-03-01"]}}
{"id": "f1a-19", "schema": "Payment", "properties": {"payer": ["F1"], "beneficiary": ["A"], "amount": ["50"], "currency": ["USD"], "date": ["2019-01-15"]}}
{"id": "f2a-18", "schema": "Payment", "properties": {"payer": ["F2"], "beneficiary": ["A"], "amount": ["70"], "currency": ["EUR"], "date": ["2018-06"]}}
{"id": "ab-19", "schema": "Payment", "properties": {"payer": ["A"], "beneficiary": ["B"], "amount": ["30"], "currency": ["USD"], "date": ["2019-07-01"]}}
{"id": "bc-17", "schema": "Payment", "properties": {"payer": ["B"], "beneficiary": ["C"], "amount": ["20"], "currency": ["USD"], "date": ["2017"]}}
{"id": "bc-20", "schema": "Payment", "properties": {"payer": ["B"], "beneficiary": ["C"], "amount": ["10"], "currency": ["USD"], "date": ["2020-02-02"]}}
{"id": "ca-21", "schema": "Payment", "properties": {"payer": ["C"], "beneficiary": ["A"], "amount": ["5"], "currency": ["USD"], "date": ["2021"]}}
{"id": "pf1", "schema": "Directorship", "properties": {"director": ["P"], "organization": ["F1"]}}
{"id": "p-addr", "schema": "UnknownLink", "properties": {"subject": ["P"], "object": ["addr"]}}
{"record": "cite", "entity": "f1a-18", "sources": ["s1"]}
{"record": "cite", "entity": "f1a-19", "sources": ["s1"]}
)";

class Net
{
public:
    Net()
    {
        REQUIRE(runCli(ws() + "init", m_dir).status == 0);
        auto imp = runCli(
            ws() + "import '" + m_dir.write("net.ijson", kNetwork) + "' --dataset net", m_dir);
        INFO(imp.err);
        REQUIRE(imp.status == 0);
    }

    std::string ws() const { return "--workspace '" + m_dir.file("w.commonplace") + "' "; }

    commonplace::test::RunResult run(const std::string& args) const
    {
        return runCli(ws() + args, m_dir);
    }

    /** Runs `graph ARGS --json`, expects success, returns the parsed answer. */
    simdjson::dom::element json(const std::string& args)
    {
        auto r = run("graph " + args + " --json");
        INFO("graph " + args + "\n" + r.err);
        REQUIRE(r.status == 0);
        CHECK(r.err.empty());
        m_text = r.out;
        return parseJson(m_parser, m_text);
    }

    const TempDir& dir() const { return m_dir; }

private:
    TempDir m_dir;
    simdjson::dom::parser m_parser;
    std::string m_text;
};

std::vector<std::string> strings(simdjson::dom::element array)
{
    std::vector<std::string> out;
    for (auto v : array.get_array())
        out.emplace_back(std::string_view(v));
    return out;
}

void checkGraph(simdjson::dom::element doc, int64_t vertices, int64_t edges, int64_t skipped)
{
    CHECK(int64_t(doc["graph"]["vertices"]) == vertices);
    CHECK(int64_t(doc["graph"]["edges"]) == edges);
    CHECK(int64_t(doc["graph"]["skipped"]) == skipped);
}

} // namespace

TEST_CASE("cli graph: centrality and structure JSON shapes", "[cli][graph]")
{
    Net net;
    {
        auto doc = net.json("pagerank");
        checkGraph(doc, 7, 8, 1); // p-addr: an Address is no actor
        auto scores = doc["scores"].get_array();
        REQUIRE(scores.size() == 7);
        double previous = 2;
        for (auto s : scores) {
            CHECK(std::string_view(s["id"]).size() > 0);
            CHECK(std::string_view(s["caption"]).size() > 0);
            double score = double(s["score"]);
            CHECK(score <= previous);
            previous = score;
        }
        CHECK(std::string_view(scores.at(0)["id"]) == "A"); // everyone's money ends up there
        CHECK(std::string_view(scores.at(0)["caption"]) == "Alliance");
    }
    {
        auto doc = net.json("pagerank --by-amount --currency USD --limit 2");
        CHECK(doc["scores"].get_array().size() == 2);
    }
    {
        auto doc = net.json("betweenness");
        CHECK(doc["scores"].get_array().size() == 7);
        CHECK(bool(doc["sampled"]) == false);
        CHECK(int64_t(doc["pivots"]) == 7);
        CHECK(double(doc["error_bound"]) == 0);
        auto sampled = net.json("betweenness --exact-below 3 --samples 2 --seed 4");
        CHECK(bool(sampled["sampled"]) == true);
        CHECK(int64_t(sampled["pivots"]) == 2);
        CHECK(double(sampled["error_bound"]) > 0);
    }
    CHECK(net.json("closeness")["scores"].get_array().size() == 7);
    {
        auto doc = net.json("degree --currency USD");
        auto first = doc["scores"].get_array().at(0);
        CHECK(std::string_view(first["id"]) == "A");
        CHECK(int64_t(first["in"]) == 4);
        CHECK(int64_t(first["out"]) == 1);
        CHECK(double(first["amount_in"]) == 155); // 100 + 50 + 5; the euros stay out
        CHECK(double(first["amount_out"]) == 30);
    }
    {
        auto doc = net.json("components");
        auto comps = doc["components"].get_array();
        REQUIRE(comps.size() == 2);
        CHECK(strings(comps.at(0)) == std::vector<std::string>{"A", "B", "C", "F1", "F2", "P"});
        CHECK(strings(comps.at(1)) == std::vector<std::string>{"L"});
        auto strong = net.json("components --strong");
        CHECK(strings(strong["components"].get_array().at(0)) ==
              std::vector<std::string>{"A", "B", "C"});
    }
    {
        auto doc = net.json("brokers");
        CHECK(strings(doc["articulation_points"]) == std::vector<std::string>{"A", "F1"});
        auto bridges = doc["bridges"].get_array();
        REQUIRE(bridges.size() == 3);
        CHECK(strings(bridges.at(0)) == std::vector<std::string>{"A", "F1"});
    }
    {
        auto doc = net.json("communities --seed 3");
        CHECK(doc["communities"].get_array().size() >= 2);
        CHECK(double(doc["modularity"]) > 0);
    }
    {
        auto doc = net.json("kcore");
        auto cores = doc["cores"].get_array();
        REQUIRE(cores.size() == 7);
        CHECK(int64_t(cores.at(0)["core"]) == 2);
        CHECK(std::string_view(cores.at(0)["caption"]).size() > 0);
    }
    for (const char* kind : {"force", "layered", "circular"}) {
        auto doc = net.json(std::string("layout --kind ") + kind + " --seed 2");
        auto positions = doc["positions"].get_array();
        REQUIRE(positions.size() == 7);
        CHECK(std::string_view(positions.at(0)["id"]).size() > 0);
        CHECK(double(positions.at(0)["x"]) >= 0);
        CHECK(double(positions.at(0)["y"]) >= 0);
    }
}

TEST_CASE("cli graph: paths", "[cli][graph]")
{
    Net net;
    auto doc = net.json("path F1 C");
    CHECK(strings(doc["path"]) == std::vector<std::string>{"F1", "A", "B", "C"});
    CHECK(strings(doc["edges"]) == std::vector<std::string>{"f1a-18", "ab-19", "bc-17"});
    CHECK(double(doc["cost"]) == 3);
    checkGraph(doc, 7, 8, 1);

    auto weighted = net.json("path F1 C --weighted");
    CHECK(double(weighted["cost"]) == 1 + 6 + 6); // A1, then two unsourced payments

    auto all = net.json("path F1 C --all --max-hops 3");
    auto paths = all["paths"].get_array();
    CHECK(paths.size() == 4); // two ways F1 -> A, two ways B -> C
    CHECK(bool(all["truncated"]) == false);
    CHECK(strings(paths.at(0)["path"]) == std::vector<std::string>{"F1", "A", "B", "C"});
    CHECK(double(paths.at(0)["cost"]) == 3);
    auto capped = net.json("path F1 C --all --max-paths 3");
    CHECK(capped["paths"].get_array().size() == 3);
    CHECK(bool(capped["truncated"]) == true);

    // Against the payments there is no path; ignoring direction there is.
    auto back = net.run("graph path C F2");
    CHECK(back.status == 1);
    CHECK(back.err.find("no path from 'C' to 'F2' within the filter") != std::string::npos);
    CHECK(back.err.find("--undirected") != std::string::npos);
    auto undirected = net.json("path C F2 --undirected");
    CHECK(strings(undirected["path"]) == std::vector<std::string>{"C", "A", "F2"});
    auto lone = net.run("graph path A L --undirected");
    CHECK(lone.status == 1);
    CHECK(lone.err.find("no path from 'A' to 'L'") != std::string::npos);
    auto far = net.run("graph path F1 C --max-hops 2");
    CHECK(far.status == 1);
    CHECK(far.err.find("within 2 hops") != std::string::npos);

    // Filter options before the analysis take one value each, and repeat.
    auto repeated = net.json("--schema Payment --schema Debt path F1 C");
    CHECK(strings(repeated["path"]).size() == 4);
    CHECK(net.run("graph path --schema Payment F1 C").status == 0);
    CHECK(net.run("graph path F1 --from 2018 C").status == 0);
    // Before and after the analysis add up: Directorship alone has no path from F1 to C.
    auto both = net.run("graph --schema Directorship path F1 C --schema Payment");
    CHECK(both.status == 0);

    auto text = net.run("graph path F1 C");
    CHECK(text.status == 0);
    CHECK(text.out.find("First Foundation [F1]") != std::string::npos);
}

TEST_CASE("cli graph: flows", "[cli][graph]")
{
    Net net;
    auto down = net.json("flows F1 --down --depth 3");
    CHECK(std::string_view(down["origin"]) == "F1");
    CHECK(std::string_view(down["direction"]) == "downstream");
    auto cps = down["counterparts"].get_array();
    REQUIRE(cps.size() == 3);
    auto a = cps.at(0);
    CHECK(std::string_view(a["id"]) == "A");
    CHECK(std::string_view(a["caption"]) == "Alliance");
    CHECK(int64_t(a["hops"]) == 1);
    auto totals = a["totals"].get_array();
    REQUIRE(totals.size() == 2);
    CHECK(std::string_view(totals.at(0)["currency"]) == "USD");
    CHECK(std::string_view(totals.at(0)["year"]) == "2018");
    CHECK(double(totals.at(0)["amount"]) == 100);
    CHECK(int64_t(totals.at(0)["count"]) == 1);
    auto c = cps.at(2);
    CHECK(std::string_view(c["id"]) == "C");
    CHECK(c["totals"].get_array().size() == 2);
    CHECK(down["paths"].get_array().size() == 8);
    auto firstPath = down["paths"].get_array().at(0);
    CHECK(strings(firstPath["vertices"]).size() == 2);
    CHECK(strings(firstPath["edges"]).size() == 1);
    CHECK(bool(down["truncated"]) == false);

    auto timed = net.json("flows F1 --down --time-respecting");
    auto ctimed = timed["counterparts"].get_array().at(2);
    CHECK(ctimed["totals"].get_array().size() == 1); // only B's 2020 payment follows in time
    CHECK(timed["paths"].get_array().size() == 6);   // 2 to A, 2 to B, 2 to C (through bc-20)

    auto up = net.json("flows A --up --depth 1");
    std::set<std::string> funders;
    for (auto cp : up["counterparts"].get_array())
        funders.insert(std::string(std::string_view(cp["id"])));
    CHECK(funders == std::set<std::string>{"C", "F1", "F2"});

    // The filter applies: only 2018 and 2019 payments.
    auto dated = net.json("flows F1 --down --from 2018 --to 2019");
    CHECK(dated["counterparts"].get_array().size() == 2);
    checkGraph(dated, 7, 5, 1); // four payments and the undated directorship
    // Only well-sourced payments.
    auto graded = net.json("flows F1 --down --min-grading B2");
    CHECK(graded["counterparts"].get_array().size() == 1);

    auto text = net.run("graph flows A --up");
    CHECK(text.status == 0);
    CHECK(text.out.find("Funders of Alliance [A]") != std::string::npos);
    CHECK(text.out.find("EUR 2018: 70.00 (1)") != std::string::npos);
}

TEST_CASE("cli graph: bad input", "[cli][graph]")
{
    Net net;
    struct Case
    {
        std::string args;
        int status;
        std::string message;
    };
    const std::vector<Case> cases = {
        {"flows nobody --up", 1, "no entity 'nobody' in the workspace"},
        {"flows f1a-18 --up", 1, "'f1a-18' is a Payment, not an actor"},
        {"flows addr --down", 1, "'addr' is an Address, not an actor"},
        {"flows A --up --dataset nope", 1, "no dataset named 'nope'"},
        {"flows A", 2, "flows needs --up"},
        {"flows A --up --depth 0", 2, "--depth must be between 1 and 10"},
        {"flows A --up --depth 1000", 2, "--depth must be between 1 and 10"},
        {"flows A --up --depth x", 2, ""},
        {"flows A --up --down", 2, "excludes"},
        {"path A", 2, ""},
        {"path A B --max-hops 0", 2, "--max-hops must be between 1 and 10"},
        {"path A B --all --max-hops 11", 2, "--max-hops must be between 1 and 10"},
        {"path A B --all --max-paths 0", 2, "--max-paths must be between 1 and 100000"},
        {"path A nobody", 1, "no entity 'nobody' in the workspace"},
        {"path A F1 --schema Directorship", 1, "no path from 'A' to 'F1'"},
        {"pagerank --from 2020 --to 2019", 2, "ends (--to 2019) before it starts (--from 2020)"},
        {"pagerank --from yesterday", 2, "--from 'yesterday' is not an ISO date"},
        {"pagerank --min-grading B7", 2, "'B7' is not a grading"},
        {"pagerank --max-sensitivity secret", 2, "unknown --max-sensitivity 'secret'"},
        {"pagerank --schema Person", 2, "'Person' is not a relationship schema"},
        {"pagerank --schema Payments", 2, "unknown schema 'Payments'"},
        {"pagerank --by-amount", 2, "--by-amount needs --currency"},
        {"layout --kind spiral", 2, "unknown --kind 'spiral'"},
        {"communities --resolution 0", 2, "--resolution must be above 0"},
        {"nosuch", 2, ""},
        {"", 2, ""},
    };
    for (const auto& c : cases) {
        auto r = net.run("graph " + c.args);
        INFO("graph " + c.args + "\n" + r.err);
        CHECK(r.status == c.status);
        CHECK(r.out.empty());
        CHECK(r.err.find(c.message) != std::string::npos);
    }
    // An actor the filter leaves out: said so.
    REQUIRE(
        net.run("import '" +
                net.dir().write("other.ijson",
                                R"({"id": "Q", "schema": "Person", "properties": {"name": ["Q"]}})"
                                "\n") +
                "' --dataset other")
            .status == 0);
    auto left = net.run("graph flows Q --up --dataset net");
    CHECK(left.status == 1);
    CHECK(left.err.find("'Q' is left out by the filter") != std::string::npos);
    auto kept = net.run("graph flows Q --up --dataset other");
    CHECK(kept.status == 0);

    // An empty workspace: a clear message for every analysis.
    TempDir empty;
    std::string ws = "--workspace '" + empty.file("e.commonplace") + "' ";
    REQUIRE(runCli(ws + "init", empty).status == 0);
    for (const char* analysis : {"pagerank", "degree", "components", "layout", "flows X --up"}) {
        auto r = runCli(ws + "graph " + analysis, empty);
        INFO(analysis);
        CHECK(r.status == 1);
        CHECK(r.err.find("the graph has no actors") != std::string::npos);
    }
}

TEST_CASE("cli graph: export --metrics adds node attributes NetworkX reads", "[cli][graph]")
{
    Net net;
    simdjson::dom::parser parser;
    auto pr = net.json("pagerank");
    double scoreA = 0;
    for (auto s : pr["scores"].get_array()) {
        if (std::string_view(s["id"]) == "A")
            scoreA = double(s["score"]);
    }
    REQUIRE(scoreA > 0);
    for (const char* format : {"graphml", "gexf"}) {
        std::string file = net.dir().file(std::string("net.") + format);
        auto r = net.run("export '" + file + "' --format " + format +
                         " --metrics pagerank,degree,kcore,components --json");
        INFO(r.err);
        REQUIRE(r.status == 0);
        auto doc = parseJson(parser, r.out);
        CHECK(strings(doc["metrics"]) ==
              std::vector<std::string>{"pagerank", "degree_in", "degree_out", "core", "component"});
        // Read back as analysts do; the address gets no metric, the actors all of them.
        std::string out = net.dir().file("metrics.txt");
        std::string script =
            "import networkx as nx, sys\n"
            "g = nx.read_" +
            std::string(format) + "('" + file +
            "')\n"
            "a = g.nodes['A']\n"
            "print(repr(a['pagerank']), a['degree_in'], a['degree_out'], a['core'], "
            "a['component'], 'pagerank' in g.nodes['addr'], g.nodes['L']['component'])\n";
        std::string py = net.dir().write("metrics.py", script);
        int rc = std::system(("python3 '" + py + "' > '" + out + "' 2>&1").c_str());
        std::string text = commonplace::test::readFile(out);
        INFO(text);
        REQUIRE(rc == 0);
        std::istringstream in(text);
        double pagerank = 0, degreeIn = 0, degreeOut = 0, core = 0, component = 0, lone = 0;
        std::string addrHas;
        in >> pagerank >> degreeIn >> degreeOut >> core >> component >> addrHas >> lone;
        CHECK(pagerank == Approx(scoreA).epsilon(1e-12));
        CHECK(degreeIn == 4);
        CHECK(degreeOut == 1);
        CHECK(core == 2);
        CHECK(component == 0); // the largest component
        CHECK(addrHas == "False");
        CHECK(lone == 1);
    }
    auto bad =
        net.run("export '" + net.dir().file("x.ijson") + "' --format ftm --metrics pagerank");
    CHECK(bad.status == 2);
    CHECK(bad.err.find("--metrics goes with --format graphml or gexf") != std::string::npos);
    auto unknown =
        net.run("export '" + net.dir().file("x.graphml") + "' --format graphml --metrics fame");
    CHECK(unknown.status == 2);
    CHECK(unknown.err.find("unknown metric 'fame'") != std::string::npos);
}
