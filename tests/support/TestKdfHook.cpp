// SPDX-License-Identifier: GPL-3.0-or-later
// Linked only into `commonplace-cli-test`, the CLI the cli tests and the benchmarks run: with
// COMMONPLACE_TEST_KDF=interactive in the environment, new passphrases use libsodium's
// INTERACTIVE Argon2id cost so the tests stay fast. The shipped `commonplace-cli` does not
// contain this file, so no environment variable can weaken a real user's workspace.
#include "crypto/VfsExtras.h"

#include <cstdlib>
#include <string_view>

namespace {

const bool g_hooked = [] {
    if (const char* v = std::getenv("COMMONPLACE_TEST_KDF");
        v && std::string_view(v) == "interactive")
        commonplace::crypto::useFastKdfForTests(true);
    return true;
}();

} // namespace
