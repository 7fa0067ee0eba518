// SPDX-License-Identifier: GPL-3.0-or-later
#include "crypto/Keyring.h"

#include "store/Sqlite.h"
#include "store/Workspace.h"

namespace commonplace::crypto {

namespace {

constexpr const char* kSelect = "SELECT name, fingerprint, sign_public, box_public, status, "
                                "added_at, coalesce(changed_at, '') FROM partner_key ";

std::optional<TrustState> parseTrust(std::string_view s)
{
    if (s == "untrusted")
        return TrustState::Untrusted;
    if (s == "trusted")
        return TrustState::Trusted;
    if (s == "revoked")
        return TrustState::Revoked;
    return std::nullopt;
}

Result<PartnerKey> rowToKey(const store::Query& q)
{
    PartnerKey p;
    p.key.name = q.string(0);
    p.fingerprint = q.string(1);
    auto copyKey = [&](int col, PublicBytes& out) {
        auto* data = static_cast<const std::uint8_t*>(sqlite3_column_blob(q.handle(), col));
        if (!data || sqlite3_column_bytes(q.handle(), col) != int(out.size()))
            return false;
        std::copy(data, data + out.size(), out.begin());
        return true;
    };
    if (!copyKey(2, p.key.signPublic) || !copyKey(3, p.key.boxPublic) ||
        fingerprintOf(p.key.signPublic) != p.fingerprint)
        return makeError("the keyring entry " + fingerprintGroups(p.fingerprint) +
                         " is damaged (its key does not match its fingerprint)");
    auto status = parseTrust(q.text(4));
    p.status = status.value_or(TrustState::Untrusted);
    p.addedAt = q.string(5);
    p.changedAt = q.string(6);
    return p;
}

Result<std::vector<PartnerKey>> select(const store::Workspace& ws, std::string_view where,
                                       std::string_view arg)
{
    store::Query q(ws.db(), std::string(kSelect) + std::string(where));
    if (!q.valid())
        return makeError("database error: " + q.error());
    if (!arg.empty())
        q.bind(1, arg);
    std::vector<PartnerKey> out;
    int rc;
    while ((rc = q.step()) == SQLITE_ROW) {
        auto k = rowToKey(q);
        if (!k)
            return k.error();
        out.push_back(std::move(k).value());
    }
    if (rc != SQLITE_DONE)
        return makeError(std::string("database error: ") + sqlite3_errmsg(ws.db()));
    return out;
}

} // namespace

std::string_view toString(TrustState s)
{
    switch (s) {
    case TrustState::Untrusted:
        return "untrusted";
    case TrustState::Trusted:
        return "trusted";
    case TrustState::Revoked:
        return "revoked";
    }
    return "untrusted";
}

Result<KeyImport> importPartnerKey(store::Workspace& ws, const PublicKey& key, TrustState initial)
{
    std::string fp = key.fingerprint();
    auto own = orgPublicKey(ws);
    if (!own)
        return own.error();
    if (*own && (*own)->signPublic == key.signPublic)
        return makeError("this is this workspace's own organisation key, not a partner's");
    auto existing = findPartnerKey(ws, fp);
    if (!existing)
        return existing.error();
    if (*existing)
        return KeyImport{**existing, false};
    store::Query q(ws.db(),
                   "INSERT INTO partner_key(name, fingerprint, sign_public, box_public, "
                   "status, changed_at) VALUES (?1, ?2, ?3, ?4, ?5, CASE WHEN ?5 = "
                   "'untrusted' THEN NULL ELSE strftime('%Y-%m-%dT%H:%M:%SZ', 'now') END)");
    q.bind(1, key.name)
        .bind(2, fp)
        .bindBlob(3, key.signPublic.data(), key.signPublic.size())
        .bindBlob(4, key.boxPublic.data(), key.boxPublic.size())
        .bind(5, toString(initial));
    if (auto st = q.exec(); !st)
        return makeError("cannot add the key: " + st.error().message);
    auto added = findPartnerKey(ws, fp);
    if (!added)
        return added.error();
    if (!*added)
        return makeError("the key was not stored");
    return KeyImport{**added, true};
}

Result<std::vector<PartnerKey>> listPartnerKeys(const store::Workspace& ws)
{
    return select(ws, "ORDER BY name, fingerprint", {});
}

Result<std::optional<PartnerKey>> findPartnerKey(const store::Workspace& ws,
                                                 std::string_view fingerprint)
{
    auto found = select(ws, "WHERE fingerprint = ?1", fingerprint);
    if (!found)
        return found.error();
    if (found->empty())
        return std::optional<PartnerKey>{};
    return std::optional<PartnerKey>(std::move(found->front()));
}

Result<PartnerKey> setPartnerTrust(store::Workspace& ws, std::string_view fingerprint,
                                   TrustState state)
{
    std::string fp = normaliseFingerprint(fingerprint);
    if (fp.size() < 8)
        return makeError("give at least 8 characters of the fingerprint (keys list shows them)");
    auto all = listPartnerKeys(ws);
    if (!all)
        return all.error();
    std::vector<PartnerKey> matches;
    for (auto& k : *all) {
        if (k.fingerprint.compare(0, fp.size(), fp) == 0)
            matches.push_back(k);
    }
    if (matches.empty())
        return makeError("no partner key with fingerprint " + fingerprintGroups(fp) +
                         " in the keyring (keys list shows them)");
    if (matches.size() > 1)
        return makeError("fingerprint " + fingerprintGroups(fp) + " matches " +
                         std::to_string(matches.size()) + " keys; give more of it");
    PartnerKey key = matches.front();
    if (key.status == TrustState::Revoked && state != TrustState::Revoked)
        return makeError("the key of " + key.key.name + " (" + fingerprintGroups(key.fingerprint) +
                         ") is revoked, and revocation is final: ask the partner for a new key");
    if (key.status == state)
        return key;
    store::Query q(ws.db(), "UPDATE partner_key SET status = ?1, changed_at = "
                            "strftime('%Y-%m-%dT%H:%M:%SZ', 'now') WHERE fingerprint = ?2");
    q.bind(1, toString(state)).bind(2, key.fingerprint);
    if (auto st = q.exec(); !st)
        return makeError("cannot change the key: " + st.error().message);
    auto changed = findPartnerKey(ws, key.fingerprint);
    if (!changed)
        return changed.error();
    return **changed;
}

} // namespace commonplace::crypto
