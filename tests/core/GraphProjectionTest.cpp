// SPDX-License-Identifier: GPL-3.0-or-later
// The projection of a workspace onto the actor-funding graph, on small hand-built workspaces
// whose answers are counted by hand.
#include "TestUtil.h"
#include "graph/Projection.h"
#include "io/Import.h"
#include "store/Sqlite.h"
#include "store/Workspace.h"

#include <catch2/catch.hpp>

#include <cmath>
#include <map>
#include <set>

using namespace commonplace;
using commonplace::test::TempDir;

namespace {

class Ws
{
public:
    Ws()
    {
        auto ws = store::Workspace::open(m_dir.file("graph.commonplace"),
                                         store::Workspace::Mode::CreateNew);
        REQUIRE(ws);
        m_ws = std::move(ws).value();
    }

    void import(const std::string& lines, const std::string& dataset = "main",
                store::Sensitivity sensitivity = store::Sensitivity::Public)
    {
        io::ImportOptions o;
        o.dataset = dataset;
        o.sensitivity = sensitivity;
        auto r = io::importFtm(
            *m_ws, m_dir.write(dataset + std::to_string(m_files++) + ".ijson", lines), o);
        INFO((r ? std::string() : r.error().describe()));
        REQUIRE(r);
    }

    void sql(const std::string& statement) { REQUIRE(store::execSql(m_ws->db(), statement)); }

    graph::Projection build(const graph::Filter& filter = {})
    {
        auto p = graph::Projection::build(*m_ws, filter);
        INFO((p ? std::string() : p.error().describe()));
        REQUIRE(p);
        return std::move(p).value();
    }

    std::string error(const graph::Filter& filter)
    {
        auto p = graph::Projection::build(*m_ws, filter);
        REQUIRE_FALSE(p);
        return p.error().message;
    }

    store::Workspace& ws() { return *m_ws; }

private:
    TempDir m_dir;
    std::unique_ptr<store::Workspace> m_ws;
    int m_files = 0;
};

struct EdgeView
{
    std::string from, to;
    graph::Relation rel;
};

/** Edges by relationship id (a relationship with several end pairs has several). */
std::multimap<std::string, EdgeView> edges(const graph::Projection& p)
{
    std::multimap<std::string, EdgeView> out;
    for (auto [it, end] = boost::edges(p.graph()); it != end; ++it) {
        const auto& r = p.relation(*it);
        out.emplace(r.id, EdgeView{p.actor(boost::source(*it, p.graph())).id,
                                   p.actor(boost::target(*it, p.graph())).id, r});
    }
    return out;
}

std::set<std::string> edgeIds(const graph::Projection& p)
{
    std::set<std::string> ids;
    for (auto& [id, e] : edges(p))
        ids.insert(id);
    return ids;
}

std::set<std::string> vertexIds(const graph::Projection& p)
{
    std::set<std::string> ids;
    for (std::size_t v = 0; v < p.vertexCount(); ++v)
        ids.insert(p.actor(v).id);
    return ids;
}

// Six actors of the five actor schemata, an address, and relationships of several kinds.
const char* kBase =
    R"({"record": "source", "id": "s-a1", "title": "Audited accounts", "reliability": "A", "credibility": "1"}
{"record": "source", "id": "s-c3", "title": "Press report", "reliability": "C", "credibility": "3"}
{"record": "source", "id": "s-ungraded", "title": "A note"}
{"id": "p1", "schema": "Person", "properties": {"name": ["Anna Albers"]}}
{"id": "p2", "schema": "Person", "properties": {"name": ["Bert Brandt"]}}
{"id": "o1", "schema": "Organization", "properties": {"name": ["Family Values Forum"]}}
{"id": "c1", "schema": "Company", "properties": {"name": ["Heritage Media Ltd"]}}
{"id": "pb", "schema": "PublicBody", "properties": {"name": ["Ministry of Family"]}}
{"id": "le", "schema": "LegalEntity", "properties": {"name": ["Anonymous donor"]}}
{"id": "addr", "schema": "Address", "properties": {"full": ["1 Main Street"]}}
{"id": "pay1", "schema": "Payment", "properties": {"payer": ["o1"], "beneficiary": ["c1"], "amount": ["1,000.50"], "currency": ["usd"], "date": ["2019-05-01"]}}
{"id": "pay2", "schema": "Payment", "properties": {"payer": ["o1"], "beneficiary": ["c1"], "amountEur": ["2000"], "date": ["2020"]}}
{"id": "own1", "schema": "Ownership", "properties": {"owner": ["p1"], "asset": ["c1"], "startDate": ["2015"], "endDate": ["2018-06"]}}
{"id": "dir1", "schema": "Directorship", "properties": {"director": ["p1"], "organization": ["o1"]}}
{"id": "assoc", "schema": "Associate", "properties": {"person": ["p1"], "associate": ["p2"]}}
{"id": "multi", "schema": "Payment", "properties": {"payer": ["pb", "le"], "beneficiary": ["o1"], "amount": ["1.000.000"], "currency": ["EUR"]}}
{"id": "dangling", "schema": "Payment", "properties": {"payer": ["nobody"], "beneficiary": ["o1"]}}
{"id": "to-address", "schema": "UnknownLink", "properties": {"subject": ["p1"], "object": ["addr"]}}
{"id": "half", "schema": "Payment", "properties": {"payer": ["o1"], "amount": ["5"]}}
{"record": "cite", "entity": "pay1", "sources": ["s-a1"]}
{"record": "cite", "entity": "pay2", "sources": ["s-c3"]}
{"record": "cite", "entity": "own1", "sources": ["s-ungraded"]}
)";

} // namespace

TEST_CASE("graph: projection of actors and relationships", "[graph]")
{
    Ws w;
    w.import(kBase);
    auto p = w.build();

    CHECK(vertexIds(p) == std::set<std::string>{"c1", "le", "o1", "p1", "p2", "pb"});
    // pay1, pay2 (parallel), own1, dir1, assoc, and multi twice (two payers).
    CHECK(p.edgeCount() == 7);
    CHECK(edgeIds(p) == std::set<std::string>{"assoc", "dir1", "multi", "own1", "pay1", "pay2"});
    // dangling (no such payer), to-address (an Address is no actor), half (no beneficiary).
    CHECK(p.skippedRelations() == 3);

    auto e = edges(p);
    const auto& pay1 = e.find("pay1")->second;
    CHECK(pay1.from == "o1");
    CHECK(pay1.to == "c1");
    CHECK(pay1.rel.schema == "Payment");
    CHECK(pay1.rel.directed);
    CHECK(pay1.rel.amount == Approx(1000.5));
    CHECK(pay1.rel.currency == "USD");
    CHECK(pay1.rel.date == "2019-05-01");
    CHECK(pay1.rel.endDate.empty());
    CHECK(pay1.rel.sourced);
    REQUIRE(pay1.rel.grading);
    CHECK(pay1.rel.grading->toString() == "A1");
    CHECK(pay1.rel.dataset == "main");
    CHECK(pay1.rel.sensitivity == store::Sensitivity::Public);

    const auto& pay2 = e.find("pay2")->second;
    CHECK(pay2.from == "o1");
    CHECK(pay2.to == "c1");
    CHECK(pay2.rel.amount == Approx(2000));
    CHECK(pay2.rel.currency == "EUR"); // from amountEur
    CHECK(pay2.rel.grading->toString() == "C3");

    const auto& own1 = e.find("own1")->second;
    CHECK(own1.from == "p1");
    CHECK(own1.to == "c1");
    CHECK(std::isnan(own1.rel.amount));
    CHECK(own1.rel.currency.empty());
    CHECK(own1.rel.date == "2015");
    CHECK(own1.rel.endDate == "2018-06");
    CHECK(own1.rel.sourced);
    CHECK_FALSE(own1.rel.grading); // the source has no grading

    const auto& dir1 = e.find("dir1")->second;
    CHECK_FALSE(dir1.rel.sourced);
    CHECK_FALSE(dir1.rel.grading);
    CHECK(dir1.rel.date.empty());

    CHECK_FALSE(e.find("assoc")->second.rel.directed);

    auto [m, mEnd] = e.equal_range("multi");
    std::set<std::string> payers;
    for (auto it = m; it != mEnd; ++it) {
        payers.insert(it->second.from);
        CHECK(it->second.to == "o1");
        CHECK(it->second.rel.amount == Approx(1000000)); // "1.000.000": dots group thousands
    }
    CHECK(payers == std::set<std::string>{"le", "pb"});

    // Captions and schemata of vertices.
    auto o1 = p.vertex("o1");
    REQUIRE(o1);
    CHECK(p.actor(*o1).caption == "Family Values Forum");
    CHECK(p.actor(*o1).schema == "Organization");
    CHECK(p.actor(*p.vertex("le")).schema == "LegalEntity");
    CHECK(boost::out_degree(*o1, p.graph()) == 2); // two parallel payments to c1
    CHECK(boost::in_degree(*o1, p.graph()) == 3);  // multi twice, dir1
}

TEST_CASE("graph: amounts as written in the wild", "[graph]")
{
    Ws w;
    w.import(R"({"id": "a", "schema": "Company", "properties": {"name": ["A"]}}
{"id": "b", "schema": "Company", "properties": {"name": ["B"]}}
{"id": "n1", "schema": "Payment", "properties": {"payer": ["a"], "beneficiary": ["b"], "amount": ["1000"]}}
{"id": "n2", "schema": "Payment", "properties": {"payer": ["a"], "beneficiary": ["b"], "amount": ["1.000,50"]}}
{"id": "n3", "schema": "Payment", "properties": {"payer": ["a"], "beneficiary": ["b"], "amount": ["1,5"]}}
{"id": "n4", "schema": "Payment", "properties": {"payer": ["a"], "beneficiary": ["b"], "amount": ["1 250 000"]}}
{"id": "n5", "schema": "Payment", "properties": {"payer": ["a"], "beneficiary": ["b"], "amount": ["2.5e6"]}}
{"id": "n6", "schema": "Payment", "properties": {"payer": ["a"], "beneficiary": ["b"], "amount": ["1-2"]}}
{"id": "n7", "schema": "Payment", "properties": {"payer": ["a"], "beneficiary": ["b"], "amount": ["12"], "amountUsd": ["13"], "currency": ["GBP"]}}
{"id": "n8", "schema": "Payment", "properties": {"payer": ["a"], "beneficiary": ["b"], "amountUsd": ["13"], "amountEur": ["12"]}}
)");
    auto e = edges(w.build());
    CHECK(e.find("n1")->second.rel.amount == 1000);
    CHECK(e.find("n2")->second.rel.amount == Approx(1000.5));
    CHECK(e.find("n3")->second.rel.amount == Approx(1.5));
    CHECK(e.find("n4")->second.rel.amount == 1250000);
    CHECK(e.find("n5")->second.rel.amount == 2500000);
    CHECK(std::isnan(e.find("n6")->second.rel.amount));
    CHECK(e.find("n7")->second.rel.amount == 12);
    CHECK(e.find("n7")->second.rel.currency == "GBP");
    CHECK(e.find("n8")->second.rel.amount == 13);
    CHECK(e.find("n8")->second.rel.currency == "USD");
}

TEST_CASE("graph: merged entities are one vertex", "[graph]")
{
    Ws w;
    w.import(kBase);
    w.import(R"({"id": "o1-dup", "schema": "Organization", "properties": {"name": ["FVF"]}}
{"id": "c1-dup", "schema": "LegalEntity", "properties": {"name": ["Heritage Media"]}}
{"id": "pay3", "schema": "Payment", "properties": {"payer": ["o1-dup"], "beneficiary": ["c1-dup"], "amount": ["10"]}}
{"id": "pay1-dup", "schema": "Payment", "properties": {"payer": ["o1-dup"], "beneficiary": ["c1"], "amount": ["1000.50"], "date": ["2019-05-01"]}}
)",
             "partner");
    w.sql("UPDATE entity SET canonical_id = (SELECT id FROM entity WHERE key = 'o1') "
          "WHERE key = 'o1-dup'");
    w.sql("UPDATE entity SET canonical_id = (SELECT id FROM entity WHERE key = 'c1') "
          "WHERE key = 'c1-dup'");
    w.sql("UPDATE entity SET canonical_id = (SELECT id FROM entity WHERE key = 'pay1') "
          "WHERE key = 'pay1-dup'");
    auto p = w.build();
    CHECK(p.vertexCount() == 6);
    REQUIRE(p.vertex("o1-dup"));
    CHECK(*p.vertex("o1-dup") == *p.vertex("o1"));
    CHECK(*p.vertex("c1-dup") == *p.vertex("c1"));
    CHECK(p.actor(*p.vertex("o1-dup")).id == "o1");
    CHECK(p.actor(*p.vertex("c1")).schema == "Company"); // c1-dup is a LegalEntity
    // A LegalEntity representative with a Company member: the vertex is a Company.
    w.sql("UPDATE entity SET canonical_id = NULL WHERE key = 'c1-dup'");
    w.sql("UPDATE entity SET canonical_id = (SELECT id FROM entity WHERE key = 'c1-dup') "
          "WHERE key = 'c1'");
    auto q = w.build();
    CHECK(q.vertexCount() == 6);
    CHECK(q.actor(*q.vertex("c1")).id == "c1-dup");
    CHECK(q.actor(*q.vertex("c1")).schema == "Company");
    CHECK(q.actor(*q.vertex("c1")).caption == "Heritage Media");
    // pay3 joins the canonical vertices; pay1-dup is pay1 recorded twice: one edge.
    CHECK(p.edgeCount() == 8);
    auto e = edges(p);
    CHECK(e.count("pay1") == 1);
    CHECK(e.count("pay1-dup") == 0);
    CHECK(e.find("pay3")->second.from == "o1");
    CHECK(e.find("pay3")->second.to == "c1");
    CHECK(boost::out_degree(*p.vertex("o1"), p.graph()) == 3);
}

TEST_CASE("graph: filter by date", "[graph]")
{
    Ws w;
    w.import(kBase);
    graph::Filter f;
    f.from = "2019";
    f.to = "2019";
    // pay1 (2019-05-01) and the undated dir1, assoc, multi.
    CHECK(edgeIds(w.build(f)) == std::set<std::string>{"assoc", "dir1", "multi", "pay1"});
    f.includeUndated = false;
    CHECK(edgeIds(w.build(f)) == std::set<std::string>{"pay1"});

    // own1 spans 2015 to 2018-06: it overlaps 2016-2017 and 2018-06-30, not 2018-07.
    f.from = "2016";
    f.to = "2017-03";
    CHECK(edgeIds(w.build(f)) == std::set<std::string>{"own1"});
    f.from = "2018-06-30";
    f.to = "";
    CHECK(edgeIds(w.build(f)) == std::set<std::string>{"own1", "pay1", "pay2"});
    f.from = "2018-07";
    CHECK(edgeIds(w.build(f)) == std::set<std::string>{"pay1", "pay2"});
    f.from = "";
    f.to = "2014-12-31";
    CHECK(edgeIds(w.build(f)).empty());
    // Without a range, undated relationships stay whatever includeUndated says.
    graph::Filter none;
    none.includeUndated = false;
    CHECK(w.build(none).edgeCount() == 7);
}

TEST_CASE("graph: filter by grading, sources, schema and dataset", "[graph]")
{
    Ws w;
    w.import(kBase);
    graph::Filter f;
    f.minGrading = graph::Grading::parse("B2");
    CHECK(edgeIds(w.build(f)) == std::set<std::string>{"pay1"});
    f.minGrading = graph::Grading::parse("C3");
    CHECK(edgeIds(w.build(f)) == std::set<std::string>{"pay1", "pay2"});

    graph::Filter sourced;
    sourced.excludeUnsourced = true;
    CHECK(edgeIds(w.build(sourced)) == std::set<std::string>{"own1", "pay1", "pay2"});

    graph::Filter schemata;
    schemata.schemata = {"Ownership", "Associate"};
    auto p = w.build(schemata);
    CHECK(edgeIds(p) == std::set<std::string>{"assoc", "own1"});
    CHECK(p.vertexCount() == 6); // actors stay without their relationships

    // A second dataset adds a payment and a second, better source for pay2.
    w.import(
        R"({"record": "source", "id": "s-b2", "title": "Court filing", "reliability": "B", "credibility": "2"}
{"id": "p3", "schema": "Person", "properties": {"name": ["Clara Conrad"]}}
{"id": "pay4", "schema": "Payment", "properties": {"payer": ["p3"], "beneficiary": ["p2"], "amount": ["7"]}}
{"id": "pay2", "schema": "Payment", "properties": {"purpose": ["campaign"]}}
{"record": "cite", "entity": "pay2", "sources": ["s-b2"]}
)",
        "second");
    graph::Filter ds;
    ds.datasets = {"second"};
    p = w.build(ds);
    CHECK(edgeIds(p) == std::set<std::string>{"pay2", "pay4"});
    // Actors with a value from "second", or touched by a kept relationship.
    CHECK(vertexIds(p) == std::set<std::string>{"c1", "o1", "p2", "p3"});
    CHECK(edges(p).find("pay2")->second.rel.grading->toString() == "B2");
    CHECK(edges(p).find("pay2")->second.rel.dataset == "main"); // its payer came from main

    f.minGrading = graph::Grading::parse("B2");
    CHECK(edgeIds(w.build(f)) == std::set<std::string>{"pay1", "pay2"});

    graph::Filter unknown;
    unknown.datasets = {"nope"};
    CHECK(w.error(unknown) == "no dataset named 'nope' in the workspace");
}

TEST_CASE("graph: values above the sensitivity never show", "[graph]")
{
    Ws w;
    w.import(kBase);
    // A payment known only from an internal leak; a person known only from a restricted one.
    w.import(
        R"({"id": "leaked", "schema": "Payment", "properties": {"payer": ["pb"], "beneficiary": ["p2"], "amount": ["99"]}}
{"id": "p-hidden", "schema": "Person", "properties": {"name": ["Informant"]}}
)",
        "leak", store::Sensitivity::Internal);
    w.import(
        R"({"id": "to-hidden", "schema": "Payment", "properties": {"payer": ["o1"], "beneficiary": ["p-hidden"]}}
{"id": "half-known", "schema": "Payment", "properties": {"beneficiary": ["c1"], "amount": ["12"]}}
{"id": "p2", "schema": "Person", "properties": {"alias": ["The Broker"]}}
)",
        "open");
    // half-known's payer is known only to the internal dataset; c1's name has a secret variant.
    w.import(R"({"id": "half-known", "schema": "Payment", "properties": {"payer": ["le"]}}
{"id": "c1", "schema": "Company", "properties": {"name": ["Heritage Secret Holdings"]}}
{"id": "pb", "schema": "PublicBody", "properties": {"name": ["Secret ministry name"]}}
)",
             "leak2", store::Sensitivity::Internal);
    // pb: caption from its public name even though an internal one came later.
    w.sql("UPDATE entity SET caption = 'Secret ministry name' WHERE key = 'pb'");

    auto all = w.build();
    CHECK(edgeIds(all).count("leaked") == 1);
    CHECK(edgeIds(all).count("half-known") == 1);
    CHECK(edgeIds(all).count("to-hidden") == 1);
    CHECK(vertexIds(all).count("p-hidden") == 1);
    CHECK(all.actor(*all.vertex("pb")).caption == "Secret ministry name");
    CHECK(edges(all).find("leaked")->second.rel.sensitivity == store::Sensitivity::Internal);

    graph::Filter f;
    f.maxSensitivity = store::Sensitivity::Public;
    auto pub = w.build(f);
    auto ids = edgeIds(pub);
    CHECK(ids.count("leaked") == 0);     // every value internal
    CHECK(ids.count("half-known") == 0); // its payer is internal: left out whole
    CHECK(ids.count("to-hidden") == 0);  // its beneficiary is not an actor of this graph
    CHECK(vertexIds(pub).count("p-hidden") == 0);
    CHECK(pub.vertexCount() == 6);
    CHECK(pub.edgeCount() == 7);
    CHECK(pub.actor(*pub.vertex("pb")).caption == "Ministry of Family");
    CHECK(pub.actor(*pub.vertex("c1")).caption == "Heritage Media Ltd");
    for (auto& [id, e] : edges(pub))
        CHECK(e.rel.sensitivity == store::Sensitivity::Public);
    // skipped: dangling, to-address, half and to-hidden.
    CHECK(pub.skippedRelations() == 4);

    f.maxSensitivity = store::Sensitivity::Internal;
    auto internal = w.build(f);
    CHECK(edgeIds(internal).count("half-known") == 1);
    CHECK(edgeIds(internal).count("leaked") == 1);

    // An actor whose name is hidden keeps its id as caption.
    w.import(R"({"id": "p-quiet", "schema": "Person", "properties": {"country": ["de"]}}
)");
    w.import(R"({"id": "p-quiet", "schema": "Person", "properties": {"name": ["Quiet Person"]}}
)",
             "leak3", store::Sensitivity::Restricted);
    f.maxSensitivity = store::Sensitivity::Public;
    auto quiet = w.build(f);
    REQUIRE(quiet.vertex("p-quiet"));
    CHECK(quiet.actor(*quiet.vertex("p-quiet")).caption == "p-quiet");
}

TEST_CASE("graph: bad filters and unknown ids", "[graph]")
{
    Ws w;
    w.import(kBase);
    graph::Filter f;
    f.from = "2019-13";
    CHECK(w.error(f) == "--from '2019-13' is not an ISO date (YYYY, YYYY-MM or YYYY-MM-DD)");
    f.from = "2020";
    f.to = "2019-12-31";
    CHECK(w.error(f) == "the date range ends (--to 2019-12-31) before it starts (--from 2020)");
    f.to = "2020-01"; // within 2020: fine
    CHECK(graph::Projection::build(w.ws(), f));

    graph::Filter s;
    s.schemata = {"Person"};
    CHECK(w.error(s).find("'Person' is not a relationship schema") == 0);
    s.schemata = {"Paymant"};
    CHECK(w.error(s) == "unknown schema 'Paymant'");
    s.schemata = {"Documentation"};
    CHECK(w.error(s) == "'Documentation' relationships never link two actors");

    CHECK(graph::Grading::parse("b2")->toString() == "B2");
    CHECK_FALSE(graph::Grading::parse("G1"));
    CHECK_FALSE(graph::Grading::parse("A7"));
    CHECK_FALSE(graph::Grading::parse("A"));
    CHECK_FALSE(graph::Grading::parse("A10"));
    CHECK_FALSE(graph::Grading::parse(""));

    graph::Filter ds;
    ds.schemata = {"Ownership"};
    auto p = w.build(ds);
    CHECK(p.require("nobody", w.ws()).error().message == "no entity 'nobody' in the workspace");
    CHECK(p.require("pay1", w.ws()).error().message.find("'pay1' is a Payment, not an actor") == 0);
    CHECK(p.require("addr", w.ws()).error().message.find("'addr' is an Address, not an actor") ==
          0);
    CHECK(p.require("p1", w.ws()));

    graph::Filter pub;
    pub.datasets = {"main"};
    w.import(R"({"id": "elsewhere", "schema": "Person", "properties": {"name": ["Elsewhere"]}}
)",
             "other");
    auto q = w.build(pub);
    CHECK(q.require("elsewhere", w.ws()).error().message ==
          "'elsewhere' is left out by the filter");
    CHECK_FALSE(q.require("elsewhere"));
}

TEST_CASE("graph: an empty workspace gives an empty graph", "[graph]")
{
    Ws w;
    auto p = w.build();
    CHECK(p.vertexCount() == 0);
    CHECK(p.edgeCount() == 0);
    CHECK(p.skippedRelations() == 0);
}
