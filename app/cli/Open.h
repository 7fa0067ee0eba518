// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"
#include "crypto/Secret.h"
#include "store/Workspace.h"

#include <memory>
#include <string>

namespace commonplace::cli {

/** The options every command takes. */
struct Options
{
    std::string workspace; ///< --workspace; empty: the default workspace
    bool json = false;     ///< --json
};

/** Exit statuses of every command (docs/cli.md). */
constexpr int kOk = 0;
constexpr int kFailed = 1;
constexpr int kUsage = 2;

/**
 * Prints the error on stderr and returns kFailed. When the failure was a page of an encrypted
 * workspace that failed authentication (SQLite sees an I/O error), says which page.
 */
int fail(const Error& e);

/** Prints a usage message on stderr and returns kUsage. */
int usage(const std::string& message);

/** Writes one JSON document and a newline on stdout. */
void printJson(const std::string& json);

/** Set once from the command line: --passphrase-file and --new-passphrase-file. */
void setPassphraseFiles(std::string current, std::string next);

/**
 * Opens a workspace as every command does. When it is encrypted, the passphrase comes from
 * --passphrase-file, COMMONPLACE_PASSPHRASE or a prompt on the terminal.
 */
Result<std::unique_ptr<store::Workspace>> openCliWorkspace(const std::string& path,
                                                           store::Workspace::Mode mode);

/**
 * The workspace a command names with --workspace: an empty name is the default workspace, made on
 * first use; a named one must exist unless `mode` says otherwise.
 */
Result<std::unique_ptr<store::Workspace>>
openNamedWorkspace(const std::string& workspace,
                   store::Workspace::Mode mode = store::Workspace::Mode::OpenExisting);

/** The passphrase of an existing encrypted workspace (file, environment or prompt). */
Result<crypto::SecretBytes> currentPassphrase(const std::string& path);

/**
 * A passphrase being chosen: --new-passphrase-file, COMMONPLACE_NEW_PASSPHRASE, or (when
 * `allowCurrentSources`, for init and encrypt) --passphrase-file / COMMONPLACE_PASSPHRASE, or a
 * prompt asked twice. At least 8 characters.
 */
Result<crypto::SecretBytes> newPassphrase(const std::string& path, bool allowCurrentSources);

} // namespace commonplace::cli
