// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <string>

namespace commonplace::cli {

// The resolver's commands (docs/cli.md: judge, unmerge, judgements). Each takes the
// --workspace path ("" for the default workspace) and the --json flag, and returns the exit
// status: 0 ok, 1 failed (message on stderr, workspace unchanged), 2 usage.

/** `judge A B yes|no|unsure [--user NAME]`: records a judgement; yes merges. */
int cmdJudge(const std::string& workspace, bool json, const std::string& left,
             const std::string& right, const std::string& judgement, const std::string& user);

/** `unmerge ID`: splits the merged entity ID belongs to back into its parts. */
int cmdUnmerge(const std::string& workspace, bool json, const std::string& id);

/** `judgements export|import FILE`: nomenklatura resolver lines. */
int cmdJudgements(const std::string& workspace, bool json, const std::string& action,
                  const std::string& file);

} // namespace commonplace::cli
