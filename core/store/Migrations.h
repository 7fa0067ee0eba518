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

} // namespace commonplace::store
