// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"
#include "store/Types.h"

#include <algorithm>
#include <functional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace commonplace::store {

class Workspace;

/** An entity as exporters see it: its values, already filtered. */
struct EntityRecord
{
    std::int64_t rowid = 0;
    std::string id;
    std::string schema;
    std::string caption;
    std::string extraJson;
    std::vector<std::pair<std::string, std::string>>
        values; ///< (property, value), grouped by property
};

struct ReadFilter
{
    std::string dataset; ///< only values from this dataset; empty for all
    Sensitivity maxSensitivity = Sensitivity::Restricted;
    std::vector<std::string> schemata; ///< exact schema names; empty for all
    /**
     * Merged entities as one: a canonical group is read as one entity with the canonical id,
     * the narrowest common schema, every member's values and a "referents" key listing the
     * other members; references to any member read as references to the canonical id. False
     * reads every entity row as stored.
     */
    bool resolveMerges = true;
};

struct ReadCounts
{
    std::uint64_t entities = 0;
    std::uint64_t statements = 0;
    std::uint64_t withheldStatements = 0; ///< above maxSensitivity
};

/**
 * Calls `f(property, values)` for each property of `e`, with that property's distinct values in
 * statement order (the reader hands values grouped by property).
 */
template <typename F> void forEachProperty(const EntityRecord& e, F&& f)
{
    std::vector<std::string_view> values;
    std::size_t i = 0;
    while (i < e.values.size()) {
        const std::string& prop = e.values[i].first;
        values.clear();
        for (; i < e.values.size() && e.values[i].first == prop; ++i) {
            std::string_view v = e.values[i].second;
            if (std::find(values.begin(), values.end(), v) == values.end())
                values.push_back(v);
        }
        f(prop, values);
    }
}

/**
 * The schema of a merged group: the narrowest of its members' schemata (Model::common). When
 * they are unrelated (a member was re-imported with another schema after the merge), the first
 * one, which is the canonical member's.
 */
std::string mergedSchema(const std::vector<std::string>& schemata);

/**
 * The kept top-level FtM keys of a merged group, as a JSON object: each member's keys (the
 * canonical member's first; a key's first value wins, except that arrays of strings are
 * joined), and "referents": the member ids other than `canonical` with any referents the
 * members already carried, sorted. `extras` are the members' kept keys (JSON objects or "").
 */
std::string mergedExtraJson(const std::vector<std::string>& extras, std::string_view canonical,
                            const std::vector<std::string>& members);

/**
 * Streams every entity with its values to `visit`, in id order, in constant memory (plus a
 * map of the merged members). Entities whose values are all filtered out are skipped unless
 * no filter is set. Stops at the first error `visit` returns.
 */
Result<ReadCounts>
forEachEntity(const Workspace& ws, const ReadFilter& filter,
              const std::function<Status(const EntityRecord&)>& visit,
              const std::function<bool(std::uint64_t, std::uint64_t)>& progress = {});

} // namespace commonplace::store
