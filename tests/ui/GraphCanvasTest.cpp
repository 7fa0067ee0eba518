// SPDX-License-Identifier: GPL-3.0-or-later
// The graph canvas keeps its edge layer and its whole picture between paints and draws them
// again only when what they show changed. Each case compares what the canvas shows with the
// scene drawn afresh, pixel for pixel, so a stale layer cannot hide.
#include "analyst/GraphCanvas.h"
#include "UiTestUtil.h"
#include "analyst/GraphScene.h"

#include <QImage>
#include <QPainter>
#include <QTest>

#include <array>
#include <cmath>
#include <random>

using commonplace::test::waitFor;
using commonplace::ui::GraphCanvas;
using commonplace::ui::GraphScene;
using commonplace::ui::SceneEdge;
using commonplace::ui::SceneNode;

namespace {

// `actors` nodes on a jittered grid, edges between random pairs (dense enough for the fast
// pixel path when `edges` is large); node 0 and node 1 always linked, far apart.
void fill(GraphScene& scene, int actors, int edges, std::uint64_t seed = 3)
{
    scene.clear();
    std::mt19937_64 rng(seed);
    const int side = int(std::ceil(std::sqrt(double(actors))));
    for (int i = 0; i < actors; ++i) {
        SceneNode n;
        n.id = QStringLiteral("n%1").arg(i);
        n.schema = i % 2 ? QStringLiteral("Company") : QStringLiteral("Person");
        n.caption = QStringLiteral("Actor %1").arg(i);
        n.shape = GraphScene::schemaShape(n.schema);
        n.fill = GraphScene::schemaColour(n.schema);
        n.pos =
            QPointF((i % side) * 60.0 + double(rng() % 20), (i / side) * 60.0 + double(rng() % 20));
        n.radius = 6;
        n.metric = double(actors - i);
        scene.addNode(std::move(n));
    }
    for (int k = 0; k < edges; ++k) {
        SceneEdge e;
        e.source = k == 0 ? 0 : int(rng() % std::uint64_t(actors));
        e.target = k == 0 ? actors - 1 : int(rng() % std::uint64_t(actors));
        e.id = QStringLiteral("e%1").arg(k);
        e.schema = QStringLiteral("Payment");
        e.style = GraphScene::styleOf(e.schema);
        e.width = 1.5f;
        scene.addEdge(std::move(e));
    }
    scene.finish();
}

QImage shown(GraphCanvas& canvas)
{
    return canvas.grab().toImage().convertToFormat(QImage::Format_RGB32);
}

// The scene drawn afresh in one pass, as an export or the canvas before caching drew it.
QImage fresh(const GraphScene& scene, const GraphCanvas& canvas)
{
    QImage image(canvas.size(), QImage::Format_ARGB32_Premultiplied);
    {
        QPainter p(&image);
        scene.render(p, canvas.view(), QRectF(QPointF(0, 0), QSizeF(canvas.size())), {});
    }
    return image.convertToFormat(QImage::Format_RGB32);
}

QRgb background()
{
    return GraphScene::Options().background.rgb() | 0xff000000u;
}

// Pixels that differ from the background along the segment a-b (device points), ends excluded.
int inkAlong(const QImage& image, QPointF a, QPointF b)
{
    int ink = 0;
    for (int k = 2; k < 18; ++k) {
        const QPointF q = a + (b - a) * (k / 20.0);
        bool any = false;
        for (int dx = -1; dx <= 1; ++dx)
            for (int dy = -1; dy <= 1; ++dy)
                any = any ||
                      (image.pixel(int(q.x()) + dx, int(q.y()) + dy) | 0xff000000u) != background();
        ink += any;
    }
    return ink;
}

} // namespace

TEST_CASE("the graph canvas reuses its layers only while the picture would be the same",
          "[analyst][canvas]")
{
    for (const int edges : {30, 3000}) { // QPainter lines, and the fast pixel path
        INFO("edges: " << edges);
        GraphScene scene;
        fill(scene, 100, edges);
        GraphCanvas canvas(&scene);
        canvas.resize(640, 480);
        canvas.setLegend({}, false);
        canvas.fitToScene(false);

        QImage first = shown(canvas);
        CHECK(first == fresh(scene, canvas));
        const int edgeRenders = canvas.edgeLayerRenders();
        const int frames = canvas.frameRenders();

        // Nothing changed: shown again as it was, nothing drawn.
        CHECK(shown(canvas) == first);
        CHECK(canvas.edgeLayerRenders() == edgeRenders);
        CHECK(canvas.frameRenders() == frames);

        // A selection: the nodes are drawn again over the kept edges.
        canvas.setSelection({QStringLiteral("n5")});
        QImage selected = shown(canvas);
        CHECK(canvas.edgeLayerRenders() == edgeRenders);
        CHECK(canvas.frameRenders() == frames + 1);
        CHECK(selected != first);
        CHECK(selected == fresh(scene, canvas));

        // A colour change (community colours) likewise.
        scene.setFill(7, QColor(Qt::red));
        canvas.update();
        CHECK(shown(canvas) == fresh(scene, canvas));
        CHECK(canvas.edgeLayerRenders() == edgeRenders);

        // A node moved (as the explorer's undo does): its edges follow.
        const QPointF otherEnd = canvas.view().toDevice(scene.nodes()[99].pos);
        scene.setPosition(0, scene.nodes()[0].pos + QPointF(0, 200));
        canvas.update();
        QImage moved = shown(canvas);
        CHECK(canvas.edgeLayerRenders() == edgeRenders + 1);
        CHECK(moved == fresh(scene, canvas));
        const QPointF newEnd = canvas.view().toDevice(scene.nodes()[0].pos);
        if (edges == 30) // (in the dense picture every line has ink nearby)
            CHECK(inkAlong(moved, newEnd, otherEnd) >= 14);

        // A highlighted path changes the edges too (the rest fade).
        scene.setHighlight({QStringLiteral("n0"), QStringLiteral("n99")}, {QStringLiteral("e0")});
        canvas.update();
        CHECK(shown(canvas) == fresh(scene, canvas));
        CHECK(canvas.edgeLayerRenders() == edgeRenders + 2);
        scene.clearHighlight();

        // A filter: the explorer rebuilds the scene without some relationships; they go.
        if (edges == 30) {
            scene.clearEdges();
            scene.finish();
            canvas.update();
            QImage none = shown(canvas);
            CHECK(none == fresh(scene, canvas));
            // (actors on the line keep some ink there)
            CHECK(inkAlong(none, newEnd, otherEnd) + 10 <= inkAlong(moved, newEnd, otherEnd));
        }

        // A zoom draws everything again.
        const int beforeZoom = canvas.edgeLayerRenders();
        canvas.zoomBy(1.3, QPointF(320, 240));
        CHECK(shown(canvas) == fresh(scene, canvas));
        CHECK(canvas.edgeLayerRenders() == beforeZoom + 1);

        // A pan scrolls the edge layer and draws only the strips that came into view: close to
        // a fresh drawing at once (lines cut at the strip's edge may differ by a shade) ...
        const int scrolls = canvas.edgeLayerScrolls();
        canvas.setView({canvas.view().scale, canvas.view().offset + QPointF(17, -9)});
        QImage panned = shown(canvas);
        CHECK(canvas.edgeLayerScrolls() == scrolls + 1);
        CHECK(canvas.edgeLayerRenders() == beforeZoom + 1);
        QImage reference = fresh(scene, canvas);
        int differ = 0;
        for (int y = 0; y < panned.height(); ++y)
            for (int x = 0; x < panned.width(); ++x)
                differ += panned.pixel(x, y) != reference.pixel(x, y);
        CHECK(differ < panned.width() * panned.height() / 100);
        // ... and exactly that a moment after the pan stops.
        CHECK(waitFor(
            [&] {
                shown(canvas);
                return canvas.edgeLayerRenders() == beforeZoom + 2;
            },
            3000));
        CHECK(shown(canvas) == fresh(scene, canvas));
    }
}

TEST_CASE("dragging a node keeps the other edges cached and shows its edges where it is",
          "[analyst][canvas]")
{
    for (const int edges : {30, 3000}) {
        INFO("edges: " << edges);
        GraphScene scene;
        fill(scene, 100, edges);
        GraphCanvas canvas(&scene);
        canvas.resize(640, 480);
        canvas.setLegend({}, false);
        canvas.fitToScene(false);
        shown(canvas);

        const QPoint at = canvas.view().toDevice(scene.nodes()[0].pos).toPoint();
        const QPointF otherEnd = canvas.view().toDevice(scene.nodes()[99].pos);
        QTest::mousePress(&canvas, Qt::LeftButton, Qt::NoModifier, at);
        QTest::mouseMove(&canvas, at + QPoint(0, 40));
        shown(canvas); // the drag's first frame lays down a layer without node 0's edges
        const int renders = canvas.edgeLayerRenders();
        for (int step = 2; step <= 5; ++step) {
            QTest::mouseMove(&canvas, at + QPoint(0, 40 * step));
            QImage frame = shown(canvas);
            CHECK(canvas.edgeLayerRenders() == renders);
            const QPointF end = canvas.view().toDevice(scene.nodes()[0].pos);
            CHECK(std::abs(end.y() - (at.y() + 40 * step)) < 1.5);
            // The long edge 0 -> 99 is drawn to the node's new place.
            if (edges == 30)
                CHECK(inkAlong(frame, end, otherEnd) >= 14);
        }
        QTest::mouseRelease(&canvas, Qt::LeftButton, Qt::NoModifier, at + QPoint(0, 200));
        // Dropped: exactly what a fresh drawing gives.
        CHECK(shown(canvas) == fresh(scene, canvas));
    }
}

TEST_CASE("the scene counts revisions of what each layer shows, and only real changes",
          "[analyst][canvas]")
{
    GraphScene scene;
    fill(scene, 10, 12);
    auto revisions = [&] {
        return std::array<quint64, 5>{scene.nodeRevision(), scene.edgeRevision(),
                                      scene.positionRevision(), scene.movingRevision(),
                                      scene.movingSetRevision()};
    };
    enum
    {
        Nodes,
        Edges,
        Positions,
        Moving,
        MovingSet
    };
    auto changed = [&](const std::array<quint64, 5>& before) {
        const auto now = revisions();
        std::vector<int> which;
        for (int k = 0; k < 5; ++k)
            if (now[std::size_t(k)] != before[std::size_t(k)])
                which.push_back(k);
        return which;
    };
    using V = std::vector<int>;

    auto before = revisions();
    // Setting what is already there changes nothing.
    scene.setFill(3, scene.nodes()[3].fill);
    scene.setPosition(3, scene.nodes()[3].pos);
    scene.setSelected(3, false);
    scene.setRadius(3, scene.nodes()[3].radius);
    CHECK(changed(before) == V{});
    // A colour, a flag: the node layer only.
    scene.setFill(3, QColor(Qt::red));
    CHECK(changed(before) == V{Nodes});
    before = revisions();
    scene.setSelected(3, true);
    scene.setPinned(4, true);
    CHECK(changed(before) == V{Nodes});
    // A size: the edges end at the rim, so both layers.
    before = revisions();
    scene.setRadius(3, 11);
    CHECK(changed(before) == V{Nodes, Edges});
    // A move: the nodes and the positions.
    before = revisions();
    scene.setPosition(3, QPointF(-40, -40));
    CHECK(changed(before) == V{Nodes, Positions});
    // While node 3 is dragged its moves leave the other positions' revision alone.
    std::vector<char> moving(scene.nodes().size(), 0);
    moving[3] = 1;
    before = revisions();
    scene.setMoving(moving);
    CHECK(changed(before) == V{MovingSet});
    before = revisions();
    scene.setPosition(3, QPointF(-50, -40));
    CHECK(changed(before) == V{Nodes, Moving});
    before = revisions();
    scene.setPosition(4, QPointF(-50, 40)); // not dragged
    CHECK(changed(before) == V{Nodes, Positions});
    before = revisions();
    scene.setMoving({});
    CHECK(changed(before) == V{MovingSet});
    CHECK(scene.moving() == nullptr);
    // The highlight and the edges themselves.
    before = revisions();
    scene.setHighlight({QStringLiteral("n0")}, {QStringLiteral("e0")});
    CHECK(changed(before) == V{Nodes, Edges});
    before = revisions();
    scene.clearEdges();
    CHECK(changed(before) == V{Edges});
    // A rebuild: every revision is new, never one seen before.
    before = revisions();
    fill(scene, 10, 12);
    for (int k : {Nodes, Edges, Positions})
        CHECK(revisions()[std::size_t(k)] > before[std::size_t(k)]);
}
