// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/Export.h"

#include "store/EntityReader.h"
#include "store/Workspace.h"
#include "util/AtomicFile.h"
#include "util/Json.h"

namespace commonplace::io {

std::optional<ExportFormat> parseExportFormat(std::string_view name)
{
    if (name == "ftm")
        return ExportFormat::Ftm;
    if (name == "csv")
        return ExportFormat::Csv;
    if (name == "xlsx")
        return ExportFormat::Xlsx;
    if (name == "graphml")
        return ExportFormat::GraphML;
    if (name == "gexf")
        return ExportFormat::Gexf;
    if (name == "bundle")
        return ExportFormat::Bundle;
    return std::nullopt;
}

std::string_view toString(ExportFormat format)
{
    switch (format) {
    case ExportFormat::Ftm:
        return "ftm";
    case ExportFormat::Csv:
        return "csv";
    case ExportFormat::Xlsx:
        return "xlsx";
    case ExportFormat::GraphML:
        return "graphml";
    case ExportFormat::Gexf:
        return "gexf";
    case ExportFormat::Bundle:
        return "bundle";
    }
    return "ftm";
}

Result<ExportReport> exportFile(const store::Workspace& ws, const std::string& path,
                                const ExportOptions& options)
{
    switch (options.format) {
    case ExportFormat::Ftm:
        return exportFtm(ws, path, options);
    case ExportFormat::Csv:
        return exportCsv(ws, path, options);
    case ExportFormat::GraphML:
        return exportGraphML(ws, path, options);
    case ExportFormat::Gexf:
        return exportGexf(ws, path, options);
    case ExportFormat::Xlsx:
        return exportXlsx(ws, path, options);
    case ExportFormat::Bundle:
        break;
    }
    return makeError("export to " + std::string(toString(options.format)) +
                     " is not available in this version");
}

Result<ExportReport> exportFtm(const store::Workspace& ws, const std::string& path,
                               const ExportOptions& options)
{
    util::AtomicFile file(path);
    if (auto st = file.open(); !st)
        return st.error();
    std::string line;
    store::ReadFilter filter{options.dataset, options.maxSensitivity, {}};
    const bool filtered =
        !options.dataset.empty() || options.maxSensitivity != store::Sensitivity::Restricted;
    auto counts = store::forEachEntity(
        ws, filter,
        [&](const store::EntityRecord& e) -> Status {
            line.clear();
            line += "{\"id\":";
            util::appendJsonString(line, e.id);
            line += ",\"schema\":";
            util::appendJsonString(line, e.schema);
            line += ",\"properties\":{";
            std::string_view prop;
            for (std::size_t i = 0; i < e.values.size(); ++i) {
                const auto& [p, v] = e.values[i];
                if (i == 0 || p != prop) {
                    if (i > 0)
                        line += "],";
                    util::appendJsonString(line, p);
                    line += ":[";
                    prop = p;
                } else {
                    line += ',';
                }
                util::appendJsonString(line, v);
            }
            if (!e.values.empty())
                line += ']';
            line += '}';
            // Keys the model does not use (caption, datasets, referents, ...) as imported. They
            // are kept only in a full export: a caption or a referent can repeat a value that
            // a redacted or one-dataset export withholds.
            if (!filtered && e.extraJson.size() > 2) {
                line += ',';
                line.append(e.extraJson, 1, e.extraJson.size() - 2);
            }
            line += "}\n";
            return file.write(line);
        },
        options.progress);
    if (!counts)
        return counts.error();
    if (auto st = file.commit(); !st)
        return st.error();
    ExportReport report;
    report.format = "ftm";
    report.entities = counts->entities;
    report.statements = counts->statements;
    report.withheldStatements = counts->withheldStatements;
    return report;
}

} // namespace commonplace::io
