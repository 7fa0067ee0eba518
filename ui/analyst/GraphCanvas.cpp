// SPDX-License-Identifier: GPL-3.0-or-later
#include "analyst/GraphCanvas.h"

#include <QContextMenuEvent>
#include <QEasingCurve>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QWheelEvent>

#include <algorithm>
#include <bit>
#include <cmath>
#include <cstring>

namespace commonplace::ui {

namespace {
constexpr double kMinScale = 0.005;
constexpr double kMaxScale = 40;
} // namespace

GraphCanvas::GraphCanvas(GraphScene* scene, QWidget* parent)
    : QWidget(parent)
    , m_scene(scene)
{
    setObjectName(QStringLiteral("graphCanvas"));
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(false);
    setMinimumSize(320, 240);
    setAttribute(Qt::WA_OpaquePaintEvent);
    setAccessibleName(tr("Graph canvas"));
    m_animation.setDuration(220);
    m_animation.setEasingCurve(QEasingCurve::OutCubic);
    m_animation.setStartValue(0.0);
    m_animation.setEndValue(1.0);
    m_settle.setSingleShot(true);
    m_settle.setInterval(150);
    connect(&m_settle, &QTimer::timeout, this, [this] {
        if (m_edgeScrolled) {
            m_edgeValid = false;
            update();
        }
    });
    connect(&m_animation, &QVariantAnimation::valueChanged, this, [this](const QVariant& v) {
        const double t = v.toDouble();
        // Interpolate the scale geometrically, so zooming feels even.
        m_view.scale = m_animFrom.scale * std::pow(m_animTo.scale / m_animFrom.scale, t);
        m_view.offset = m_animFrom.offset + (m_animTo.offset - m_animFrom.offset) * t;
        update();
        emit viewChanged();
    });
}

void GraphCanvas::setView(const ViewTransform& view)
{
    m_animation.stop();
    m_view = view;
    update();
    emit viewChanged();
}

void GraphCanvas::animateTo(const ViewTransform& target)
{
    m_animation.stop();
    m_animFrom = m_view;
    m_animTo = target;
    m_animation.start();
}

void GraphCanvas::fitToScene(bool animate)
{
    QRectF b = m_scene->bounds();
    if (b.isNull() || width() < 10 || height() < 10) {
        setView({});
        return;
    }
    b.adjust(-30, -30, 30, 30);
    const double margin = 24;
    // The legend sits at the top left: the graph fits beside it when there is room.
    const double legend = m_legendShown && width() > 700 ? 262 : 0;
    const double room = width() - legend;
    double scale = std::min((room - 2 * margin) / std::max(1.0, b.width()),
                            (height() - 2 * margin) / std::max(1.0, b.height()));
    scale = std::clamp(scale, kMinScale, 2.0);
    ViewTransform target;
    target.scale = scale;
    target.offset = QPointF(legend + room / 2.0, height() / 2.0) - b.center() * scale;
    if (animate && isVisible())
        animateTo(target);
    else
        setView(target);
}

void GraphCanvas::zoomBy(double factor, QPointF anchor)
{
    m_animation.stop();
    const double scale = std::clamp(m_view.scale * factor, kMinScale, kMaxScale);
    const QPointF world = m_view.toWorld(anchor);
    m_view.scale = scale;
    m_view.offset = anchor - world * scale;
    update();
    emit viewChanged();
}

void GraphCanvas::centreOn(QPointF world, bool animate)
{
    ViewTransform target = m_view;
    target.offset = QPointF(width() / 2.0, height() / 2.0) - world * m_view.scale;
    if (animate && isVisible())
        animateTo(target);
    else
        setView(target);
}

void GraphCanvas::setLegend(const LegendInfo& info, bool shown)
{
    m_legend = info;
    m_legendShown = shown;
    update();
}

void GraphCanvas::setSelection(const QStringList& ids)
{
    m_selectionSynced = false;
    m_selection.clear();
    for (const QString& id : ids)
        if (m_scene->indexOf(id) >= 0 && !m_selection.contains(id))
            m_selection.append(id);
    syncSelectionFlags();
    update();
    emit selectionChanged();
}

void GraphCanvas::syncSelectionFlags()
{
    // The scene may have been rebuilt since (other indexes, nodes gone): flags follow the ids.
    std::vector<char> wanted(m_scene->nodes().size(), 0);
    QStringList kept;
    for (const QString& id : std::as_const(m_selection))
        if (int i = m_scene->indexOf(id); i >= 0) {
            wanted[std::size_t(i)] = 1;
            kept.append(id);
        }
    for (std::size_t i = 0; i < wanted.size(); ++i)
        m_scene->setSelected(int(i), wanted[i] != 0);
    m_selection = kept;
    m_selectionSynced = true;
    m_syncedStructure = m_scene->structureRevision();
}

namespace {

quint64 combine(quint64 h, quint64 x)
{
    h = (h ^ x) * 0x9e3779b97f4a7c15ull;
    return h ^ (h >> 31);
}

quint64 combine(quint64 h, double x)
{
    return combine(h, std::bit_cast<quint64>(x));
}

} // namespace

void GraphCanvas::paintEvent(QPaintEvent*)
{
    // Painted into images of our own first, so that a dense graph can be drawn straight into
    // their pixels (GraphScene's fast path), then shown in one copy.
    const qreal dpr = devicePixelRatioF();
    const QSize pixels = size() * dpr;
    // Selection flags are put in the scene again only when the selection or its nodes changed.
    if (!m_selectionSynced || m_syncedStructure != m_scene->structureRevision())
        syncSelectionFlags();
    const GraphScene::Options options;

    // While nodes are dragged (the scene knows which), their edges are left out of the kept
    // layer and drawn on top.
    const std::vector<char>* movingFlags = m_scene->moving();

    // What each layer shows is named by the scene's revisions plus the view: comparing a few
    // numbers tells whether a kept layer still holds, whatever the size of the graph.
    quint64 viewKey = combine(quint64(pixels.width()) << 32 | quint64(pixels.height()), dpr);
    viewKey =
        combine(combine(combine(viewKey, m_view.scale), m_view.offset.x()), m_view.offset.y());
    quint64 sceneKey =
        combine(combine(quint64(pixels.width()) << 32 | quint64(pixels.height()), dpr),
                combine(m_scene->edgeRevision(), m_scene->positionRevision()));
    // Dragging: the layer of the other edges holds while the dragged nodes move (only which
    // nodes are dragged counts). Otherwise every position counts, the dragged ones' too.
    sceneKey = movingFlags ? combine(combine(sceneKey, m_scene->movingSetRevision()), quint64(1))
                           : combine(combine(sceneKey, m_scene->movingRevision()), quint64(0));
    const quint64 edgeKey = combine(viewKey, sceneKey);
    quint64 frameKey = combine(edgeKey, m_scene->nodeRevision());
    frameKey = combine(frameKey, quint64(m_legendShown) | quint64(m_legend.brokers) << 1);
    for (const QString* text :
         {&m_legend.title, &m_legend.sizeMeaning, &m_legend.colourMeaning, &m_legend.filter})
        frameKey = combine(frameKey, quint64(qHash(*text)));

    const bool edgesKept = m_edgeValid && m_edgeKey == edgeKey && m_edgeLayer.size() == pixels &&
                           m_edgeLayer.devicePixelRatio() == dpr;
    if (!edgesKept || !m_bufferValid || m_bufferKey != frameKey || m_buffer.size() != pixels) {
        const GraphScene::Frame frame = m_scene->plan(m_view, QRectF(rect()), options);
        if (!edgesKept) {
            const bool sameLayer = m_edgeValid && m_edgeSceneKey == sceneKey &&
                                   m_edgeLayer.size() == pixels &&
                                   m_edgeLayer.devicePixelRatio() == dpr &&
                                   m_edgeView.scale == m_view.scale && m_edgeLod == frame.lod;
            const QPointF shift = (m_view.offset - m_edgeView.offset) * dpr;
            const double sx = std::round(shift.x()), sy = std::round(shift.y());
            if (sameLayer && std::abs(shift.x() - sx) < 1e-6 && std::abs(shift.y() - sy) < 1e-6 &&
                std::abs(sx) < pixels.width() / 2.0 && std::abs(sy) < pixels.height() / 2.0) {
                scrollEdgeLayer(frame, int(sx), int(sy), movingFlags);
            } else {
                if (m_edgeLayer.size() != pixels || m_edgeLayer.devicePixelRatio() != dpr) {
                    m_edgeLayer = QImage(pixels, QImage::Format_ARGB32_Premultiplied);
                    m_edgeLayer.setDevicePixelRatio(dpr);
                }
                GraphScene::Parts parts;
                parts.nodes = parts.labels = false;
                parts.moving = movingFlags;
                parts.edgeSet = movingFlags ? GraphScene::Parts::EdgeSet::Still
                                            : GraphScene::Parts::EdgeSet::All;
                QPainter e(&m_edgeLayer);
                m_edgeStats = m_scene->render(e, frame, options, parts);
                m_edgeScrolled = false;
                m_settle.stop();
                ++m_edgeRenders;
            }
            m_edgeKey = edgeKey;
            m_edgeSceneKey = sceneKey;
            m_edgeView = m_view;
            m_edgeLod = frame.lod;
            m_edgeValid = true;
        }
        if (m_buffer.size() != pixels || m_buffer.devicePixelRatio() != dpr) {
            m_buffer = QImage(pixels, QImage::Format_ARGB32_Premultiplied);
            m_buffer.setDevicePixelRatio(dpr);
        }
        std::memcpy(m_buffer.bits(), m_edgeLayer.constBits(), std::size_t(m_buffer.sizeInBytes()));
        {
            QPainter b(&m_buffer);
            RenderStats moved;
            if (movingFlags) {
                GraphScene::Parts parts;
                parts.background = parts.nodes = parts.labels = false;
                parts.moving = movingFlags;
                parts.edgeSet = GraphScene::Parts::EdgeSet::Moving;
                moved = m_scene->render(b, frame, options, parts);
            }
            GraphScene::Parts parts;
            parts.background = parts.edges = false;
            m_stats = m_scene->render(b, frame, options, parts);
            m_stats.edgesDrawn = m_edgeStats.edgesDrawn + moved.edgesDrawn;
            m_stats.simplified = m_stats.simplified || m_edgeStats.simplified;
            if (m_legendShown && !m_scene->nodes().empty())
                m_scene->renderLegend(b, QPointF(12, 12), m_legend);
        }
        m_bufferKey = frameKey;
        m_bufferValid = true;
        ++m_frameRenders;
    }
    QPainter p(this);
    p.drawImage(QPoint(0, 0), m_buffer);
    if (m_scene->nodes().empty()) {
        p.setPen(QColor(0x66, 0x66, 0x66));
        p.drawText(rect().adjusted(40, 40, -40, -40), Qt::AlignCenter | Qt::TextWordWrap,
                   tr("Search for an actor above, or choose \"Whole graph\", to start "
                      "exploring.\nDouble-click an actor to show its neighbours."));
        return;
    }
}

void GraphCanvas::scrollEdgeLayer(const GraphScene::Frame& frame, int dx, int dy,
                                  const std::vector<char>* moving)
{
    // Move the pixels that stay on screen, row by row (in place, from the far side first).
    const int w = m_edgeLayer.width(), h = m_edgeLayer.height();
    const auto bpl = std::size_t(m_edgeLayer.bytesPerLine());
    uchar* bits = m_edgeLayer.bits();
    const int cols = w - std::abs(dx);
    auto moveRow = [&](int from, int to) {
        const uchar* src = bits + std::size_t(from) * bpl + std::size_t(std::max(0, -dx)) * 4;
        uchar* dst = bits + std::size_t(to) * bpl + std::size_t(std::max(0, dx)) * 4;
        std::memmove(dst, src, std::size_t(cols) * 4);
    };
    if (dy > 0)
        for (int y = h - 1; y >= dy; --y)
            moveRow(y - dy, y);
    else
        for (int y = 0; y < h + dy; ++y)
            moveRow(y - dy, y);
    // Then draw the strips that came into view, in device coordinates.
    const double dpr = m_edgeLayer.devicePixelRatio();
    std::vector<QRect> strips;
    if (dx > 0)
        strips.emplace_back(0, 0, dx, h);
    else if (dx < 0)
        strips.emplace_back(w + dx, 0, -dx, h);
    if (dy > 0)
        strips.emplace_back(0, 0, w, dy);
    else if (dy < 0)
        strips.emplace_back(0, h + dy, w, -dy);
    QPainter e(&m_edgeLayer);
    for (const QRect& strip : strips) {
        GraphScene::Parts parts;
        parts.nodes = parts.labels = false;
        parts.moving = moving;
        parts.edgeSet =
            moving ? GraphScene::Parts::EdgeSet::Still : GraphScene::Parts::EdgeSet::All;
        parts.clip = QRectF(QPointF(strip.topLeft()) / dpr, QSizeF(strip.size()) / dpr);
        m_scene->render(e, frame, {}, parts);
    }
    // The figures stay those of the last whole layer, which is drawn again shortly.
    m_edgeScrolled = true;
    m_settle.start();
    ++m_edgeScrolls;
}

void GraphCanvas::mousePressEvent(QMouseEvent* event)
{
    setFocus(Qt::MouseFocusReason);
    m_scene->setMoving({}); // a drag whose release never came (a dialog took it) is over
    m_pressDevice = m_lastDevice = event->position();
    m_dragMoved = false;
    if (event->button() != Qt::LeftButton) {
        if (event->button() == Qt::MiddleButton)
            m_drag = Drag::Pan;
        return;
    }
    const int hit = m_scene->nodeAt(event->position(), m_view);
    if (hit < 0) {
        m_drag = Drag::Pan;
        if (!(event->modifiers() & Qt::ControlModifier) && !m_selection.isEmpty()) {
            m_selection.clear();
            syncSelectionFlags();
            update();
            emit selectionChanged();
        }
        return;
    }
    const QString id = m_scene->nodes()[std::size_t(hit)].id;
    if (event->modifiers() & (Qt::ControlModifier | Qt::ShiftModifier)) {
        if (m_selection.contains(id))
            m_selection.removeAll(id);
        else
            m_selection.append(id);
    } else if (!m_selection.contains(id)) {
        m_selection = {id};
    }
    syncSelectionFlags();
    emit selectionChanged();
    m_drag = Drag::Node;
    m_dragIds = m_selection.contains(id) ? m_selection : QStringList{id};
    m_dragFrom.clear();
    for (const QString& d : std::as_const(m_dragIds))
        m_dragFrom.append(m_scene->nodes()[std::size_t(m_scene->indexOf(d))].pos);
    update();
}

void GraphCanvas::mouseMoveEvent(QMouseEvent* event)
{
    const QPointF delta = event->position() - m_lastDevice;
    m_lastDevice = event->position();
    if (m_drag == Drag::Pan) {
        m_view.offset += delta;
        update();
        emit viewChanged();
    } else if (m_drag == Drag::Node) {
        if (!m_dragMoved && (event->position() - m_pressDevice).manhattanLength() < 4)
            return;
        if (!m_dragMoved) {
            // From now until the drop the scene knows which nodes move (see paintEvent).
            std::vector<char> moving(m_scene->nodes().size(), 0);
            for (const QString& id : std::as_const(m_dragIds))
                if (int i = m_scene->indexOf(id); i >= 0)
                    moving[std::size_t(i)] = 1;
            m_scene->setMoving(std::move(moving));
        }
        m_dragMoved = true;
        const QPointF worldDelta = (event->position() - m_pressDevice) / m_view.scale;
        for (int k = 0; k < m_dragIds.size(); ++k)
            if (int i = m_scene->indexOf(m_dragIds[k]); i >= 0)
                m_scene->setPosition(i, m_dragFrom[k] + worldDelta);
        update();
    }
}

void GraphCanvas::mouseReleaseEvent(QMouseEvent*)
{
    if (m_drag == Drag::Node && m_dragMoved) {
        m_scene->setMoving({});
        update();
        QList<QPointF> to;
        for (const QString& d : std::as_const(m_dragIds))
            to.append(m_scene->nodes()[std::size_t(m_scene->indexOf(d))].pos);
        emit nodesMoved(m_dragIds, m_dragFrom, to);
    }
    m_drag = Drag::None;
    m_dragMoved = false;
}

void GraphCanvas::mouseDoubleClickEvent(QMouseEvent* event)
{
    const int hit = m_scene->nodeAt(event->position(), m_view);
    if (hit >= 0)
        emit nodeActivated(m_scene->nodes()[std::size_t(hit)].id);
    else
        fitToScene();
}

void GraphCanvas::wheelEvent(QWheelEvent* event)
{
    // Pixel deltas (touchpads) and angle deltas (wheels) alike: 120 units is one notch.
    double steps = event->angleDelta().y() / 120.0;
    if (steps == 0 && !event->pixelDelta().isNull())
        steps = event->pixelDelta().y() / 50.0;
    if (steps != 0)
        zoomBy(std::pow(1.2, steps), event->position());
    event->accept();
}

void GraphCanvas::keyPressEvent(QKeyEvent* event)
{
    const QPointF centre(width() / 2.0, height() / 2.0);
    const double step = event->modifiers() & Qt::ShiftModifier ? 240 : 60;
    ViewTransform target = m_animation.state() == QAbstractAnimation::Running ? m_animTo : m_view;
    switch (event->key()) {
    case Qt::Key_Plus:
    case Qt::Key_Equal: {
        const QPointF world = target.toWorld(centre);
        target.scale = std::clamp(target.scale * 1.4, kMinScale, kMaxScale);
        target.offset = centre - world * target.scale;
        animateTo(target);
        return;
    }
    case Qt::Key_Minus: {
        const QPointF world = target.toWorld(centre);
        target.scale = std::clamp(target.scale / 1.4, kMinScale, kMaxScale);
        target.offset = centre - world * target.scale;
        animateTo(target);
        return;
    }
    case Qt::Key_Left:
        target.offset += QPointF(step, 0);
        animateTo(target);
        return;
    case Qt::Key_Right:
        target.offset -= QPointF(step, 0);
        animateTo(target);
        return;
    case Qt::Key_Up:
        target.offset += QPointF(0, step);
        animateTo(target);
        return;
    case Qt::Key_Down:
        target.offset -= QPointF(0, step);
        animateTo(target);
        return;
    case Qt::Key_0:
    case Qt::Key_Home:
        fitToScene();
        return;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        if (m_selection.size() == 1)
            emit nodeActivated(m_selection.first());
        return;
    default:
        QWidget::keyPressEvent(event);
    }
}

void GraphCanvas::contextMenuEvent(QContextMenuEvent* event)
{
    const int hit = m_scene->nodeAt(event->pos(), m_view);
    QString id;
    if (hit >= 0) {
        id = m_scene->nodes()[std::size_t(hit)].id;
        if (!m_selection.contains(id)) {
            m_selection = {id};
            syncSelectionFlags();
            update();
            emit selectionChanged();
        }
    }
    emit contextMenuRequested(id, event->globalPos());
}

} // namespace commonplace::ui
