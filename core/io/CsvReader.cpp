// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/CsvReader.h"

#include <simdjson.h>

#include <cctype>
#include <cerrno>
#include <cstring>
#include <sys/stat.h>

namespace commonplace::io {

namespace {

constexpr std::size_t kChunk = 1u << 20;

std::string mib(std::size_t bytes)
{
    if (bytes >= (1u << 20) && bytes % (1u << 20) == 0)
        return std::to_string(bytes >> 20) + " MiB";
    return std::to_string(bytes) + " bytes";
}

// Physical line ends in `s`: LF, CRLF (once) and a lone CR.
std::uint64_t lineEnds(std::string_view s)
{
    std::uint64_t n = 0;
    for (std::size_t i = 0; i < s.size(); ++i) {
        if (s[i] == '\n' || (s[i] == '\r' && (i + 1 == s.size() || s[i + 1] != '\n')))
            ++n;
    }
    return n;
}

std::string hexByte(unsigned char c)
{
    static const char digits[] = "0123456789ABCDEF";
    std::string out = "0x";
    out += digits[c >> 4];
    out += digits[c & 15];
    return out;
}

// Windows-1252 code points of the bytes 0x80-0x9F; the five bytes it leaves undefined keep
// their Latin-1 (C1 control) meaning, as the WHATWG encoding standard maps them.
constexpr char16_t kWindows1252[32] = {
    0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0x008D, 0x017D, 0x008F, 0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178};

} // namespace

std::optional<CsvEncoding> parseCsvEncoding(std::string_view name)
{
    std::string n;
    for (char c : name)
        if (c != '-' && c != '_' && c != ' ')
            n += char(std::tolower(static_cast<unsigned char>(c)));
    if (n == "utf8")
        return CsvEncoding::Utf8;
    if (n == "latin1" || n == "iso88591" || n == "l1")
        return CsvEncoding::Latin1;
    if (n == "windows1252" || n == "cp1252")
        return CsvEncoding::Windows1252;
    return std::nullopt;
}

const char* csvEncodingName(CsvEncoding encoding)
{
    switch (encoding) {
    case CsvEncoding::Latin1:
        return "latin-1";
    case CsvEncoding::Windows1252:
        return "windows-1252";
    case CsvEncoding::Utf8:
        break;
    }
    return "utf-8";
}

std::size_t firstInvalidUtf8(std::string_view s)
{
    const auto* p = reinterpret_cast<const unsigned char*>(s.data());
    const std::size_t n = s.size();
    std::size_t i = 0;
    while (i < n) {
        unsigned char c = p[i];
        if (c < 0x80) {
            ++i;
            continue;
        }
        std::size_t len = 0;
        unsigned char lo = 0x80, hi = 0xBF; // allowed range of the second byte
        if (c >= 0xC2 && c <= 0xDF) {
            len = 2;
        } else if (c >= 0xE0 && c <= 0xEF) {
            len = 3;
            if (c == 0xE0)
                lo = 0xA0; // no overlong forms
            else if (c == 0xED)
                hi = 0x9F; // no surrogates
        } else if (c >= 0xF0 && c <= 0xF4) {
            len = 4;
            if (c == 0xF0)
                lo = 0x90;
            else if (c == 0xF4)
                hi = 0x8F; // nothing above U+10FFFF
        } else {
            return i;
        }
        if (i + len > n || p[i + 1] < lo || p[i + 1] > hi)
            return i;
        for (std::size_t k = 2; k < len; ++k) {
            if ((p[i + k] & 0xC0) != 0x80)
                return i;
        }
        i += len;
    }
    return std::string_view::npos;
}

CsvReader::CsvReader(std::string path, CsvOptions options)
    : m_path(std::move(path))
    , m_options(options)
{}

CsvReader::~CsvReader()
{
    if (m_file)
        std::fclose(m_file);
}

namespace {

Status checkOptions(const CsvOptions& o, const std::string& path)
{
    char d = o.delimiter;
    if (d == '"' || d == '\n' || d == '\r' || d == '\0' || (d == ' ' && o.skipInitialSpace))
        return makeError("cannot use this character as the CSV delimiter", path);
    if (o.maxFieldBytes == 0 || o.maxRecordBytes == 0 || o.maxFields == 0)
        return makeError("CSV size limits must be positive", path);
    return {};
}

} // namespace

Status CsvReader::open()
{
    if (auto st = checkOptions(m_options, m_path); !st)
        return st;
    struct stat st
    {};
    if (::stat(m_path.c_str(), &st) != 0)
        return makeError(std::strerror(errno), m_path);
    if (S_ISDIR(st.st_mode))
        return makeError("is a folder, not a file", m_path);
    m_file = std::fopen(m_path.c_str(), "rb");
    if (!m_file)
        return makeError(std::strerror(errno), m_path);
    m_fileSize = std::uint64_t(st.st_size);
    m_buf.resize(kChunk);
    return {};
}

Status CsvReader::openMemory(std::string_view bytes)
{
    if (auto st = checkOptions(m_options, m_path); !st)
        return st;
    m_memory = true;
    m_memoryBytes = bytes;
    m_fileSize = bytes.size();
    return {};
}

bool CsvReader::fail(std::string message, std::uint64_t line)
{
    m_failed = true;
    m_error = makeError(std::move(message), m_path, line);
    return false;
}

bool CsvReader::fill()
{
    if (m_eof)
        return false;
    if (m_memory) {
        if (m_started) {
            m_eof = true;
            return false;
        }
        m_data = m_memoryBytes.data();
        m_end = m_memoryBytes.size();
    } else {
        std::size_t n = std::fread(m_buf.data(), 1, m_buf.size(), m_file);
        if (n == 0) {
            m_eof = true;
            if (std::ferror(m_file))
                return fail(std::string("read failed: ") + std::strerror(errno), m_line);
            return false;
        }
        m_data = m_buf.data();
        m_end = n;
    }
    m_pos = 0;
    m_bytesRead += m_end;
    if (!m_started) {
        m_started = true;
        if (m_end >= 3 && std::memcmp(m_data, "\xEF\xBB\xBF", 3) == 0) {
            m_pos = 3;
        } else if (m_end >= 2 && ((std::memcmp(m_data, "\xFF\xFE", 2) == 0) ||
                                  std::memcmp(m_data, "\xFE\xFF", 2) == 0)) {
            m_eof = true;
            return fail("the file is UTF-16; save it as UTF-8 and import it again", 1);
        }
    }
    return true;
}

void CsvReader::resetRecord()
{
    m_record.clear();
    m_fieldEnds.clear();
    m_fieldLines.clear();
    m_fields.clear();
    m_fieldStart = 0;
    m_state = State::FieldStart;
    m_hasContent = false;
}

bool CsvReader::append(char c)
{
    const auto byte = static_cast<unsigned char>(c);
    if (byte < 0x80 || m_options.encoding == CsvEncoding::Utf8) {
        m_record.push_back(c);
    } else {
        char16_t cp = byte;
        if (m_options.encoding == CsvEncoding::Windows1252 && byte < 0xA0)
            cp = kWindows1252[byte - 0x80];
        if (cp < 0x800) {
            m_record.push_back(char(0xC0 | (cp >> 6)));
        } else {
            m_record.push_back(char(0xE0 | (cp >> 12)));
            m_record.push_back(char(0x80 | ((cp >> 6) & 0x3F)));
        }
        m_record.push_back(char(0x80 | (cp & 0x3F)));
    }
    if (m_record.size() - m_fieldStart > m_options.maxFieldBytes) {
        std::string msg = "a field is longer than " + mib(m_options.maxFieldBytes);
        if (m_state == State::Quoted)
            msg += "; is the quote opened on line " + std::to_string(m_quoteLine) +
                   " missing its closing quote?";
        else
            msg += "; is this really a CSV file?";
        return fail(std::move(msg), m_fieldLine);
    }
    if (m_record.size() > m_options.maxRecordBytes)
        return fail("a record is longer than " + mib(m_options.maxRecordBytes) +
                        "; is this really a CSV file?",
                    m_recordLine);
    return true;
}

bool CsvReader::endField()
{
    if (m_fieldEnds.size() >= m_options.maxFields)
        return fail("a record has more than " + std::to_string(m_options.maxFields) + " fields",
                    m_recordLine);
    m_fieldEnds.push_back(m_record.size());
    m_fieldLines.push_back(m_fieldLine);
    m_fieldStart = m_record.size();
    m_state = State::FieldStart;
    return true;
}

bool CsvReader::endRecord()
{
    m_fields.clear();
    std::size_t start = 0;
    for (std::size_t i = 0; i < m_fieldEnds.size(); ++i) {
        std::string_view f(m_record.data() + start, m_fieldEnds[i] - start);
        start = m_fieldEnds[i];
        if (!simdjson::validate_utf8(f.data(), f.size())) {
            std::size_t bad = firstInvalidUtf8(f);
            if (bad == std::string_view::npos)
                bad = 0;
            return fail("invalid UTF-8 (byte " + hexByte(static_cast<unsigned char>(f[bad])) +
                            ") in field " + std::to_string(i + 1) +
                            "; the file must be UTF-8 (it may be Latin-1 or Windows-1252: "
                            "save it as UTF-8 and import it again)",
                        m_fieldLines[i] + lineEnds(f.substr(0, bad)));
        }
        if (const void* nul = std::memchr(f.data(), '\0', f.size())) {
            std::size_t at = std::size_t(static_cast<const char*>(nul) - f.data());
            return fail("NUL byte in field " + std::to_string(i + 1) +
                            "; is this a binary file rather than CSV?",
                        m_fieldLines[i] + lineEnds(f.substr(0, at)));
        }
        m_fields.push_back(f);
    }
    ++m_records;
    m_state = State::FieldStart;
    return true;
}

bool CsvReader::next()
{
    if (m_failed || m_done || (!m_file && !m_memory))
        return false;
    resetRecord();
    const char delim = m_options.delimiter;
    for (;;) {
        if (m_pos == m_end) {
            if (fill())
                continue;
            if (m_failed)
                return false;
            m_done = true;
            if (m_state == State::Quoted)
                return fail("unterminated quoted field: the quote opened on line " +
                                std::to_string(m_quoteLine) + " is never closed",
                            m_quoteLine);
            if (!m_hasContent)
                return false;
            return endField() && endRecord();
        }
        const char c = m_data[m_pos++];
        const std::uint64_t line = m_line;
        const bool lineEnd = c == '\n' || c == '\r';
        if (c == '\n') {
            if (!m_prevCr)
                ++m_line;
            m_prevCr = false;
        } else if (c == '\r') {
            ++m_line;
            m_prevCr = true;
        } else {
            m_prevCr = false;
        }

        switch (m_state) {
        case State::FieldStart:
            if (c == ' ' && m_options.skipInitialSpace)
                break;
            if (lineEnd) {
                if (!m_hasContent)
                    break; // a blank line, or the LF of a CRLF
                return endField() && endRecord();
            }
            if (!m_hasContent) {
                m_hasContent = true;
                m_recordLine = line;
            }
            m_fieldLine = line;
            if (c == delim) {
                if (!endField())
                    return false;
            } else if (c == '"') {
                m_state = State::Quoted;
                m_quoteLine = line;
            } else {
                m_state = State::Unquoted;
                if (!append(c))
                    return false;
            }
            break;
        case State::Unquoted:
            if (c == delim) {
                if (!endField())
                    return false;
            } else if (lineEnd) {
                return endField() && endRecord();
            } else if (!append(c)) {
                return false;
            }
            break;
        case State::Quoted:
            if (c == '"')
                m_state = State::QuoteInQuoted;
            else if (!append(c))
                return false;
            break;
        case State::QuoteInQuoted:
            if (c == '"') {
                m_state = State::Quoted;
                if (!append(c))
                    return false;
            } else if (c == delim) {
                if (!endField())
                    return false;
            } else if (lineEnd) {
                return endField() && endRecord();
            } else {
                // Text after a closing quote: kept, as Python's csv module does.
                m_state = State::Unquoted;
                if (!append(c))
                    return false;
            }
            break;
        }
    }
}

} // namespace commonplace::io
