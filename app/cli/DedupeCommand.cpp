// SPDX-License-Identifier: GPL-3.0-or-later
#include "DedupeCommand.h"

#include "Open.h"
#include "match/Match.h"
#include "match/Matcher.h"
#include "store/Sqlite.h"
#include "store/Workspace.h"
#include "util/Json.h"

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <pwd.h>
#include <unistd.h>

namespace commonplace::cli {

namespace {

std::string loginName()
{
    if (const char* login = std::getenv("USER"); login && *login)
        return login;
    if (const passwd* pw = ::getpwuid(::getuid()); pw && pw->pw_name)
        return pw->pw_name;
    return "unknown";
}

/** Progress on stderr when it is a terminal; nothing when piped. */
class Progress
{
public:
    Progress()
        : m_enabled(::isatty(2) == 1)
    {}
    ~Progress() { finish(); }

    bool update(std::uint64_t done, std::uint64_t total)
    {
        if (!m_enabled)
            return true;
        auto now = std::chrono::steady_clock::now();
        if (now - m_last < std::chrono::milliseconds(100))
            return true;
        m_last = now;
        m_drawn = true;
        int pct = total ? int(100.0 * double(done) / double(total)) : 0;
        std::fprintf(stderr, "\rFinding candidates %3d%%", std::min(pct, 100));
        std::fflush(stderr);
        return true;
    }

    void finish()
    {
        if (m_drawn) {
            std::fprintf(stderr, "\r%30s\r", "");
            std::fflush(stderr);
            m_drawn = false;
        }
    }

private:
    bool m_enabled;
    bool m_drawn = false;
    std::chrono::steady_clock::time_point m_last;
};

struct Labels
{
    std::string caption, schema;
};

Labels labelsOf(sqlite3* db, const std::string& id)
{
    store::Query q(db, "SELECT coalesce(caption, ''), schema FROM entity WHERE key = ?1");
    q.bind(1, id);
    if (q.step() == SQLITE_ROW)
        return {q.string(0), q.string(1)};
    return {};
}

struct Skipped
{
    std::string left, right, reason;
};

} // namespace

int cmdDedupe(const std::string& workspacePath, bool json, const DedupeArgs& args)
{
    if (!(args.threshold >= 0 && args.threshold <= 1))
        return usage("--threshold must be between 0 and 1");
    if (args.autoScore && !(*args.autoScore >= 0 && *args.autoScore <= 1))
        return usage("--auto must be a score between 0 and 1");
    if (!args.against.empty() && args.dataset.empty())
        return usage("--against needs --dataset: link one dataset against another");
    if (args.limit < 0)
        return usage("--limit must be 0 (all) or more");

    auto opened = workspacePath.empty()
                      ? openCliWorkspace(store::Workspace::defaultPath(),
                                         store::Workspace::Mode::OpenOrCreate)
                      : openCliWorkspace(workspacePath, store::Workspace::Mode::OpenExisting);
    if (!opened)
        return fail(opened.error());
    store::Workspace& ws = **opened;

    match::DedupeOptions options;
    options.dataset = args.dataset;
    options.against = args.against;
    options.threshold = args.autoScore ? std::min(args.threshold, *args.autoScore) : args.threshold;
    options.discountSameDataset = args.discountSameDataset;
    Progress progress;
    options.progress = [&](std::uint64_t done, std::uint64_t total) {
        return progress.update(done, total);
    };
    // Without --auto only the first --limit candidates are shown: only those need explaining.
    if (!args.autoScore && args.limit > 0)
        options.maxCandidates = std::size_t(args.limit);
    match::DedupeStats stats;
    auto found = match::findCandidates(ws, options, &stats);
    progress.finish();
    if (!found)
        return fail(found.error());
    std::vector<match::Candidate>& candidates = *found;

    // Merging: every pair at or above --auto is a positive judgement, all or nothing. A pair
    // that cannot merge (a recorded "no" between the two groups, say) is skipped and reported.
    std::uint64_t merged = 0;
    std::vector<Skipped> skipped;
    std::vector<const match::Candidate*> review;
    if (args.autoScore) {
        store::Transaction tx(ws.db());
        if (auto st = tx.begin(); !st)
            return fail(st.error());
        match::Resolver resolver(ws);
        std::string user = args.user.empty() ? loginName() : args.user;
        for (const auto& c : candidates) {
            if (c.score < *args.autoScore) {
                if (c.score >= args.threshold)
                    review.push_back(&c);
                continue;
            }
            match::JudgementRecord record;
            record.left = c.left;
            record.right = c.right;
            record.judgement = match::Judgement::Positive;
            record.score = c.score;
            record.user = user;
            auto outcome = resolver.judge(record);
            if (!outcome)
                skipped.push_back({c.left, c.right, outcome.error().describe()});
            else if (outcome->changed)
                ++merged;
        }
        if (auto st = tx.commit(); !st)
            return fail(st.error());
    } else {
        for (const auto& c : candidates)
            review.push_back(&c);
    }
    std::size_t total = args.autoScore ? review.size() : std::size_t(stats.candidates);
    if (args.limit > 0 && review.size() > std::size_t(args.limit))
        review.resize(std::size_t(args.limit));

    if (json) {
        std::string out;
        util::JsonWriter w(out);
        w.beginObject().key("candidates").beginArray();
        for (const auto* c : review) {
            Labels l = labelsOf(ws.db(), c->left), r = labelsOf(ws.db(), c->right);
            w.beginObject()
                .key("left")
                .value(c->left)
                .key("right")
                .value(c->right)
                .key("left_caption")
                .value(l.caption)
                .key("right_caption")
                .value(r.caption)
                .key("left_schema")
                .value(l.schema)
                .key("right_schema")
                .value(r.schema)
                .key("score")
                .value(c->score)
                .key("features")
                .beginArray();
            for (const auto& f : c->features)
                w.beginObject()
                    .key("name")
                    .value(f.name)
                    .key("value")
                    .value(f.value)
                    .key("weight")
                    .value(f.weight)
                    .key("detail")
                    .value(f.detail)
                    .endObject();
            w.endArray().endObject();
        }
        w.endArray()
            .key("total")
            .value(std::uint64_t(total))
            .key("merged")
            .value(merged)
            .key("skipped")
            .beginArray();
        for (const auto& s : skipped)
            w.beginObject()
                .key("left")
                .value(s.left)
                .key("right")
                .value(s.right)
                .key("reason")
                .value(s.reason)
                .endObject();
        w.endArray().endObject();
        std::fwrite(out.data(), 1, out.size(), stdout);
        std::fputc('\n', stdout);
        return kOk;
    }

    if (args.autoScore)
        std::printf("Merged %llu pair%s at or above %.2f.\n", (unsigned long long)merged,
                    merged == 1 ? "" : "s", *args.autoScore);
    for (const auto& s : skipped)
        std::printf("Not merged: %s and %s: %s\n", s.left.c_str(), s.right.c_str(),
                    s.reason.c_str());
    if (total == 0) {
        std::printf("No %scandidates at or above %.2f.\n", args.autoScore ? "other " : "",
                    args.threshold);
        return kOk;
    }
    std::printf("%zu candidate%s at or above %.2f, best first%s:\n", total, total == 1 ? "" : "s",
                args.threshold,
                review.size() < total
                    ? (" (the first " + std::to_string(review.size()) + ")").c_str()
                    : "");
    for (const auto* c : review) {
        Labels l = labelsOf(ws.db(), c->left), r = labelsOf(ws.db(), c->right);
        std::printf("%.3f  %s (%s %s)\n       %s (%s %s)\n", c->score, l.caption.c_str(),
                    l.schema.c_str(), c->left.c_str(), r.caption.c_str(), r.schema.c_str(),
                    c->right.c_str());
        if (args.explain)
            for (const auto& f : c->features) {
                if (f.weight != 0)
                    std::printf("         %-30s %+.3f  %s\n", f.name.c_str(), f.weight,
                                f.detail.c_str());
                else // a measure shown for information: its value, not a weight
                    std::printf("         %-30s (%.3f) %s\n", f.name.c_str(), f.value,
                                f.detail.c_str());
            }
    }
    std::printf("Decide with: commonplace-cli judge LEFT RIGHT yes|no|unsure\n");
    return kOk;
}

} // namespace commonplace::cli
