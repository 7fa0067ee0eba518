// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/Types.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QString>

#include <vector>

namespace commonplace::ui {

/**
 * The values of one entity with their provenance, grouped by property: Property | Value |
 * Dataset | Source | Grading | Sensitivity. The property label shows on the first row of each
 * group. Values that reference other entities show the other entity's name.
 */
class StatementTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        PropertyColumn,
        ValueColumn,
        DatasetColumn,
        SourceColumn,
        GradingColumn,
        SensitivityColumn,
        ColumnCount
    };
    enum Role
    {
        /** The id of the entity a value references; empty for plain values. */
        ReferencedEntityRole = Qt::UserRole + 1,
        PropertyNameRole,
        /** True on the first row of a property group. */
        GroupStartRole
    };

    explicit StatementTableModel(QObject* parent = nullptr);

    /** Shows an entity; `captions` names the entities its values reference (id -> name). */
    void setEntity(const store::EntityDetail& detail, const QHash<QString, QString>& captions = {});
    void clear();

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        store::StatementRow statement;
        QString propertyLabel;
        QString value;       ///< as shown
        QString referenceId; ///< non-empty for entity references
        bool groupStart = false;
    };
    std::vector<Row> m_rows;
};

} // namespace commonplace::ui
