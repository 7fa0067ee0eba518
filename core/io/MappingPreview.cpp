// SPDX-License-Identifier: GPL-3.0-or-later
// What a mapping editor shows before anything is imported: how a CSV file is laid out, its
// first rows, and what the importer would silently drop or refuse in them.
#include "io/MappingPreview.h"

#include "model/Values.h"

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <map>
#include <set>
#include <unordered_map>

namespace commonplace::io {

namespace {

bool looksLikeData(std::string_view cell)
{
    std::string_view t = model::trim(cell);
    if (t.empty())
        return true;
    // Numbers, amounts and dates are data; column names are words.
    return std::all_of(t.begin(), t.end(), [](char c) {
        return (c >= '0' && c <= '9') || std::strchr(".,-/: +%€$", c) != nullptr;
    });
}

} // namespace

CsvLayout detectCsvLayout(std::string_view head)
{
    CsvLayout layout;
    if (head.size() >= 2 && (head.substr(0, 2) == "\xFF\xFE" || head.substr(0, 2) == "\xFE\xFF")) {
        layout.utf16 = true;
        return layout;
    }
    if (head.substr(0, 3) == "\xEF\xBB\xBF") {
        layout.byteOrderMark = true;
        head.remove_prefix(3);
    }
    // Only whole lines: the last one may be cut in the middle (of a character, too).
    if (std::size_t end = head.find_last_of("\r\n"); end != std::string_view::npos && end > 0)
        head = head.substr(0, end + 1);
    if (!layout.byteOrderMark && firstInvalidUtf8(head) != std::string_view::npos)
        layout.encoding = CsvEncoding::Windows1252;

    // The delimiter that cuts the first rows into the most equal, largest field counts.
    constexpr std::size_t kRows = 30;
    double best = -1;
    std::vector<std::string> firstRow;
    for (char d : {',', ';', '\t', '|'}) {
        CsvOptions options;
        options.delimiter = d;
        options.encoding = layout.encoding;
        options.skipInitialSpace = true;
        CsvReader reader("sample", options);
        if (!reader.openMemory(head))
            continue;
        std::map<std::size_t, std::size_t> counts;
        std::size_t rows = 0;
        std::vector<std::string> first;
        while (rows < kRows && reader.next()) {
            if (rows == 0)
                first.assign(reader.fields().begin(), reader.fields().end());
            ++counts[reader.fields().size()];
            ++rows;
        }
        if (rows == 0)
            continue;
        auto mode = std::max_element(counts.begin(), counts.end(),
                                     [](auto& a, auto& b) { return a.second < b.second; });
        if (mode->first < 2)
            continue;
        // Consistency first, then more fields; a failed read (a quote cut off) weighs less.
        double score = double(mode->second) / double(rows) * 1000.0 + double(mode->first);
        if (reader.failed())
            score /= 2;
        if (score > best) {
            best = score;
            layout.delimiter = d;
            firstRow = std::move(first);
        }
    }
    if (!firstRow.empty()) {
        std::vector<std::string_view> names;
        for (const auto& cell : firstRow) {
            if (looksLikeData(cell)) {
                layout.headerLikely = false;
                break;
            }
            names.push_back(model::trim(cell));
        }
        std::sort(names.begin(), names.end());
        if (std::adjacent_find(names.begin(), names.end()) != names.end())
            layout.headerLikely = false;
    }
    return layout;
}

Result<CsvLayout> detectCsvLayoutOf(const std::string& path)
{
    std::FILE* f = std::fopen(path.c_str(), "rb");
    if (!f)
        return makeError(std::strerror(errno), path);
    std::string head(64u << 10, '\0');
    head.resize(std::fread(head.data(), 1, head.size(), f));
    const bool failed = std::ferror(f) != 0;
    std::fclose(f);
    if (failed)
        return makeError("read failed", path);
    return detectCsvLayout(head);
}

Result<CsvSample> readCsvSample(const std::string& path, CsvOptions options, std::size_t maxRows,
                                bool header)
{
    options.skipInitialSpace = true;
    CsvReader reader(path, options);
    if (auto st = reader.open(); !st)
        return st.error();
    CsvSample sample;
    if (!reader.next()) {
        if (reader.failed())
            return reader.error();
        return makeError("the file is empty; a CSV file needs a header row", path);
    }
    sample.headerLine = reader.recordLine();
    if (header) {
        sample.header.assign(reader.fields().begin(), reader.fields().end());
    } else {
        sample.header = numberedColumns(reader.fields().size());
        if (maxRows > 0)
            sample.rows.push_back(
                {reader.recordLine(), {reader.fields().begin(), reader.fields().end()}});
    }
    while (reader.next()) {
        if (sample.rows.size() == maxRows) {
            sample.more = true;
            break;
        }
        sample.rows.push_back(
            {reader.recordLine(), {reader.fields().begin(), reader.fields().end()}});
    }
    if (reader.failed())
        sample.error = reader.error();
    return sample;
}

std::vector<RowIssue> checkSample(const Mapping& mapping, std::size_t queryIndex,
                                  const CsvSample& sample, std::size_t maxIssues)
{
    std::vector<RowIssue> issues;
    if (queryIndex >= mapping.queries.size())
        return issues;
    // The importer's own row logic; only the reporting differs: it goes on past the problems
    // that would stop an import, to show every one in the sample.
    const RowMapper mapper(mapping, queryIndex, sample.header, sample.headerLine,
                           mapping.queries[queryIndex].delimiter.value_or(','));
    if (!mapper.headerProblems().empty())
        return mapper.headerProblems(); // the import stops at the header; rows would repeat it

    std::vector<std::string_view> cells;
    std::vector<RowIssue> found;
    MappedRow mapped;
    RowIssue failure;
    // A constant of the mapping is the same in every row: each problem with one is said once
    // (in the first row whose entity has it: a row that makes no such entity does not).
    std::set<std::pair<std::string, std::string>> saidLiterals;
    for (const SampleRow& row : sample.rows) {
        if (issues.size() >= maxIssues)
            break;
        cells.assign(row.cells.begin(), row.cells.end());
        if (auto wrong = mapper.checkWidth(cells)) {
            issues.push_back(
                {row.line, {}, {}, {}, *wrong + ": the import would stop here", true, false});
            continue;
        }
        if (!mapper.passes(cells))
            continue;
        found.clear();
        const bool ok = mapper.map(cells, row.line, mapped, failure, &found);
        for (auto& issue : found) {
            if (issue.literal &&
                !saidLiterals.emplace(issue.entity + '\x1f' + issue.property, issue.message).second)
                continue;
            if (issues.size() < maxIssues)
                issues.push_back(std::move(issue));
        }
        if (!ok && issues.size() < maxIssues) {
            failure.message += ": the import would stop here";
            issues.push_back(std::move(failure));
        }
    }
    return issues;
}

} // namespace commonplace::io
