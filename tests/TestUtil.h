// SPDX-License-Identifier: GPL-3.0-or-later
// Helpers shared by the test suites: temporary folders, files, running the real CLI.
#pragma once

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <random>
#include <sstream>
#include <string>
#include <sys/wait.h>

namespace commonplace::test {

/** A fresh folder under the system temp folder, removed with everything in it at scope exit. */
class TempDir
{
public:
    TempDir()
    {
        std::random_device rd;
        auto base = std::filesystem::temp_directory_path();
        for (;;) {
            m_path = base / ("commonplace-test-" + std::to_string(rd()));
            if (std::filesystem::create_directory(m_path))
                break;
        }
    }
    ~TempDir()
    {
        std::error_code ec;
        std::filesystem::remove_all(m_path, ec);
    }
    TempDir(const TempDir&) = delete;
    TempDir& operator=(const TempDir&) = delete;

    std::string path() const { return m_path.string(); }
    std::string file(const std::string& name) const { return (m_path / name).string(); }

    /** Writes `content` to a file in the folder and returns its path. */
    std::string write(const std::string& name, const std::string& content) const
    {
        std::string p = file(name);
        std::ofstream out(p, std::ios::binary);
        out << content;
        return p;
    }

private:
    std::filesystem::path m_path;
};

inline std::string readFile(const std::string& path)
{
    std::ifstream in(path, std::ios::binary);
    std::stringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

inline std::string fixture(const std::string& relative)
{
    return std::string(COMMONPLACE_FIXTURES) + "/" + relative;
}

inline std::string sourcePath(const std::string& relative)
{
    return std::string(COMMONPLACE_SOURCE_DIR) + "/" + relative;
}

struct RunResult
{
    int status = -1;
    std::string out;
    std::string err;
};

/** Runs the real commonplace-cli with a shell-quoted argument string; captures both streams. */
inline RunResult runCli(const std::string& args, const TempDir& dir)
{
    std::string outFile = dir.file(".cli-stdout"), errFile = dir.file(".cli-stderr");
    std::string cmd = std::string("'") + COMMONPLACE_CLI + "' " + args + " >'" + outFile +
                      "' 2>'" + errFile + "' </dev/null";
    int rc = std::system(cmd.c_str());
    RunResult r;
    r.status = WIFEXITED(rc) ? WEXITSTATUS(rc) : -1;
    r.out = readFile(outFile);
    r.err = readFile(errFile);
    return r;
}

} // namespace commonplace::test
