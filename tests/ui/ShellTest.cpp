// SPDX-License-Identifier: GPL-3.0-or-later
// The workbench window's shell: navigator pages, Ctrl+K search, sorting through keyset paging,
// the remembered layout.
#include "EntityDetailView.h"
#include "EntityTableModel.h"
#include "MainWindow.h"
#include "SearchPopup.h"
#include "UiTestUtil.h"
#include "io/Demo.h"
#include "store/Sqlite.h"

#include <QAbstractItemModelTester>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QSet>
#include <QSettings>
#include <QSignalSpy>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QTest>
#include <QTreeWidget>

#include <unicode/coll.h>

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

/** A workspace with the fictional demo data (entities, findings, sources). */
std::string demoWorkspace(const TempDir& dir)
{
    const std::string path = dir.file("demo.commonplace");
    auto ws = store::Workspace::open(path, store::Workspace::Mode::CreateNew);
    REQUIRE(ws);
    auto loaded = io::loadDemo(**ws, {});
    INFO((loaded ? std::string() : loaded.error().describe()));
    REQUIRE(loaded);
    return path;
}

struct Window
{
    Window(const std::string& path)
    {
        QSettings().clear();
        window = std::make_unique<MainWindow>();
        REQUIRE(window->openWorkspace(q(path)));
        window->show();
        REQUIRE(QTest::qWaitForWindowExposed(window.get()));
        QApplication::setActiveWindow(window.get());
        REQUIRE(waitFor([&] { return window->stats() != nullptr; }));
    }
    template <typename T> T* child(const char* name)
    {
        return window->findChild<T*>(QString::fromLatin1(name));
    }
    std::unique_ptr<MainWindow> window;
};

QString pageTitle(Window& w)
{
    return w.child<QLabel>("pageTitleLabel")->text();
}

} // namespace

TEST_CASE("the navigator switches pages by keyboard, and pages can be replaced", "[ui][shell]")
{
    TempDir dir;
    Window w(demoWorkspace(dir));
    auto* navigator = w.child<QTreeWidget>("navigatorTreeWidget");
    auto* pages = w.child<QStackedWidget>("pageStack");
    auto* detailPane = w.child<QWidget>("detailPane");
    REQUIRE(navigator);

    // Go ▸ Findings (Ctrl+1): the findings view the editing part registered.
    QTest::keyClick(w.window.get(), Qt::Key_1, Qt::ControlModifier);
    CHECK(w.window->currentPage() == MainWindow::kFindingsPage);
    CHECK(pages->currentWidget()->objectName() == QStringLiteral("findingsView"));
    CHECK_FALSE(detailPane->isVisible());

    // Down in the navigator: Actors, the entity table, the detail pane back.
    navigator->setFocus();
    QTest::keyClick(navigator, Qt::Key_Down);
    CHECK(w.window->currentPage() == MainWindow::kActorsPage);
    CHECK(pages->currentWidget()->objectName() == QStringLiteral("entityPage"));
    CHECK(detailPane->isVisible());
    const auto* stats = w.window->stats();
    std::int64_t people = stats->schemata.at("Person");
    // Right opens the group, Down goes to its first type (the most common).
    QTest::keyClick(navigator, Qt::Key_Right);
    QTest::keyClick(navigator, Qt::Key_Down);
    CHECK(w.window->currentPage().startsWith(MainWindow::kActorsPage + QLatin1Char('/')));
    w.window->showPage(QStringLiteral("actors/Person"));
    CHECK(pageTitle(w) == QStringLiteral("Actors › People"));
    auto* model = w.window->entityModel();
    while (model->canFetchMore({}))
        model->fetchMore({});
    CHECK(model->rowCount() == people);
    for (int row = 0; row < model->rowCount(); ++row)
        REQUIRE(model->index(row, 0).data(EntityTableModel::SchemaRole).toString() ==
                QStringLiteral("Person"));

    // Another part of the app registers its page (and detail) under the key.
    auto* findings = new QLabel(QStringLiteral("the findings page"));
    auto* editor = new QLabel(QStringLiteral("the finding editor"));
    QSignalSpy changed(w.window.get(), &MainWindow::pageChanged);
    w.window->addPage(MainWindow::kFindingsPage, QStringLiteral("Findings"), findings, editor);
    CHECK(w.window->page(MainWindow::kFindingsPage) == findings);
    w.window->showPage(MainWindow::kFindingsPage);
    CHECK(pages->currentWidget() == findings);
    CHECK(detailPane->isVisible());
    CHECK(editor->isVisible());
    CHECK(changed.count() >= 1);
    CHECK(changed.last().at(0).toString() == MainWindow::kFindingsPage);
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    CHECK(w.child<QLabel>("findingsPlaceholderLabel") == nullptr);

    // Sources, tactics and themes, and the review queue are real views, not placeholders.
    for (const QString& key :
         {MainWindow::kSourcesPage, MainWindow::kTaxonomyPage, MainWindow::kReviewPage}) {
        w.window->showPage(key);
        INFO(key.toStdString());
        CHECK(w.window->currentPage() == key);
        CHECK_FALSE(
            pages->currentWidget()->objectName().endsWith(QStringLiteral("PlaceholderLabel")));
        CHECK(pages->currentWidget()->isVisible());
    }
}

TEST_CASE("Ctrl+K finds an entity and a finding as you type, and Enter opens them", "[ui][shell]")
{
    TempDir dir;
    Window w(demoWorkspace(dir));
    auto* popup = w.window->searchPopup();
    auto* box = w.child<QLineEdit>("globalSearchLineEdit");
    auto* results = w.child<QTreeWidget>("globalSearchResults");
    REQUIRE(box);

    auto search = [&](const QString& text) {
        QTest::keyClick(w.window.get(), Qt::Key_K, Qt::ControlModifier);
        REQUIRE(waitFor([&] { return box->hasFocus() && popup->isVisible(); }, 3000));
        box->selectAll();
        QTest::keyClicks(box, text);
        REQUIRE(waitFor([&] { return popup->isUpToDate() && results->topLevelItemCount() > 0; }));
    };
    auto group = [&](const QString& title) -> QTreeWidgetItem* {
        for (int i = 0; i < results->topLevelItemCount(); ++i) {
            if (results->topLevelItem(i)->text(0) == title)
                return results->topLevelItem(i);
        }
        return nullptr;
    };

    // An entity: the first result is selected; Enter opens it in its page and the detail.
    search(QStringLiteral("abena"));
    QTreeWidgetItem* actors = group(QStringLiteral("Actors"));
    REQUIRE(actors);
    REQUIRE(actors->childCount() >= 1);
    CHECK(actors->child(0)->text(0).contains(QStringLiteral("Abena")));
    CHECK(results->currentItem() == actors->child(0));
    QTest::keyClick(box, Qt::Key_Return);
    CHECK_FALSE(popup->isVisible());
    REQUIRE(waitFor([&] { return !w.window->detailView()->currentEntityId().isEmpty(); }));
    CHECK(w.window->detailView()->currentEntityId().startsWith(QStringLiteral("demo-per-abena")));
    CHECK(w.window->currentPage() == MainWindow::kActorsPage);

    // A finding: Down to it, Enter shows the Findings page and asks it to open the finding.
    QSignalSpy requested(w.window.get(), &MainWindow::findingRequested);
    auto* store = w.window->workspace();
    store::Query first(store->db(), "SELECT key, title FROM finding ORDER BY id LIMIT 1");
    REQUIRE(first.step() == SQLITE_ROW);
    const QString key = q(first.string(0));
    const QString title = q(first.string(1));
    // Two words of its title, the last one cut short.
    const QStringList words = title.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    REQUIRE(words.size() >= 2);
    search(words[0] + QLatin1Char(' ') + words[1].left(3));
    QTreeWidgetItem* findings = group(QStringLiteral("Findings"));
    REQUIRE(findings);
    int index = -1;
    for (int i = 0; i < findings->childCount(); ++i) {
        if (findings->child(i)->text(0) == title)
            index = i;
    }
    REQUIRE(index >= 0);
    while (results->currentItem() != findings->child(index))
        QTest::keyClick(box, Qt::Key_Down);
    QTest::keyClick(box, Qt::Key_Return);
    REQUIRE(requested.count() == 1);
    CHECK(requested.at(0).at(0).toString() == key);
    CHECK(w.window->currentPage() == MainWindow::kFindingsPage);

    // Escape closes without opening anything.
    search(QStringLiteral("abena"));
    QTest::keyClick(box, Qt::Key_Escape);
    CHECK_FALSE(popup->isVisible());
    CHECK(requested.count() == 1);
}

TEST_CASE("the entity table sorts descending and by names in any script through the store",
          "[ui][shell]")
{
    TempDir dir;
    // More than two pages of people, names in Latin (with accents), Greek, Cyrillic, Arabic
    // and Chinese, so that pages after the first are read by keyset.
    const std::vector<std::string> names = {
        "Ábel Nagy",  "Abel Nagy",   "Zoë Adams",      "Émile Durand", "Łukasz Nowak",
        "Σοφία Παπά", "Иван Петров", "Ольга Смирнова", "محمد أحمد",    "فاطمة علي",
        "王伟",       "李娜",        "Ørsted",
    };
    std::string text;
    for (int i = 0; i < 700; ++i)
        text += R"({"id": "p)" + std::to_string(i) +
                R"(", "schema": "Person", "properties": )"
                R"({"name": [")" +
                names[std::size_t(i) % names.size()] + " " + std::to_string(i) + R"("]}})" + "\n";
    const std::string file = dir.write("people.ijson", text);
    {
        auto ws =
            store::Workspace::open(dir.file("s.commonplace"), store::Workspace::Mode::CreateNew);
        REQUIRE(ws);
        io::ImportOptions options;
        options.dataset = "people";
        REQUIRE(io::importFile(**ws, file, options));
    }
    Window w(dir.file("s.commonplace"));
    w.window->showPage(QStringLiteral("actors/Person"));
    auto* table = w.child<QTableView>("entityTableView");
    auto* model = w.window->entityModel();
    test::ModelTestWarnings warnings;
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::Warning);
    // The tester would fetch more inside its reset handler; the view and this test fetch.
    tester.setUseFetchMore(false);

    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<icu::Collator> collator(
        icu::Collator::createInstance(icu::Locale::getRoot(), status));
    collator->setAttribute(UCOL_NUMERIC_COLLATION, UCOL_ON, status);
    auto names_ = [&] {
        while (model->canFetchMore({}))
            model->fetchMore({});
        QStringList out;
        for (int row = 0; row < model->rowCount(); ++row)
            out << model->index(row, EntityTableModel::NameColumn).data().toString();
        return out;
    };
    auto ordered = [&](const QStringList& list, bool descending) {
        for (int i = 1; i < list.size(); ++i) {
            UErrorCode st = U_ZERO_ERROR;
            auto c = collator->compareUTF8(list[i - 1].toStdString(), list[i].toStdString(), st);
            if (descending ? c == UCOL_LESS : c == UCOL_GREATER)
                return false;
        }
        return true;
    };

    const QStringList ascending = names_();
    REQUIRE(ascending.size() == 700);
    CHECK(ordered(ascending, false));
    // Accents are a secondary difference: "Ábel Nagy 0" before "Abel Nagy 1".
    CHECK(ascending.first() == QStringLiteral("Ábel Nagy 0"));
    CHECK(ascending.at(1) == QStringLiteral("Abel Nagy 1"));
    const bool hanLast = ascending.last().startsWith(QStringLiteral("王伟")) ||
                         ascending.last().startsWith(QStringLiteral("李娜"));
    CHECK(hanLast);

    // Clicking the Name header again sorts descending, in the store.
    QHeaderView* header = table->horizontalHeader();
    QTest::mouseClick(header->viewport(), Qt::LeftButton, {},
                      QPoint(header->sectionViewportPosition(EntityTableModel::NameColumn) + 10,
                             header->height() / 2));
    REQUIRE(model->sortOrder() == Qt::DescendingOrder);
    CHECK(model->rowCount() == EntityTableModel::kPageSize); // one page, not everything
    const QStringList descending = names_();
    REQUIRE(descending.size() == 700);
    CHECK(ordered(descending, true));
    QStringList reversed = ascending;
    std::reverse(reversed.begin(), reversed.end());
    CHECK(descending == reversed);

    // A filter in Cyrillic, sorted descending: only those names.
    auto* filter = w.child<QLineEdit>("searchLineEdit");
    filter->setText(QStringLiteral("Иван"));
    REQUIRE(waitFor([&] { return model->rowCount() > 0 && model->filter().text == "Иван"; }));
    const QStringList ivans = names_();
    CHECK(ivans.size() == 700 / int(names.size()) + (700 % int(names.size()) > 6 ? 1 : 0));
    CHECK(ordered(ivans, true));
    INFO(warnings.text());
    CHECK(warnings.empty());
}

TEST_CASE("the window restores its layout: size, splitter, columns and page", "[ui][shell]")
{
    TempDir dir;
    const std::string path = demoWorkspace(dir);
    QList<int> sizes;
    QByteArray header;
    {
        Window w(path);
        w.window->resize(1200, 800);
        auto* splitter = w.child<QSplitter>("mainSplitter");
        splitter->setSizes({300, 500, 400});
        sizes = splitter->sizes();
        auto* table = w.child<QTableView>("entityTableView");
        table->horizontalHeader()->resizeSection(EntityTableModel::TypeColumn, 177);
        w.window->showPage(QStringLiteral("relationships"));
        w.window->close(); // saves
        header = table->horizontalHeader()->saveState();
    }
    // Not Window(): it would clear the settings.
    MainWindow again;
    REQUIRE(again.openWorkspace(q(path)));
    again.show();
    REQUIRE(QTest::qWaitForWindowExposed(&again));
    CHECK(again.size() == QSize(1200, 800));
    CHECK(again.findChild<QSplitter*>(QStringLiteral("mainSplitter"))->sizes() == sizes);
    auto* table = again.findChild<QTableView*>(QStringLiteral("entityTableView"));
    CHECK(table->horizontalHeader()->sectionSize(EntityTableModel::TypeColumn) == 177);
    CHECK(again.currentPage() == MainWindow::kRelationshipsPage);
    // What was saved: layout and the page's key, nothing read from inside the workspace.
    QSettings settings;
    for (const QString& key : settings.allKeys()) {
        INFO(key.toStdString());
        CHECK_FALSE(settings.value(key).toString().contains(QStringLiteral("demo-")));
    }
}
