// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"
#include "crypto/Secret.h"

#include <string>

namespace CLI {
class App;
}

namespace commonplace::cli {

/** The `keys` command's arguments (docs/cli.md "keys"). */
struct KeysArgs
{
    CLI::App* keys = nullptr;
    CLI::App *init = nullptr, *exportKey = nullptr, *importKey = nullptr, *list = nullptr,
             *trust = nullptr, *revoke = nullptr;
    std::string org;
    std::string file;
    std::string fingerprint;
    std::string passphraseFile;
};

/** The variable scripts can set for the organisation key's passphrase alone. */
inline constexpr const char* kKeyPassphraseVariable = "COMMONPLACE_KEY_PASSPHRASE";

/**
 * The organisation key's passphrase, from (in this order) --key-passphrase-file,
 * COMMONPLACE_KEY_PASSPHRASE, COMMONPLACE_PASSPHRASE, or a prompt on the terminal. The key's
 * passphrase can so differ from the workspace's (--passphrase-file), or be the same.
 */
Result<crypto::SecretBytes> readKeyPassphrase(const std::string& file, const std::string& prompt,
                                              bool confirm);

/** Adds `keys init|export|import|list|trust|revoke` to the app. */
void addKeysCommands(CLI::App& app, KeysArgs& args);

/** Runs whichever keys subcommand was given; the exit status (0, 1 failed, 2 usage). */
int cmdKeys(const std::string& workspace, bool json, const KeysArgs& args);

} // namespace commonplace::cli
