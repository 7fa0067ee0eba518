// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Additions to crypto/Vfs.h kept in their own header (Vfs.h is included nearly everywhere).

#include <cstdint>
#include <functional>
#include <string>

struct sqlite3;

namespace commonplace::crypto {

/**
 * Reads and authenticates every page of the main file of an encrypted connection, including
 * pages SQLite's integrity check never reads (free pages). Holds the wal-index checkpoint
 * lock meanwhile, so no checkpoint of this process rewrites the file under it (other
 * processes cannot have it open). Empty when all pages are authentic or the connection is
 * not encrypted; otherwise the damage report ("FILE: page N fails its integrity check ...").
 */
std::string verifyAllPages(sqlite3* db);

/**
 * Tests only: makes workspaceKdfParams() (crypto/Vfs.h) return libsodium's INTERACTIVE cost
 * instead of MODERATE, so test suites that create many workspaces stay fast. Nothing read from
 * the environment or a file can lower the cost: the shipped programs never call this; the
 * test build of the CLI (tests/support/TestKdfHook.cpp, linked only into
 * `commonplace-cli-test`, never installed) does when COMMONPLACE_TEST_KDF=interactive.
 */
void useFastKdfForTests(bool on);

/** Tests only: how many times the VFS has read a WAL's header and commit record from disk. */
std::uint64_t walHeadReadsForTests();

/**
 * Tests only: a function deriveKey() (crypto/Secret.h) calls before each Argon2id derivation
 * (empty: none). Lets tests count derivations and look at locks while one runs.
 */
void setKdfObserverForTests(std::function<void()> observer);

} // namespace commonplace::crypto
