// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Named diagrams: saved views of the graph explorer (node positions, pins, filter), kept in
// the workspace's `diagram` table. The data is an opaque JSON object that the explorer writes
// and reads; core only checks that it is one.

#include "Result.h"

#include <string>
#include <string_view>
#include <vector>

namespace commonplace::store {

class Workspace;

struct Diagram
{
    std::string name;
    std::string data;      ///< a JSON object
    std::string createdAt; ///< ISO 8601, UTC
    std::string updatedAt; ///< ISO 8601, UTC
};

/** Longest diagram name accepted, in bytes. */
constexpr std::size_t kMaxDiagramName = 200;

/** The saved diagrams, by name (byte order), each with its data. */
Result<std::vector<Diagram>> listDiagrams(const Workspace& ws);

/** One diagram; error "no diagram named 'X'" when there is none. */
Result<Diagram> loadDiagram(const Workspace& ws, std::string_view name);

/**
 * Saves a diagram, replacing one of the same name (its creation time kept). Errors, with the
 * workspace unchanged: an empty name, a name over kMaxDiagramName bytes or with control
 * characters, data that is not a JSON object (the error says where it stops parsing).
 */
Status saveDiagram(Workspace& ws, std::string_view name, std::string_view data);

/** Deletes a diagram; error when there is none of that name. */
Status deleteDiagram(Workspace& ws, std::string_view name);

/** Renames a diagram; errors as saveDiagram for the new name, or when it is taken. */
Status renameDiagram(Workspace& ws, std::string_view from, std::string_view to);

} // namespace commonplace::store
