// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace commonplace::io {

/** One file inside an archive. */
struct ArchiveEntry
{
    std::string name;
    std::string data;
};

/** What reading an archive from an untrusted partner allows. */
struct ArchiveLimits
{
    std::uint64_t maxEntries = 100000;
    std::uint64_t maxEntryBytes = 1ull << 30; ///< one entry, uncompressed
    std::uint64_t maxTotalBytes = 2ull << 30; ///< all entries, uncompressed
};

/** Writes a zip archive (deflate) in memory, entries in the given order, dated `mtime`. */
Result<std::string> writeZip(const std::vector<ArchiveEntry>& entries, std::int64_t mtime);

/**
 * Reads every entry of a zip archive held in memory, refusing (with a message that says
 * which) anything a careless extractor would be hurt by: absolute paths or `..` components,
 * backslashes or NUL in names, symbolic and hard links, devices and any other non-regular
 * entry (directories are skipped), duplicate names, more entries or more uncompressed bytes
 * than `limits` (counted while inflating, so a lying header cannot hide a decompression
 * bomb), and a truncated or damaged archive (the end-of-archive record must close the file).
 */
Result<std::vector<ArchiveEntry>> readZip(std::string_view bytes, const ArchiveLimits& limits);

} // namespace commonplace::io
