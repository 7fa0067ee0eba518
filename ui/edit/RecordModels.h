// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/Catalog.h"

#include <QAbstractTableModel>
#include <QString>

#include <cstdint>
#include <vector>

namespace commonplace::store {
class Workspace;
}

namespace commonplace::ui {

/**
 * The findings of a workspace (Title, Date, Country, Theme, Sensitivity, Sources), loaded a page
 * at a time; sorting and filtering are done by the store.
 */
class FindingTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        TitleColumn,
        DateColumn,
        CountryColumn,
        ThemeColumn,
        SensitivityColumn,
        SourcesColumn,
        ColumnCount
    };
    static constexpr int KeyRole = Qt::UserRole + 1;
    static constexpr int kPageSize = 200;

    explicit FindingTableModel(QObject* parent = nullptr);
    void setWorkspace(const store::Workspace* workspace);
    void setFilterText(const QString& text);
    void refresh();
    std::int64_t totalCount() const { return m_total; }
    QString keyAt(int row) const;
    int rowOfKey(const QString& key) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

private:
    const store::Workspace* m_ws = nullptr;
    store::FindingFilter m_filter;
    store::FindingSort m_sort = store::FindingSort::Date;
    bool m_descending = true;
    std::vector<store::FindingRow> m_rows;
    std::int64_t m_total = 0;
    bool m_fetching = false; // a view or tester may ask for more while rows are inserted
};

/** The sources of a workspace (Title, Publisher, Published, Grading, Sensitivity, Cited by). */
class SourceTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        TitleColumn,
        PublisherColumn,
        PublishedColumn,
        GradingColumn,
        SensitivityColumn,
        CitedColumn,
        ColumnCount
    };
    static constexpr int KeyRole = Qt::UserRole + 1;
    static constexpr int kPageSize = 200;

    explicit SourceTableModel(QObject* parent = nullptr);
    void setWorkspace(const store::Workspace* workspace);
    void setFilterText(const QString& text);
    void refresh();
    std::int64_t totalCount() const { return m_total; }
    QString keyAt(int row) const;
    int rowOfKey(const QString& key) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;

private:
    const store::Workspace* m_ws = nullptr;
    std::string m_filter;
    std::vector<store::SourceRow> m_rows;
    std::int64_t m_total = 0;
    bool m_fetching = false;
};

/** "B - usually reliable" from the code and its description ("Source reliability B: ..."). */
QString gradeChoiceLabel(const QString& code, const QString& description);
/** "Kenya" for "ke"; the code upper-cased when unknown, empty for empty. */
QString countryName(const std::string& code);
/** Every country as "Name" with its code in Qt::UserRole, sorted by name. */
QStringList countryNames();

} // namespace commonplace::ui
