// SPDX-License-Identifier: GPL-3.0-or-later
// The graph explorer's speed (tests/bench/graph-view-bench.sh drives it): on generated
// actor-funding graphs, the force layout the explorer runs, building the explorer's scene,
// full repaints of the view into an offscreen image (the same GraphScene::render the PNG and
// SVG exports use), and paints of the widget itself (GraphCanvas, which keeps an edge layer
// between paints): after a change of view (everything drawn), a selection change, a drag of
// the busiest actor, no change, and panning. Medians of R layout runs and F frames.
//
//   graph_view_bench [--actors N] [--payments M] [--runs R] [--frames F] [--width W]
//                    [--height H] [--png FILE]
//
// Prints one JSON object: sizes, medians in milliseconds, and what the level of detail did.
#include "analyst/GraphCanvas.h"
#include "analyst/GraphData.h"
#include "analyst/GraphScene.h"
#include "graph/Analyses.h"
#include "graph/Projection.h"

#include <QApplication>
#include <QImage>
#include <QMouseEvent>
#include <QPainter>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <functional>
#include <map>
#include <random>
#include <string>
#include <vector>

#include <time.h>

using namespace commonplace;
using commonplace::ui::GraphScene;

namespace {

double ms(const std::function<void()>& f)
{
    auto start = std::chrono::steady_clock::now();
    f();
    return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start)
        .count();
}

/** CPU time of this thread, in milliseconds. */
double cpuMs()
{
    timespec t{};
    ::clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return double(t.tv_sec) * 1e3 + double(t.tv_nsec) / 1e6;
}

/** CPU time of the whole process (every thread), in milliseconds: the layout uses two. */
double processCpuMs()
{
    timespec t{};
    ::clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
    return double(t.tv_sec) * 1e3 + double(t.tv_nsec) / 1e6;
}

double median(std::vector<double> xs)
{
    std::sort(xs.begin(), xs.end());
    const std::size_t n = xs.size();
    return n == 0 ? 0 : n % 2 ? xs[n / 2] : (xs[n / 2 - 1] + xs[n / 2]) / 2;
}

// gen_graph.py's generator, in memory, with amounts, dates and three actor schemata.
graph::Projection generated(std::size_t actors, std::size_t payments, std::uint64_t seed)
{
    std::mt19937_64 rng(seed);
    auto unit = [&] { return static_cast<double>(rng() >> 11) * 0x1.0p-53; };
    static const char* schemata[] = {"Organization", "Company", "Person", "PublicBody"};
    graph::Graph g;
    for (std::size_t i = 0; i < actors; ++i)
        boost::add_vertex(graph::Actor{"a" + std::to_string(i), schemata[i % 4],
                                       "Actor number " + std::to_string(i)},
                          g);
    const double n = static_cast<double>(actors);
    for (std::size_t j = 0; j < payments; ++j) {
        auto payer = static_cast<std::size_t>(n * std::pow(unit(), 3));
        auto beneficiary = static_cast<std::size_t>(n * std::pow(unit(), 1.5));
        while (beneficiary == payer)
            beneficiary = static_cast<std::size_t>(n * unit());
        graph::Relation r;
        r.id = "p" + std::to_string(j);
        r.schema = j % 10 == 9 ? "Ownership" : "Payment";
        r.amount = std::floor(1000 * std::pow(10, 4 * unit()));
        r.currency = "USD";
        r.date = std::to_string(2010 + int(unit() * 14));
        boost::add_edge(payer, beneficiary, r, g);
    }
    return graph::Projection::fromGraph(std::move(g));
}

/** The scene as the explorer builds it: size by PageRank, width by amount (log scale). */
void buildScene(GraphScene& scene, const ui::GraphData& data,
                const std::vector<graph::Point>& positions)
{
    scene.clear();
    const auto& p = *data.projection;
    const auto& g = p.graph();
    double maxRank = 0;
    for (double r : data.pageRank)
        maxRank = std::max(maxRank, r);
    for (std::size_t v = 0; v < p.vertexCount(); ++v) {
        ui::SceneNode node;
        node.id = QString::fromStdString(p.actor(v).id);
        node.schema = QString::fromStdString(p.actor(v).schema);
        node.caption = QString::fromStdString(p.actor(v).caption);
        node.shape = GraphScene::schemaShape(node.schema);
        node.fill = GraphScene::schemaColour(node.schema);
        node.pos = QPointF(positions[v].x, positions[v].y);
        node.metric = data.pageRank[v];
        node.radius = float(5 + 12 * std::sqrt(data.pageRank[v] / maxRank));
        scene.addNode(std::move(node));
    }
    double maxAmount = 0;
    for (auto [it, end] = boost::edges(g); it != end; ++it)
        if (std::isfinite(g[*it].amount))
            maxAmount = std::max(maxAmount, g[*it].amount);
    const double logMax = std::log10(1 + maxAmount);
    for (auto [it, end] = boost::edges(g); it != end; ++it) {
        const graph::Relation& r = g[*it];
        ui::SceneEdge e;
        e.source = int(boost::source(*it, g));
        e.target = int(boost::target(*it, g));
        e.id = QString::fromStdString(r.id);
        e.schema = QString::fromStdString(r.schema);
        e.amount = r.amount;
        e.directed = r.directed;
        e.style = GraphScene::styleOf(e.schema);
        e.width = float(0.8 + 4.2 * std::log10(1 + r.amount) / logMax);
        scene.addEdge(std::move(e));
    }
    scene.finish();
}

/** How good a layout looks, in numbers: linked actors should sit much closer than actors in
 *  general, and no two actors should sit on top of each other. */
struct Quality
{
    double linkedOverAny = 0;   ///< mean edge length / mean distance between consecutive actors
    double nearest = 0;         ///< smallest distance between two actors, frame units
    std::size_t coincident = 0; ///< actors within 0.5 frame units of another
};

Quality qualityOf(const graph::Projection& p, const std::vector<graph::Point>& at)
{
    Quality q;
    const auto& g = p.graph();
    auto distance = [&](std::size_t u, std::size_t v) {
        return std::hypot(at[u].x - at[v].x, at[u].y - at[v].y);
    };
    double linked = 0, any = 0;
    std::size_t edges = 0;
    for (auto [it, end] = boost::edges(g); it != end; ++it)
        if (boost::source(*it, g) != boost::target(*it, g)) {
            linked += distance(boost::source(*it, g), boost::target(*it, g));
            ++edges;
        }
    for (std::size_t v = 1; v < at.size(); ++v)
        any += distance(v - 1, v);
    q.linkedOverAny = (linked / double(std::max<std::size_t>(1, edges))) /
                      (any / double(std::max<std::size_t>(1, at.size() - 1)));
    // Nearest neighbours through a grid of 8-unit cells.
    std::map<std::pair<long, long>, std::vector<std::size_t>> cells;
    for (std::size_t v = 0; v < at.size(); ++v)
        cells[{long(at[v].x / 8), long(at[v].y / 8)}].push_back(v);
    q.nearest = 1e300;
    for (std::size_t v = 0; v < at.size(); ++v) {
        const long cx = long(at[v].x / 8), cy = long(at[v].y / 8);
        double best = 1e300;
        for (long dx = -1; dx <= 1; ++dx)
            for (long dy = -1; dy <= 1; ++dy) {
                auto it = cells.find({cx + dx, cy + dy});
                if (it == cells.end())
                    continue;
                for (std::size_t w : it->second)
                    if (w != v)
                        best = std::min(best, distance(v, w));
            }
        q.nearest = std::min(q.nearest, best);
        q.coincident += best < 0.5;
    }
    return q;
}

struct Frames
{
    double medianMs = 0, minMs = 0, maxMs = 0;
    double cpuMedianMs =
        0; ///< this thread's CPU time: what the machine's other load does not inflate
    ui::RenderStats stats;
};

Frames repaint(const GraphScene& scene, const ui::ViewTransform& view, QImage& image, int frames)
{
    std::vector<double> times;
    Frames out;
    const QRectF rect(0, 0, image.width(), image.height());
    std::vector<double> cpu;
    for (int f = 0; f < frames; ++f) {
        const double c0 = cpuMs();
        times.push_back(ms([&] {
            QPainter painter(&image);
            out.stats = scene.render(painter, view, rect, {});
        }));
        cpu.push_back(cpuMs() - c0);
    }
    out.cpuMedianMs = median(cpu);
    out.medianMs = median(times);
    out.minMs = *std::min_element(times.begin(), times.end());
    out.maxMs = *std::max_element(times.begin(), times.end());
    return out;
}

/** F paints of the real widget (GraphCanvas, with its cached layers) into an image, `change`
 *  called before each: what a person sees when that change happens. */
Frames canvasFrames(ui::GraphCanvas& canvas, QImage& image, int frames,
                    const std::function<void(int)>& change)
{
    std::vector<double> times, cpu;
    Frames out;
    for (int f = 0; f < frames; ++f) {
        change(f);
        const double c0 = cpuMs();
        times.push_back(ms([&] { canvas.render(&image); }));
        cpu.push_back(cpuMs() - c0);
    }
    out.cpuMedianMs = median(cpu);
    out.medianMs = median(times);
    out.minMs = *std::min_element(times.begin(), times.end());
    out.maxMs = *std::max_element(times.begin(), times.end());
    out.stats = canvas.lastStats();
    return out;
}

void sendMouse(QWidget& w, QEvent::Type type, QPointF at, Qt::MouseButtons buttons)
{
    QMouseEvent e(type, at, w.mapToGlobal(at), Qt::LeftButton, buttons, Qt::NoModifier);
    QCoreApplication::sendEvent(&w, &e);
}

ui::ViewTransform fit(const GraphScene& scene, const QSize& size)
{
    QRectF b = scene.bounds().adjusted(-30, -30, 30, 30);
    ui::ViewTransform view;
    view.scale = std::min((size.width() - 48) / b.width(), (size.height() - 48) / b.height());
    view.offset = QPointF(size.width() / 2.0, size.height() / 2.0) - b.center() * view.scale;
    return view;
}

} // namespace

int main(int argc, char** argv)
{
    std::size_t actors = 5000, payments = 20000;
    int runs = 3, frames = 60, width = 1600, height = 1000;
    std::string png;
    bool compare = false;
    for (int i = 1; i < argc; ++i) {
        auto next = [&]() -> const char* {
            if (i + 1 >= argc) {
                std::fprintf(stderr, "graph_view_bench: %s needs a value\n", argv[i]);
                std::exit(2);
            }
            return argv[++i];
        };
        if (!std::strcmp(argv[i], "--actors"))
            actors = std::strtoull(next(), nullptr, 10);
        else if (!std::strcmp(argv[i], "--payments"))
            payments = std::strtoull(next(), nullptr, 10);
        else if (!std::strcmp(argv[i], "--runs"))
            runs = std::atoi(next());
        else if (!std::strcmp(argv[i], "--frames"))
            frames = std::atoi(next());
        else if (!std::strcmp(argv[i], "--width"))
            width = std::atoi(next());
        else if (!std::strcmp(argv[i], "--height"))
            height = std::atoi(next());
        else if (!std::strcmp(argv[i], "--png"))
            png = next();
        else if (!std::strcmp(argv[i], "--compare-single-level"))
            compare = true;
        else {
            std::fprintf(stderr, "usage: graph_view_bench [--actors N] [--payments M] [--runs R] "
                                 "[--frames F] [--width W] [--height H] [--png FILE] "
                                 "[--compare-single-level]\n");
            return 2;
        }
    }
    if (actors < 2 || runs < 1 || frames < 1 || width < 100 || height < 100) {
        std::fprintf(stderr, "graph_view_bench: sizes out of range\n");
        return 2;
    }
    ::setenv("QT_QPA_PLATFORM", "offscreen", 0);
    QApplication app(argc, argv);

    auto projection = std::make_shared<const graph::Projection>(generated(actors, payments, 1));
    ui::GraphData data;
    const double figuresMs = ms([&] { data = ui::graphDataOf(projection); });

    // The explorer's layout: force-directed over a square of 95 units per sqrt(actor).
    graph::LayoutOptions options;
    options.kind = graph::LayoutKind::Force;
    options.width = options.height = std::max(500.0, 95.0 * std::sqrt(double(actors)));
    std::vector<double> layoutTimes, layoutCpu;
    std::vector<graph::Point> positions;
    for (int r = 0; r < runs; ++r) {
        const double c0 = processCpuMs();
        layoutTimes.push_back(ms([&] {
            auto result = graph::layout(*projection, options);
            if (!result) {
                std::fprintf(stderr, "graph_view_bench: %s\n", result.error().describe().c_str());
                std::exit(1);
            }
            positions = std::move(result).value();
        }));
        layoutCpu.push_back(processCpuMs() - c0);
    }

    const Quality quality = qualityOf(*projection, positions);
    // The single-level layout the explorer ran before (the same forces, as many iterations as
    // it chose by size), for comparison in the same run.
    std::vector<double> singleTimes, singleCpu;
    Quality singleQuality;
    if (compare) {
        graph::LayoutOptions single = options;
        single.iterations = actors <= 1000 ? 500 : actors <= 10000 ? 200 : 100;
        std::vector<graph::Point> singlePositions;
        for (int r = 0; r < runs; ++r) {
            const double c0 = processCpuMs();
            singleTimes.push_back(ms(
                [&] { singlePositions = std::move(graph::layout(*projection, single)).value(); }));
            singleCpu.push_back(processCpuMs() - c0);
        }
        singleQuality = qualityOf(*projection, singlePositions);
    }

    GraphScene scene;
    std::vector<double> buildTimes;
    for (int r = 0; r < runs; ++r)
        buildTimes.push_back(ms([&] { buildScene(scene, data, positions); }));

    QImage image(width, height, QImage::Format_ARGB32_Premultiplied);
    const QSize size(width, height);
    const ui::ViewTransform overview = fit(scene, size);
    const Frames whole = repaint(scene, overview, image, frames);
    if (!png.empty())
        image.save(QString::fromStdString(png));
    // Zoomed in on the busiest actor, at zoom 1 (labels, arrows, full detail).
    ui::ViewTransform close;
    close.scale = 1;
    close.offset = QPointF(width / 2.0, height / 2.0) - scene.nodes()[0].pos;
    const Frames zoomed = repaint(scene, close, image, frames);
    // With a path highlighted (everything else faded).
    QStringList pathNodes{scene.nodes()[0].id, scene.nodes()[1].id};
    scene.setHighlight(pathNodes, {scene.edges()[0].id});
    const Frames highlighted = repaint(scene, overview, image, frames);

    // The widget itself, as a person uses it (legend off, like the figures above).
    scene.clearHighlight();
    ui::GraphCanvas canvas(&scene);
    canvas.resize(width, height);
    canvas.setLegend({}, false);
    canvas.setView(overview);
    QImage shown(width, height, QImage::Format_ARGB32_Premultiplied);
    canvas.render(&shown);
    // Every frame a new zoom (by a hair, back and forth): everything drawn.
    const Frames canvasCold = canvasFrames(canvas, shown, frames, [&](int f) {
        ui::ViewTransform v = overview;
        v.scale *= 1 + 1e-4 * (1 + f % 2);
        canvas.setView(v);
    });
    canvas.setView(overview);
    // Every frame another actor selected: the edge layer is kept.
    const Frames canvasSelect = canvasFrames(canvas, shown, frames, [&](int f) {
        canvas.setSelection({scene.nodes()[std::size_t(f % 2 + 10)].id});
    });
    // A drag of the busiest actor, a pixel per frame: its edges over the kept layer of the rest.
    canvas.setSelection({});
    const QPointF grip = overview.toDevice(scene.nodes()[0].pos);
    sendMouse(canvas, QEvent::MouseButtonPress, grip, Qt::LeftButton);
    sendMouse(canvas, QEvent::MouseMove, grip + QPointF(0, 6), Qt::LeftButton);
    canvas.render(&shown);
    const Frames canvasDrag = canvasFrames(canvas, shown, frames, [&](int f) {
        sendMouse(canvas, QEvent::MouseMove, grip + QPointF(0, 7 + f), Qt::LeftButton);
    });
    sendMouse(canvas, QEvent::MouseButtonRelease, grip + QPointF(0, 7 + frames), Qt::NoButton);
    canvas.render(&shown);
    // Nothing changed (an expose, a tooltip closing): shown again as it is.
    const Frames canvasSame = canvasFrames(canvas, shown, frames, [](int) {});
    // Panning (a drag of the background, 3 and 2 pixels a frame), whole graph and at zoom 1:
    // the edge layer scrolls and only the strip that came into view is drawn.
    const Frames canvasPan = canvasFrames(canvas, shown, frames, [&](int f) {
        ui::ViewTransform v = overview;
        v.offset += QPointF(3 * (f + 1), 2 * (f + 1));
        canvas.setView(v);
    });
    canvas.setView(close);
    canvas.render(&shown);
    const Frames canvasPanClose = canvasFrames(canvas, shown, frames, [&](int f) {
        ui::ViewTransform v = close;
        v.offset += QPointF(3 * (f + 1), 2 * (f + 1));
        canvas.setView(v);
    });
    // At zoom 1 a selection change redraws only the nodes and labels over the kept edges.
    const Frames canvasSelectClose = canvasFrames(canvas, shown, frames, [&](int f) {
        canvas.setSelection({scene.nodes()[std::size_t(f % 2 + 10)].id});
    });

    std::printf("{\"actors\": %zu, \"relationships\": %zu, \"runs\": %d, \"frames\": %d, "
                "\"image\": [%d, %d],\n",
                actors, payments, runs, frames, width, height);
    std::printf(" \"figures_ms\": %.1f, \"layout_ms\": %.1f, \"layout_cpu_ms\": %.1f, "
                "\"scene_build_ms\": %.1f,\n",
                figuresMs, median(layoutTimes), median(layoutCpu), median(buildTimes));
    std::printf(" \"layout_quality\": {\"linked_over_any\": %.3f, \"nearest\": %.3f, "
                "\"coincident\": %zu},\n",
                quality.linkedOverAny, quality.nearest, quality.coincident);
    if (compare)
        std::printf(" \"single_level\": {\"layout_ms\": %.1f, \"layout_cpu_ms\": %.1f, "
                    "\"linked_over_any\": %.3f, \"nearest\": %.3f, \"coincident\": %zu},\n",
                    median(singleTimes), median(singleCpu), singleQuality.linkedOverAny,
                    singleQuality.nearest, singleQuality.coincident);
    auto print = [](const char* name, const Frames& f, bool last) {
        std::printf(" \"%s\": {\"median_ms\": %.2f, \"cpu_median_ms\": %.2f, \"min_ms\": %.2f, "
                    "\"max_ms\": %.2f, \"nodes_drawn\": %d, \"edges_drawn\": %d, \"labels\": %d, "
                    "\"simplified\": %s}%s\n",
                    name, f.medianMs, f.cpuMedianMs, f.minMs, f.maxMs, f.stats.nodesDrawn,
                    f.stats.edgesDrawn, f.stats.labelsDrawn, f.stats.simplified ? "true" : "false",
                    last ? "" : ",");
    };
    print("repaint_overview", whole, false);
    print("repaint_zoom_1", zoomed, false);
    print("repaint_highlighted", highlighted, false);
    print("canvas_new_view", canvasCold, false);
    print("canvas_selection_change", canvasSelect, false);
    print("canvas_drag_busiest", canvasDrag, false);
    print("canvas_unchanged", canvasSame, false);
    print("canvas_pan_overview", canvasPan, false);
    print("canvas_pan_zoom_1", canvasPanClose, false);
    print("canvas_selection_change_zoom_1", canvasSelectClose, true);
    std::printf("}\n");
    return 0;
}
