// SPDX-License-Identifier: GPL-3.0-or-later
#include "edit/RecordModels.h"

#include "Labels.h"
#include "model/Model.h"
#include "store/Workspace.h"

#include <QCollator>

#include <algorithm>

namespace commonplace::ui {

namespace {
QString qs(const std::string& s)
{
    return QString::fromStdString(s);
}
} // namespace

QString gradeChoiceLabel(const QString& code, const QString& description)
{
    const int colon = description.indexOf(QLatin1String(": "));
    QString rest = colon >= 0 ? description.mid(colon + 2) : description;
    if (rest.endsWith(QLatin1Char('.')))
        rest.chop(1);
    return FindingTableModel::tr("%1 - %2").arg(code, rest);
}

QString countryName(const std::string& code)
{
    if (code.empty())
        return {};
    if (const model::PropertyType* t = model::Model::builtin().type("country")) {
        if (auto it = t->values.find(code); it != t->values.end())
            return qs(it->second);
    }
    return qs(code).toUpper();
}

QStringList countryNames()
{
    QStringList out;
    if (const model::PropertyType* t = model::Model::builtin().type("country")) {
        for (const auto& [code, label] : t->values)
            out << qs(label);
    }
    QCollator collator;
    std::sort(out.begin(), out.end(), collator);
    out.removeDuplicates();
    return out;
}

// FindingTableModel -------------------------------------------------------------------------

FindingTableModel::FindingTableModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

void FindingTableModel::setWorkspace(const store::Workspace* workspace)
{
    m_ws = workspace;
    refresh();
}

void FindingTableModel::setFilterText(const QString& text)
{
    m_filter.text = text.trimmed().toStdString();
    refresh();
}

void FindingTableModel::refresh()
{
    m_fetching = true;
    beginResetModel();
    m_rows.clear();
    m_total = 0;
    if (m_ws) {
        store::Catalog catalog(*m_ws);
        if (auto n = catalog.countFindings(m_filter))
            m_total = *n;
        if (auto page = catalog.findings(m_filter, m_sort, m_descending, 0, kPageSize))
            m_rows = std::move(*page);
    }
    endResetModel();
    m_fetching = false;
}

QString FindingTableModel::keyAt(int row) const
{
    if (row < 0 || row >= int(m_rows.size()))
        return {};
    return qs(m_rows[std::size_t(row)].key);
}

int FindingTableModel::rowOfKey(const QString& key) const
{
    const std::string k = key.toStdString();
    for (std::size_t i = 0; i < m_rows.size(); ++i)
        if (m_rows[i].key == k)
            return int(i);
    return -1;
}

int FindingTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int FindingTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant FindingTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const auto& r = m_rows[std::size_t(index.row())];
    if (role == KeyRole)
        return qs(r.key);
    if (role == Qt::ToolTipRole && index.column() == CountryColumn)
        return qs(r.country).toUpper();
    if (role == Qt::TextAlignmentRole && index.column() == SourcesColumn)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case TitleColumn:
        return qs(r.title);
    case DateColumn:
        return qs(r.date);
    case CountryColumn:
        return countryName(r.country);
    case ThemeColumn:
        return taxonomyLabel(r.theme);
    case SensitivityColumn:
        return sensitivityLabel(r.sensitivity);
    case SourcesColumn:
        return qlonglong(r.sources);
    default:
        return {};
    }
}

QVariant FindingTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TitleColumn:
        return tr("Title");
    case DateColumn:
        return tr("Date");
    case CountryColumn:
        return tr("Country");
    case ThemeColumn:
        return tr("Theme");
    case SensitivityColumn:
        return tr("Sensitivity");
    case SourcesColumn:
        return tr("Sources");
    default:
        return {};
    }
}

bool FindingTableModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && m_ws && !m_fetching && std::int64_t(m_rows.size()) < m_total;
}

void FindingTableModel::fetchMore(const QModelIndex& parent)
{
    if (!canFetchMore(parent))
        return;
    auto page = store::Catalog(*m_ws).findings(m_filter, m_sort, m_descending,
                                               std::int64_t(m_rows.size()), kPageSize);
    if (!page || page->empty()) {
        m_total = std::int64_t(m_rows.size()); // the store changed under us: stop fetching
        return;
    }
    m_fetching = true;
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + page->size()) - 1);
    for (auto& r : *page)
        m_rows.push_back(std::move(r));
    endInsertRows();
    m_fetching = false;
}

void FindingTableModel::sort(int column, Qt::SortOrder order)
{
    static const store::FindingSort sorts[] = {
        store::FindingSort::Title, store::FindingSort::Date,        store::FindingSort::Country,
        store::FindingSort::Theme, store::FindingSort::Sensitivity, store::FindingSort::Sources};
    if (column < 0 || column >= ColumnCount)
        return;
    m_sort = sorts[column];
    m_descending = order == Qt::DescendingOrder;
    refresh();
}

// SourceTableModel --------------------------------------------------------------------------

SourceTableModel::SourceTableModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

void SourceTableModel::setWorkspace(const store::Workspace* workspace)
{
    m_ws = workspace;
    refresh();
}

void SourceTableModel::setFilterText(const QString& text)
{
    m_filter = text.trimmed().toStdString();
    refresh();
}

void SourceTableModel::refresh()
{
    m_fetching = true;
    beginResetModel();
    m_rows.clear();
    m_total = 0;
    if (m_ws) {
        store::Catalog catalog(*m_ws);
        if (auto n = catalog.countSources(m_filter))
            m_total = *n;
        if (auto page = catalog.sources(m_filter, 0, kPageSize))
            m_rows = std::move(*page);
    }
    endResetModel();
    m_fetching = false;
}

QString SourceTableModel::keyAt(int row) const
{
    if (row < 0 || row >= int(m_rows.size()))
        return {};
    return qs(m_rows[std::size_t(row)].source.key);
}

int SourceTableModel::rowOfKey(const QString& key) const
{
    const std::string k = key.toStdString();
    for (std::size_t i = 0; i < m_rows.size(); ++i)
        if (m_rows[i].source.key == k)
            return int(i);
    return -1;
}

int SourceTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int SourceTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SourceTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const auto& r = m_rows[std::size_t(index.row())];
    const auto& s = r.source;
    if (role == KeyRole)
        return qs(s.key);
    if (role == Qt::ToolTipRole) {
        if (index.column() == GradingColumn)
            return gradingDescription(s.reliability, s.credibility);
        if (index.column() == TitleColumn && !s.url.empty())
            return qs(s.url);
        return {};
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case TitleColumn:
        return qs(s.title);
    case PublisherColumn:
        return qs(s.publisher);
    case PublishedColumn:
        return qs(s.published);
    case GradingColumn:
        return gradingText(s.reliability, s.credibility);
    case SensitivityColumn:
        return sensitivityLabel(s.sensitivity);
    case CitedColumn:
        return tr("%Ln finding(s)", nullptr, int(r.findings)) + QStringLiteral(", ") +
               tr("%Ln value(s)", nullptr, int(r.statements));
    default:
        return {};
    }
}

QVariant SourceTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TitleColumn:
        return tr("Title");
    case PublisherColumn:
        return tr("Publisher");
    case PublishedColumn:
        return tr("Published");
    case GradingColumn:
        return tr("Grading");
    case SensitivityColumn:
        return tr("Sensitivity");
    case CitedColumn:
        return tr("Cited by");
    default:
        return {};
    }
}

bool SourceTableModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && m_ws && !m_fetching && std::int64_t(m_rows.size()) < m_total;
}

void SourceTableModel::fetchMore(const QModelIndex& parent)
{
    if (!canFetchMore(parent))
        return;
    auto page = store::Catalog(*m_ws).sources(m_filter, std::int64_t(m_rows.size()), kPageSize);
    if (!page || page->empty()) {
        m_total = std::int64_t(m_rows.size());
        return;
    }
    m_fetching = true;
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + page->size()) - 1);
    for (auto& r : *page)
        m_rows.push_back(std::move(r));
    endInsertRows();
    m_fetching = false;
}

} // namespace commonplace::ui
