// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/Import.h"

#include <cstdio>
#include <cstring>

namespace commonplace::io {

Result<ImportReport> importCsv(store::Workspace& ws, const std::string& path,
                               const ImportOptions& options);

std::optional<Format> parseFormat(std::string_view name)
{
    if (name == "auto")
        return Format::Auto;
    if (name == "ftm" || name == "json" || name == "ijson")
        return Format::Ftm;
    if (name == "csv")
        return Format::Csv;
    if (name == "bundle")
        return Format::Bundle;
    return std::nullopt;
}

Result<Format> detectFormat(const std::string& path)
{
    auto endsWith = [&](std::string_view suffix) {
        return path.size() >= suffix.size() &&
               path.compare(path.size() - suffix.size(), suffix.size(), suffix) == 0;
    };
    if (endsWith(".ijson") || endsWith(".ftm.json") || endsWith(".jsonl") || endsWith(".ndjson") ||
        endsWith(".json"))
        return Format::Ftm;
    if (endsWith(".csv") || endsWith(".tsv"))
        return Format::Csv;
    if (endsWith(".cpbundle"))
        return Format::Bundle;
    // Sniff: a JSON object at the start (after a BOM and white space) is FtM.
    std::FILE* f = std::fopen(path.c_str(), "rb");
    if (!f)
        return makeError(std::strerror(errno), path);
    char head[64] = {};
    std::size_t n = std::fread(head, 1, sizeof head, f);
    std::fclose(f);
    // An exchange bundle: a zip archive, or a sealed one.
    if ((n >= 4 && std::memcmp(head, "PK\x03\x04", 4) == 0) ||
        (n >= 8 && std::memcmp(head, "CPSEAL01", 8) == 0))
        return Format::Bundle;
    std::size_t i = (n >= 3 && std::memcmp(head, "\xEF\xBB\xBF", 3) == 0) ? 3 : 0;
    while (i < n && (head[i] == ' ' || head[i] == '\n' || head[i] == '\r' || head[i] == '\t'))
        ++i;
    if (i < n && head[i] == '{')
        return Format::Ftm;
    if (n == 0)
        return makeError("the file is empty", path);
    return makeError("cannot tell the format from the name or content; pass --format", path);
}

Result<ImportReport> importFile(store::Workspace& ws, const std::string& path,
                                const ImportOptions& options)
{
    Format format = options.format;
    if (format == Format::Auto) {
        auto detected = detectFormat(path);
        if (!detected)
            return detected.error();
        format = *detected;
    }
    switch (format) {
    case Format::Ftm:
        return importFtm(ws, path, options);
    case Format::Csv:
        return importCsv(ws, path, options);
    case Format::Bundle:
        // Bundles need their signer checked against the keyring (and maybe a passphrase to
        // unseal): io::importBundle (Bundle.h) does that.
        return makeError("exchange bundles are imported with importBundle", path);
    case Format::Auto:
        break;
    }
    return makeError("unknown format", path);
}

} // namespace commonplace::io
