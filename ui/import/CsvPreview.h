// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "io/Mapping.h"
#include "io/MappingPreview.h"

#include <QString>

#include <string>
#include <vector>

class QTreeWidget;

namespace commonplace::ui {

/** One value of a previewed entity, as stored. */
struct PreviewValue
{
    std::string property;
    std::string value;
    std::string linkedCaption; ///< a link's target entity's name ("" when not a link or unnamed)
    std::string linkedSchema;  ///< a link's target entity's schema ("" when not in the rows)
};

/** One entity the previewed rows make. */
struct PreviewEntity
{
    std::string id;
    std::string schema;
    std::string caption;
    std::vector<PreviewValue> values;
};

/** The entities the previewed rows make, or why they would not import. */
struct PreviewResult
{
    QString error;
    std::vector<PreviewEntity> entities;
};

/**
 * Imports the rows of `sample` through `mapping` into a scratch workspace (one in-memory
 * workspace, rolled back after each preview) and returns the entities they make. Any thread:
 * previews are run one at a time. The error names `fileName` and the line in the real file.
 */
PreviewResult computePreview(const io::Mapping& mapping, const io::CsvSample& sample,
                             const QString& fileName);

/**
 * Shows `result` in `tree`: one item per entity, its values as children; a link shows the
 * name of the entity it links to (its id in the tooltip). Returns `result.error`.
 */
QString showPreview(const PreviewResult& result, QTreeWidget* tree, int* entityCount = nullptr);

/**
 * computePreview() then showPreview(): the import is the real one, so the preview shows what
 * importing the file will do, errors included. Returns an empty string on success, or the
 * error with `fileName` and the line in the file.
 */
QString previewEntities(const io::Mapping& mapping, const io::CsvSample& sample,
                        const QString& fileName, QTreeWidget* tree, int* entityCount = nullptr);

} // namespace commonplace::ui
