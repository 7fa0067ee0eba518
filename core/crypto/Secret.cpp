// SPDX-License-Identifier: GPL-3.0-or-later
#include "crypto/Secret.h"
#include "crypto/VfsExtras.h"

#include <sodium.h>

#include <functional>
#include <mutex>
#include <new>
#include <utility>

namespace commonplace::crypto {

bool initialize()
{
    static const bool ok = sodium_init() >= 0;
    return ok;
}

SecretBytes::SecretBytes(std::size_t size)
{
    initialize();
    if (size == 0)
        return;
    m_data = static_cast<std::uint8_t*>(sodium_malloc(size));
    if (!m_data)
        throw std::bad_alloc();
    m_size = size;
    sodium_memzero(m_data, m_size);
}

SecretBytes::SecretBytes(const std::uint8_t* data, std::size_t size)
    : SecretBytes(size)
{
    if (size)
        std::copy(data, data + size, m_data);
}

SecretBytes::~SecretBytes()
{
    clear();
}

SecretBytes::SecretBytes(SecretBytes&& other) noexcept
    : m_data(std::exchange(other.m_data, nullptr))
    , m_size(std::exchange(other.m_size, 0))
{}

SecretBytes& SecretBytes::operator=(SecretBytes&& other) noexcept
{
    if (this != &other) {
        clear();
        m_data = std::exchange(other.m_data, nullptr);
        m_size = std::exchange(other.m_size, 0);
    }
    return *this;
}

void SecretBytes::clear()
{
    if (m_data)
        sodium_free(m_data); // wipes before freeing
    m_data = nullptr;
    m_size = 0;
}

KdfParams KdfParams::moderate()
{
    return {crypto_pwhash_OPSLIMIT_MODERATE, crypto_pwhash_MEMLIMIT_MODERATE};
}

KdfParams KdfParams::interactive()
{
    return {crypto_pwhash_OPSLIMIT_INTERACTIVE, crypto_pwhash_MEMLIMIT_INTERACTIVE};
}

std::size_t kdfSaltBytes()
{
    return crypto_pwhash_SALTBYTES;
}

void randomBytes(std::span<std::uint8_t> out)
{
    initialize();
    randombytes_buf(out.data(), out.size());
}

namespace {
std::mutex g_kdfObserverMutex;
std::function<void()> g_kdfObserver;
} // namespace

void setKdfObserverForTests(std::function<void()> observer)
{
    std::lock_guard lock(g_kdfObserverMutex);
    g_kdfObserver = std::move(observer);
}

Result<SecretBytes> deriveKey(std::string_view passphrase, std::span<const std::uint8_t> salt,
                              std::size_t keyBytes, const KdfParams& params)
{
    if (!initialize())
        return makeError("the cryptography library (libsodium) could not start");
    if (salt.size() != crypto_pwhash_SALTBYTES)
        return makeError("the key-derivation salt has the wrong length");
    std::function<void()> observer;
    {
        std::lock_guard lock(g_kdfObserverMutex);
        observer = g_kdfObserver;
    }
    if (observer)
        observer();
    SecretBytes key(keyBytes);
    if (crypto_pwhash(key.data(), key.size(), passphrase.data(), passphrase.size(), salt.data(),
                      params.opsLimit, params.memLimit, crypto_pwhash_ALG_ARGON2ID13) != 0)
        return makeError("not enough memory to derive the key from the passphrase (" +
                         std::to_string(params.memLimit >> 20) + " MiB needed)");
    return key;
}

} // namespace commonplace::crypto
