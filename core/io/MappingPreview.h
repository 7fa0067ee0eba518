// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"
#include "io/CsvReader.h"
#include "io/Mapping.h"
#include "io/MappingRows.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace commonplace::io {

/** What the first bytes of a CSV file suggest about how to read it. */
struct CsvLayout
{
    char delimiter = ',';
    CsvEncoding encoding = CsvEncoding::Utf8;
    bool byteOrderMark = false; ///< a UTF-8 byte order mark starts the file
    bool utf16 = false;         ///< a UTF-16 byte order mark: the file cannot be read
    bool headerLikely = true;   ///< the first row looks like column names, not data
};

/**
 * Guesses the delimiter (',' ';' tab '|': the one that cuts the first rows into the same,
 * largest number of fields), the encoding (UTF-8 when the bytes are valid UTF-8, else
 * Windows-1252) and whether the first row is a header, from the first bytes of a file.
 */
CsvLayout detectCsvLayout(std::string_view head);

/** Reads up to 64 KiB of `path` and detects its layout. */
Result<CsvLayout> detectCsvLayoutOf(const std::string& path);

/** One data row of a sample, with the physical line it starts on. */
struct SampleRow
{
    std::uint64_t line = 0;
    std::vector<std::string> cells;
};

/** The header and first rows of a CSV file, read as the importer reads them. */
struct CsvSample
{
    std::vector<std::string> header;
    std::uint64_t headerLine = 0;
    std::vector<SampleRow> rows;
    bool more = false;          ///< the file has rows after these
    std::optional<Error> error; ///< reading stopped here (the rows before it are kept)
};

/**
 * Reads the header and up to `maxRows` rows with `options` (spaces after a delimiter are
 * skipped, as on import). Without a `header` the first record is a row and the columns are
 * named "1", "2", ... as on import. Fails only when not even the first record can be read.
 */
Result<CsvSample> readCsvSample(const std::string& path, CsvOptions options, std::size_t maxRows,
                                bool header = true);

/**
 * Checks the sample's rows against query `queryIndex` of `mapping`, reporting what the
 * importer does silently or fails on: columns the header lacks, rows whose key columns are
 * all empty (no entity), cells that do not clean to their property's type (a bad date, an
 * unknown country: the value is dropped), required properties left without a value and rows
 * with more fields than the header. The rows go through the importer's own RowMapper.
 */
std::vector<RowIssue> checkSample(const Mapping& mapping, std::size_t queryIndex,
                                  const CsvSample& sample, std::size_t maxIssues = 200);

} // namespace commonplace::io
