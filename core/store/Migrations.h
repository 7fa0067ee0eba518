// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <string>
#include <vector>

namespace commonplace::store {

/**
 * The ordered schema migrations: element N takes a workspace from `user_version` N to N+1.
 * Released migrations are never edited; a change to the schema is a new element.
 */
const std::vector<std::string>& migrations();

/** An index of the current schema, by name and its CREATE statement. */
struct IndexDefinition
{
    std::string name;
    std::string create;
};

/**
 * The indexes a bulk import drops and rebuilds (building an index over sorted data is several
 * times faster than growing it row by row). Must match the current schema exactly; a test
 * compares them with a freshly created workspace.
 */
const std::vector<IndexDefinition>& bulkIndexes();

} // namespace commonplace::store
