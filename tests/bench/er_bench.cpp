// SPDX-License-Identifier: GPL-3.0-or-later
// Entity-resolution benchmark (issue 4): quality on labelled data and speed on generated data.
//
//   er_bench febrl DIR [--threshold T]           FEBRL: link dataset4a to dataset4b, dedupe
//   dataset3 er_bench donations FILE [--threshold T]      the donations fixture: which pairs dedupe
//   finds er_bench names CSV [--threshold T] [-v]      the cross-script labelled set (tests/data)
//   er_bench dedupe WORKSPACE TRUTH [--threshold T]
//                                                findCandidates on an imported workspace, timed,
//                                                against a truth file of "idA,idB" lines
//
// FEBRL records become Person entities: given_name + surname -> name (and firstName,
// lastName), date_of_birth -> birthDate (when it is a valid date), street number, address
// lines, suburb, postcode and state -> address, soc_sec_id -> idNumber, country "au".
// Ground truth: rec-N-org and rec-N-dup-K are the same person N.

#include "io/Import.h"
#include "match/Matcher.h"
#include "match/Normalize.h"
#include "model/Values.h"
#include "store/Workspace.h"
#include "util/Json.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
#include <numeric>
#include <set>
#include <sstream>
#include <string>
#include <sys/resource.h>
#include <unordered_map>
#include <unordered_set>
#include <vector>

using namespace commonplace;

namespace {

using Pair = std::pair<std::string, std::string>;

Pair ordered(std::string a, std::string b)
{
    if (b < a)
        std::swap(a, b);
    return {std::move(a), std::move(b)};
}

struct PairHash
{
    std::size_t operator()(const Pair& p) const
    {
        return std::hash<std::string>{}(p.first) * 31 + std::hash<std::string>{}(p.second);
    }
};
using PairSet = std::unordered_set<Pair, PairHash>;

std::string trim(std::string s)
{
    while (!s.empty() && (s.back() == ' ' || s.back() == '\r' || s.back() == '\n'))
        s.pop_back();
    std::size_t i = 0;
    while (i < s.size() && s[i] == ' ')
        ++i;
    return s.substr(i);
}

/** Minimal CSV: commas, double quotes, no newlines inside fields (enough for our inputs). */
std::vector<std::string> splitCsv(const std::string& line)
{
    std::vector<std::string> out;
    std::string cur;
    bool quoted = false;
    for (std::size_t i = 0; i < line.size(); ++i) {
        char c = line[i];
        if (quoted) {
            if (c == '"' && i + 1 < line.size() && line[i + 1] == '"') {
                cur.push_back('"');
                ++i;
            } else if (c == '"') {
                quoted = false;
            } else {
                cur.push_back(c);
            }
        } else if (c == '"') {
            quoted = true;
        } else if (c == ',') {
            out.push_back(trim(cur));
            cur.clear();
        } else {
            cur.push_back(c);
        }
    }
    out.push_back(trim(cur));
    return out;
}

class TempFolder
{
public:
    TempFolder()
    {
        std::string tmpl = (std::filesystem::temp_directory_path() / "er-bench.XXXXXX").string();
        if (!::mkdtemp(tmpl.data())) {
            std::perror("mkdtemp");
            std::exit(1);
        }
        m_path = tmpl;
    }
    ~TempFolder()
    {
        std::error_code ec;
        std::filesystem::remove_all(m_path, ec);
    }
    std::string file(const std::string& name) const { return m_path + "/" + name; }

private:
    std::string m_path;
};

void die(const Error& e)
{
    std::fprintf(stderr, "er_bench: %s\n", e.describe().c_str());
    std::exit(1);
}

std::unique_ptr<store::Workspace> newWorkspace(const std::string& path)
{
    auto ws = store::Workspace::open(path, store::Workspace::Mode::CreateNew);
    if (!ws)
        die(ws.error());
    return std::move(*ws);
}

void import(store::Workspace& ws, const std::string& file, const std::string& dataset)
{
    io::ImportOptions opts;
    opts.format = io::Format::Ftm;
    opts.dataset = dataset;
    auto r = io::importFile(ws, file, opts);
    if (!r)
        die(r.error());
}

void writeEntity(std::ofstream& out, const std::string& id, const std::string& schema,
                 const std::vector<std::pair<std::string, std::string>>& props)
{
    std::string line;
    util::JsonWriter w(line);
    w.beginObject().key("id").value(id).key("schema").value(schema).key("properties").beginObject();
    std::map<std::string, std::vector<std::string>> grouped;
    for (auto& [k, v] : props)
        if (!v.empty())
            grouped[k].push_back(v);
    for (auto& [k, vs] : grouped) {
        w.key(k).beginArray();
        for (auto& v : vs)
            w.value(v);
        w.endArray();
    }
    w.endObject().endObject();
    out << line << '\n';
}

struct Curve
{
    double threshold;
    std::size_t predicted, truePositives;
};

bool g_verbose = false;

void printQuality(const char* title, const std::vector<match::Candidate>& cands,
                  const PairSet& truth, double threshold, const match::DedupeStats& st,
                  double floor = 0.3)
{
    if (g_verbose) {
        int shown = 0;
        for (auto& c : cands) {
            bool isTrue = truth.count(ordered(c.left, c.right)) > 0;
            if (isTrue == (c.score >= threshold) || shown >= 40)
                continue;
            ++shown;
            std::printf("  %s %.3f %s | %s\n", isTrue ? "missed" : "false", c.score, c.left.c_str(),
                        c.right.c_str());
            for (auto& f : c.features)
                if (f.weight != 0)
                    std::printf("      %-22s %+.3f  %s\n", f.name.c_str(), f.weight,
                                f.detail.c_str());
        }
    }
    std::printf("%s\n", title);
    std::printf("  entities %llu, pairs compared %llu, true pairs %zu\n",
                (unsigned long long)st.entities, (unsigned long long)st.pairsCompared,
                truth.size());
    if (st.secondsLoad > 0)
        std::printf("  seconds: read and normalise %.2f, index %.2f, block %.2f, score %.2f\n",
                    st.secondsLoad, st.secondsIndex, st.secondsBlock, st.secondsScore);
    std::printf("  %-9s %9s %9s %9s %7s %7s %7s\n", "threshold", "predicted", "correct", "missed",
                "P", "R", "F1");
    std::vector<double> thresholds = {0.0, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9};
    if (std::find(thresholds.begin(), thresholds.end(), threshold) == thresholds.end())
        thresholds.push_back(threshold);
    std::sort(thresholds.begin(), thresholds.end());
    for (double t : thresholds) {
        if (t + 1e-9 < floor)
            continue; // candidates below the run's threshold were not returned
        std::size_t pred = 0, tp = 0;
        for (auto& c : cands) {
            if (c.score + 1e-12 < t)
                continue;
            ++pred;
            if (truth.count(ordered(c.left, c.right)))
                ++tp;
        }
        double p = pred ? double(tp) / double(pred) : 1.0;
        double r = truth.empty() ? 1.0 : double(tp) / double(truth.size());
        double f1 = p + r > 0 ? 2 * p * r / (p + r) : 0;
        std::printf("  %-9.2f %9zu %9zu %9zu %7.4f %7.4f %7.4f%s\n", t, pred, tp, truth.size() - tp,
                    p, r, f1, t == threshold ? "   <- default" : "");
    }
}

// ---- FEBRL ------------------------------------------------------------------------------------

struct Febrl
{
    std::vector<std::string> ids;
};

std::string febrlDate(const std::string& s)
{
    if (s.size() != 8 || !std::all_of(s.begin(), s.end(), ::isdigit))
        return {};
    int m = std::stoi(s.substr(4, 2)), d = std::stoi(s.substr(6, 2));
    if (m < 1 || m > 12 || d < 1 || d > 31)
        return {};
    std::string iso = s.substr(0, 4) + "-" + s.substr(4, 2) + "-" + s.substr(6, 2);
    return model::isDatePrefix(iso) ? iso : std::string();
}

/** Converts a FEBRL CSV to FtM JSON lines; returns the record ids. */
std::vector<std::string> convertFebrl(const std::string& csv, const std::string& out)
{
    std::ifstream in(csv);
    if (!in)
        die(makeError("cannot read", csv));
    std::ofstream o(out);
    std::string line;
    std::getline(in, line); // header
    std::vector<std::string> ids;
    while (std::getline(in, line)) {
        auto f = splitCsv(line);
        if (f.size() < 11)
            continue;
        const std::string& id = f[0];
        std::string given = f[1], surname = f[2];
        std::string name = trim(given + " " + surname);
        std::string address = trim(f[3] + " " + f[4]);
        for (int i : {5, 6}) {
            if (!f[std::size_t(i)].empty())
                address += (address.empty() ? "" : ", ") + f[std::size_t(i)];
        }
        std::string tail = trim(f[7] + " " + f[8]);
        if (!tail.empty())
            address += (address.empty() ? "" : " ") + tail;
        writeEntity(o, id, "Person",
                    {{"name", name},
                     {"firstName", given},
                     {"lastName", surname},
                     {"birthDate", febrlDate(f[9])},
                     {"address", address},
                     {"idNumber", f[10]},
                     {"country", "au"}});
        ids.push_back(id);
    }
    return ids;
}

std::string febrlPerson(const std::string& id)
{
    // rec-N-org / rec-N-dup-K -> N
    auto a = id.find('-'), b = id.find('-', a + 1);
    return id.substr(a + 1, b - a - 1);
}

int runFebrl(const std::string& dir, double threshold)
{
    TempFolder tmp;
    {
        auto ws = newWorkspace(tmp.file("link.commonplace"));
        auto a = convertFebrl(dir + "/dataset4a.csv", tmp.file("4a.ijson"));
        auto b = convertFebrl(dir + "/dataset4b.csv", tmp.file("4b.ijson"));
        import(*ws, tmp.file("4a.ijson"), "febrl4a");
        import(*ws, tmp.file("4b.ijson"), "febrl4b");
        PairSet truth;
        std::unordered_map<std::string, std::vector<std::string>> inB;
        for (auto& id : b)
            inB[febrlPerson(id)].push_back(id);
        for (auto& id : a)
            for (auto& other : inB[febrlPerson(id)])
                truth.insert(ordered(id, other));
        match::DedupeOptions opts;
        opts.dataset = "febrl4a";
        opts.against = "febrl4b";
        opts.threshold = 0.3;
        match::DedupeStats st;
        auto t0 = std::chrono::steady_clock::now();
        auto cands = match::findCandidates(*ws, opts, &st);
        double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
        if (!cands)
            die(cands.error());
        printQuality("FEBRL dataset4a -> dataset4b (linkage)", *cands, truth, threshold, st);
        if (g_verbose) {
            PairSet proposed;
            for (auto& c : *cands)
                proposed.insert(ordered(c.left, c.right));
            int shown = 0;
            for (auto& p : truth) {
                if (proposed.count(p) || shown++ >= 30)
                    continue;
                auto c = match::explainPair(*ws, p.first, p.second);
                if (!c)
                    continue;
                std::printf("  below 0.3 or not proposed: %.3f %s | %s\n", c->score,
                            p.first.c_str(), p.second.c_str());
                for (auto& f : c->features)
                    if (f.weight != 0)
                        std::printf("      %-22s %+.3f  %s\n", f.name.c_str(), f.weight,
                                    f.detail.c_str());
            }
        }
        std::printf("  time %.2f s\n\n", secs);
    }
    {
        auto ws = newWorkspace(tmp.file("dedupe.commonplace"));
        auto ids = convertFebrl(dir + "/dataset3.csv", tmp.file("3.ijson"));
        import(*ws, tmp.file("3.ijson"), "febrl3");
        std::unordered_map<std::string, std::vector<std::string>> byPerson;
        for (auto& id : ids)
            byPerson[febrlPerson(id)].push_back(id);
        PairSet truth;
        for (auto& [person, members] : byPerson)
            for (std::size_t i = 0; i < members.size(); ++i)
                for (std::size_t j = i + 1; j < members.size(); ++j)
                    truth.insert(ordered(members[i], members[j]));
        match::DedupeOptions opts;
        opts.threshold = 0.3;
        match::DedupeStats st;
        auto t0 = std::chrono::steady_clock::now();
        auto cands = match::findCandidates(*ws, opts, &st);
        double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
        if (!cands)
            die(cands.error());
        printQuality("FEBRL dataset3 (deduplication)", *cands, truth, threshold, st);
        std::printf("  time %.2f s\n", secs);
    }
    return 0;
}

// ---- donations --------------------------------------------------------------------------------

struct UnionFind
{
    std::unordered_map<std::string, std::string> parent;
    std::string find(const std::string& x)
    {
        auto it = parent.find(x);
        if (it == parent.end() || it->second == x)
            return x;
        std::string root = find(it->second);
        parent[x] = root;
        return root;
    }
    bool unite(const std::string& a, const std::string& b)
    {
        std::string ra = find(a), rb = find(b);
        if (ra == rb)
            return false;
        parent[ra] = rb;
        return true;
    }
};

std::string captionOf(store::Workspace& ws, const std::string& id)
{
    auto d = ws.entity(id);
    return d ? d->entity.caption : id;
}

int runDonations(const std::string& file, double threshold)
{
    TempFolder tmp;
    auto ws = newWorkspace(tmp.file("donations.commonplace"));
    import(*ws, file, "donations");
    match::DedupeOptions opts;
    opts.threshold = 0.3;
    match::DedupeStats st;
    auto cands = match::findCandidates(*ws, opts, &st);
    if (!cands)
        die(cands.error());
    auto stats = ws->stats();
    std::int64_t entities = stats ? stats->entities : 0;
    UnionFind uf;
    int merges = 0;
    std::printf("Donations fixture: %lld entities, %llu compared by the matcher, %llu pairs "
                "compared\n",
                (long long)entities, (unsigned long long)st.entities,
                (unsigned long long)st.pairsCompared);
    std::printf("Candidates at or above 0.30 (merged at the default threshold %.2f marked *):\n",
                threshold);
    for (auto& c : *cands) {
        bool merge = c.score >= threshold;
        if (merge && uf.unite(c.left, c.right))
            ++merges;
        std::printf(" %s %.3f  %s  |  %s\n", merge ? "*" : " ", c.score,
                    captionOf(*ws, c.left).c_str(), captionOf(*ws, c.right).c_str());
        for (auto& f : c.features)
            if (f.weight != 0)
                std::printf("          %-22s %+.3f  %s\n", f.name.c_str(), f.weight,
                            f.detail.c_str());
    }
    std::printf("Merging every pair at or above %.2f: %lld entities -> %lld\n", threshold,
                (long long)entities, (long long)(entities - merges));
    return 0;
}

// ---- names across scripts ---------------------------------------------------------------------

int runNames(const std::string& csv, double threshold, bool verbose)
{
    std::ifstream in(csv);
    if (!in)
        die(makeError("cannot read", csv));
    struct Row
    {
        std::string id, cluster, schema, name, note;
    };
    std::vector<Row> rows;
    std::string line;
    std::getline(in, line);
    while (std::getline(in, line)) {
        if (trim(line).empty())
            continue;
        auto f = splitCsv(line);
        if (f.size() < 3)
            continue;
        rows.push_back(
            {"n" + std::to_string(rows.size() + 1), f[0], f[1], f[2], f.size() > 3 ? f[3] : ""});
    }
    PairSet truth;
    std::size_t negatives = 0;
    for (std::size_t i = 0; i < rows.size(); ++i)
        for (std::size_t j = i + 1; j < rows.size(); ++j) {
            if (rows[i].cluster == rows[j].cluster)
                truth.insert(ordered(rows[i].id, rows[j].id));
            else
                ++negatives;
        }
    std::unordered_map<std::string, const Row*> byId;
    for (auto& r : rows)
        byId[r.id] = &r;
    std::printf(
        "Names across scripts: %zu names in %zu clusters, %zu true pairs, %zu other pairs\n",
        rows.size(),
        std::set<std::string>([&] {
            std::set<std::string> s;
            for (auto& r : rows)
                s.insert(r.cluster);
            return s;
        }())
            .size(),
        truth.size(), negatives);

    // Every pair scored, without blocking: the scorer alone.
    std::vector<match::Candidate> all;
    for (std::size_t i = 0; i < rows.size(); ++i)
        for (std::size_t j = i + 1; j < rows.size(); ++j) {
            match::MatchRecord a{rows[i].id, rows[i].schema, {{"name", rows[i].name}}, {}};
            match::MatchRecord b{rows[j].id, rows[j].schema, {{"name", rows[j].name}}, {}};
            auto c = match::compareRecords(a, b);
            if (c && c->score >= 0.3)
                all.push_back(*c);
        }
    match::DedupeStats none; // (all pairs scored)
    none.entities = rows.size();
    none.pairsCompared = rows.size() * (rows.size() - 1) / 2;
    printQuality("  scorer alone (all pairs):", all, truth, threshold, none);

    // Through a workspace: blocking and scoring as `dedupe` does.
    TempFolder tmp;
    auto ws = newWorkspace(tmp.file("names.commonplace"));
    {
        std::ofstream o(tmp.file("names.ijson"));
        for (auto& r : rows)
            writeEntity(o, r.id, r.schema, {{"name", r.name}});
    }
    import(*ws, tmp.file("names.ijson"), "names");
    match::DedupeOptions opts;
    opts.threshold = 0.3;
    match::DedupeStats st;
    auto cands = match::findCandidates(*ws, opts, &st);
    if (!cands)
        die(cands.error());
    printQuality("  dedupe (blocking + scoring):", *cands, truth, threshold, st);

    if (verbose) {
        PairSet found;
        std::printf("  false positives at %.2f:\n", threshold);
        for (auto& c : all) {
            if (c.score < threshold)
                continue;
            found.insert(ordered(c.left, c.right));
            if (!truth.count(ordered(c.left, c.right)))
                std::printf("    %.3f  %s  |  %s\n", c.score, byId[c.left]->name.c_str(),
                            byId[c.right]->name.c_str());
        }
        std::printf("  missed at %.2f (score):\n", threshold);
        std::map<Pair, double> scores;
        for (auto& c : all)
            scores[ordered(c.left, c.right)] = c.score;
        for (auto& p : truth)
            if (!found.count(p))
                std::printf("    %.3f  %s  |  %s\n", scores.count(p) ? scores[p] : 0.0,
                            byId[p.first]->name.c_str(), byId[p.second]->name.c_str());
        PairSet blocked;
        for (auto& c : *cands)
            blocked.insert(ordered(c.left, c.right));
        std::size_t lost = 0;
        for (auto& p : found)
            if (truth.count(p) && !blocked.count(p))
                ++lost;
        std::printf("  true pairs the scorer finds but blocking does not propose: %zu\n", lost);
    }
    return 0;
}

// ---- speed ------------------------------------------------------------------------------------

int runDedupe(const std::string& path, const std::string& truthFile, double threshold)
{
    PairSet truth;
    {
        std::ifstream in(truthFile);
        if (!in)
            die(makeError("cannot read", truthFile));
        std::string line;
        while (std::getline(in, line)) {
            auto comma = line.find(',');
            if (comma == std::string::npos)
                continue;
            truth.insert(ordered(line.substr(0, comma), trim(line.substr(comma + 1))));
        }
    }
    auto ws = store::Workspace::open(path, store::Workspace::Mode::OpenExisting);
    if (!ws)
        die(ws.error());
    match::DedupeOptions opts;
    opts.threshold = threshold; // as `dedupe` runs: the default threshold
    if (const char* t = std::getenv("ER_MIN_SCORE"))
        opts.threshold = std::atof(t);
    if (const char* k = std::getenv("ER_MAX_PER_ENTITY"))
        opts.maxPerEntity = std::size_t(std::atoi(k));
    match::DedupeStats st;
    auto t0 = std::chrono::steady_clock::now();
    auto cands = match::findCandidates(**ws, opts, &st);
    double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    if (!cands)
        die(cands.error());
    struct rusage ru
    {};
    ::getrusage(RUSAGE_SELF, &ru);
    std::printf("dedupe of %s\n", path.c_str());
    std::printf("  time %.2f s (read and normalise %.2f, index %.2f, block %.2f, score %.2f)\n",
                secs, st.secondsLoad, st.secondsIndex, st.secondsBlock, st.secondsScore);
    std::printf("  peak memory %.0f MB\n", double(ru.ru_maxrss) / 1024.0);
    std::printf("  keys %llu (postings %llu, %llu too common), index entries read %llu, pairs "
                "compared %llu, judged skipped %llu\n",
                (unsigned long long)st.keys, (unsigned long long)st.postings,
                (unsigned long long)st.cappedKeys, (unsigned long long)st.blockingWork,
                (unsigned long long)st.pairsCompared, (unsigned long long)st.skippedJudged);
    printQuality("quality against the truth file:", *cands, truth, threshold, st, opts.threshold);
    if (g_verbose) {
        PairSet proposed;
        for (auto& c : *cands)
            proposed.insert(ordered(c.left, c.right));
        int shown = 0;
        for (auto& p : truth) {
            if (proposed.count(p) || shown++ >= 40)
                continue;
            auto c = match::explainPair(**ws, p.first, p.second);
            if (!c)
                continue;
            std::printf("  not found: %.3f %s | %s\n", c->score, p.first.c_str(), p.second.c_str());
            for (auto& f : c->features)
                if (f.weight != 0)
                    std::printf("      %-22s %+.3f  %s\n", f.name.c_str(), f.weight,
                                f.detail.c_str());
        }
    }
    if (const char* dump = std::getenv("ER_DUMP")) {
        // One line per candidate: truth, score, then feature=weight pairs (for analysis).
        std::ofstream out(dump);
        for (auto& c : *cands) {
            out << (truth.count(ordered(c.left, c.right)) ? 1 : 0) << "\t" << c.score << "\t"
                << c.left << "\t" << c.right;
            for (auto& f : c.features)
                out << '\t' << f.name << '=' << f.weight << '=' << f.value;
            out << '\n';
        }
    }
    return 0;
}

int runPair(const std::string& schema, const std::string& a, const std::string& b)
{
    match::Normalizer norm;
    match::NameKind kind = schema == "Person"        ? match::NameKind::Person
                           : schema == "LegalEntity" ? match::NameKind::Unknown
                                                     : match::NameKind::Organization;
    for (auto* s : {&a, &b}) {
        auto n = norm.name(*s, kind);
        std::printf("%s -> [", s->c_str());
        for (std::size_t i = 0; i < n.tokens.size(); ++i)
            std::printf("%s%s/%d", i ? " " : "", n.tokens[i].c_str(), int(n.kinds[i]));
        std::printf("] script %s\n", std::string(match::toString(n.script)).c_str());
    }
    auto c =
        match::compareRecords({"a", schema, {{"name", a}}, {}}, {"b", schema, {{"name", b}}, {}});
    if (!c)
        die(c.error());
    std::printf("score %.3f\n", c->score);
    for (auto& f : c->features)
        std::printf("  %-28s %.3f %+.3f  %s\n", f.name.c_str(), f.value, f.weight,
                    f.detail.c_str());
    return 0;
}

void usage()
{
    std::fprintf(stderr,
                 "usage: er_bench febrl DIR | donations FILE | names CSV [-v] | dedupe WORKSPACE "
                 "TRUTH  [--threshold T]\n");
    std::exit(2);
}

} // namespace

int main(int argc, char** argv)
{
    if (argc < 3)
        usage();
    std::string mode = argv[1];
    std::vector<std::string> args;
    double threshold = match::kDefaultThreshold;
    bool verbose = false;
    for (int i = 2; i < argc; ++i) {
        std::string a = argv[i];
        if (a == "--threshold" && i + 1 < argc)
            threshold = std::atof(argv[++i]);
        else if (a == "-v")
            verbose = g_verbose = true;
        else
            args.push_back(a);
    }
    if (mode == "febrl" && args.size() == 1)
        return runFebrl(args[0], threshold);
    if (mode == "donations" && args.size() == 1)
        return runDonations(args[0], threshold);
    if (mode == "names" && args.size() == 1)
        return runNames(args[0], threshold, verbose);
    if (mode == "pair" && args.size() == 3)
        return runPair(args[0], args[1], args[2]);
    if (mode == "dedupe" && args.size() == 2)
        return runDedupe(args[0], args[1], threshold);
    usage();
}
