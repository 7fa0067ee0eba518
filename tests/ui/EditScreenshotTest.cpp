// SPDX-License-Identifier: GPL-3.0-or-later
// Hidden cases that put the editing widgets on screen with the demo data, for screenshots:
//   /work/shared/tools/screenshot.sh out.png 8 build/release/tests/ui_tests "[.shot-form]"
// They only wait; run them under a real X server (the screenshot script does).
#include "MainWindow.h"
#include "edit/EditIntegration.h"
#include "edit/EntityEditor.h"
#include "edit/FindingForm.h"
#include "edit/FindingsView.h"
#include "edit/SourcesView.h"
#include "io/Demo.h"

#include "UiTestUtil.h"

#include <QApplication>
#include <QComboBox>
#include <QLineEdit>
#include <QUndoStack>

using namespace commonplace;

namespace {
std::unique_ptr<store::Workspace> demoWorkspace(const test::TempDir& dir)
{
    auto ws =
        store::Workspace::open(dir.file("demo.commonplace"), store::Workspace::Mode::CreateNew);
    REQUIRE(ws);
    REQUIRE(io::loadDemo(**ws));
    return std::move(*ws);
}

void type(const QString& text)
{
    QTest::keyClicks(QApplication::focusWidget(), text);
}

void key(Qt::Key k, Qt::KeyboardModifiers mods = Qt::NoModifier)
{
    QTest::keyClick(QApplication::focusWidget(), k, mods);
}
} // namespace

TEST_CASE("the finding form, filled in", "[.shot-form]")
{
    test::TempDir dir;
    auto ws = demoWorkspace(dir);
    QUndoStack stack;
    ui::FindingForm form;
    form.setWorkspace(ws.get());
    form.setUndoStack(&stack);
    form.setWindowTitle(QStringLiteral("Record a finding - Commonplace"));
    form.resize(1500, 900);
    form.move(40, 40);
    form.show();
    form.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&form));
    type(QStringLiteral("Cedar Hollow funds a parental-rights campaign in Poland"));
    key(Qt::Key_Tab);
    type(QStringLiteral("2021-03"));
    key(Qt::Key_Tab);
    type(QStringLiteral("Pola"));
    key(Qt::Key_Tab);
    type(QStringLiteral("fam"));
    key(Qt::Key_Tab);
    type(QStringLiteral("The 2021 grant list shows a grant to Instytut Prawny Kotwica for a "
                        "\"parental rights\" litigation programme."));
    key(Qt::Key_Tab);
    type(QStringLiteral("strat"));
    key(Qt::Key_Return);
    type(QStringLiteral("local prox"));
    key(Qt::Key_Return);
    key(Qt::Key_C, Qt::AltModifier);
    type(QStringLiteral("cedar"));
    key(Qt::Key_Return);
    type(QStringLiteral("Kotwica"));
    key(Qt::Key_Return);
    key(Qt::Key_R, Qt::AltModifier);
    type(QStringLiteral("pay"));
    key(Qt::Key_Tab);
    type(QStringLiteral("250000"));
    key(Qt::Key_Tab);
    type(QStringLiteral("USD"));
    key(Qt::Key_Tab);
    type(QStringLiteral("2021-03-15"));
    key(Qt::Key_U, Qt::AltModifier);
    type(QStringLiteral("990-PF, tax years 2020"));
    key(Qt::Key_Return);
    type(QStringLiteral("Kotwica annual report 2021"));
    QTest::qWait(60000);
}

TEST_CASE("the entity editor on a demo organisation", "[.shot-entity]")
{
    test::TempDir dir;
    auto ws = demoWorkspace(dir);
    QUndoStack stack;
    ui::EntityEditor editor;
    editor.setWorkspace(ws.get());
    editor.setUndoStack(&stack);
    editor.setWindowTitle(QStringLiteral("Edit entity - Commonplace"));
    editor.resize(1100, 880);
    editor.move(40, 40);
    auto hits = ws->search("Cedar Hollow Foundation", 1);
    REQUIRE(hits);
    REQUIRE_FALSE(hits->empty());
    editor.showEntity(QString::fromStdString(hits->front().id));
    editor.show();
    editor.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&editor));
    editor.selectProperty(QStringLiteral("country"));
    QTest::keyClicks(editor.findChild<QLineEdit*>(QStringLiteral("valueLineEdit")),
                     QStringLiteral("Kenya"));
    QTest::qWait(60000);
}

TEST_CASE("the sources view on the demo data", "[.shot-sources]")
{
    test::TempDir dir;
    auto ws = demoWorkspace(dir);
    QUndoStack stack;
    ui::SourcesView view;
    view.setWorkspace(ws.get());
    view.setUndoStack(&stack);
    view.setWindowTitle(QStringLiteral("Sources - Commonplace"));
    view.resize(1500, 880);
    view.move(40, 40);
    view.show();
    view.showSource(QStringLiteral("demo-src-003"));
    QTest::qWait(60000);
}

TEST_CASE("the main window editing an entity in its detail pane", "[.shot-entity-pane]")
{
    test::TempDir dir;
    auto ws = demoWorkspace(dir);
    const std::string path = ws->path();
    auto hits = ws->search("Cedar Hollow Foundation", 1);
    REQUIRE(hits);
    REQUIRE_FALSE(hits->empty());
    const QString id = QString::fromStdString(hits->front().id);
    ws.reset();
    ui::MainWindow window;
    REQUIRE(window.openWorkspace(QString::fromStdString(path)));
    window.resize(1560, 960);
    window.move(20, 20);
    window.show();
    window.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&window));
    window.showPage(QStringLiteral("actors/Organization"));
    QTest::qWait(500);
    window.showEntity(id);
    QTest::keyClick(&window, Qt::Key_D, Qt::ControlModifier | Qt::ShiftModifier);
    auto* edit = window.findChild<ui::EditIntegration*>();
    REQUIRE(edit);
    edit->entityEditor()->selectProperty(QStringLiteral("country"));
    QTest::keyClicks(edit->entityEditor()->findChild<QLineEdit*>(QStringLiteral("valueLineEdit")),
                     QStringLiteral("Kenya"));
    QTest::qWait(60000);
}

TEST_CASE("the main window editing a finding: a new actor, a source, its payment",
          "[.shot-finding-editor]")
{
    test::TempDir dir;
    auto ws = demoWorkspace(dir);
    const std::string path = ws->path();
    ws.reset();
    ui::MainWindow window;
    REQUIRE(window.openWorkspace(QString::fromStdString(path)));
    window.resize(1560, 960);
    window.move(20, 20);
    window.show();
    window.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&window));
    auto* edit = window.findChild<ui::EditIntegration*>();
    REQUIRE(edit);
    window.showPage(ui::MainWindow::kFindingsPage);
    QTest::qWait(300);
    edit->showFinding(QStringLiteral("demo-fnd-001"));
    ui::FindingForm* form = edit->findingsView()->editor();
    REQUIRE(form->isVisible());
    form->findChild<QLineEdit*>(QStringLiteral("titleLineEdit"))->setFocus();
    key(Qt::Key_C, Qt::AltModifier);
    type(QStringLiteral("Africa Family Policy Network"));
    key(Qt::Key_Return);
    key(Qt::Key_U, Qt::AltModifier);
    type(QStringLiteral("annual"));
    QTest::qWait(60000);
}
