// SPDX-License-Identifier: GPL-3.0-or-later
#include "util/Hash.h"

#include <sodium.h>

#include <cstring>

namespace commonplace::util {

namespace {
inline std::uint32_t rotl(std::uint32_t x, int n)
{
    return (x << n) | (x >> (32 - n));
}
} // namespace

Sha1::Sha1()
    : m_h{0x67452301u, 0xEFCDAB89u, 0x98BADCFEu, 0x10325476u, 0xC3D2E1F0u}
{}

void Sha1::block(const std::uint8_t* p)
{
    std::uint32_t w[80];
    for (int i = 0; i < 16; ++i)
        w[i] = (std::uint32_t(p[4 * i]) << 24) | (std::uint32_t(p[4 * i + 1]) << 16) |
               (std::uint32_t(p[4 * i + 2]) << 8) | std::uint32_t(p[4 * i + 3]);
    for (int i = 16; i < 80; ++i)
        w[i] = rotl(w[i - 3] ^ w[i - 8] ^ w[i - 14] ^ w[i - 16], 1);
    std::uint32_t a = m_h[0], b = m_h[1], c = m_h[2], d = m_h[3], e = m_h[4];
    for (int i = 0; i < 80; ++i) {
        std::uint32_t f, k;
        if (i < 20) {
            f = (b & c) | (~b & d);
            k = 0x5A827999u;
        } else if (i < 40) {
            f = b ^ c ^ d;
            k = 0x6ED9EBA1u;
        } else if (i < 60) {
            f = (b & c) | (b & d) | (c & d);
            k = 0x8F1BBCDCu;
        } else {
            f = b ^ c ^ d;
            k = 0xCA62C1D6u;
        }
        std::uint32_t t = rotl(a, 5) + f + e + k + w[i];
        e = d;
        d = c;
        c = rotl(b, 30);
        b = a;
        a = t;
    }
    m_h[0] += a;
    m_h[1] += b;
    m_h[2] += c;
    m_h[3] += d;
    m_h[4] += e;
}

void Sha1::update(std::string_view data)
{
    auto p = reinterpret_cast<const std::uint8_t*>(data.data());
    std::size_t n = data.size();
    m_total += n;
    while (n > 0) {
        std::size_t take = std::min(n, sizeof m_buf - m_used);
        std::memcpy(m_buf + m_used, p, take);
        m_used += take;
        p += take;
        n -= take;
        if (m_used == sizeof m_buf) {
            block(m_buf);
            m_used = 0;
        }
    }
}

std::array<std::uint8_t, 20> Sha1::digest() const
{
    Sha1 copy = *this;
    std::uint64_t bits = m_total * 8;
    std::uint8_t pad[72] = {0x80};
    std::size_t padLen = (copy.m_used < 56) ? 56 - copy.m_used : 120 - copy.m_used;
    copy.update(std::string_view(reinterpret_cast<const char*>(pad), padLen));
    std::uint8_t len[8];
    for (int i = 0; i < 8; ++i)
        len[i] = std::uint8_t(bits >> (56 - 8 * i));
    copy.update(std::string_view(reinterpret_cast<const char*>(len), 8));
    std::array<std::uint8_t, 20> out{};
    for (int i = 0; i < 5; ++i)
        for (int j = 0; j < 4; ++j)
            out[4 * i + j] = std::uint8_t(copy.m_h[i] >> (24 - 8 * j));
    return out;
}

std::string Sha1::hexDigest() const
{
    auto d = digest();
    return toHex(d.data(), d.size());
}

std::string toHex(const std::uint8_t* data, std::size_t size)
{
    static const char* digits = "0123456789abcdef";
    std::string out(size * 2, '0');
    for (std::size_t i = 0; i < size; ++i) {
        out[2 * i] = digits[data[i] >> 4];
        out[2 * i + 1] = digits[data[i] & 15];
    }
    return out;
}

std::string sha256Hex(std::string_view data)
{
    unsigned char out[crypto_hash_sha256_BYTES];
    crypto_hash_sha256(out, reinterpret_cast<const unsigned char*>(data.data()), data.size());
    return toHex(out, sizeof out);
}

std::array<std::uint8_t, 16> digest128(std::initializer_list<std::string_view> parts)
{
    crypto_generichash_state state;
    crypto_generichash_init(&state, nullptr, 0, 16);
    static const unsigned char zero = 0;
    for (auto part : parts) {
        crypto_generichash_update(&state, reinterpret_cast<const unsigned char*>(part.data()),
                                  part.size());
        crypto_generichash_update(&state, &zero, 1);
    }
    std::array<std::uint8_t, 16> out{};
    crypto_generichash_final(&state, out.data(), out.size());
    return out;
}

} // namespace commonplace::util
