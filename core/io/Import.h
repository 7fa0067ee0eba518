// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"
#include "store/Types.h"

#include <cstdint>
#include <functional>
#include <string>
#include <vector>

namespace commonplace::store {
class Workspace;
}

namespace commonplace::io {

/**
 * Progress of a long operation: work done and total in the same unit (bytes or rows; total 0
 * when unknown). Return false to cancel; the operation then rolls back.
 */
using Progress = std::function<bool(std::uint64_t done, std::uint64_t total)>;

enum class Format
{
    Auto,
    Ftm,
    Csv,
    Bundle
};

/** Parses "auto", "ftm", "csv", "bundle". */
std::optional<Format> parseFormat(std::string_view name);

struct ImportOptions
{
    Format format = Format::Auto;
    std::string dataset = "default";
    store::Sensitivity sensitivity = store::Sensitivity::Public;
    std::string mappingPath; ///< CSV only
    Progress progress;
};

struct ImportReport
{
    std::string format;
    std::uint64_t lines = 0;           ///< lines or rows read
    std::uint64_t entities = 0;        ///< entity records read
    std::uint64_t entitiesCreated = 0; ///< entities new to the workspace
    std::uint64_t statements = 0;      ///< values read
    std::uint64_t statementsAdded = 0; ///< values new to the workspace
    std::uint64_t sources = 0;
    std::uint64_t findings = 0;
    std::uint64_t danglingReferences = 0; ///< references to entities not in the workspace
};

/**
 * Imports a file into the workspace in one transaction: either everything is written or,
 * on any error (with file and line) or cancellation, nothing is.
 */
Result<ImportReport> importFile(store::Workspace& ws, const std::string& path,
                                const ImportOptions& options);

/** FollowTheMoney JSON lines (with Commonplace's source/finding/cite record lines). */
Result<ImportReport> importFtm(store::Workspace& ws, const std::string& path,
                               const ImportOptions& options);

/**
 * CSV through a mapping file (`options.mappingPath`, see docs/formats.md): every query of the
 * mapping reads the file once; entities with the same id merge (the narrower schema wins).
 */
Result<ImportReport> importCsv(store::Workspace& ws, const std::string& path,
                               const ImportOptions& options);

/** Guesses the format from the file name and first bytes. */
Result<Format> detectFormat(const std::string& path);

} // namespace commonplace::io
