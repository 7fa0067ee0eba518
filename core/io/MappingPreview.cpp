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
#include <unordered_map>

namespace commonplace::io {

namespace {

std::string quoted(std::string_view s)
{
    return "'" + std::string(s) + "'";
}

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

std::string describeBadValue(const model::Property& property, std::string_view value,
                             const std::string& format)
{
    std::string v = quoted(value);
    switch (property.type->kind) {
    case model::TypeKind::Date:
        if (format.empty())
            return v + " is not an ISO date such as 2021-02-16 (give the column a date format)";
        return v + " is not a date in the format " + quoted(format);
    case model::TypeKind::Country:
        return v + " is not a country the model knows (a name or an ISO code)";
    case model::TypeKind::Number:
        return v + " is not a number";
    case model::TypeKind::Language:
        return v + " is not a language code the model knows";
    case model::TypeKind::Gender:
        return v + " is not a gender the model knows (male, female, other)";
    default:
        return v + " is not a valid " + property.type->label + " value";
    }
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
    const QueryMapping& q = mapping.queries[queryIndex];
    std::unordered_map<std::string, int> index;
    for (std::size_t i = 0; i < sample.header.size(); ++i)
        index.emplace(sample.header[i], int(i));

    bool missing = false;
    for (const ColumnUse& use : columnsUsed(q)) {
        if (index.count(use.column))
            continue;
        missing = true;
        RowIssue issue;
        issue.line = sample.headerLine;
        issue.column = use.column;
        issue.message = "the header has no column " + quoted(use.column) +
                        ", which the mapping "
                        "uses as " +
                        use.usedBy;
        issue.error = true;
        issues.push_back(std::move(issue));
    }
    if (missing)
        return issues; // the import stops at the header; rows would only repeat it

    auto cell = [&](const SampleRow& row, const std::string& column) -> std::string_view {
        auto it = index.find(column);
        if (it == index.end() || std::size_t(it->second) >= row.cells.size())
            return {};
        return row.cells[std::size_t(it->second)];
    };
    auto add = [&](RowIssue issue) {
        if (issues.size() < maxIssues)
            issues.push_back(std::move(issue));
    };

    for (const SampleRow& row : sample.rows) {
        bool use = true;
        for (const auto& f : q.filters)
            use = use && std::find(f.values.begin(), f.values.end(), cell(row, f.column)) !=
                             f.values.end();
        for (const auto& f : q.filtersNot)
            use = use && std::find(f.values.begin(), f.values.end(), cell(row, f.column)) ==
                             f.values.end();
        if (!use)
            continue;
        std::vector<bool> made(q.entities.size());
        for (std::size_t ei = 0; ei < q.entities.size(); ++ei) {
            const EntityMapping& em = q.entities[ei];
            made[ei] = std::any_of(em.keys.begin(), em.keys.end(), [&](const std::string& k) {
                return !stripPython(cell(row, k)).empty();
            });
            if (made[ei])
                continue;
            RowIssue issue;
            issue.line = row.line;
            issue.column = em.keys.empty() ? std::string() : em.keys.front();
            issue.entity = em.name;
            std::string cols;
            for (std::size_t k = 0; k < em.keys.size(); ++k)
                cols += (k ? ", " : "") + quoted(em.keys[k]);
            issue.message = "no " + quoted(em.name) + " is made from this row: its key " +
                            (em.keys.size() == 1 ? "column " : "columns ") + cols +
                            (em.keys.size() == 1 ? " is empty" : " are all empty");
            add(std::move(issue));
        }
        for (std::size_t ei = 0; ei < q.entities.size(); ++ei) {
            if (!made[ei])
                continue;
            const EntityMapping& em = q.entities[ei];
            for (const PropertyMapping& pm : em.properties) {
                model::CleanOptions clean;
                clean.dateFormat = pm.format;
                bool any = false;
                auto check = [&](std::string_view raw, const std::string& column) {
                    std::vector<std::string_view> parts;
                    if (pm.split.empty()) {
                        parts.push_back(raw);
                    } else {
                        std::size_t pos = 0;
                        for (;;) {
                            std::size_t at = raw.find(pm.split, pos);
                            parts.push_back(raw.substr(pos, at == raw.npos ? raw.npos : at - pos));
                            if (at == raw.npos)
                                break;
                            pos = at + pm.split.size();
                        }
                    }
                    for (std::string_view part : parts) {
                        if (model::trim(part).empty())
                            continue;
                        if (model::clean(*pm.property->type, part, clean)) {
                            any = true;
                            continue;
                        }
                        RowIssue issue;
                        issue.line = row.line;
                        issue.column = column;
                        issue.entity = em.name;
                        issue.property = pm.property->name;
                        issue.message =
                            "property " + quoted(pm.property->name) + " of " + quoted(em.name) +
                            (column.empty() ? std::string() : ", column " + quoted(column)) + ": " +
                            describeBadValue(*pm.property, model::trim(part), pm.format) +
                            "; the value is left out";
                        add(std::move(issue));
                    }
                };
                if (pm.entityIndex >= 0) {
                    any = made[std::size_t(pm.entityIndex)];
                } else if (pm.pattern) {
                    std::string text;
                    std::string_view t = *pm.pattern;
                    std::size_t pos = 0;
                    for (;;) {
                        std::size_t open = t.find("{{", pos);
                        std::size_t close = open == t.npos ? t.npos : t.find("}}", open + 2);
                        if (close == t.npos) {
                            text += t.substr(pos);
                            break;
                        }
                        text += t.substr(pos, open - pos);
                        text += cell(row, std::string(t.substr(open + 2, close - open - 2)));
                        pos = close + 2;
                    }
                    check(stripPython(text), std::string());
                } else {
                    if (&row == &sample.rows.front())
                        for (const auto& lit : pm.literals)
                            check(lit, std::string());
                    else
                        any = any || !pm.literals.empty();
                    for (const auto& c : pm.columns)
                        check(cell(row, c), c);
                }
                if (pm.required && !any) {
                    RowIssue issue;
                    issue.line = row.line;
                    issue.column = pm.columns.empty() ? std::string() : pm.columns.front();
                    issue.entity = em.name;
                    issue.property = pm.property->name;
                    issue.message = "property " + quoted(pm.property->name) + " of " +
                                    quoted(em.name) +
                                    " is required by the mapping, but this row has no usable "
                                    "value for it: the import would stop here";
                    issue.error = true;
                    add(std::move(issue));
                }
            }
        }
    }
    return issues;
}

} // namespace commonplace::io
