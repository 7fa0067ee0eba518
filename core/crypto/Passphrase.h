// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"
#include "crypto/Secret.h"

#include <string>

namespace commonplace::crypto {

/** Where a command-line tool takes a passphrase from. */
struct PassphraseRequest
{
    /** --passphrase-file: the first line of this file (without its line ending). */
    std::string file;
    /** What the prompt says, e.g. "Passphrase for workspace.commonplace". */
    std::string prompt = "Passphrase";
    /** Ask twice and require both to agree (when a passphrase is being chosen). */
    bool confirm = false;
    /** Refuse passphrases shorter than this (only checked when confirm is set). */
    std::size_t minimumLength = 8;
};

/** The environment variable scripts can set instead of a file or the prompt. */
inline constexpr const char* kPassphraseVariable = "COMMONPLACE_PASSPHRASE";

/**
 * The passphrase, from (in this order) the request's file, COMMONPLACE_PASSPHRASE, or a prompt
 * on the controlling terminal (/dev/tty) with echo switched off. Errors name the file, or say
 * that there is no terminal to ask on. An empty passphrase is refused.
 */
Result<SecretBytes> readPassphrase(const PassphraseRequest& request);

} // namespace commonplace::crypto
