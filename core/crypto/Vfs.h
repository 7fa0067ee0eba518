// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"
#include "crypto/Secret.h"

#include <array>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

namespace commonplace::crypto {

/**
 * Encryption at rest for workspace files: an SQLite VFS that encrypts every page of the
 * database and of its WAL with XChaCha20-Poly1305 (libsodium), a random nonce per write, and
 * the nonce and tag in the page's reserved bytes. The design and threat model are in
 * docs/security.md. Layout of an encrypted file:
 *
 *   [0, 4096)       key header: magic, version, page size, file id, two key slots (the data
 *                   key wrapped by an Argon2id key of the passphrase), each 512-byte region
 *                   with its own BLAKE2b checksum
 *   [4096, ...)     SQLite's pages, 4096 bytes each, encrypted; SQLite sees offset 0 here
 */
inline constexpr std::uint32_t kVfsPageSize = 4096;
/** Nonce (24) and tag (16) at the end of each page; SQLite is told to leave them alone. */
inline constexpr int kVfsReserveBytes = 40;
inline constexpr std::size_t kVfsHeaderBytes = 4096;
/** The name the VFS is registered under with SQLite. */
inline constexpr const char* kVfsName = "commonplace-encrypted";

/** What an unlock says when no key slot opens with the passphrase. */
inline constexpr const char* kWrongPassphrase = "wrong passphrase (the workspace was not changed)";
/** What opening an encrypted workspace says when it was given no passphrase. */
inline constexpr const char* kNeedsPassphrase =
    "this workspace is encrypted: it needs its passphrase";

/** The unwrapped data key of one encrypted workspace file, with that file's identity. */
struct DataKey
{
    SecretBytes key; ///< 32 bytes
    std::array<std::uint8_t, 16> fileId{};
};

/**
 * A shared, read-only handle to an unlocked key. A workspace keeps one while it is open;
 * background jobs are given a copy to open the same file without asking again. The key is
 * wiped when the last handle goes.
 */
using DataKeyHandle = std::shared_ptr<const DataKey>;

enum class FileKind
{
    Missing,   ///< no file
    Empty,     ///< a file of zero bytes (SQLite treats it as a new database)
    Plain,     ///< an SQLite database
    Encrypted, ///< a Commonplace encrypted workspace
    Other      ///< anything else
};

/** What kind of file lives at `path` (reads its first bytes through SQLite's own VFS). */
FileKind probeFile(const std::string& path);

/**
 * Creates a new encrypted workspace file at `path` (which must not exist): a random data key
 * wrapped by an Argon2id key of the passphrase, the header written and synced, mode 0600.
 * SQLite fills in the pages later through the VFS.
 */
Result<DataKeyHandle> createEncryptedFile(const std::string& path, std::string_view passphrase,
                                          const KdfParams& params);

/**
 * Unwraps the data key of an encrypted file with a passphrase. A wrong passphrase gives an
 * error whose message is kWrongPassphrase; a damaged header says so. Reads only.
 */
Result<DataKeyHandle> unlockFile(const std::string& path, std::string_view passphrase);

/** Checks that a key handle belongs to the encrypted file at `path` (its file id). */
Status checkKeyMatches(const std::string& path, const DataKey& key);

/** A key that wraps the data key, derived from a passphrase (Argon2id) with a fresh salt. */
struct PassphraseKey
{
    KdfParams params;
    std::array<std::uint8_t, 16> salt{};
    SecretBytes kek; ///< 32 bytes
};

/**
 * Derives the key for a new passphrase (about a second, 256 MiB at the MODERATE cost). Touches
 * no file, so callers do it before taking any lock.
 */
Result<PassphraseKey> derivePassphraseKey(std::string_view passphrase, const KdfParams& params);

/**
 * Wraps the data key again with a new passphrase's key. The new slot is written and synced
 * before the old one is wiped, so a crash leaves one of them usable. The pages are not touched.
 */
Status rewrapFile(const std::string& path, const DataKey& key, const PassphraseKey& next);

/** The KDF cost recorded in the file's current key slot. */
Result<KdfParams> fileKdfParams(const std::string& path);

/** Registers the VFS with SQLite (once per process). False if SQLite refuses. */
bool registerVfs();

/**
 * Makes a key available to the VFS for one connection and returns the token to put in the
 * connection's URI (`cpkey=`). The VFS refuses to open a file without a known token.
 */
std::string registerKey(DataKeyHandle key);
/** Forgets a token (the files already open keep their own handle until they close). */
void unregisterKey(const std::string& token);

/** A `file:` URI for `path` with the token, for sqlite3_open_v2 with SQLITE_OPEN_URI. */
std::string vfsUri(const std::string& path, const std::string& token);

/**
 * The last authentication failure the VFS saw on this thread ("FILE: page N fails its
 * integrity check ..."), cleared by reading it. Empty when there was none.
 */
std::string takeDamageReport();

/** Reads KdfParams for new workspaces: moderate, or interactive when the test switch is set. */
KdfParams workspaceKdfParams();

} // namespace commonplace::crypto
