// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "io/Mapping.h"
#include "io/MappingPreview.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QListWidget;
class QPlainTextEdit;
class QPushButton;

namespace commonplace::ui {

/**
 * Edits the row filters of one pass of a CSV mapping ("filters" and "filters_not" in
 * docs/formats.md): per filter a column, whether the pass reads only the rows whose cell is
 * one of the values or skips them, and the values (one per line; an empty cell is a box of
 * its own, since an empty line cannot be seen). Shows how many of the sample's rows pass.
 */
class CsvFilterDialog : public QDialog
{
    Q_OBJECT

public:
    CsvFilterDialog(const io::QueryMapping& query, const io::CsvSample& sample,
                    const QString& passName, QWidget* parent = nullptr);

    /** The filters as edited: `filters` then `filtersNot` of the pass. */
    const std::vector<io::ColumnFilter>& filters() const { return m_filters; }
    const std::vector<io::ColumnFilter>& filtersNot() const { return m_filtersNot; }

    /** Rows of the sample the filters let through. */
    int passingRows() const;

private:
    struct Entry
    {
        io::ColumnFilter filter;
        bool negate = false;
    };

    void fillList();
    void showCurrent();
    void changeCurrent();
    void addFilter();
    void removeFilter();
    void updateCount();
    void store();
    QString describe(const Entry& entry) const;

    io::CsvSample m_sample;
    std::vector<Entry> m_entries;
    std::vector<io::ColumnFilter> m_filters;
    std::vector<io::ColumnFilter> m_filtersNot;
    bool m_updating = false;

    QListWidget* m_list = nullptr;
    QComboBox* m_column = nullptr;
    QComboBox* m_rule = nullptr;
    QPlainTextEdit* m_values = nullptr;
    QCheckBox* m_empty = nullptr;
    QPushButton* m_add = nullptr;
    QPushButton* m_remove = nullptr;
    QLabel* m_count = nullptr;
    QLabel* m_sampleValues = nullptr;
    QWidget* m_editor = nullptr;
};

} // namespace commonplace::ui
