// SPDX-License-Identifier: GPL-3.0-or-later
// Money flows on small hand-built workspaces: aggregation per currency and year, cycles,
// self-payments, time-respecting chains, bad input. Every expected figure is counted by hand
// from the payments listed with each test.
#include "TestUtil.h"
#include "graph/Analyses.h"
#include "io/Import.h"
#include "store/Workspace.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <map>
#include <set>
#include <tuple>

using namespace commonplace;
using commonplace::test::TempDir;

namespace {

struct Pay
{
    std::string id, payer, beneficiary, amount, currency, date;
};

std::string actorLine(const std::string& id, const std::string& schema = "Organization")
{
    return R"({"id": ")" + id + R"(", "schema": ")" + schema + R"(", "properties": {"name": [")" +
           id + "\"]}}\n";
}

std::string paymentLine(const Pay& p)
{
    std::string props =
        R"("payer": [")" + p.payer + R"("], "beneficiary": [")" + p.beneficiary + "\"]";
    if (!p.amount.empty())
        props += R"(, "amount": [")" + p.amount + "\"]";
    if (!p.currency.empty())
        props += R"(, "currency": [")" + p.currency + "\"]";
    if (!p.date.empty())
        props += R"(, "date": [")" + p.date + "\"]";
    return R"({"id": ")" + p.id + R"(", "schema": "Payment", "properties": {)" + props + "}}\n";
}

class FlowWs
{
public:
    FlowWs(const std::vector<std::string>& actors, const std::vector<Pay>& payments,
           const std::string& extra = {})
    {
        auto ws = store::Workspace::open(m_dir.file("flows.commonplace"),
                                         store::Workspace::Mode::CreateNew);
        REQUIRE(ws);
        m_ws = std::move(ws).value();
        std::string lines;
        for (const auto& a : actors)
            lines += actorLine(a);
        for (const auto& p : payments)
            lines += paymentLine(p);
        lines += extra;
        io::ImportOptions o;
        o.dataset = "flows";
        auto r = io::importFtm(*m_ws, m_dir.write("flows.ijson", lines), o);
        INFO((r ? std::string() : r.error().describe()));
        REQUIRE(r);
        auto p = graph::Projection::build(*m_ws, {});
        REQUIRE(p);
        m_p = std::make_unique<graph::Projection>(std::move(p).value());
    }

    graph::FlowResult flows(const std::string& id, graph::Direction direction, int depth,
                            bool timeRespecting = false, std::size_t maxPaths = 1000)
    {
        graph::FlowOptions o;
        o.direction = direction;
        o.depth = depth;
        o.timeRespecting = timeRespecting;
        o.maxPaths = maxPaths;
        auto r = graph::flows(*m_p, id, o);
        INFO((r ? std::string() : r.error().describe()));
        REQUIRE(r);
        return std::move(r).value();
    }

    std::string error(const std::string& id, const graph::FlowOptions& o)
    {
        auto r = graph::flows(*m_p, id, o);
        REQUIRE_FALSE(r);
        return r.error().message;
    }

    const graph::Projection& projection() const { return *m_p; }

private:
    TempDir m_dir;
    std::unique_ptr<store::Workspace> m_ws;
    std::unique_ptr<graph::Projection> m_p;
};

using Totals = std::map<std::tuple<std::string, std::string>, std::tuple<double, std::uint64_t>>;

Totals totalsOf(const std::vector<graph::FlowTotal>& totals)
{
    Totals t;
    for (const auto& total : totals)
        t[{total.currency, total.year}] = {total.amount, total.count};
    return t;
}

struct Summary
{
    int first = 0; // hops
    Totals second; // totals
    Totals self;   // self-payments
};

/** counterpart id -> hops, {(currency, year) -> (amount, count)} of totals and self-payments */
std::map<std::string, Summary> summary(const graph::FlowResult& r)
{
    std::map<std::string, Summary> out;
    for (const auto& c : r.counterparts)
        out[c.id] = {c.hops, totalsOf(c.totals), totalsOf(c.selfPayments)};
    return out;
}

std::multiset<std::string> pathStrings(const graph::FlowResult& r)
{
    std::multiset<std::string> out;
    for (const auto& p : r.paths) {
        std::string s;
        for (std::size_t i = 0; i < p.vertices.size(); ++i) {
            if (i)
                s += " -" + p.edges[i - 1] + "-> ";
            s += p.vertices[i];
        }
        out.insert(s);
    }
    return out;
}

// F1 funds A twice and F2 once (in euros); A pays B, B pays C before and after; C pays back to
// A (a cycle); A and B pay themselves; F1 pays itself; D pays B after everything else.
const std::vector<std::string> kActors = {"F1", "F2", "A", "B", "C", "D"};
const std::vector<Pay> kPayments = {
    {"f1a-18", "F1", "A", "100", "USD", "2018-03-01"},
    {"f1a-19", "F1", "A", "50", "USD", "2019-01-15"},
    {"f2a-18", "F2", "A", "70", "EUR", "2018-06"},
    {"ab-19", "A", "B", "30", "USD", "2019-07-01"},
    {"bc-17", "B", "C", "20", "USD", "2017"},
    {"bc-20", "B", "C", "10", "USD", "2020-02-02"},
    {"ca-21", "C", "A", "5", "USD", "2021"},
    {"aa-19", "A", "A", "1", "USD", "2019-09-09"},
    {"bb-19", "B", "B", "7", "USD", "2019-10"},
    {"f1f1", "F1", "F1", "1000", "USD", "2018"},
    {"db-22", "D", "B", "40", "USD", "2022"},
};

} // namespace

TEST_CASE("graph flows: downstream, per currency and year, with cycles and self-payments",
          "[graph]")
{
    FlowWs w(kActors, kPayments);
    auto r = w.flows("F1", graph::Direction::Downstream, 3);
    CHECK(r.origin == "F1");
    auto s = summary(r);
    REQUIRE(s.size() == 3);
    // A: both payments from F1; its self-payment once, apart. The payment back from C does not
    // count, because C is 3 hops out: nothing leaves it within the depth.
    CHECK(s["A"].first == 1);
    CHECK(s["A"].second == Totals{{{"USD", "2018"}, {100.0, 1}}, {{"USD", "2019"}, {50.0, 1}}});
    CHECK(s["A"].self == Totals{{{"USD", "2019"}, {1.0, 1}}});
    CHECK(s["B"].first == 2);
    CHECK(s["B"].second == Totals{{{"USD", "2019"}, {30.0, 1}}});
    CHECK(s["B"].self == Totals{{{"USD", "2019"}, {7.0, 1}}});
    CHECK(s["C"].self.empty());
    CHECK(totalsOf(r.originSelfPayments) == Totals{{{"USD", "2018"}, {1000.0, 1}}});
    CHECK(s["C"].first == 3);
    CHECK(s["C"].second == Totals{{{"USD", "2017"}, {20.0, 1}}, {{"USD", "2020"}, {10.0, 1}}});
    // Nearest first.
    CHECK(r.counterparts[0].id == "A");
    CHECK(r.counterparts[2].id == "C");
    // F1's self-payment is not a flow to anyone; F2 and D are not downstream of F1.
    CHECK(s.count("F1") == 0);
    CHECK(s.count("F2") == 0);

    // Two payments F1 -> A, one A -> B, two B -> C: 2 + 2 + 4 simple paths, shortest first.
    CHECK(r.paths.size() == 8);
    CHECK_FALSE(r.truncated);
    CHECK(r.paths[0].vertices.size() == 2);
    CHECK(r.paths[7].vertices.size() == 4);
    CHECK(pathStrings(r).count("F1 -f1a-18-> A -ab-19-> B -bc-17-> C") == 1);

    // One hop further the cycle closes: C's payment back to A now counts in A's totals once,
    // and no path goes through A twice.
    auto r4 = w.flows("F1", graph::Direction::Downstream, 4);
    auto s4 = summary(r4);
    CHECK(s4["A"].second == Totals{{{"USD", "2018"}, {100.0, 1}},
                                   {{"USD", "2019"}, {50.0, 1}},
                                   {{"USD", "2021"}, {5.0, 1}}});
    CHECK(r4.paths.size() == 8);
    CHECK(s4.size() == 3);

    // Depth 1: only A, with F1's payments and A's self-payment.
    auto r1 = w.flows("F1", graph::Direction::Downstream, 1);
    CHECK(summary(r1).size() == 1);
    CHECK(summary(r1)["A"].self.size() == 1);
    CHECK(r1.paths.size() == 2);
}

TEST_CASE("graph flows: upstream, mixed currencies never summed", "[graph]")
{
    FlowWs w(kActors, kPayments);
    auto r = w.flows("A", graph::Direction::Upstream, 1);
    auto s = summary(r);
    // Funders of A: F1 in dollars, F2 in euros, C in dollars; A's own self-payment apart.
    REQUIRE(s.size() == 3);
    CHECK(s["F1"].second == Totals{{{"USD", "2018"}, {100.0, 1}}, {{"USD", "2019"}, {50.0, 1}}});
    CHECK(s["F1"].self == Totals{{{"USD", "2018"}, {1000.0, 1}}});
    CHECK(totalsOf(r.originSelfPayments) == Totals{{{"USD", "2019"}, {1.0, 1}}});
    CHECK(s["F2"].second == Totals{{{"EUR", "2018"}, {70.0, 1}}});
    CHECK(s["C"].second == Totals{{{"USD", "2021"}, {5.0, 1}}});

    // Upstream of C within 2 hops: B (paying C, and itself), then A and D (paying B).
    auto c = summary(w.flows("C", graph::Direction::Upstream, 2));
    REQUIRE(c.size() == 3);
    CHECK(c["B"].first == 1);
    CHECK(c["B"].second == Totals{{{"USD", "2017"}, {20.0, 1}}, {{"USD", "2020"}, {10.0, 1}}});
    CHECK(c["B"].self == Totals{{{"USD", "2019"}, {7.0, 1}}});
    CHECK(c["A"].first == 2);
    CHECK(c["A"].second == Totals{{{"USD", "2019"}, {30.0, 1}}});
    CHECK(c["D"].second == Totals{{{"USD", "2022"}, {40.0, 1}}});
}

TEST_CASE("graph flows: time-respecting chains", "[graph]")
{
    FlowWs w(kActors, kPayments);
    // Downstream of F1: A from 2018, B from 2019-07; of B's payments to C only the 2020 one
    // comes after money reached B.
    auto r = w.flows("F1", graph::Direction::Downstream, 3, true);
    auto s = summary(r);
    REQUIRE(s.size() == 3);
    CHECK(s["A"].second == Totals{{{"USD", "2018"}, {100.0, 1}}, {{"USD", "2019"}, {50.0, 1}}});
    CHECK(s["A"].self.size() == 1); // 2019, after money reached A in 2018
    CHECK(s["B"].second == Totals{{{"USD", "2019"}, {30.0, 1}}});
    CHECK(s["B"].self.size() == 1); // 2019-10, after 2019-07-01
    CHECK(s["C"].second == Totals{{{"USD", "2020"}, {10.0, 1}}});
    // F1 -> A (either) -> B -> C (2020 only): 2 + 2 + 2.
    CHECK(r.paths.size() == 6);
    for (const auto& p : r.paths)
        CHECK(std::find(p.edges.begin(), p.edges.end(), "bc-17") == p.edges.end());

    // Upstream of C: D paid B in 2022, after B's last payment to C: not a funder of C in time.
    auto up = summary(w.flows("C", graph::Direction::Upstream, 2, true));
    CHECK(up.count("D") == 0);
    CHECK(up.count("A") == 1); // A -> B in 2019, B -> C in 2020
    auto plain = summary(w.flows("C", graph::Direction::Upstream, 2, false));
    CHECK(plain.count("D") == 1);

    // Partial dates: "2019" fits any day of 2019, both ways.
    FlowWs partial({"X", "Y", "Z"}, {{"xy", "X", "Y", "1", "USD", "2019-11-30"},
                                     {"yz", "Y", "Z", "1", "USD", "2019"}});
    CHECK(summary(partial.flows("X", graph::Direction::Downstream, 2, true)).count("Z") == 1);
    CHECK(summary(partial.flows("Z", graph::Direction::Upstream, 2, true)).count("X") == 1);
}

TEST_CASE("graph flows: undated and amountless payments", "[graph]")
{
    FlowWs w({"X", "Y", "Z"}, {{"xy", "X", "Y", "", "USD", "2019"},
                               {"xy2", "X", "Y", "5", "", ""},
                               {"yz", "Y", "Z", "3", "EUR", ""}});
    auto r = w.flows("X", graph::Direction::Downstream, 2);
    REQUIRE(r.counterparts.size() == 2);
    const auto& y = r.counterparts[0];
    CHECK(y.id == "Y");
    REQUIRE(y.totals.size() == 2);
    // Sorted by currency, then year: ("", "") before ("USD", "2019").
    CHECK(y.totals[0].currency.empty());
    CHECK(y.totals[0].year.empty());
    CHECK(y.totals[0].amount == 5);
    CHECK(y.totals[0].count == 1);
    CHECK(y.totals[1].currency == "USD");
    CHECK(y.totals[1].amount == 0);
    CHECK(y.totals[1].count == 1);
    CHECK(y.totals[1].withoutAmount == 1);
    // Time-respecting, undated payments cannot be placed: Z drops out, and xy2 with it.
    auto t = w.flows("X", graph::Direction::Downstream, 2, true);
    REQUIRE(t.counterparts.size() == 1);
    CHECK(t.counterparts[0].totals.size() == 1);
    CHECK(t.paths.size() == 1);
}

TEST_CASE("graph flows: the path cap and only money-carrying relationships", "[graph]")
{
    std::vector<Pay> many;
    for (int i = 0; i < 30; ++i)
        many.push_back({"p" + std::to_string(i), "X", "Y", "1", "USD", "2020"});
    many.push_back({"yz", "Y", "Z", "1", "USD", "2021"});
    FlowWs w(
        {"X", "Y", "Z"}, many,
        R"({"id": "dir", "schema": "Directorship", "properties": {"director": ["X"], "organization": ["Z"]}}
)");
    auto r = w.flows("X", graph::Direction::Downstream, 2, false, 10);
    CHECK(r.paths.size() == 10);
    CHECK(r.truncated);
    CHECK(r.counterparts.size() == 2);
    CHECK(r.counterparts[0].totals[0].count == 30);
    CHECK(r.counterparts[1].hops == 2); // Z through Y, not through the directorship
    auto none = w.flows("X", graph::Direction::Downstream, 2, false, 0);
    CHECK(none.paths.empty());
    CHECK_FALSE(none.truncated);

    graph::FlowOptions all;
    all.direction = graph::Direction::Downstream;
    all.schemata = {};
    auto r2 = graph::flows(w.projection(), "X", all);
    REQUIRE(r2);
    CHECK(r2->counterparts[1].id == "Z");
    CHECK(r2->counterparts[1].hops == 1);
}

TEST_CASE("graph flows: bad input", "[graph]")
{
    FlowWs w(kActors, kPayments);
    graph::FlowOptions o;
    o.depth = 0;
    CHECK(w.error("A", o) == "the depth must be between 1 and 10 hops, not 0");
    o.depth = 1000;
    CHECK(w.error("A", o) == "the depth must be between 1 and 10 hops, not 1000");
    o.depth = 3;
    CHECK(w.error("nobody", o).find("'nobody' is not an actor of the graph") == 0);
    o.schemata = {"Person"};
    CHECK(w.error("A", o) == "'Person' is not a relationship schema");
    // An actor with no payments: nothing flows, no error.
    FlowWs lonely({"L", "M"}, {});
    auto r = lonely.flows("L", graph::Direction::Upstream, 10);
    CHECK(r.counterparts.empty());
    CHECK(r.paths.empty());
}
