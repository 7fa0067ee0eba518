// SPDX-License-Identifier: GPL-3.0-or-later
// Placeholder until the CSV/GraphML/GEXF exporters land (being written now); not a feature.
#include "io/Export.h"

namespace commonplace::io {

Result<ExportReport> exportCsv(const store::Workspace&, const std::string& path,
                               const ExportOptions&)
{
    return makeError("CSV export is not built yet", path);
}
Result<ExportReport> exportGraphML(const store::Workspace&, const std::string& path,
                                   const ExportOptions&)
{
    return makeError("GraphML export is not built yet", path);
}
Result<ExportReport> exportGexf(const store::Workspace&, const std::string& path,
                                const ExportOptions&)
{
    return makeError("GEXF export is not built yet", path);
}

} // namespace commonplace::io
