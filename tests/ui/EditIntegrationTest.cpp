// SPDX-License-Identifier: GPL-3.0-or-later
// The editing features inside the main window: pages, Edit menu, toolbar, one undo stack.
#include "edit/EditIntegration.h"
#include "EntityDetailView.h"
#include "MainWindow.h"
#include "edit/EntityEditor.h"
#include "edit/FindingForm.h"
#include "edit/FindingsView.h"
#include "edit/RecordFindingDialog.h"
#include "edit/RecordModels.h"
#include "edit/SourcesView.h"
#include "edit/TaxonomyView.h"
#include "store/Catalog.h"

#include "UiTestUtil.h"

#include <QAction>
#include <QApplication>
#include <QDialog>
#include <QLineEdit>
#include <QPushButton>
#include <QToolButton>
#include <QUndoStack>

using namespace commonplace;
using commonplace::test::TempDir;

TEST_CASE("the main window records a finding and undoes it from the Edit menu", "[ui][edit]")
{
    TempDir dir;
    ui::MainWindow window;
    REQUIRE(window.openWorkspace(QString::fromStdString(dir.file("w.commonplace")),
                                 store::Workspace::Mode::CreateNew));
    auto* edit = window.findChild<ui::EditIntegration*>();
    REQUIRE(edit);
    window.resize(1400, 900);
    window.show();
    window.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&window));

    edit->recordAction()->trigger();
    auto* dialog = window.findChild<ui::RecordFindingDialog*>();
    REQUIRE(dialog);
    REQUIRE(dialog->isVisible());
    REQUIRE(QTest::qWaitForWindowActive(dialog));
    auto* title = dialog->findChild<QLineEdit*>(QStringLiteral("titleLineEdit"));
    REQUIRE(title);
    QTest::keyClicks(title, QStringLiteral("Recorded from the main window"));
    // (Ctrl+Return is covered in EditTest; here the window manager decides which window is
    // active, so the button is pressed instead.)
    auto* save = dialog->findChild<QPushButton*>(QStringLiteral("saveButton"));
    REQUIRE(save);
    QTest::keyClick(save, Qt::Key_Space);
    store::Catalog catalog(*window.workspace());
    INFO(dialog->form()->errorText().toStdString());
    const std::string active = QApplication::activeWindow()
                                   ? QApplication::activeWindow()->objectName().toStdString()
                                   : std::string("none");
    INFO(active);
    const std::string focus = QApplication::focusWidget()
                                  ? QApplication::focusWidget()->objectName().toStdString()
                                  : std::string("no focus");
    INFO(focus);
    CHECK(*catalog.countFindings({}) == 1);
    REQUIRE(test::waitFor([&] { return !dialog->isVisible(); }));
    CHECK(edit->findingsView()->isVisible()); // the saved finding is shown
    CHECK(edit->findingsView()->model()->totalCount() == 1);

    auto* undo = window.findChild<QAction*>(QStringLiteral("undoAction"));
    auto* redo = window.findChild<QAction*>(QStringLiteral("redoAction"));
    REQUIRE(undo);
    REQUIRE(redo);
    CHECK(undo->shortcut() == QKeySequence(Qt::CTRL | Qt::Key_Z));
    CHECK(redo->shortcuts().contains(QKeySequence(Qt::CTRL | Qt::Key_Y)));
    CHECK(redo->shortcuts().contains(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z)));
    REQUIRE(undo->isEnabled());
    undo->trigger();
    CHECK(*catalog.countFindings({}) == 0);
    // Another view comes to the front; the history stays.
    window.findChild<QAction*>(QStringLiteral("sourcesAction"))->trigger();
    CHECK(edit->sourcesView()->isVisible());
    redo->trigger();
    CHECK(*catalog.countFindings({}) == 1);
    window.findChild<QAction*>(QStringLiteral("findingsAction"))->trigger();
    REQUIRE(test::waitFor([&] { return edit->findingsView()->model()->totalCount() == 1; }));

    // Opening another workspace starts a new history.
    REQUIRE(window.openWorkspace(QString::fromStdString(dir.file("other.commonplace")),
                                 store::Workspace::Mode::CreateNew));
    CHECK(edit->undoStack()->count() == 0);
    CHECK(edit->findingsView()->model()->totalCount() == 0);
}

TEST_CASE("the entity detail view opens the entity editor", "[ui][edit]")
{
    TempDir dir;
    auto ws = test::workspaceWith(dir, "ftm/donations.ijson", "donations");
    const std::string path = ws->path();
    ws.reset();
    ui::MainWindow window;
    REQUIRE(window.openWorkspace(QString::fromStdString(path)));
    auto* edit = window.findChild<ui::EditIntegration*>();
    REQUIRE(edit);
    window.show();
    auto rows = window.workspace()->listEntities({}, store::EntitySort::Caption,
                                                 store::SortOrder::Ascending, nullptr, 1);
    REQUIRE(rows);
    REQUIRE_FALSE(rows->empty());
    const QString id = QString::fromStdString(rows->front().id);
    window.showEntity(id);
    auto* button =
        window.detailView()->findChild<QToolButton*>(QStringLiteral("editEntityToolButton"));
    REQUIRE(button);
    REQUIRE(button->isEnabled());
    button->click();
    CHECK(edit->entityEditor()->isVisible());
    CHECK(edit->entityEditor()->currentEntityId() == id);
}
