// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target for the exchange bundle reader: the safe zip reader, the manifest and its
// signature checks, and the sealed-file reader. Any bytes must give a result or a clean
// error, never a crash, a hang, an allocation beyond the limits or a sanitizer report.
// Seeds (tests/fuzz/corpus/bundle): a signed bundle and one sealed to the key below.
#include "crypto/OrgKey.h"
#include "crypto/Seal.h"
#include "io/Bundle.h"

#include <array>
#include <cstdint>
#include <cstdlib>
#include <string_view>

using namespace commonplace;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    // A fixed organisation key (seed 1, 2, ..., 32), so that seeds can be sealed to it and
    // the fuzzer reaches the zip inside.
    static const crypto::OrgSecret secret = [] {
        std::array<std::uint8_t, 32> seed{};
        for (std::size_t i = 0; i < seed.size(); ++i)
            seed[i] = std::uint8_t(i + 1);
        auto s = crypto::OrgSecret::fromSeed("Fuzz", seed);
        if (!s)
            std::abort();
        return std::move(s).value();
    }();
    // Small limits keep each run fast; the limit checks themselves are what is tested.
    io::ArchiveLimits limits;
    limits.maxEntries = 64;
    limits.maxEntryBytes = 1u << 20;
    limits.maxTotalBytes = 4u << 20;
    std::string_view bytes(reinterpret_cast<const char*>(data), size);
    if (crypto::isSealed(bytes)) {
        auto plain = crypto::openSealed(bytes, secret);
        if (plain)
            (void)io::parseBundle(*plain, limits);
        return 0;
    }
    (void)io::parseBundle(bytes, limits);
    return 0;
}
