// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"

#include <cstdio>
#include <string>
#include <string_view>

namespace commonplace::util {

/**
 * Writes a file next to its destination and renames it into place on commit(), so readers
 * never see half a file and a failed export leaves no debris. Without commit() the temporary
 * file is removed.
 */
class AtomicFile
{
public:
    explicit AtomicFile(std::string path);
    ~AtomicFile();
    AtomicFile(const AtomicFile&) = delete;
    AtomicFile& operator=(const AtomicFile&) = delete;

    Status open();
    Status write(std::string_view data);
    Status commit();
    const std::string& path() const { return m_path; }

private:
    std::string m_path;
    std::string m_tmp;
    std::FILE* m_file = nullptr;
    bool m_failed = false;
};

} // namespace commonplace::util
