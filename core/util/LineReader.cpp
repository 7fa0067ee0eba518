// SPDX-License-Identifier: GPL-3.0-or-later
#include "util/LineReader.h"

#include <cerrno>
#include <cstring>
#include <sys/stat.h>

namespace commonplace::util {

namespace {
constexpr std::size_t kChunk = 1u << 20;
}

LineReader::LineReader(std::string path, std::size_t maxLineBytes)
    : m_path(std::move(path))
    , m_maxLine(maxLineBytes)
{}

LineReader::~LineReader()
{
    if (m_file)
        std::fclose(m_file);
}

Status LineReader::open()
{
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
    m_buf.resize(kChunk + kPadding);
    return {};
}

bool LineReader::fill()
{
    // Move the unread tail to the front, then read more after it.
    if (m_pos > 0) {
        std::memmove(m_buf.data(), m_buf.data() + m_pos, m_end - m_pos);
        m_end -= m_pos;
        m_pos = 0;
    }
    if (m_buf.size() < m_end + kChunk + kPadding)
        m_buf.resize(m_end + kChunk + kPadding);
    std::size_t n = std::fread(m_buf.data() + m_end, 1, kChunk, m_file);
    if (n == 0) {
        if (std::ferror(m_file)) {
            m_failed = true;
            m_error = makeError(std::string("read failed: ") + std::strerror(errno), m_path,
                                m_lineNo + 1);
        }
        m_eof = true;
        return false;
    }
    m_end += n;
    m_bytesRead += n;
    return true;
}

bool LineReader::next(std::string_view& line)
{
    if (m_failed || !m_file)
        return false;
    std::size_t scanFrom = m_pos;
    for (;;) {
        const char* start = m_buf.data() + m_pos;
        const char* nl =
            static_cast<const char*>(std::memchr(m_buf.data() + scanFrom, '\n', m_end - scanFrom));
        if (nl || (m_eof && m_end > m_pos)) {
            std::size_t len = nl ? std::size_t(nl - start) : m_end - m_pos;
            if (len > m_maxLine) {
                m_failed = true;
                m_error = makeError("line is longer than " + std::to_string(m_maxLine >> 20) +
                                        " MiB; is this really a line-based file?",
                                    m_path, m_lineNo + 1);
                return false;
            }
            std::size_t consumed = nl ? len + 1 : len;
            if (len > 0 && start[len - 1] == '\r')
                --len;
            if (m_first) {
                m_first = false;
                if (len >= 3 && std::memcmp(start, "\xEF\xBB\xBF", 3) == 0) {
                    start += 3;
                    len -= 3;
                }
            }
            // Copy into the line buffer so the padding after it is ours to give.
            m_line.assign(start, len);
            m_line.reserve(len + kPadding);
            m_pos += consumed;
            ++m_lineNo;
            line = std::string_view(m_line.data(), len);
            return true;
        }
        if (m_eof)
            return false;
        if (m_end - m_pos > m_maxLine + 2) {
            m_failed = true;
            m_error = makeError("line is longer than " + std::to_string(m_maxLine >> 20) +
                                    " MiB; is this really a line-based file?",
                                m_path, m_lineNo + 1);
            return false;
        }
        scanFrom = m_end;
        std::size_t before = m_pos;
        fill();
        scanFrom -= before; // fill() moved the unread data to the front
    }
}

} // namespace commonplace::util
