// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: the bytes are read as CSV (options picked by the first byte) and as a
// mapping file. Neither may crash, hang or break the reader's promises.
#include "io/CsvReader.h"
#include "io/Mapping.h"

#include <cstdint>
#include <cstdlib>
#include <string_view>
#include <vector>

using namespace commonplace;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const std::string_view bytes(reinterpret_cast<const char*>(data), size);

    io::CsvOptions options;
    if (size > 0) {
        static const char delimiters[] = {',', ';', '\t', '|'};
        options.delimiter = delimiters[data[0] & 3];
        options.skipInitialSpace = (data[0] & 4) != 0;
        if (data[0] & 8) {
            // Small limits, so that the limit paths are reached too.
            options.maxFieldBytes = 64;
            options.maxRecordBytes = 256;
            options.maxFields = 16;
        }
    }
    io::CsvReader reader("fuzz.csv", options);
    if (reader.openMemory(bytes)) {
        std::uint64_t lastLine = 0;
        std::vector<std::string_view> keys;
        while (reader.next()) {
            if (reader.recordLine() < lastLine || reader.recordLine() == 0)
                std::abort();
            lastLine = reader.recordLine();
            const auto& fields = reader.fields();
            if (fields.empty() || fields.size() > options.maxFields)
                std::abort();
            std::size_t total = 0;
            for (std::string_view f : fields) {
                if (f.size() > options.maxFieldBytes)
                    std::abort();
                if (io::firstInvalidUtf8(f) != std::string_view::npos)
                    std::abort();
                total += f.size();
            }
            if (total > options.maxRecordBytes)
                std::abort();
            keys.assign(fields.begin(), fields.end());
            (void)io::computeEntityId("fuzz", "", keys);
        }
        if (reader.failed() && (reader.error().file != "fuzz.csv" || reader.error().line == 0))
            std::abort();
    }

    auto mapping = io::parseMapping(bytes, "fuzz.json");
    if (mapping) {
        for (const auto& query : mapping->queries)
            (void)io::columnsUsed(query);
    } else if (mapping.error().file != "fuzz.json" || mapping.error().message.empty()) {
        std::abort();
    }
    (void)io::stripPython(bytes);
    return 0;
}
