// SPDX-License-Identifier: GPL-3.0-or-later
#include "Open.h"

#include "crypto/Passphrase.h"

#include <cstdlib>
#include <cstring>

namespace commonplace::cli {

namespace {

std::string g_passphraseFile;
std::string g_newPassphraseFile;
constexpr const char* kNewPassphraseVariable = "COMMONPLACE_NEW_PASSPHRASE";

} // namespace

void setPassphraseFiles(std::string current, std::string next)
{
    g_passphraseFile = std::move(current);
    g_newPassphraseFile = std::move(next);
}

Result<crypto::SecretBytes> currentPassphrase(const std::string& path)
{
    crypto::PassphraseRequest request;
    request.file = g_passphraseFile;
    request.prompt = "Passphrase for " + path;
    return crypto::readPassphrase(request);
}

Result<crypto::SecretBytes> newPassphrase(const std::string& path, bool allowCurrentSources)
{
    crypto::PassphraseRequest request;
    request.prompt = "New passphrase for " + path;
    request.confirm = true;
    if (!g_newPassphraseFile.empty()) {
        request.file = g_newPassphraseFile;
    } else if (const char* env = std::getenv(kNewPassphraseVariable); env && *env) {
        crypto::SecretBytes value(reinterpret_cast<const std::uint8_t*>(env), std::strlen(env));
        if (value.size() < request.minimumLength)
            return makeError("the new passphrase is shorter than " +
                             std::to_string(request.minimumLength) + " characters");
        return value;
    } else if (allowCurrentSources) {
        request.file = g_passphraseFile;
    } else if (const char* cur = std::getenv(crypto::kPassphraseVariable); cur && *cur) {
        // readPassphrase would hand back the current passphrase from the environment.
        return makeError("give the new passphrase with --new-passphrase-file or "
                         "COMMONPLACE_NEW_PASSPHRASE (COMMONPLACE_PASSPHRASE holds the current "
                         "one)");
    }
    // Otherwise (changing it): --passphrase-file holds the current one; ask on the terminal.
    return crypto::readPassphrase(request);
}

Result<std::unique_ptr<store::Workspace>> openCliWorkspace(const std::string& path,
                                                           store::Workspace::Mode mode)
{
    if (!store::Workspace::isEncrypted(path))
        return store::Workspace::open(path, mode);
    auto passphrase = currentPassphrase(path);
    if (!passphrase)
        return passphrase.error();
    store::Workspace::OpenOptions options;
    options.mode = mode;
    options.passphrase = &*passphrase;
    return store::Workspace::open(path, options);
}

} // namespace commonplace::cli
