// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Test-only hooks into store/Workspace.cpp (kept out of Workspace.h, which nearly every file
// includes). The shipped programs never call these.

#include <functional>
#include <string>

namespace commonplace::store {

/**
 * Tests only: called by Workspace::encryptFile/decryptFile with the workspace's path after the
 * converted copy is checked and just before it replaces the original (while the original is
 * still locked). Empty: none.
 */
void setConvertHookForTests(std::function<void(const std::string& path)> hook);

} // namespace commonplace::store
