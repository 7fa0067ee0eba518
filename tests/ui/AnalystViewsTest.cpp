// SPDX-License-Identifier: GPL-3.0-or-later
// The analyst's views driven offscreen: the graph explorer (expand, date filter, paths,
// follow the money, undo, export, diagrams), the money-flow timeline and the merge review.
#include "MainWindow.h"
#include "UiTestUtil.h"
#include "analyst/GraphExplorer.h"
#include "analyst/MergeReview.h"
#include "analyst/MoneyTimeline.h"
#include "analyst/PairComparisonModel.h"
#include "io/Import.h"
#include "match/Match.h"
#include "store/Diagrams.h"
#include "store/Workspace.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QFile>
#include <QImage>
#include <QSlider>
#include <QSvgRenderer>
#include <QTest>
#include <QTreeWidget>
#include <QUndoStack>
#include <QXmlStreamReader>

using namespace commonplace;
using commonplace::test::ModelTestWarnings;
using commonplace::test::TempDir;
using commonplace::test::waitFor;
using commonplace::ui::GraphExplorer;
using commonplace::ui::MergeReview;
using commonplace::ui::MoneyTimeline;
using commonplace::ui::PairComparisonModel;

namespace {

// Funders F1 and F2 pay Hub; Hub pays Org A and Org B; Org B pays Org C. F1 pays Hub twice
// (parallel edges). Payments are dated 2015 to 2020 in EUR; one in USD.
const char* kGraph =
    R"({"record": "source", "id": "s-990", "title": "990 filing", "reliability": "B", "credibility": "2"}
{"id": "f1", "schema": "Organization", "properties": {"name": ["Foundation One"]}}
{"id": "f2", "schema": "Person", "properties": {"name": ["Donor Two"]}}
{"id": "hub", "schema": "Organization", "properties": {"name": ["Hub Institute"]}}
{"id": "a", "schema": "Organization", "properties": {"name": ["Org A"]}}
{"id": "b", "schema": "Company", "properties": {"name": ["Org B"]}}
{"id": "c", "schema": "Organization", "properties": {"name": ["Org C"]}}
{"id": "p1", "schema": "Payment", "properties": {"payer": ["f1"], "beneficiary": ["hub"], "amount": ["100000"], "currency": ["EUR"], "date": ["2015-03-01"]}}
{"id": "p2", "schema": "Payment", "properties": {"payer": ["f1"], "beneficiary": ["hub"], "amount": ["250000"], "currency": ["EUR"], "date": ["2019-06-01"]}}
{"id": "p3", "schema": "Payment", "properties": {"payer": ["f2"], "beneficiary": ["hub"], "amount": ["50000"], "currency": ["EUR"], "date": ["2016-01-10"]}}
{"id": "p4", "schema": "Payment", "properties": {"payer": ["hub"], "beneficiary": ["a"], "amount": ["40000"], "currency": ["EUR"], "date": ["2019-09-01"]}}
{"id": "p5", "schema": "Payment", "properties": {"payer": ["hub"], "beneficiary": ["b"], "amount": ["30000"], "currency": ["EUR"], "date": ["2020-02-01"]}}
{"id": "p6", "schema": "Payment", "properties": {"payer": ["b"], "beneficiary": ["c"], "amount": ["9000"], "currency": ["USD"], "date": ["2020-05-01"]}}
{"record": "cite", "entity": "p2", "sources": ["s-990"]}
)";

struct GraphFixture
{
    TempDir dir;
    std::unique_ptr<store::Workspace> ws;

    GraphFixture()
    {
        auto opened =
            store::Workspace::open(dir.file("g.commonplace"), store::Workspace::Mode::CreateNew);
        REQUIRE(opened.ok());
        ws = std::move(opened).value();
        io::ImportOptions o;
        o.dataset = "test";
        auto r = io::importFile(*ws, dir.write("g.ijson", kGraph), o);
        INFO((r ? std::string() : r.error().describe()));
        REQUIRE(r.ok());
    }
};

bool loadedGraph(GraphExplorer& explorer)
{
    return waitFor([&] { return !explorer.isLoading() && explorer.data(); });
}

QStringList nodeIds(const GraphExplorer& explorer)
{
    QStringList ids;
    for (const auto& n : explorer.scene().nodes)
        ids << n.id;
    ids.sort();
    return ids;
}

QPoint devicePos(GraphExplorer& explorer, const QString& id)
{
    const auto& scene = explorer.scene();
    const int i = scene.indexOf(id);
    REQUIRE(i >= 0);
    return explorer.canvas()->view().toDevice(scene.nodes[std::size_t(i)].pos).toPoint();
}

} // namespace

TEST_CASE("the explorer expands a node on double-click, one hop at a time", "[analyst]")
{
    GraphFixture f;
    GraphExplorer explorer;
    explorer.resize(1200, 800);
    explorer.show();
    explorer.setWorkspace(f.ws.get());
    REQUIRE(loadedGraph(explorer));
    CHECK(explorer.data()->projection->vertexCount() == 6);

    explorer.showActor(QStringLiteral("f1"));
    // f1 and its one neighbour.
    CHECK(nodeIds(explorer) == QStringList({QStringLiteral("f1"), QStringLiteral("hub")}));
    // The two payments f1 -> hub are two separate curves.
    REQUIRE(explorer.scene().edges.size() == 2);
    CHECK(explorer.scene().edges[0].bend != 0);
    CHECK(explorer.scene().edges[0].bend != explorer.scene().edges[1].bend);

    explorer.canvas()->fitToScene(false);
    QTest::mouseDClick(explorer.canvas(), Qt::LeftButton, Qt::NoModifier,
                       devicePos(explorer, QStringLiteral("hub")));
    CHECK(nodeIds(explorer) ==
          QStringList({QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("f1"),
                       QStringLiteral("f2"), QStringLiteral("hub")}));
    CHECK(explorer.scene().edges.size() == 5);
    // b still has a neighbour (c) off the canvas.
    CHECK(explorer.scene()
              .nodes[std::size_t(explorer.scene().indexOf(QStringLiteral("b")))]
              .expandable);
    explorer.canvas()->fitToScene(false);
    explorer.canvas()->repaint();
    CHECK(explorer.canvas()->lastStats().nodesDrawn == 5);
    CHECK(explorer.canvas()->lastStats().labelsDrawn > 0);
}

TEST_CASE("the explorer's date filter applies live", "[analyst]")
{
    GraphFixture f;
    GraphExplorer explorer;
    explorer.resize(1000, 700);
    explorer.show();
    explorer.setWorkspace(f.ws.get());
    REQUIRE(loadedGraph(explorer));
    explorer.showWholeGraph();
    REQUIRE(waitFor([&] { return !explorer.isLayoutRunning(); }));
    CHECK(explorer.scene().nodes.size() == 6);
    CHECK(explorer.scene().edges.size() == 6);

    auto* from = explorer.findChild<QSlider*>(QStringLiteral("fromYearSlider"));
    REQUIRE(from);
    CHECK(from->minimum() == 2015);
    CHECK(from->maximum() == 2020);
    explorer.setDateRange(2019, 2020);
    REQUIRE(waitFor([&] { return explorer.isLoading(); }, 1000));
    REQUIRE(loadedGraph(explorer));
    // 2015 and 2016 payments are gone; f2 only paid in 2016.
    QStringList edges;
    for (const auto& e : explorer.scene().edges)
        edges << e.id;
    edges.sort();
    CHECK(edges == QStringList({QStringLiteral("p2"), QStringLiteral("p4"), QStringLiteral("p5"),
                                QStringLiteral("p6")}));
    CHECK(explorer.scene().indexOf(QStringLiteral("f2")) < 0);
    CHECK(explorer.canvas()->legend().filter.contains(QStringLiteral("2019")));

    // A minimum amount leaves out the smaller payments (amounts are all EUR but one).
    explorer.setMinimumAmount(35000);
    REQUIRE(waitFor([&] { return explorer.isLoading(); }, 1000));
    REQUIRE(loadedGraph(explorer));
    edges.clear();
    for (const auto& e : explorer.scene().edges)
        edges << e.id;
    edges.sort();
    CHECK(edges == QStringList({QStringLiteral("p2"), QStringLiteral("p4")}));
}

TEST_CASE("selecting two actors highlights the shortest path and lists all paths", "[analyst]")
{
    GraphFixture f;
    GraphExplorer explorer;
    explorer.resize(1200, 800);
    explorer.show();
    explorer.setWorkspace(f.ws.get());
    REQUIRE(loadedGraph(explorer));
    explorer.showActor(QStringLiteral("f1"));
    explorer.canvas()->fitToScene(false);

    // Ctrl+click adds the second end; c is off the canvas, so select it by id.
    explorer.select({QStringLiteral("f1"), QStringLiteral("c")});
    QTreeWidget* paths = explorer.pathTree();
    REQUIRE(paths->topLevelItemCount() == 2);
    CHECK(paths->topLevelItem(0)->child(0)->text(1) == QStringLiteral("3"));
    // The path's actors were added to the view and are highlighted, with its edges.
    QStringList highlighted;
    for (const auto& n : explorer.scene().nodes)
        if (n.highlighted)
            highlighted << n.id;
    highlighted.sort();
    CHECK(highlighted == QStringList({QStringLiteral("b"), QStringLiteral("c"),
                                      QStringLiteral("f1"), QStringLiteral("hub")}));
    int edges = 0;
    for (const auto& e : explorer.scene().edges)
        edges += e.highlighted;
    CHECK(edges == 3);
    // Two parallel payments f1 -> hub make two paths.
    CHECK(paths->topLevelItem(1)->childCount() == 2);

    // With the mouse: click one actor, Ctrl+click another.
    explorer.canvas()->fitToScene(false);
    QTest::mouseClick(explorer.canvas(), Qt::LeftButton, Qt::NoModifier,
                      devicePos(explorer, QStringLiteral("hub")));
    QTest::mouseClick(explorer.canvas(), Qt::LeftButton, Qt::ControlModifier,
                      devicePos(explorer, QStringLiteral("c")));
    CHECK(explorer.canvas()->selection() ==
          QStringList({QStringLiteral("hub"), QStringLiteral("c")}));
    CHECK(paths->topLevelItem(0)->child(0)->text(1) == QStringLiteral("2"));

    // No path against the direction of the money.
    explorer.select({QStringLiteral("c"), QStringLiteral("f1")});
    REQUIRE(paths->topLevelItemCount() == 1);
    CHECK(paths->topLevelItem(0)->text(0).contains(QStringLiteral("no path")));
    CHECK(!explorer.scene().hasHighlight());
}

TEST_CASE("follow the money lists funders per currency and year, and their payments", "[analyst]")
{
    GraphFixture f;
    GraphExplorer explorer;
    explorer.resize(1200, 800);
    explorer.show();
    explorer.setWorkspace(f.ws.get());
    REQUIRE(loadedGraph(explorer));
    explorer.showActor(QStringLiteral("hub"));
    QTreeWidget* flows = explorer.flowTree();
    REQUIRE(flows->topLevelItemCount() == 2);
    QTreeWidgetItem* up = flows->topLevelItem(0);
    REQUIRE(up->childCount() == 2); // f1, f2
    QTreeWidgetItem* f1 = up->child(0);
    CHECK(f1->text(0) == QStringLiteral("Foundation One"));
    REQUIRE(f1->childCount() == 2); // EUR 2015, EUR 2019
    flows->setCurrentItem(f1->child(1));
    REQUIRE(explorer.paymentTree()->topLevelItemCount() == 1);
    QTreeWidgetItem* payment = explorer.paymentTree()->topLevelItem(0);
    CHECK(payment->text(0) == QStringLiteral("2019-06-01"));
    CHECK(payment->text(4) == QStringLiteral("990 filing (B2)"));
    // Downstream at 2 hops reaches c through b.
    QTreeWidgetItem* down = flows->topLevelItem(1);
    CHECK(down->childCount() == 3);
}

TEST_CASE("moving nodes and layouts undo, views export as SVG and PNG", "[analyst]")
{
    GraphFixture f;
    GraphExplorer explorer;
    explorer.resize(1000, 700);
    explorer.show();
    explorer.setWorkspace(f.ws.get());
    REQUIRE(loadedGraph(explorer));
    explorer.showWholeGraph();
    REQUIRE(waitFor([&] { return !explorer.isLayoutRunning(); }));
    REQUIRE(explorer.undoStack()->count() == 1); // the layout
    explorer.canvas()->fitToScene(false);
    const int hub = explorer.scene().indexOf(QStringLiteral("hub"));
    const QPointF before = explorer.scene().nodes[std::size_t(hub)].pos;
    const QPoint at = devicePos(explorer, QStringLiteral("hub"));
    QTest::mousePress(explorer.canvas(), Qt::LeftButton, Qt::NoModifier, at);
    QTest::mouseMove(explorer.canvas(), at + QPoint(30, 40));
    QTest::mouseMove(explorer.canvas(), at + QPoint(60, 80));
    QTest::mouseRelease(explorer.canvas(), Qt::LeftButton, Qt::NoModifier, at + QPoint(60, 80));
    const QPointF moved = explorer.scene().nodes[std::size_t(hub)].pos;
    CHECK(moved != before);
    REQUIRE(explorer.undoStack()->count() == 2);
    explorer.undoStack()->undo();
    CHECK(explorer.scene().nodes[std::size_t(hub)].pos == before);
    explorer.undoStack()->redo();
    CHECK(explorer.scene().nodes[std::size_t(hub)].pos == moved);

    // A pinned actor keeps its place through a layout.
    explorer.setPinned({QStringLiteral("hub")}, true);
    explorer.runLayout(graph::LayoutKind::Circular);
    REQUIRE(waitFor([&] { return !explorer.isLayoutRunning(); }));
    QTest::qWait(20);
    CHECK(explorer.scene().nodes[std::size_t(hub)].pos == moved);

    const QString svg = QString::fromStdString(f.dir.file("view.svg"));
    QString error;
    REQUIRE(explorer.exportView(svg, &error));
    QFile file(svg);
    REQUIRE(file.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&file);
    int elements = 0;
    bool hasLabel = false;
    while (!xml.atEnd()) {
        if (xml.readNext() == QXmlStreamReader::Characters &&
            xml.text().toString().contains(QStringLiteral("Hub Institute")))
            hasLabel = true;
        elements += xml.isStartElement();
    }
    INFO(xml.errorString().toStdString());
    CHECK(!xml.hasError());
    CHECK(elements > 20);
    CHECK(hasLabel);
    CHECK(QSvgRenderer(svg).isValid());

    const QString png = QString::fromStdString(f.dir.file("view.png"));
    REQUIRE(explorer.exportView(png, &error));
    QImage image(png);
    CHECK(image.width() == explorer.canvas()->width() * 3);

    CHECK(!explorer.exportView(QStringLiteral("/nonexistent/folder/x.png"), &error));
    CHECK(!error.isEmpty());
}

TEST_CASE("a diagram saves and restores the actors shown, their places and pins", "[analyst]")
{
    GraphFixture f;
    GraphExplorer explorer;
    explorer.resize(1000, 700);
    explorer.show();
    explorer.setWorkspace(f.ws.get());
    REQUIRE(loadedGraph(explorer));
    explorer.showActor(QStringLiteral("hub"));
    explorer.setPinned({QStringLiteral("a")}, true);
    const QPointF placeOfA =
        explorer.scene().nodes[std::size_t(explorer.scene().indexOf(QStringLiteral("a")))].pos;
    QString error;
    REQUIRE(explorer.saveDiagram(QStringLiteral("Hub funding"), &error));
    REQUIRE(store::listDiagrams(*f.ws)->size() == 1);

    explorer.clearView();
    CHECK(explorer.scene().nodes.empty());
    REQUIRE(explorer.loadDiagram(QStringLiteral("Hub funding"), &error));
    REQUIRE(loadedGraph(explorer));
    CHECK(explorer.scene().nodes.size() == 5);
    const auto& a =
        explorer.scene().nodes[std::size_t(explorer.scene().indexOf(QStringLiteral("a")))];
    CHECK(a.pinned);
    CHECK(std::abs(a.pos.x() - placeOfA.x()) < 0.1);
    CHECK(!explorer.saveDiagram(QString(), &error));
    CHECK(error == QStringLiteral("a diagram needs a name"));
}

TEST_CASE("the timeline stacks payments per funder and lists a bar's payments", "[analyst]")
{
    GraphFixture f;
    MoneyTimeline timeline;
    timeline.resize(900, 600);
    timeline.show();
    timeline.setWorkspace(f.ws.get());
    timeline.setActor(QStringLiteral("hub"));
    REQUIRE(waitFor([&] { return !timeline.isLoading() && !timeline.periods().isEmpty(); }));
    CHECK(timeline.currencies() == QStringList({QStringLiteral("EUR")}));
    CHECK(timeline.periods() ==
          QStringList({QStringLiteral("2015"), QStringLiteral("2016"), QStringLiteral("2017"),
                       QStringLiteral("2018"), QStringLiteral("2019")}));
    CHECK(timeline.seriesNames() ==
          QStringList({QStringLiteral("Foundation One"), QStringLiteral("Donor Two")}));
    timeline.showPayments(0, 4);
    REQUIRE(timeline.paymentTree()->topLevelItemCount() == 1);
    CHECK(timeline.paymentTree()->topLevelItem(0)->data(0, Qt::UserRole).toString() ==
          QStringLiteral("p2"));

    timeline.setReceived(false);
    CHECK(timeline.seriesNames() ==
          QStringList({QStringLiteral("Org A"), QStringLiteral("Org B")}));
    timeline.setMonthly(true);
    CHECK(timeline.periods() ==
          QStringList({QStringLiteral("2019-09"), QStringLiteral("2019-10"),
                       QStringLiteral("2019-11"), QStringLiteral("2019-12"),
                       QStringLiteral("2020-01"), QStringLiteral("2020-02")}));

    // One currency at a time: b's payment is in USD.
    timeline.setActor(QStringLiteral("b"));
    timeline.setReceived(false);
    CHECK(timeline.currencies() == QStringList({QStringLiteral("EUR"), QStringLiteral("USD")}));
    timeline.setCurrency(QStringLiteral("USD"));
    CHECK(timeline.seriesNames() == QStringList({QStringLiteral("Org C")}));
}

namespace {

// Two records of one foundation from two datasets, and an unrelated person.
const char* kPeopleA =
    R"({"id": "a-ff", "schema": "Organization", "properties": {"name": ["Family Forward Foundation"], "country": ["us"], "incorporationDate": ["1999"]}}
{"id": "a-jd", "schema": "Person", "properties": {"name": ["Jonathan Doerr"], "nationality": ["us"]}}
)";
const char* kPeopleB =
    R"({"id": "b-ff", "schema": "Organization", "properties": {"name": ["Family Forward Foundation"], "country": ["gb"], "incorporationDate": ["1999"]}}
{"id": "b-jd", "schema": "Person", "properties": {"name": ["Jonathon Doerr"], "nationality": ["us"]}}
)";

} // namespace

TEST_CASE("merge review judges pairs with y, n and u and can unmerge", "[analyst]")
{
    TempDir dir;
    auto opened =
        store::Workspace::open(dir.file("m.commonplace"), store::Workspace::Mode::CreateNew);
    REQUIRE(opened.ok());
    auto ws = std::move(opened).value();
    for (auto [name, text] : {std::pair{"a", kPeopleA}, std::pair{"b", kPeopleB}}) {
        io::ImportOptions o;
        o.dataset = name;
        REQUIRE(io::importFile(*ws, dir.write(std::string(name) + ".ijson", text), o).ok());
    }
    MergeReview review;
    review.resize(1200, 700);
    review.show();
    review.setWorkspace(ws.get());
    REQUIRE(waitFor([&] { return !review.isSearching(); }));
    REQUIRE(review.candidateCount() == 2);
    CHECK(review.currentIndex() == 0);
    // The two pairs, in score order; review the foundations first.
    int foundations = -1;
    for (int i = 0; i < 2; ++i) {
        review.setCurrentIndex(i);
        if (review.currentPair() == QStringList({QStringLiteral("a-ff"), QStringLiteral("b-ff")}))
            foundations = i;
    }
    REQUIRE(foundations >= 0);
    review.setCurrentIndex(foundations);

    // Side by side: the name agrees, the country conflicts.
    ModelTestWarnings warnings;
    QAbstractItemModelTester tester(review.comparisonModel(),
                                    QAbstractItemModelTester::FailureReportingMode::Warning);
    auto* model = review.comparisonModel();
    CHECK(model->agreeing() >= 2);
    CHECK(model->conflicting() == 1);
    bool conflictOnCountry = false;
    for (int r = 0; r < model->rowCount(); ++r)
        if (model->data(model->index(r, 0), PairComparisonModel::StatusRole).toInt() ==
            int(PairComparisonModel::Status::Conflict))
            conflictOnCountry =
                model->data(model->index(r, 1)).toString().contains(QStringLiteral("us"));
    CHECK(conflictOnCountry);

    review.setFocus();
    QTest::keyClick(&review, Qt::Key_Y);
    match::Resolver resolver(*ws);
    CHECK(resolver.canonicalOf("a-ff").value() == resolver.canonicalOf("b-ff").value());
    CHECK(review.judgedCount() == 1);
    CHECK(review.currentIndex() == 1 - foundations);
    CHECK(review.currentPair() == QStringList({QStringLiteral("a-jd"), QStringLiteral("b-jd")}));

    // The key works while the comparison table has the focus, too.
    auto* table = review.findChild<QWidget*>(QStringLiteral("comparisonTable"));
    REQUIRE(table);
    table->setFocus();
    QTest::keyClick(table, Qt::Key_N);
    auto j = resolver.judgementOf("a-jd", "b-jd");
    REQUIRE(j.has_value());
    CHECK(j->judgement == match::Judgement::Negative);
    CHECK(review.judgedCount() == 2);
    CHECK(review.message().contains(QStringLiteral("Every candidate is judged")));

    // An unsure judgement on a pair judged "no" is refused, and said so.
    review.setCurrentIndex(1 - foundations);
    QTest::keyClick(&review, Qt::Key_U);
    CHECK(review.message().startsWith(QStringLiteral("Not recorded")));

    // Unmerge from the review.
    REQUIRE(review.unmerge(QStringLiteral("a-ff")));
    CHECK(resolver.canonicalOf("a-ff").value() == "a-ff");
    CHECK(review.judgedCount() == 1);
    CHECK(warnings.empty());
    INFO(warnings.text());
}

TEST_CASE("the pair comparison model passes the model tester", "[analyst]")
{
    ModelTestWarnings warnings;
    PairComparisonModel model;
    QAbstractItemModelTester tester(&model,
                                    QAbstractItemModelTester::FailureReportingMode::Warning);
    store::EntityDetail left, right;
    left.entity.id = "l";
    left.entity.schema = "Person";
    right.entity.id = "r";
    right.entity.schema = "Person";
    auto st = [](const char* prop, const char* value, const char* dataset) {
        store::StatementRow s;
        s.prop = prop;
        s.value = value;
        s.dataset = dataset;
        return s;
    };
    left.statements = {st("name", "Ann Example", "x"), st("nationality", "fr", "x"),
                       st("birthDate", "1970", "x")};
    right.statements = {st("name", "ann example ", "y"), st("nationality", "de", "y"),
                        st("email", "a@example.org", "y")};
    model.setPair(left, right);
    CHECK(model.rowCount() == 4);
    CHECK(model.agreeing() == 1);
    CHECK(model.conflicting() == 1);
    CHECK(model.data(model.index(0, 0)).toString() == QStringLiteral("Name"));
    model.clear();
    CHECK(model.rowCount() == 0);
    INFO(warnings.text());
    CHECK(warnings.empty());
}

TEST_CASE("the Analysis menu opens the views and shows the current entity in the graph",
          "[analyst]")
{
    GraphFixture f;
    const QString path = QString::fromStdString(f.ws->path());
    f.ws.reset();
    ui::MainWindow window;
    window.show();
    REQUIRE(window.openWorkspace(path));
    window.showEntity(QStringLiteral("hub"));
    auto* show = window.findChild<QAction*>(QStringLiteral("showInGraphAction"));
    REQUIRE(show);
    REQUIRE(show->isEnabled());
    show->trigger();
    auto* explorer = window.findChild<GraphExplorer*>();
    REQUIRE(explorer);
    REQUIRE(waitFor([&] {
        return !explorer->isLoading() && explorer->scene().indexOf(QStringLiteral("hub")) >= 0;
    }));
    CHECK(explorer->scene().nodes.size() == 5);
    CHECK(explorer->canvas()->selection() == QStringList({QStringLiteral("hub")}));

    auto* review = window.findChild<QAction*>(QStringLiteral("reviewQueueAction"));
    REQUIRE(review);
    review->trigger();
    CHECK(window.findChild<MergeReview*>() != nullptr);
    auto* timeline = window.findChild<QAction*>(QStringLiteral("timelineAction"));
    REQUIRE(timeline);
    timeline->trigger();
    auto* view = window.findChild<MoneyTimeline*>();
    REQUIRE(view);
    CHECK(waitFor([&] { return view->actor() == QStringLiteral("hub"); }));
}
