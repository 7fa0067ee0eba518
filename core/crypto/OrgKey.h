// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"
#include "crypto/Secret.h"

#include <array>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>

namespace commonplace::store {
class Workspace;
}

namespace commonplace::crypto {

/** A 32-byte public key (Ed25519 for signing, X25519 for sealing). */
using PublicBytes = std::array<std::uint8_t, 32>;
/** An Ed25519 detached signature. */
using Signature = std::array<std::uint8_t, 64>;

/**
 * An organisation's public identity, what partners keep in their keyring: its name, the
 * Ed25519 key its bundles are signed with and the X25519 key bundles are sealed to (derived
 * from the Ed25519 key, so one fingerprint covers both).
 */
struct PublicKey
{
    std::string name;
    PublicBytes signPublic{};
    PublicBytes boxPublic{};

    /** The fingerprint (see fingerprintOf). */
    std::string fingerprint() const;
};

/**
 * The fingerprint of a signing key: 160 bits of BLAKE2b over a domain label and the key,
 * as 32 upper-case base32 characters (RFC 4648 alphabet A-Z 2-7). The keyring's identifier.
 */
std::string fingerprintOf(const PublicBytes& signPublic);
/** "ABCD EFGH IJKL MNOP QRST UVWX YZ23 4567": eight groups of four, to read aloud. */
std::string fingerprintGroups(std::string_view fingerprint);
/**
 * The same 160 bits as twenty words from Commonplace's own list of 256 distinct English words
 * (one word a byte), in four groups of five separated by " / ". Empty for a malformed
 * fingerprint.
 */
std::string fingerprintWords(std::string_view fingerprint);
/** What a person typed, normalised: spaces and dashes dropped, letters upper-cased. */
std::string normaliseFingerprint(std::string_view text);
/** The X25519 key for sealing that belongs to an Ed25519 key; nullopt if it is not a key. */
std::optional<PublicBytes> boxKeyFor(const PublicBytes& signPublic);

/** Base64 (standard alphabet, padded) of bytes; and back (nullopt when malformed). */
std::string toBase64(std::span<const std::uint8_t> bytes);
std::optional<std::string> fromBase64(std::string_view text);

/** The public key file (JSON, docs/formats.md "Public key files"). */
std::string publicKeyFileText(const PublicKey& key);
/**
 * Parses a public key file. Errors (naming `path`) for bad JSON, a wrong format or version,
 * a key of the wrong length, a sealing key that does not belong to the signing key, or a
 * fingerprint line that does not match the keys.
 */
Result<PublicKey> parsePublicKeyFile(std::string_view text, const std::string& path);
Result<PublicKey> readPublicKeyFile(const std::string& path);

/** True when `signature` is `signer`'s Ed25519 signature of `message`. */
bool verifySignature(const PublicBytes& signer, std::string_view message,
                     std::span<const std::uint8_t> signature);

/** The organisation's secret keys, unlocked with its passphrase; wiped when destroyed. */
class OrgSecret
{
public:
    const PublicKey& publicKey() const { return m_public; }
    Signature sign(std::string_view message) const;
    /** X25519 secret key (32 bytes) for opening bundles sealed to this organisation. */
    const SecretBytes& boxSecret() const { return m_boxSecret; }

    /** Keys from a 32-byte seed (tests, and unlockOrgKey). */
    static Result<OrgSecret> fromSeed(std::string name, std::span<const std::uint8_t> seed);

private:
    PublicKey m_public;
    SecretBytes m_signSecret; // 64 bytes: libsodium's seed || public key
    SecretBytes m_boxSecret;
};

/**
 * Makes this workspace's organisation key pair: a random Ed25519 seed stored encrypted
 * (XChaCha20-Poly1305 bound to the public key) under a key Argon2id derives from the
 * passphrase with `params`. Error when the workspace already has one (it is made once: a new
 * key would orphan every partner's trust in the old one).
 */
Result<PublicKey> createOrgKey(store::Workspace& ws, std::string_view name,
                               std::string_view passphrase, const KdfParams& params);
/** This workspace's organisation public key, or nullopt when `keys init` has not been run. */
Result<std::optional<PublicKey>> orgPublicKey(const store::Workspace& ws);
/**
 * Unlocks the organisation key. Errors: no key ("run keys init"), a wrong passphrase, or a
 * stored key that does not match its public half.
 */
Result<OrgSecret> unlockOrgKey(const store::Workspace& ws, std::string_view passphrase);

} // namespace commonplace::crypto
