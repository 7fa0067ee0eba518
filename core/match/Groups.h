// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Merged groups as a list, for reviewing and unmerging them.

#include "Result.h"

#include <string>
#include <vector>

namespace commonplace::store {
class Workspace;
}

namespace commonplace::match {

struct MergedGroup
{
    std::string canonical; ///< the representative's id
    std::string caption;   ///< the representative's caption
    std::string schema;
    std::vector<std::string> members; ///< every member, the representative included, sorted
};

/** Every merged group of the workspace (groups of two or more), by canonical id. */
Result<std::vector<MergedGroup>> mergedGroups(const store::Workspace& ws);

} // namespace commonplace::match
