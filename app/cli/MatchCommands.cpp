// SPDX-License-Identifier: GPL-3.0-or-later
#include "MatchCommands.h"

#include "Open.h"
#include "match/Match.h"
#include "store/Workspace.h"
#include "util/Json.h"

#include <cstdio>
#include <cstdlib>
#include <pwd.h>
#include <unistd.h>

namespace commonplace::cli {

namespace {

std::string joined(const std::vector<std::string>& ids)
{
    std::string out;
    for (const auto& id : ids)
        out += (out.empty() ? "" : ", ") + id;
    return out;
}

void writeIds(util::JsonWriter& w, const std::vector<std::string>& ids)
{
    w.beginArray();
    for (const auto& id : ids)
        w.value(id);
    w.endArray();
}

} // namespace

int cmdJudge(const std::string& workspace, bool json, const std::string& left,
             const std::string& right, const std::string& judgement, const std::string& user)
{
    auto j = match::parseJudgement(judgement);
    if (!j) {
        std::fprintf(stderr, "commonplace-cli: unknown judgement '%s' (yes, no or unsure)\n",
                     judgement.c_str());
        return kUsage;
    }
    auto ws = openNamedWorkspace(workspace);
    if (!ws)
        return fail(ws.error());
    match::JudgementRecord record;
    record.left = left;
    record.right = right;
    record.judgement = *j;
    record.user = user;
    if (record.user.empty()) {
        if (const char* login = std::getenv("USER"); login && *login)
            record.user = login;
        else if (const passwd* pw = ::getpwuid(::getuid()); pw && pw->pw_name)
            record.user = pw->pw_name;
    }
    match::Resolver resolver(**ws);
    auto outcome = resolver.judge(record);
    if (!outcome)
        return fail(outcome.error());
    const auto& o = *outcome;
    if (json) {
        std::string out;
        util::JsonWriter w(out);
        w.beginObject()
            .key("left")
            .value(left)
            .key("right")
            .value(right)
            .key("judgement")
            .value(match::toString(*j))
            .key("changed")
            .value(o.changed);
        if (*j == match::Judgement::Positive) {
            w.key("canonical_id").value(o.canonical).key("members");
            writeIds(w, o.members);
        }
        w.endObject();
        printJson(out);
        return kOk;
    }
    if (!o.changed)
        std::printf("Already recorded: '%s' and '%s' judged %s; nothing changed.\n", left.c_str(),
                    right.c_str(), std::string(match::toString(*j)).c_str());
    else if (*j == match::Judgement::Positive)
        std::printf("Merged '%s' and '%s': one entity '%s' of %zu (%s).\n", left.c_str(),
                    right.c_str(), o.canonical.c_str(), o.members.size(),
                    joined(o.members).c_str());
    else if (*j == match::Judgement::Negative)
        std::printf("Recorded: '%s' and '%s' are different; they will not merge.\n", left.c_str(),
                    right.c_str());
    else
        std::printf("Recorded: unsure whether '%s' and '%s' are the same.\n", left.c_str(),
                    right.c_str());
    return kOk;
}

int cmdUnmerge(const std::string& workspace, bool json, const std::string& id)
{
    auto ws = openNamedWorkspace(workspace);
    if (!ws)
        return fail(ws.error());
    match::Resolver resolver(**ws);
    auto outcome = resolver.unmerge(id);
    if (!outcome)
        return fail(outcome.error());
    const auto& o = *outcome;
    if (json) {
        std::string out;
        util::JsonWriter w(out);
        w.beginObject().key("id").value(id).key("canonical_id").value(o.canonical).key("members");
        writeIds(w, o.members);
        w.key("judgements_removed").value(o.judgementsRemoved).endObject();
        printJson(out);
    } else {
        std::printf("Unmerged '%s' into %zu entities (%s); removed %llu positive judgements.\n",
                    o.canonical.c_str(), o.members.size(), joined(o.members).c_str(),
                    (unsigned long long)o.judgementsRemoved);
    }
    return kOk;
}

int cmdJudgements(const std::string& workspace, bool json, const std::string& action,
                  const std::string& file)
{
    if (action != "export" && action != "import") {
        std::fprintf(stderr, "commonplace-cli: judgements %s: expected export or import\n",
                     action.c_str());
        return kUsage;
    }
    auto ws = openNamedWorkspace(workspace);
    if (!ws)
        return fail(ws.error());
    match::Resolver resolver(**ws);
    std::string out;
    util::JsonWriter w(out);
    if (action == "export") {
        auto n = resolver.exportJudgements(file);
        if (!n)
            return fail(n.error());
        if (json) {
            w.beginObject().key("file").value(file).key("judgements").value(*n).endObject();
            printJson(out);
        } else {
            std::printf("Exported %llu judgements to %s.\n", (unsigned long long)*n, file.c_str());
        }
        return kOk;
    }
    auto report = resolver.importJudgements(file);
    if (!report)
        return fail(report.error());
    const auto& r = *report;
    if (json) {
        w.beginObject()
            .key("file")
            .value(file)
            .key("lines")
            .value(r.lines)
            .key("recorded")
            .value(r.recorded)
            .key("unchanged")
            .value(r.unchanged)
            .key("suggestions")
            .value(r.suggestions)
            .key("merges")
            .value(r.merges)
            .endObject();
        printJson(out);
    } else {
        std::printf("Imported %s: %llu judgements recorded (%llu merges), %llu already known",
                    file.c_str(), (unsigned long long)r.recorded, (unsigned long long)r.merges,
                    (unsigned long long)r.unchanged);
        if (r.suggestions)
            std::printf(", %llu suggestions skipped", (unsigned long long)r.suggestions);
        std::printf(".\n");
    }
    return kOk;
}

} // namespace commonplace::cli
