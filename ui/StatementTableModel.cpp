// SPDX-License-Identifier: GPL-3.0-or-later
#include "StatementTableModel.h"

#include "Labels.h"
#include "model/Model.h"

#include <QBrush>
#include <QFont>
#include <QGuiApplication>
#include <QPalette>

#include <algorithm>

namespace commonplace::ui {

StatementTableModel::StatementTableModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

void StatementTableModel::clear()
{
    beginResetModel();
    m_rows.clear();
    endResetModel();
}

void StatementTableModel::setEntity(const store::EntityDetail& detail,
                                    const QHash<QString, QString>& captions)
{
    const std::string& schema = detail.entity.schema;
    // Featured properties (name, dates, amounts, ...) first, in the model's order; the rest by
    // label. Values keep their stored order within a property.
    std::vector<std::string> featured;
    if (const model::Schema* s = model::Model::builtin().schema(schema)) {
        featured = s->caption();
        for (const auto& f : s->featured()) {
            if (std::find(featured.begin(), featured.end(), f) == featured.end())
                featured.push_back(f);
        }
    }
    auto rank = [&](const std::string& prop) {
        auto it = std::find(featured.begin(), featured.end(), prop);
        return it == featured.end() ? featured.size() : std::size_t(it - featured.begin());
    };

    std::vector<Row> rows;
    rows.reserve(detail.statements.size());
    for (const store::StatementRow& st : detail.statements) {
        Row row;
        row.statement = st;
        row.propertyLabel = propertyLabel(schema, st.prop);
        const QString raw = QString::fromStdString(st.value);
        if (isEntityProperty(schema, st.prop)) {
            row.referenceId = raw;
            row.value = captions.value(raw, raw);
        } else {
            row.value = displayValue(schema, st.prop, st.value);
        }
        rows.push_back(std::move(row));
    }
    std::stable_sort(rows.begin(), rows.end(), [&](const Row& a, const Row& b) {
        const std::size_t ra = rank(a.statement.prop), rb = rank(b.statement.prop);
        if (ra != rb)
            return ra < rb;
        const int byLabel = QString::localeAwareCompare(a.propertyLabel, b.propertyLabel);
        if (byLabel != 0)
            return byLabel < 0;
        return a.statement.prop < b.statement.prop;
    });
    for (std::size_t i = 0; i < rows.size(); ++i)
        rows[i].groupStart = i == 0 || rows[i].statement.prop != rows[i - 1].statement.prop;

    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

int StatementTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int StatementTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant StatementTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row& row = m_rows[std::size_t(index.row())];
    const store::StatementRow& st = row.statement;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case PropertyColumn:
            return row.groupStart ? row.propertyLabel : QString();
        case ValueColumn:
            return row.value;
        case DatasetColumn:
            return QString::fromStdString(st.dataset);
        case SourceColumn:
            return QString::fromStdString(st.sourceTitle);
        case GradingColumn:
            return gradingText(st.reliability, st.credibility);
        case SensitivityColumn:
            return sensitivityLabel(st.sensitivity);
        }
        return {};
    case Qt::ToolTipRole:
        switch (index.column()) {
        case PropertyColumn:
            return row.propertyLabel;
        case ValueColumn: {
            QString tip = row.value;
            if (!row.referenceId.isEmpty())
                tip = tr("%1\nClick to open it (id %2).").arg(row.value, row.referenceId);
            if (!st.lang.empty())
                tip += QLatin1Char('\n') + tr("Language: %1").arg(QString::fromStdString(st.lang));
            if (!st.firstSeen.empty())
                tip += QLatin1Char('\n') +
                       tr("First seen %1, last seen %2")
                           .arg(formatDate(QString::fromStdString(st.firstSeen)),
                                formatDate(QString::fromStdString(
                                    st.lastSeen.empty() ? st.firstSeen : st.lastSeen)));
            return tip;
        }
        case SourceColumn:
            if (st.sourceKey.empty())
                return tr("This value cites no source.");
            return tr("%1\nSource id: %2")
                .arg(QString::fromStdString(st.sourceTitle), QString::fromStdString(st.sourceKey));
        case GradingColumn:
            return gradingDescription(st.reliability, st.credibility);
        case SensitivityColumn:
            return tr("Exports with a lower maximum sensitivity leave this value out.");
        }
        return {};
    case Qt::ForegroundRole:
        if (index.column() == ValueColumn && !row.referenceId.isEmpty())
            return QGuiApplication::palette().brush(QPalette::Link);
        if (index.column() == SensitivityColumn) {
            if (st.sensitivity == store::Sensitivity::Restricted)
                return QBrush(QColor(0xb0, 0x2a, 0x2a));
            if (st.sensitivity == store::Sensitivity::Internal)
                return QBrush(QColor(0xa0, 0x5a, 0x00));
        }
        if (index.column() == PropertyColumn || index.column() == DatasetColumn)
            return QGuiApplication::palette().brush(QPalette::PlaceholderText);
        return {};
    case Qt::FontRole:
        if (index.column() == ValueColumn && !row.referenceId.isEmpty()) {
            QFont font;
            font.setUnderline(true);
            return font;
        }
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == GradingColumn)
            return int(Qt::AlignCenter);
        return int(Qt::AlignLeft | Qt::AlignVCenter);
    case ReferencedEntityRole:
        return row.referenceId;
    case PropertyNameRole:
        return QString::fromStdString(st.prop);
    case GroupStartRole:
        return row.groupStart;
    }
    return {};
}

QVariant StatementTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::DisplayRole) {
        switch (section) {
        case PropertyColumn:
            return tr("Property");
        case ValueColumn:
            return tr("Value");
        case DatasetColumn:
            return tr("Dataset");
        case SourceColumn:
            return tr("Source");
        case GradingColumn:
            return tr("Grading");
        case SensitivityColumn:
            return tr("Sensitivity");
        }
    }
    if (role == Qt::ToolTipRole && section == GradingColumn)
        return tr("Admiralty grading of the source: reliability A–F and credibility 1–6.");
    return {};
}

} // namespace commonplace::ui
