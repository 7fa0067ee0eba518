// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <array>
#include <cstdint>
#include <string>
#include <string_view>

namespace commonplace::util {

/** Incremental SHA-1, used only where FollowTheMoney compatibility needs it (entity ids). */
class Sha1
{
public:
    Sha1();
    void update(std::string_view data);
    /** The digest so far; the object can keep being updated afterwards. */
    std::array<std::uint8_t, 20> digest() const;
    std::string hexDigest() const;

private:
    void block(const std::uint8_t* p);
    std::uint32_t m_h[5];
    std::uint8_t m_buf[64];
    std::size_t m_used = 0;
    std::uint64_t m_total = 0;
};

/** Lower-case hex of arbitrary bytes. */
std::string toHex(const std::uint8_t* data, std::size_t size);

/** SHA-256 of bytes, lower-case hex (libsodium). */
std::string sha256Hex(std::string_view data);

/** 16-byte BLAKE2b digest of the parts, each followed by a 0 byte (libsodium). */
std::array<std::uint8_t, 16> digest128(std::initializer_list<std::string_view> parts);

} // namespace commonplace::util
