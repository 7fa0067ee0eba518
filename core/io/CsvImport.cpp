// SPDX-License-Identifier: GPL-3.0-or-later
// Placeholder until the CSV mapping importer lands (being written now); not a feature.
#include "io/Import.h"

namespace commonplace::io {

Result<ImportReport> importCsv(store::Workspace&, const std::string& path, const ImportOptions&)
{
    return makeError("CSV import is not built yet", path);
}

} // namespace commonplace::io
