// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"
#include "crypto/OrgKey.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace commonplace::store {
class Workspace;
}

namespace commonplace::crypto {

/** How far a partner's key is trusted. Only a trusted key's bundles are imported. */
enum class TrustState
{
    Untrusted, ///< imported, fingerprint not yet compared out of band
    Trusted,
    Revoked ///< never trusted again: bundles signed with it are refused
};

std::string_view toString(TrustState s);

/** A partner's key in this workspace's keyring. */
struct PartnerKey
{
    PublicKey key;
    std::string fingerprint; ///< fingerprintOf(key.signPublic)
    TrustState status = TrustState::Untrusted;
    std::string addedAt;
    std::string changedAt; ///< when trusted or revoked; empty if never
};

/** What importing a key did. */
struct KeyImport
{
    PartnerKey partner;
    bool added = false; ///< false when the keyring already held this key (left as it was)
};

/**
 * Adds a partner's public key, `initial` trust (untrusted unless the caller has compared the
 * fingerprint). A key already in the keyring is left as it is (a revoked key stays revoked).
 * Error for this workspace's own organisation key.
 */
Result<KeyImport> importPartnerKey(store::Workspace& ws, const PublicKey& key,
                                   TrustState initial = TrustState::Untrusted);
/** Every partner key, by name then fingerprint. */
Result<std::vector<PartnerKey>> listPartnerKeys(const store::Workspace& ws);
/** The partner key with exactly this fingerprint, if any. */
Result<std::optional<PartnerKey>> findPartnerKey(const store::Workspace& ws,
                                                 std::string_view fingerprint);
/**
 * Trusts or revokes a key given by its fingerprint as a person typed it (groups, any case) or
 * an unambiguous prefix of at least 8 characters. Errors: no such key, an ambiguous prefix,
 * trusting a revoked key (revocation is final: ask the partner for a new key).
 */
Result<PartnerKey> setPartnerTrust(store::Workspace& ws, std::string_view fingerprint,
                                   TrustState state);

} // namespace commonplace::crypto
