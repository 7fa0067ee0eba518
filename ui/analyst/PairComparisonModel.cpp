// SPDX-License-Identifier: GPL-3.0-or-later
#include "analyst/PairComparisonModel.h"

#include "Labels.h"

#include <QBrush>
#include <QColor>
#include <QFont>

#include <map>

namespace commonplace::ui {

namespace {

QString qs(const std::string& s)
{
    return QString::fromStdString(s);
}

/** Values compare without case and surrounding spaces: "ACME Ltd" agrees with "acme ltd ". */
QString key(const std::string& value)
{
    return qs(value).trimmed().toCaseFolded();
}

struct Values
{
    // Each distinct value (by key) with the statements that hold it, in first-seen order.
    std::vector<std::pair<QString, std::vector<const store::StatementRow*>>> list;
    void add(const QString& k, const store::StatementRow& s)
    {
        for (auto& [existing, rows] : list)
            if (existing == k) {
                rows.push_back(&s);
                return;
            }
        list.push_back({k, {&s}});
    }
};

QString provenance(const store::StatementRow& s)
{
    QString text = qs(s.dataset);
    if (!s.sourceKey.empty()) {
        text +=
            QStringLiteral(" · ") + (s.sourceTitle.empty() ? qs(s.sourceKey) : qs(s.sourceTitle));
        const QString grade = gradingText(s.reliability, s.credibility);
        if (!grade.isEmpty())
            text += QStringLiteral(" (") + grade + QLatin1Char(')');
    }
    return text;
}

} // namespace

PairComparisonModel::PairComparisonModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

void PairComparisonModel::clear()
{
    beginResetModel();
    m_rows.clear();
    endResetModel();
}

void PairComparisonModel::setPair(const store::EntityDetail& left, const store::EntityDetail& right,
                                  const References& references)
{
    beginResetModel();
    m_rows.clear();
    m_leftSchema = qs(left.entity.schema);
    m_rightSchema = qs(right.entity.schema);
    // A reference's key is the entity it names: its merged group when it has one, so that
    // two members of one group agree.
    auto keyOf = [&](const std::string& schema, const store::StatementRow& s) {
        if (!isEntityProperty(schema, s.prop))
            return key(s.value);
        const QString id = qs(s.value);
        const auto it = references.constFind(id);
        return QStringLiteral("\x1f") +
               (it != references.constEnd() && !it->canonical.isEmpty() ? it->canonical : id);
    };
    std::map<std::string, Values> l, r;
    for (const auto& s : left.statements)
        l[s.prop].add(keyOf(left.entity.schema, s), s);
    for (const auto& s : right.statements)
        r[s.prop].add(keyOf(right.entity.schema, s), s);
    std::vector<std::string> props;
    for (const auto& [p, v] : l)
        props.push_back(p);
    for (const auto& [p, v] : r)
        if (!l.count(p))
            props.push_back(p);
    // Names first, then the rest by label.
    std::stable_sort(props.begin(), props.end(), [&](const std::string& a, const std::string& b) {
        if ((a == "name") != (b == "name"))
            return a == "name";
        return propertyLabel(left.entity.schema, a) < propertyLabel(left.entity.schema, b);
    });
    auto side = [&](const std::string& schema, const std::string& prop,
                    const std::vector<const store::StatementRow*>& rows) {
        Side s;
        QStringList tips;
        if (isEntityProperty(schema, prop)) {
            // The entity's name, its id in the tooltip; the name isolated so that a name in a
            // right-to-left script does not reorder the text around it.
            const QString id = qs(rows.front()->value);
            const auto it = references.constFind(id);
            s.value = it != references.constEnd() && !it->caption.isEmpty() ? it->caption : id;
            tips << tr("%1 (id %2)").arg(QChar(0x2068) + s.value + QChar(0x2069), id);
        } else {
            s.value = displayValue(schema, prop, rows.front()->value);
        }
        QStringList sources;
        for (const auto* row : rows) {
            const QString p = provenance(*row);
            if (!sources.contains(p))
                sources << p;
            tips << QStringLiteral("%1 — %2%3")
                        .arg(p, qs(row->entity),
                             row->firstSeen.empty() ? QString()
                                                    : QStringLiteral(" — ") + qs(row->firstSeen));
        }
        s.source = sources.join(QStringLiteral("; "));
        s.tooltip = tips.join(QLatin1Char('\n'));
        return s;
    };
    for (const auto& prop : props) {
        const Values* lv = l.count(prop) ? &l[prop] : nullptr;
        const Values* rv = r.count(prop) ? &r[prop] : nullptr;
        std::vector<const std::pair<QString, std::vector<const store::StatementRow*>>*> lOnly,
            rOnly;
        const QString label = propertyLabel(
            left.entity.schema.empty() ? right.entity.schema : left.entity.schema, prop);
        if (lv)
            for (const auto& entry : lv->list) {
                const auto* match = rv ? [&]() -> const std::vector<const store::StatementRow*>* {
                    for (const auto& other : rv->list)
                        if (other.first == entry.first)
                            return &other.second;
                    return nullptr;
                }()
                    : nullptr;
                if (match)
                    m_rows.push_back({label, side(left.entity.schema, prop, entry.second),
                                      side(right.entity.schema, prop, *match), Status::Agree});
                else
                    lOnly.push_back(&entry);
            }
        if (rv)
            for (const auto& entry : rv->list) {
                bool shared = false;
                if (lv)
                    for (const auto& other : lv->list)
                        shared = shared || other.first == entry.first;
                if (!shared)
                    rOnly.push_back(&entry);
            }
        // Values of a property both sides have but that differ are conflicts, paired in order.
        const std::size_t pairs = std::min(lOnly.size(), rOnly.size());
        for (std::size_t k = 0; k < std::max(lOnly.size(), rOnly.size()); ++k) {
            Row row;
            row.property = label;
            if (k < lOnly.size())
                row.left = side(left.entity.schema, prop, lOnly[k]->second);
            if (k < rOnly.size())
                row.right = side(right.entity.schema, prop, rOnly[k]->second);
            row.status = k < pairs          ? Status::Conflict
                         : k < lOnly.size() ? Status::LeftOnly
                                            : Status::RightOnly;
            m_rows.push_back(std::move(row));
        }
    }
    endResetModel();
}

int PairComparisonModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int PairComparisonModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PairComparisonModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= int(m_rows.size()) || index.column() >= ColumnCount)
        return {};
    const Row& row = m_rows[std::size_t(index.row())];
    const int column = index.column();
    if (role == StatusRole)
        return int(row.status);
    if (role == Qt::DisplayRole) {
        switch (column) {
        case PropertyColumn:
            return row.property;
        case LeftValueColumn:
            return row.left.value;
        case LeftSourceColumn:
            return row.left.source;
        case RightValueColumn:
            return row.right.value;
        case RightSourceColumn:
            return row.right.source;
        }
        return {};
    }
    if (role == Qt::ToolTipRole) {
        if (column == LeftValueColumn || column == LeftSourceColumn)
            return row.left.tooltip.isEmpty() ? QVariant() : row.left.tooltip;
        if (column == RightValueColumn || column == RightSourceColumn)
            return row.right.tooltip.isEmpty() ? QVariant() : row.right.tooltip;
        switch (row.status) {
        case Status::Agree:
            return tr("Both hold this value");
        case Status::Conflict:
            return tr("The two disagree on this property");
        case Status::LeftOnly:
            return tr("Only the left one has this value");
        case Status::RightOnly:
            return tr("Only the right one has this value");
        }
        return {};
    }
    if (role == Qt::BackgroundRole) {
        if (column == PropertyColumn)
            return {};
        if (row.status == Status::Agree)
            return QBrush(QColor(0xdf, 0xf2, 0xdc));
        if (row.status == Status::Conflict)
            return QBrush(QColor(0xfb, 0xe0, 0xc8));
        return {};
    }
    if (role == Qt::ForegroundRole) {
        if (column == LeftSourceColumn || column == RightSourceColumn)
            return QBrush(QColor(0x55, 0x55, 0x55));
        return {};
    }
    if (role == Qt::FontRole && column == PropertyColumn) {
        QFont f;
        f.setBold(row.status == Status::Conflict);
        return f;
    }
    return {};
}

QVariant PairComparisonModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case PropertyColumn:
        return tr("Property");
    case LeftValueColumn:
        return tr("Left");
    case LeftSourceColumn:
        return tr("Left source");
    case RightValueColumn:
        return tr("Right");
    case RightSourceColumn:
        return tr("Right source");
    }
    return {};
}

int PairComparisonModel::agreeing() const
{
    return int(std::count_if(m_rows.begin(), m_rows.end(),
                             [](const Row& r) { return r.status == Status::Agree; }));
}

int PairComparisonModel::conflicting() const
{
    return int(std::count_if(m_rows.begin(), m_rows.end(),
                             [](const Row& r) { return r.status == Status::Conflict; }));
}

} // namespace commonplace::ui
