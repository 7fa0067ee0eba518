// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"

namespace commonplace::store {

class Workspace;

/** Fills a new workspace with the default taxonomy of tactics and themes (idempotent). */
Status seedDefaults(Workspace& ws);

} // namespace commonplace::store
