// SPDX-License-Identifier: GPL-3.0-or-later
// The analyst's views driven offscreen: the graph explorer (expand, date filter, paths,
// follow the money, undo, export, diagrams), the money-flow timeline and the merge review.
#include "EntityDetailView.h"
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

#include "analyst/AnalystActions.h"
#include "edit/EntityEditor.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFile>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QLocale>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSlider>
#include <QSvgRenderer>
#include <QTabWidget>
#include <QTest>
#include <QTimer>
#include <QToolButton>
#include <QTreeWidget>
#include <QUndoStack>
#include <QXmlStreamReader>

#include <random>

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

/** Paths, flows and payments arrive from the background. */
bool computed(GraphExplorer& explorer)
{
    return waitFor([&] { return !explorer.isComputing(); });
}

QStringList nodeIds(const GraphExplorer& explorer)
{
    QStringList ids;
    for (const auto& n : explorer.scene().nodes())
        ids << n.id;
    ids.sort();
    return ids;
}

QPoint devicePos(GraphExplorer& explorer, const QString& id)
{
    const auto& scene = explorer.scene();
    const int i = scene.indexOf(id);
    REQUIRE(i >= 0);
    return explorer.canvas()->view().toDevice(scene.nodes()[std::size_t(i)].pos).toPoint();
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
    REQUIRE(explorer.scene().edges().size() == 2);
    CHECK(explorer.scene().edges()[0].bend != 0);
    CHECK(explorer.scene().edges()[0].bend != explorer.scene().edges()[1].bend);

    explorer.canvas()->fitToScene(false);
    QTest::mouseDClick(explorer.canvas(), Qt::LeftButton, Qt::NoModifier,
                       devicePos(explorer, QStringLiteral("hub")));
    CHECK(nodeIds(explorer) ==
          QStringList({QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("f1"),
                       QStringLiteral("f2"), QStringLiteral("hub")}));
    CHECK(explorer.scene().edges().size() == 5);
    // b still has a neighbour (c) off the canvas.
    CHECK(explorer.scene()
              .nodes()[std::size_t(explorer.scene().indexOf(QStringLiteral("b")))]
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
    CHECK(explorer.scene().nodes().size() == 6);
    CHECK(explorer.scene().edges().size() == 6);

    auto* from = explorer.findChild<QSlider*>(QStringLiteral("fromYearSlider"));
    REQUIRE(from);
    CHECK(from->minimum() == 2015);
    CHECK(from->maximum() == 2020);
    explorer.setDateRange(2019, 2020);
    REQUIRE(waitFor([&] { return explorer.isLoading(); }, 1000));
    REQUIRE(loadedGraph(explorer));
    // 2015 and 2016 payments are gone; f2 only paid in 2016.
    QStringList edges;
    for (const auto& e : explorer.scene().edges())
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
    for (const auto& e : explorer.scene().edges())
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
    REQUIRE(computed(explorer));
    REQUIRE(paths->topLevelItemCount() == 2);
    CHECK(paths->topLevelItem(0)->child(0)->text(1) == QStringLiteral("3"));
    // The path's actors were added to the view and are highlighted, with its edges.
    QStringList highlighted;
    for (const auto& n : explorer.scene().nodes())
        if (n.highlighted)
            highlighted << n.id;
    highlighted.sort();
    CHECK(highlighted == QStringList({QStringLiteral("b"), QStringLiteral("c"),
                                      QStringLiteral("f1"), QStringLiteral("hub")}));
    int edges = 0;
    for (const auto& e : explorer.scene().edges())
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
    REQUIRE(computed(explorer));
    CHECK(paths->topLevelItem(0)->child(0)->text(1) == QStringLiteral("2"));

    // No path against the direction of the money.
    explorer.select({QStringLiteral("c"), QStringLiteral("f1")});
    REQUIRE(computed(explorer));
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
    REQUIRE(computed(explorer));
    REQUIRE(flows->topLevelItemCount() == 2);
    QTreeWidgetItem* up = flows->topLevelItem(0);
    REQUIRE(up->childCount() == 2); // f1, f2
    QTreeWidgetItem* f1 = up->child(0);
    CHECK(f1->text(0) == QStringLiteral("Foundation One"));
    REQUIRE(f1->childCount() == 2); // EUR 2015, EUR 2019
    flows->setCurrentItem(f1->child(1));
    // The payments' sources are read in the background, on the explorer's own connection.
    REQUIRE(computed(explorer));
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
    const QPointF before = explorer.scene().nodes()[std::size_t(hub)].pos;
    const QPoint at = devicePos(explorer, QStringLiteral("hub"));
    QTest::mousePress(explorer.canvas(), Qt::LeftButton, Qt::NoModifier, at);
    QTest::mouseMove(explorer.canvas(), at + QPoint(30, 40));
    QTest::mouseMove(explorer.canvas(), at + QPoint(60, 80));
    QTest::mouseRelease(explorer.canvas(), Qt::LeftButton, Qt::NoModifier, at + QPoint(60, 80));
    const QPointF moved = explorer.scene().nodes()[std::size_t(hub)].pos;
    CHECK(moved != before);
    REQUIRE(explorer.undoStack()->count() == 2);
    explorer.undoStack()->undo();
    CHECK(explorer.scene().nodes()[std::size_t(hub)].pos == before);
    explorer.undoStack()->redo();
    CHECK(explorer.scene().nodes()[std::size_t(hub)].pos == moved);

    // A pinned actor keeps its place through a layout.
    explorer.setPinned({QStringLiteral("hub")}, true);
    explorer.runLayout(graph::LayoutKind::Circular);
    REQUIRE(waitFor([&] { return !explorer.isLayoutRunning(); }));
    QTest::qWait(20);
    CHECK(explorer.scene().nodes()[std::size_t(hub)].pos == moved);

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
        explorer.scene().nodes()[std::size_t(explorer.scene().indexOf(QStringLiteral("a")))].pos;
    QString error;
    REQUIRE(explorer.saveDiagram(QStringLiteral("Hub funding"), &error));
    REQUIRE(store::listDiagrams(*f.ws)->size() == 1);

    explorer.clearView();
    CHECK(explorer.scene().nodes().empty());
    REQUIRE(explorer.loadDiagram(QStringLiteral("Hub funding"), &error));
    REQUIRE(loadedGraph(explorer));
    CHECK(explorer.scene().nodes().size() == 5);
    const auto& a =
        explorer.scene().nodes()[std::size_t(explorer.scene().indexOf(QStringLiteral("a")))];
    CHECK(a.pinned);
    CHECK(std::abs(a.pos.x() - placeOfA.x()) < 0.1);
    CHECK(!explorer.saveDiagram(QString(), &error));
    CHECK(error == QStringLiteral("a diagram needs a name"));
}

namespace {

/** Unchecks the item of `list` whose id (Qt::UserRole) is `id`. */
void uncheck(QListWidget* list, const QString& id)
{
    for (int i = 0; i < list->count(); ++i)
        if (list->item(i)->data(Qt::UserRole).toString() == id)
            list->item(i)->setCheckState(Qt::Unchecked);
}

QStringList unchecked(const QListWidget* list)
{
    QStringList ids;
    for (int i = 0; i < list->count(); ++i)
        if (list->item(i)->checkState() != Qt::Checked)
            ids << list->item(i)->data(Qt::UserRole).toString();
    return ids;
}

/** Clicks the button of the next modal message box with this text. */
void answerNextMessageBox(const QString& button)
{
    QTimer::singleShot(0, [button] {
        auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
        REQUIRE(box);
        for (QAbstractButton* b : box->buttons())
            if (b->text() == button) {
                b->click();
                return;
            }
        FAIL("no button " << button.toStdString());
    });
}

} // namespace

TEST_CASE("a diagram keeps the filter and style choices, and can be renamed and deleted",
          "[analyst]")
{
    GraphFixture f;
    // A second dataset, so that choosing datasets means something.
    io::ImportOptions o;
    o.dataset = "other";
    REQUIRE(
        io::importFile(
            *f.ws,
            f.dir.write("o.ijson",
                        R"({"id": "x", "schema": "Organization", "properties": {"name": ["Org X"]}}
{"id": "p9", "schema": "Payment", "properties": {"payer": ["x"], "beneficiary": ["hub"], "amount": ["70000"], "currency": ["EUR"], "date": ["2018-01-01"]}}
)"),
            o)
            .ok());
    GraphExplorer explorer;
    explorer.resize(1200, 800);
    explorer.show();
    explorer.setWorkspace(f.ws.get());
    REQUIRE(loadedGraph(explorer));
    explorer.showActor(QStringLiteral("hub"));

    auto* grading = explorer.findChild<QComboBox*>(QStringLiteral("minGradingComboBox"));
    auto* sensitivity = explorer.findChild<QComboBox*>(QStringLiteral("sensitivityComboBox"));
    auto* schemata = explorer.findChild<QListWidget*>(QStringLiteral("schemaFilterList"));
    auto* datasets = explorer.findChild<QListWidget*>(QStringLiteral("datasetFilterList"));
    auto* sizeBy = explorer.findChild<QComboBox*>(QStringLiteral("sizeByComboBox"));
    auto* colourBy = explorer.findChild<QComboBox*>(QStringLiteral("colourByComboBox"));
    auto* layoutKind = explorer.findChild<QComboBox*>(QStringLiteral("layoutComboBox"));
    REQUIRE((grading && sensitivity && schemata && datasets && sizeBy && colourBy && layoutKind));

    // Every choice away from its default.
    explorer.setDateRange(2016, 2019);
    explorer.setMinimumAmount(20000);
    grading->setCurrentIndex(grading->findData(QStringLiteral("C3")));
    sensitivity->setCurrentIndex(1);
    uncheck(schemata, QStringLiteral("Ownership"));
    uncheck(datasets, QStringLiteral("other"));
    explorer.setSizeBy(GraphExplorer::SizeBy::Received);
    explorer.setColourBy(GraphExplorer::ColourBy::Community);
    layoutKind->setCurrentIndex(2);
    REQUIRE(loadedGraph(explorer));
    const QString summary = explorer.filterSummary();
    CHECK(summary.contains(QStringLiteral("2016")));
    CHECK(summary.contains(QStringLiteral("datasets test")));
    QString error;
    REQUIRE(explorer.saveDiagram(QStringLiteral("Narrow view"), &error));

    // Back to the defaults, then the diagram restores every choice.
    explorer.setDateRange(2015, 2020);
    explorer.setMinimumAmount(0);
    grading->setCurrentIndex(0);
    sensitivity->setCurrentIndex(3);
    for (auto* list : {schemata, datasets})
        for (int i = 0; i < list->count(); ++i)
            list->item(i)->setCheckState(Qt::Checked);
    explorer.setSizeBy(GraphExplorer::SizeBy::PageRank);
    explorer.setColourBy(GraphExplorer::ColourBy::Schema);
    layoutKind->setCurrentIndex(0);
    REQUIRE(loadedGraph(explorer));
    CHECK(explorer.filterSummary() != summary);

    REQUIRE(explorer.loadDiagram(QStringLiteral("Narrow view"), &error));
    REQUIRE(loadedGraph(explorer));
    CHECK(explorer.findChild<QSlider*>(QStringLiteral("fromYearSlider"))->value() == 2016);
    CHECK(explorer.findChild<QSlider*>(QStringLiteral("toYearSlider"))->value() == 2019);
    CHECK(explorer.findChild<QDoubleSpinBox*>(QStringLiteral("minAmountSpinBox"))->value() ==
          20000);
    CHECK(grading->currentData().toString() == QStringLiteral("C3"));
    CHECK(sensitivity->currentIndex() == 1);
    CHECK(unchecked(schemata) == QStringList({QStringLiteral("Ownership")}));
    CHECK(unchecked(datasets) == QStringList({QStringLiteral("other")}));
    CHECK(sizeBy->currentData().toInt() == int(GraphExplorer::SizeBy::Received));
    CHECK(colourBy->currentData().toInt() == int(GraphExplorer::ColourBy::Community));
    CHECK(layoutKind->currentIndex() == 2);
    CHECK(explorer.filterSummary() == summary);
    // The projection read is the diagram's: x (dataset "other") is not in it.
    CHECK(!explorer.data()->projection->vertex("x"));
    CHECK(explorer.currentDiagram() == QStringLiteral("Narrow view"));

    // Rename, then a clash is refused and said.
    REQUIRE(explorer.renameDiagram(QStringLiteral("Narrow view"), QStringLiteral("Hub 2016-19"),
                                   &error));
    CHECK(explorer.currentDiagram() == QStringLiteral("Hub 2016-19"));
    REQUIRE(store::loadDiagram(*f.ws, "Hub 2016-19").ok());
    CHECK(!store::loadDiagram(*f.ws, "Narrow view").ok());
    REQUIRE(explorer.saveDiagram(QStringLiteral("Second"), &error));
    CHECK(!explorer.renameDiagram(QStringLiteral("Second"), QStringLiteral("Hub 2016-19"), &error));
    CHECK(error.contains(QStringLiteral("already exists")));

    // Delete asks first: Cancel keeps it, Delete removes it; the view stays.
    REQUIRE(explorer.loadDiagram(QStringLiteral("Hub 2016-19"), &error));
    REQUIRE(loadedGraph(explorer));
    auto* remove = explorer.findChild<QAction*>(QStringLiteral("deleteDiagramAction"));
    REQUIRE(remove);
    answerNextMessageBox(QStringLiteral("Cancel"));
    remove->trigger();
    CHECK(store::listDiagrams(*f.ws)->size() == 2);
    answerNextMessageBox(QStringLiteral("Delete"));
    remove->trigger();
    REQUIRE(store::listDiagrams(*f.ws)->size() == 1);
    CHECK(store::listDiagrams(*f.ws)->front().name == "Second");
    CHECK(explorer.currentDiagram().isEmpty());
    CHECK(!explorer.scene().nodes().empty());
    CHECK(!explorer.deleteDiagram(QStringLiteral("Hub 2016-19"), &error));

    // A diagram saved before the types and datasets were kept (version 1) still opens: every
    // type and dataset shown, the size and sensitivity as it saved them.
    REQUIRE(store::saveDiagram(
        *f.ws, "Old",
        R"({"version": 1, "whole": false, "nodes": [{"id": "hub", "x": 10, "y": 20}],
            "filter": {"from": "", "to": "", "minAmount": 0, "minGrading": "", "maxSensitivity": 3},
            "sizeBy": 2, "colourBy": 0})"));
    explorer.refresh();
    REQUIRE(loadedGraph(explorer));
    REQUIRE(explorer.loadDiagram(QStringLiteral("Old"), &error));
    REQUIRE(loadedGraph(explorer));
    CHECK(unchecked(schemata).isEmpty());
    CHECK(unchecked(datasets).isEmpty());
    CHECK(sizeBy->currentData().toInt() == int(GraphExplorer::SizeBy::Given));
    CHECK(sensitivity->currentIndex() == 3);
    CHECK(explorer.scene().nodes().size() == 1);
}

TEST_CASE("paths arrive from the background and a stale result is dropped", "[analyst]")
{
    GraphFixture f;
    GraphExplorer explorer;
    explorer.resize(1200, 800);
    explorer.show();
    explorer.setWorkspace(f.ws.get());
    REQUIRE(loadedGraph(explorer));
    explorer.showActor(QStringLiteral("f1"));
    REQUIRE(computed(explorer));
    const int droppedBefore = explorer.staleResultsDropped();

    // Two selections in a row: the first one's paths are still computing when the second
    // asks; they are dropped when they arrive, and the tree shows the second one's.
    explorer.select({QStringLiteral("f1"), QStringLiteral("c")});
    CHECK(explorer.isComputing());
    CHECK(explorer.pathTree()->topLevelItem(0)->text(0) == QStringLiteral("Finding paths…"));
    explorer.select({QStringLiteral("hub"), QStringLiteral("c")});
    REQUIRE(computed(explorer));
    CHECK(explorer.staleResultsDropped() > droppedBefore);
    QTreeWidget* paths = explorer.pathTree();
    REQUIRE(paths->topLevelItemCount() == 2);
    CHECK(paths->topLevelItem(0)->child(0)->text(1) == QStringLiteral("2"));
    QStringList highlighted;
    for (const auto& n : explorer.scene().nodes())
        if (n.highlighted)
            highlighted << n.id;
    highlighted.sort();
    CHECK(highlighted ==
          QStringList({QStringLiteral("b"), QStringLiteral("c"), QStringLiteral("hub")}));

    // A selection of one drops paths still computing for two.
    explorer.select({QStringLiteral("f1"), QStringLiteral("c")});
    explorer.select({QStringLiteral("hub")});
    REQUIRE(computed(explorer));
    CHECK(explorer.pathTree()->topLevelItemCount() == 0);
    CHECK(explorer.flowTree()->topLevelItemCount() == 2);
    CHECK(!explorer.scene().hasHighlight());
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
// Both foundations name the same parent (its name in Arabic script) by reference.
const char* kPeopleA =
    R"({"id": "hq-1", "schema": "Organization", "properties": {"name": ["مؤسسة الأسرة الدولية"]}}
{"id": "a-ff", "schema": "Organization", "properties": {"name": ["Family Forward Foundation"], "country": ["us"], "incorporationDate": ["1999"], "parent": ["hq-1"]}}
{"id": "a-jd", "schema": "Person", "properties": {"name": ["Jonathan Doerr"], "nationality": ["us"]}}
)";
const char* kPeopleB =
    R"({"id": "b-ff", "schema": "Organization", "properties": {"name": ["Family Forward Foundation"], "country": ["gb"], "incorporationDate": ["1999"], "parent": ["hq-1"]}}
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
    // The parent, a reference, reads as its name (in its own script), the id in the tooltip;
    // the two sides agree on it.
    bool parentShown = false;
    for (int r = 0; r < model->rowCount(); ++r)
        if (model->data(model->index(r, 0)).toString() == QStringLiteral("Parent company")) {
            parentShown = true;
            CHECK(model->data(model->index(r, PairComparisonModel::LeftValueColumn)).toString() ==
                  QStringLiteral("مؤسسة الأسرة الدولية"));
            CHECK(model->data(model->index(r, PairComparisonModel::RightValueColumn)).toString() ==
                  QStringLiteral("مؤسسة الأسرة الدولية"));
            CHECK(
                model->data(model->index(r, PairComparisonModel::LeftValueColumn), Qt::ToolTipRole)
                    .toString()
                    .contains(QStringLiteral("hq-1")));
            CHECK(model->data(model->index(r, 0), PairComparisonModel::StatusRole).toInt() ==
                  int(PairComparisonModel::Status::Agree));
        }
    CHECK(parentShown);

    review.setFocus();
    QTest::keyClick(&review, Qt::Key_Y);
    match::Resolver resolver(*ws);
    CHECK(resolver.canonicalOf("a-ff").value() == resolver.canonicalOf("b-ff").value());
    // The Merged tab names the parts of a group when it is opened, ids in the tooltips.
    auto* merged = review.findChild<QTreeWidget*>(QStringLiteral("mergedTree"));
    REQUIRE(merged);
    REQUIRE(merged->topLevelItemCount() == 1);
    merged->expandItem(merged->topLevelItem(0));
    REQUIRE(merged->topLevelItem(0)->childCount() == 2);
    for (int i = 0; i < 2; ++i) {
        QTreeWidgetItem* part = merged->topLevelItem(0)->child(i);
        CHECK(part->text(0) == QStringLiteral("Family Forward Foundation"));
        CHECK(part->toolTip(0).contains(part->data(0, Qt::UserRole).toString()));
    }
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

TEST_CASE("the explorer and the timeline are pages beside the detail of the selected actor",
          "[analyst]")
{
    GraphFixture f;
    const QString path = QString::fromStdString(f.ws->path());
    f.ws.reset();
    ui::MainWindow window;
    window.resize(1500, 900);
    window.show();
    REQUIRE(window.openWorkspace(path));
    // Navigator entries exist before the views are made.
    CHECK(window.page(ui::AnalystActions::kGraphPage) != nullptr);
    CHECK(window.page(ui::AnalystActions::kTimelinePage) != nullptr);

    window.showEntity(QStringLiteral("hub"));
    auto* show = window.findChild<QAction*>(QStringLiteral("showInGraphAction"));
    REQUIRE(show);
    REQUIRE(show->isEnabled());
    CHECK(show->shortcut() == QKeySequence(Qt::CTRL | Qt::Key_G));
    show->trigger();
    CHECK(window.currentPage() == ui::AnalystActions::kGraphPage);
    auto* explorer = qobject_cast<GraphExplorer*>(window.page(ui::AnalystActions::kGraphPage));
    REQUIRE(explorer);
    CHECK(explorer->isVisible());
    CHECK(explorer->window() == &window); // a page, not a window of its own
    REQUIRE(waitFor([&] {
        return !explorer->isLoading() && explorer->scene().indexOf(QStringLiteral("hub")) >= 0;
    }));
    CHECK(explorer->scene().nodes().size() == 5);
    CHECK(explorer->canvas()->selection() == QStringList({QStringLiteral("hub")}));

    // The detail pane beside the page shows the actor selected in the graph.
    auto* pane = window.findChild<QWidget*>(QStringLiteral("detailPane"));
    REQUIRE(pane);
    CHECK(pane->isVisible());
    explorer->select({QStringLiteral("a")});
    CHECK(window.detailView()->currentEntityId() == QStringLiteral("a"));
    CHECK(window.detailView()->isVisible());

    // Ctrl+Shift+G shows the page again from elsewhere; the Go menu has the pages too.
    window.showPage(ui::MainWindow::kActorsPage);
    auto* graphAction = window.findChild<QAction*>(QStringLiteral("graphExplorerAction"));
    REQUIRE(graphAction);
    CHECK(graphAction->shortcut() == QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_G));
    graphAction->trigger();
    CHECK(window.currentPage() == ui::AnalystActions::kGraphPage);
    auto* goMenu = window.findChild<QMenu*>(QStringLiteral("goMenu"));
    REQUIRE(goMenu);
    QStringList goEntries;
    for (QAction* a : goMenu->actions())
        goEntries << a->objectName();
    CHECK(goEntries.contains(QStringLiteral("goGraphAction")));
    CHECK(goEntries.contains(QStringLiteral("goMoneyFlowsAction")));

    // The timeline (Ctrl+Shift+M) for the selected actor is a page too, beside its detail.
    auto* timelineAction = window.findChild<QAction*>(QStringLiteral("timelineAction"));
    REQUIRE(timelineAction);
    CHECK(timelineAction->shortcut() == QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M));
    timelineAction->trigger();
    CHECK(window.currentPage() == ui::AnalystActions::kTimelinePage);
    auto* timeline = qobject_cast<MoneyTimeline*>(window.page(ui::AnalystActions::kTimelinePage));
    REQUIRE(timeline);
    CHECK(timeline->window() == &window);
    CHECK(waitFor([&] { return timeline->actor() == QStringLiteral("a"); }));
    CHECK(pane->isVisible());

    // The review queue is its page as before.
    auto* review = window.findChild<QAction*>(QStringLiteral("reviewQueueAction"));
    REQUIRE(review);
    review->trigger();
    CHECK(window.currentPage() == ui::MainWindow::kReviewPage);
    CHECK(qobject_cast<MergeReview*>(window.page(ui::MainWindow::kReviewPage)) != nullptr);
}

TEST_CASE("the timeline opened from the explorer uses the explorer's filter and says so",
          "[analyst]")
{
    GraphFixture f;
    const QString path = QString::fromStdString(f.ws->path());
    f.ws.reset();
    ui::MainWindow window;
    window.resize(1500, 900);
    window.show();
    REQUIRE(window.openWorkspace(path));
    auto* graphAction = window.findChild<QAction*>(QStringLiteral("graphExplorerAction"));
    REQUIRE(graphAction);
    graphAction->trigger();
    auto* explorer = qobject_cast<GraphExplorer*>(window.page(ui::AnalystActions::kGraphPage));
    REQUIRE(explorer);
    REQUIRE(loadedGraph(*explorer));
    explorer->setDateRange(2019, 2020);
    REQUIRE(waitFor([&] { return explorer->isLoading(); }, 1000));
    REQUIRE(loadedGraph(*explorer));
    explorer->showActor(QStringLiteral("hub"));

    // "Money-flow timeline" on the explorer's selection.
    QPushButton* button = nullptr;
    for (auto* b : explorer->findChildren<QPushButton*>())
        if (b->text() == QStringLiteral("Money-flow timeline"))
            button = b;
    REQUIRE(button);
    button->click();
    CHECK(window.currentPage() == ui::AnalystActions::kTimelinePage);
    auto* timeline = qobject_cast<MoneyTimeline*>(window.page(ui::AnalystActions::kTimelinePage));
    REQUIRE(timeline);
    REQUIRE(waitFor([&] { return !timeline->isLoading() && !timeline->periods().isEmpty(); }));
    CHECK(timeline->hasFilter());
    // Only 2019 and 2020: f1's 2015 payment and f2's 2016 one are left out.
    CHECK(timeline->periods() == QStringList({QStringLiteral("2019")}));
    CHECK(timeline->seriesNames() == QStringList({QStringLiteral("Foundation One")}));
    auto* note = timeline->findChild<QLabel*>(QStringLiteral("timelineFilterLabel"));
    REQUIRE(note);
    CHECK(note->isVisible());
    CHECK(note->text().contains(QStringLiteral("graph explorer")));
    CHECK(note->text().contains(QStringLiteral("2019–2020")));

    // The explorer's filter changes: the timeline follows.
    window.showPage(ui::AnalystActions::kGraphPage);
    explorer->setMinimumAmount(300000);
    REQUIRE(waitFor([&] { return explorer->isLoading(); }, 1000));
    REQUIRE(loadedGraph(*explorer));
    REQUIRE(waitFor([&] { return !timeline->isLoading() && timeline->periods().isEmpty(); }));
    CHECK(timeline->filterNote().contains(QStringLiteral("300")));

    // "Show all payments" drops the filter: every year again.
    auto* all = timeline->findChild<QPushButton*>(QStringLiteral("timelineClearFilterButton"));
    REQUIRE(all);
    all->click();
    CHECK(!timeline->hasFilter());
    REQUIRE(waitFor([&] { return !timeline->isLoading() && timeline->periods().size() == 5; }));
    CHECK(!note->isVisible());

    // From a list (not the explorer's selection) the timeline shows every payment.
    window.showEntity(QStringLiteral("b"));
    auto* timelineAction = window.findChild<QAction*>(QStringLiteral("timelineAction"));
    REQUIRE(timelineAction);
    window.showPage(ui::MainWindow::kActorsPage);
    timelineAction->trigger();
    REQUIRE(waitFor([&] { return timeline->actor() == QStringLiteral("b"); }));
    CHECK(!timeline->hasFilter());
}

namespace {

/** A made-up word for generated names: no two pairs share a token. */
std::string word(std::mt19937& rng, int letters)
{
    std::string w;
    for (int i = 0; i < letters; ++i)
        w += char('a' + rng() % 26);
    w[0] = char(w[0] - 'a' + 'A');
    return w;
}

} // namespace

TEST_CASE("the whole review queue is reachable beyond 500 candidates", "[analyst]")
{
    TempDir dir;
    auto opened =
        store::Workspace::open(dir.file("q.commonplace"), store::Workspace::Mode::CreateNew);
    REQUIRE(opened.ok());
    auto ws = std::move(opened).value();
    // 520 organisations recorded twice, once in each of two datasets.
    constexpr int kPairs = 520;
    std::mt19937 rng(7);
    std::string a, b;
    for (int i = 0; i < kPairs; ++i) {
        const std::string name = word(rng, 8) + " " + word(rng, 9) + " " + word(rng, 7);
        a += R"({"id": "a)" + std::to_string(i) +
             R"(", "schema": "Organization", "properties": {"name": [")" + name +
             R"("], "country": ["fr"]}})" + "\n";
        b += R"({"id": "b)" + std::to_string(i) +
             R"(", "schema": "Organization", "properties": {"name": [")" + name +
             R"("], "country": ["fr"]}})" + "\n";
    }
    for (auto [set, text] : {std::pair{"a", &a}, std::pair{"b", &b}}) {
        io::ImportOptions o;
        o.dataset = set;
        REQUIRE(io::importFile(*ws, dir.write(std::string(set) + ".ijson", *text), o).ok());
    }
    MergeReview review;
    review.resize(1200, 700);
    review.show();
    review.setWorkspace(ws.get());
    REQUIRE(waitFor([&] { return !review.isSearching(); }, 30000));
    REQUIRE(review.candidateCount() == kPairs);
    // The list loads a page at a time.
    CHECK(review.loadedRows() == 500);
    auto* progress = review.findChild<QProgressBar*>(QStringLiteral("reviewProgressBar"));
    REQUIRE(progress);
    CHECK(progress->text() == QStringLiteral("0 of 520 judged"));
    auto* list = review.findChild<QListView*>(QStringLiteral("reviewQueueList"));
    REQUIRE(list);
    // The queue's model, checked while its pages load and rows are judged.
    ModelTestWarnings warnings;
    QAbstractItemModelTester tester(list->model(),
                                    QAbstractItemModelTester::FailureReportingMode::Warning);

    // Candidate 515 can be reached, shown and judged.
    review.setCurrentIndex(515);
    CHECK(review.currentIndex() == 515);
    CHECK(review.loadedRows() == kPairs);
    const QStringList pair = review.currentPair();
    REQUIRE(pair.size() == 2);
    CHECK(pair[0].mid(1) == pair[1].mid(1)); // a<i> and b<i>
    CHECK(list->currentIndex().row() == 515);
    CHECK(
        list->model()->data(list->model()->index(515, 0)).toString().contains(QStringLiteral("↔")));
    review.setFocus();
    QTest::keyClick(&review, Qt::Key_N);
    CHECK(review.judgedCount() == 1);
    CHECK(progress->text() == QStringLiteral("1 of 520 judged"));
    CHECK(review.currentIndex() == 516);

    // Skipping past the end wraps to the start; the last one is reachable with the keyboard.
    review.setCurrentIndex(kPairs - 1);
    CHECK(review.currentIndex() == kPairs - 1);
    QTest::keyClick(&review, Qt::Key_S);
    CHECK(review.currentIndex() == 0);
    INFO(warnings.text());
    CHECK(warnings.empty());
}

TEST_CASE("the timeline's amounts are grouped in the UI language", "[analyst]")
{
    GraphFixture f;
    const QLocale before;
    for (const QLocale& locale : {QLocale(QLocale::English, QLocale::UnitedStates),
                                  QLocale(QLocale::French, QLocale::France)}) {
        QLocale::setDefault(locale);
        MoneyTimeline timeline;
        timeline.resize(900, 600);
        timeline.show();
        timeline.setWorkspace(f.ws.get());
        timeline.setActor(QStringLiteral("hub"));
        REQUIRE(waitFor([&] { return !timeline.isLoading() && !timeline.periods().isEmpty(); }));
        // The tallest stack is 250,000 (2019): ticks every 50,000.
        QStringList expected;
        for (qlonglong v = 0; v <= 250000; v += 50000)
            expected << locale.toString(v);
        CHECK(timeline.amountAxisLabels() == expected);
        const QString top = timeline.amountAxisLabels().value(5);
        CHECK(top.size() == 7); // "250" + one grouping separator + "000"
        CHECK(top.startsWith(QStringLiteral("250")));
        CHECK(!top.at(3).isDigit());
        if (locale.language() == QLocale::English)
            CHECK(top == QStringLiteral("250,000"));
        else
            CHECK(top.at(3) != QLatin1Char(','));
        CHECK(timeline.barToolTips().contains(QStringLiteral("Foundation One, 2019: ") +
                                              locale.toString(qlonglong(250000))));
    }
    QLocale::setDefault(before);
}

TEST_CASE("the graph page's side panel folds away (F9) and the canvas takes the room",
          "[analyst][window]")
{
    QSettings().remove(QStringLiteral("graph/sidePanel"));
    GraphFixture f;
    const QString path = QString::fromStdString(f.ws->path());
    f.ws.reset();
    ui::MainWindow window;
    window.resize(1600, 1000);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    REQUIRE(window.openWorkspace(path));
    window.showEntity(QStringLiteral("hub"));
    auto* show = window.findChild<QAction*>(QStringLiteral("showInGraphAction"));
    REQUIRE(show);
    show->trigger();
    auto* explorer = qobject_cast<GraphExplorer*>(window.page(ui::AnalystActions::kGraphPage));
    REQUIRE(explorer);
    REQUIRE(loadedGraph(*explorer));
    auto* side = explorer->findChild<QTabWidget*>(QStringLiteral("graphSideTabs"));
    REQUIRE(side);
    auto* toggle = explorer->findChild<QToolButton*>(QStringLiteral("graphSidePanelButton"));
    REQUIRE(toggle);
    CHECK_FALSE(toggle->accessibleName().isEmpty());
    CHECK(explorer->sidePanelShown());
    CHECK(side->isVisible());
    CHECK(toggle->isChecked());

    // The detail pane beside the graph asks for little room, even while it edits: the editor
    // scrolls in it rather than widening it.
    auto* pane = window.findChild<QWidget*>(QStringLiteral("detailPane"));
    REQUIRE(pane);
    CHECK(pane->isVisible());
    CHECK(pane->minimumSizeHint().width() <= 320);
    window.detailView()->setEditing(true);
    QTest::qWait(0);
    CHECK(pane->minimumSizeHint().width() <= 320);
    window.detailView()->setEditing(false);
    const int withPanel = explorer->canvas()->width();
    INFO("canvas with the side panel: " << withPanel);
    CHECK(withPanel >= 560);

    // F9 hides the panel; the canvas grows by its width; the choice is remembered.
    QTest::keyClick(explorer->canvas(), Qt::Key_F9);
    CHECK_FALSE(explorer->sidePanelShown());
    CHECK_FALSE(side->isVisible());
    CHECK_FALSE(toggle->isChecked());
    CHECK(waitFor([&] { return explorer->canvas()->width() >= withPanel + 200; }, 2000));
    INFO("canvas without: " << explorer->canvas()->width());
    CHECK(explorer->canvas()->width() >= 800);
    CHECK(QSettings().value(QStringLiteral("graph/sidePanel")).toBool() == false);
    {
        GraphExplorer another;
        CHECK_FALSE(another.sidePanelShown());
    }
    // The button shows it again.
    toggle->click();
    CHECK(explorer->sidePanelShown());
    CHECK(side->isVisible());
    CHECK(QSettings().value(QStringLiteral("graph/sidePanel")).toBool() == true);
    CHECK(waitFor([&] { return explorer->canvas()->width() == withPanel; }, 2000));
}

TEST_CASE("selecting another actor in the graph while a value is typed in the "
          "pane asks first",
          "[analyst][edit]")
{
    GraphFixture f;
    const QString path = QString::fromStdString(f.ws->path());
    f.ws.reset();
    ui::MainWindow window;
    window.resize(1500, 900);
    window.show();
    REQUIRE(window.openWorkspace(path));
    window.showEntity(QStringLiteral("hub"));
    window.findChild<QAction*>(QStringLiteral("showInGraphAction"))->trigger();
    auto* explorer = qobject_cast<GraphExplorer*>(window.page(ui::AnalystActions::kGraphPage));
    REQUIRE(explorer);
    REQUIRE(waitFor([&] {
        return !explorer->isLoading() && explorer->scene().indexOf(QStringLiteral("a")) >= 0;
    }));
    REQUIRE(explorer->canvas()->selection() == QStringList{QStringLiteral("hub")});
    auto* editor = window.findChild<ui::EntityEditor*>(QStringLiteral("paneEntityEditor"));
    REQUIRE(editor);
    window.detailView()->setEditing(true);
    REQUIRE(editor->currentEntityId() == QStringLiteral("hub"));
    REQUIRE(editor->selectProperty(QStringLiteral("email")));
    auto* line = editor->findChild<QLineEdit*>(QStringLiteral("valueLineEdit"));
    REQUIRE(line);
    line->setText(QStringLiteral("office@hub.example.org"));
    REQUIRE(editor->hasUncommittedInput());

    int asked = 0;
    auto answer = [&asked](QMessageBox::StandardButton button) {
        QTimer::singleShot(0, [button, &asked] {
            if (auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget())) {
                ++asked;
                box->button(button)->click();
            }
        });
    };
    // Cancel: the pane stays, and so does the graph's selection.
    answer(QMessageBox::Cancel);
    explorer->select({QStringLiteral("a")});
    CHECK(asked == 1);
    CHECK(window.detailView()->currentEntityId() == QStringLiteral("hub"));
    CHECK(explorer->canvas()->selection() == QStringList{QStringLiteral("hub")});
    CHECK(line->text() == QStringLiteral("office@hub.example.org"));
    // Discard: the graph's choice is shown.
    answer(QMessageBox::Discard);
    explorer->select({QStringLiteral("a")});
    CHECK(asked == 2);
    CHECK(window.detailView()->currentEntityId() == QStringLiteral("a"));
    CHECK(editor->currentEntityId() == QStringLiteral("a"));
    CHECK(explorer->canvas()->selection() == QStringList{QStringLiteral("a")});
    CHECK_FALSE(editor->hasUncommittedInput());
}

TEST_CASE("going from an entity page to the graph keeps a value typed in the pane without "
          "asking; leaving for another page asks",
          "[analyst][edit]")
{
    GraphFixture f;
    const QString path = QString::fromStdString(f.ws->path());
    f.ws.reset();
    ui::MainWindow window;
    window.resize(1500, 900);
    window.show();
    REQUIRE(window.openWorkspace(path));
    window.showPage(ui::MainWindow::kActorsPage);
    window.showEntity(QStringLiteral("hub"));
    auto* editor = window.findChild<ui::EntityEditor*>(QStringLiteral("paneEntityEditor"));
    REQUIRE(editor);
    window.detailView()->setEditing(true);
    REQUIRE(editor->currentEntityId() == QStringLiteral("hub"));
    REQUIRE(editor->selectProperty(QStringLiteral("email")));
    auto* line = editor->findChild<QLineEdit*>(QStringLiteral("valueLineEdit"));
    REQUIRE(line);
    line->setText(QStringLiteral("office@hub.example.org"));
    REQUIRE(editor->hasUncommittedInput());

    int asked = 0;
    auto answer = [&asked](QMessageBox::StandardButton button) {
        QTimer::singleShot(0, [button, &asked] {
            if (auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget())) {
                ++asked;
                box->button(button)->click();
            }
        });
    };
    // The same pane stays beside the graph: no question, the typing stays.
    answer(QMessageBox::Cancel); // were it asked, Cancel would keep the actors page
    window.showPage(ui::AnalystActions::kGraphPage);
    QTest::qWait(0);
    CHECK(asked == 0);
    CHECK(window.currentPage() == ui::AnalystActions::kGraphPage);
    CHECK(window.detailView()->currentEntityId() == QStringLiteral("hub"));
    CHECK(line->text() == QStringLiteral("office@hub.example.org"));
    CHECK(editor->hasUncommittedInput());
    // Back to the actors: no question either.
    answer(QMessageBox::Cancel);
    window.showPage(ui::MainWindow::kActorsPage);
    QTest::qWait(0);
    CHECK(asked == 0);
    CHECK(window.currentPage() == ui::MainWindow::kActorsPage);
    CHECK(editor->hasUncommittedInput());
    // A page without the pane asks: Cancel stays.
    answer(QMessageBox::Cancel);
    window.showPage(ui::MainWindow::kFindingsPage);
    CHECK(asked == 1);
    CHECK(window.currentPage() == ui::MainWindow::kActorsPage);
    CHECK(line->text() == QStringLiteral("office@hub.example.org"));
    // Discard goes.
    answer(QMessageBox::Discard);
    window.showPage(ui::MainWindow::kFindingsPage);
    CHECK(asked == 2);
    CHECK(window.currentPage() == ui::MainWindow::kFindingsPage);
    CHECK_FALSE(editor->hasUncommittedInput());
}

namespace {
QStringList g_tabOrderWarnings;
void recordTabOrderWarning(QtMsgType, const QMessageLogContext&, const QString& message)
{
    if (message.contains(QLatin1String("setTabOrder")))
        g_tabOrderWarnings.append(message);
}
} // namespace

TEST_CASE("the explorer's tab order is set without warnings and goes along the rows",
          "[analyst][access]")
{
    g_tabOrderWarnings.clear();
    const QtMessageHandler previous = qInstallMessageHandler(recordTabOrderWarning);
    {
        GraphExplorer explorer;
        explorer.resize(1200, 800);
        explorer.show();
        QTest::qWait(0);
        qInstallMessageHandler(previous);
        CHECK(g_tabOrderWarnings.isEmpty());
        // Tab from the search field reaches the first row's diagram list before the second
        // row's layout list (the order they read, not the order they were made).
        auto* search = explorer.findChild<QWidget*>(QStringLiteral("graphSearchLineEdit"));
        auto* diagrams = explorer.findChild<QWidget*>(QStringLiteral("diagramComboBox"));
        auto* layout = explorer.findChild<QWidget*>(QStringLiteral("layoutComboBox"));
        auto* colour = explorer.findChild<QWidget*>(QStringLiteral("colourByComboBox"));
        REQUIRE(search);
        REQUIRE(diagrams);
        REQUIRE(layout);
        REQUIRE(colour);
        QList<QWidget*> chain;
        for (QWidget* w = search->nextInFocusChain(); w && w != search && chain.size() < 500;
             w = w->nextInFocusChain())
            chain.append(w);
        REQUIRE(chain.contains(diagrams));
        REQUIRE(chain.contains(layout));
        CHECK(chain.indexOf(diagrams) < chain.indexOf(layout));
        CHECK(chain.indexOf(layout) < chain.indexOf(colour));
    }
    qInstallMessageHandler(previous);
}
