// SPDX-License-Identifier: GPL-3.0-or-later
#include "analyst/AnalystActions.h"

#include "MainWindow.h"
#include "analyst/GraphExplorer.h"
#include "analyst/MergeReview.h"
#include "analyst/MoneyTimeline.h"
#include "store/Workspace.h"

#include <QAction>
#include <QFileInfo>
#include <QKeySequence>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QSplitter>
#include <QVBoxLayout>

namespace commonplace::ui {

const QString AnalystActions::kGraphPage = QStringLiteral("graph");
const QString AnalystActions::kTimelinePage = QStringLiteral("moneyflows");

AnalystActions::AnalystActions(QWidget* window, WorkspaceFn workspace, CurrentFn current,
                               ShowFn show, std::function<void()> changed)
    : QObject(window)
    , m_window(window)
    , m_workspace(std::move(workspace))
    , m_current(std::move(current))
    , m_show(std::move(show))
    , m_changed(std::move(changed))
{}

AnalystActions::~AnalystActions() = default;

GraphExplorer* AnalystActions::graph() const
{
    return m_graph;
}

MoneyTimeline* AnalystActions::timeline() const
{
    return m_timeline;
}

MergeReview* AnalystActions::review() const
{
    return m_review;
}

QMenu* AnalystActions::addTo(QMenuBar* bar, QMenu* before)
{
    auto* menu = new QMenu(tr("A&nalysis"), bar);
    menu->setObjectName(QStringLiteral("analysisMenu"));
    QAction* graph = menu->addAction(tr("&Graph Explorer"), this, &AnalystActions::openGraph);
    graph->setObjectName(QStringLiteral("graphExplorerAction"));
    graph->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_G));
    graph->setStatusTip(tr("Explore who funds whom: paths, money flows, communities, pictures"));
    QAction* show = menu->addAction(tr("&Show in Graph"), this,
                                    [this] { showInGraph(m_current ? m_current() : QString()); });
    show->setObjectName(QStringLiteral("showInGraphAction"));
    show->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_G));
    show->setStatusTip(tr("Open the selected actor in the graph explorer with its neighbours"));
    QAction* timeline = menu->addAction(tr("Money-Flow &Timeline"), this, [this] {
        openTimeline(m_current ? m_current() : QString());
    });
    timeline->setObjectName(QStringLiteral("timelineAction"));
    timeline->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M));
    timeline->setStatusTip(tr("Payments to or from the selected actor over time"));
    menu->addSeparator();
    QAction* review = menu->addAction(tr("&Review Queue"), this, &AnalystActions::openReview);
    review->setObjectName(QStringLiteral("reviewQueueAction"));
    review->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    review->setStatusTip(tr("Judge candidate pairs of the same actor; unmerge"));
    m_actions = {graph, show, timeline, review};
    if (before)
        bar->insertMenu(before->menuAction(), menu);
    else
        bar->addMenu(menu);
    return menu;
}

void AnalystActions::setEnabled(bool enabled)
{
    for (QAction* a : std::as_const(m_actions))
        a->setEnabled(enabled);
}

QWidget* AnalystActions::window(QWidget* view, const QString& title, const QString& name)
{
    auto* frame = new QWidget(m_window, Qt::Window);
    frame->setObjectName(name);
    frame->setAttribute(Qt::WA_DeleteOnClose, false);
    frame->setWindowTitle(title);
    auto* layout = new QVBoxLayout(frame);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(view);
    frame->resize(1400, 860);
    return frame;
}

void AnalystActions::raise(QWidget* view)
{
    QWidget* frame = view->window();
    frame->show();
    frame->raise();
    frame->activateWindow();
}

void AnalystActions::hostPages(AdoptFn adopt, ShowFn show, ShowFn open)
{
    m_adopt = std::move(adopt);
    m_showPage = std::move(show);
    m_open = std::move(open);
    if (!m_adopt)
        return;
    // The graph and the timeline need the width more than the detail pane beside them does:
    // on their pages the window's splitter keeps sizes of its own, and gives the entity pages
    // theirs back when one of those is shown again.
    if (auto* main = qobject_cast<MainWindow*>(m_window))
        if (auto* splitter = main->findChild<QSplitter*>(QStringLiteral("mainSplitter")))
            connect(main, &MainWindow::pageChanged, this, [this, splitter](const QString& key) {
                const QString top = key.section(QLatin1Char('/'), 0, 0);
                const bool wide = top == kGraphPage || top == kTimelinePage;
                if (wide == m_wideSizesShown)
                    return;
                const QList<int> now = splitter->sizes();
                if (wide) {
                    m_otherSizes = now;
                    QList<int> sizes = m_wideSizes;
                    if (sizes.size() != now.size()) {
                        int total = 0;
                        for (int n : now)
                            total += n;
                        const int detail = std::min(320, total / 5);
                        sizes = now;
                        if (sizes.size() == 3)
                            sizes = {now[0], total - now[0] - detail, detail};
                    }
                    splitter->setSizes(sizes);
                } else {
                    m_wideSizes = now;
                    if (m_otherSizes.size() == now.size())
                        splitter->setSizes(m_otherSizes);
                }
                m_wideSizesShown = wide;
            });
    auto placeholder = [](const QString& name, const QString& text) {
        auto* label = new QLabel(text);
        label->setObjectName(name);
        label->setAlignment(Qt::AlignCenter);
        label->setWordWrap(true);
        label->setForegroundRole(QPalette::PlaceholderText);
        return label;
    };
    if (!m_graph)
        m_adopt(kGraphPage, tr("Graph"),
                placeholder(QStringLiteral("graphPlaceholderLabel"),
                            tr("The graph explorer: who funds whom, paths between actors, "
                               "follow the money. Open a workspace to explore it.")),
                false);
    if (!m_timeline)
        m_adopt(kTimelinePage, tr("Money flows"),
                placeholder(QStringLiteral("timelinePlaceholderLabel"),
                            tr("The money-flow timeline: one actor's payments per year or "
                               "month. Open a workspace to see it.")),
                false);
}

void AnalystActions::addGoEntries(QMenu* go, QAction* before)
{
    if (!m_adopt)
        return;
    auto* graph = new QAction(tr("Gra&ph"), go);
    graph->setObjectName(QStringLiteral("goGraphAction"));
    connect(graph, &QAction::triggered, this, [this] {
        openGraph();
        if (m_graph)
            m_graph->canvas()->setFocus(Qt::ShortcutFocusReason);
    });
    auto* money = new QAction(tr("&Money Flows"), go);
    money->setObjectName(QStringLiteral("goMoneyFlowsAction"));
    connect(money, &QAction::triggered, this, [this] {
        openTimeline();
        if (m_timeline)
            m_timeline->setFocus(Qt::ShortcutFocusReason);
    });
    go->insertAction(before, graph);
    go->insertAction(before, money);
    m_actions << graph << money;
}

void AnalystActions::ensurePage(const QString& key)
{
    if (!m_workspace || !m_workspace())
        return;
    if (key == kGraphPage)
        ensureGraph();
    else if (key == kTimelinePage)
        ensureTimeline();
    else if (key == MainWindow::kReviewPage)
        ensureReview();
}

void AnalystActions::showView(const QString& key, QWidget* view)
{
    if (m_showPage)
        m_showPage(key);
    else
        raise(view);
}

GraphExplorer* AnalystActions::ensureGraph()
{
    if (!m_graph) {
        m_graph = new GraphExplorer;
        if (m_adopt)
            m_adopt(kGraphPage, {}, m_graph, true);
        else
            window(m_graph, tr("Graph Explorer — Commonplace"),
                   QStringLiteral("graphExplorerWindow"));
        connect(m_graph, &GraphExplorer::entityRequested, this, [this](const QString& id) {
            if (m_show)
                m_show(id);
            if (!m_adopt) {
                m_window->raise();
                m_window->activateWindow();
            }
        });
        // The detail pane beside the page follows the actor selected last, unless the person
        // stays with a value typed there for another entity: then the graph selects that one
        // again (or nothing, when it is not in the graph).
        connect(m_graph, &GraphExplorer::actorSelected, this, [this](const QString& id) {
            if (!m_show || !m_adopt || id.isEmpty())
                return;
            m_show(id);
            if (m_graph && m_current && m_current() != id)
                m_graph->canvas()->setSelection({m_current()});
        });
        connect(m_graph, &GraphExplorer::timelineRequested, this, [this](const QString& id) {
            ensureTimeline();
            linkTimeline(true);
            if (!id.isEmpty())
                m_timeline->setActor(id);
            showView(kTimelinePage, m_timeline);
        });
        // A linked timeline follows the explorer's filter as it changes.
        connect(m_graph, &GraphExplorer::graphLoaded, this, [this] {
            if (m_timelineLinked && m_timeline)
                linkTimeline(true);
        });
        m_graph->setWorkspace(m_workspace ? m_workspace() : nullptr);
    }
    return m_graph;
}

void AnalystActions::openGraph()
{
    ensureGraph();
    showView(kGraphPage, m_graph);
}

MoneyTimeline* AnalystActions::ensureTimeline()
{
    if (!m_timeline) {
        m_timeline = new MoneyTimeline;
        if (m_adopt) {
            m_adopt(kTimelinePage, {}, m_timeline, true);
        } else {
            window(m_timeline, tr("Money-Flow Timeline — Commonplace"),
                   QStringLiteral("timelineWindow"));
            m_timeline->window()->resize(1100, 760);
        }
        connect(m_timeline, &MoneyTimeline::entityRequested, this, [this](const QString& id) {
            if (m_show)
                m_show(id);
        });
        connect(m_timeline, &MoneyTimeline::filterCleared, this,
                [this] { m_timelineLinked = false; });
        m_timeline->setWorkspace(m_workspace ? m_workspace() : nullptr);
    }
    return m_timeline;
}

void AnalystActions::linkTimeline(bool linked)
{
    m_timelineLinked = linked && m_graph;
    if (!m_timeline)
        return;
    if (m_timelineLinked)
        m_timeline->setFilter(m_graph->currentQuery(), m_graph->filterSummary());
    else
        m_timeline->clearFilter();
}

void AnalystActions::openTimeline(const QString& actor)
{
    ensureTimeline();
    // An actor selected in the explorer is seen through the explorer's filter; another one
    // (from a list, a search) with all its payments.
    if (!actor.isEmpty())
        linkTimeline(m_graph && m_graph->canvas()->selection().contains(actor));
    if (!actor.isEmpty())
        m_timeline->setActor(actor);
    showView(kTimelinePage, m_timeline);
}

void AnalystActions::openReview()
{
    ensureReview();
    showView(MainWindow::kReviewPage, m_review);
}

MergeReview* AnalystActions::ensureReview()
{
    if (!m_review) {
        m_review = new MergeReview;
        if (m_adopt)
            m_adopt(MainWindow::kReviewPage, {}, m_review, false);
        else
            window(m_review, tr("Review Queue — Commonplace"), QStringLiteral("reviewQueueWindow"));
        connect(m_review, &MergeReview::entityRequested, this, [this](const QString& id) {
            if (m_open)
                m_open(id);
            else if (m_show)
                m_show(id);
        });
        connect(m_review, &MergeReview::workspaceChanged, this, [this] {
            if (m_changed)
                m_changed();
        });
        m_review->setWorkspace(m_workspace ? m_workspace() : nullptr);
    }
    return m_review;
}

void AnalystActions::showInGraph(const QString& id)
{
    openGraph();
    if (!id.isEmpty())
        m_graph->showActor(id);
}

void AnalystActions::detach()
{
    if (m_graph)
        m_graph->setWorkspace(nullptr);
    if (m_timeline)
        m_timeline->setWorkspace(nullptr);
    if (m_review)
        m_review->setWorkspace(nullptr);
}

void AnalystActions::workspaceChanged()
{
    store::Workspace* ws = m_workspace ? m_workspace() : nullptr;
    if (m_graph)
        m_graph->setWorkspace(ws);
    if (m_timeline)
        m_timeline->setWorkspace(ws);
    if (m_review)
        m_review->setWorkspace(ws);
}

void AnalystActions::refresh()
{
    if (m_graph)
        m_graph->refresh();
    if (m_timeline)
        m_timeline->refresh();
}

} // namespace commonplace::ui
