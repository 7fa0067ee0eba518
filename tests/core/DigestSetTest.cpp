// SPDX-License-Identifier: GPL-3.0-or-later
#include "util/DigestSet.h"
#include "util/Hash.h"

#include <catch2/catch.hpp>

#include <string>

using commonplace::util::DigestSet;

TEST_CASE("a digest set tells new digests from repeats, across growth", "[import]")
{
    DigestSet set;
    set.reserve(10);
    const int n = 50000; // grows the table several times past what was reserved
    for (int i = 0; i < n; ++i) {
        auto d = commonplace::util::digest128({"bench", std::to_string(i)});
        REQUIRE(set.insert(d));
    }
    CHECK(set.size() == std::size_t(n));
    for (int i = 0; i < n; i += 7) {
        auto d = commonplace::util::digest128({"bench", std::to_string(i)});
        REQUIRE_FALSE(set.insert(d));
    }
    CHECK(set.size() == std::size_t(n));
    // The all-zero digest (the free-slot marker) is a digest like any other.
    DigestSet::Digest zero{};
    CHECK(set.insert(zero));
    CHECK_FALSE(set.insert(zero));
    CHECK(set.size() == std::size_t(n) + 1);
    // Two digests in the same slot (same first eight bytes) are both kept.
    DigestSet::Digest a{}, b{};
    a[0] = b[0] = 1;
    a[15] = 1;
    b[15] = 2;
    CHECK(set.insert(a));
    CHECK(set.insert(b));
    CHECK_FALSE(set.insert(a));
    CHECK_FALSE(set.insert(b));
    set.clear();
    CHECK(set.size() == 0);
    CHECK(set.insert(a));
}
