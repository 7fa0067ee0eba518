// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestUtil.h"
#include "crypto/Passphrase.h"
#include "crypto/Secret.h"

#include <catch2/catch.hpp>

#include <cstdlib>
#include <fstream>
#include <vector>

using namespace commonplace;
using commonplace::test::TempDir;

TEST_CASE("a key derived from a passphrase depends on the passphrase and the salt", "[crypto]")
{
    std::vector<std::uint8_t> salt(crypto::kdfSaltBytes(), 7);
    auto params = crypto::KdfParams::interactive();
    auto a = crypto::deriveKey("correct horse", salt, 32, params);
    auto b = crypto::deriveKey("correct horse", salt, 32, params);
    auto c = crypto::deriveKey("correct horsf", salt, 32, params);
    REQUIRE(a);
    REQUIRE(b);
    REQUIRE(c);
    CHECK(a->view() == b->view());
    CHECK(a->view() != c->view());
    salt[0] = 8;
    auto d = crypto::deriveKey("correct horse", salt, 32, params);
    REQUIRE(d);
    CHECK(a->view() != d->view());

    auto shortSalt = crypto::deriveKey("x", std::span(salt).first(4), 32, params);
    REQUIRE_FALSE(shortSalt);
}

TEST_CASE("secret bytes move and wipe", "[crypto]")
{
    const std::uint8_t raw[] = {1, 2, 3};
    crypto::SecretBytes s(raw, 3);
    crypto::SecretBytes moved = std::move(s);
    CHECK(s.empty()); // NOLINT(bugprone-use-after-move): moved-from state is specified
    CHECK(moved.size() == 3);
    CHECK(moved.data()[2] == 3);
    moved.clear();
    CHECK(moved.empty());
}

TEST_CASE("a passphrase comes from a file, then the environment", "[crypto]")
{
    TempDir dir;
    std::string file = dir.file("pass.txt");
    std::ofstream(file) << "from the file\r\nsecond line\n";
    ::setenv(crypto::kPassphraseVariable, "from the environment", 1);

    crypto::PassphraseRequest request;
    request.file = file;
    auto fromFile = crypto::readPassphrase(request);
    REQUIRE(fromFile);
    CHECK(fromFile->view() == "from the file");

    request.file.clear();
    auto fromEnv = crypto::readPassphrase(request);
    REQUIRE(fromEnv);
    CHECK(fromEnv->view() == "from the environment");
    ::unsetenv(crypto::kPassphraseVariable);

    request.file = dir.file("missing.txt");
    auto missing = crypto::readPassphrase(request);
    REQUIRE_FALSE(missing);
    CHECK(missing.error().file == dir.file("missing.txt"));

    std::string empty = dir.file("empty.txt");
    std::ofstream(empty) << "\n";
    request.file = empty;
    auto none = crypto::readPassphrase(request);
    REQUIRE_FALSE(none);
    CHECK(none.error().message.find("empty") != std::string::npos);

    std::ofstream(empty) << "short\n";
    request.confirm = true;
    auto tooShort = crypto::readPassphrase(request);
    REQUIRE_FALSE(tooShort);
    CHECK(tooShort.error().message.find("shorter") != std::string::npos);
}
