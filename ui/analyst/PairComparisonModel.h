// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/Types.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QStringList>

#include <vector>

namespace commonplace::ui {

/**
 * Two entities' values side by side, property by property, for merge review: a value both
 * hold is one row marked as agreeing; values of a property that differ are paired as
 * conflicts; a property only one side has is a row with the other side empty. Each side
 * shows where its value came from (dataset, source and its grading).
 */
class PairComparisonModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        PropertyColumn,
        LeftValueColumn,
        LeftSourceColumn,
        RightValueColumn,
        RightSourceColumn,
        ColumnCount
    };
    enum class Status
    {
        Agree,
        Conflict,
        LeftOnly,
        RightOnly
    };
    static constexpr int StatusRole = Qt::UserRole + 1;

    /** An entity a value refers to (a payment's payer, an address), as a person reads it. */
    struct Reference
    {
        QString caption;   ///< its name, or its type when it has none
        QString canonical; ///< the id of its merged group ("" when not merged)
    };
    using References = QHash<QString, Reference>; ///< by the referenced id

    explicit PairComparisonModel(QObject* parent = nullptr);

    /**
     * Compares two entities. Values that refer to other entities show the caption found in
     * `references` (the id in the tooltip) and agree when they refer to the same entity or
     * to members of one merged group; ids not found show as they are.
     */
    void setPair(const store::EntityDetail& left, const store::EntityDetail& right,
                 const References& references = {});
    void clear();

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    int agreeing() const;
    int conflicting() const;

private:
    struct Side
    {
        QString value;
        QString source;  ///< short: dataset · source (grading)
        QString tooltip; ///< every statement's provenance
    };
    struct Row
    {
        QString property;
        Side left, right;
        Status status = Status::Agree;
    };
    std::vector<Row> m_rows;
    QString m_leftSchema, m_rightSchema;
};

} // namespace commonplace::ui
