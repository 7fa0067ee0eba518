// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"
#include "io/Import.h"

namespace commonplace::store {
class Workspace;
}

namespace commonplace::io {

/** The fictional demo dataset shipped in the program, as FtM JSON lines. */
std::string_view demoData();

/** Imports the demo dataset into dataset "demo" (idempotent). */
Result<ImportReport> loadDemo(store::Workspace& ws, const Progress& progress = {});

} // namespace commonplace::io
