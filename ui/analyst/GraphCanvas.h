// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analyst/GraphScene.h"

#include <QImage>
#include <QPointer>
#include <QTimer>
#include <QVariantAnimation>
#include <QWidget>

namespace commonplace::ui {

/**
 * Paints a GraphScene and lets a person move around it: wheel and +/- zoom (at the cursor),
 * drag the background or the arrow keys to pan, 0 to fit; click selects (Ctrl+click adds),
 * dragging a node moves it, double-click asks to expand it. The scene belongs to the explorer.
 */
class GraphCanvas : public QWidget
{
    Q_OBJECT

public:
    explicit GraphCanvas(GraphScene* scene, QWidget* parent = nullptr);

    const ViewTransform& view() const { return m_view; }
    void setView(const ViewTransform& view);
    /** Fits the scene's bounds into the widget, animated unless `animate` is false. */
    void fitToScene(bool animate = true);
    /** Zooms by `factor` keeping the device point `anchor` still. */
    void zoomBy(double factor, QPointF anchor);
    void centreOn(QPointF world, bool animate = true);

    void setLegend(const LegendInfo& info, bool shown);
    bool legendShown() const { return m_legendShown; }
    const LegendInfo& legend() const { return m_legend; }
    /** Figures of the last paint, for tests and the status bar. */
    const RenderStats& lastStats() const { return m_stats; }
    /** How many times the edge layer and the whole picture were drawn afresh (tests, bench). */
    int edgeLayerRenders() const { return m_edgeRenders; }
    int frameRenders() const { return m_frameRenders; }
    /** How many times the edge layer was scrolled (a pan) and only the strip it exposed drawn. */
    int edgeLayerScrolls() const { return m_edgeScrolls; }

    /** The selected node ids in the order they were selected. */
    QStringList selection() const { return m_selection; }
    void setSelection(const QStringList& ids);

signals:
    void selectionChanged();
    void nodeActivated(const QString& id);
    /** A drag ended: the ids moved from `from` to `to` (world positions). */
    void nodesMoved(const QStringList& ids, const QList<QPointF>& from, const QList<QPointF>& to);
    void contextMenuRequested(const QString& id, QPoint globalPos);
    void viewChanged();

protected:
    void paintEvent(QPaintEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void mouseDoubleClickEvent(QMouseEvent* event) override;
    void wheelEvent(QWheelEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void contextMenuEvent(QContextMenuEvent* event) override;

private:
    void animateTo(const ViewTransform& target);
    void syncSelectionFlags();
    void scrollEdgeLayer(const GraphScene::Frame& frame, int dx, int dy,
                         const std::vector<char>* moving);

    GraphScene* m_scene;
    ViewTransform m_view;
    QVariantAnimation m_animation;
    ViewTransform m_animFrom, m_animTo;
    LegendInfo m_legend;
    bool m_legendShown = true;
    RenderStats m_stats;
    QStringList m_selection;
    bool m_selectionSynced = false; // the scene's selection flags match m_selection
    quint64 m_syncedStructure = 0;  // the scene's structureRevision() when they were set
    // Two layers, each drawn again only when what it shows changed (GraphScene's revisions
    // plus the view): the background and edges, the costly part of a large graph, and the
    // whole picture (that layer, then nodes, labels and legend on top). A selection, a colour or
    // a pin change redraws only the nodes over the kept edges; a dragged node's edges are drawn
    // over a layer of the others; an unchanged picture is shown again as it is.
    QImage m_edgeLayer;
    QImage m_buffer;
    quint64 m_edgeKey = 0;
    // A pan at the same zoom scrolls the edge layer and draws only the strips it exposes; a
    // moment after the last such step the layer is drawn whole again (m_settle), so what stays
    // on screen is exactly what a fresh drawing gives.
    quint64 m_edgeSceneKey = 0;
    ViewTransform m_edgeView;
    quint8 m_edgeLod = 0;
    bool m_edgeScrolled = false;
    QTimer m_settle;
    int m_edgeScrolls = 0;
    quint64 m_bufferKey = 0;
    bool m_edgeValid = false;
    bool m_bufferValid = false;
    RenderStats m_edgeStats;
    int m_edgeRenders = 0;
    int m_frameRenders = 0;

    enum class Drag
    {
        None,
        Pan,
        Node
    } m_drag = Drag::None;
    QPointF m_pressDevice;
    QPointF m_lastDevice;
    QStringList m_dragIds;
    QList<QPointF> m_dragFrom;
    bool m_dragMoved = false;
};

} // namespace commonplace::ui
