// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/CsvFilterDialog.h"

#include "io/MappingRows.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

namespace commonplace::ui {

namespace {

QString qs(const std::string& s)
{
    return QString::fromStdString(s);
}

} // namespace

CsvFilterDialog::CsvFilterDialog(const io::QueryMapping& query, const io::CsvSample& sample,
                                 const QString& passName, QWidget* parent)
    : QDialog(parent)
    , m_sample(sample)
{
    setWindowTitle(tr("Rows Read by %1").arg(passName));
    setObjectName(QStringLiteral("csvFilterDialog"));
    for (const auto& f : query.filters)
        m_entries.push_back({f, false});
    for (const auto& f : query.filtersNot)
        m_entries.push_back({f, true});

    auto* intro = new QLabel(
        tr("Without filters a pass reads every row. A filter reads only the rows whose cell in "
           "a column is exactly one of some values (or skips those rows); every filter must "
           "hold. Cells are compared as they are in the file, spaces and case included."));
    intro->setWordWrap(true);

    m_list = new QListWidget;
    m_list->setObjectName(QStringLiteral("filterList"));
    m_list->setAccessibleName(tr("Filters of this pass"));
    auto* listLabel = new QLabel(tr("&Filters:"));
    listLabel->setBuddy(m_list);
    m_add = new QPushButton(tr("&Add Filter"));
    m_add->setObjectName(QStringLiteral("addFilterButton"));
    m_remove = new QPushButton(tr("&Remove Filter"));
    m_remove->setObjectName(QStringLiteral("removeFilterButton"));

    m_column = new QComboBox;
    m_column->setObjectName(QStringLiteral("filterColumnComboBox"));
    m_column->setAccessibleName(tr("Column of the filter"));
    m_rule = new QComboBox;
    m_rule->setObjectName(QStringLiteral("filterRuleComboBox"));
    m_rule->setAccessibleName(tr("What the filter does"));
    m_rule->addItem(tr("reads only rows where the cell is one of"), 0);
    m_rule->addItem(tr("skips rows where the cell is one of"), 1);
    m_values = new QPlainTextEdit;
    m_values->setObjectName(QStringLiteral("filterValuesEdit"));
    m_values->setAccessibleName(tr("Values, one per line"));
    m_values->setTabChangesFocus(true);
    m_values->setToolTip(tr("One value per line, exactly as in the file."));
    m_empty = new QCheckBox(tr("or the cell is &empty"));
    m_empty->setObjectName(QStringLiteral("filterEmptyCheckBox"));
    m_sampleValues = new QLabel;
    m_sampleValues->setObjectName(QStringLiteral("filterSampleLabel"));
    m_sampleValues->setWordWrap(true);
    m_sampleValues->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* form = new QFormLayout;
    form->addRow(tr("&Column:"), m_column);
    form->addRow(tr("R&ule:"), m_rule);
    form->addRow(tr("&Values (one per line):"), m_values);
    form->addRow(QString(), m_empty);
    form->addRow(m_sampleValues);
    m_editor = new QWidget;
    m_editor->setLayout(form);

    auto* buttonsRow = new QHBoxLayout;
    buttonsRow->addWidget(m_add);
    buttonsRow->addWidget(m_remove);
    buttonsRow->addStretch(1);
    auto* left = new QVBoxLayout;
    left->addWidget(listLabel);
    left->addWidget(m_list, 1);
    left->addLayout(buttonsRow);
    auto* body = new QHBoxLayout;
    body->addLayout(left, 2);
    body->addWidget(m_editor, 3);

    m_count = new QLabel;
    m_count->setObjectName(QStringLiteral("filterCountLabel"));
    m_count->setWordWrap(true);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(body, 1);
    layout->addWidget(m_count);
    layout->addWidget(buttons);

    for (const auto& h : m_sample.header)
        m_column->addItem(qs(h), qs(h));

    connect(m_list, &QListWidget::currentRowChanged, this, [this] {
        if (!m_updating)
            showCurrent();
    });
    connect(m_add, &QPushButton::clicked, this, &CsvFilterDialog::addFilter);
    connect(m_remove, &QPushButton::clicked, this, &CsvFilterDialog::removeFilter);
    connect(m_column, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_updating)
            changeCurrent();
    });
    connect(m_rule, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_updating)
            changeCurrent();
    });
    connect(m_values, &QPlainTextEdit::textChanged, this, [this] {
        if (!m_updating)
            changeCurrent();
    });
    connect(m_empty, &QCheckBox::toggled, this, [this] {
        if (!m_updating)
            changeCurrent();
    });

    fillList();
    if (!m_entries.empty())
        m_list->setCurrentRow(0);
    showCurrent();
    store();
    resize(720, 420);
}

QString CsvFilterDialog::describe(const Entry& entry) const
{
    QStringList values;
    for (const auto& v : entry.filter.values)
        values << (v.empty() ? tr("(empty)") : QStringLiteral("“%1”").arg(qs(v)));
    const QString list = values.isEmpty() ? tr("(no value)") : values.join(QStringLiteral(", "));
    return entry.negate ? tr("Skip rows where %1 is %2").arg(qs(entry.filter.column), list)
                        : tr("Only rows where %1 is %2").arg(qs(entry.filter.column), list);
}

void CsvFilterDialog::fillList()
{
    m_updating = true;
    const int current = m_list->currentRow();
    m_list->clear();
    for (const auto& e : m_entries)
        m_list->addItem(describe(e));
    const int count = m_list->count();
    m_list->setCurrentRow(count == 0 ? -1 : std::clamp(current, 0, count - 1));
    m_updating = false;
}

void CsvFilterDialog::showCurrent()
{
    const int row = m_list->currentRow();
    const bool any = row >= 0 && std::size_t(row) < m_entries.size();
    m_editor->setEnabled(any);
    m_remove->setEnabled(any);
    m_updating = true;
    if (any) {
        const Entry& e = m_entries[std::size_t(row)];
        int c = m_column->findData(qs(e.filter.column));
        if (c < 0) {
            // A column the file lacks stays visible, so the mistake can be seen and changed.
            m_column->addItem(tr("%1 (not in the file)").arg(qs(e.filter.column)),
                              qs(e.filter.column));
            c = m_column->count() - 1;
        }
        m_column->setCurrentIndex(c);
        m_rule->setCurrentIndex(e.negate ? 1 : 0);
        QStringList lines;
        bool empty = false;
        for (const auto& v : e.filter.values) {
            if (v.empty())
                empty = true;
            else
                lines << qs(v);
        }
        m_values->setPlainText(lines.join(QLatin1Char('\n')));
        m_empty->setChecked(empty);
        // What the column holds, to pick values from.
        QStringList seen;
        const std::size_t index =
            std::size_t(std::find(m_sample.header.begin(), m_sample.header.end(), e.filter.column) -
                        m_sample.header.begin());
        for (const auto& r : m_sample.rows)
            if (index < m_sample.header.size() && index < r.cells.size() &&
                !seen.contains(qs(r.cells[index])) && seen.size() < 8)
                seen << qs(r.cells[index]);
        QStringList shown;
        for (const auto& v : seen)
            shown << (v.isEmpty() ? tr("(empty)") : QStringLiteral("“%1”").arg(v));
        m_sampleValues->setText(
            seen.isEmpty() ? QString()
                           : tr("In the first rows: %1").arg(shown.join(QStringLiteral(", "))));
    } else {
        m_values->clear();
        m_empty->setChecked(false);
        m_sampleValues->clear();
    }
    m_updating = false;
    updateCount();
}

void CsvFilterDialog::changeCurrent()
{
    const int row = m_list->currentRow();
    if (row < 0 || std::size_t(row) >= m_entries.size())
        return;
    Entry& e = m_entries[std::size_t(row)];
    const QString column = m_column->currentData().toString();
    const bool columnChanged = column.toStdString() != e.filter.column;
    e.filter.column = column.toStdString();
    e.negate = m_rule->currentData().toInt() != 0;
    e.filter.values.clear();
    if (m_empty->isChecked())
        e.filter.values.emplace_back();
    for (const QString& line : m_values->toPlainText().split(QLatin1Char('\n')))
        if (!line.isEmpty())
            e.filter.values.push_back(line.toStdString());
    m_list->item(row)->setText(describe(e));
    if (columnChanged)
        showCurrent(); // the column's sample values
    else
        updateCount();
    store();
}

void CsvFilterDialog::addFilter()
{
    Entry e;
    e.filter.column = m_sample.header.empty() ? std::string() : m_sample.header.front();
    m_entries.push_back(std::move(e));
    fillList();
    m_list->setCurrentRow(m_list->count() - 1);
    showCurrent();
    store();
    m_column->setFocus();
}

void CsvFilterDialog::removeFilter()
{
    const int row = m_list->currentRow();
    if (row < 0 || std::size_t(row) >= m_entries.size())
        return;
    m_entries.erase(m_entries.begin() + row);
    fillList();
    showCurrent();
    store();
}

void CsvFilterDialog::store()
{
    m_filters.clear();
    m_filtersNot.clear();
    for (const auto& e : m_entries)
        (e.negate ? m_filtersNot : m_filters).push_back(e.filter);
}

int CsvFilterDialog::passingRows() const
{
    // The importer's own filter logic, on a pass that has only these filters.
    io::Mapping only;
    only.queries.emplace_back();
    only.queries.front().filters = m_filters;
    only.queries.front().filtersNot = m_filtersNot;
    const io::RowMapper mapper(only, 0, m_sample.header, m_sample.headerLine, ',');
    if (!mapper.headerProblems().empty())
        return -1;
    int passing = 0;
    std::vector<std::string_view> cells;
    for (const auto& row : m_sample.rows) {
        cells.assign(row.cells.begin(), row.cells.end());
        passing += mapper.passes(cells) ? 1 : 0;
    }
    return passing;
}

void CsvFilterDialog::updateCount()
{
    store();
    const int passing = passingRows();
    if (passing < 0)
        m_count->setText(tr("A filter names a column the file does not have."));
    else
        m_count->setText(
            tr("%1 of the first %n rows pass these filters.", nullptr, int(m_sample.rows.size()))
                .arg(passing));
}

} // namespace commonplace::ui
