// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"

#include <cstdint>
#include <cstdio>
#include <string>
#include <string_view>

namespace commonplace::util {

/**
 * Reads a file line by line in constant memory (a fixed read buffer plus the longest line).
 * Accepts a UTF-8 byte-order mark at the start and CRLF line ends. A line longer than
 * `maxLineBytes` is an error, so a hostile file cannot make memory grow without bound.
 */
class LineReader
{
public:
    static constexpr std::size_t kDefaultMaxLine = 32u << 20; // 32 MiB

    LineReader(std::string path, std::size_t maxLineBytes = kDefaultMaxLine);
    ~LineReader();
    LineReader(const LineReader&) = delete;
    LineReader& operator=(const LineReader&) = delete;

    /** Opens the file; an error names the file and the system's reason. */
    Status open();

    /**
     * Next line without its line end. Returns false at the end of the file; check `error()`
     * afterwards, which is set when a read failed or a line was too long.
     * The view stays valid until the next call. The line keeps `padding` spare bytes after it,
     * so parsers that read ahead (simdjson) can use it without a copy.
     */
    bool next(std::string_view& line);

    std::uint64_t lineNumber() const { return m_lineNo; }
    std::uint64_t bytesRead() const { return m_bytesRead; }
    std::uint64_t fileSize() const { return m_fileSize; }
    const std::string& path() const { return m_path; }
    bool failed() const { return m_failed; }
    const Error& error() const { return m_error; }

    static constexpr std::size_t kPadding = 64;

private:
    bool fill();
    std::string m_path;
    std::size_t m_maxLine;
    std::FILE* m_file = nullptr;
    std::string m_buf;     // raw bytes read
    std::size_t m_pos = 0; // start of unread data in m_buf
    std::size_t m_end = 0; // end of valid data in m_buf
    std::string m_line;    // assembled line for lines crossing buffer refills
    bool m_eof = false;
    bool m_failed = false;
    bool m_first = true;
    std::uint64_t m_lineNo = 0;
    std::uint64_t m_bytesRead = 0;
    std::uint64_t m_fileSize = 0;
    Error m_error;
};

} // namespace commonplace::util
