// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"
#include "io/Import.h"
#include "store/Types.h"

#include <string>
#include <unordered_map>
#include <vector>

namespace commonplace::store {
class Workspace;
}

namespace commonplace::io {

enum class ExportFormat
{
    Ftm,
    Csv,
    Xlsx,
    GraphML,
    Gexf,
    Bundle
};

std::optional<ExportFormat> parseExportFormat(std::string_view name);
std::string_view toString(ExportFormat format);

/** A number per node, computed elsewhere (graph analyses), written as a node attribute. */
struct NodeMetric
{
    std::string name;                               ///< attribute name, e.g. "pagerank"
    std::unordered_map<std::string, double> values; ///< by entity id; nodes without one get none
};

struct ExportOptions
{
    ExportFormat format = ExportFormat::Ftm;
    std::string dataset; ///< only this dataset's values; empty for all
    store::Sensitivity maxSensitivity = store::Sensitivity::Restricted;
    Progress progress;
    /** GraphML and GEXF: extra numeric node attributes ("double"), in this order. */
    std::vector<NodeMetric> nodeMetrics;
};

struct ExportReport
{
    std::string format;
    std::uint64_t entities = 0;
    std::uint64_t statements = 0;
    std::uint64_t withheldStatements = 0; ///< values above --max-sensitivity, not written
    std::uint64_t files = 1;              ///< CSV writes one file per schema
    /** GraphML/GEXF: relationships not written because an endpoint is not among the nodes. */
    std::uint64_t droppedEdges = 0;
};

/**
 * Writes the workspace (or a dataset of it) to a file. The file appears whole or not at all:
 * it is written beside the destination and renamed into place.
 */
Result<ExportReport> exportFile(const store::Workspace& ws, const std::string& path,
                                const ExportOptions& options);

Result<ExportReport> exportFtm(const store::Workspace& ws, const std::string& path,
                               const ExportOptions& options);
Result<ExportReport> exportCsv(const store::Workspace& ws, const std::string& path,
                               const ExportOptions& options);
/**
 * XLSX: one worksheet per schema (an `id` column, then one column per property, several values
 * joined with "; "). Cells that start like a formula (= + - @, tab, CR) carry Excel's quote
 * prefix, so they stay text. Errors for a value longer than a cell holds (32,767 characters)
 * and for more rows than a worksheet holds.
 */
Result<ExportReport> exportXlsx(const store::Workspace& ws, const std::string& path,
                                const ExportOptions& options);
Result<ExportReport> exportGraphML(const store::Workspace& ws, const std::string& path,
                                   const ExportOptions& options);
Result<ExportReport> exportGexf(const store::Workspace& ws, const std::string& path,
                                const ExportOptions& options);

} // namespace commonplace::io
