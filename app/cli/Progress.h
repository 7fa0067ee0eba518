// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "io/Import.h"

#include <algorithm>
#include <chrono>
#include <cstdint>
#include <cstdio>
#include <string>
#include <unistd.h>

namespace commonplace::cli {

/** A progress bar on stderr when it is a terminal; silent when piped. */
class ProgressBar
{
public:
    explicit ProgressBar(std::string label)
        : m_label(std::move(label))
        , m_enabled(::isatty(2) == 1)
    {}
    ~ProgressBar() { finish(); }

    io::Progress callback()
    {
        return [this](std::uint64_t done, std::uint64_t total) {
            update(done, total);
            return true;
        };
    }

    void update(std::uint64_t done, std::uint64_t total)
    {
        if (!m_enabled)
            return;
        auto now = std::chrono::steady_clock::now();
        if (now - m_last < std::chrono::milliseconds(100) && done < total)
            return;
        m_last = now;
        m_drawn = true;
        constexpr int width = 30;
        if (total > 0) {
            double frac = std::min(1.0, double(done) / double(total));
            int filled = int(frac * width);
            std::fprintf(stderr, "\r%s [%s%s] %3d%%", m_label.c_str(),
                         std::string(std::size_t(filled), '#').c_str(),
                         std::string(std::size_t(width - filled), ' ').c_str(), int(frac * 100));
        } else {
            std::fprintf(stderr, "\r%s %llu", m_label.c_str(), (unsigned long long)done);
        }
        std::fflush(stderr);
    }

    void finish()
    {
        if (m_enabled && m_drawn) {
            std::fprintf(stderr, "\r%*s\r", int(m_label.size()) + 40, "");
            std::fflush(stderr);
            m_drawn = false;
        }
    }

private:
    std::string m_label;
    bool m_enabled;
    bool m_drawn = false;
    std::chrono::steady_clock::time_point m_last;
};

} // namespace commonplace::cli
