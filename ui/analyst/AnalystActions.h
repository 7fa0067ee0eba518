// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

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
 * The Analysis menu: the graph explorer, the money-flow timeline and the review queue, each
 * in a window of its own (made when first opened), and "Show in Graph" for the entity the main
 * window shows. The main window tells it when the workspace changes or was modified.
 */
class AnalystActions : public QObject
{
    Q_OBJECT

public:
    using WorkspaceFn = std::function<store::Workspace*()>;
    using CurrentFn = std::function<QString()>;
    using ShowFn = std::function<void(const QString&)>;

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
    /**
     * Makes the review queue a page of the main window instead of a window of its own:
     * `adopt` takes the widget when it is made, `show` brings its page forward.
     */
    void hostReview(std::function<void(QWidget*)> adopt, std::function<void()> show);
    void showInGraph(const QString& id);

    GraphExplorer* graph() const;
    MoneyTimeline* timeline() const;
    MergeReview* review() const;

private:
    QWidget* window(QWidget* view, const QString& title, const QString& name);
    void raise(QWidget* view);

    QWidget* m_window;
    WorkspaceFn m_workspace;
    CurrentFn m_current;
    ShowFn m_show;
    std::function<void()> m_changed;
    QPointer<GraphExplorer> m_graph;
    QPointer<MoneyTimeline> m_timeline;
    QPointer<MergeReview> m_review;
    std::function<void(QWidget*)> m_adoptReview;
    std::function<void()> m_showReview;
    QList<QAction*> m_actions;
};

} // namespace commonplace::ui
