// SPDX-License-Identifier: GPL-3.0-or-later
// The name an entity reads as, where a list or a title shows it.
#pragma once

#include <QString>

#include <string>

namespace commonplace::ui {

/** Whether an entity has a name of its own: a caption that is not empty and not its id. */
bool hasOwnName(const std::string& caption, const std::string& id);
/** The name an entity reads as: its caption, or its type's label when it has none of its own. */
QString entityName(const std::string& caption, const std::string& id, const std::string& schema);

} // namespace commonplace::ui
