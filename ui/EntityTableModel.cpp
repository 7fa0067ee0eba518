// SPDX-License-Identifier: GPL-3.0-or-later
#include "EntityTableModel.h"

#include "Labels.h"
#include "store/Workspace.h"

#include <QFont>
#include <QGuiApplication>
#include <QPalette>

namespace commonplace::ui {

EntityTableModel::EntityTableModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

void EntityTableModel::setWorkspace(const store::Workspace* workspace)
{
    m_workspace = workspace;
    reload();
}

void EntityTableModel::setWorkspaceAndFilter(const store::Workspace* workspace,
                                             const store::EntityFilter& filter)
{
    m_workspace = workspace;
    m_filter = filter;
    reload();
}

void EntityTableModel::setFilter(const store::EntityFilter& filter)
{
    m_filter = filter;
    reload();
}

void EntityTableModel::refresh()
{
    reload();
}

void EntityTableModel::reload()
{
    beginResetModel();
    m_rows.clear();
    m_total = -1;
    m_atEnd = m_workspace == nullptr;
    endResetModel();
    // Show the first page straight away rather than waiting for the view to ask.
    if (canFetchMore({}))
        fetchMore({});
}

int EntityTableModel::rowOfEntity(const QString& id) const
{
    const std::string key = id.toStdString();
    for (std::size_t i = 0; i < m_rows.size(); ++i) {
        if (m_rows[i].id == key)
            return int(i);
    }
    return -1;
}

QString EntityTableModel::entityId(int row) const
{
    if (row < 0 || std::size_t(row) >= m_rows.size())
        return {};
    return QString::fromStdString(m_rows[std::size_t(row)].id);
}

int EntityTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int EntityTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant EntityTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const store::EntityRow& row = m_rows[std::size_t(index.row())];
    // The store falls back to the id for entities without a name (most relationships); the
    // type reads better there, set apart so it is not mistaken for a name.
    const bool unnamed = row.caption.empty() || row.caption == row.id;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn:
            if (unnamed)
                return tr("(%1)").arg(schemaLabel(row.schema));
            // A payment's name is its amount: grouped the way the user's language writes it.
            if (captionIsNumber(row.schema))
                return formatNumber(QString::fromStdString(row.caption));
            return QString::fromStdString(row.caption);
        case TypeColumn:
            return schemaLabel(row.schema);
        case IdColumn:
            return QString::fromStdString(row.id);
        }
        return {};
    case Qt::ToolTipRole:
        if (!row.canonicalId.empty())
            return tr("%1 (merged into %2)")
                .arg(QString::fromStdString(row.caption), QString::fromStdString(row.canonicalId));
        if (index.column() == NameColumn)
            return unnamed ? tr("This %1 has no name of its own.").arg(schemaLabel(row.schema))
                           : QString::fromStdString(row.caption);
        return {};
    case Qt::FontRole:
        if (!row.canonicalId.empty() || (unnamed && index.column() == NameColumn)) {
            QFont font;
            font.setItalic(true);
            return font;
        }
        return {};
    case Qt::ForegroundRole:
        if (unnamed && index.column() == NameColumn)
            return QGuiApplication::palette().brush(QPalette::PlaceholderText);
        return {};
    case EntityIdRole:
        return QString::fromStdString(row.id);
    case SchemaRole:
        return QString::fromStdString(row.schema);
    }
    return {};
}

QVariant EntityTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Name");
    case TypeColumn:
        return tr("Type");
    case IdColumn:
        return tr("Id");
    }
    return {};
}

std::int64_t EntityTableModel::totalCount() const
{
    if (m_total >= 0)
        return m_total;
    if (!m_workspace)
        return 0;
    if (m_atEnd) {
        m_total = std::int64_t(m_rows.size());
        return m_total;
    }
    auto count = m_workspace->countEntities(m_filter);
    if (!count)
        return std::int64_t(m_rows.size());
    m_total = *count;
    return m_total;
}

bool EntityTableModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && m_workspace && !m_atEnd;
}

void EntityTableModel::fetchMore(const QModelIndex& parent)
{
    if (!canFetchMore(parent))
        return;
    // One row more than a page says whether there is another page.
    auto page = m_workspace->listEntities(
        m_filter, m_sort,
        m_order == Qt::AscendingOrder ? store::SortOrder::Ascending : store::SortOrder::Descending,
        m_rows.empty() ? nullptr : &m_rows.back(), kPageSize + 1);
    if (!page) {
        // Stop asking for rows that cannot be read, but keep those we have.
        m_atEnd = true;
        emit errorOccurred(QString::fromStdString(page.error().describe()));
        return;
    }
    if (page->size() <= std::size_t(kPageSize))
        m_atEnd = true;
    else
        page->pop_back();
    if (page->empty())
        return;
    const int first = int(m_rows.size());
    const int last = first + int(page->size()) - 1;
    beginInsertRows({}, first, last);
    m_rows.insert(m_rows.end(), std::make_move_iterator(page->begin()),
                  std::make_move_iterator(page->end()));
    endInsertRows();
}

void EntityTableModel::sort(int column, Qt::SortOrder order)
{
    store::EntitySort sort = column == TypeColumn ? store::EntitySort::Schema
                             : column == IdColumn ? store::EntitySort::Id
                                                  : store::EntitySort::Caption;
    if (sort == m_sort && order == m_order && !m_rows.empty())
        return;
    m_sort = sort;
    m_order = order;
    reload();
}

} // namespace commonplace::ui
