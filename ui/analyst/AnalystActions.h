// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QObject>
#include <QPointer>

#include <functional>

class QAction;
class QMenu;
class QMenuBar;
class QWidget;

namespace commonplace::store {
class Workspace;
}

namespace commonplace::ui {

class GraphExplorer;
class MergeReview;
class MoneyTimeline;

/**
 * The Analysis menu: the graph explorer, the money-flow timeline and the review queue, and
 * "Show in Graph" for the entity the main window shows. The views are made when first opened:
 * as pages of the main window once hostPages() was called, otherwise each in a window of its
 * own. The main window tells it when the workspace changes or was modified.
 */
class AnalystActions : public QObject
{
    Q_OBJECT

public:
    using WorkspaceFn = std::function<store::Workspace*()>;
    using CurrentFn = std::function<QString()>;
    using ShowFn = std::function<void(const QString&)>;
    /** Puts a view under a navigator key: (key, title or "" to keep it, widget, with detail). */
    using AdoptFn = std::function<void(const QString&, const QString&, QWidget*, bool)>;

    /** Navigator keys of the analyst's pages (the review queue's is MainWindow::kReviewPage). */
    static const QString kGraphPage;
    static const QString kTimelinePage;

    /**
     * `window` parents the views' windows; `workspace` returns the open workspace (or null);
     * `current` the id of the entity shown in the main window; `show` shows an entity there;
     * `changed` is called after a judgement or unmerge changed the workspace.
     */
    AnalystActions(QWidget* window, WorkspaceFn workspace, CurrentFn current, ShowFn show,
                   std::function<void()> changed);
    ~AnalystActions() override;

    /** Adds the Analysis menu to the bar, before `before` (e.g. Help), or at the end. */
    QMenu* addTo(QMenuBar* bar, QMenu* before = nullptr);
    /** The workspace is about to close: the open views let go of it. */
    void detach();
    /** The workspace was opened or closed: the open views follow it. */
    void workspaceChanged();
    /** The workspace's contents changed (an import, an edit): the open views reload. */
    void refresh();
    void setEnabled(bool enabled);

    void openGraph();
    void openTimeline(const QString& actor = {});
    void openReview();
    /** The review queue widget, made (and given its workspace) if it does not exist yet. */
    MergeReview* ensureReview();
    GraphExplorer* ensureGraph();
    MoneyTimeline* ensureTimeline();
    /**
     * Makes the views pages of the main window instead of windows of their own. `adopt` is
     * called at once with a placeholder for the graph and the timeline (their navigator
     * entries, titled), and again with each view when it is made (empty title: the entry
     * stays); the graph and the timeline ask for the entity detail pane beside them. `show`
     * brings a page forward; `open` opens an entity on its own page (from the review queue).
     */
    void hostPages(AdoptFn adopt, ShowFn show, ShowFn open);
    /** Makes the view of a navigator key if it is one of ours and a workspace is open. */
    void ensurePage(const QString& key);
    /** Adds Go menu entries for the graph and the timeline pages (only when hosted). */
    void addGoEntries(QMenu* go, QAction* before = nullptr);
    void showInGraph(const QString& id);

    GraphExplorer* graph() const;
    MoneyTimeline* timeline() const;
    MergeReview* review() const;

private:
    QWidget* window(QWidget* view, const QString& title, const QString& name);
    void raise(QWidget* view);
    void showView(const QString& key, QWidget* view);
    /** Gives the timeline the explorer's filter (or none) and says so. */
    void linkTimeline(bool linked);

    QWidget* m_window;
    WorkspaceFn m_workspace;
    CurrentFn m_current;
    ShowFn m_show;
    std::function<void()> m_changed;
    QPointer<GraphExplorer> m_graph;
    QPointer<MoneyTimeline> m_timeline;
    QPointer<MergeReview> m_review;
    AdoptFn m_adopt;
    ShowFn m_showPage;
    ShowFn m_open;
    bool m_timelineLinked = false;
    // The window's splitter sizes on the graph and timeline pages, and on the others.
    QList<int> m_wideSizes, m_otherSizes;
    bool m_wideSizesShown = false;
    QList<QAction*> m_actions;
};

} // namespace commonplace::ui
