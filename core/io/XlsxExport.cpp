// SPDX-License-Identifier: GPL-3.0-or-later
// XLSX export: one worksheet per schema (docs/formats.md), through libxlsxwriter.
#include "io/Export.h"

#include "model/Model.h"
#include "store/EntityReader.h"
#include "store/Sqlite.h"
#include "store/Workspace.h"

#include <xlsxwriter.h>

#include <algorithm>
#include <filesystem>
#include <map>
#include <set>
#include <unistd.h>
#include <unordered_map>

namespace commonplace::io {

namespace {

namespace fs = std::filesystem;

constexpr std::string_view kValueSeparator = "; ";
constexpr std::size_t kMaxCell = 32767;     // characters in one cell (Excel's limit)
constexpr std::uint32_t kMaxRows = 1048576; // rows in one worksheet, header included

struct Sheet
{
    std::set<std::string, std::less<>> props;
    std::vector<std::string> columns;
    std::unordered_map<std::string, std::size_t> columnOf;
    lxw_worksheet* worksheet = nullptr;
    std::uint32_t row = 0;
};

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

/** Closes (and so writes) the workbook exactly once; a workbook never closed leaves no file. */
struct WorkbookCloser
{
    lxw_workbook* book = nullptr;
    lxw_error close()
    {
        lxw_error e = book ? workbook_close(book) : LXW_NO_ERROR;
        book = nullptr;
        return e;
    }
    ~WorkbookCloser()
    {
        if (book)
            workbook_close(book);
    }
};

// True when a spreadsheet would take the cell for a formula if it were ever typed in again.
bool looksLikeFormula(std::string_view cell)
{
    constexpr std::string_view kFormulaStart = "=+-@\t\r";
    return !cell.empty() && kFormulaStart.find(cell.front()) != std::string_view::npos;
}

} // namespace

Result<ExportReport> exportXlsx(const store::Workspace& ws, const std::string& path,
                                const ExportOptions& options)
{
    store::Transaction snapshot(ws.db());
    if (auto st = snapshot.begin(); !st)
        return st.error();
    store::ReadFilter filter{options.dataset, options.maxSensitivity, {}};
    std::map<std::string, Sheet> sheets;
    auto scan = store::forEachEntity(ws, filter, [&](const store::EntityRecord& e) -> Status {
        Sheet& sheet = sheets[e.schema];
        for (const auto& [prop, value] : e.values)
            sheet.props.insert(prop);
        return {};
    });
    if (!scan)
        return scan.error();

    // libxlsxwriter writes the finished file itself: build it beside the destination and
    // rename it into place, so a failed export leaves the old file (or none).
    fs::path target(path);
    fs::path dir = target.has_parent_path() ? target.parent_path() : fs::path(".");
    std::string tmp =
        (dir / ("." + target.filename().string() + ".tmp-" + std::to_string(::getpid()))).string();
    std::string tmpdir = dir.string();
    lxw_workbook_options bookOptions{};
    bookOptions.constant_memory = LXW_FALSE;
    // Its scratch files go beside the destination too, not into a shared /tmp.
    bookOptions.tmpdir = tmpdir.data();
    WorkbookCloser closer{workbook_new_opt(tmp.c_str(), &bookOptions)};
    if (!closer.book)
        return makeError("cannot create the workbook", path);
    struct RemoveTmp
    {
        std::string path;
        bool keep = false;
        ~RemoveTmp()
        {
            if (!keep) {
                std::error_code ec;
                fs::remove(path, ec);
            }
        }
    } removeTmp{tmp};
    lxw_format* bold = workbook_add_format(closer.book);
    format_set_bold(bold);
    const auto& model = model::Model::builtin();
    for (auto& [schemaName, sheet] : sheets) {
        sheet.worksheet = workbook_add_worksheet(closer.book, schemaName.c_str());
        if (!sheet.worksheet)
            return makeError("schema name '" + schemaName + "' cannot name a worksheet", path);
        sheet.columns = columnOrder(model.schema(schemaName), sheet.props);
        worksheet_write_string(sheet.worksheet, 0, 0, "id", bold);
        for (std::size_t i = 0; i < sheet.columns.size(); ++i) {
            sheet.columnOf.emplace(sheet.columns[i], i);
            worksheet_write_string(sheet.worksheet, 0, lxw_col_t(i + 1), sheet.columns[i].c_str(),
                                   bold);
        }
        worksheet_freeze_panes(sheet.worksheet, 1, 1);
        sheet.row = 1;
    }

    std::string cell;
    auto writeCell = [&](Sheet& sheet, lxw_col_t col, std::string_view text,
                         std::string_view id) -> Status {
        if (text.size() + 1 > kMaxCell)
            return makeError("a value of '" + std::string(id) +
                                 "' is longer than 32,767 characters, the most an XLSX cell "
                                 "holds; export it as FtM or CSV instead",
                             path);
        // Every cell is a string cell, never a formula; but a cell that starts like one would
        // be evaluated once someone edits it or saves the sheet as CSV, so it gets the same
        // leading apostrophe as the CSV export (libxlsxwriter 1.1.4, Debian 12's, has no
        // quote-prefix format that would hide it).
        cell.clear();
        if (looksLikeFormula(text))
            cell += '\'';
        cell.append(text);
        lxw_error e =
            worksheet_write_string(sheet.worksheet, sheet.row, col, cell.c_str(), nullptr);
        if (e != LXW_NO_ERROR)
            return makeError(std::string("cannot write a cell: ") + lxw_strerror(e), path);
        return {};
    };
    auto counts = store::forEachEntity(
        ws, filter,
        [&](const store::EntityRecord& e) -> Status {
            auto it = sheets.find(e.schema);
            if (it == sheets.end())
                return makeError("the workspace changed during the export; export again");
            Sheet& sheet = it->second;
            if (sheet.row >= kMaxRows)
                return makeError("more than 1,048,575 " + e.schema +
                                     " entities, the most an XLSX worksheet holds; export as "
                                     "FtM or CSV instead",
                                 path);
            if (auto st = writeCell(sheet, 0, e.id, e.id); !st)
                return st;
            Status result;
            store::forEachProperty(
                e, [&](const std::string& prop, const std::vector<std::string_view>& values) {
                    if (!result)
                        return;
                    auto col = sheet.columnOf.find(prop);
                    if (col == sheet.columnOf.end()) {
                        result = makeError("the workspace changed during the export; export "
                                           "again");
                        return;
                    }
                    std::string joined;
                    for (std::size_t i = 0; i < values.size(); ++i) {
                        if (i > 0)
                            joined += kValueSeparator;
                        joined += values[i];
                    }
                    result = writeCell(sheet, lxw_col_t(col->second + 1), joined, e.id);
                });
            if (!result)
                return result;
            ++sheet.row;
            return {};
        },
        options.progress);
    if (!counts)
        return counts.error();
    if (sheets.empty()) {
        // A workbook needs a sheet; an empty export still opens.
        workbook_add_worksheet(closer.book, "Empty");
    }
    if (lxw_error e = closer.close(); e != LXW_NO_ERROR)
        return makeError(std::string("cannot write the workbook: ") + lxw_strerror(e), path);
    std::error_code ec;
    // Like every export (AtomicFile): readable by its owner only.
    fs::permissions(tmp, fs::perms::owner_read | fs::perms::owner_write, ec);
    if (ec)
        return makeError("cannot restrict the workbook's permissions: " + ec.message(), path);
    fs::rename(tmp, target, ec);
    if (ec)
        return makeError("cannot move the workbook into place: " + ec.message(), path);
    removeTmp.keep = true;
    ExportReport report;
    report.format = "xlsx";
    report.entities = counts->entities;
    report.statements = counts->statements;
    report.withheldStatements = counts->withheldStatements;
    report.files = 1;
    return report;
}

} // namespace commonplace::io
