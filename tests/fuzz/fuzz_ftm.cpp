// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target for the FtM JSON lines reader: any bytes must give a result or a clean
// error, never a crash, a hang or a sanitizer report.
#include "io/Import.h"
#include "store/Sqlite.h"
#include "store/Workspace.h"

#include <cstdint>
#include <cstdio>
#include <string>
#include <unistd.h>

using namespace commonplace;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    static auto ws = [] {
        auto opened = store::Workspace::open(":memory:", store::Workspace::Mode::OpenOrCreate);
        if (!opened)
            std::abort();
        return std::move(opened).value();
    }();
    static std::string path = [] {
        char tmpl[] = "/tmp/fuzz-ftm-XXXXXX";
        int fd = ::mkstemp(tmpl);
        ::close(fd);
        return std::string(tmpl);
    }();
    std::FILE* f = std::fopen(path.c_str(), "wb");
    if (!f)
        return 0;
    std::fwrite(data, 1, size, f);
    std::fclose(f);
    // Every input starts from the same empty workspace: the import runs inside a transaction
    // that is rolled back afterwards.
    store::Transaction outer(ws->db());
    if (!outer.begin())
        return 0;
    io::ImportOptions options;
    options.format = io::Format::Ftm;
    auto result = io::importFile(*ws, path, options);
    (void)result;
    outer.rollback();
    return 0;
}
