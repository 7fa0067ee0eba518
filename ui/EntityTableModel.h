// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/Types.h"

#include <QAbstractTableModel>
#include <QString>

#include <cstdint>
#include <vector>

namespace commonplace::store {
class Workspace;
}

namespace commonplace::ui {

/**
 * The entities of a workspace as a table (Name, Type, Id), loaded lazily a page at a time
 * through Workspace::listEntities with keyset paging (each page starts after the last row of
 * the one before), so that a workspace of millions of entities shows its first rows at once
 * and every later page costs the same. Filtering and sorting (both ways, names by their ICU
 * collation keys) happen in the store.
 */
class EntityTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        NameColumn,
        TypeColumn,
        IdColumn,
        ColumnCount
    };
    enum Role
    {
        EntityIdRole = Qt::UserRole + 1,
        SchemaRole
    };
    static constexpr int kPageSize = 256;

    explicit EntityTableModel(QObject* parent = nullptr);

    /** Shows the entities of `workspace` (may be null); the model does not own it. */
    void setWorkspace(const store::Workspace* workspace);
    /** Both at once: one query for the first page instead of two. */
    void setWorkspaceAndFilter(const store::Workspace* workspace,
                               const store::EntityFilter& filter);
    void setFilter(const store::EntityFilter& filter);
    const store::EntityFilter& filter() const { return m_filter; }
    store::EntitySort entitySort() const { return m_sort; }
    Qt::SortOrder sortOrder() const { return m_order; }
    /** Reloads from the workspace, e.g. after an import. */
    void refresh();

    /**
     * Entities matching the filter, loaded or not. Counted by the store when first asked
     * (a count walks every match, which the pages themselves never do).
     */
    std::int64_t totalCount() const;
    /** The row of an entity among the rows loaded so far, or -1. */
    int rowOfEntity(const QString& id) const;
    QString entityId(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;
    /** Sorts in the store by name, type or id, ascending or descending. */
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

signals:
    /** A query failed; the message is for a person. */
    void errorOccurred(const QString& message);

private:
    void reload();

    const store::Workspace* m_workspace = nullptr;
    store::EntityFilter m_filter;
    store::EntitySort m_sort = store::EntitySort::Caption;
    Qt::SortOrder m_order = Qt::AscendingOrder;
    std::vector<store::EntityRow> m_rows;
    bool m_atEnd = true;
    mutable std::int64_t m_total = -1; ///< -1 until counted
};

} // namespace commonplace::ui
