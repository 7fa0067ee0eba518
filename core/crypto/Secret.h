// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"

#include <cstddef>
#include <cstdint>
#include <span>
#include <string_view>

namespace commonplace::crypto {

/** Initialises libsodium once; every function here calls it. False if the library cannot run. */
bool initialize();

/**
 * Secret bytes (a key, a passphrase) in memory that libsodium guards: allocated with
 * sodium_malloc (guard pages, never swapped: mlock), wiped and freed on destruction.
 * Move-only, so a secret is never silently copied into ordinary memory.
 */
class SecretBytes
{
public:
    SecretBytes() = default;
    explicit SecretBytes(std::size_t size);
    SecretBytes(const std::uint8_t* data, std::size_t size);
    ~SecretBytes();
    SecretBytes(SecretBytes&& other) noexcept;
    SecretBytes& operator=(SecretBytes&& other) noexcept;
    SecretBytes(const SecretBytes&) = delete;
    SecretBytes& operator=(const SecretBytes&) = delete;

    std::uint8_t* data() { return m_data; }
    const std::uint8_t* data() const { return m_data; }
    std::size_t size() const { return m_size; }
    bool empty() const { return m_size == 0; }
    std::span<const std::uint8_t> bytes() const { return {m_data, m_size}; }
    std::string_view view() const { return {reinterpret_cast<const char*>(m_data), m_size}; }

    /** Wipes and frees now (before destruction), e.g. when the app locks. */
    void clear();

private:
    std::uint8_t* m_data = nullptr;
    std::size_t m_size = 0;
};

/** Argon2id cost, stored beside every salt so a key can be derived again later. */
struct KdfParams
{
    std::uint64_t opsLimit = 0;
    std::size_t memLimit = 0;

    /** libsodium's MODERATE (3 passes, 256 MiB): a workspace or key unlock, ~0.5-1 s. */
    static KdfParams moderate();
    /** libsodium's INTERACTIVE (2 passes, 64 MiB): tests only. */
    static KdfParams interactive();
};

/** Bytes of salt deriveKey() takes (crypto_pwhash_SALTBYTES). */
std::size_t kdfSaltBytes();

/** Random bytes from the system CSPRNG. */
void randomBytes(std::span<std::uint8_t> out);

/**
 * A key of `keyBytes` bytes from a passphrase with Argon2id (crypto_pwhash, ALG_ARGON2ID13).
 * Fails only when the memory limit cannot be allocated.
 */
Result<SecretBytes> deriveKey(std::string_view passphrase, std::span<const std::uint8_t> salt,
                              std::size_t keyBytes, const KdfParams& params);

} // namespace commonplace::crypto
