// SPDX-License-Identifier: GPL-3.0-or-later
#include "Open.h"

#include "Progress.h"
#include "crypto/Passphrase.h"
#include "crypto/Vfs.h"
#include "store/EntityWriter.h"

#include <cstdio>
#include <cstdlib>
#include <cstring>

namespace commonplace::cli {

namespace {

std::string g_passphraseFile;
std::string g_newPassphraseFile;
constexpr const char* kNewPassphraseVariable = "COMMONPLACE_NEW_PASSPHRASE";

// The window prepares names in the background after an upgrade (sort keys, the Latin forms of
// names stored before schema 4, which `search` needs to find "Malofeev" under "Малофеев"); a
// command has no background, so it prepares them before it runs. Each batch is committed on its
// own and the fill resumes where it stopped, so an interrupted command loses nothing.
Result<std::unique_ptr<store::Workspace>> prepared(Result<std::unique_ptr<store::Workspace>> ws)
{
    if (!ws || !store::EntityWriter::sortKeysStale(**ws))
        return ws;
    store::EntityWriter writer(**ws);
    if (auto st = writer.prepare(); !st)
        return st.error();
    ProgressBar bar("Preparing names for sorting and search");
    auto filled = writer.fillSortKeys([&](std::int64_t done, std::int64_t total) {
        bar.update(std::uint64_t(std::max<std::int64_t>(done, 0)),
                   std::uint64_t(std::max<std::int64_t>(total, 0)));
        return true;
    });
    if (!filled)
        return filled.error();
    return ws;
}

} // namespace

int fail(const Error& e)
{
    std::fprintf(stderr, "commonplace-cli: %s\n", e.describe().c_str());
    if (std::string damage = crypto::takeDamageReport(); !damage.empty())
        std::fprintf(stderr, "commonplace-cli: %s\n", damage.c_str());
    return kFailed;
}

int usage(const std::string& message)
{
    std::fprintf(stderr, "commonplace-cli: %s\n", message.c_str());
    return kUsage;
}

void printJson(const std::string& json)
{
    std::fwrite(json.data(), 1, json.size(), stdout);
    std::fputc('\n', stdout);
}

Result<std::unique_ptr<store::Workspace>> openNamedWorkspace(const std::string& workspace,
                                                             store::Workspace::Mode mode)
{
    if (workspace.empty()) {
        if (mode == store::Workspace::Mode::OpenExisting)
            mode =
                store::Workspace::Mode::OpenOrCreate; // the default workspace is made on first use
        return openCliWorkspace(store::Workspace::defaultPath(), mode);
    }
    return openCliWorkspace(workspace, mode);
}

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
        return prepared(store::Workspace::open(path, mode));
    auto passphrase = currentPassphrase(path);
    if (!passphrase)
        return passphrase.error();
    store::Workspace::OpenOptions options;
    options.mode = mode;
    options.passphrase = &*passphrase;
    return prepared(store::Workspace::open(path, options));
}

} // namespace commonplace::cli
