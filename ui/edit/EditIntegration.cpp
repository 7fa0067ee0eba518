// SPDX-License-Identifier: GPL-3.0-or-later
#include "edit/EditIntegration.h"

#include "EntityDetailView.h"
#include "MainWindow.h"
#include "analyst/AnalystActions.h"
#include "edit/EditCommands.h"
#include "edit/EntityEditor.h"
#include "edit/FindingForm.h"
#include "edit/FindingsView.h"
#include "edit/RecordFindingDialog.h"
#include "edit/SourcesView.h"
#include "edit/TaxonomyView.h"

#include <QAction>
#include <QCoreApplication>
#include <QDialog>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QToolBar>
#include <QUndoStack>
#include <QVBoxLayout>

namespace commonplace::ui {

EditIntegration::EditIntegration(MainWindow* window, QMenu* editMenu, std::function<void()> refresh)
    : QObject(window)
    , m_window(window)
    , m_refreshWindow(std::move(refresh))
{
    setObjectName(QStringLiteral("editIntegration"));
    m_stack = new QUndoStack(this);
    m_stack->setObjectName(QStringLiteral("undoStack"));

    QAction* first = editMenu->actions().value(0);
    // Qt's own texts ("Undo Record finding ..."), translated with Qt's catalogue.
    QAction* undo = m_stack->createUndoAction(this);
    undo->setObjectName(QStringLiteral("undoAction"));
    undo->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Z));
    QAction* redo = m_stack->createRedoAction(this);
    redo->setObjectName(QStringLiteral("redoAction"));
    redo->setShortcuts(
        {QKeySequence(Qt::CTRL | Qt::Key_Y), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z)});
    m_record = new QAction(tr("Record a Fi&nding…"), this);
    m_record->setObjectName(QStringLiteral("recordFindingAction"));
    m_record->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F));
    m_record->setStatusTip(tr("Record a finding with its actors, relationship and sources"));
    auto* editEntityAction = new QAction(tr("Edit &Entity…"), this);
    editEntityAction->setObjectName(QStringLiteral("editEntityAction"));
    editEntityAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D));
    editEntityAction->setStatusTip(
        tr("Edit the entity shown in the detail pane and move the keyboard there"));
    auto* editWindowAction = new QAction(tr("Edit Entity in a &Window…"), this);
    editWindowAction->setObjectName(QStringLiteral("editEntityWindowAction"));
    editWindowAction->setStatusTip(tr("Edit the entity shown in a window of its own"));
    auto* findingsAction = new QAction(tr("F&indings"), this);
    findingsAction->setObjectName(QStringLiteral("findingsAction"));
    findingsAction->setStatusTip(tr("The findings of this workspace, to read and edit"));
    auto* sourcesAction = new QAction(tr("S&ources"), this);
    sourcesAction->setObjectName(QStringLiteral("sourcesAction"));
    sourcesAction->setStatusTip(tr("The sources, their grading and what cites them"));
    auto* taxonomyAction = new QAction(tr("&Tactics and Themes"), this);
    taxonomyAction->setObjectName(QStringLiteral("taxonomyAction"));
    taxonomyAction->setStatusTip(tr("Add, rename or remove tactics and themes"));

    editMenu->insertActions(first, {undo, redo});
    editMenu->insertSeparator(first);
    editMenu->insertActions(first, {m_record, editEntityAction, editWindowAction, findingsAction,
                                    sourcesAction, taxonomyAction});
    editMenu->insertSeparator(first);
    m_workspaceActions = {m_record,       editEntityAction, editWindowAction,
                          findingsAction, sourcesAction,    taxonomyAction};

    auto* toolbar = window->addToolBar(tr("Editing"));
    toolbar->setObjectName(QStringLiteral("editToolBar"));
    toolbar->addAction(m_record);
    toolbar->addAction(undo);
    toolbar->addAction(redo);

    m_findings = new FindingsView;
    m_sources = new SourcesView;
    m_taxonomy = new TaxonomyView;
    m_entityEditor = new EntityEditor;
    m_entityEditor->setObjectName(QStringLiteral("paneEntityEditor"));
    m_entityEditor->setHeaderVisible(false); // the pane's header names the entity
    // Findings, sources and the taxonomy are pages of the window's navigator; the entity
    // editor lives in the detail pane, in place of the read-only values.
    window->addPage(MainWindow::kFindingsPage, {}, m_findings);
    window->addPage(MainWindow::kSourcesPage, {}, m_sources);
    window->addPage(MainWindow::kTaxonomyPage, {}, m_taxonomy);
    window->addLeaveCheck({MainWindow::kFindingsPage}, [this] { return m_findings->mayLeave(); });
    // The pane's entity editor shows beside the entity pages and the analyst's pages: moving
    // among them keeps the pane (and what is typed in it); leaving them for another page asks.
    window->addLeaveCheck({MainWindow::kActorsPage, MainWindow::kRelationshipsPage,
                           MainWindow::kOtherPage, MainWindow::kDatasetsPage,
                           AnalystActions::kGraphPage, AnalystActions::kTimelinePage},
                          [this] { return mayDropEntityTyping(m_entityEditor); });
    // Only when the workspace closes (the record window and the editor's window stay open
    // while the pages change).
    window->addLeaveCheck({}, [this] { return mayDropEntityTyping(m_windowEditor); });
    window->addLeaveCheck({}, [this] { return mayCloseRecordWindow(); });

    connect(m_record, &QAction::triggered, this, &EditIntegration::recordFinding);
    connect(editEntityAction, &QAction::triggered, this, [this] {
        if (EntityDetailView* detail = m_window->detailView())
            editEntity(detail->currentEntityId());
    });
    connect(editWindowAction, &QAction::triggered, this, [this] {
        if (EntityDetailView* detail = m_window->detailView())
            editEntityInWindow(detail->currentEntityId());
    });
    connect(findingsAction, &QAction::triggered, this, [this] { raise(m_findings); });
    connect(sourcesAction, &QAction::triggered, this, [this] { raise(m_sources); });
    connect(taxonomyAction, &QAction::triggered, this, [this] { raise(m_taxonomy); });
    if (EntityDetailView* detail = window->detailView()) {
        detail->setEditor(m_entityEditor);
        // A value typed for the entity shown is not dropped when another is selected (in the
        // list, the graph, a link, Back): Save, Discard or Cancel, as between pages.
        detail->setLeaveCheck([this] { return mayDropEntityTyping(m_entityEditor); });
        // While the pane edits, the editor follows the entity shown.
        connect(detail, &EntityDetailView::editRequested, m_entityEditor,
                [this](const QString& id) {
                    if (m_entityEditor->currentEntityId() != id)
                        m_entityEditor->showEntity(id);
                });
    }
    auto openEntity = [this](const QString& id) {
        m_window->showEntity(id);
        m_window->raise();
        m_window->activateWindow();
    };
    connect(m_findings, &FindingsView::entityRequested, this, openEntity);
    connect(m_sources, &SourcesView::entityRequested, this, openEntity);
    connect(m_entityEditor, &EntityEditor::entityRequested, this, openEntity);
    connect(m_sources, &SourcesView::findingRequested, this, &EditIntegration::showFinding);
    // Ctrl+K (and any "open this record") shows the page; the view then selects the record.
    connect(m_window, &MainWindow::findingRequested, this, &EditIntegration::showFinding);
    connect(m_window, &MainWindow::sourceRequested, this, &EditIntegration::showSource);

    // The window's tables and counts follow the edits, once a burst of them is over.
    m_refresh.setSingleShot(true);
    m_refresh.setInterval(300);
    connect(EditEvents::instance(), &EditEvents::changed, &m_refresh, qOverload<>(&QTimer::start));
    connect(&m_refresh, &QTimer::timeout, this, [this] {
        if (m_ws && m_refreshWindow)
            m_refreshWindow();
    });
    connect(EditEvents::instance(), &EditEvents::failed, this, [this](const QString& message) {
        QMessageBox::warning(m_window, tr("Cannot undo or redo"), message);
    });
    setWorkspace(nullptr);
}

QDialog* EditIntegration::windowFor(QWidget* view, const QString& title, const QString& name)
{
    auto* dialog = new QDialog(m_window);
    dialog->setObjectName(name);
    dialog->setWindowTitle(title);
    auto* layout = new QVBoxLayout(dialog);
    layout->addWidget(view);
    dialog->resize(1100, 720);
    return dialog;
}

void EditIntegration::raise(QWidget* view)
{
    if (!m_ws)
        return;
    const QString page = view == m_findings   ? MainWindow::kFindingsPage
                         : view == m_sources  ? MainWindow::kSourcesPage
                         : view == m_taxonomy ? MainWindow::kTaxonomyPage
                                              : QString();
    if (!page.isEmpty()) {
        m_window->showPage(page);
        m_window->raise();
        m_window->activateWindow();
        return;
    }
    QWidget* w = view->window();
    w->show();
    w->raise();
    w->activateWindow();
}

bool EditIntegration::mayCloseRecordWindow()
{
    QPointer<RecordFindingDialog> dialog = qobject_cast<RecordFindingDialog*>(m_recordDialog);
    if (!dialog || !dialog->isVisible() || !dialog->form()->hasUnsavedInput())
        return true;
    dialog->raise();
    const QString title =
        dialog->findChild<QLineEdit*>(QStringLiteral("titleLineEdit"))->text().trimmed();
    // The findings page's question, so that it is already translated.
    const auto answer = QMessageBox::question(
        dialog, QCoreApplication::translate("commonplace::ui::FindingsView", "Unsaved changes"),
        QCoreApplication::translate("commonplace::ui::FindingsView",
                                    "The finding \"%1\" has changes that are not saved.")
            .arg(title.isEmpty() ? QCoreApplication::translate("commonplace::ui::FindingForm",
                                                               "Record a finding")
                                 : title),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (!dialog)
        return false; // the window locked meanwhile
    if (answer == QMessageBox::Save)
        return dialog->form()->save(); // saving closes the window; a refusal says why in it
    if (answer == QMessageBox::Discard) {
        dialog->close();
        return true;
    }
    return false;
}

bool EditIntegration::mayDropEntityTyping(EntityEditor* editor)
{
    if (!editor || !editor->hasUncommittedInput())
        return true;
    // Before the call: inside it, lupdate files tr() under the QCoreApplication::translate
    // just before, a context tr() never looks in.
    const QString text =
        tr("A value typed for \"%1\" is not saved yet.").arg(editor->currentCaption());
    const auto answer = QMessageBox::question(
        editor->window(),
        QCoreApplication::translate("commonplace::ui::FindingsView", "Unsaved changes"), text,
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (!m_ws)
        return false; // the window locked meanwhile
    if (answer == QMessageBox::Save)
        return editor->commitInput(); // a refusal says why in the editor
    if (answer == QMessageBox::Discard) {
        editor->discardInput();
        return true;
    }
    return false;
}

void EditIntegration::setWorkspace(store::Workspace* workspace)
{
    // The history belongs to the workspace it was made in.
    m_stack->clear();
    m_ws = workspace;
    if (!workspace) {
        if (m_recordDialog)
            m_recordDialog->close();
        // The findings, sources and taxonomy pages and the pane's editor live in the main
        // window; only the entity editor's own window is to close.
        if (m_windowEditor)
            m_windowEditor->window()->hide();
    }
    m_findings->setWorkspace(workspace);
    m_findings->setUndoStack(m_stack);
    m_sources->setWorkspace(workspace);
    m_sources->setUndoStack(m_stack);
    m_taxonomy->setWorkspace(workspace);
    m_taxonomy->setUndoStack(m_stack);
    m_entityEditor->setWorkspace(workspace);
    m_entityEditor->setUndoStack(m_stack);
    if (m_windowEditor) {
        m_windowEditor->setWorkspace(workspace);
        m_windowEditor->setUndoStack(m_stack);
    }
    for (QAction* a : m_workspaceActions)
        a->setEnabled(workspace != nullptr);
}

void EditIntegration::recordFinding()
{
    if (!m_ws)
        return;
    if (!m_recordDialog) {
        auto* dialog = new RecordFindingDialog(m_ws, m_stack, m_window);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &RecordFindingDialog::saved, this, &EditIntegration::showFinding);
        m_recordDialog = dialog;
    }
    m_recordDialog->show();
    m_recordDialog->raise();
    m_recordDialog->activateWindow();
}

void EditIntegration::editEntity(const QString& id)
{
    EntityDetailView* detail = m_window->detailView();
    if (!m_ws || id.isEmpty() || !detail)
        return;
    // A page without the entity pane (findings, sources): to the entity's own page first.
    if (!detail->isVisible())
        m_window->openRecord(QStringLiteral("entity"), id);
    else if (detail->currentEntityId() != id)
        m_window->showEntity(id);
    if (detail->currentEntityId() != id)
        return; // the person stayed with the value typed for another entity
    detail->setEditing(true);
    if (m_entityEditor->currentEntityId() != id)
        m_entityEditor->showEntity(id);
    m_window->raise();
    m_window->activateWindow();
    m_entityEditor->focusValues();
}

void EditIntegration::editEntityInWindow(const QString& id)
{
    if (!m_ws || id.isEmpty())
        return;
    if (!m_windowEditor) {
        m_windowEditor = new EntityEditor;
        m_windowEditor->setWorkspace(m_ws);
        m_windowEditor->setUndoStack(m_stack);
        windowFor(m_windowEditor, tr("Edit Entity"), QStringLiteral("entityEditorWindow"));
        connect(m_windowEditor, &EntityEditor::entityRequested, this,
                &EditIntegration::editEntityInWindow);
    }
    m_windowEditor->showEntity(id);
    raise(m_windowEditor);
}

void EditIntegration::showFinding(const QString& key)
{
    if (!m_ws)
        return;
    raise(m_findings);
    m_findings->reload();
    m_findings->showFinding(key);
}

void EditIntegration::showSource(const QString& key)
{
    if (!m_ws)
        return;
    raise(m_sources);
    m_sources->showSource(key);
}

} // namespace commonplace::ui
