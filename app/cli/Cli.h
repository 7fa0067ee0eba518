// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace commonplace::cli {

/** Runs commonplace-cli; returns the exit status (0 ok, 1 failed, 2 usage). */
int run(int argc, char** argv);

} // namespace commonplace::cli
