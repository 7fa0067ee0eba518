// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/EntityReader.h"

#include "model/Model.h"
#include "store/Sqlite.h"
#include "store/Workspace.h"
#include "util/Json.h"

#include <simdjson.h>

#include <set>
#include <unordered_map>
#include <unordered_set>

namespace commonplace::store {

std::string mergedSchema(const std::vector<std::string>& schemata)
{
    if (schemata.empty())
        return {};
    const auto& model = model::Model::builtin();
    const model::Schema* acc = model.schema(schemata.front());
    for (std::size_t i = 1; acc && i < schemata.size(); ++i) {
        const model::Schema* next = model.schema(schemata[i]);
        if (!next)
            return schemata.front();
        auto common = model.common(acc, next);
        if (!common)
            return schemata.front();
        acc = *common;
    }
    return acc ? acc->name() : schemata.front();
}

std::string mergedExtraJson(const std::vector<std::string>& extras, std::string_view canonical,
                            const std::vector<std::string>& members)
{
    // Keys in first-seen order; a value is either kept verbatim or a list of strings.
    struct Kept
    {
        std::string key;
        std::string raw;                  // verbatim JSON when not a list of strings
        std::vector<std::string> strings; // a list of strings, joined across members
        bool isList = false;
    };
    std::vector<Kept> kept;
    std::set<std::string> referents;
    for (const auto& m : members)
        if (m != canonical)
            referents.insert(m);

    simdjson::dom::parser parser;
    for (const auto& extra : extras) {
        if (extra.size() < 2)
            continue;
        simdjson::dom::object obj;
        if (parser.parse(extra).get_object().get(obj))
            continue; // kept keys are written by the importer; never fail a read on them
        for (auto [key, value] : obj) {
            simdjson::dom::array arr;
            bool stringList = value.get_array().get(arr) == simdjson::SUCCESS;
            std::vector<std::string> strings;
            if (stringList) {
                for (auto item : arr) {
                    std::string_view s;
                    if (item.get_string().get(s)) {
                        stringList = false;
                        break;
                    }
                    strings.emplace_back(s);
                }
            }
            if (key == "referents") {
                for (auto& r : strings)
                    if (r != canonical)
                        referents.insert(r);
                continue;
            }
            auto it =
                std::find_if(kept.begin(), kept.end(), [&](const Kept& k) { return k.key == key; });
            if (it == kept.end()) {
                Kept k;
                k.key = std::string(key);
                k.isList = stringList;
                if (stringList)
                    k.strings = std::move(strings);
                else
                    k.raw = simdjson::minify(value);
                kept.push_back(std::move(k));
            } else if (it->isList && stringList) {
                for (auto& s : strings)
                    if (std::find(it->strings.begin(), it->strings.end(), s) == it->strings.end())
                        it->strings.push_back(std::move(s));
            }
        }
    }

    std::string out = "{";
    auto writeList = [&](std::string_view key, auto begin, auto end) {
        if (out.size() > 1)
            out += ',';
        util::appendJsonString(out, key);
        out += ":[";
        for (auto i = begin; i != end; ++i) {
            if (i != begin)
                out += ',';
            util::appendJsonString(out, *i);
        }
        out += ']';
    };
    for (const auto& k : kept) {
        if (k.isList) {
            writeList(k.key, k.strings.begin(), k.strings.end());
        } else {
            if (out.size() > 1)
                out += ',';
            util::appendJsonString(out, k.key);
            out += ':';
            out += k.raw;
        }
    }
    writeList("referents", referents.begin(), referents.end());
    out += '}';
    return out;
}

namespace {

// The merged members of a workspace, read once per pass: small next to the entities.
struct Merges
{
    std::unordered_map<std::string, std::string> canonicalOf; // member id -> canonical id
    std::unordered_set<std::int64_t> representatives;         // rowids of canonical members
};

Result<Merges> readMerges(sqlite3* db)
{
    Merges m;
    Query q(db, "SELECT e.key, c.key, c.id FROM entity e JOIN entity c ON c.id = e.canonical_id "
                "WHERE e.canonical_id IS NOT NULL");
    if (!q.valid())
        return makeError("database error: " + q.error());
    int rc;
    while ((rc = q.step()) == SQLITE_ROW) {
        m.canonicalOf.emplace(q.string(0), q.string(1));
        m.representatives.insert(q.int64(2));
    }
    if (rc != SQLITE_DONE)
        return makeError(std::string("database error: ") + sqlite3_errmsg(db));
    return m;
}

// Keeps the first of equal (property, value) pairs; values stay grouped by property.
void dropRepeatedValues(std::vector<std::pair<std::string, std::string>>& values)
{
    std::vector<std::pair<std::string, std::string>> out;
    out.reserve(values.size());
    std::size_t propStart = 0;
    for (auto& v : values) {
        if (!out.empty() && out.back().first != v.first)
            propStart = out.size();
        bool seen = false;
        for (std::size_t i = propStart; i < out.size() && !seen; ++i)
            seen = out[i].second == v.second;
        if (!seen)
            out.push_back(std::move(v));
    }
    values = std::move(out);
}

} // namespace

Result<ReadCounts> forEachEntity(const Workspace& ws, const ReadFilter& filter,
                                 const std::function<Status(const EntityRecord&)>& visit,
                                 const std::function<bool(std::uint64_t, std::uint64_t)>& progress)
{
    sqlite3* db = ws.db();
    ReadCounts counts;
    bool filtered = !filter.dataset.empty() || filter.maxSensitivity != Sensitivity::Restricted;

    std::optional<std::int64_t> datasetId;
    if (!filter.dataset.empty()) {
        Query d(db, "SELECT id FROM dataset WHERE name = ?1");
        d.bind(1, filter.dataset);
        if (d.step() != SQLITE_ROW)
            return makeError("no dataset named '" + filter.dataset + "'");
        datasetId = d.int64(0);
    }
    Query total(db, "SELECT count(*) FROM entity");
    std::uint64_t totalEntities = total.step() == SQLITE_ROW ? std::uint64_t(total.int64(0)) : 0;

    Merges merges;
    if (filter.resolveMerges) {
        auto m = readMerges(db);
        if (!m)
            return m.error();
        merges = std::move(*m);
    }
    const bool resolving = !merges.representatives.empty();

    std::string schemaClause;
    for (std::size_t i = 0; i < filter.schemata.size(); ++i)
        schemaClause += (i ? ",?" : " WHERE (e.schema IN (?");
    if (!schemaClause.empty()) {
        // A group's schema is its members' narrowest: test it once the group is read.
        schemaClause += resolving ? ") OR e.id IN (SELECT canonical_id FROM entity "
                                    "WHERE canonical_id IS NOT NULL))"
                                  : "))";
    }
    // Statements come in entity order through the statement_entity index; the filter sits in
    // the join so entities with no visible value still appear once (with NULL columns).
    Query q(db, "SELECT e.id, e.key, e.schema, coalesce(e.caption, ''), coalesce(e.extra, ''), "
                "s.prop, s.value, s.sensitivity, s.dataset_id, e.canonical_id, s.ref "
                "FROM entity e LEFT JOIN statement s ON s.entity_id = e.id" +
                    schemaClause + " ORDER BY e.id, s.prop, s.id");
    if (!q.valid())
        return makeError("database error: " + q.error());
    int bindIndex = 1;
    for (auto& s : filter.schemata)
        q.bind(bindIndex++, s);

    Query groupEntities, groupValues;
    if (resolving) {
        groupEntities = Query(db, "SELECT key, schema, coalesce(caption, ''), coalesce(extra, '') "
                                  "FROM entity WHERE id = ?1 OR canonical_id = ?1 "
                                  "ORDER BY id <> ?1, key");
        groupValues = Query(db, "SELECT s.prop, s.value, s.sensitivity, s.dataset_id, s.ref "
                                "FROM entity e JOIN statement s ON s.entity_id = e.id "
                                "WHERE e.id = ?1 OR e.canonical_id = ?1 ORDER BY s.prop, s.id");
        if (!groupEntities.valid() || !groupValues.valid())
            return makeError("database error: " + groupEntities.error() + groupValues.error());
    }

    EntityRecord current;
    bool have = false;
    bool rewritten = false;
    // Adds one statement's value if the filter lets it through.
    auto take = [&](std::string_view prop, std::string_view value, std::int64_t sensitivity,
                    std::int64_t dataset, bool ref) {
        if (datasetId && dataset != *datasetId)
            return;
        if (sensitivity > int(filter.maxSensitivity)) {
            ++counts.withheldStatements;
            return;
        }
        if (ref && resolving) {
            if (auto it = merges.canonicalOf.find(std::string(value));
                it != merges.canonicalOf.end()) {
                value = it->second;
                rewritten = true;
            }
        }
        current.values.emplace_back(prop, value);
        ++counts.statements;
    };
    auto readGroup = [&]() -> Status {
        groupEntities.reset();
        groupEntities.bind(1, current.rowid);
        std::vector<std::string> keys, schemata, extras;
        std::string caption = current.caption;
        int rc;
        while ((rc = groupEntities.step()) == SQLITE_ROW) {
            keys.push_back(groupEntities.string(0));
            schemata.push_back(groupEntities.string(1));
            if (caption.empty())
                caption = groupEntities.string(2);
            extras.push_back(groupEntities.string(3));
        }
        if (rc != SQLITE_DONE)
            return makeError(std::string("database error: ") + sqlite3_errmsg(db));
        current.schema = mergedSchema(schemata);
        current.caption = caption;
        current.extraJson = mergedExtraJson(extras, current.id, keys);
        current.values.clear();
        groupValues.reset();
        groupValues.bind(1, current.rowid);
        while ((rc = groupValues.step()) == SQLITE_ROW)
            take(groupValues.text(0), groupValues.text(1), groupValues.int64(2),
                 groupValues.int64(3), groupValues.int64(4) != 0);
        if (rc != SQLITE_DONE)
            return makeError(std::string("database error: ") + sqlite3_errmsg(db));
        rewritten = true; // members can repeat each other's values
        return {};
    };
    bool isGroup = false;
    auto flush = [&]() -> Status {
        if (!have)
            return {};
        have = false;
        if (isGroup) {
            if (auto st = readGroup(); !st)
                return st;
            if (!filter.schemata.empty() &&
                std::find(filter.schemata.begin(), filter.schemata.end(), current.schema) ==
                    filter.schemata.end())
                return {};
        }
        if (rewritten)
            dropRepeatedValues(current.values);
        if (current.values.empty() && filtered)
            return {};
        ++counts.entities;
        return visit(current);
    };
    bool skipping = false; // a merged member: read with its canonical member
    int rc;
    while ((rc = q.step()) == SQLITE_ROW) {
        std::int64_t rowid = q.int64(0);
        if (!have || rowid != current.rowid) {
            if (auto st = flush(); !st)
                return st.error();
            current.rowid = rowid;
            skipping = resolving && !q.isNull(9);
            if (skipping)
                continue;
            current.id = q.string(1);
            current.schema = q.string(2);
            current.caption = q.string(3);
            current.extraJson = q.string(4);
            current.values.clear();
            isGroup = resolving && merges.representatives.count(rowid) > 0;
            rewritten = false;
            have = true;
            if (progress && counts.entities % 4096 == 0 &&
                !progress(counts.entities, totalEntities))
                return makeError("export cancelled");
        }
        if (skipping || isGroup || q.isNull(5))
            continue;
        take(q.text(5), q.text(6), q.int64(7), q.int64(8), q.int64(10) != 0);
    }
    if (rc != SQLITE_DONE)
        return makeError(std::string("database error: ") + sqlite3_errmsg(db));
    if (auto st = flush(); !st)
        return st.error();
    return counts;
}

} // namespace commonplace::store
