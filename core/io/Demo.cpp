// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/Demo.h"

#include <cstdio>
#include <cstdlib>
#include <string>
#include <unistd.h>

namespace commonplace::resources {
std::string_view demo_ijson();
}

namespace commonplace::io {

std::string_view demoData()
{
    return resources::demo_ijson();
}

Result<ImportReport> loadDemo(store::Workspace& ws, const Progress& progress)
{
    // The importer streams from files; the demo is public, fictional data, so a short-lived
    // temporary file holds nothing sensitive.
    const char* tmpdir = std::getenv("TMPDIR");
    std::string path =
        std::string(tmpdir && *tmpdir ? tmpdir : "/tmp") + "/commonplace-demo-XXXXXX";
    int fd = ::mkstemp(path.data());
    if (fd < 0)
        return makeError("cannot create a temporary file for the demo dataset");
    std::string_view data = demoData();
    bool ok = ::write(fd, data.data(), data.size()) == ssize_t(data.size());
    ::close(fd);
    if (!ok) {
        ::unlink(path.c_str());
        return makeError("cannot write the demo dataset to a temporary file");
    }
    ImportOptions options;
    options.format = Format::Ftm;
    options.dataset = "demo";
    options.progress = progress;
    auto report = importFtm(ws, path, options);
    ::unlink(path.c_str());
    return report;
}

} // namespace commonplace::io
