// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"
#include "crypto/Secret.h"
#include "store/Workspace.h"

#include <memory>
#include <string>

namespace commonplace::cli {

/** Set once from the command line: --passphrase-file and --new-passphrase-file. */
void setPassphraseFiles(std::string current, std::string next);

/**
 * Opens a workspace as every command does. When it is encrypted, the passphrase comes from
 * --passphrase-file, COMMONPLACE_PASSPHRASE or a prompt on the terminal.
 */
Result<std::unique_ptr<store::Workspace>> openCliWorkspace(const std::string& path,
                                                           store::Workspace::Mode mode);

/** The passphrase of an existing encrypted workspace (file, environment or prompt). */
Result<crypto::SecretBytes> currentPassphrase(const std::string& path);

/**
 * A passphrase being chosen: --new-passphrase-file, COMMONPLACE_NEW_PASSPHRASE, or (when
 * `allowCurrentSources`, for init and encrypt) --passphrase-file / COMMONPLACE_PASSPHRASE, or a
 * prompt asked twice. At least 8 characters.
 */
Result<crypto::SecretBytes> newPassphrase(const std::string& path, bool allowCurrentSources);

} // namespace commonplace::cli
