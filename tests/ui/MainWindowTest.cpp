// SPDX-License-Identifier: GPL-3.0-or-later
#include "MainWindow.h"

#include "EntityDetailView.h"
#include "EntityTableModel.h"
#include "StatementTableModel.h"
#include "UiTestUtil.h"
#include "model/Model.h"
#include "settings/Language.h"
#include "store/Editor.h"

#include <QAction>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QTreeWidget>

#include <filesystem>
#include <fstream>

using namespace commonplace;
using commonplace::test::TempDir;
using commonplace::test::waitFor;
using commonplace::ui::EntityTableModel;
using commonplace::ui::MainWindow;

namespace {

QString q(const std::string& s)
{
    return QString::fromStdString(s);
}

/** The error box the window shows, once it is there; closes it after reading. */
QString takeError(MainWindow& window)
{
    QMessageBox* box = nullptr;
    waitFor([&] {
        box = window.findChild<QMessageBox*>(QStringLiteral("errorMessageBox"));
        return box && box->isVisible();
    });
    if (!box)
        return {};
    const QString text = box->text();
    box->close();
    QTest::qWait(0);
    return text;
}

/** Forgets the layout an earlier test's window saved, so every window starts alike. */
struct FreshSettings
{
    FreshSettings() { QSettings().clear(); }
};

/** A shown window on a workspace with the donations fixture, on the page of all entities. */
struct Fixture
{
    FreshSettings settings;
    TempDir dir;
    std::string path;
    MainWindow window;

    Fixture()
    {
        test::workspaceWith(dir, "ftm/donations.ijson", "donations");
        path = dir.file("test.commonplace");
        REQUIRE(window.openWorkspace(q(path)));
        window.show();
        REQUIRE(QTest::qWaitForWindowExposed(&window));
        window.showPage(MainWindow::kDatasetsPage);
        // The counts are read in the background.
        REQUIRE(waitFor([&] { return window.stats() != nullptr; }));
    }

    QTableView* table() { return window.findChild<QTableView*>(QStringLiteral("entityTableView")); }
    QLineEdit* search() { return window.findChild<QLineEdit*>(QStringLiteral("searchLineEdit")); }

    /** The first loaded row whose name contains `text` (ignoring case), or -1. */
    int rowOf(const QString& text)
    {
        auto* model = table()->model();
        for (int row = 0; row < model->rowCount(); ++row) {
            if (model->index(row, EntityTableModel::NameColumn)
                    .data()
                    .toString()
                    .contains(text, Qt::CaseInsensitive))
                return row;
        }
        return -1;
    }
};

} // namespace

TEST_CASE("MainWindow opens a workspace and lists its entities", "[ui]")
{
    Fixture f;
    REQUIRE(f.table());
    REQUIRE(f.search());
    auto stats = f.window.workspace()->stats();
    REQUIRE(stats.ok());
    CHECK(f.window.entityModel()->totalCount() == stats->entities);
    CHECK(f.table()->model()->rowCount() > 0);
    CHECK(f.window.windowTitle().contains(QStringLiteral("test.commonplace")));
    auto* pathLabel = f.window.findChild<QLabel*>(QStringLiteral("pathLabel"));
    REQUIRE(pathLabel);
    CHECK(pathLabel->toolTip() == q(f.path));
    // The navigator: actors and relationships by type, with their counts.
    auto* navigator = f.window.findChild<QTreeWidget*>(QStringLiteral("navigatorTreeWidget"));
    REQUIRE(navigator);
    QTreeWidgetItem* actors = nullptr;
    QTreeWidgetItem* relationships = nullptr;
    int types = 0;
    for (int i = 0; i < navigator->topLevelItemCount(); ++i) {
        QTreeWidgetItem* item = navigator->topLevelItem(i);
        if (item->text(0) == QStringLiteral("Actors"))
            actors = item;
        if (item->text(0) == QStringLiteral("Relationships"))
            relationships = item;
        if (item->text(0) != QStringLiteral("Datasets"))
            types += item->childCount();
    }
    REQUIRE(actors);
    REQUIRE(relationships);
    CHECK(types == int(stats->schemata.size()));
    QTreeWidgetItem* payments = nullptr;
    for (int i = 0; i < relationships->childCount(); ++i) {
        if (relationships->child(i)->text(0) == QStringLiteral("Payments"))
            payments = relationships->child(i);
    }
    REQUIRE(payments);
    CHECK(payments->text(1) == QLocale().toString(stats->schemata.at("Payment")));
    auto* statsLabel = f.window.findChild<QLabel*>(QStringLiteral("statsLabel"));
    REQUIRE(statsLabel);
    CHECK(statsLabel->text().contains(QLocale().toString(stats->entities)));
}

TEST_CASE("MainWindow: the workspace's path reads left to right in Arabic too", "[ui][i18n]")
{
    REQUIRE(ui::applyLanguage(QStringLiteral("ar")));
    {
        Fixture f;
        CHECK(f.window.layoutDirection() == Qt::RightToLeft);
        auto* pathLabel = f.window.findChild<QLabel*>(QStringLiteral("pathLabel"));
        REQUIRE(pathLabel);
        // Laid out right to left, "~/dir/file" would show its "~/" at the far end.
        CHECK(pathLabel->layoutDirection() == Qt::LeftToRight);
        CHECK(pathLabel->text().endsWith(QStringLiteral("test.commonplace")));
    }
    ui::applyLanguage(QStringLiteral("en"));
}

TEST_CASE("MainWindow searches as you type and shows the selected entity", "[ui]")
{
    Fixture f;
    f.search()->setFocus();
    QTest::keyClicks(f.search(), QStringLiteral("Dachner"));
    // Debounced: the table changes shortly after typing stops.
    REQUIRE(waitFor([&] {
        return f.window.entityModel()->totalCount() < 10 &&
               f.rowOf(QStringLiteral("Frau Lina Dachner")) >= 0;
    }));

    const int row = f.rowOf(QStringLiteral("Frau Lina Dachner"));
    f.table()->selectRow(row);
    ui::EntityDetailView* detail = f.window.detailView();
    REQUIRE(waitFor([&] { return detail->statementModel()->rowCount() > 0; }));
    CHECK(detail->currentEntityId() == QStringLiteral("f9c295f21b233ac878fbac4d271bb6fd13d7952a"));
    auto* title = detail->findChild<QLabel*>(QStringLiteral("titleLabel"));
    REQUIRE(title);
    CHECK(title->text() == QStringLiteral("Frau Lina Dachner"));

    // Her donation references her; following it opens the payment.
    auto* referencedBy = detail->findChild<QTreeWidget*>(QStringLiteral("referencedByTreeWidget"));
    REQUIRE(referencedBy);
    REQUIRE(referencedBy->topLevelItemCount() >= 1);
    QTreeWidgetItem* payment = referencedBy->topLevelItem(0);
    CHECK(payment->text(1) == QStringLiteral("Payment"));
    const QRect rect = referencedBy->visualItemRect(payment);
    QTest::mouseClick(referencedBy->viewport(), Qt::LeftButton, {}, rect.center());
    REQUIRE(waitFor([&] {
        return detail->currentEntityId() !=
               QStringLiteral("f9c295f21b233ac878fbac4d271bb6fd13d7952a");
    }));
    CHECK(title->text() != QStringLiteral("Frau Lina Dachner"));

    // Clearing the search shows everything again.
    f.search()->clear();
    REQUIRE(waitFor([&] {
        return f.window.entityModel()->totalCount() == f.window.workspace()->stats()->entities;
    }));
}

TEST_CASE("MainWindow: Ctrl+F focuses the search box", "[ui]")
{
    Fixture f;
    f.table()->setFocus();
    QApplication::setActiveWindow(&f.window);
    QTest::keyClick(&f.window, Qt::Key_F, Qt::ControlModifier);
    CHECK(waitFor([&] { return f.search()->hasFocus(); }, 2000));
    // Ctrl+K is the global search, a box of its own.
    f.table()->setFocus();
    QTest::keyClick(&f.window, Qt::Key_K, Qt::ControlModifier);
    auto* global = f.window.findChild<QLineEdit*>(QStringLiteral("globalSearchLineEdit"));
    REQUIRE(global);
    CHECK(waitFor([&] { return global->hasFocus(); }, 2000));
}

TEST_CASE("MainWindow: a failed import shows the error and changes nothing", "[ui]")
{
    Fixture f;
    const auto before = f.window.workspace()->stats();
    REQUIRE(before.ok());
    const std::string bad = f.dir.write(
        "bad.ijson", R"({"id": "x1", "schema": "Person", "properties": {"name": ["Someone New"]}})"
                     "\n{\"id\": \"x2\", \"schema\": \n");

    QSignalSpy finished(&f.window, &MainWindow::taskFinished);
    ui::ImportRequest request;
    request.file = q(bad);
    request.dataset = QStringLiteral("bad");
    f.window.startImport(request);
    CHECK(f.window.isBusy());
    REQUIRE(waitFor([&] { return finished.count() == 1; }));
    CHECK_FALSE(finished.at(0).at(0).toBool());
    CHECK_FALSE(f.window.isBusy());

    const QString error = takeError(f.window);
    INFO(error.toStdString());
    CHECK(error.contains(QStringLiteral("bad.ijson:2")));
    CHECK(error.contains(QStringLiteral("unchanged")));

    const auto after = f.window.workspace()->stats();
    REQUIRE(after.ok());
    CHECK(after->entities == before->entities);
    CHECK(after->statements == before->statements);
    CHECK(after->datasets == before->datasets);
}

TEST_CASE("MainWindow: an import in the background updates the table", "[ui]")
{
    Fixture f;
    const auto before = f.window.workspace()->stats();
    REQUIRE(before.ok());
    QSignalSpy finished(&f.window, &MainWindow::taskFinished);
    ui::ImportRequest request;
    request.file = q(test::fixture("ftm/zala.ftm.json"));
    request.dataset = QStringLiteral("zala");
    f.window.startImport(request);
    REQUIRE(waitFor([&] { return finished.count() == 1; }));
    INFO(f.window.notice().toStdString());
    REQUIRE(finished.at(0).at(0).toBool());

    const auto after = f.window.workspace()->stats();
    REQUIRE(after.ok());
    CHECK(after->entities > before->entities);
    CHECK(after->datasets.count("zala") == 1);
    CHECK(f.window.entityModel()->totalCount() == after->entities);
    CHECK(f.window.notice().startsWith(QStringLiteral("Imported")));

    // The new names are searchable straight away.
    QTest::keyClicks(f.search(), QStringLiteral("Osetrova"));
    REQUIRE(waitFor([&] { return f.rowOf(QStringLiteral("Osetrova")) >= 0; }));
}

TEST_CASE("MainWindow exports in the background and reports exporter errors", "[ui]")
{
    Fixture f;
    QSignalSpy finished(&f.window, &MainWindow::taskFinished);

    ui::ExportRequest request;
    request.file = q(f.dir.file("out.ijson"));
    request.format = io::ExportFormat::Ftm;
    request.maxSensitivity = store::Sensitivity::Public;
    f.window.startExport(request);
    REQUIRE(waitFor([&] { return finished.count() == 1; }));
    INFO(f.window.notice().toStdString());
    CHECK(finished.at(0).at(0).toBool());
    CHECK(std::filesystem::file_size(f.dir.file("out.ijson")) > 0);
    CHECK(f.window.notice().startsWith(QStringLiteral("Exported")));

    // A destination that cannot be written: the error names it.
    request.file = q(f.dir.file("no-such-folder/out.ijson"));
    f.window.startExport(request);
    REQUIRE(waitFor([&] { return finished.count() == 2; }));
    CHECK_FALSE(finished.at(1).at(0).toBool());
    const QString error = takeError(f.window);
    INFO(error.toStdString());
    CHECK(error.contains(QStringLiteral("out.ijson")));
}

TEST_CASE("MainWindow shows why a file is not a workspace and keeps the open one", "[ui]")
{
    Fixture f;
    const std::string notWorkspace = f.dir.write("notes.commonplace", "just some text\n");
    CHECK_FALSE(f.window.openWorkspace(q(notWorkspace)));
    const QString error = takeError(f.window);
    INFO(error.toStdString());
    CHECK(error.contains(QStringLiteral("not an SQLite database")));
    REQUIRE(f.window.workspace());
    CHECK(f.window.workspace()->path() == f.path);

    CHECK_FALSE(f.window.openWorkspace(q(f.dir.file("missing.commonplace"))));
    CHECK_FALSE(takeError(f.window).isEmpty());
}

TEST_CASE("MainWindow loads the demo dataset in the background", "[ui]")
{
    TempDir dir;
    FreshSettings settings;
    MainWindow window;
    REQUIRE(
        window.openWorkspace(q(dir.file("fresh.commonplace")), store::Workspace::Mode::CreateNew));
    CHECK(window.entityModel()->totalCount() == 0);
    QSignalSpy finished(&window, &MainWindow::taskFinished);
    window.loadDemo();
    REQUIRE(waitFor([&] { return finished.count() == 1; }));
    REQUIRE(finished.at(0).at(0).toBool());
    CHECK(window.entityModel()->totalCount() > 0);
    CHECK(window.notice().contains(QStringLiteral("fictional")));
}

TEST_CASE("MainWindow: cancelling an import leaves the workspace as it was", "[ui]")
{
    Fixture f;
    const auto before = f.window.workspace()->stats();
    REQUIRE(before.ok());
    // Big enough that the import is still running when Cancel is pressed.
    const std::string big = f.dir.file("big.ijson");
    {
        std::ofstream out(big);
        for (int i = 0; i < 100000; ++i)
            out << R"({"id": "gen-)" << i
                << R"(", "schema": "Person", "properties": {"name": ["Generated )" << i << R"("]}})"
                << '\n';
    }
    QSignalSpy finished(&f.window, &MainWindow::taskFinished);
    ui::ImportRequest request;
    request.file = q(big);
    request.dataset = QStringLiteral("big");
    f.window.startImport(request);
    REQUIRE(f.window.isBusy());
    // The actions that would start another task wait for this one.
    for (QAction* action : f.window.findChildren<QAction*>()) {
        if (action->text() == QStringLiteral("&Import…"))
            CHECK_FALSE(action->isEnabled());
    }

    auto* progress = f.window.findChild<QProgressDialog*>(QStringLiteral("progressDialog"));
    REQUIRE(progress);
    auto* cancel = progress->findChild<QPushButton*>();
    REQUIRE(cancel);
    cancel->click();
    REQUIRE(waitFor([&] { return finished.count() == 1; }, 60000));
    CHECK_FALSE(finished.at(0).at(0).toBool());
    CHECK(f.window.notice().contains(QStringLiteral("cancelled")));
    CHECK(f.window.findChild<QMessageBox*>(QStringLiteral("errorMessageBox")) == nullptr);

    const auto after = f.window.workspace()->stats();
    REQUIRE(after.ok());
    CHECK(after->entities == before->entities);
    CHECK(after->statements == before->statements);
}

TEST_CASE("The English translation is compiled into the program", "[ui]")
{
    CHECK(QFile::exists(QStringLiteral(":/i18n/commonplace_en.qm")));
    CHECK(QFile::exists(QStringLiteral(":/ui/icons/search.svg")));
}

TEST_CASE("MainWindow imports CSV through a mapping file", "[ui]")
{
    TempDir dir;
    FreshSettings settings;
    MainWindow window;
    REQUIRE(
        window.openWorkspace(q(dir.file("csv.commonplace")), store::Workspace::Mode::CreateNew));
    QSignalSpy finished(&window, &MainWindow::taskFinished);
    ui::ImportRequest request;
    request.file = q(test::fixture("ftm/donations.csv"));
    request.dataset = QStringLiteral("donations");
    request.format = io::Format::Csv;
    request.mappingFile = q(test::sourcePath("resources/mappings/donations.json"));
    window.startImport(request);
    REQUIRE(waitFor([&] { return finished.count() == 1; }));
    const bool ok = finished.at(0).at(0).toBool();
    INFO((ok ? std::string() : takeError(window).toStdString()));
    REQUIRE(ok);
    CHECK(window.entityModel()->totalCount() > 0);
}

TEST_CASE("MainWindow opens a record whose page the navigator does not list yet", "[ui][window]")
{
    FreshSettings settings;
    TempDir dir;
    MainWindow window;
    REQUIRE(window.openWorkspace(q(dir.file("w.commonplace")), store::Workspace::Mode::CreateNew));
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    // An address made after the counts were read: no "Other records" entry yet.
    store::Editor editor(*window.workspace(), model::Model::builtin());
    auto address = editor.createEntity("Address");
    REQUIRE(address);
    REQUIRE(editor.addValue(
        {*address, "full", "1 Main Street", "research", {}, {}, store::Sensitivity::Public}));
    window.openRecord(QStringLiteral("entity"), QString::fromStdString(*address));
    CHECK(window.detailView()->currentEntityId() == QString::fromStdString(*address));
}

TEST_CASE("MainWindow asks its leave checks once before another workspace opens", "[ui][window]")
{
    Fixture f;
    int asked = 0;
    bool stay = false;
    f.window.addLeaveCheck({}, [&] {
        ++asked;
        return !stay;
    });
    TempDir other;
    test::workspaceWith(other, "ftm/donations.ijson", "donations", "other.commonplace");
    const QString otherPath = q(other.file("other.commonplace"));

    // Staying: asked once, the open workspace stays.
    stay = true;
    CHECK_FALSE(f.window.openWorkspace(otherPath));
    CHECK(asked == 1);
    auto open = [&] { return QFileInfo(q(f.window.workspace()->path())).canonicalFilePath(); };
    CHECK(open() == QFileInfo(q(f.path)).canonicalFilePath());
    // Leaving: asked once more, the other one opens.
    stay = false;
    CHECK(f.window.openWorkspace(otherPath));
    CHECK(asked == 2);
    CHECK(open() == QFileInfo(otherPath).canonicalFilePath());
    // With explicit options too.
    store::Workspace::OpenOptions options;
    options.mode = store::Workspace::Mode::OpenExisting;
    CHECK(f.window.openWorkspaceWith(q(f.path), options));
    CHECK(asked == 3);
    // A file that is no workspace: nothing is asked (what was typed is neither saved nor
    // discarded), the open workspace stays.
    const std::string bogus = other.write("notes.txt", "not a workspace\n");
    CHECK_FALSE(f.window.openWorkspace(q(bogus)));
    CHECK_FALSE(takeError(f.window).isEmpty());
    CHECK(asked == 3);
    CHECK(open() == QFileInfo(q(f.path)).canonicalFilePath());
}
