// SPDX-License-Identifier: GPL-3.0-or-later
#include "analyst/GraphScene.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>
#include <QPolygonF>

#include <algorithm>
#include <array>
#include <bit>
#include <cmath>
#include <map>
#include <memory>
#include <optional>
#include <unordered_map>

namespace commonplace::ui {

namespace {

constexpr double kCull = 40;        // device pixels around the view still drawn
constexpr int kDenseNodes = 6000;   // visible nodes above which detail drops
constexpr int kDenseEdges = 25000;  // visible edges above which detail drops
constexpr int kArrowEdges = 8000;   // arrowheads only when fewer edges are visible
constexpr int kMaxLabels = 400;     // labels per frame on screen
constexpr int kFastEdges = 1500;    // visible edges above which lines go straight to pixels
constexpr int kFastNodes = 1000;    // same for visible nodes
constexpr int kPassingEdges = 5000; // above this, edges with no end on screen are left out
const QColor kHighlight(0xd5, 0x5e, 0x00);
const QColor kSelection(0x22, 0x22, 0x22);

QString trScene(const char* text)
{
    return QCoreApplication::translate("commonplace::ui::GraphScene", text);
}

double length(QPointF v)
{
    return std::sqrt(v.x() * v.x() + v.y() * v.y());
}

/** Lines and curves of one pen, and their arrowheads. */
struct Batch
{
    std::vector<QLineF> lines;
    std::vector<std::array<QPointF, 3>> quads; // parallel edges: start, control, end
    QPainterPath curves;
    QPainterPath arrows;
    bool hasCurves = false;
    bool hasArrows = false;
};

void addArrow(QPainterPath& path, QPointF tip, QPointF dir, double size)
{
    QPointF perp(-dir.y(), dir.x());
    QPointF base = tip - dir * size;
    path.moveTo(tip);
    path.lineTo(base + perp * (size * 0.45));
    path.lineTo(base - perp * (size * 0.45));
    path.closeSubpath();
}

/**
 * Draws straight into a 32-bit image: antialiased lines (Xiaolin Wu) and pre-drawn node sprites,
 * blended by hand. A dense overview has tens of thousands of short lines and thousands of small
 * shapes; QPainter spends microseconds of set-up on each, this a few nanoseconds per pixel.
 */
class Raster
{
public:
    Raster(QImage& image, double dpr)
        : m_bits(reinterpret_cast<quint32*>(image.bits()))
        , m_stride(int(image.bytesPerLine() / 4))
        , m_width(image.width())
        , m_height(image.height())
        , m_dpr(dpr)
        , m_cx1(image.width())
        , m_cy1(image.height())
    {}

    /** Draws only inside `device` (pixels), for instance a strip a scroll exposed. */
    void setClip(const QRect& device)
    {
        const QRect r = device.intersected(QRect(0, 0, m_width, m_height));
        m_cx0 = r.left();
        m_cy0 = r.top();
        m_cx1 = r.left() + r.width();
        m_cy1 = r.top() + r.height();
    }

    void line(QPointF a, QPointF b, QRgb rgb, int alpha, double width)
    {
        a *= m_dpr;
        b *= m_dpr;
        const int strands = std::max(1, int(std::lround(width * m_dpr)));
        if (strands == 1) {
            wu(a, b, rgb, alpha);
            return;
        }
        const double len = length(b - a);
        if (len < 1e-6)
            return;
        const QPointF perp(-(b - a).y() / len, (b - a).x() / len);
        for (int k = 0; k < strands; ++k) {
            const QPointF off = perp * (double(k) - double(strands - 1) / 2.0);
            wu(a + off, b + off, rgb, alpha);
        }
    }

    void curve(QPointF a, QPointF c, QPointF b, QRgb rgb, int alpha, double width)
    {
        QPointF prev = a;
        constexpr int kSteps = 10;
        for (int k = 1; k <= kSteps; ++k) {
            const double t = double(k) / kSteps;
            const QPointF next = a * ((1 - t) * (1 - t)) + c * (2 * t * (1 - t)) + b * (t * t);
            line(prev, next, rgb, alpha, width);
            prev = next;
        }
    }

    /** Blends a premultiplied sprite centred on `centre` (logical coordinates). */
    void blit(const QImage& sprite, QPointF centre)
    {
        const int w = sprite.width(), h = sprite.height();
        const int x0 = int(std::lround(centre.x() * m_dpr - w / 2.0));
        const int y0 = int(std::lround(centre.y() * m_dpr - h / 2.0));
        // The part of the sprite inside the clip.
        const int xa = std::max(0, m_cx0 - x0), xb = std::min(w, m_cx1 - x0);
        const int ya = std::max(0, m_cy0 - y0), yb = std::min(h, m_cy1 - y0);
        const uchar* bits = sprite.constBits();
        const auto spriteStride = std::ptrdiff_t(sprite.bytesPerLine());
        for (int y = ya; y < yb; ++y) {
            const auto* src = reinterpret_cast<const quint32*>(bits + y * spriteStride);
            quint32* dst = m_bits + std::ptrdiff_t(y0 + y) * m_stride + x0;
            for (int x = xa; x < xb; ++x) {
                const quint32 sp = src[x];
                const quint32 sa = sp >> 24;
                if (sa == 255)
                    dst[x] = sp;
                else if (sa != 0)
                    dst[x] = sp + byteMul(dst[x], 255 - sa);
            }
        }
    }

private:
    /** Every channel of x times a / 255, two channels per multiplication. */
    static quint32 byteMul(quint32 x, quint32 a)
    {
        quint32 rb = (x & 0xff00ff) * a;
        rb = ((rb + ((rb >> 8) & 0xff00ff) + 0x800080) >> 8) & 0xff00ff;
        quint32 ag = ((x >> 8) & 0xff00ff) * a;
        ag = (ag + ((ag >> 8) & 0xff00ff) + 0x800080) & 0xff00ff00;
        return ag | rb;
    }

    /**
     * dst = colour * a + dst * (255 - a), two channels per multiplication (the classic packed
     * interpolation; `colour` is opaque, so the result stays premultiplied).
     */
    static quint32 blend(quint32 colour, quint32 a, quint32 dst)
    {
        const quint32 inv = 255 - a;
        quint32 rb = (colour & 0xff00ff) * a + (dst & 0xff00ff) * inv;
        rb = ((rb + ((rb >> 8) & 0xff00ff) + 0x800080) >> 8) & 0xff00ff;
        quint32 ag = ((colour >> 8) & 0xff00ff) * a + ((dst >> 8) & 0xff00ff) * inv;
        ag = (ag + ((ag >> 8) & 0xff00ff) + 0x800080) & 0xff00ff00;
        return ag | rb;
    }

    /** Clips to the image (Liang-Barsky); false when nothing is left. */
    bool clip(double& x0, double& y0, double& x1, double& y1) const
    {
        double t0 = 0, t1 = 1;
        const double dx = x1 - x0, dy = y1 - y0;
        const double p[4] = {-dx, dx, -dy, dy};
        const double q[4] = {x0 - m_cx0 + 1, m_cx1 - x0, y0 - m_cy0 + 1, m_cy1 - y0};
        for (int k = 0; k < 4; ++k) {
            if (p[k] == 0) {
                if (q[k] < 0)
                    return false;
                continue;
            }
            const double t = q[k] / p[k];
            if (p[k] < 0)
                t0 = std::max(t0, t);
            else
                t1 = std::min(t1, t);
            if (t0 > t1)
                return false;
        }
        const double ox = x0, oy = y0;
        x0 = ox + t0 * dx;
        y0 = oy + t0 * dy;
        x1 = ox + t1 * dx;
        y1 = oy + t1 * dy;
        return true;
    }

    /**
     * Xiaolin Wu's antialiased line: two pixels per step along the major axis, their coverage
     * split by the fractional position. The minor coordinate is stepped in 16.16 fixed point and
     * the two pixels blended with integer arithmetic (this loop is most of a dense frame).
     */
    void wu(QPointF a, QPointF b, QRgb rgb, int alpha)
    {
        double x0 = a.x(), y0 = a.y(), x1 = b.x(), y1 = b.y();
        if (alpha <= 0 || !clip(x0, y0, x1, y1))
            return;
        const bool steep = std::abs(y1 - y0) > std::abs(x1 - x0);
        if (steep) {
            std::swap(x0, y0);
            std::swap(x1, y1);
        }
        if (x0 > x1) {
            std::swap(x0, x1);
            std::swap(y0, y1);
        }
        const double dx = x1 - x0;
        const double gradient = dx < 1e-9 ? 0 : (y1 - y0) / dx;
        const int majorLow = steep ? m_cy0 : m_cx0, majorHigh = steep ? m_cy1 : m_cx1;
        const int minorLow = steep ? m_cx0 : m_cy0, minorHigh = steep ? m_cx1 : m_cy1;
        const auto minorSpan = unsigned(minorHigh - minorLow);
        const std::ptrdiff_t majorStep = steep ? m_stride : 1;
        const std::ptrdiff_t minorStep = steep ? 1 : m_stride;
        const int xs = std::max(majorLow, int(std::lround(x0)));
        const int xe = std::min(majorHigh - 1, int(std::lround(x1)));
        const qint64 step = std::llround(gradient * 65536.0);
        qint64 y = std::llround((y0 + gradient * (xs - x0)) * 65536.0);
        const quint32 colour = 0xff000000u | quint32(rgb);
        const quint32 full = quint32(alpha);
        for (int x = xs; x <= xe; ++x, y += step) {
            const int iy = int(y >> 16); // floor, also below zero
            const quint32 frac = quint32(y >> 8) & 255;
            const quint32 upper = (full * (256 - frac) + 128) >> 8;
            const quint32 lower = full - upper;
            const std::ptrdiff_t at =
                std::ptrdiff_t(x) * majorStep + std::ptrdiff_t(iy) * minorStep;
            if (upper && unsigned(iy - minorLow) < minorSpan)
                m_bits[at] = blend(colour, upper, m_bits[at]);
            if (lower && unsigned(iy + 1 - minorLow) < minorSpan)
                m_bits[at + minorStep] = blend(colour, lower, m_bits[at + minorStep]);
        }
    }

    quint32* m_bits;
    int m_stride, m_width, m_height;
    double m_dpr;
    int m_cx0 = 0, m_cy0 = 0, m_cx1, m_cy1; // the clip, half-open
};

} // namespace

void GraphScene::clear()
{
    m_nodes.clear();
    m_edges.clear();
    m_index.clear();
    m_labelOrder.clear();
    m_labelImages.clear();
    m_anyHighlight = false;
    m_moving.clear();
    touchAll();
    m_movingSetRevision = ++m_clock;
}

void GraphScene::touchAll()
{
    m_nodeRevision = m_edgeRevision = m_positionRevision = m_structureRevision = ++m_clock;
}

int GraphScene::addNode(SceneNode node)
{
    const int i = int(m_nodes.size());
    m_index.insert(node.id, i);
    m_nodes.push_back(std::move(node));
    if (!m_moving.empty())
        m_moving.push_back(0);
    touchAll();
    return i;
}

void GraphScene::addEdge(SceneEdge edge)
{
    m_edges.push_back(std::move(edge));
    m_edgeRevision = ++m_clock;
}

void GraphScene::clearEdges()
{
    m_edges.clear();
    m_edgeRevision = ++m_clock;
}

void GraphScene::finish()
{
    // Parallel edges (either direction) between one pair: spread as curves around the line,
    // each bent to its own side so none hides another.
    std::unordered_map<quint64, std::vector<int>> pairs;
    pairs.reserve(m_edges.size());
    for (int i = 0; i < int(m_edges.size()); ++i) {
        auto a = quint32(std::min(m_edges[i].source, m_edges[i].target));
        auto b = quint32(std::max(m_edges[i].source, m_edges[i].target));
        pairs[(quint64(a) << 32) | b].push_back(i);
    }
    for (auto& [key, list] : pairs) {
        Q_UNUSED(key);
        const int count = int(list.size());
        for (int k = 0; k < count; ++k) {
            SceneEdge& e = m_edges[list[k]];
            if (e.source == e.target) {
                e.bend = float(k + 1); // loop size
                continue;
            }
            if (count == 1) {
                e.bend = 0;
                continue;
            }
            // Offsets centred on the straight line, measured in the pair's own orientation so
            // that opposite directions do not mirror onto each other.
            float offset = (float(k) - float(count - 1) / 2.0f) * 0.18f;
            e.bend = e.source < e.target ? offset : -offset;
        }
    }
    m_labelOrder.resize(m_nodes.size());
    for (int i = 0; i < int(m_nodes.size()); ++i)
        m_labelOrder[i] = i;
    std::stable_sort(m_labelOrder.begin(), m_labelOrder.end(),
                     [&](int a, int b) { return m_nodes[a].metric > m_nodes[b].metric; });
    // Bends and the label order: the edges and the labels are drawn anew.
    m_nodeRevision = m_edgeRevision = ++m_clock;
}

void GraphScene::setHighlight(const QStringList& nodeIds, const QStringList& edgeIds)
{
    clearHighlight();
    for (const QString& id : nodeIds)
        if (int i = indexOf(id); i >= 0)
            m_nodes[i].highlighted = true;
    QSet<QString> wanted(edgeIds.begin(), edgeIds.end());
    for (auto& e : m_edges)
        if (wanted.contains(e.id))
            e.highlighted = true;
    m_anyHighlight = !nodeIds.isEmpty() || !edgeIds.isEmpty();
    m_nodeRevision = m_edgeRevision = ++m_clock;
}

void GraphScene::clearHighlight()
{
    for (auto& n : m_nodes)
        n.highlighted = false;
    for (auto& e : m_edges)
        e.highlighted = false;
    m_anyHighlight = false;
    m_nodeRevision = m_edgeRevision = ++m_clock;
}

void GraphScene::setPosition(int i, QPointF pos)
{
    SceneNode& n = m_nodes[std::size_t(i)];
    if (n.pos == pos)
        return;
    n.pos = pos;
    m_nodeRevision = ++m_clock;
    if (!m_moving.empty() && m_moving[std::size_t(i)])
        m_movingRevision = m_clock;
    else
        m_positionRevision = m_clock;
}

void GraphScene::setMoving(std::vector<char> flags)
{
    if (std::none_of(flags.begin(), flags.end(), [](char c) { return c != 0; }))
        flags.clear();
    if (flags == m_moving)
        return;
    Q_ASSERT(flags.empty() || flags.size() == m_nodes.size());
    m_moving = std::move(flags);
    m_movingSetRevision = ++m_clock;
}

namespace {
/** Sets a field and says whether it changed. */
template <typename T, typename V> bool assign(T& field, const V& value)
{
    if (field == value)
        return false;
    field = value;
    return true;
}
} // namespace

void GraphScene::setSelected(int i, bool on)
{
    if (assign(m_nodes[std::size_t(i)].selected, on))
        m_nodeRevision = ++m_clock;
}

void GraphScene::setPinned(int i, bool on)
{
    if (assign(m_nodes[std::size_t(i)].pinned, on))
        m_nodeRevision = ++m_clock;
}

void GraphScene::setExpandable(int i, bool on)
{
    if (assign(m_nodes[std::size_t(i)].expandable, on))
        m_nodeRevision = ++m_clock;
}

void GraphScene::setRing(int i, bool on)
{
    if (assign(m_nodes[std::size_t(i)].ring, on))
        m_nodeRevision = ++m_clock;
}

void GraphScene::setFill(int i, QColor fill)
{
    if (assign(m_nodes[std::size_t(i)].fill, fill))
        m_nodeRevision = ++m_clock;
}

void GraphScene::setRadius(int i, float radius)
{
    // Edges end at a node's rim: the edge layer depends on radii too.
    if (assign(m_nodes[std::size_t(i)].radius, radius))
        m_nodeRevision = m_edgeRevision = ++m_clock;
}

void GraphScene::setMetric(int i, double metric)
{
    // Only the label order (made in finish()) draws the metric.
    m_nodes[std::size_t(i)].metric = metric;
}

QRectF GraphScene::bounds() const
{
    if (m_nodes.empty())
        return {};
    double x0 = m_nodes[0].pos.x(), x1 = x0, y0 = m_nodes[0].pos.y(), y1 = y0;
    for (const auto& n : m_nodes) {
        x0 = std::min(x0, n.pos.x() - n.radius);
        x1 = std::max(x1, n.pos.x() + n.radius);
        y0 = std::min(y0, n.pos.y() - n.radius);
        y1 = std::max(y1, n.pos.y() + n.radius);
    }
    return QRectF(QPointF(x0, y0), QPointF(x1, y1));
}

double GraphScene::deviceRadius(const SceneNode& n, double scale)
{
    // Below zoom 1 nodes shrink more slowly than distances, so an overview still shows them.
    const double f = scale < 1 ? std::sqrt(scale) : scale;
    return std::max(1.2, n.radius * f);
}

int GraphScene::nodeAt(QPointF device, const ViewTransform& view) const
{
    int best = -1;
    double bestDistance = 0;
    for (int i = int(m_nodes.size()) - 1; i >= 0; --i) {
        const double r = deviceRadius(m_nodes[i], view.scale) + 3;
        const double d = length(view.toDevice(m_nodes[i].pos) - device);
        if (d <= r && (best < 0 || d < bestDistance)) {
            best = i;
            bestDistance = d;
        }
    }
    return best;
}

const std::vector<EdgeStyle>& GraphScene::edgeStyles()
{
    static const std::vector<EdgeStyle> styles = {
        {QString(), QColor(0x8a, 0x8a, 0x8a), Qt::SolidLine},
        {QStringLiteral("Payment"), QColor(0x3b, 0x5b, 0x7a), Qt::SolidLine},
        {QStringLiteral("Ownership"), QColor(0x8c, 0x56, 0x4b), Qt::DashLine},
        {QStringLiteral("Directorship"), QColor(0x7b, 0x4f, 0xa0), Qt::DotLine},
        {QStringLiteral("Membership"), QColor(0x2a, 0x9d, 0x8f), Qt::DashDotLine},
        {QStringLiteral("Employment"), QColor(0x6b, 0x6b, 0x6b), Qt::DotLine},
        {QStringLiteral("Representation"), QColor(0xb0, 0x7a, 0xa1), Qt::DashLine},
        {QStringLiteral("Associate"), QColor(0x99, 0x99, 0x99), Qt::DashLine},
        {QStringLiteral("Family"), QColor(0xc9, 0xa2, 0x27), Qt::DotLine},
        {QStringLiteral("UnknownLink"), QColor(0xb0, 0xb0, 0xb0), Qt::DashDotLine},
    };
    return styles;
}

quint8 GraphScene::styleOf(const QString& schema)
{
    const auto& styles = edgeStyles();
    for (std::size_t i = 1; i < styles.size(); ++i)
        if (styles[i].schema == schema)
            return quint8(i);
    return 0;
}

QColor GraphScene::schemaColour(const QString& schema)
{
    // Okabe-Ito: distinguishable with the common colour-vision deficiencies.
    if (schema == QLatin1String("Person"))
        return QColor(0xe6, 0x9f, 0x00);
    if (schema == QLatin1String("Organization"))
        return QColor(0x00, 0x72, 0xb2);
    if (schema == QLatin1String("Company"))
        return QColor(0x00, 0x9e, 0x73);
    if (schema == QLatin1String("PublicBody"))
        return QColor(0xcc, 0x79, 0xa7);
    if (schema == QLatin1String("LegalEntity"))
        return QColor(0x56, 0xb4, 0xe9);
    return QColor(0x99, 0x99, 0x99);
}

NodeShape GraphScene::schemaShape(const QString& schema)
{
    if (schema == QLatin1String("Organization"))
        return NodeShape::Hexagon;
    if (schema == QLatin1String("Company"))
        return NodeShape::Square;
    if (schema == QLatin1String("PublicBody"))
        return NodeShape::Diamond;
    if (schema == QLatin1String("LegalEntity"))
        return NodeShape::Triangle;
    return NodeShape::Circle;
}

QColor GraphScene::paletteColour(int index)
{
    static const QRgb palette[] = {0x4e79a7, 0xf28e2b, 0xe15759, 0x76b7b2, 0x59a14f, 0xedc948,
                                   0xb07aa1, 0xff9da7, 0x9c755f, 0x86bcb6, 0xd37295, 0x8cd17d};
    constexpr int n = int(sizeof(palette) / sizeof(palette[0]));
    return QColor::fromRgb(palette[((index % n) + n) % n]);
}

void GraphScene::drawShape(QPainter& p, NodeShape shape, QPointF c, double r)
{
    switch (shape) {
    case NodeShape::Circle:
        p.drawEllipse(c, r, r);
        return;
    case NodeShape::Square: {
        const double h = r * 0.88;
        p.drawRect(QRectF(c.x() - h, c.y() - h, 2 * h, 2 * h));
        return;
    }
    case NodeShape::Diamond: {
        const double h = r * 1.15;
        const QPointF pts[] = {
            {c.x(), c.y() - h}, {c.x() + h, c.y()}, {c.x(), c.y() + h}, {c.x() - h, c.y()}};
        p.drawConvexPolygon(pts, 4);
        return;
    }
    case NodeShape::Triangle: {
        const double h = r * 1.2;
        const QPointF pts[] = {{c.x(), c.y() - h},
                               {c.x() + h * 0.866, c.y() + h * 0.5},
                               {c.x() - h * 0.866, c.y() + h * 0.5}};
        p.drawConvexPolygon(pts, 3);
        return;
    }
    case NodeShape::Hexagon: {
        const double h = r * 1.05;
        QPointF pts[6];
        for (int k = 0; k < 6; ++k) {
            const double a = M_PI / 3 * k;
            pts[k] = QPointF(c.x() + h * std::cos(a), c.y() + h * std::sin(a));
        }
        p.drawConvexPolygon(pts, 6);
        return;
    }
    }
}

const QImage& GraphScene::sprite(NodeShape shape, QRgb fill, double radius, bool outline,
                                 double dpr) const
{
    // Radii in quarter pixels: close enough to look the same, few enough to cache.
    const int quarter = std::clamp(int(std::lround(radius * 4)), 1, 4000);
    const quint64 key = (quint64(shape) << 60) | (quint64(outline) << 59) |
                        (quint64(std::lround(dpr * 4) & 0xff) << 48) | (quint64(quarter) << 32) |
                        quint64(fill & 0xffffff);
    auto it = m_sprites.find(key);
    if (it != m_sprites.end())
        return it->second;
    if (m_sprites.size() > 4000)
        m_sprites.clear();
    const double r = quarter / 4.0;
    const int side = int(std::ceil((r * 1.25 + 2) * 2 * dpr)) | 1;
    QImage image(side, side, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    {
        QPainter p(&image);
        p.setRenderHint(QPainter::Antialiasing, true);
        p.scale(dpr, dpr);
        p.setPen(outline ? QPen(QColor(255, 255, 255, 220), 1.0) : QPen(Qt::NoPen));
        p.setBrush(QColor::fromRgb(fill));
        drawShape(p, shape, QPointF(side / (2 * dpr), side / (2 * dpr)), r);
    }
    return m_sprites.emplace(key, std::move(image)).first->second;
}

RenderStats GraphScene::render(QPainter& p, const ViewTransform& view, const QRectF& rect,
                               const Options& o) const
{
    return render(p, plan(view, rect, o), o, Parts{});
}

GraphScene::Frame GraphScene::plan(const ViewTransform& view, const QRectF& rect,
                                   const Options& o) const
{
    Frame f;
    f.view = view;
    f.rect = rect;
    const std::size_t n = m_nodes.size();
    const QRectF cull = rect.adjusted(-kCull, -kCull, kCull, kCull);
    f.at.resize(n);
    f.radius.resize(n);
    f.visible.resize(n);
    for (std::size_t i = 0; i < n; ++i) {
        f.at[i] = view.toDevice(m_nodes[i].pos);
        f.radius[i] = float(deviceRadius(m_nodes[i], view.scale));
        f.visible[i] = cull.contains(f.at[i]);
        f.visibleNodes += f.visible[i];
    }
    auto edgeVisible = [&](const SceneEdge& e) {
        if (f.visible[e.source] || f.visible[e.target])
            return true;
        const QPointF a = f.at[e.source], b = f.at[e.target];
        return std::max(a.x(), b.x()) >= cull.left() && std::min(a.x(), b.x()) <= cull.right() &&
               std::max(a.y(), b.y()) >= cull.top() && std::min(a.y(), b.y()) <= cull.bottom();
    };
    f.shownEdges.reserve(m_edges.size());
    for (int i = 0; i < int(m_edges.size()); ++i)
        if (edgeVisible(m_edges[i]))
            f.shownEdges.push_back(i);
    f.visibleEdges = int(f.shownEdges.size());
    f.dense = !o.exact && (f.visibleNodes > kDenseNodes || f.visibleEdges > kDenseEdges);
    f.arrows = o.exact || f.visibleEdges <= kArrowEdges;
    const bool many = f.visibleEdges > kFastEdges || f.visibleNodes > kFastNodes;
    f.lod = quint8(quint8(f.dense) | quint8(f.arrows) << 1 | quint8(many) << 2 |
                   quint8(f.visibleEdges > kPassingEdges) << 3);
    return f;
}

RenderStats GraphScene::render(QPainter& p, const Frame& frame, const Options& o,
                               const Parts& parts) const
{
    RenderStats stats;
    p.save();
    const QRectF& rect = frame.rect;
    const ViewTransform& view = frame.view;
    const bool clipped = !parts.clip.isNull();
    if (clipped)
        p.setClipRect(parts.clip);
    if (parts.background)
        p.fillRect(clipped ? parts.clip : rect, o.background);
    const std::size_t n = m_nodes.size();
    const std::vector<QPointF>& at = frame.at;
    const std::vector<float>& radius = frame.radius;
    const std::vector<char>& visible = frame.visible;
    const std::vector<int>& shownEdges = frame.shownEdges;
    const int visibleNodes = frame.visibleNodes, visibleEdges = frame.visibleEdges;
    const bool dense = frame.dense, arrows = frame.arrows;
    stats.simplified = dense || !arrows;
    p.setRenderHint(QPainter::Antialiasing, !dense);
    // Many items on a plain image: draw lines and shapes straight into its pixels.
    QImage* image = p.device() && p.device()->devType() == QInternal::Image
                        ? static_cast<QImage*>(p.device())
                        : nullptr;
    const bool fast = !o.exact && image &&
                      (image->format() == QImage::Format_ARGB32_Premultiplied ||
                       image->format() == QImage::Format_RGB32) &&
                      p.worldTransform().isIdentity() &&
                      (visibleEdges > kFastEdges || visibleNodes > kFastNodes);
    std::optional<Raster> raster;
    if (fast) {
        raster.emplace(*image, image->devicePixelRatio());
        if (clipped) {
            const double dpr = image->devicePixelRatio();
            raster->setClip(
                QRectF(parts.clip.topLeft() * dpr, parts.clip.size() * dpr).toAlignedRect());
        }
    }
    stats.simplified = stats.simplified || fast;

    if (parts.edges) {
        // ---- edges, batched by style, width and fading
        // -------------------------------------------
        const double widthScale = std::clamp(std::sqrt(view.scale), 0.35, 1.6);
        const auto& styles = edgeStyles();
        constexpr int kWidthBuckets = 24;
        std::vector<std::unique_ptr<Batch>> batches(styles.size() * kWidthBuckets * 2);
        std::vector<int> highlighted;
        // Level of detail: with thousands of edges on screen, those whose two ends are both off
        // screen (lines passing through) are left out; zooming in further brings them back.
        const bool skipPassing = fast && visibleEdges > kPassingEdges;
        // With a clip, edges whose curve (ends and control point, plus room for width and
        // arrow) stays outside it are skipped.
        const QRectF reach = parts.clip.adjusted(-16, -16, 16, 16);
        auto edgeBox = [&](const SceneEdge& e) {
            const QPointF s = at[e.source], t = at[e.target];
            QRectF box = QRectF(s, t).normalized();
            if (e.source == e.target) {
                const double r = 3 * radius[e.source] + 8;
                return box.adjusted(-r, -r, r, r);
            }
            if (e.bend != 0) {
                const QPointF c = (s + t) / 2 + QPointF(-(t - s).y(), (t - s).x()) * double(e.bend);
                box = box.united(QRectF(c, c));
            }
            return box.adjusted(-1, -1, 1, 1);
        };
        const bool someEdges = parts.moving && parts.edgeSet != Parts::EdgeSet::All;
        const bool wantMoving = parts.edgeSet == Parts::EdgeSet::Moving;
        for (int i : shownEdges) {
            const SceneEdge& e = m_edges[i];
            if (someEdges &&
                bool((*parts.moving)[e.source] || (*parts.moving)[e.target]) != wantMoving)
                continue;
            if (clipped && !reach.intersects(edgeBox(e)))
                continue;
            if (e.highlighted) {
                highlighted.push_back(i);
                continue;
            }
            if (skipPassing && !visible[e.source] && !visible[e.target])
                continue;
            const double w = std::max(0.5, e.width * widthScale);
            const int bucket = std::clamp(int(std::lround(w * 2)), 1, kWidthBuckets - 1);
            const int faded = m_anyHighlight ? 1 : 0;
            auto& slot = batches[(std::size_t(e.style) * kWidthBuckets + std::size_t(bucket)) * 2 +
                                 std::size_t(faded)];
            if (!slot)
                slot = std::make_unique<Batch>();
            Batch& b = *slot;
            const QPointF s = at[e.source], t = at[e.target];
            if (e.source == e.target) {
                const double r = radius[e.source] * (0.7 + 0.35 * e.bend);
                b.curves.addEllipse(QPointF(s.x(), s.y() - radius[e.source] - r * 0.8), r, r);
                b.hasCurves = true;
                continue;
            }
            const double len = length(t - s);
            if (len < 0.5)
                continue;
            const double arrowSize = 4 + 1.6 * w;
            const bool arrow = arrows && e.directed && len > radius[e.target] + arrowSize * 2.5;
            if (e.bend == 0) {
                const QPointF dir = (t - s) / len;
                QPointF end = t;
                if (arrow) {
                    const QPointF tip = t - dir * radius[e.target];
                    addArrow(b.arrows, tip, dir, arrowSize);
                    b.hasArrows = true;
                    end = tip - dir * (arrowSize * 0.8);
                }
                b.lines.emplace_back(s, end);
            } else {
                const QPointF mid = (s + t) / 2;
                const QPointF perp(-(t - s).y(), (t - s).x()); // length len
                const QPointF control = mid + perp * double(e.bend);
                QPointF end = t;
                if (arrow) {
                    QPointF dir = t - control;
                    dir /= std::max(1e-9, length(dir));
                    const QPointF tip = t - dir * radius[e.target];
                    addArrow(b.arrows, tip, dir, arrowSize);
                    b.hasArrows = true;
                    end = tip - dir * (arrowSize * 0.8);
                }
                b.quads.push_back({s, control, end});
            }
            ++stats.edgesDrawn;
        }
        const int edgeAlpha = dense ? 70 : 170;
        for (std::size_t k = 0; k < batches.size(); ++k) {
            if (!batches[k])
                continue;
            const Batch& b = *batches[k];
            const auto& style = styles[k / (kWidthBuckets * 2)];
            const double w = double((k / 2) % kWidthBuckets) / 2.0;
            QColor c = style.colour;
            c.setAlpha((k % 2) ? 35 : edgeAlpha);
            if (raster) {
                // One antialiased strand per edge; a wider edge (more money) is drawn denser.
                const int alpha = std::min(255, int(c.alpha() * (0.55 + 0.3 * w)));
                for (const QLineF& l : b.lines)
                    raster->line(l.p1(), l.p2(), c.rgb(), alpha, 1);
                for (const auto& q : b.quads)
                    raster->curve(q[0], q[1], q[2], c.rgb(), alpha, 1);
            }
            QPen pen(c, w, dense ? Qt::SolidLine : style.pen, Qt::FlatCap, Qt::RoundJoin);
            p.setPen(pen);
            p.setBrush(Qt::NoBrush);
            if (!raster && !b.lines.empty())
                p.drawLines(b.lines.data(), int(b.lines.size()));
            if (!raster && !b.quads.empty()) {
                QPainterPath path;
                for (const auto& q : b.quads) {
                    path.moveTo(q[0]);
                    path.quadTo(q[1], q[2]);
                }
                p.drawPath(path);
            }
            if (b.hasCurves)
                p.drawPath(b.curves);
            if (b.hasArrows) {
                p.setPen(Qt::NoPen);
                p.setBrush(c);
                p.drawPath(b.arrows);
            }
        }
        // The highlighted path on top, thick and in one strong colour.
        if (!highlighted.empty()) {
            QPainterPath lines, heads;
            for (int i : highlighted) {
                const SceneEdge& e = m_edges[i];
                const QPointF s = at[e.source], t = at[e.target];
                const double len = length(t - s);
                if (len < 0.5)
                    continue;
                const QPointF control =
                    (s + t) / 2 + QPointF(-(t - s).y(), (t - s).x()) * double(e.bend);
                QPointF dir = t - control;
                dir /= std::max(1e-9, length(dir));
                const QPointF tip = t - dir * radius[e.target];
                const double size = 9;
                if (e.directed)
                    addArrow(heads, tip, dir, size);
                lines.moveTo(s);
                lines.quadTo(control, e.directed ? tip - dir * (size * 0.8) : t);
                ++stats.edgesDrawn;
            }
            p.setRenderHint(QPainter::Antialiasing, true);
            p.setPen(QPen(kHighlight, 3.2, Qt::SolidLine, Qt::RoundCap));
            p.setBrush(Qt::NoBrush);
            p.drawPath(lines);
            p.setPen(Qt::NoPen);
            p.setBrush(kHighlight);
            p.drawPath(heads);
            p.setRenderHint(QPainter::Antialiasing, !dense);
        }

    } // edges
    if (parts.nodes) {
        // ---- nodes
        // ---------------------------------------------------------------------------------
        std::map<QRgb, std::vector<QPointF>> dots;
        const QPen outline(QColor(255, 255, 255, 220), 1.0);
        for (std::size_t i = 0; i < n; ++i) {
            if (!visible[i])
                continue;
            const SceneNode& node = m_nodes[i];
            QColor fill = node.fill;
            if (m_anyHighlight && !node.highlighted && !node.selected)
                fill = QColor::fromRgbF(fill.redF() * 0.3f + 0.7f * 0.92f,
                                        fill.greenF() * 0.3f + 0.7f * 0.92f,
                                        fill.blueF() * 0.3f + 0.7f * 0.92f);
            ++stats.nodesDrawn;
            const double r = radius[i];
            if (raster) {
                raster->blit(sprite(node.shape, fill.rgb(), r, !dense, image->devicePixelRatio()),
                             at[i]);
            } else if (dense && r < 2.0 && !node.selected && !node.highlighted) {
                dots[fill.rgb()].push_back(at[i]);
                continue;
            } else {
                p.setPen(dense ? Qt::NoPen : outline);
                p.setBrush(fill);
                drawShape(p, node.shape, at[i], r);
            }
            if (node.ring) {
                p.setBrush(Qt::NoBrush);
                p.setPen(QPen(kHighlight, 2.2));
                p.drawEllipse(at[i], r + 3.5, r + 3.5);
            }
            if (node.selected) {
                p.setBrush(Qt::NoBrush);
                p.setPen(QPen(kSelection, 2.0, Qt::SolidLine));
                p.drawEllipse(at[i], r + 5.5, r + 5.5);
            }
            if (node.pinned && r >= 3) {
                p.setPen(QPen(Qt::white, 1));
                p.setBrush(kSelection);
                p.drawEllipse(at[i] + QPointF(r * 0.8, -r * 0.8), 2.6, 2.6);
            }
            if (node.expandable && r >= 5 && !dense) {
                p.setPen(QPen(QColor(0x55, 0x55, 0x55), 1.2));
                const QPointF c = at[i] + QPointF(r * 0.85, r * 0.85);
                p.drawLine(c - QPointF(2.5, 0), c + QPointF(2.5, 0));
                p.drawLine(c - QPointF(0, 2.5), c + QPointF(0, 2.5));
            }
        }
        for (const auto& [rgb, points] : dots) {
            p.setPen(QPen(QColor::fromRgb(rgb), 2.4, Qt::SolidLine, Qt::SquareCap));
            p.drawPoints(points.data(), int(points.size()));
        }

    } // nodes
    // ---- labels: the largest nodes first, none overlapping another -----------------------------
    if (o.labels && parts.labels) {
        QFont font = p.font();
        font.setPixelSize(11);
        QFont bold = font;
        bold.setBold(true);
        const QFontMetricsF fm(font), fmBold(bold);
        std::vector<QRectF> placed;
        const double dpr = p.device() ? p.device()->devicePixelRatio() : 1.0;
        const int maxLabels = o.exact ? 5000 : kMaxLabels;
        int tries = 0;
        for (std::size_t rank = 0; rank < m_labelOrder.size(); ++rank) {
            const int i = m_labelOrder[rank];
            if (!visible[i] || !rect.contains(at[i]))
                continue;
            const SceneNode& node = m_nodes[i];
            const bool important = node.selected || node.highlighted;
            if (!important && radius[i] < 5.0 && rank >= 12)
                continue;
            if (++tries > 4 * maxLabels || int(placed.size()) >= maxLabels)
                break;
            const QFontMetricsF& m = important ? fmBold : fm;
            // On screen a label is drawn once into an image and then copied (text layout is
            // the costly part of a label); exports draw it as text.
            const LabelImage* cached =
                o.exact ? nullptr : &labelImage(i, important ? bold : font, m, dpr);
            const QString text =
                cached ? QString() : m.elidedText(node.caption, Qt::ElideRight, 190);
            const double w = cached ? cached->width : m.horizontalAdvance(text) + 6;
            const double h = m.height() + 2;
            QRectF box(at[i].x() - w / 2, at[i].y() + radius[i] + 2, w, h);
            bool clash = false;
            for (const QRectF& other : placed)
                if (other.intersects(box)) {
                    clash = true;
                    break;
                }
            if (clash && !important)
                continue;
            placed.push_back(box);
            if (cached && raster) {
                raster->blit(cached->image, box.center());
            } else if (cached) {
                p.drawImage(box.topLeft(), cached->image);
            } else {
                p.setPen(Qt::NoPen);
                p.setBrush(QColor(255, 255, 255, 205));
                p.drawRoundedRect(box, 3, 3);
                p.setFont(important ? bold : font);
                p.setPen(QColor(0x22, 0x22, 0x22));
                p.drawText(box, Qt::AlignCenter, text);
            }
            ++stats.labelsDrawn;
        }
    }
    p.restore();
    return stats;
}

const GraphScene::LabelImage& GraphScene::labelImage(int node, const QFont& font,
                                                     const QFontMetricsF& metrics, double dpr) const
{
    const QString& caption = m_nodes[std::size_t(node)].caption;
    auto it = m_labelImages.find(node);
    if (it != m_labelImages.end() && it->second.caption == caption && it->second.font == font &&
        it->second.dpr == dpr)
        return it->second;
    if (m_labelImages.size() > 3000)
        m_labelImages.clear(); // bounded: only the labels of recent views are kept
    LabelImage label;
    label.caption = caption;
    label.font = font;
    label.dpr = dpr;
    const QString text = metrics.elidedText(caption, Qt::ElideRight, 190);
    label.width = metrics.horizontalAdvance(text) + 6;
    const QRectF box(0, 0, label.width, metrics.height() + 2);
    label.image =
        QImage((box.size() * dpr).toSize() + QSize(1, 1), QImage::Format_ARGB32_Premultiplied);
    label.image.setDevicePixelRatio(dpr);
    label.image.fill(Qt::transparent);
    {
        QPainter p(&label.image);
        p.setRenderHint(QPainter::Antialiasing, true);
        p.setPen(Qt::NoPen);
        p.setBrush(QColor(255, 255, 255, 205));
        p.drawRoundedRect(box, 3, 3);
        p.setFont(font);
        p.setPen(QColor(0x22, 0x22, 0x22));
        p.drawText(box, Qt::AlignCenter, text);
    }
    return m_labelImages.insert_or_assign(node, std::move(label)).first->second;
}

QSizeF GraphScene::renderLegend(QPainter& p, QPointF at, const LegendInfo& info) const
{
    p.save();
    p.setRenderHint(QPainter::Antialiasing, true);
    QFont font = p.font();
    font.setPixelSize(11);
    QFont bold = font;
    bold.setBold(true);
    QFont small = font;
    small.setPixelSize(10);
    const QFontMetricsF fm(font);
    const double width = 250, pad = 10, row = fm.height() + 4, sample = 26;

    // What the scene holds, most common first.
    std::map<QString, int> schemaCounts;
    for (const auto& node : m_nodes)
        ++schemaCounts[node.schema];
    std::vector<std::pair<QString, int>> schemata(schemaCounts.begin(), schemaCounts.end());
    std::sort(schemata.begin(), schemata.end(),
              [](const auto& a, const auto& b) { return a.second > b.second; });
    if (schemata.size() > 8)
        schemata.resize(8);
    std::vector<int> styleCounts(edgeStyles().size(), 0);
    for (const auto& e : m_edges)
        ++styleCounts[e.style];
    int styleRows = 0;
    for (int c : styleCounts)
        styleRows += c > 0;
    bool pinned =
        std::any_of(m_nodes.begin(), m_nodes.end(), [](const auto& x) { return x.pinned; });

    const QRectF filterBox = QFontMetricsF(small).boundingRect(QRectF(0, 0, width - 2 * pad, 400),
                                                               Qt::TextWordWrap, info.filter);
    int rows = 1 + int(schemata.size()) + styleRows + 2 + (info.brokers ? 1 : 0) +
               (m_anyHighlight ? 1 : 0) + (pinned ? 1 : 0) + (info.colourMeaning.isEmpty() ? 0 : 1);
    const double height =
        pad * 2 + row * rows + (info.filter.isEmpty() ? 0 : filterBox.height() + 6);
    const QRectF box(at, QSizeF(width, height));
    p.setPen(QPen(QColor(0xcc, 0xcc, 0xcc), 1));
    p.setBrush(QColor(255, 255, 255, 235));
    p.drawRoundedRect(box, 6, 6);

    double y = at.y() + pad;
    const double x = at.x() + pad;
    auto text = [&](const QString& s, const QFont& f, double indent = 0) {
        p.setFont(f);
        p.setPen(QColor(0x22, 0x22, 0x22));
        p.drawText(QRectF(x + indent, y, width - 2 * pad - indent, row), Qt::AlignVCenter, s);
        y += row;
    };
    text(info.title.isEmpty() ? trScene("Legend") : info.title, bold);
    for (const auto& [schema, count] : schemata) {
        Q_UNUSED(count);
        p.setPen(QPen(Qt::white, 1));
        p.setBrush(info.colourMeaning.isEmpty() ? schemaColour(schema) : QColor(0x9a, 0x9a, 0x9a));
        drawShape(p, schemaShape(schema), QPointF(x + sample / 2, y + row / 2), 5.5);
        text(schema, font, sample + 4);
    }
    for (std::size_t s = 0; s < styleCounts.size(); ++s) {
        if (!styleCounts[s])
            continue;
        const auto& style = edgeStyles()[s];
        QColor c = style.colour;
        p.setPen(QPen(c, 1.8, style.pen, Qt::FlatCap));
        p.drawLine(QPointF(x, y + row / 2), QPointF(x + sample - 6, y + row / 2));
        QPainterPath head;
        addArrow(head, QPointF(x + sample, y + row / 2), QPointF(1, 0), 6);
        p.setPen(Qt::NoPen);
        p.setBrush(c);
        p.drawPath(head);
        text(style.schema.isEmpty() ? trScene("Other relationship") : style.schema, font,
             sample + 4);
    }
    text(trScene("Line width: amount (log scale)"), font);
    text(info.sizeMeaning, font);
    if (!info.colourMeaning.isEmpty())
        text(info.colourMeaning, font);
    if (info.brokers) {
        p.setPen(QPen(kHighlight, 2));
        p.setBrush(QColor(0x9a, 0x9a, 0x9a));
        p.drawEllipse(QPointF(x + sample / 2, y + row / 2), 5, 5);
        text(trScene("Broker (high betweenness)"), font, sample + 4);
    }
    if (m_anyHighlight) {
        p.setPen(QPen(kHighlight, 3.2, Qt::SolidLine, Qt::RoundCap));
        p.drawLine(QPointF(x, y + row / 2), QPointF(x + sample, y + row / 2));
        text(trScene("Highlighted path"), font, sample + 4);
    }
    if (pinned) {
        p.setPen(QPen(Qt::white, 1));
        p.setBrush(kSelection);
        p.drawEllipse(QPointF(x + sample / 2, y + row / 2), 2.6, 2.6);
        text(trScene("Pinned (layouts keep it in place)"), font, sample + 4);
    }
    if (!info.filter.isEmpty()) {
        p.setFont(small);
        p.setPen(QColor(0x55, 0x55, 0x55));
        p.drawText(QRectF(x, y + 4, width - 2 * pad, filterBox.height() + 2), Qt::TextWordWrap,
                   info.filter);
    }
    p.restore();
    return box.size();
}

} // namespace commonplace::ui
