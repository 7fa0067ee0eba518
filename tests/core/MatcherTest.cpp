// SPDX-License-Identifier: GPL-3.0-or-later
#include "match/Matcher.h"
#include "TestUtil.h"
#include "io/Import.h"
#include "store/Sqlite.h"
#include "store/Workspace.h"

#include <catch2/catch.hpp>

#include <fstream>
#include <map>
#include <set>
#include <sstream>

using namespace commonplace;
using commonplace::test::TempDir;

namespace {

// Three organisations' records of the same actors (fictional), and some that only look alike.
const char* kAlpha =
    R"({"id": "a-hfai", "schema": "Organization", "properties": {"name": ["Heritage Family Alliance International"], "country": ["us"]}}
{"id": "a-sarah", "schema": "Person", "properties": {"name": ["Sarah J. Marlow"], "birthDate": ["1970-03-02"], "nationality": ["gb"]}}
{"id": "a-simon", "schema": "Person", "properties": {"name": ["Simon Marlow"], "birthDate": ["1968-07-11"], "nationality": ["gb"]}}
{"id": "a-holdings", "schema": "Company", "properties": {"name": ["Marlow Holdings Ltd"], "registrationNumber": ["01234567"], "jurisdiction": ["gb"]}}
)";
const char* kBeta =
    R"({"id": "b-hfai", "schema": "Organization", "properties": {"name": ["Alianza Familia Patrimonio Internacional"], "country": ["us"]}}
{"id": "b-sarah", "schema": "Person", "properties": {"name": ["S. Marlow"], "birthDate": ["1970-03-02"]}}
{"id": "b-holdings", "schema": "Company", "properties": {"name": ["Marlow Holdings Limited"], "registrationNumber": ["1234567"]}}
)";
const char* kGamma =
    R"({"id": "c-hfai", "schema": "Organization", "properties": {"name": ["تحالف الأسرة التراثية الدولي"]}}
{"id": "c-other-sarah", "schema": "Person", "properties": {"name": ["Sarah Marlow"], "birthDate": ["1931-11-20"], "gender": ["female"]}}
{"id": "c-payment", "schema": "Payment", "properties": {"payer": ["c-hfai"], "beneficiary": ["a-hfai"], "amount": ["100"]}}
)";

struct Fixture
{
    TempDir dir;
    std::unique_ptr<store::Workspace> ws;

    Fixture()
    {
        auto opened = store::Workspace::open(dir.file("ws.commonplace"));
        REQUIRE(opened);
        ws = std::move(*opened);
        add("alpha", kAlpha);
        add("beta", kBeta);
        add("gamma", kGamma);
    }

    void add(const std::string& dataset, const std::string& content)
    {
        io::ImportOptions opts;
        opts.dataset = dataset;
        opts.format = io::Format::Ftm;
        auto r = io::importFile(*ws, dir.write(dataset + ".ijson", content), opts);
        INFO((r ? std::string() : r.error().describe()));
        REQUIRE(r);
    }

    std::vector<match::Candidate> find(const match::DedupeOptions& o = {})
    {
        auto r = match::findCandidates(*ws, o);
        INFO((r ? std::string() : r.error().describe()));
        REQUIRE(r);
        return *r;
    }
};

std::set<std::pair<std::string, std::string>> pairsOf(const std::vector<match::Candidate>& cs)
{
    std::set<std::pair<std::string, std::string>> out;
    for (auto& c : cs)
        out.emplace(c.left, c.right);
    return out;
}

const match::Feature* feature(const match::Candidate& c, const std::string& name)
{
    for (auto& f : c.features)
        if (f.name == name)
            return &f;
    return nullptr;
}

} // namespace

TEST_CASE("dedupe finds the same actor across datasets and scripts, best first", "[match]")
{
    Fixture f;
    auto cs = f.find();
    auto pairs = pairsOf(cs);
    CHECK(pairs.count({"a-hfai", "b-hfai"}));
    CHECK(pairs.count({"a-hfai", "c-hfai"}));
    CHECK(pairs.count({"b-hfai", "c-hfai"}));
    CHECK(pairs.count({"a-sarah", "b-sarah"}));
    CHECK(pairs.count({"a-holdings", "b-holdings"}));
    // A relative, and a namesake born forty years earlier, are not the same person.
    CHECK_FALSE(pairs.count({"a-sarah", "a-simon"}));
    CHECK_FALSE(pairs.count({"a-sarah", "c-other-sarah"}));
    for (std::size_t i = 0; i < cs.size(); ++i) {
        const auto& c = cs[i];
        CHECK(c.left < c.right);
        CHECK(c.score >= 0.5);
        CHECK(c.score <= 1.0);
        if (i > 0)
            CHECK(cs[i - 1].score >= c.score);
        // A person never matches a company; relationships are never candidates.
        CHECK(c.left.substr(2) == c.right.substr(2));
        REQUIRE(feature(c, "name.similarity"));
        double sum = 0;
        for (auto& ft : c.features)
            sum += ft.weight;
        CHECK(std::clamp(sum, 0.0, 1.0) == Approx(c.score));
    }
    // Every score explains itself.
    for (auto& c : cs) {
        if (c.left != "a-holdings")
            continue;
        auto* id = feature(c, "identifier.match");
        REQUIRE(id);
        CHECK(id->weight > 0);
        CHECK(id->detail.find("registrationNumber") != std::string::npos);
    }
}

TEST_CASE("dedupe reads and never writes", "[match]")
{
    Fixture f;
    sqlite3* db = f.ws->db();
    int before = sqlite3_total_changes(db);
    store::Query q(
        db, "SELECT group_concat(value, '|') FROM (SELECT value FROM statement ORDER BY id)");
    REQUIRE(q.step() == SQLITE_ROW);
    std::string values = q.string(0);
    f.find();
    CHECK(sqlite3_total_changes(db) == before);
    store::Query again(
        db, "SELECT group_concat(value, '|') FROM (SELECT value FROM statement ORDER BY id)");
    REQUIRE(again.step() == SQLITE_ROW);
    CHECK(again.string(0) == values);
}

TEST_CASE("linkage compares one dataset with another only", "[match]")
{
    Fixture f;
    match::DedupeOptions o;
    o.dataset = "alpha";
    o.against = "beta";
    auto pairs = pairsOf(f.find(o));
    CHECK(pairs == std::set<std::pair<std::string, std::string>>{
                       {"a-hfai", "b-hfai"}, {"a-sarah", "b-sarah"}, {"a-holdings", "b-holdings"}});

    o.dataset = "gamma";
    o.against = "alpha";
    pairs = pairsOf(f.find(o));
    CHECK(pairs == std::set<std::pair<std::string, std::string>>{{"a-hfai", "c-hfai"}});

    // Within one dataset.
    match::DedupeOptions within;
    within.dataset = "alpha";
    CHECK(f.find(within).empty());
}

TEST_CASE("pairs in one dataset can be discounted", "[match]")
{
    Fixture f;
    f.add(
        "alpha",
        R"({"id": "a-hfai-2", "schema": "Organization", "properties": {"name": ["Heritage Family Alliance Intl."], "country": ["us"]}})");
    match::DedupeOptions o;
    o.dataset = "alpha";
    auto plain = f.find(o);
    REQUIRE(plain.size() == 1);
    o.discountSameDataset = true;
    auto discounted = f.find(o);
    REQUIRE(discounted.size() == 1);
    CHECK(discounted[0].score < plain[0].score);
    auto* same = feature(discounted[0], "dataset.same");
    REQUIRE(same);
    CHECK(same->detail == "both in dataset alpha");
}

TEST_CASE("pairs already judged or merged are not asked again", "[match]")
{
    Fixture f;
    sqlite3* db = f.ws->db();
    REQUIRE(store::execSql(db, "INSERT INTO judgement(left_key, right_key, judgement) "
                               "VALUES ('b-sarah', 'a-sarah', 'negative')"));
    auto pairs = pairsOf(f.find());
    CHECK_FALSE(pairs.count({"a-sarah", "b-sarah"}));
    match::DedupeOptions all;
    all.skipJudged = false;
    CHECK(pairsOf(f.find(all)).count({"a-sarah", "b-sarah"}));

    // a-hfai and b-hfai merged: no pair between them, and one pair (not two) with c-hfai.
    REQUIRE(store::execSql(db, "UPDATE entity SET canonical_id = (SELECT id FROM entity WHERE "
                               "key = 'b-hfai') WHERE key = 'a-hfai'"));
    auto cs = f.find();
    int withC = 0;
    for (auto& c : cs) {
        CHECK_FALSE((c.left == "a-hfai" && c.right == "b-hfai"));
        if (c.right == "c-hfai")
            ++withC;
    }
    CHECK(withC == 1);
}

TEST_CASE("candidates are bounded per entity and by the threshold", "[match]")
{
    Fixture f;
    // Five more records of the alliance: each entity may take part in two pairs at most.
    std::string more;
    for (int i = 0; i < 5; ++i)
        more +=
            R"({"id": "d-hfai-)" + std::to_string(i) +
            R"(", "schema": "Organization", "properties": {"name": ["Heritage Family Alliance Intl"]}})"
            "\n";
    f.add("delta", more);
    match::DedupeOptions o;
    o.maxPerEntity = 2;
    std::map<std::string, int> count;
    for (auto& c : f.find(o)) {
        ++count[c.left];
        ++count[c.right];
    }
    for (auto& [id, n] : count)
        CHECK(n <= 2);

    o.maxPerEntity = 20;
    o.threshold = 0.99;
    for (auto& c : f.find(o))
        CHECK(c.score >= 0.99);

    // Only the best few, with the count of all.
    match::DedupeOptions all;
    auto everything = f.find(all);
    REQUIRE(everything.size() > 2);
    all.maxCandidates = 2;
    match::DedupeStats stats;
    auto best = match::findCandidates(*f.ws, all, &stats);
    REQUIRE(best);
    REQUIRE(best->size() == 2);
    CHECK(stats.candidates == everything.size());
    CHECK((*best)[0].left == everything[0].left);
    CHECK((*best)[1].right == everything[1].right);
}

TEST_CASE("dedupe options are checked", "[match]")
{
    Fixture f;
    match::DedupeOptions o;
    o.dataset = "nonesuch";
    auto r = match::findCandidates(*f.ws, o);
    REQUIRE_FALSE(r);
    CHECK(r.error().message == "no dataset named 'nonesuch'");
    o = {};
    o.against = "beta";
    CHECK_FALSE(match::findCandidates(*f.ws, o));
    o = {};
    o.dataset = o.against = "beta";
    CHECK_FALSE(match::findCandidates(*f.ws, o));
    o = {};
    o.threshold = 1.5;
    CHECK_FALSE(match::findCandidates(*f.ws, o));
    o = {};
    o.progress = [](std::uint64_t, std::uint64_t) { return false; };
    auto cancelled = match::findCandidates(*f.ws, o);
    REQUIRE_FALSE(cancelled);
    CHECK(cancelled.error().message == "dedupe cancelled");
}

TEST_CASE("an empty workspace has no candidates", "[match]")
{
    TempDir dir;
    auto ws = store::Workspace::open(dir.file("empty.commonplace"));
    REQUIRE(ws);
    match::DedupeStats stats;
    auto r = match::findCandidates(**ws, {}, &stats);
    REQUIRE(r);
    CHECK(r->empty());
    CHECK(stats.entities == 0);
}

TEST_CASE("scores: identifiers, dates, countries and gender raise or lower them", "[match]")
{
    using match::MatchRecord;
    MatchRecord a{"a", "Person", {{"name", "Sarah J. Marlow"}}, {}};
    MatchRecord b{"b", "Person", {{"name", "Sarah Marlow"}}, {}};
    auto base = match::compareRecords(a, b);
    REQUIRE(base);

    auto with = [](MatchRecord r, std::vector<std::pair<std::string, std::string>> values) {
        r.values.insert(r.values.end(), values.begin(), values.end());
        return r;
    };
    auto sameId = match::compareRecords(with(a, {{"passportNumber", "X1234567"}}),
                                        with(b, {{"passportNumber", "x 1234567"}}));
    REQUIRE(sameId);
    CHECK(sameId->score > base->score);
    CHECK(feature(*sameId, "identifier.match"));

    auto born = match::compareRecords(with(a, {{"birthDate", "1970-03-02"}}),
                                      with(b, {{"birthDate", "1970-03-02"}}));
    auto bornYear = match::compareRecords(with(a, {{"birthDate", "1970-03-02"}}),
                                          with(b, {{"birthDate", "1970"}}));
    auto bornApart = match::compareRecords(with(a, {{"birthDate", "1970-03-02"}}),
                                           with(b, {{"birthDate", "1931-11-20"}}));
    REQUIRE((born && bornYear && bornApart));
    CHECK(born->score > bornYear->score);
    CHECK(bornYear->score > base->score);
    CHECK(bornApart->score < base->score - 0.2);
    CHECK(feature(*bornApart, "birth_date.mismatch"));

    auto countries =
        match::compareRecords(with(a, {{"nationality", "gb"}}), with(b, {{"country", "ke"}}));
    REQUIRE(countries);
    CHECK(countries->score < base->score);
    auto gender =
        match::compareRecords(with(a, {{"gender", "female"}}), with(b, {{"gender", "male"}}));
    REQUIRE(gender);
    CHECK(feature(*gender, "gender.mismatch"));
    // An honorific tells the gender too.
    auto frau = match::compareRecords({"a", "Person", {{"name", "Frau Anna Schmidt"}}, {}},
                                      {"b", "Person", {{"name", "Herr Anna Schmidt"}}, {}});
    REQUIRE(frau);
    CHECK(feature(*frau, "gender.mismatch"));

    auto email = match::compareRecords(with(a, {{"email", "S.Marlow@example.org"}}),
                                       with(b, {{"email", "s.marlow@example.org"}}));
    REQUIRE(email);
    CHECK(feature(*email, "email.match"));
    CHECK(email->score > base->score);
}

TEST_CASE("scores need compatible schemata", "[match]")
{
    auto r = match::compareRecords({"a", "Person", {{"name", "Marlow"}}, {}},
                                   {"b", "Company", {{"name", "Marlow"}}, {}});
    REQUIRE_FALSE(r);
    CHECK(r.error().message == "a Person and a Company cannot be the same actor");
    CHECK_FALSE(match::compareRecords({"a", "Payment", {}, {}}, {"b", "Payment", {}, {}}));
    // A LegalEntity may be a person or an organisation.
    auto le = match::compareRecords({"a", "LegalEntity", {{"name", "Marlow Holdings"}}, {}},
                                    {"b", "Company", {{"name", "Marlow Holdings Ltd"}}, {}});
    REQUIRE(le);
    CHECK(le->score > 0.8);
    // Nothing to compare is a score of 0, not an error.
    auto empty = match::compareRecords({"a", "Person", {}, {}}, {"b", "Person", {}, {}});
    REQUIRE(empty);
    CHECK(empty->score == 0);
}

TEST_CASE("one pair explained from the workspace", "[match]")
{
    Fixture f;
    auto c = match::explainPair(*f.ws, "b-sarah", "a-sarah");
    REQUIRE(c);
    CHECK(c->left == "a-sarah");
    CHECK(c->right == "b-sarah");
    CHECK(c->score > 0.5);
    CHECK(feature(*c, "birth_date.match"));
    CHECK_FALSE(match::explainPair(*f.ws, "a-sarah", "nobody"));
    CHECK_FALSE(match::explainPair(*f.ws, "a-sarah", "a-sarah"));
    CHECK_FALSE(match::explainPair(*f.ws, "a-sarah", "a-holdings"));
    CHECK_FALSE(match::explainPair(*f.ws, "a-sarah", "c-payment"));
}

TEST_CASE("names across scripts: precision and recall of the labelled set", "[match]")
{
    // tests/data/names-across-scripts.csv: the same people and organisations in Latin,
    // Cyrillic, Arabic, Greek, Hebrew and Chinese script, and relatives and similarly named
    // organisations that are not the same. The figures are in docs/performance.md.
    std::ifstream in(test::sourcePath("tests/data/names-across-scripts.csv"));
    REQUIRE(in);
    std::string line, json;
    std::getline(in, line);
    std::map<std::string, std::string> cluster;
    int n = 0;
    while (std::getline(in, line)) {
        // cluster,schema,name,note (names may be quoted)
        std::vector<std::string> fields;
        std::string cur;
        bool quoted = false;
        for (char ch : line) {
            if (ch == '"')
                quoted = !quoted;
            else if (ch == ',' && !quoted) {
                fields.push_back(cur);
                cur.clear();
            } else
                cur.push_back(ch);
        }
        fields.push_back(cur);
        if (fields.size() < 3)
            continue;
        std::string id = "n" + std::to_string(++n);
        cluster[id] = fields[0];
        std::string name;
        for (char ch : fields[2])
            name += ch == '"' ? std::string("\\\"") : std::string(1, ch);
        json += R"({"id": ")" + id + R"(", "schema": ")" + fields[1] +
                R"(", "properties": {"name": [")" + name + "\"]}}\n";
    }
    TempDir dir;
    auto ws = store::Workspace::open(dir.file("names.commonplace"));
    REQUIRE(ws);
    io::ImportOptions opts;
    opts.format = io::Format::Ftm;
    REQUIRE(io::importFile(**ws, dir.write("names.ijson", json), opts));
    auto cs = match::findCandidates(**ws, {});
    REQUIRE(cs);
    std::size_t truePairs = 0;
    for (auto& [a, ca] : cluster)
        for (auto& [b, cb] : cluster)
            if (a < b && ca == cb)
                ++truePairs;
    std::size_t correct = 0;
    for (auto& c : *cs)
        if (cluster[c.left] == cluster[c.right])
            ++correct;
    double precision = double(correct) / double(cs->size());
    double recall = double(correct) / double(truePairs);
    INFO("precision " << precision << ", recall " << recall);
    CHECK(precision >= 0.9);
    CHECK(recall >= 0.9);
}

TEST_CASE("the donations fixture: the duplicates nomenklatura's walkthrough merges", "[match]")
{
    TempDir dir;
    auto ws = store::Workspace::open(dir.file("donations.commonplace"));
    REQUIRE(ws);
    io::ImportOptions opts;
    opts.dataset = "donations";
    REQUIRE(io::importFile(**ws, test::fixture("ftm/donations.ijson"), opts));
    auto cs = match::findCandidates(**ws, {});
    REQUIRE(cs);
    std::set<std::pair<std::string, std::string>> captions;
    for (auto& c : *cs) {
        auto l = (*ws)->entity(c.left), r = (*ws)->entity(c.right);
        REQUIRE((l && r));
        captions.emplace(std::min(l->entity.caption, r->entity.caption),
                         std::max(l->entity.caption, r->entity.caption));
    }
    CHECK(captions.count({"Frau Johanna Quandt", "Johanna Quandt"}));
    CHECK(captions.count({"Dr. Rath Health Programms B.V.", "Dr. Rath Health Programs B.V."}));
    CHECK(captions.count({"Bayerische Motorenwerke (BMW) AG", "Bayerische Motorenwerke AG"}));
    CHECK(cs->size() <= 12);
}

TEST_CASE("FEBRL: dataset4a linked to dataset4b at the default threshold", "[match]")
{
    // FEBRL rows become Person entities as tests/bench/er_bench.cpp makes them; rec-N-org (4a)
    // and rec-N-dup-0 (4b) are the same person. The figures are in docs/performance.md.
    TempDir dir;
    auto convert = [&](const std::string& csv, const std::string& out) {
        std::ifstream in(test::fixture("er/febrl/" + csv));
        REQUIRE(in);
        std::ofstream o(out);
        std::string line;
        std::getline(in, line);
        auto field = [](std::string s) {
            while (!s.empty() && (s.front() == ' '))
                s.erase(0, 1);
            while (!s.empty() && (s.back() == ' ' || s.back() == '\r'))
                s.pop_back();
            std::string escaped;
            for (char c : s)
                escaped += c == '"' ? std::string("\\\"") : std::string(1, c);
            return escaped;
        };
        while (std::getline(in, line)) {
            std::vector<std::string> f;
            std::stringstream ss(line);
            std::string cell;
            while (std::getline(ss, cell, ','))
                f.push_back(field(cell));
            if (f.size() < 11)
                continue;
            std::string name = f[1] + (f[1].empty() || f[2].empty() ? "" : " ") + f[2];
            std::string address =
                f[3] + " " + f[4] + ", " + f[5] + ", " + f[6] + " " + f[7] + " " + f[8];
            std::string props = R"("name": [")" + name + R"("], "address": [")" + address +
                                R"("], "idNumber": [")" + f[10] + R"("], "country": ["au"])";
            const std::string& d = f[9];
            if (d.size() == 8) {
                std::string iso = d.substr(0, 4) + "-" + d.substr(4, 2) + "-" + d.substr(6, 2);
                int m = std::atoi(d.substr(4, 2).c_str()), day = std::atoi(d.substr(6, 2).c_str());
                if (m >= 1 && m <= 12 && day >= 1 && day <= 28)
                    props += R"(, "birthDate": [")" + iso + "\"]";
            }
            o << R"({"id": ")" << f[0] << R"(", "schema": "Person", "properties": {)" << props
              << "}}\n";
        }
    };
    convert("dataset4a.csv", dir.file("4a.ijson"));
    convert("dataset4b.csv", dir.file("4b.ijson"));
    auto ws = store::Workspace::open(dir.file("febrl.commonplace"));
    REQUIRE(ws);
    for (auto [file, dataset] :
         {std::pair{"4a.ijson", "febrl4a"}, std::pair{"4b.ijson", "febrl4b"}}) {
        io::ImportOptions opts;
        opts.format = io::Format::Ftm;
        opts.dataset = dataset;
        auto r = io::importFile(**ws, dir.file(file), opts);
        INFO((r ? std::string() : r.error().describe()));
        REQUIRE(r);
    }
    match::DedupeOptions o;
    o.dataset = "febrl4a";
    o.against = "febrl4b";
    auto cs = match::findCandidates(**ws, o);
    REQUIRE(cs);
    auto person = [](const std::string& id) {
        auto a = id.find('-'), b = id.find('-', a + 1);
        return id.substr(a + 1, b - a - 1);
    };
    std::size_t correct = 0;
    for (auto& c : *cs)
        if (person(c.left) == person(c.right))
            ++correct;
    double precision = double(correct) / double(cs->size());
    double recall = double(correct) / 5000.0;
    double f1 = 2 * precision * recall / (precision + recall);
    INFO("precision " << precision << ", recall " << recall << ", F1 " << f1);
    CHECK(f1 >= 0.95);
}
