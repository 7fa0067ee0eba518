// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QFont>
#include <QHash>
#include <QImage>
#include <QPointF>
#include <QRectF>
#include <QString>
#include <QStringList>

#include <unordered_map>
#include <vector>

class QFontMetricsF;
class QPainter;

namespace commonplace::ui {

enum class NodeShape : quint8
{
    Circle,
    Square,
    Diamond,
    Triangle,
    Hexagon
};

/** An actor on the canvas. Positions are in world units. */
struct SceneNode
{
    QString id;
    QString schema;
    QString caption;
    QPointF pos;
    float radius = 6;
    QColor fill;
    NodeShape shape = NodeShape::Circle;
    double metric = 0; ///< what the size shows; larger nodes get labels first
    bool pinned = false;
    bool selected = false;
    bool highlighted = false; ///< on the highlighted path
    bool ring = false;        ///< a broker
    bool expandable = false;  ///< has neighbours that are not shown
};

/** A relationship on the canvas, between two node indexes. */
struct SceneEdge
{
    int source = 0;
    int target = 0;
    QString id;
    QString schema;
    double amount = 0; ///< NaN when unknown
    QString currency;
    QString date;
    bool directed = true;
    float width = 1;  ///< in world units at zoom 1
    float bend = 0;   ///< parallel edges: signed offset of the curve's control point, in units
                      ///< of the edge's length
    quint8 style = 0; ///< index into edgeStyles()
    bool highlighted = false;
};

/** How one edge schema is drawn. */
struct EdgeStyle
{
    QString schema; ///< "" for the fallback style
    QColor colour;
    Qt::PenStyle pen = Qt::SolidLine;
};

/** The view transform: device = world * scale + offset. */
struct ViewTransform
{
    double scale = 1;
    QPointF offset;

    QPointF toDevice(QPointF w) const { return w * scale + offset; }
    QPointF toWorld(QPointF d) const { return (d - offset) / scale; }
};

/** What the legend says beyond the shapes and line styles it finds in the scene. */
struct LegendInfo
{
    QString title;
    QString sizeMeaning;   ///< "Size: PageRank"
    QString colourMeaning; ///< "Colour: type" / "Colour: community (Louvain)"
    QString filter;        ///< the filter, in words
    bool brokers = false;
};

struct RenderStats
{
    int nodesDrawn = 0;
    int edgesDrawn = 0;
    int labelsDrawn = 0;
    bool simplified = false; ///< level of detail dropped arrows, outlines or antialiasing
};

/**
 * The graph explorer's picture: nodes and edges in plain arrays, drawn with QPainter in
 * batches (lines by style, nodes by shape), culled to the view, with a level of detail that
 * drops arrowheads, outlines and antialiasing when many small items are on screen. The same
 * code paints the widget, PNG and SVG exports, and the benchmark.
 */
class GraphScene
{
public:
    /**
     * The nodes and edges, to read. Every change goes through the functions below, which count
     * revisions of what each cached layer shows (see nodeRevision() and the others): a canvas
     * compares numbers, instead of reading the whole scene, to know whether a layer still holds.
     */
    const std::vector<SceneNode>& nodes() const { return m_nodes; }
    const std::vector<SceneEdge>& edges() const { return m_edges; }

    void clear();
    int indexOf(const QString& id) const { return m_index.value(id, -1); }
    int addNode(SceneNode node);
    void addEdge(SceneEdge edge);
    /** Removes every edge (the nodes stay); call finish() after. */
    void clearEdges();
    /** Call after adding (and after setMetric): parallel edges get bends, labels their order. */
    void finish();
    bool hasHighlight() const { return m_anyHighlight; }
    void setHighlight(const QStringList& nodeIds, const QStringList& edgeIds);
    void clearHighlight();

    /** Changes of one node (by index); each counts only when it changes something. */
    void setPosition(int node, QPointF pos);
    void setSelected(int node, bool on);
    void setPinned(int node, bool on);
    void setExpandable(int node, bool on);
    void setRing(int node, bool on);
    void setFill(int node, QColor fill);
    void setRadius(int node, float radius);
    /** What the size shows; the label order follows at the next finish(). */
    void setMetric(int node, double metric);

    /**
     * The nodes being dragged (a flag per node; empty or all zero: none). Their moves count in
     * movingRevision(), not in positionRevision(), so a layer of the other edges stays valid
     * while they move.
     */
    void setMoving(std::vector<char> flags);
    /** The flags of setMoving(), or null when no node is being dragged. */
    const std::vector<char>* moving() const { return m_moving.empty() ? nullptr : &m_moving; }

    /**
     * Revisions: numbers from one counter, each taken anew when what it covers changes, so two
     * equal readings mean nothing covered changed in between (even across clear()).
     * nodeRevision: anything the node layer draws (positions, sizes, colours, shapes, flags,
     * captions, label order, highlight). edgeRevision: the edges and everything they are drawn
     * with (bends, widths, styles, highlight, node radii and count), but not node positions:
     * positionRevision covers the positions of nodes not being dragged, movingRevision those
     * of the dragged ones, movingSetRevision which nodes are being dragged.
     */
    quint64 nodeRevision() const { return m_nodeRevision; }
    quint64 edgeRevision() const { return m_edgeRevision; }
    quint64 positionRevision() const { return m_positionRevision; }
    quint64 movingRevision() const { return m_movingRevision; }
    quint64 movingSetRevision() const { return m_movingSetRevision; }
    /** Which nodes there are, at which indexes (clear(), addNode()). */
    quint64 structureRevision() const { return m_structureRevision; }

    QRectF bounds() const;
    /** The node under a device point, or -1. */
    int nodeAt(QPointF device, const ViewTransform& view) const;
    /** A node's radius on the device at this zoom. */
    static double deviceRadius(const SceneNode& n, double scale);

    struct Options
    {
        bool exact = false; ///< exports: always full detail
        bool labels = true;
        QColor background = QColor(0xfa, 0xfa, 0xf7);
    };
    /** The whole picture: background, edges, nodes and labels (widget, exports, benchmark). */
    RenderStats render(QPainter& painter, const ViewTransform& view, const QRectF& deviceRect,
                       const Options& options) const;

    /** One frame's geometry and level of detail, worked out once and shared by its layers. */
    struct Frame
    {
        ViewTransform view;
        QRectF rect;
        std::vector<QPointF> at;     ///< device position per node
        std::vector<float> radius;   ///< device radius per node
        std::vector<char> visible;   ///< node within the view (and a margin)
        std::vector<int> shownEdges; ///< edges that may cross the view
        int visibleNodes = 0;
        int visibleEdges = 0;
        bool dense = false; ///< many items: no outlines or antialiasing, fainter lines
        bool arrows = true; ///< few enough edges for arrowheads
        quint8 lod = 0;     ///< every level-of-detail choice, packed: equal means drawn alike
    };
    Frame plan(const ViewTransform& view, const QRectF& deviceRect, const Options& options) const;

    /** Which parts of a frame to draw: a cached layer holds some, the rest go on top of it. */
    struct Parts
    {
        bool background = true;
        bool edges = true;
        bool nodes = true;
        bool labels = true;
        enum class EdgeSet : quint8
        {
            All,
            Still,  ///< only edges with neither end in `moving`
            Moving, ///< only edges with an end in `moving`
        } edgeSet = EdgeSet::All;
        const std::vector<char>* moving = nullptr; ///< a flag per node (while dragging)
        QRectF clip; ///< when set: draw only there (device coordinates), e.g. a scrolled-in strip
    };
    RenderStats render(QPainter& painter, const Frame& frame, const Options& options,
                       const Parts& parts) const;

    /** Draws the legend with its top-left at `at`; returns its size. */
    QSizeF renderLegend(QPainter& painter, QPointF at, const LegendInfo& info) const;

    static const std::vector<EdgeStyle>& edgeStyles();
    static quint8 styleOf(const QString& schema);
    static QColor schemaColour(const QString& schema);
    static NodeShape schemaShape(const QString& schema);
    static QColor paletteColour(int index);
    static void drawShape(QPainter& painter, NodeShape shape, QPointF centre, double r);

private:
    /** Everything changed (nodes added, the scene cleared). */
    void touchAll();
    const QImage& sprite(NodeShape shape, QRgb fill, double radius, bool outline, double dpr) const;

    /** A label drawn once (rounded box and text) for copying onto the screen. */
    struct LabelImage
    {
        QString caption;
        QFont font;
        double dpr = 1;
        double width = 0; ///< of the box, logical pixels
        QImage image;
    };
    const LabelImage& labelImage(int node, const QFont& font, const QFontMetricsF& metrics,
                                 double dpr) const;

    std::vector<SceneNode> m_nodes;
    std::vector<SceneEdge> m_edges;
    std::vector<char> m_moving; // empty, or a flag per node
    quint64 m_clock = 0;
    quint64 m_nodeRevision = 0, m_edgeRevision = 0, m_positionRevision = 0;
    quint64 m_movingRevision = 0, m_movingSetRevision = 0, m_structureRevision = 0;
    QHash<QString, int> m_index;
    mutable std::unordered_map<int, LabelImage> m_labelImages; // by node index
    mutable std::unordered_map<quint64, QImage> m_sprites;     // node shapes, drawn once
    std::vector<int> m_labelOrder;                             // node indexes, highest metric first
    bool m_anyHighlight = false;
};

} // namespace commonplace::ui
