// SPDX-License-Identifier: GPL-3.0-or-later
#include "crypto/Seal.h"

#include <sodium.h>

#include <cstring>

namespace commonplace::crypto {

namespace {

constexpr std::size_t kChunk = 64 * 1024;
constexpr std::size_t kKeyBytes = crypto_secretstream_xchacha20poly1305_KEYBYTES;
constexpr std::size_t kSealedKeyBytes = crypto_box_SEALBYTES + kKeyBytes;
constexpr std::size_t kHeaderBytes = crypto_secretstream_xchacha20poly1305_HEADERBYTES;
constexpr std::size_t kABytes = crypto_secretstream_xchacha20poly1305_ABYTES;

void putU32(std::string& out, std::uint32_t v)
{
    for (int i = 0; i < 4; ++i)
        out += char((v >> (8 * i)) & 0xff);
}

std::uint32_t getU32(std::string_view in, std::size_t at)
{
    std::uint32_t v = 0;
    for (int i = 3; i >= 0; --i)
        v = (v << 8) | std::uint8_t(in[at + std::size_t(i)]);
    return v;
}

const std::uint8_t* u8(std::string_view s, std::size_t at = 0)
{
    return reinterpret_cast<const std::uint8_t*>(s.data()) + at;
}

} // namespace

bool isSealed(std::string_view bytes)
{
    return bytes.substr(0, kSealMagic.size()) == kSealMagic;
}

Result<std::string> seal(std::string_view plain, const std::vector<PublicBytes>& recipients)
{
    if (!initialize())
        return makeError("libsodium cannot start");
    if (recipients.empty())
        return makeError("a sealed bundle needs at least one recipient");
    if (recipients.size() > kMaxRecipients)
        return makeError("at most " + std::to_string(kMaxRecipients) + " recipients");
    SecretBytes key(kKeyBytes);
    crypto_secretstream_xchacha20poly1305_keygen(key.data());
    std::string out(kSealMagic);
    putU32(out, std::uint32_t(recipients.size()));
    for (const auto& r : recipients) {
        std::string sealedKey(kSealedKeyBytes, '\0');
        if (crypto_box_seal(reinterpret_cast<std::uint8_t*>(sealedKey.data()), key.data(),
                            key.size(), r.data()) != 0)
            return makeError("cannot seal to a recipient key (is it a valid X25519 key?)");
        out += sealedKey;
    }
    // The header (magic, count, sealed keys) is authenticated with the first chunk, so the
    // recipient list cannot be altered unnoticed.
    const std::string header = out;
    crypto_secretstream_xchacha20poly1305_state state;
    std::string streamHeader(kHeaderBytes, '\0');
    crypto_secretstream_xchacha20poly1305_init_push(
        &state, reinterpret_cast<std::uint8_t*>(streamHeader.data()), key.data());
    out += streamHeader;
    std::size_t pos = 0;
    std::string cipher(kChunk + kABytes, '\0');
    bool first = true;
    do {
        std::size_t n = std::min(kChunk, plain.size() - pos);
        bool last = pos + n == plain.size();
        unsigned long long cipherLength = 0;
        crypto_secretstream_xchacha20poly1305_push(
            &state, reinterpret_cast<std::uint8_t*>(cipher.data()), &cipherLength, u8(plain, pos),
            n, first ? u8(header) : nullptr, first ? header.size() : 0,
            last ? crypto_secretstream_xchacha20poly1305_TAG_FINAL : 0);
        putU32(out, std::uint32_t(cipherLength));
        out.append(cipher.data(), std::size_t(cipherLength));
        pos += n;
        first = false;
        if (last)
            break;
    } while (true);
    sodium_memzero(&state, sizeof state);
    return out;
}

Result<std::string> openSealed(std::string_view sealed, const OrgSecret& secret)
{
    if (!initialize())
        return makeError("libsodium cannot start");
    const std::string truncated = "the sealed bundle is truncated";
    if (!isSealed(sealed))
        return makeError("not a sealed bundle");
    std::size_t pos = kSealMagic.size();
    if (sealed.size() < pos + 4)
        return makeError(truncated);
    std::uint32_t count = getU32(sealed, pos);
    pos += 4;
    if (count == 0 || count > kMaxRecipients)
        return makeError("the sealed bundle is damaged (it names " + std::to_string(count) +
                         " recipients)");
    if (sealed.size() < pos + std::size_t(count) * kSealedKeyBytes + kHeaderBytes)
        return makeError(truncated);
    SecretBytes key(kKeyBytes);
    bool found = false;
    const PublicKey& pub = secret.publicKey();
    for (std::uint32_t i = 0; i < count && !found; ++i) {
        found =
            crypto_box_seal_open(key.data(), u8(sealed, pos + i * kSealedKeyBytes), kSealedKeyBytes,
                                 pub.boxPublic.data(), secret.boxSecret().data()) == 0;
    }
    if (!found)
        return makeError("the bundle is sealed, but not to this organisation (" + pub.name + ", " +
                         fingerprintGroups(pub.fingerprint()) + ")");
    pos += std::size_t(count) * kSealedKeyBytes;
    std::string_view header = sealed.substr(0, pos);
    crypto_secretstream_xchacha20poly1305_state state;
    if (crypto_secretstream_xchacha20poly1305_init_pull(&state, u8(sealed, pos), key.data()) != 0)
        return makeError("the sealed bundle is damaged (bad stream header)");
    pos += kHeaderBytes;
    std::string plain;
    std::string chunk(kChunk, '\0');
    bool first = true;
    for (;;) {
        if (sealed.size() < pos + 4)
            return makeError(truncated);
        std::uint32_t length = getU32(sealed, pos);
        pos += 4;
        if (length < kABytes || length > kChunk + kABytes)
            return makeError("the sealed bundle is damaged (a chunk has an impossible length)");
        if (sealed.size() < pos + length)
            return makeError(truncated);
        unsigned long long plainLength = 0;
        unsigned char tag = 0;
        if (crypto_secretstream_xchacha20poly1305_pull(
                &state, reinterpret_cast<std::uint8_t*>(chunk.data()), &plainLength, &tag,
                u8(sealed, pos), length, first ? u8(header) : nullptr,
                first ? header.size() : 0) != 0)
            return makeError("the sealed bundle was altered (a chunk fails authentication)");
        plain.append(chunk.data(), std::size_t(plainLength));
        pos += length;
        first = false;
        if (tag == crypto_secretstream_xchacha20poly1305_TAG_FINAL)
            break;
    }
    if (pos != sealed.size())
        return makeError("the sealed bundle has bytes after its end");
    return plain;
}

} // namespace commonplace::crypto
