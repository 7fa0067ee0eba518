// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"
#include "crypto/OrgKey.h"

#include <string>
#include <string_view>
#include <vector>

namespace commonplace::crypto {

/** The first bytes of a sealed file ("CPSEAL01"). */
inline constexpr std::string_view kSealMagic = "CPSEAL01";
/** Most recipients a sealed file may name. */
inline constexpr std::size_t kMaxRecipients = 64;

/** True when `bytes` begins like a sealed file. */
bool isSealed(std::string_view bytes);

/**
 * Encrypts `plain` so that only holders of one of the recipients' X25519 secret keys can read
 * it: a random key, sealed (crypto_box_seal, anonymous) to each recipient, encrypts the bytes
 * with crypto_secretstream_xchacha20poly1305 in 64 KiB chunks, the last one marked final
 * (docs/formats.md "Sealed bundles"). Nothing in the output names sender or recipients.
 */
Result<std::string> seal(std::string_view plain, const std::vector<PublicBytes>& recipients);

/**
 * Opens a sealed file with this organisation's secret key. Errors: not sealed to this
 * organisation, truncated (no final chunk), altered (a chunk fails authentication), bytes
 * after the end.
 */
Result<std::string> openSealed(std::string_view sealed, const OrgSecret& secret);

} // namespace commonplace::crypto
