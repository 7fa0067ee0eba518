// SPDX-License-Identifier: GPL-3.0-or-later
#include "analyst/AnalystActions.h"

#include "analyst/GraphExplorer.h"
#include "analyst/MergeReview.h"
#include "analyst/MoneyTimeline.h"
#include "store/Workspace.h"

#include <QAction>
#include <QFileInfo>
#include <QKeySequence>
#include <QMenu>
#include <QMenuBar>
#include <QVBoxLayout>

namespace commonplace::ui {

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

void AnalystActions::openGraph()
{
    if (!m_graph) {
        m_graph = new GraphExplorer;
        window(m_graph, tr("Graph Explorer — Commonplace"), QStringLiteral("graphExplorerWindow"));
        connect(m_graph, &GraphExplorer::entityRequested, this, [this](const QString& id) {
            if (m_show)
                m_show(id);
            m_window->raise();
            m_window->activateWindow();
        });
        connect(m_graph, &GraphExplorer::timelineRequested, this,
                [this](const QString& id) { openTimeline(id); });
        m_graph->setWorkspace(m_workspace ? m_workspace() : nullptr);
    }
    raise(m_graph);
}

void AnalystActions::openTimeline(const QString& actor)
{
    if (!m_timeline) {
        m_timeline = new MoneyTimeline;
        window(m_timeline, tr("Money-Flow Timeline — Commonplace"),
               QStringLiteral("timelineWindow"));
        m_timeline->window()->resize(1100, 760);
        connect(m_timeline, &MoneyTimeline::entityRequested, this, [this](const QString& id) {
            if (m_show)
                m_show(id);
        });
        m_timeline->setWorkspace(m_workspace ? m_workspace() : nullptr);
    }
    if (!actor.isEmpty())
        m_timeline->setActor(actor);
    raise(m_timeline);
}

void AnalystActions::hostReview(std::function<void(QWidget*)> adopt, std::function<void()> show)
{
    m_adoptReview = std::move(adopt);
    m_showReview = std::move(show);
}

void AnalystActions::openReview()
{
    ensureReview();
    if (m_showReview)
        m_showReview();
    else
        raise(m_review);
}

MergeReview* AnalystActions::ensureReview()
{
    if (!m_review) {
        m_review = new MergeReview;
        if (m_adoptReview)
            m_adoptReview(m_review);
        else
            window(m_review, tr("Review Queue — Commonplace"), QStringLiteral("reviewQueueWindow"));
        connect(m_review, &MergeReview::entityRequested, this, [this](const QString& id) {
            if (m_show)
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
