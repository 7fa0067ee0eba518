// SPDX-License-Identifier: GPL-3.0-or-later
// CSV export: one RFC 4180 table per schema, written into a folder (docs/formats.md).
#include "io/Export.h"

#include "model/Model.h"
#include "store/EntityReader.h"
#include "store/Sqlite.h"
#include "store/Workspace.h"
#include "util/AtomicFile.h"

#include <algorithm>
#include <filesystem>
#include <map>
#include <memory>
#include <set>
#include <unordered_map>

namespace commonplace::io {

namespace {

namespace fs = std::filesystem;

constexpr std::string_view kValueSeparator = "; ";

/** One output table: the columns found in the first pass, the file written in the second. */
struct Table
{
    std::set<std::string, std::less<>> props;
    std::vector<std::string> columns; ///< property names, after `id`
    std::unordered_map<std::string, std::size_t> columnOf;
    std::unique_ptr<util::AtomicFile> file;
};

/** Spreads the progress of both passes over one bar; each pass visits every entity. */
struct PassProgress
{
    const Progress& progress;
    std::uint64_t base = 0;

    std::function<bool(std::uint64_t, std::uint64_t)> callback()
    {
        if (!progress)
            return {};
        return [this](std::uint64_t done, std::uint64_t total) {
            return progress(base + done, 2 * total);
        };
    }
};

/**
 * Appends one cell. A cell starting with = + - @, a tab or a carriage return gets a leading
 * apostrophe so that spreadsheets show it as text instead of evaluating it (formula injection).
 * A cell holding a comma, quote or line break is quoted, quotes doubled (RFC 4180); so is one
 * holding a semicolon or tab, which spreadsheets in many locales take for a separator and would
 * otherwise split into cells of their own, each free to start with "=".
 */
void appendCell(std::string& out, std::string_view cell)
{
    constexpr std::string_view kFormulaStart = "=+-@\t\r";
    bool neutralise = !cell.empty() && kFormulaStart.find(cell.front()) != std::string_view::npos;
    bool quote = cell.find_first_of(",;\"\t\r\n") != std::string_view::npos;
    if (quote)
        out += '"';
    if (neutralise)
        out += '\'';
    for (char c : cell) {
        if (c == '"')
            out += '"';
        out += c;
    }
    if (quote)
        out += '"';
}

/** Featured properties in the schema's order, then the others alphabetically. */
std::vector<std::string> columnOrder(const model::Schema* schema,
                                     const std::set<std::string, std::less<>>& props)
{
    std::vector<std::string> columns;
    if (schema) {
        for (const auto& name : schema->featured()) {
            if (props.count(name) &&
                std::find(columns.begin(), columns.end(), name) == columns.end())
                columns.push_back(name);
        }
    }
    for (const auto& name : props) {
        if (std::find(columns.begin(), columns.end(), name) == columns.end())
            columns.push_back(name);
    }
    return columns;
}

bool isSafeFileStem(std::string_view name)
{
    return !name.empty() && std::all_of(name.begin(), name.end(), [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
               c == '_';
    });
}

/** Refuses destinations that cannot be (or should not become) the export folder. */
Status checkDestination(const fs::path& dir, const std::string& path)
{
    std::error_code ec;
    auto status = fs::status(dir, ec);
    if (fs::is_directory(status))
        return {};
    if (fs::exists(status))
        return makeError("is a file; CSV export writes one file per schema (Person.csv, "
                         "Payment.csv, ...) into a folder: give a folder path",
                         path);
    if (dir.has_extension())
        return makeError("looks like a file name; CSV export writes one file per schema "
                         "(Person.csv, Payment.csv, ...) into a folder: give an existing "
                         "folder or a path without an extension",
                         path);
    return {};
}

/** Second pass: writes every table into `dir`, committing the files only when all are whole. */
Result<ExportReport> writeTables(const store::Workspace& ws, const fs::path& dir,
                                 std::map<std::string, Table>& tables,
                                 const store::ReadFilter& filter, PassProgress& progress)
{
    const auto& model = model::Model::builtin();
    std::string line;
    for (auto& [schemaName, table] : tables) {
        if (!isSafeFileStem(schemaName))
            return makeError("schema name '" + schemaName + "' cannot be a file name");
        std::string target = (dir / (schemaName + ".csv")).string();
        std::error_code ec;
        if (fs::is_directory(target, ec))
            return makeError("is a folder; cannot write the " + schemaName + " table there",
                             target);
        table.columns = columnOrder(model.schema(schemaName), table.props);
        for (std::size_t i = 0; i < table.columns.size(); ++i)
            table.columnOf.emplace(table.columns[i], i);
        table.file = std::make_unique<util::AtomicFile>(target);
        if (auto st = table.file->open(); !st)
            return st.error();
        line = "id";
        for (const auto& column : table.columns) {
            line += ',';
            appendCell(line, column);
        }
        line += "\r\n";
        if (auto st = table.file->write(line); !st)
            return st.error();
    }

    std::vector<std::string> cells;
    auto counts = store::forEachEntity(
        ws, filter,
        [&](const store::EntityRecord& e) -> Status {
            auto it = tables.find(e.schema);
            if (it == tables.end())
                return makeError("the workspace changed during the export; export again");
            Table& table = it->second;
            cells.assign(table.columns.size(), std::string());
            bool changed = false;
            store::forEachProperty(
                e, [&](const std::string& prop, const std::vector<std::string_view>& values) {
                    auto col = table.columnOf.find(prop);
                    if (col == table.columnOf.end()) {
                        changed = true;
                        return;
                    }
                    std::string& cell = cells[col->second];
                    for (std::size_t i = 0; i < values.size(); ++i) {
                        if (i > 0)
                            cell += kValueSeparator;
                        cell += values[i];
                    }
                });
            if (changed)
                return makeError("the workspace changed during the export; export again");
            line.clear();
            appendCell(line, e.id);
            for (const auto& cell : cells) {
                line += ',';
                appendCell(line, cell);
            }
            line += "\r\n";
            return table.file->write(line);
        },
        progress.callback());
    if (!counts)
        return counts.error();

    for (auto& [schemaName, table] : tables) {
        if (auto st = table.file->commit(); !st)
            return st.error();
    }
    ExportReport report;
    report.format = "csv";
    report.entities = counts->entities;
    report.statements = counts->statements;
    report.withheldStatements = counts->withheldStatements;
    report.files = tables.size();
    return report;
}

} // namespace

Result<ExportReport> exportCsv(const store::Workspace& ws, const std::string& path,
                               const ExportOptions& options)
{
    fs::path dir(path);
    if (auto st = checkDestination(dir, path); !st)
        return st.error();

    // Both passes read one snapshot, so the columns found first fit the rows written second.
    store::Transaction snapshot(ws.db());
    if (auto st = snapshot.begin(); !st)
        return st.error();

    store::ReadFilter filter{options.dataset, options.maxSensitivity, {}};
    PassProgress progress{options.progress};
    std::map<std::string, Table> tables;
    auto scan = store::forEachEntity(
        ws, filter,
        [&](const store::EntityRecord& e) -> Status {
            Table& table = tables[e.schema];
            std::string_view previous;
            for (const auto& [prop, value] : e.values) {
                if (prop != previous && !table.props.count(prop))
                    table.props.insert(prop);
                previous = prop;
            }
            return {};
        },
        progress.callback());
    if (!scan)
        return scan.error();
    progress.base = scan->entities;

    std::error_code ec;
    bool created = fs::create_directory(dir, ec);
    if (ec)
        return makeError("cannot create the folder: " + ec.message(), path);

    auto report = writeTables(ws, dir, tables, filter, progress);
    // Unfinished files are gone with `tables`; a folder this export made goes too, if empty.
    tables.clear();
    if (!report && created)
        fs::remove(dir, ec);
    return report;
}

} // namespace commonplace::io
