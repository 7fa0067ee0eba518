// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QPointer>
#include <QTimer>

#include <functional>

class QAction;
class QDialog;
class QMenu;
class QUndoStack;
class QWidget;

namespace commonplace::store {
class Workspace;
}

namespace commonplace::ui {

class EntityEditor;
class FindingsView;
class MainWindow;
class SourcesView;
class TaxonomyView;

/**
 * Puts the researcher's editing into the main window: one undo stack for the open workspace
 * (Edit > Undo Ctrl+Z, Redo Ctrl+Y / Ctrl+Shift+Z), Edit > Record a Finding (Ctrl+Shift+F, also
 * on a toolbar), the entity editor in the detail pane (Edit > Edit Entity, Ctrl+Shift+D, or
 * the pane's Edit toggle; Edit > Edit Entity in a Window opens a second one in a window of its
 * own), and the Findings, Sources and Tactics-and-themes pages of the navigator. Owned by the
 * window.
 */
class EditIntegration : public QObject
{
    Q_OBJECT

public:
    /** `refresh` re-reads the window's tables and counts after edits. */
    EditIntegration(MainWindow* window, QMenu* editMenu, std::function<void()> refresh);

    /** The workspace the window shows (not owned); nullptr when it closes. Clears the history. */
    void setWorkspace(store::Workspace* workspace);

    QUndoStack* undoStack() const { return m_stack; }
    FindingsView* findingsView() const { return m_findings; }
    SourcesView* sourcesView() const { return m_sources; }
    TaxonomyView* taxonomyView() const { return m_taxonomy; }
    /** The entity editor of the detail pane. */
    EntityEditor* entityEditor() const { return m_entityEditor; }
    /** The entity editor in a window of its own (created on first use). */
    EntityEditor* windowEntityEditor() const { return m_windowEditor; }
    QAction* recordAction() const { return m_record; }

    /** Opens the "record a finding" window. */
    void recordFinding();
    /** Edits an entity in the detail pane and puts the keyboard focus there. */
    void editEntity(const QString& id);
    /** Opens an entity in the entity editor's own window. */
    void editEntityInWindow(const QString& id);
    /** Shows a finding in the findings view. */
    void showFinding(const QString& key);
    /** Shows a source with what cites it. */
    void showSource(const QString& key);

private:
    /** The window's leave checks: the record window, the entity editors (pane and window). */
    bool mayCloseRecordWindow();
    bool mayDropEntityTyping(EntityEditor* editor);
    QDialog* windowFor(QWidget* view, const QString& title, const QString& name);
    void raise(QWidget* view);

    MainWindow* m_window;
    std::function<void()> m_refreshWindow;
    store::Workspace* m_ws = nullptr;
    QUndoStack* m_stack = nullptr;
    FindingsView* m_findings = nullptr;
    SourcesView* m_sources = nullptr;
    TaxonomyView* m_taxonomy = nullptr;
    EntityEditor* m_entityEditor = nullptr;
    EntityEditor* m_windowEditor = nullptr;
    QPointer<QDialog> m_recordDialog;
    QList<QAction*> m_workspaceActions;
    QAction* m_record = nullptr;
    QTimer m_refresh;
};

} // namespace commonplace::ui
