// SPDX-License-Identifier: GPL-3.0-or-later
#include "KeysCommands.h"

#include "Open.h"
#include "crypto/Keyring.h"
#include "crypto/OrgKey.h"
#include "crypto/Passphrase.h"
#include "store/Workspace.h"
#include "util/AtomicFile.h"
#include "util/Json.h"

#include <CLI/CLI.hpp>

#include <cstdio>
#include <cstdlib>

namespace commonplace::cli {

namespace {

void writeKey(util::JsonWriter& w, const crypto::PublicKey& key)
{
    std::string fp = key.fingerprint();
    w.key("name").value(key.name);
    w.key("fingerprint").value(fp);
    w.key("fingerprint_groups").value(crypto::fingerprintGroups(fp));
    w.key("fingerprint_words").value(crypto::fingerprintWords(fp));
}

void printKey(const char* indent, const crypto::PublicKey& key)
{
    std::string fp = key.fingerprint();
    std::printf("%sfingerprint: %s\n%swords:       %s\n", indent,
                crypto::fingerprintGroups(fp).c_str(), indent,
                crypto::fingerprintWords(fp).c_str());
}

int keysInit(store::Workspace& ws, bool json, const KeysArgs& a)
{
    auto passphrase = readKeyPassphrase(
        a.passphraseFile, "New passphrase for the organisation key of " + a.org, true);
    if (!passphrase)
        return fail(passphrase.error());
    auto key = crypto::createOrgKey(ws, a.org, passphrase->view(), crypto::KdfParams::moderate());
    if (!key)
        return fail(key.error());
    if (json) {
        std::string out;
        util::JsonWriter w(out);
        w.beginObject();
        writeKey(w, *key);
        w.endObject();
        printJson(out);
    } else {
        std::printf("Created the organisation key of %s.\n", key->name.c_str());
        printKey("  ", *key);
        std::printf("Give partners the file from `keys export FILE`, and read them the "
                    "fingerprint by another channel (phone, in person) so they can check it.\n");
    }
    return kOk;
}

int keysExport(store::Workspace& ws, bool json, const KeysArgs& a)
{
    auto key = crypto::orgPublicKey(ws);
    if (!key)
        return fail(key.error());
    if (!*key)
        return fail(makeError("this workspace has no organisation key yet (run: keys init --org "
                              "NAME)"));
    util::AtomicFile file(a.file);
    if (auto st = file.open(); !st)
        return fail(st.error());
    if (auto st = file.write(crypto::publicKeyFileText(**key)); !st)
        return fail(st.error());
    if (auto st = file.commit(); !st)
        return fail(st.error());
    if (json) {
        std::string out;
        util::JsonWriter w(out);
        w.beginObject().key("file").value(a.file);
        writeKey(w, **key);
        w.endObject();
        printJson(out);
    } else {
        std::printf("Wrote the public key of %s to %s (it holds no secret).\n",
                    (*key)->name.c_str(), a.file.c_str());
        printKey("  ", **key);
    }
    return kOk;
}

int keysImport(store::Workspace& ws, bool json, const KeysArgs& a)
{
    auto key = crypto::readPublicKeyFile(a.file);
    if (!key)
        return fail(key.error());
    auto imported = crypto::importPartnerKey(ws, *key);
    if (!imported)
        return fail(imported.error());
    const auto& p = imported->partner;
    if (json) {
        std::string out;
        util::JsonWriter w(out);
        w.beginObject();
        writeKey(w, p.key);
        w.key("status").value(crypto::toString(p.status));
        w.key("added").value(imported->added).endObject();
        printJson(out);
    } else {
        if (imported->added)
            std::printf("Added the key of %s to the keyring, not yet trusted.\n",
                        p.key.name.c_str());
        else
            std::printf("The keyring already holds this key of %s (%s); left as it was.\n",
                        p.key.name.c_str(), std::string(crypto::toString(p.status)).c_str());
        printKey("  ", p.key);
        if (p.status == crypto::TrustState::Untrusted)
            std::printf("Compare the fingerprint with %s by another channel (phone, in person), "
                        "then run: keys trust %s\n",
                        p.key.name.c_str(), p.fingerprint.c_str());
    }
    return kOk;
}

int keysList(store::Workspace& ws, bool json)
{
    auto own = crypto::orgPublicKey(ws);
    if (!own)
        return fail(own.error());
    auto partners = crypto::listPartnerKeys(ws);
    if (!partners)
        return fail(partners.error());
    if (json) {
        std::string out;
        util::JsonWriter w(out);
        w.beginObject().key("organisation");
        if (*own) {
            w.beginObject();
            writeKey(w, **own);
            w.endObject();
        } else {
            w.null();
        }
        w.key("partners").beginArray();
        for (const auto& p : *partners) {
            w.beginObject();
            writeKey(w, p.key);
            w.key("status").value(crypto::toString(p.status));
            w.key("added_at").value(p.addedAt).key("changed_at").value(p.changedAt);
            w.endObject();
        }
        w.endArray().endObject();
        printJson(out);
        return kOk;
    }
    if (*own) {
        std::printf("This organisation: %s\n", (*own)->name.c_str());
        printKey("  ", **own);
    } else {
        std::printf("This workspace has no organisation key (keys init --org NAME makes one).\n");
    }
    if (partners->empty())
        std::printf("No partner keys (keys import FILE adds one).\n");
    for (const auto& p : *partners) {
        std::printf("%s [%s]\n", p.key.name.c_str(),
                    std::string(crypto::toString(p.status)).c_str());
        printKey("  ", p.key);
    }
    return kOk;
}

int keysSetTrust(store::Workspace& ws, bool json, const KeysArgs& a, crypto::TrustState state)
{
    auto changed = crypto::setPartnerTrust(ws, a.fingerprint, state);
    if (!changed)
        return fail(changed.error());
    if (json) {
        std::string out;
        util::JsonWriter w(out);
        w.beginObject();
        writeKey(w, changed->key);
        w.key("status").value(crypto::toString(changed->status)).endObject();
        printJson(out);
    } else {
        std::printf("The key of %s is now %s.\n", changed->key.name.c_str(),
                    std::string(crypto::toString(changed->status)).c_str());
        printKey("  ", changed->key);
        if (state == crypto::TrustState::Revoked)
            std::printf("Bundles signed with it are refused from now on.\n");
    }
    return kOk;
}

} // namespace

Result<crypto::SecretBytes> readKeyPassphrase(const std::string& file, const std::string& prompt,
                                              bool confirm)
{
    crypto::PassphraseRequest request;
    request.file = file;
    request.prompt = prompt;
    request.confirm = confirm;
    if (file.empty()) {
        if (const char* own = std::getenv(kKeyPassphraseVariable); own && *own) {
            std::string_view text(own);
            if (confirm && text.size() < request.minimumLength)
                return makeError(std::string(kKeyPassphraseVariable) + " is shorter than " +
                                 std::to_string(request.minimumLength) + " characters");
            return crypto::SecretBytes(reinterpret_cast<const std::uint8_t*>(text.data()),
                                       text.size());
        }
    }
    return crypto::readPassphrase(request);
}

void addKeysCommands(CLI::App& app, KeysArgs& a)
{
    a.keys =
        app.add_subcommand("keys", "This organisation's key and the keyring of partners' keys");
    a.keys->require_subcommand(1);
    a.init = a.keys->add_subcommand("init", "Make this workspace's organisation key pair (once)");
    a.init->add_option("--org", a.org, "The organisation's name, as partners will see it")
        ->required();
    a.init->add_option("--key-passphrase-file", a.passphraseFile,
                       "Read the key's new passphrase from this file's first line (else "
                       "COMMONPLACE_KEY_PASSPHRASE, COMMONPLACE_PASSPHRASE, a prompt)");
    a.exportKey = a.keys->add_subcommand("export", "Write this organisation's public key file");
    a.exportKey->add_option("FILE", a.file, "Destination")->required();
    a.importKey = a.keys->add_subcommand("import", "Add a partner's public key file (untrusted)");
    a.importKey->add_option("FILE", a.file, "A partner's public key file")->required();
    a.list = a.keys->add_subcommand("list", "This organisation's key and every partner key");
    a.trust = a.keys->add_subcommand(
        "trust", "Trust a partner key after comparing its fingerprint out of band");
    a.trust->add_option("FINGERPRINT", a.fingerprint, "Fingerprint (or 8+ characters of it)")
        ->required();
    a.revoke = a.keys->add_subcommand("revoke", "Revoke a partner key for good");
    a.revoke->add_option("FINGERPRINT", a.fingerprint, "Fingerprint (or 8+ characters of it)")
        ->required();
}

int cmdKeys(const std::string& workspace, bool json, const KeysArgs& a)
{
    auto ws = openNamedWorkspace(workspace);
    if (!ws)
        return fail(ws.error());
    if (a.init->parsed())
        return keysInit(**ws, json, a);
    if (a.exportKey->parsed())
        return keysExport(**ws, json, a);
    if (a.importKey->parsed())
        return keysImport(**ws, json, a);
    if (a.list->parsed())
        return keysList(**ws, json);
    if (a.trust->parsed())
        return keysSetTrust(**ws, json, a, crypto::TrustState::Trusted);
    if (a.revoke->parsed())
        return keysSetTrust(**ws, json, a, crypto::TrustState::Revoked);
    return kUsage;
}

} // namespace commonplace::cli
