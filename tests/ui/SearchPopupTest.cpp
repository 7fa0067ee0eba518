// SPDX-License-Identifier: GPL-3.0-or-later
// Ctrl+K across scripts: a name written in Cyrillic is found by its Latin spelling; Enter
// pressed before the results arrive opens one result once, never after a failed search.
#include "SearchPopup.h"
#include "EntityDetailView.h"
#include "MainWindow.h"
#include "UiTestUtil.h"
#include "io/Import.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QTest>
#include <QTreeWidget>

using namespace commonplace;
using commonplace::test::TempDir;
using commonplace::test::waitFor;
using commonplace::ui::MainWindow;

TEST_CASE("Ctrl+K finds Малофеев when typing malofeev", "[ui][search]")
{
    TempDir dir;
    const std::string path = dir.file("w.commonplace");
    {
        auto ws = store::Workspace::open(path, store::Workspace::Mode::CreateNew);
        REQUIRE(ws);
        const std::string data = dir.write(
            "people.ijson",
            R"({"id": "p-malofeev", "schema": "Person", "properties": {"name": ["Константин Малофеев"]}})"
            "\n"
            R"({"id": "p-malova", "schema": "Person", "properties": {"name": ["Maria Malova"]}})"
            "\n"
            R"({"id": "p-sao", "schema": "Organization", "properties": {"name": ["Instituto São Paulo"]}})"
            "\n");
        REQUIRE(io::importFile(**ws, data, {}));
    }
    QSettings().clear();
    MainWindow window;
    REQUIRE(window.openWorkspace(QString::fromStdString(path)));
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    QApplication::setActiveWindow(&window);

    auto* popup = window.searchPopup();
    auto* box = window.findChild<QLineEdit*>(QStringLiteral("globalSearchLineEdit"));
    auto* results = window.findChild<QTreeWidget*>(QStringLiteral("globalSearchResults"));
    REQUIRE(box);
    REQUIRE(results);
    auto firstActor = [&](const QString& typed) -> QString {
        QTest::keyClick(&window, Qt::Key_K, Qt::ControlModifier);
        REQUIRE(waitFor([&] { return box->hasFocus() && popup->isVisible(); }, 3000));
        box->selectAll();
        QTest::keyClicks(box, typed);
        REQUIRE(waitFor([&] { return popup->isUpToDate() && results->topLevelItemCount() > 0; }));
        QTreeWidgetItem* group = results->topLevelItem(0);
        REQUIRE(group->childCount() >= 1);
        return group->child(0)->text(0);
    };
    CHECK(firstActor(QStringLiteral("malofeev")).contains(QStringLiteral("Малофеев")));
    // Enter opens it.
    QTest::keyClick(box, Qt::Key_Return);
    REQUIRE(waitFor([&] { return !window.detailView()->currentEntityId().isEmpty(); }));
    CHECK(window.detailView()->currentEntityId() == QStringLiteral("p-malofeev"));
    // Accents are ignored.
    CHECK(firstActor(QStringLiteral("sao paulo")).contains(QStringLiteral("São Paulo")));
}

TEST_CASE("Enter before the results opens the result once, and never after a failed search",
          "[ui][search]")
{
    TempDir dir;
    const std::string path = dir.file("w.commonplace");
    {
        auto ws = store::Workspace::open(path, store::Workspace::Mode::CreateNew);
        REQUIRE(ws);
        const std::string data = dir.write(
            "people.ijson",
            R"({"id": "p-malofeev", "schema": "Person", "properties": {"name": ["Константин Малофеев"]}})"
            "\n"
            R"({"id": "p-malova", "schema": "Person", "properties": {"name": ["Maria Malova"]}})"
            "\n");
        REQUIRE(io::importFile(**ws, data, {}));
    }
    QWidget host;
    host.resize(800, 600);
    auto* popup = new ui::SearchPopup(&host);
    host.show();
    REQUIRE(QTest::qWaitForWindowExposed(&host));
    QStringList opened;
    QObject::connect(popup, &ui::SearchPopup::activated,
                     [&](const QString&, const QString& key) { opened << key; });
    int shown = 0;
    QObject::connect(popup, &ui::SearchPopup::resultsShown, [&] { ++shown; });
    auto* status = popup->findChild<QLabel*>(QStringLiteral("globalSearchStatus"));
    REQUIRE(status);
    QLineEdit* box = popup->lineEdit();

    // No workspace yet: the searches Enter starts fail. Pressed twice, it waits for nothing.
    popup->popup();
    box->setText(QStringLiteral("malova"));
    QTest::keyClick(box, Qt::Key_Return);
    QTest::keyClick(box, Qt::Key_Return);
    REQUIRE(waitFor([&] { return status->text().contains(QStringLiteral("failed")); }));
    QTest::qWait(100);

    // A later search that succeeds shows its results and opens nothing by itself.
    popup->setWorkspacePath(QString::fromStdString(path));
    popup->popup();
    box->setText(QStringLiteral("malova"));
    popup->searchNow();
    REQUIRE(waitFor([&] { return shown > 0 && popup->isUpToDate(); }));
    QTest::qWait(50);
    CHECK(opened.isEmpty());
    CHECK(popup->isVisible());

    // Enter pressed three times before the results arrive opens the first result once.
    box->setText(QStringLiteral("malofeev"));
    QTest::keyClick(box, Qt::Key_Return);
    QTest::keyClick(box, Qt::Key_Return);
    QTest::keyClick(box, Qt::Key_Return);
    REQUIRE(waitFor([&] { return !opened.isEmpty(); }));
    QTest::qWait(100);
    CHECK(opened == QStringList{QStringLiteral("p-malofeev")});
    CHECK_FALSE(popup->isVisible());

    // Enter, then more typing: the open was for the old text; the new results open nothing.
    popup->popup();
    box->setText(QStringLiteral("maria"));
    QTest::keyClick(box, Qt::Key_Return);
    box->setText(QStringLiteral("maria malova"));
    popup->searchNow();
    REQUIRE(
        waitFor([&] { return popup->isUpToDate() && popup->results()->topLevelItemCount() > 0; }));
    QTest::qWait(100);
    CHECK(opened.size() == 1);
    CHECK(popup->isVisible());
}
