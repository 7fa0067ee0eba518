// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analyst/GraphData.h"
#include "graph/Projection.h"

#include <QFutureWatcher>
#include <QWidget>

#include <memory>

class QBarSet;
class QChart;
class QChartView;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTreeWidget;

namespace commonplace::store {
class Workspace;
}

namespace commonplace::ui {

/**
 * Payments over time for one actor: received per funder or given per beneficiary, stacked
 * per year or month, one currency at a time. Clicking a bar segment lists its payments.
 */
class MoneyTimeline : public QWidget
{
    Q_OBJECT

public:
    explicit MoneyTimeline(QWidget* parent = nullptr);
    ~MoneyTimeline() override;

    /** Not owned; nullptr clears. */
    void setWorkspace(store::Workspace* workspace);
    /** Shows this actor's payments (any id of a merged group). */
    void setActor(const QString& id);
    QString actor() const { return m_actor; }
    /** Reads the payments again (after an import or an edit), keeping the actor. */
    void refresh();
    /**
     * Shows only the payments this filter keeps (the graph explorer's: dates, datasets,
     * sensitivity, grading, minimum amount), and says so above the chart with `description`.
     */
    void setFilter(const GraphQuery& query, const QString& description);
    /** Back to every payment. */
    void clearFilter();
    bool hasFilter() const { return m_filtered; }
    /** The line that says which filter the chart is under ("" when none). */
    QString filterNote() const;
    bool isLoading() const { return m_loading; }

    void setReceived(bool received);
    void setMonthly(bool monthly);
    void setCurrency(const QString& code);
    QStringList currencies() const;
    /** Periods on the axis and series (counterparts) in the chart, for tests. */
    QStringList periods() const { return m_periods; }
    QStringList seriesNames() const;
    /** Lists the payments of a series in a period, as a click on that bar segment does. */
    void showPayments(int series, int period);
    QTreeWidget* paymentTree() const { return m_payments; }
    QChartView* chartView() const { return m_view; }
    /** The amount axis's labels, bottom up, as shown (grouped in the UI language), for tests. */
    QStringList amountAxisLabels() const;
    /** Every bar segment's tooltip, series by series, for tests. */
    QStringList barToolTips() const;

signals:
    void entityRequested(const QString& id);
    void loaded();
    /** The person chose to see every payment instead of the explorer's filter. */
    void filterCleared();

private:
    QString barToolTip(const QBarSet* set, int period) const;
    struct Payment
    {
        QString id, date, period;
        QString counterpart, counterpartCaption;
        double amount = 0;
        bool hasAmount = false;
    };
    void reload();
    void rebuild();
    QString period(const std::string& date) const;

    store::Workspace* m_ws = nullptr;
    std::shared_ptr<const graph::Projection> m_projection;
    QFutureWatcher<void> m_watcher;
    std::shared_ptr<Result<graph::Projection>> m_result;
    QString m_actor;
    QString m_pendingActor;
    bool m_loading = false;
    bool m_reloadAgain = false;
    bool m_filtered = false;
    bool m_paymentsFilteredOut = false;
    GraphQuery m_query;
    QString m_queryKey;

    QLineEdit* m_search = nullptr;
    QLabel* m_title = nullptr;
    QComboBox* m_direction = nullptr;
    QComboBox* m_granularity = nullptr;
    QComboBox* m_currency = nullptr;
    QChartView* m_view = nullptr;
    QTreeWidget* m_payments = nullptr;
    QLabel* m_note = nullptr;
    QWidget* m_filterBar = nullptr;
    QLabel* m_filterLabel = nullptr;

    QStringList m_periods;
    QStringList m_series;        ///< counterpart ids per series ("" = others)
    QList<QStringList> m_others; ///< for the "others" series: the ids in it
    std::vector<Payment> m_shown;
};

} // namespace commonplace::ui
