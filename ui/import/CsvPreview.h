// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "io/Mapping.h"
#include "io/MappingPreview.h"

#include <QString>

class QTreeWidget;

namespace commonplace::ui {

/**
 * Imports the rows of `sample` through `mapping` into a scratch workspace (one in-memory
 * workspace, rolled back after each preview; UI thread only) and shows the
 * entities they make in `tree` (one item per entity, its values as children). The import is
 * the real one, so the preview shows what importing the file will do, errors included.
 * Returns an empty string on success, or the error with `fileName` and the line in the file.
 */
QString previewEntities(const io::Mapping& mapping, const io::CsvSample& sample,
                        const QString& fileName, QTreeWidget* tree, int* entityCount = nullptr);

} // namespace commonplace::ui
