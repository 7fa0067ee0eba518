// SPDX-License-Identifier: GPL-3.0-or-later
#include "match/Match.h"

#include "model/Model.h"
#include "store/Sqlite.h"
#include "store/Workspace.h"
#include "util/AtomicFile.h"
#include "util/Json.h"
#include "util/LineReader.h"

#include <simdjson.h>

#include <algorithm>
#include <charconv>
#include <deque>
#include <set>
#include <unordered_map>

namespace commonplace::match {

namespace {

using store::Query;

constexpr std::string_view kMintedPrefix = "NK-"; // nomenklatura's minted canonical ids

bool isMinted(std::string_view id)
{
    return id.substr(0, kMintedPrefix.size()) == kMintedPrefix;
}

bool isQid(std::string_view id)
{
    return id.size() > 1 && id[0] == 'Q' && id[1] != '0' &&
           std::all_of(id.begin() + 1, id.end(), [](char c) { return c >= '0' && c <= '9'; });
}

// nomenklatura's Identifier order: a Wikidata QID outranks a minted NK- id, which outranks
// any other id; equal ranks compare as strings. The greater id of a pair is its "target".
int weight(std::string_view id)
{
    return isQid(id) ? 3 : isMinted(id) ? 2 : 1;
}

bool idLess(std::string_view a, std::string_view b)
{
    int wa = weight(a), wb = weight(b);
    return wa != wb ? wa < wb : a < b;
}

std::pair<std::string, std::string> targetSource(std::string_view a, std::string_view b)
{
    if (idLess(a, b))
        return {std::string(b), std::string(a)};
    return {std::string(a), std::string(b)};
}

Error dbError(sqlite3* db)
{
    return makeError(std::string("database error: ") + sqlite3_errmsg(db));
}

std::string inQuotes(std::string_view id)
{
    return "'" + std::string(id) + "'";
}

} // namespace

/** The resolver's prepared statements: a merge runs a dozen small queries, thousands of times. */
struct detail::ResolverCache
{
    explicit ResolverCache(sqlite3* database)
        : db(database)
    {}
    sqlite3* db;
    std::unordered_map<const char*, Query> queries;

    /** The statement of `sql` (a string literal), ready for a use that ends with a Reset. */
    Query& get(const char* sql)
    {
        auto it = queries.find(sql);
        if (it == queries.end())
            it = queries.emplace(sql, Query(db, sql)).first;
        it->second.reset();
        return it->second;
    }
};

namespace {

using Cache = detail::ResolverCache;

/** Resets a cached statement when a use ends, so no read stays open between calls. */
class Reset
{
public:
    explicit Reset(Query& q)
        : m_q(q)
    {}
    ~Reset() { m_q.reset(); }
    Reset(const Reset&) = delete;
    Reset& operator=(const Reset&) = delete;

private:
    Query& m_q;
};

Error queryError(const Query& q)
{
    return makeError("database error: " + q.error());
}

struct EntityInfo
{
    std::int64_t rowid = 0;
    std::string schema;
    std::int64_t canonical = 0; // rowid of the group's canonical member (itself if none)
    std::string canonicalKey;
};

std::optional<EntityInfo> entityInfo(Cache& c, std::string_view key)
{
    Query& q = c.get("SELECT e.id, e.schema, coalesce(e.canonical_id, e.id), "
                     "coalesce(c.key, e.key) FROM entity e "
                     "LEFT JOIN entity c ON c.id = e.canonical_id WHERE e.key = ?1");
    Reset done(q);
    q.bind(1, key);
    if (q.step() != SQLITE_ROW)
        return std::nullopt;
    return EntityInfo{q.int64(0), q.string(1), q.int64(2), q.string(3)};
}

std::optional<JudgementRecord> readJudgement(Cache& c, std::string_view a, std::string_view b)
{
    auto [target, source] = targetSource(a, b);
    Query& q = c.get("SELECT judgement, coalesce(score, 0), coalesce(user, ''), created_at "
                     "FROM judgement WHERE left_key = ?1 AND right_key = ?2");
    Reset done(q);
    q.bind(1, target).bind(2, source);
    if (q.step() != SQLITE_ROW)
        return std::nullopt;
    JudgementRecord r;
    r.left = target;
    r.right = source;
    r.judgement = parseJudgement(q.text(0)).value_or(Judgement::Unsure);
    r.score = q.real(1);
    r.user = q.string(2);
    r.timestamp = q.string(3);
    return r;
}

/** Everything joined to `start` by positive judgements, `start` included (ids, not rowids). */
Result<std::set<std::string>> component(Cache& c, const std::string& start)
{
    Query& q = c.get("SELECT right_key FROM judgement WHERE left_key = ?1 "
                     "AND judgement = 'positive' UNION ALL SELECT left_key FROM judgement "
                     "WHERE right_key = ?1 AND judgement = 'positive'");
    Reset done(q);
    if (!q.valid())
        return queryError(q);
    std::set<std::string> seen{start};
    std::deque<std::string> todo{start};
    while (!todo.empty()) {
        std::string node = std::move(todo.front());
        todo.pop_front();
        q.reset();
        q.bind(1, node);
        int rc;
        while ((rc = q.step()) == SQLITE_ROW) {
            std::string other = q.string(0);
            if (seen.insert(other).second)
                todo.push_back(std::move(other));
        }
        if (rc != SQLITE_DONE)
            return dbError(c.db);
    }
    return seen;
}

/** The judgements other than positive that touch `node`, as (other end, record). */
Result<std::vector<JudgementRecord>> decisionsOf(Cache& c, const std::string& node)
{
    Query& q = c.get("SELECT left_key, right_key, judgement, coalesce(score, 0), "
                     "coalesce(user, ''), created_at FROM judgement "
                     "WHERE (left_key = ?1 OR right_key = ?1) AND judgement <> 'positive'");
    Reset done(q);
    if (!q.valid())
        return queryError(q);
    q.bind(1, node);
    std::vector<JudgementRecord> out;
    int rc;
    while ((rc = q.step()) == SQLITE_ROW) {
        JudgementRecord r;
        r.left = q.string(0);
        r.right = q.string(1);
        r.judgement = parseJudgement(q.text(2)).value_or(Judgement::Unsure);
        r.score = q.real(3);
        r.user = q.string(4);
        r.timestamp = q.string(5);
        out.push_back(std::move(r));
    }
    if (rc != SQLITE_DONE)
        return dbError(c.db);
    return out;
}

std::string describe(const JudgementRecord& r)
{
    std::string who = r.user.empty() ? std::string() : " by " + r.user;
    std::string when = r.timestamp.empty() ? std::string() : " at " + r.timestamp;
    return inQuotes(r.left) + " and " + inQuotes(r.right) + " judged " +
           std::string(toString(r.judgement)) + who + when;
}

/** Entities of a set of group nodes (minted NK- ids have none), with their schemata. */
struct Member
{
    std::string id;
    std::int64_t rowid = 0;
    std::string schema;
};

Result<std::vector<Member>> membersAmong(Cache& c, const std::set<std::string>& nodes)
{
    std::vector<Member> out;
    Query& q = c.get("SELECT id, schema FROM entity WHERE key = ?1");
    Reset done(q);
    for (const auto& node : nodes) {
        q.reset();
        q.bind(1, node);
        int rc = q.step();
        if (rc == SQLITE_ROW)
            out.push_back({node, q.int64(0), q.string(1)});
        else if (rc != SQLITE_DONE)
            return dbError(c.db);
    }
    return out;
}

/** The narrowest schema of a group, or the error of the first two that cannot merge. */
Result<const model::Schema*> groupSchema(const std::vector<Member>& members)
{
    const auto& model = model::Model::builtin();
    const model::Schema* acc = nullptr;
    for (const auto& m : members) {
        const model::Schema* s = model.schema(m.schema);
        if (!s)
            return makeError("entity " + inQuotes(m.id) + " has an unknown schema " + m.schema);
        if (!acc) {
            acc = s;
            continue;
        }
        auto common = model.common(acc, s);
        if (!common)
            return common.error();
        acc = *common;
    }
    return acc;
}

/** Points every member at the greatest id (nomenklatura's canonical), which points nowhere. */
Result<std::string> materialise(Cache& c, const std::vector<Member>& members)
{
    if (members.empty())
        return std::string();
    auto rep = std::max_element(members.begin(), members.end(),
                                [](auto& a, auto& b) { return idLess(a.id, b.id); });
    Query& set = c.get("UPDATE entity SET canonical_id = ?2 WHERE id = ?1 "
                       "AND canonical_id IS NOT ?2");
    Reset done(set);
    for (const auto& m : members) {
        set.reset();
        set.bind(1, m.rowid);
        if (m.rowid == rep->rowid)
            set.bindNull(2);
        else
            set.bind(2, rep->rowid);
        if (auto st = set.exec(); !st)
            return st.error();
    }
    return rep->id;
}

std::vector<std::string> sortedIds(const std::vector<Member>& members)
{
    std::vector<std::string> ids;
    for (const auto& m : members)
        ids.push_back(m.id);
    std::sort(ids.begin(), ids.end());
    return ids;
}

Status storeJudgement(Cache& c, const std::string& target, const std::string& source,
                      const JudgementRecord& r)
{
    Query& q =
        c.get("INSERT INTO judgement(left_key, right_key, judgement, score, user, created_at) "
              "VALUES (?1, ?2, ?3, ?4, ?5, coalesce(?6, strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))) "
              "ON CONFLICT(left_key, right_key) DO UPDATE SET judgement = excluded.judgement, "
              "score = excluded.score, user = excluded.user, created_at = excluded.created_at");
    Reset done(q);
    if (!q.valid())
        return queryError(q);
    q.bind(1, target).bind(2, source).bind(3, toString(r.judgement));
    if (r.score != 0)
        q.bind(4, r.score);
    else
        q.bindNull(4);
    q.bindOrNull(5, r.user).bindOrNull(6, r.timestamp);
    return q.exec();
}

struct Applied
{
    JudgeOutcome outcome;
    bool merged = false; // two groups became one
};

/**
 * judge() without its transaction. `fromFile` admits nomenklatura's minted NK- ids, which
 * stand for a group rather than an entity.
 */
Result<Applied> apply(Cache& c, const JudgementRecord& r, bool fromFile)
{
    if (r.left.empty() || r.right.empty())
        return makeError("a judgement needs two entity ids");
    if (r.left == r.right)
        return makeError("cannot judge " + inQuotes(r.left) + " against itself; give two ids");
    for (const auto* id : {&r.left, &r.right}) {
        if (fromFile && isMinted(*id))
            continue;
        if (!entityInfo(c, *id))
            return makeError("no entity with id " + inQuotes(*id) + " in the workspace");
    }
    auto [target, source] = targetSource(r.left, r.right);

    Applied result;
    auto existing = readJudgement(c, r.left, r.right);
    if (existing && existing->judgement != Judgement::Unsure &&
        existing->judgement != r.judgement) {
        return makeError("contradicts a recorded judgement: " + describe(*existing) +
                         (existing->judgement == Judgement::Positive
                              ? "; to undo that merge, unmerge " + inQuotes(r.left) + " first"
                              : "; a yes or no once recorded is not overwritten"));
    }

    auto left = component(c, r.left);
    if (!left)
        return left.error();
    const bool together = left->count(r.right) > 0;
    if (existing && existing->judgement == r.judgement) {
        // Nothing to record; report the group as it stands.
        if (r.judgement == Judgement::Positive) {
            auto members = membersAmong(c, *left);
            if (!members)
                return members.error();
            auto canonical = materialise(c, *members);
            if (!canonical)
                return canonical.error();
            result.outcome.canonical = *canonical;
            result.outcome.members = sortedIds(*members);
        }
        return result;
    }

    if (r.judgement != Judgement::Positive) {
        if (together) {
            auto info = entityInfo(c, r.left);
            std::string canonical = info ? info->canonicalKey : r.left;
            return makeError(inQuotes(r.left) + " and " + inQuotes(r.right) +
                             " are merged (one entity, canonical id " + inQuotes(canonical) +
                             "); judging them " + std::string(toString(r.judgement)) +
                             " contradicts that. To judge them otherwise, unmerge " +
                             inQuotes(canonical) + " first");
        }
        if (auto st = storeJudgement(c, target, source, r); !st)
            return st.error();
        result.outcome.changed = true;
        return result;
    }

    std::set<std::string> nodes = *left;
    if (!together) {
        auto right = component(c, r.right);
        if (!right)
            return right.error();
        auto leftMembers = membersAmong(c, *left);
        auto rightMembers = membersAmong(c, *right);
        if (!leftMembers)
            return leftMembers.error();
        if (!rightMembers)
            return rightMembers.error();
        // Unrelated schemata cannot be one entity (a Person is never a Company).
        auto ls = groupSchema(*leftMembers);
        auto rs = groupSchema(*rightMembers);
        if (!ls)
            return ls.error();
        if (!rs)
            return rs.error();
        if (*ls && *rs) {
            if (auto common = model::Model::builtin().common(*ls, *rs); !common)
                return makeError("cannot merge " + inQuotes(r.left) + " (" + (*ls)->name() +
                                 ") with " + inQuotes(r.right) + " (" + (*rs)->name() +
                                 "): " + common.error().message);
        }
        // A "no" between any member of one group and any of the other forbids the merge.
        const auto& smaller = left->size() <= right->size() ? *left : *right;
        const auto& larger = left->size() <= right->size() ? *right : *left;
        for (const auto& node : smaller) {
            auto decisions = decisionsOf(c, node);
            if (!decisions)
                return decisions.error();
            for (const auto& d : *decisions) {
                if (d.judgement != Judgement::Negative)
                    continue;
                const std::string& other = d.left == node ? d.right : d.left;
                if (larger.count(other))
                    return makeError("conflict: merging " + inQuotes(r.left) + " and " +
                                     inQuotes(r.right) + " would make one entity of " +
                                     describe(d) + " (different); nothing was merged");
            }
        }
        nodes.insert(right->begin(), right->end());
        result.merged = true;
    }
    if (auto st = storeJudgement(c, target, source, r); !st)
        return st.error();
    auto members = membersAmong(c, nodes);
    if (!members)
        return members.error();
    auto canonical = materialise(c, *members);
    if (!canonical)
        return canonical.error();
    result.outcome.canonical = *canonical;
    result.outcome.members = sortedIds(*members);
    result.outcome.changed = true;
    return result;
}

std::string formatScore(double score)
{
    char buf[32];
    auto [end, ec] = std::to_chars(buf, buf + sizeof buf, score);
    if (ec != std::errc())
        return "null";
    return std::string(buf, end);
}

} // namespace

Resolver::Resolver(store::Workspace& ws)
    : m_ws(ws)
    , m_cache(std::make_unique<detail::ResolverCache>(ws.db()))
{}

Resolver::~Resolver() = default;

Result<JudgeOutcome> Resolver::judge(const JudgementRecord& record)
{
    store::Transaction tx(m_ws.db());
    if (auto st = tx.begin(); !st)
        return st.error();
    auto applied = apply(*m_cache, record, false);
    if (!applied)
        return applied.error();
    if (auto st = tx.commit(); !st)
        return st.error();
    return std::move(applied->outcome);
}

std::optional<JudgementRecord> Resolver::judgementOf(std::string_view a, std::string_view b) const
{
    return readJudgement(*m_cache, a, b);
}

std::optional<Judgement> Resolver::resolvedJudgement(std::string_view a, std::string_view b) const
{
    if (a == b)
        return Judgement::Positive;
    auto left = component(*m_cache, std::string(a));
    if (!left)
        return std::nullopt;
    if (left->count(std::string(b)))
        return Judgement::Positive;
    auto right = component(*m_cache, std::string(b));
    if (!right)
        return std::nullopt;
    const auto& smaller = left->size() <= right->size() ? *left : *right;
    const auto& larger = left->size() <= right->size() ? *right : *left;
    for (const auto& node : smaller) {
        auto decisions = decisionsOf(*m_cache, node);
        if (!decisions)
            return std::nullopt;
        for (const auto& d : *decisions)
            if (larger.count(d.left == node ? d.right : d.left))
                return d.judgement;
    }
    return std::nullopt;
}

Result<std::string> Resolver::canonicalOf(std::string_view id) const
{
    auto info = entityInfo(*m_cache, id);
    if (!info)
        return makeError("no entity with id " + inQuotes(id));
    return info->canonicalKey;
}

Result<std::vector<std::string>> Resolver::membersOf(std::string_view id) const
{
    auto info = entityInfo(*m_cache, id);
    if (!info)
        return makeError("no entity with id " + inQuotes(id));
    Query& q = m_cache->get("SELECT key FROM entity WHERE id = ?1 OR canonical_id = ?1 "
                            "ORDER BY key");
    Reset done(q);
    q.bind(1, info->canonical);
    std::vector<std::string> out;
    int rc;
    while ((rc = q.step()) == SQLITE_ROW)
        out.push_back(q.string(0));
    if (rc != SQLITE_DONE)
        return dbError(m_ws.db());
    return out;
}

Result<UnmergeOutcome> Resolver::unmerge(std::string_view id)
{
    sqlite3* db = m_ws.db();
    Cache& c = *m_cache;
    auto info = entityInfo(c, id);
    if (!info)
        return makeError("no entity with id " + inQuotes(id));
    auto members = membersOf(id);
    if (!members)
        return members.error();
    if (members->size() < 2)
        return makeError(inQuotes(id) +
                         " is not merged with any other entity; there is nothing to unmerge");

    store::Transaction tx(db);
    if (auto st = tx.begin(); !st)
        return st.error();
    UnmergeOutcome out;
    out.canonical = info->canonicalKey;
    out.members = *members;
    // Every node joined to a member by positive judgements (minted NK- ids included): their
    // positive judgements are what holds the group together.
    std::set<std::string> nodes;
    for (const auto& m : *members) {
        if (nodes.count(m))
            continue;
        auto joined = component(c, m);
        if (!joined)
            return joined.error();
        nodes.insert(joined->begin(), joined->end());
    }
    Query& del = c.get("DELETE FROM judgement WHERE judgement = 'positive' "
                       "AND (left_key = ?1 OR right_key = ?1)");
    Reset delDone(del);
    for (const auto& node : nodes) {
        del.reset();
        del.bind(1, node);
        if (auto st = del.exec(); !st)
            return st.error();
        out.judgementsRemoved += std::uint64_t(sqlite3_changes(db));
    }
    Query& reset = c.get("UPDATE entity SET canonical_id = NULL WHERE canonical_id = ?1");
    Reset resetDone(reset);
    reset.bind(1, info->canonical);
    if (auto st = reset.exec(); !st)
        return st.error();
    if (auto st = tx.commit(); !st)
        return st.error();
    return out;
}

Result<std::uint64_t> Resolver::exportJudgements(const std::string& path) const
{
    util::AtomicFile file(path);
    if (auto st = file.open(); !st)
        return st.error();
    Query q(m_ws.db(), "SELECT left_key, right_key, judgement, score, user, created_at "
                       "FROM judgement ORDER BY left_key, right_key");
    if (!q.valid())
        return makeError("database error: " + q.error());
    std::uint64_t count = 0;
    std::string line;
    int rc;
    while ((rc = q.step()) == SQLITE_ROW) {
        // nomenklatura's Edge.to_line: [target, source, judgement, score, user, timestamp].
        line = "[";
        util::appendJsonString(line, q.text(0));
        line += ", ";
        util::appendJsonString(line, q.text(1));
        line += ", ";
        util::appendJsonString(line, q.text(2));
        line += ", ";
        line += q.isNull(3) ? std::string("null") : formatScore(q.real(3));
        line += ", ";
        if (q.isNull(4))
            line += "null";
        else
            util::appendJsonString(line, q.text(4));
        line += ", ";
        util::appendJsonString(line, q.text(5));
        line += "]\n";
        if (auto st = file.write(line); !st)
            return st.error();
        ++count;
    }
    if (rc != SQLITE_DONE)
        return dbError(m_ws.db());
    if (auto st = file.commit(); !st)
        return st.error();
    return count;
}

Result<JudgementImportReport> Resolver::importJudgements(const std::string& path)
{
    util::LineReader reader(path);
    if (auto st = reader.open(); !st)
        return st.error();
    store::Transaction tx(m_ws.db());
    if (auto st = tx.begin(); !st)
        return st.error();

    JudgementImportReport report;
    simdjson::dom::parser parser;
    std::string_view line;
    std::uint64_t judgements = 0;
    while (reader.next(line)) {
        std::uint64_t lineNo = reader.lineNumber();
        auto fail = [&](std::string message) {
            return makeError(std::move(message), path, lineNo);
        };
        if (line.find_first_not_of(" \t\r") == std::string_view::npos)
            continue;
        simdjson::dom::element doc;
        if (auto err = parser.parse(line.data(), line.size(), false).get(doc)) {
            if (err == simdjson::UTF8_ERROR)
                return fail("invalid UTF-8");
            return fail(std::string("malformed JSON: ") + simdjson::error_message(err));
        }
        simdjson::dom::array array;
        std::vector<simdjson::dom::element> row;
        if (doc.get_array().get(array) == simdjson::SUCCESS)
            for (auto item : array)
                row.push_back(item);
        if (row.size() < 3 || row.size() > 6)
            return fail("expected a resolver line: [target, source, judgement, score, user, "
                        "timestamp]");
        JudgementRecord r;
        std::string_view text;
        if (row[0].get_string().get(text) || text.empty())
            return fail("the target (1st item) must be an entity id");
        r.left = text;
        if (row[1].get_string().get(text) || text.empty())
            return fail("the source (2nd item) must be an entity id");
        r.right = text;
        if (row[2].get_string().get(text))
            return fail("the judgement (3rd item) must be a string");
        ++judgements;
        if (text == "no_judgement") {
            ++report.suggestions; // a candidate nomenklatura suggested, not a decision
            continue;
        }
        auto j = parseJudgement(text);
        if (!j)
            return fail("unknown judgement '" + std::string(text) +
                        "' (positive, negative, unsure or no_judgement)");
        r.judgement = *j;
        if (row.size() > 3 && !row[3].is_null()) {
            if (row[3].get_double().get(r.score))
                return fail("the score (4th item) must be a number or null");
        }
        if (row.size() > 4 && !row[4].is_null()) {
            if (row[4].get_string().get(text))
                return fail("the user (5th item) must be a string or null");
            r.user = text;
        }
        if (row.size() > 5 && !row[5].is_null()) {
            if (row[5].get_string().get(text))
                return fail("the timestamp (6th item) must be a string or null");
            r.timestamp = text;
        }
        auto applied = apply(*m_cache, r, true);
        if (!applied)
            return fail(applied.error().message);
        if (applied->outcome.changed)
            ++report.recorded;
        else
            ++report.unchanged;
        if (applied->merged)
            ++report.merges;
    }
    if (reader.failed())
        return reader.error();
    report.lines = reader.lineNumber();
    if (judgements == 0)
        return makeError("the file holds no judgements (is it empty?); the workspace is unchanged",
                         path);
    if (auto st = tx.commit(); !st)
        return makeError(st.error().message, path);
    return report;
}

} // namespace commonplace::match
