// SPDX-License-Identifier: GPL-3.0-or-later
#include "analyst/MoneyTimeline.h"

#include "Labels.h"
#include "analyst/GraphScene.h"
#include "store/Workspace.h"

#include <QAbstractBarSeries>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QCursor>
#include <QFrame>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLegend>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QPushButton>
#include <QSplitter>
#include <QStackedBarSeries>
#include <QToolTip>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <QtConcurrent>

#include <algorithm>
#include <cmath>
#include <map>
#include <set>

namespace commonplace::ui {

namespace {

/** A round step (1, 2 or 5 times a power of ten) that cuts 0..top into about five parts. */
double niceStep(double top)
{
    const double rough = top / 5;
    const double power = std::pow(10.0, std::floor(std::log10(rough)));
    for (double m : {1.0, 2.0, 5.0})
        if (m * power >= rough)
            return std::max(1.0, m * power);
    return std::max(1.0, 10 * power);
}

} // namespace

namespace {

constexpr int kMaxSeries = 7; // counterparts with their own colour; the rest are "others"

QString qs(const std::string& s)
{
    return QString::fromStdString(s);
}

} // namespace

MoneyTimeline::MoneyTimeline(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("moneyTimeline"));
    connect(&m_watcher, &QFutureWatcher<void>::finished, this, [this] {
        m_loading = false;
        if (m_reloadAgain) {
            // The filter changed while reading: read again under the new one.
            m_reloadAgain = false;
            reload();
            return;
        }
        if (!m_ws) { // closed while reading
            m_projection.reset();
            rebuild();
            return;
        }
        auto result = m_result;
        if (result && *result)
            m_projection = std::make_shared<const graph::Projection>(std::move(**result));
        else
            m_projection.reset();
        if (!m_pendingActor.isEmpty()) {
            const QString id = m_pendingActor;
            m_pendingActor.clear();
            setActor(id);
        } else {
            rebuild();
        }
        emit loaded();
    });

    auto* layout = new QVBoxLayout(this);
    auto* bar = new QHBoxLayout;
    m_search = new QLineEdit;
    m_search->setObjectName(QStringLiteral("timelineSearchLineEdit"));
    m_search->setAccessibleName(tr("Find an actor"));
    m_search->setPlaceholderText(tr("Find an actor…"));
    m_search->setClearButtonEnabled(true);
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        if (!m_ws || m_search->text().trimmed().isEmpty())
            return;
        auto hits = m_ws->search(m_search->text().trimmed().toStdString(), 15);
        if (!hits || hits->empty())
            return;
        QMenu menu(this);
        for (const auto& hit : *hits) {
            const QString id = qs(hit.id);
            menu.addAction(tr("%1 (%2)").arg(qs(hit.caption), schemaLabel(hit.schema)), this,
                           [this, id] { setActor(id); });
        }
        if (hits->size() == 1)
            menu.actions().first()->trigger();
        else
            menu.exec(m_search->mapToGlobal(QPoint(0, m_search->height())));
    });
    bar->addWidget(m_search, 1);
    m_direction = new QComboBox;
    m_direction->setObjectName(QStringLiteral("directionComboBox"));
    m_direction->setAccessibleName(tr("Received or given"));
    m_direction->addItem(tr("Received, per funder"), true);
    m_direction->addItem(tr("Given, per beneficiary"), false);
    bar->addWidget(m_direction);
    m_granularity = new QComboBox;
    m_granularity->setObjectName(QStringLiteral("granularityComboBox"));
    m_granularity->setAccessibleName(tr("Per year or month"));
    m_granularity->addItem(tr("By year"), false);
    m_granularity->addItem(tr("By month"), true);
    bar->addWidget(m_granularity);
    m_currency = new QComboBox;
    m_currency->setObjectName(QStringLiteral("currencyComboBox"));
    m_currency->setAccessibleName(tr("Currency"));
    m_currency->setToolTip(tr("Amounts in different currencies are never added together"));
    bar->addWidget(m_currency);
    for (QComboBox* c : {m_direction, m_granularity})
        connect(c, &QComboBox::currentIndexChanged, this, &MoneyTimeline::rebuild);
    connect(m_currency, &QComboBox::activated, this, &MoneyTimeline::rebuild);
    layout->addLayout(bar);

    // Says when the chart is under the graph explorer's filter, with a way out.
    m_filterBar = new QFrame;
    m_filterBar->setObjectName(QStringLiteral("timelineFilterBar"));
    static_cast<QFrame*>(m_filterBar)->setFrameShape(QFrame::StyledPanel);
    m_filterBar->setAutoFillBackground(true);
    {
        QPalette pal = m_filterBar->palette();
        pal.setColor(QPalette::Window, QColor(0xfd, 0xf3, 0xd8));
        pal.setColor(QPalette::WindowText, QColor(0x33, 0x2b, 0x10));
        m_filterBar->setPalette(pal);
    }
    auto* fl = new QHBoxLayout(m_filterBar);
    fl->setContentsMargins(8, 4, 4, 4);
    m_filterLabel = new QLabel;
    m_filterLabel->setObjectName(QStringLiteral("timelineFilterLabel"));
    m_filterLabel->setWordWrap(true);
    m_filterLabel->setTextFormat(Qt::PlainText);
    fl->addWidget(m_filterLabel, 1);
    auto* all = new QPushButton(tr("Show All Payments"));
    all->setObjectName(QStringLiteral("timelineClearFilterButton"));
    all->setToolTip(tr("Stop following the graph explorer's filter"));
    connect(all, &QPushButton::clicked, this, [this] {
        clearFilter();
        emit filterCleared();
    });
    fl->addWidget(all);
    m_filterBar->hide();
    layout->addWidget(m_filterBar);

    m_title = new QLabel;
    m_title->setObjectName(QStringLiteral("timelineTitleLabel"));
    m_title->setTextFormat(Qt::RichText);
    layout->addWidget(m_title);

    auto* split = new QSplitter(Qt::Vertical);
    m_view = new QChartView;
    m_view->setObjectName(QStringLiteral("timelineChartView"));
    m_view->setAccessibleName(tr("Payments over time"));
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setMinimumHeight(260);
    split->addWidget(m_view);
    auto* lower = new QWidget;
    auto* ll = new QVBoxLayout(lower);
    ll->setContentsMargins(0, 0, 0, 0);
    m_note = new QLabel(tr("Click a bar to list its payments."));
    m_note->setObjectName(QStringLiteral("timelineNoteLabel"));
    ll->addWidget(m_note);
    m_payments = new QTreeWidget;
    m_payments->setObjectName(QStringLiteral("timelinePaymentTree"));
    m_payments->setAccessibleName(tr("Payments of the bar clicked"));
    m_payments->setHeaderLabels({tr("Date"), tr("Counterpart"), tr("Amount"), tr("Payment")});
    m_payments->setRootIsDecorated(false);
    m_payments->setToolTip(tr("Double-click a payment to open it"));
    connect(m_payments, &QTreeWidget::itemDoubleClicked, this, [this](QTreeWidgetItem* item) {
        emit entityRequested(item->data(0, Qt::UserRole).toString());
    });
    ll->addWidget(m_payments);
    split->addWidget(lower);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);
    layout->addWidget(split, 1);
    rebuild();
}

MoneyTimeline::~MoneyTimeline()
{
    m_watcher.waitForFinished();
}

void MoneyTimeline::setWorkspace(store::Workspace* workspace)
{
    m_watcher.waitForFinished();
    m_ws = workspace;
    m_projection.reset();
    m_actor.clear();
    m_filtered = false; // another workspace: the explorer's filter is for it to give again
    m_query = {};
    m_queryKey.clear();
    m_filterBar->hide();
    rebuild();
    reload();
}

void MoneyTimeline::reload()
{
    if (!m_ws)
        return;
    if (m_loading) {
        m_reloadAgain = true;
        return;
    }
    m_loading = true;
    // The explorer's filter, for payments only; a filter whose types leave payments out
    // leaves nothing to chart (said so by rebuild()).
    graph::Filter filter;
    double minAmount = 0;
    m_paymentsFilteredOut = false;
    if (m_filtered) {
        filter = m_query.filter;
        minAmount = m_query.minAmount;
        m_paymentsFilteredOut =
            !filter.schemata.empty() && std::find(filter.schemata.begin(), filter.schemata.end(),
                                                  "Payment") == filter.schemata.end();
    }
    filter.schemata = {"Payment"};
    auto result = std::make_shared<Result<graph::Projection>>(makeError("not loaded"));
    m_result = result;
    const std::string path = m_ws->path();
    store::Workspace::OpenOptions options; // the window's key for an encrypted workspace
    options.mode = store::Workspace::Mode::OpenExisting;
    options.key = m_ws->key();
    m_watcher.setFuture(QtConcurrent::run([result, path, options, filter, minAmount] {
        auto ws = store::Workspace::open(path, options);
        if (!ws) {
            *result = ws.error();
            return;
        }
        auto built = graph::Projection::build(**ws, filter);
        if (built && minAmount > 0)
            *result = withoutSmallAmounts(*built, minAmount);
        else
            *result = std::move(built);
    }));
}

void MoneyTimeline::refresh()
{
    if (!m_ws)
        return;
    if (!m_actor.isEmpty())
        m_pendingActor = m_actor;
    m_projection.reset();
    reload();
}

namespace {

/** The parts of a query that change what the timeline reads, as one comparable text. */
QString keyOf(const GraphQuery& q)
{
    QStringList parts{qs(q.filter.from),
                      qs(q.filter.to),
                      QString::number(q.filter.includeUndated),
                      q.filter.minGrading ? qs(q.filter.minGrading->toString()) : QString(),
                      QString::number(int(q.filter.maxSensitivity)),
                      QString::number(q.filter.excludeUnsourced),
                      QString::number(q.minAmount)};
    for (const auto* list : {&q.filter.schemata, &q.filter.datasets}) {
        QStringList items;
        for (const auto& s : *list)
            items << qs(s);
        parts << items.join(QLatin1Char(','));
    }
    return parts.join(QLatin1Char('|'));
}

} // namespace

void MoneyTimeline::setFilter(const GraphQuery& query, const QString& description)
{
    const QString key = keyOf(query);
    const bool changed = !m_filtered || key != m_queryKey;
    m_filtered = true;
    m_query = query;
    m_queryKey = key;
    m_filterLabel->setText(tr("Under the graph explorer's filter: %1.").arg(description));
    m_filterBar->show();
    if (changed)
        refresh();
}

void MoneyTimeline::clearFilter()
{
    const bool was = m_filtered;
    m_filtered = false;
    m_query = {};
    m_queryKey.clear();
    m_filterLabel->clear();
    m_filterBar->hide();
    if (was)
        refresh();
}

QString MoneyTimeline::filterNote() const
{
    return m_filtered ? m_filterLabel->text() : QString();
}

void MoneyTimeline::setActor(const QString& id)
{
    if (!m_projection || m_loading) {
        m_pendingActor = id;
        if (!m_loading)
            reload();
        return;
    }
    auto v = m_projection->vertex(id.toStdString());
    if (!v && m_ws)
        if (auto detail = m_ws->entity(id.toStdString()); detail && !detail->members.empty())
            v = m_projection->vertex(detail->members.front().id);
    m_actor = v ? qs(m_projection->actor(*v).id) : id;
    // Currencies of this actor's payments, the most used first.
    std::map<QString, int> counts;
    if (v) {
        const auto& g = m_projection->graph();
        for (auto [it, end] = boost::in_edges(*v, g); it != end; ++it)
            ++counts[qs(g[*it].currency)];
        for (auto [it, end] = boost::out_edges(*v, g); it != end; ++it)
            ++counts[qs(g[*it].currency)];
    }
    std::vector<std::pair<int, QString>> order;
    for (const auto& [code, n] : counts)
        order.emplace_back(-n, code);
    std::sort(order.begin(), order.end());
    {
        const QSignalBlocker blocker(m_currency);
        m_currency->clear();
        for (const auto& [n, code] : order)
            m_currency->addItem(code.isEmpty() ? tr("(no currency)") : code, code);
    }
    rebuild();
}

QStringList MoneyTimeline::currencies() const
{
    QStringList out;
    for (int i = 0; i < m_currency->count(); ++i)
        out << m_currency->itemData(i).toString();
    return out;
}

void MoneyTimeline::setReceived(bool received)
{
    m_direction->setCurrentIndex(received ? 0 : 1);
}

void MoneyTimeline::setMonthly(bool monthly)
{
    m_granularity->setCurrentIndex(monthly ? 1 : 0);
}

void MoneyTimeline::setCurrency(const QString& code)
{
    m_currency->setCurrentIndex(m_currency->findData(code));
    rebuild();
}

QStringList MoneyTimeline::seriesNames() const
{
    QStringList out;
    if (auto* chart = m_view->chart())
        for (auto* s : chart->series())
            if (auto* bars = qobject_cast<QStackedBarSeries*>(s))
                for (auto* set : bars->barSets())
                    out << set->label();
    return out;
}

QString MoneyTimeline::period(const std::string& date) const
{
    if (date.size() < 4)
        return {};
    if (m_granularity->currentData().toBool() && date.size() >= 7)
        return qs(date.substr(0, 7));
    return qs(date.substr(0, 4));
}

void MoneyTimeline::rebuild()
{
    auto* chart = new QChart;
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->legend()->setAlignment(Qt::AlignRight);
    chart->setMargins(QMargins(6, 6, 6, 6));
    m_periods.clear();
    m_series.clear();
    m_others.clear();
    m_shown.clear();
    m_payments->clear();

    auto finish = [&](const QString& title) {
        m_title->setText(title);
        QChart* old = m_view->chart();
        m_view->setChart(chart);
        if (old && old != chart)
            delete old;
    };
    if (!m_ws) {
        finish(tr("No workspace."));
        return;
    }
    if (m_projection && m_paymentsFilteredOut) {
        finish(tr("The graph explorer's filter leaves out payments: choose Payment among its "
                  "relationships, or show all payments."));
        return;
    }
    if (!m_projection || m_actor.isEmpty()) {
        finish(m_loading ? tr("Loading payments…")
                         : tr("Choose an actor: search above, or select one in the "
                              "graph and ask for its timeline."));
        return;
    }
    auto v = m_projection->vertex(m_actor.toStdString());
    if (!v) {
        finish(tr("%1 has no payments.").arg(m_actor.toHtmlEscaped()));
        return;
    }
    const auto& p = *m_projection;
    const auto& g = p.graph();
    const bool received = m_direction->currentData().toBool();
    const QString currency = m_currency->currentData().toString();
    int undated = 0, noAmount = 0;
    auto take = [&](graph::EdgeRef e, std::size_t other) {
        const graph::Relation& r = g[e];
        if (qs(r.currency) != currency)
            return;
        Payment pay;
        pay.id = qs(r.id);
        pay.date = qs(r.date);
        pay.period = period(r.date);
        pay.counterpart = qs(p.actor(other).id);
        pay.counterpartCaption = qs(p.actor(other).caption);
        pay.hasAmount = std::isfinite(r.amount);
        pay.amount = pay.hasAmount ? r.amount : 0;
        if (pay.period.isEmpty()) {
            ++undated;
            return;
        }
        noAmount += !pay.hasAmount;
        m_shown.push_back(std::move(pay));
    };
    if (received) {
        for (auto [it, end] = boost::in_edges(*v, g); it != end; ++it)
            if (boost::source(*it, g) != *v)
                take(*it, boost::source(*it, g));
    } else {
        for (auto [it, end] = boost::out_edges(*v, g); it != end; ++it)
            if (boost::target(*it, g) != *v)
                take(*it, boost::target(*it, g));
    }
    // Periods: every one from the first to the last (gaps show as gaps).
    std::set<QString> present;
    for (const auto& pay : m_shown)
        present.insert(pay.period);
    if (!present.empty()) {
        const bool monthly = m_granularity->currentData().toBool();
        const int y0 = present.begin()->left(4).toInt(), y1 = present.rbegin()->left(4).toInt();
        for (int y = y0; y <= y1; ++y) {
            if (!monthly) {
                m_periods << QString::number(y);
                continue;
            }
            if (present.count(QString::number(y)))
                m_periods << QString::number(y); // payments dated by year only
            for (int m = 1; m <= 12; ++m) {
                const QString key = QStringLiteral("%1-%2").arg(y).arg(m, 2, 10, QLatin1Char('0'));
                if (key >= *present.begin() && key <= *present.rbegin())
                    m_periods << key;
            }
        }
    }
    // Counterparts, the largest totals first; the rest share one "others" series.
    std::map<QString, double> totals;
    std::map<QString, QString> captions;
    for (const auto& pay : m_shown) {
        totals[pay.counterpart] += pay.amount;
        captions[pay.counterpart] = pay.counterpartCaption;
    }
    std::vector<std::pair<double, QString>> ranked;
    for (const auto& [id, total] : totals)
        ranked.emplace_back(-total, id);
    std::sort(ranked.begin(), ranked.end());
    auto* series = new QStackedBarSeries;
    QStringList others;
    for (std::size_t k = 0; k < ranked.size(); ++k) {
        if (int(k) < kMaxSeries || ranked.size() == std::size_t(kMaxSeries) + 1)
            m_series << ranked[k].second;
        else
            others << ranked[k].second;
    }
    auto addSet = [&](const QString& label, const QStringList& ids, int colour) {
        auto* set = new QBarSet(label);
        set->setColor(GraphScene::paletteColour(colour));
        set->setBorderColor(Qt::white);
        for (const QString& when : std::as_const(m_periods)) {
            double sum = 0;
            for (const auto& pay : m_shown)
                if (pay.period == when && ids.contains(pay.counterpart))
                    sum += pay.amount;
            set->append(sum);
        }
        const int index = int(series->barSets().size());
        connect(set, &QBarSet::clicked, this, [this, index](int i) { showPayments(index, i); });
        connect(set, &QBarSet::hovered, this, [this, set](bool on, int i) {
            if (on)
                QToolTip::showText(QCursor::pos(), barToolTip(set, i), m_view);
            else
                QToolTip::hideText();
        });
        series->append(set);
    };
    for (int k = 0; k < m_series.size(); ++k) {
        QString label = captions[m_series[k]];
        if (label.size() > 32)
            label = label.left(31) + QChar(0x2026);
        addSet(label, {m_series[k]}, k);
        m_others << QStringList{m_series[k]};
    }
    if (!others.isEmpty()) {
        addSet(tr("%n others", nullptr, int(others.size())), others, 9);
        m_series << QString();
        m_others << others;
    }
    chart->addSeries(series);
    auto* x = new QBarCategoryAxis;
    x->append(m_periods);
    if (m_periods.size() > 24)
        x->setLabelsAngle(-60);
    chart->addAxis(x, Qt::AlignBottom);
    series->attachAxis(x);
    // Stacked: the axis must reach the tallest stack.
    double tallest = 0;
    for (int i = 0; i < m_periods.size(); ++i) {
        double stack = 0;
        for (auto* set : series->barSets())
            stack += set->at(i);
        tallest = std::max(tallest, stack);
    }
    // QValueAxis formats its labels with printf, which cannot group digits: the ticks are
    // category boundaries labelled in the UI language's locale ("1,200,000", "1 200 000").
    auto* y = new QCategoryAxis;
    y->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    y->setTitleText(currency.isEmpty() ? tr("Amount") : currency);
    const double step = niceStep(tallest > 0 ? tallest : 1);
    const QLocale locale;
    y->setStartValue(0);
    y->append(locale.toString(0), 0);
    double top = 0;
    do {
        top += step;
        y->append(locale.toString(qlonglong(std::llround(top))), top);
    } while (top < tallest - step * 1e-9);
    y->setRange(0, top);
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(y);
    chart->legend()->setVisible(!m_series.isEmpty());

    const QString actorName = qs(p.actor(*v).caption).toHtmlEscaped();
    const QString title =
        currency.isEmpty()
            ? (received ? tr("<b>Received by %1</b> per funder").arg(actorName)
                        : tr("<b>Given by %1</b> per beneficiary").arg(actorName))
            : (received ? tr("<b>Received by %1</b> per funder, in %2").arg(actorName, currency)
                        : tr("<b>Given by %1</b> per beneficiary, in %2").arg(actorName, currency));
    QStringList notes;
    if (m_shown.empty())
        notes << tr("No dated payments in this currency.");
    if (undated)
        notes << tr("%n undated payments are not shown.", nullptr, undated);
    if (noAmount)
        notes << tr("%n payments record no amount.", nullptr, noAmount);
    notes << tr("Click a bar to list its payments.");
    m_note->setText(notes.join(QLatin1Char(' ')));
    finish(title);
}

QString MoneyTimeline::barToolTip(const QBarSet* set, int periodIndex) const
{
    if (!set || periodIndex < 0 || periodIndex >= m_periods.size())
        return QString();
    const QString amount = QLocale().toString(qlonglong(std::llround(set->at(periodIndex))));
    return tr("%1, %2: %3").arg(set->label(), m_periods[periodIndex], amount);
}

QStringList MoneyTimeline::amountAxisLabels() const
{
    QStringList labels;
    if (!m_view || !m_view->chart())
        return labels;
    for (QAbstractAxis* axis : m_view->chart()->axes(Qt::Vertical))
        if (auto* y = qobject_cast<QCategoryAxis*>(axis))
            labels << y->categoriesLabels();
    return labels;
}

QStringList MoneyTimeline::barToolTips() const
{
    QStringList tips;
    if (!m_view || !m_view->chart())
        return tips;
    for (QAbstractSeries* s : m_view->chart()->series())
        if (auto* bars = qobject_cast<QAbstractBarSeries*>(s))
            for (QBarSet* set : bars->barSets())
                for (int i = 0; i < set->count(); ++i)
                    tips << barToolTip(set, i);
    return tips;
}

void MoneyTimeline::showPayments(int series, int periodIndex)
{
    m_payments->clear();
    if (series < 0 || series >= m_others.size() || periodIndex < 0 ||
        periodIndex >= m_periods.size())
        return;
    const QStringList& ids = m_others[series];
    const QString& when = m_periods[periodIndex];
    std::vector<const Payment*> rows;
    for (const auto& pay : m_shown)
        if (pay.period == when && ids.contains(pay.counterpart))
            rows.push_back(&pay);
    std::sort(rows.begin(), rows.end(),
              [](const Payment* a, const Payment* b) { return a->date < b->date; });
    double sum = 0;
    for (const Payment* pay : rows) {
        auto* item = new QTreeWidgetItem(
            m_payments,
            {pay->date, pay->counterpartCaption,
             pay->hasAmount ? formatNumber(QString::number(pay->amount, 'f', 0)) : tr("no amount"),
             pay->id});
        item->setData(0, Qt::UserRole, pay->id);
        item->setTextAlignment(2, Qt::AlignRight | Qt::AlignVCenter);
        sum += pay->amount;
    }
    for (int c = 0; c < 3; ++c)
        m_payments->resizeColumnToContents(c);
    m_note->setText(tr("%n payments in %1, %2 in total. Double-click one to open it.", nullptr,
                       int(rows.size()))
                        .arg(when, formatNumber(QString::number(sum, 'f', 0))));
}

} // namespace commonplace::ui
