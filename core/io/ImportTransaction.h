// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"
#include "io/Import.h"
#include "store/Sqlite.h"
#include "store/Workspace.h"

namespace commonplace::io {

/**
 * Runs one importer inside a single transaction: its report on success, or its error with
 * everything rolled back. Every importer goes through here, so none can half-write.
 */
template <typename Importer>
Result<ImportReport> importInTransaction(store::Workspace& ws, const std::string& path,
                                         const ImportOptions& options)
{
    store::Transaction tx(ws.db());
    if (auto st = tx.begin(); !st)
        return st.error();
    ws.prepareForBulkWrite();
    Importer importer(ws, path, options);
    auto report = importer.run();
    if (!report)
        return report; // tx rolls back
    if (auto st = tx.commit(); !st)
        return makeError(st.error().message, path);
    return report;
}

} // namespace commonplace::io
