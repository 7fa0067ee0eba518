// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/Archive.h"

#include <archive.h>
#include <archive_entry.h>

#include <memory>
#include <unordered_set>

namespace commonplace::io {

namespace {

struct ArchiveDeleter
{
    void operator()(archive* a) const
    {
        if (a)
            archive_free(a);
    }
};
using ArchivePtr = std::unique_ptr<archive, ArchiveDeleter>;

struct EntryDeleter
{
    void operator()(archive_entry* e) const
    {
        if (e)
            archive_entry_free(e);
    }
};

std::string archiveError(archive* a)
{
    const char* s = archive_error_string(a);
    return s ? s : "unknown error";
}

ssize_t appendToString(archive*, void* client, const void* buffer, size_t length)
{
    static_cast<std::string*>(client)->append(static_cast<const char*>(buffer), length);
    return ssize_t(length);
}

// Why a name is unsafe to extract, or empty when it is fine.
std::string unsafeName(std::string_view name)
{
    if (name.empty())
        return "an entry has an empty name";
    if (name.find('\0') != std::string_view::npos)
        return "an entry name holds a NUL byte";
    if (name.front() == '/')
        return "entry '" + std::string(name) + "' has an absolute path";
    if (name.find('\\') != std::string_view::npos)
        return "entry '" + std::string(name) + "' holds a backslash";
    if (name.size() >= 2 && name[1] == ':')
        return "entry '" + std::string(name) + "' has a drive letter";
    std::size_t start = 0;
    while (start <= name.size()) {
        std::size_t end = name.find('/', start);
        if (end == std::string_view::npos)
            end = name.size();
        std::string_view part = name.substr(start, end - start);
        if (part == "..")
            return "entry '" + std::string(name) + "' climbs out of the archive ('..')";
        start = end + 1;
    }
    return {};
}

// A zip ends with its end-of-central-directory record (22 bytes without a comment; a comment
// of up to 64 KiB may follow). A file cut short loses it.
bool hasEndRecord(std::string_view bytes)
{
    if (bytes.size() < 22)
        return false;
    std::size_t lowest = bytes.size() > 22 + 65535 ? bytes.size() - 22 - 65535 : 0;
    for (std::size_t at = bytes.size() - 22 + 1; at-- > lowest;) {
        if (bytes.compare(at, 4, "PK\x05\x06", 4) == 0) {
            std::size_t commentLength =
                std::uint8_t(bytes[at + 20]) | (std::size_t(std::uint8_t(bytes[at + 21])) << 8);
            return at + 22 + commentLength == bytes.size();
        }
    }
    return false;
}

} // namespace

Result<std::string> writeZip(const std::vector<ArchiveEntry>& entries, std::int64_t mtime)
{
    ArchivePtr a(archive_write_new());
    std::string out;
    if (archive_write_set_format_zip(a.get()) != ARCHIVE_OK ||
        archive_write_set_options(a.get(), "zip:compression=deflate") != ARCHIVE_OK ||
        archive_write_set_bytes_in_last_block(a.get(), 1) != ARCHIVE_OK ||
        archive_write_open(a.get(), &out, nullptr, appendToString, nullptr) != ARCHIVE_OK)
        return makeError("cannot start the archive: " + archiveError(a.get()));
    for (const auto& e : entries) {
        std::unique_ptr<archive_entry, EntryDeleter> entry(archive_entry_new());
        archive_entry_set_pathname(entry.get(), e.name.c_str());
        archive_entry_set_filetype(entry.get(), AE_IFREG);
        archive_entry_set_perm(entry.get(), 0644);
        archive_entry_set_size(entry.get(), la_int64_t(e.data.size()));
        archive_entry_set_mtime(entry.get(), mtime, 0);
        if (archive_write_header(a.get(), entry.get()) != ARCHIVE_OK)
            return makeError("cannot write '" + e.name + "': " + archiveError(a.get()));
        if (!e.data.empty() &&
            archive_write_data(a.get(), e.data.data(), e.data.size()) != la_ssize_t(e.data.size()))
            return makeError("cannot write '" + e.name + "': " + archiveError(a.get()));
    }
    if (archive_write_close(a.get()) != ARCHIVE_OK)
        return makeError("cannot finish the archive: " + archiveError(a.get()));
    return out;
}

Result<std::vector<ArchiveEntry>> readZip(std::string_view bytes, const ArchiveLimits& limits)
{
    if (bytes.size() < 4 || bytes.compare(0, 4, "PK\x03\x04", 4) != 0)
        return makeError("not a bundle (neither a zip archive nor a sealed bundle)");
    if (!hasEndRecord(bytes))
        return makeError("the bundle is truncated (the archive has no end record)");
    ArchivePtr a(archive_read_new());
    archive_read_support_format_zip(a.get());
    if (archive_read_open_memory(a.get(), bytes.data(), bytes.size()) != ARCHIVE_OK)
        return makeError("the bundle is damaged: " + archiveError(a.get()));
    std::vector<ArchiveEntry> out;
    std::unordered_set<std::string> names;
    std::uint64_t total = 0;
    archive_entry* entry = nullptr;
    for (;;) {
        int rc = archive_read_next_header(a.get(), &entry);
        if (rc == ARCHIVE_EOF)
            break;
        if (rc != ARCHIVE_OK)
            return makeError("the bundle is truncated or damaged: " + archiveError(a.get()));
        const char* rawName = archive_entry_pathname(entry);
        std::string name = rawName ? rawName : "";
        if (auto why = unsafeName(name); !why.empty())
            return makeError("refused: " + why);
        if (archive_entry_symlink(entry) || archive_entry_filetype(entry) == AE_IFLNK)
            return makeError("refused: entry '" + name + "' is a symbolic link");
        if (archive_entry_hardlink(entry))
            return makeError("refused: entry '" + name + "' is a hard link");
        if (archive_entry_filetype(entry) == AE_IFDIR)
            continue;
        if (archive_entry_filetype(entry) != AE_IFREG)
            return makeError("refused: entry '" + name + "' is not a regular file");
        if (!names.insert(name).second)
            return makeError("refused: the archive holds two entries named '" + name + "'");
        if (out.size() + 1 > limits.maxEntries)
            return makeError("refused: the archive holds more than " +
                             std::to_string(limits.maxEntries) + " entries");
        ArchiveEntry e;
        e.name = name;
        char buffer[64 * 1024];
        for (;;) {
            la_ssize_t n = archive_read_data(a.get(), buffer, sizeof buffer);
            if (n < 0)
                return makeError("the bundle is truncated or damaged at '" + name +
                                 "': " + archiveError(a.get()));
            if (n == 0)
                break;
            total += std::uint64_t(n);
            if (e.data.size() + std::size_t(n) > limits.maxEntryBytes)
                return makeError("refused: entry '" + name + "' expands to more than " +
                                 std::to_string(limits.maxEntryBytes >> 20) +
                                 " MiB (a decompression bomb?)");
            if (total > limits.maxTotalBytes)
                return makeError("refused: the archive expands to more than " +
                                 std::to_string(limits.maxTotalBytes >> 20) +
                                 " MiB (a decompression bomb?)");
            e.data.append(buffer, std::size_t(n));
        }
        out.push_back(std::move(e));
    }
    return out;
}

} // namespace commonplace::io
