// SPDX-License-Identifier: GPL-3.0-or-later
#include "util/AtomicFile.h"

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <unistd.h>

namespace commonplace::util {

AtomicFile::AtomicFile(std::string path)
    : m_path(std::move(path))
{}

AtomicFile::~AtomicFile()
{
    if (m_file) {
        std::fclose(m_file);
        ::unlink(m_tmp.c_str());
    }
}

Status AtomicFile::open()
{
    std::string pattern = m_path + ".tmp-XXXXXX";
    int fd = ::mkstemp(pattern.data());
    if (fd < 0)
        return makeError(std::string("cannot write: ") + std::strerror(errno), m_path);
    m_tmp = pattern;
    m_file = ::fdopen(fd, "wb");
    if (!m_file) {
        ::close(fd);
        ::unlink(m_tmp.c_str());
        return makeError(std::string("cannot write: ") + std::strerror(errno), m_path);
    }
    std::setvbuf(m_file, nullptr, _IOFBF, 1 << 20);
    return {};
}

Status AtomicFile::write(std::string_view data)
{
    if (m_failed || !m_file)
        return makeError("write after failure", m_path);
    if (std::fwrite(data.data(), 1, data.size(), m_file) != data.size()) {
        m_failed = true;
        return makeError(std::string("write failed: ") + std::strerror(errno), m_path);
    }
    return {};
}

Status AtomicFile::commit()
{
    if (!m_file)
        return makeError("file was not opened", m_path);
    bool ok = !m_failed && std::fflush(m_file) == 0 && ::fsync(::fileno(m_file)) == 0;
    int err = errno;
    std::fclose(m_file);
    m_file = nullptr;
    if (!ok || std::rename(m_tmp.c_str(), m_path.c_str()) != 0) {
        if (ok)
            err = errno;
        ::unlink(m_tmp.c_str());
        return makeError(std::string("write failed: ") + std::strerror(err), m_path);
    }
    return {};
}

} // namespace commonplace::util
