// SPDX-License-Identifier: GPL-3.0-or-later
// Hidden cases that put the analyst's pages on screen in the main window with the demo data,
// for screenshots:
//   /work/shared/tools/screenshot.sh out.png 14 build/release/tests/ui_tests "[.shot-graph]"
// ([.shot-graph-folded], [.shot-timeline], [.shot-review] likewise). They only wait; run them under
// a real X server.
#include "MainWindow.h"
#include "UiTestUtil.h"
#include "analyst/AnalystActions.h"
#include "analyst/GraphExplorer.h"
#include "analyst/MergeReview.h"
#include "analyst/MoneyTimeline.h"
#include "io/Demo.h"
#include "io/Import.h"

#include <QAction>
#include <QPushButton>
#include <QTreeWidget>

using namespace commonplace;

namespace {

struct DemoWindow
{
    test::TempDir dir;
    std::unique_ptr<ui::MainWindow> window;

    DemoWindow()
    {
        const std::string path = dir.file("demo.commonplace");
        {
            auto ws = store::Workspace::open(path, store::Workspace::Mode::CreateNew);
            REQUIRE(ws);
            REQUIRE(io::loadDemo(**ws));
        }
        window = std::make_unique<ui::MainWindow>();
        window->resize(1560, 940);
        window->move(20, 20);
        window->show();
        REQUIRE(window->openWorkspace(QString::fromStdString(path)));
    }

    QString idOf(const char* name) const
    {
        auto hits = window->workspace()->search(name, 1);
        REQUIRE(hits);
        REQUIRE_FALSE(hits->empty());
        return QString::fromStdString(hits->front().id);
    }

    void trigger(const char* action)
    {
        auto* a = window->findChild<QAction*>(QLatin1String(action));
        REQUIRE(a);
        a->trigger();
    }
};

} // namespace

TEST_CASE("the graph page on the demo data", "[.shot-graph]")
{
    DemoWindow d;
    d.window->showEntity(d.idOf("Cedar Hollow Foundation"));
    d.trigger("showInGraphAction");
    auto* explorer = d.window->findChild<ui::GraphExplorer*>();
    REQUIRE(explorer);
    REQUIRE(test::waitFor([&] { return !explorer->isLoading() && explorer->data(); }));
    explorer->showWholeGraph();
    REQUIRE(test::waitFor([&] { return !explorer->isLayoutRunning(); }, 30000));
    explorer->select({d.idOf("Cedar Hollow Foundation")});
    REQUIRE(test::waitFor([&] { return !explorer->isComputing(); }));
    if (auto* tabs = explorer->findChild<QTabWidget*>(QStringLiteral("graphSideTabs")))
        tabs->setCurrentIndex(2);
    QTest::qWait(60000);
}

TEST_CASE("the graph page with its side panel folded away (F9)", "[.shot-graph-folded]")
{
    DemoWindow d;
    d.window->showEntity(d.idOf("Cedar Hollow Foundation"));
    d.trigger("showInGraphAction");
    auto* explorer = d.window->findChild<ui::GraphExplorer*>();
    REQUIRE(explorer);
    REQUIRE(test::waitFor([&] { return !explorer->isLoading() && explorer->data(); }));
    explorer->setSidePanelShown(false);
    explorer->showWholeGraph();
    REQUIRE(test::waitFor([&] { return !explorer->isLayoutRunning(); }, 30000));
    explorer->select({d.idOf("Cedar Hollow Foundation")});
    REQUIRE(test::waitFor([&] { return !explorer->isComputing(); }));
    QTest::qWait(500);
    explorer->canvas()->fitToScene(false);
    QTest::qWait(60000);
}

TEST_CASE("the money flows page under the explorer's filter", "[.shot-timeline]")
{
    DemoWindow d;
    d.trigger("graphExplorerAction");
    auto* explorer = d.window->findChild<ui::GraphExplorer*>();
    REQUIRE(explorer);
    REQUIRE(test::waitFor([&] { return !explorer->isLoading() && explorer->data(); }));
    const int last = explorer->data()->maxYear;
    explorer->setDateRange(last - 6, last);
    QTest::qWait(400);
    REQUIRE(test::waitFor([&] { return !explorer->isLoading(); }));
    explorer->showActor(d.idOf("Covenant Bridge Institute"));
    REQUIRE(test::waitFor([&] { return !explorer->isComputing(); }));
    for (auto* b : explorer->findChildren<QPushButton*>())
        if (b->text() == QStringLiteral("Money-flow timeline"))
            b->click();
    auto* timeline = d.window->findChild<ui::MoneyTimeline*>();
    REQUIRE(timeline);
    REQUIRE(
        test::waitFor([&] { return !timeline->isLoading() && !timeline->periods().isEmpty(); }));
    if (!timeline->periods().isEmpty() && !timeline->seriesNames().isEmpty())
        timeline->showPayments(0, int(timeline->periods().size()) - 1);
    QTest::qWait(60000);
}

TEST_CASE("the review page on the demo data and a partner's records", "[.shot-review]")
{
    DemoWindow d;
    // A partner's records of two demo organisations: one names the same address, the other
    // an address written in Arabic.
    const char* partner =
        R"({"id": "partner-addr-cairo", "schema": "Address", "properties": {"full": ["١٢ شارع النيل، القاهرة"], "country": ["eg"]}}
{"id": "partner-cedar", "schema": "Organization", "properties": {"name": ["Cedar Hollow Foundation Inc."], "country": ["us"], "incorporationDate": ["1987"], "registrationNumber": ["EIN 00-4417023"], "addressEntity": ["demo-addr-cedar-hollow"], "legalForm": ["Private foundation"]}}
{"id": "partner-covenant", "schema": "Organization", "properties": {"name": ["Covenant Bridge Inst."], "country": ["eg"], "addressEntity": ["partner-addr-cairo"]}}
)";
    io::ImportOptions o;
    o.dataset = "partner";
    REQUIRE(io::importFile(*d.window->workspace(), d.dir.write("partner.ijson", partner), o));
    d.window->refreshAll();
    d.trigger("reviewQueueAction");
    auto* review = d.window->findChild<ui::MergeReview*>();
    REQUIRE(review);
    REQUIRE(test::waitFor([&] { return !review->isSearching(); }, 30000));
    QTest::qWait(60000);
}
