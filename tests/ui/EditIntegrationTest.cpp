// SPDX-License-Identifier: GPL-3.0-or-later
// The editing features inside the main window: pages, Edit menu, toolbar, one undo stack.
#include "edit/EditIntegration.h"
#include "EntityDetailView.h"
#include "EntityTableModel.h"
#include "MainWindow.h"
#include "StatementTableModel.h"
#include "crypto/Secret.h"
#include "edit/EntityEditor.h"
#include "edit/FindingForm.h"
#include "edit/FindingsView.h"
#include "edit/RecordFindingDialog.h"
#include "edit/RecordModels.h"
#include "edit/SourcesView.h"
#include "edit/TaxonomyView.h"
#include "model/Model.h"
#include "settings/Language.h"
#include "store/Catalog.h"
#include "store/Editor.h"

#include "UiTestUtil.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMap>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QTreeWidget>
#include <QUndoStack>

#include <algorithm>

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
    // The editor takes the place of the read-only values, in the window's detail pane.
    CHECK(edit->entityEditor()->isVisible());
    CHECK(edit->entityEditor()->window() == &window);
    CHECK(window.detailView()->isEditing());
    CHECK(edit->entityEditor()->currentEntityId() == id);
    // Another entity selected: the editor follows.
    auto more = window.workspace()->listEntities({}, store::EntitySort::Caption,
                                                 store::SortOrder::Ascending, nullptr, 2);
    REQUIRE(more);
    REQUIRE(more->size() == 2);
    const QString second = QString::fromStdString(more->back().id);
    window.showEntity(second);
    CHECK(edit->entityEditor()->currentEntityId() == second);
    // Toggled off: read-only again.
    button->click();
    CHECK_FALSE(edit->entityEditor()->isVisible());
    CHECK_FALSE(window.detailView()->isEditing());
}

TEST_CASE("the detail pane edits an entity in place with Ctrl+Shift+D and undo", "[ui][edit]")
{
    TempDir dir;
    auto ws = test::workspaceWith(dir, "ftm/donations.ijson", "donations");
    const std::string path = ws->path();
    ws.reset();
    ui::MainWindow window;
    REQUIRE(window.openWorkspace(QString::fromStdString(path)));
    auto* edit = window.findChild<ui::EditIntegration*>();
    REQUIRE(edit);
    window.resize(1400, 900);
    window.show();
    window.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&window));
    window.showPage(ui::MainWindow::kActorsPage);
    auto rows = window.workspace()->listEntities({"", {"Person"}, ""}, store::EntitySort::Caption,
                                                 store::SortOrder::Ascending, nullptr, 1);
    REQUIRE(rows);
    REQUIRE_FALSE(rows->empty());
    const std::string id = rows->front().id;
    window.showEntity(QString::fromStdString(id));

    // The keyboard way in: Ctrl+Shift+D edits the entity shown and moves the focus there.
    QTest::keyClick(&window, Qt::Key_D, Qt::ControlModifier | Qt::ShiftModifier);
    ui::EntityEditor* editor = edit->entityEditor();
    REQUIRE(editor->isVisible());
    CHECK(editor->window() == &window);
    CHECK(editor->currentEntityId() == QString::fromStdString(id));
    CHECK(editor->isAncestorOf(QApplication::focusWidget()));

    REQUIRE(editor->selectProperty(QStringLiteral("nationality")));
    auto* line = editor->findChild<QLineEdit*>(QStringLiteral("valueLineEdit"));
    REQUIRE(line);
    QTest::keyClicks(line, QStringLiteral("Brazil"));
    QTest::keyClick(line, Qt::Key_Return);
    INFO(editor->errorText().toStdString());
    auto has = [&] {
        auto d = window.workspace()->entity(id);
        REQUIRE(d);
        for (const auto& st : d->statements)
            if (st.prop == "nationality" && st.value == "br")
                return true;
        return false;
    };
    CHECK(has());
    // The value shows in the pane's editor with its provenance.
    bool shown = false;
    QTreeWidget* tree = editor->valueTree();
    for (int i = 0; i < tree->topLevelItemCount(); ++i)
        for (int j = 0; j < tree->topLevelItem(i)->childCount(); ++j)
            shown = shown || tree->topLevelItem(i)->child(j)->text(0) == QStringLiteral("Brazil");
    CHECK(shown);
    auto* undo = window.findChild<QAction*>(QStringLiteral("undoAction"));
    REQUIRE(undo);
    REQUIRE(undo->isEnabled());
    QTest::keyClick(&window, Qt::Key_Z, Qt::ControlModifier);
    CHECK_FALSE(has());
    QTest::keyClick(&window, Qt::Key_Y, Qt::ControlModifier);
    CHECK(has());
    // Read-only again: the values table shows the new value.
    window.detailView()->setEditing(false);
    CHECK_FALSE(editor->isVisible());
    auto* model = window.detailView()->statementModel();
    bool listed = false;
    for (int r = 0; r < model->rowCount(); ++r)
        for (int c = 0; c < model->columnCount(); ++c) {
            listed =
                listed || model->index(r, c).data().toString().startsWith(QStringLiteral("Brazil"));
        }
    CHECK(listed);
}

TEST_CASE("selecting another entity while a value is typed in the pane's editor asks first",
          "[ui][edit][window]")
{
    TempDir dir;
    auto ws = test::workspaceWith(dir, "ftm/donations.ijson", "donations");
    const std::string path = ws->path();
    ws.reset();
    ui::MainWindow window;
    REQUIRE(window.openWorkspace(QString::fromStdString(path)));
    auto* edit = window.findChild<ui::EditIntegration*>();
    REQUIRE(edit);
    window.resize(1400, 900);
    window.show();
    window.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&window));
    window.showPage(ui::MainWindow::kActorsPage);
    auto rows = window.workspace()->listEntities({"", {"Person"}, ""}, store::EntitySort::Caption,
                                                 store::SortOrder::Ascending, nullptr, 2);
    REQUIRE(rows);
    REQUIRE(rows->size() == 2);
    const QString first = QString::fromStdString((*rows)[0].id);
    const QString second = QString::fromStdString((*rows)[1].id);
    auto* table = window.findChild<QTableView*>(QStringLiteral("entityTableView"));
    REQUIRE(table);
    REQUIRE(test::waitFor([&] {
        return window.entityModel()->rowOfEntity(first) >= 0 &&
               window.entityModel()->rowOfEntity(second) >= 0;
    }));
    auto selectedRow = [&] {
        const QModelIndex current = table->currentIndex();
        return current.isValid() ? window.entityModel()->entityId(current.row()) : QString();
    };
    int asked = 0;
    auto answer = [&asked](QMessageBox::StandardButton button) {
        QTimer::singleShot(0, [button, &asked] {
            if (auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget())) {
                ++asked;
                box->button(button)->click();
            }
        });
    };
    auto nationalities = [&](const QString& id) {
        auto d = window.workspace()->entity(id.toStdString());
        REQUIRE(d);
        QStringList out;
        for (const auto& st : d->statements)
            if (st.prop == "nationality")
                out << QString::fromStdString(st.value);
        return out;
    };

    window.showEntity(first);
    QTest::keyClick(&window, Qt::Key_D, Qt::ControlModifier | Qt::ShiftModifier);
    ui::EntityEditor* editor = edit->entityEditor();
    REQUIRE(editor->currentEntityId() == first);
    REQUIRE(editor->selectProperty(QStringLiteral("nationality")));
    auto* line = editor->findChild<QLineEdit*>(QStringLiteral("valueLineEdit"));
    REQUIRE(line);
    QTest::keyClicks(line, QStringLiteral("Brazil"));
    REQUIRE(editor->hasUncommittedInput());

    // Cancel: the pane, its editor and the list stay with the entity being
    // edited.
    answer(QMessageBox::Cancel);
    CHECK_FALSE(window.showEntity(second));
    CHECK(asked == 1);
    CHECK(window.detailView()->currentEntityId() == first);
    CHECK(editor->currentEntityId() == first);
    CHECK(line->text() == QStringLiteral("Brazil"));
    CHECK(selectedRow() == first);
    // The same from the list (a click or the arrow keys move its current row).
    answer(QMessageBox::Cancel);
    table->setCurrentIndex(window.entityModel()->index(window.entityModel()->rowOfEntity(second),
                                                       ui::EntityTableModel::NameColumn));
    QTest::qWait(20);
    CHECK(asked == 2);
    CHECK(window.detailView()->currentEntityId() == first);
    CHECK(editor->currentEntityId() == first);
    CHECK(selectedRow() == first);
    CHECK(line->text() == QStringLiteral("Brazil"));

    // Discard: the other entity shows, and the value goes to neither.
    answer(QMessageBox::Discard);
    CHECK(window.showEntity(second));
    CHECK(asked == 3);
    CHECK(editor->currentEntityId() == second);
    CHECK_FALSE(editor->hasUncommittedInput());
    CHECK(line->text().isEmpty());
    CHECK_FALSE(nationalities(first).contains(QStringLiteral("br")));
    CHECK_FALSE(nationalities(second).contains(QStringLiteral("br")));

    // Save: the value is added to the entity it was typed for, then the other one
    // shows.
    REQUIRE(editor->selectProperty(QStringLiteral("nationality")));
    QTest::keyClicks(line, QStringLiteral("Kenya"));
    answer(QMessageBox::Save);
    table->setCurrentIndex(window.entityModel()->index(window.entityModel()->rowOfEntity(first),
                                                       ui::EntityTableModel::NameColumn));
    CHECK(asked == 4);
    CHECK(window.detailView()->currentEntityId() == first);
    CHECK(editor->currentEntityId() == first);
    CHECK(nationalities(second).contains(QStringLiteral("ke")));
    CHECK_FALSE(nationalities(first).contains(QStringLiteral("ke")));

    // Back (to the second entity) asks too; Cancel stays.
    REQUIRE(editor->selectProperty(QStringLiteral("nationality")));
    QTest::keyClicks(line, QStringLiteral("Chile"));
    auto* back = window.detailView()->findChild<QToolButton*>(QStringLiteral("backToolButton"));
    REQUIRE(back);
    REQUIRE(back->isEnabled());
    answer(QMessageBox::Cancel);
    back->click();
    CHECK(asked == 5);
    CHECK(window.detailView()->currentEntityId() == first);
    CHECK(line->text() == QStringLiteral("Chile"));
    answer(QMessageBox::Discard);
    back->click();
    CHECK(asked == 6);
    CHECK(window.detailView()->currentEntityId() == second);
    // Nothing typed: no question.
    window.showEntity(first);
    CHECK(asked == 6);
    CHECK(window.detailView()->currentEntityId() == first);
}

TEST_CASE("the finding editor's accelerators do not clash with the main window's menus, in "
          "every language",
          "[ui][edit][access]")
{
    TempDir dir;
    {
        auto ws =
            store::Workspace::open(dir.file("w.commonplace"), store::Workspace::Mode::CreateNew);
        REQUIRE(ws);
        store::FindingRecord r;
        r.title = "A finding to edit";
        r.dataset = "research";
        REQUIRE(store::Editor(**ws, model::Model::builtin()).createFinding(r));
    }
    // Every Alt+letter shown in the window once: the menu bar's titles, labels with buddies,
    // buttons.
    auto letterOf = [](const QString& text) {
        for (int i = 0; i + 1 < text.size(); ++i) {
            if (text[i] == QLatin1Char('&')) {
                if (text[i + 1] == QLatin1Char('&')) {
                    ++i;
                    continue;
                }
                return text[i + 1].toLower();
            }
        }
        return QChar();
    };
    for (const auto& language : ui::supportedLanguages()) {
        INFO(language.code.toStdString());
        REQUIRE(ui::applyLanguage(language.code));
        ui::MainWindow window;
        REQUIRE(window.openWorkspace(QString::fromStdString(dir.file("w.commonplace"))));
        auto* edit = window.findChild<ui::EditIntegration*>();
        REQUIRE(edit);
        window.resize(1400, 900);
        window.show();
        window.showPage(ui::MainWindow::kFindingsPage);
        auto rows =
            store::Catalog(*window.workspace()).findings({}, store::FindingSort::Date, true, 0, 1);
        REQUIRE(rows);
        REQUIRE(rows->size() == 1);
        edit->showFinding(QString::fromStdString(rows->front().key));
        REQUIRE(edit->findingsView()->editor()->isVisible());
        QMap<QChar, QString> seen;
        QStringList clashes;
        auto note = [&](const QString& text) {
            const QChar letter = letterOf(text);
            if (letter.isNull())
                return;
            if (seen.contains(letter))
                clashes << seen.value(letter) + QStringLiteral(" / ") + text;
            seen.insert(letter, text);
        };
        for (QAction* menu : window.menuBar()->actions())
            note(menu->text());
        for (QWidget* w : window.findChildren<QWidget*>()) {
            if (!w->isVisible())
                continue;
            if (auto* label = qobject_cast<QLabel*>(w); label && label->buddy())
                note(label->text());
            else if (auto* button = qobject_cast<QAbstractButton*>(w))
                note(button->text());
        }
        INFO(clashes.join(QStringLiteral("\n")).toStdString());
        CHECK(clashes.isEmpty());
    }
    ui::applyLanguage(QStringLiteral("en"));
}

TEST_CASE("opening a finding from search selects it in the finding editor", "[ui][edit]")
{
    TempDir dir;
    ui::MainWindow window;
    REQUIRE(window.openWorkspace(QString::fromStdString(dir.file("w.commonplace")),
                                 store::Workspace::Mode::CreateNew));
    auto* edit = window.findChild<ui::EditIntegration*>();
    REQUIRE(edit);
    window.resize(1400, 900);
    window.show();
    for (const char* title : {"First finding", "Second finding"}) {
        store::FindingRecord r;
        r.title = title;
        r.dataset = "research";
        REQUIRE(store::Editor(*window.workspace(), model::Model::builtin()).createFinding(r));
    }
    store::Catalog catalog(*window.workspace());
    auto rows = catalog.findings({}, store::FindingSort::Date, true, 0, 10);
    REQUIRE(rows);
    REQUIRE(rows->size() == 2);
    for (const auto& row : *rows) {
        // What Ctrl+K's Enter does for a finding.
        window.openRecord(QStringLiteral("finding"), QString::fromStdString(row.key));
        CHECK(window.currentPage() == ui::MainWindow::kFindingsPage);
        auto* title =
            edit->findingsView()->editor()->findChild<QLineEdit*>(QStringLiteral("titleLineEdit"));
        REQUIRE(title);
        CHECK(title->text() == QString::fromStdString(row.title));
    }
}

TEST_CASE("leaving a finding with unsaved changes asks: page, workspace, window", "[ui][edit]")
{
    TempDir dir;
    ui::MainWindow window;
    REQUIRE(window.openWorkspace(QString::fromStdString(dir.file("w.commonplace")),
                                 store::Workspace::Mode::CreateNew));
    auto* edit = window.findChild<ui::EditIntegration*>();
    REQUIRE(edit);
    window.resize(1400, 900);
    window.show();
    store::FindingRecord r;
    r.title = "Stored title";
    r.dataset = "research";
    REQUIRE(store::Editor(*window.workspace(), model::Model::builtin()).createFinding(r));
    store::Catalog catalog(*window.workspace());
    auto rows = catalog.findings({}, store::FindingSort::Date, true, 0, 1);
    REQUIRE(rows);
    REQUIRE(rows->size() == 1);
    const std::string key = rows->front().key;
    edit->findingsView()->reload();
    window.showPage(ui::MainWindow::kFindingsPage);
    edit->showFinding(QString::fromStdString(key));
    auto* form = edit->findingsView()->editor();
    REQUIRE(form->isVisible());
    auto* title = form->findChild<QLineEdit*>(QStringLiteral("titleLineEdit"));
    REQUIRE(title);

    int asked = 0;
    auto answer = [&asked](QMessageBox::StandardButton button) {
        QTimer::singleShot(0, [button, &asked] {
            auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
            if (box) {
                ++asked;
                box->button(button)->click();
            }
        });
    };
    auto type = [&](const QString& text) {
        title->setFocus();
        title->selectAll();
        QTest::keyClicks(title, text);
        REQUIRE(form->isModified());
    };
    auto storedTitle = [&] { return catalog.finding(key)->title; };

    // Another page: Cancel stays on the finding with what was typed.
    type(QStringLiteral("Typed, then kept"));
    answer(QMessageBox::Cancel);
    window.showPage(ui::MainWindow::kSourcesPage);
    CHECK(asked == 1);
    CHECK(window.currentPage() == ui::MainWindow::kFindingsPage);
    CHECK(edit->findingsView()->isVisible());
    CHECK(title->text() == QStringLiteral("Typed, then kept"));
    CHECK(storedTitle() == "Stored title");

    // Save writes it, then the page changes.
    answer(QMessageBox::Save);
    window.showPage(ui::MainWindow::kSourcesPage);
    CHECK(asked == 2);
    CHECK(window.currentPage() == ui::MainWindow::kSourcesPage);
    CHECK(storedTitle() == "Typed, then kept");
    CHECK(!form->isModified());

    // Nothing changed: no question.
    window.showPage(ui::MainWindow::kFindingsPage);
    window.showPage(ui::MainWindow::kActorsPage);
    CHECK(asked == 2);
    CHECK(window.currentPage() == ui::MainWindow::kActorsPage);

    // Discard drops the typing and writes nothing.
    window.showPage(ui::MainWindow::kFindingsPage);
    type(QStringLiteral("Typed, then dropped"));
    answer(QMessageBox::Discard);
    window.showPage(ui::MainWindow::kSourcesPage);
    CHECK(asked == 3);
    CHECK(window.currentPage() == ui::MainWindow::kSourcesPage);
    CHECK(storedTitle() == "Typed, then kept");
    CHECK(title->text() == QStringLiteral("Typed, then kept"));
    CHECK(!form->isModified());

    // Another workspace: Cancel keeps this one open with the typing.
    window.showPage(ui::MainWindow::kFindingsPage);
    type(QStringLiteral("Typed before opening another"));
    store::Workspace* const before = window.workspace();
    answer(QMessageBox::Cancel);
    CHECK(!window.openWorkspace(QString::fromStdString(dir.file("other.commonplace")),
                                store::Workspace::Mode::CreateNew));
    CHECK(asked == 4);
    CHECK(window.workspace() == before);
    CHECK(title->text() == QStringLiteral("Typed before opening another"));

    // Closing the window: Cancel keeps it open, Save writes and closes.
    answer(QMessageBox::Cancel);
    CHECK(!window.close());
    CHECK(asked == 5);
    CHECK(window.isVisible());
    CHECK(storedTitle() == "Typed, then kept");
    answer(QMessageBox::Save);
    CHECK(window.close());
    CHECK(asked == 6);
    CHECK(!window.isVisible());
    CHECK(storedTitle() == "Typed before opening another");
}

TEST_CASE("typing not written in the entity editor or a record window asks before leaving",
          "[ui][edit]")
{
    TempDir dir;
    auto ws = test::workspaceWith(dir, "ftm/donations.ijson", "donations");
    const std::string path = ws->path();
    ws.reset();
    ui::MainWindow window;
    REQUIRE(window.openWorkspace(QString::fromStdString(path)));
    auto* edit = window.findChild<ui::EditIntegration*>();
    REQUIRE(edit);
    window.resize(1400, 900);
    window.show();
    window.showPage(ui::MainWindow::kActorsPage);
    auto rows = window.workspace()->listEntities({"", {"Person"}, ""}, store::EntitySort::Caption,
                                                 store::SortOrder::Ascending, nullptr, 1);
    REQUIRE(rows);
    REQUIRE_FALSE(rows->empty());
    const std::string id = rows->front().id;
    window.showEntity(QString::fromStdString(id));
    window.detailView()->setEditing(true);
    ui::EntityEditor* editor = edit->entityEditor();
    REQUIRE(editor->isVisible());
    REQUIRE(editor->currentEntityId() == QString::fromStdString(id));

    int asked = 0;
    auto answer = [&asked](QMessageBox::StandardButton button) {
        QTimer::singleShot(0, [button, &asked] {
            auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
            if (box) {
                ++asked;
                box->button(button)->click();
            }
        });
    };
    auto count = [&](const std::string& prop) {
        auto d = window.workspace()->entity(id);
        REQUIRE(d);
        return std::count_if(d->statements.begin(), d->statements.end(),
                             [&](const auto& st) { return st.prop == prop; });
    };

    // A value typed in the add row, not added: Cancel stays, Save adds it.
    REQUIRE(editor->selectProperty(QStringLiteral("nationality")));
    auto* line = editor->findChild<QLineEdit*>(QStringLiteral("valueLineEdit"));
    REQUIRE(line);
    const auto nationalities = count("nationality");
    QTest::keyClicks(line, QStringLiteral("Brazil"));
    REQUIRE(editor->hasUncommittedInput());
    answer(QMessageBox::Cancel);
    window.showPage(ui::MainWindow::kFindingsPage);
    CHECK(asked == 1);
    CHECK(window.currentPage() == ui::MainWindow::kActorsPage);
    CHECK(line->text() == QStringLiteral("Brazil"));
    CHECK(count("nationality") == nationalities);
    answer(QMessageBox::Save);
    window.showPage(ui::MainWindow::kFindingsPage);
    CHECK(asked == 2);
    CHECK(window.currentPage() == ui::MainWindow::kFindingsPage);
    CHECK(count("nationality") == nationalities + 1);
    CHECK(!editor->hasUncommittedInput());
    // Between entity pages the pane stays: no question.
    window.showPage(ui::MainWindow::kActorsPage);
    window.showEntity(QString::fromStdString(id));
    REQUIRE(editor->selectProperty(QStringLiteral("nationality")));
    QTest::keyClicks(line, QStringLiteral("Kenya"));
    window.showPage(ui::MainWindow::kRelationshipsPage);
    CHECK(asked == 2);
    CHECK(window.currentPage() == ui::MainWindow::kRelationshipsPage);
    // Discard drops it.
    answer(QMessageBox::Discard);
    window.showPage(ui::MainWindow::kSourcesPage);
    CHECK(asked == 3);
    CHECK(window.currentPage() == ui::MainWindow::kSourcesPage);
    CHECK(line->text().isEmpty());
    CHECK(count("nationality") == nationalities + 1);

    // A record window with a title typed: closing the main window asks; Cancel keeps both.
    edit->recordAction()->trigger();
    auto* dialog = window.findChild<ui::RecordFindingDialog*>();
    REQUIRE(dialog);
    REQUIRE(!dialog->form()->hasUnsavedInput()); // the date it fills in is not typing
    auto* title = dialog->findChild<QLineEdit*>(QStringLiteral("titleLineEdit"));
    REQUIRE(title);
    title->setText(QStringLiteral("Typed in the record window"));
    REQUIRE(dialog->form()->hasUnsavedInput());
    store::Catalog catalog(*window.workspace());
    const auto findings = *catalog.countFindings({});
    answer(QMessageBox::Cancel);
    CHECK(!window.close());
    CHECK(asked == 4);
    CHECK(window.isVisible());
    CHECK(dialog->isVisible());
    CHECK(title->text() == QStringLiteral("Typed in the record window"));
    // Discard closes it without writing; then the window closes.
    answer(QMessageBox::Discard);
    CHECK(window.close());
    CHECK(asked == 5);
    CHECK(*catalog.countFindings({}) == findings);
}

TEST_CASE("locking drops unsaved finding edits without asking and writes nothing",
          "[ui][edit][lock]")
{
    TempDir dir;
    const std::string path = dir.file("secret.commonplace");
    const std::string text = "a long enough passphrase";
    crypto::SecretBytes pass(reinterpret_cast<const std::uint8_t*>(text.data()), text.size());
    std::string key;
    crypto::DataKeyHandle handle;
    {
        store::Workspace::OpenOptions o;
        o.mode = store::Workspace::Mode::CreateNew;
        o.encrypt = true;
        o.passphrase = &pass;
        o.kdf = crypto::KdfParams::interactive();
        auto ws = store::Workspace::open(path, o);
        REQUIRE(ws);
        store::FindingRecord r;
        r.title = "Stored title";
        r.dataset = "research";
        REQUIRE(store::Editor(**ws, model::Model::builtin()).createFinding(r));
        auto rows = store::Catalog(**ws).findings({}, store::FindingSort::Date, true, 0, 1);
        REQUIRE(rows);
        REQUIRE(rows->size() == 1);
        key = rows->front().key;
        handle = (*ws)->key();
    }
    ui::MainWindow window;
    store::Workspace::OpenOptions o;
    o.mode = store::Workspace::Mode::OpenExisting;
    o.key = handle;
    REQUIRE(window.openWorkspaceWith(QString::fromStdString(path), o));
    auto* edit = window.findChild<ui::EditIntegration*>();
    REQUIRE(edit);
    window.resize(1400, 900);
    window.show();
    window.showPage(ui::MainWindow::kFindingsPage);
    auto edited = [&] {
        edit->showFinding(QString::fromStdString(key));
        auto* form = edit->findingsView()->editor();
        REQUIRE(form->isVisible());
        auto* title = form->findChild<QLineEdit*>(QStringLiteral("titleLineEdit"));
        REQUIRE(title);
        title->setFocus();
        title->selectAll();
        QTest::keyClicks(title, QStringLiteral("Typed, never saved"));
        REQUIRE(form->isModified());
        return title;
    };
    auto storedTitle = [&] {
        store::Workspace::OpenOptions check;
        check.mode = store::Workspace::Mode::OpenExisting;
        check.key = handle;
        auto ws = store::Workspace::open(path, check);
        REQUIRE(ws);
        return store::Catalog(**ws).finding(key)->title;
    };
    auto unlock = [&] {
        REQUIRE(window.openWorkspaceWith(QString::fromStdString(path), o));
        window.showPage(ui::MainWindow::kFindingsPage);
    };

    // The lock asks nothing: a question box would stay open and fail the wait below.
    QLineEdit* title = edited();
    int boxes = 0;
    QTimer watch;
    QObject::connect(&watch, &QTimer::timeout, [&] {
        if (auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget())) {
            ++boxes;
            box->button(QMessageBox::Cancel)->click();
        }
    });
    watch.start(10);
    window.lockWorkspace();
    QTest::qWait(50);
    watch.stop();
    CHECK(boxes == 0);
    CHECK(window.workspace() == nullptr);
    CHECK(title->text().isEmpty()); // the typing is gone from the screen
    CHECK(storedTitle() == "Stored title");

    // Locked while the question is open (an idle lock): the box goes, nothing is written, the
    // page does not change.
    unlock();
    edited();
    QTimer::singleShot(0, [&] {
        if (qobject_cast<QMessageBox*>(QApplication::activeModalWidget()))
            window.lockWorkspace();
    });
    window.showPage(ui::MainWindow::kSourcesPage);
    CHECK(window.workspace() == nullptr);
    CHECK(window.currentPage() == ui::MainWindow::kFindingsPage);
    CHECK(storedTitle() == "Stored title");
}
