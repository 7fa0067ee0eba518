// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"

#include <cstdint>
#include <cstdio>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace commonplace::io {

/** The character encoding of a CSV file; every field is handed out as UTF-8. */
enum class CsvEncoding
{
    Utf8,       ///< checked: bytes that are not UTF-8 are an error naming the line
    Latin1,     ///< ISO-8859-1: every byte is the code point of the same number
    Windows1252 ///< Latin-1 with printable characters (€ ‘ ’ “ ” …) in 0x80-0x9F
};

/** "utf-8", "latin-1", "windows-1252" (and common aliases); nullopt for others. */
std::optional<CsvEncoding> parseCsvEncoding(std::string_view name);
/** The name the mapping format uses: "utf-8", "latin-1", "windows-1252". */
const char* csvEncodingName(CsvEncoding encoding);

/** How a CSV file is cut into fields, and how large a record may grow. */
struct CsvOptions
{
    /** Latin-1 and Windows-1252 bytes are converted to UTF-8 as they are read. */
    CsvEncoding encoding = CsvEncoding::Utf8;
    /** Field separator: ',' (default), ';' or '\t' in practice; any byte but a quote or line end.
     */
    char delimiter = ',';
    /**
     * Skip spaces right after a delimiter (and at the start of a line), so `a, "b"` reads as
     * two fields `a` and `b`. Python's csv module calls this skipinitialspace; FollowTheMoney's
     * mapper reads CSV with it on.
     */
    bool skipInitialSpace = false;
    std::size_t maxFieldBytes = 16u << 20;  ///< one field may not grow past this
    std::size_t maxRecordBytes = 32u << 20; ///< nor one record (all its fields together)
    std::size_t maxFields = 100000;         ///< fields in one record
};

/**
 * A streaming RFC 4180 CSV reader in constant memory: a fixed read buffer plus the current
 * record, which may not grow past `CsvOptions::maxRecordBytes`.
 *
 * Accepts quoted fields with embedded delimiters, quotes ("" inside quotes) and line ends; a
 * UTF-8 byte-order mark; LF, CRLF and CR line ends. Blank lines are skipped. Like Python's csv
 * module it forgives a stray quote inside an unquoted field or after a closing quote (the quote
 * is kept as text). Every field is checked to be valid UTF-8. Errors name the file and the
 * physical line (counting the line ends inside quoted fields), so they match an editor's.
 */
class CsvReader
{
public:
    /** `path` is the file to read (open()), or just the name for errors (openMemory()). */
    explicit CsvReader(std::string path, CsvOptions options = {});
    ~CsvReader();
    CsvReader(const CsvReader&) = delete;
    CsvReader& operator=(const CsvReader&) = delete;

    /** Opens the file; the error names it and gives the system's reason. */
    Status open();
    /** Reads from memory instead of a file; `bytes` must outlive the reader. */
    Status openMemory(std::string_view bytes);

    /**
     * Reads the next record. Returns false at the end of the input or on an error; check
     * `failed()` afterwards. The fields stay valid until the next call.
     */
    bool next();

    const std::vector<std::string_view>& fields() const { return m_fields; }
    /** Physical line (1-based) where the current record starts. */
    std::uint64_t recordLine() const { return m_recordLine; }
    /** Records returned so far (blank lines not counted). */
    std::uint64_t recordCount() const { return m_records; }
    std::uint64_t bytesRead() const { return m_bytesRead; }
    std::uint64_t fileSize() const { return m_fileSize; }
    const std::string& path() const { return m_path; }
    const CsvOptions& options() const { return m_options; }
    bool failed() const { return m_failed; }
    const Error& error() const { return m_error; }

private:
    enum class State
    {
        FieldStart,
        Unquoted,
        Quoted,
        QuoteInQuoted ///< a quote seen inside a quoted field: a "" escape or the closing quote
    };

    bool fill();
    bool fail(std::string message, std::uint64_t line);
    bool append(char c);
    bool endField();
    bool endRecord();
    void resetRecord();

    std::string m_path;
    CsvOptions m_options;
    std::FILE* m_file = nullptr;
    bool m_memory = false;
    std::string_view m_memoryBytes;
    std::string m_buf;            // read buffer (file input)
    const char* m_data = nullptr; // current chunk
    std::size_t m_pos = 0, m_end = 0;
    bool m_eof = false;
    bool m_started = false; // the first chunk was seen (BOM check)
    bool m_done = false;
    bool m_failed = false;
    Error m_error;

    State m_state = State::FieldStart;
    bool m_hasContent = false; // the current record is not a blank line
    bool m_prevCr = false;
    std::uint64_t m_line = 1; // physical line of the next byte
    std::uint64_t m_recordLine = 0;
    std::uint64_t m_quoteLine = 0; // where the open quoted field started
    std::uint64_t m_records = 0;
    std::uint64_t m_bytesRead = 0;
    std::uint64_t m_fileSize = 0;

    std::string m_record;                 // field bytes, back to back
    std::size_t m_fieldStart = 0;         // offset of the current field in m_record
    std::uint64_t m_fieldLine = 0;        // line where the current field starts
    std::vector<std::size_t> m_fieldEnds; // end offset of each finished field
    std::vector<std::uint64_t> m_fieldLines;
    std::vector<std::string_view> m_fields;
};

/** Offset of the first byte that is not valid UTF-8, or npos when all of `s` is valid. */
std::size_t firstInvalidUtf8(std::string_view s);

} // namespace commonplace::io
