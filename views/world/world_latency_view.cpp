#include "world/world_latency_view.h"

#include "scenario/regions.h"
#include "world/world_places.h"

#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>
#include <limits>

namespace scalelab {

namespace {

constexpr double kTopLat = 82;
constexpr double kBottomLat = -58;
constexpr double kMargin = 8;
constexpr double kBandHeight = 64; ///< under the map, for regions of unknown place
constexpr double kDot = 6;
const std::string kPrefix = "region.";
const std::string kP95 = ".p95_ms";

} // namespace

WorldLatencyView::WorldLatencyView(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("worldLatencyView"));
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::Base);
}

void WorldLatencyView::setScenario(const Scenario &scenario)
{
    m_regions.clear();
    m_pairs.clear();
    for (const std::string &name : regionsOf(scenario)) {
        Region r;
        r.name = QString::fromStdString(name);
        r.lonLat = regionPlace(r.name, &r.known);
        for (const Group &g : scenario.groups)
            if (g.kind == GroupKind::DataCenter && g.region == name)
                r.dataCenters << QString::fromStdString(g.label.empty() ? g.id : g.label);
        for (const Component &c : scenario.components)
            if (const auto *p = std::get_if<ClientsParams>(&c.params); p && p->region == name)
                r.users << QString::fromStdString(c.id);
        m_regions.push_back(std::move(r));
    }
    for (std::size_t a = 0; a < m_regions.size(); ++a)
        for (std::size_t b = a + 1; b < m_regions.size(); ++b) {
            const std::string x = m_regions[a].name.toStdString();
            const std::string y = m_regions[b].name.toStdString();
            m_pairs.push_back({static_cast<int>(a), static_cast<int>(b),
                               regionLatencyMs(scenario, x, y),
                               findRegionLatency(scenario.region_latency, x, y) != nullptr});
        }
    update();
}

void WorldLatencyView::appendFrame(const Frame &frame)
{
    if (frame.samples.empty())
        return;
    bool changed = false;
    for (std::size_t c = 0; c < frame.columns.size(); ++c) {
        const std::string &name = frame.columns[c];
        if (name.size() <= kPrefix.size() + kP95.size() ||
            name.compare(0, kPrefix.size(), kPrefix) != 0 ||
            name.compare(name.size() - kP95.size(), kP95.size(), kP95) != 0)
            continue;
        const QString region = QString::fromStdString(
            name.substr(kPrefix.size(), name.size() - kPrefix.size() - kP95.size()));
        // The newest second with an answer; a second without one keeps the last value.
        for (auto row = frame.samples.rbegin(); row != frame.samples.rend(); ++row)
            if (c < row->size() && std::isfinite((*row)[c])) {
                if (m_p95.value(region, -1) != (*row)[c]) {
                    m_p95.insert(region, (*row)[c]);
                    changed = true;
                }
                break;
            }
    }
    if (changed)
        update();
}

void WorldLatencyView::clearLive()
{
    m_p95.clear();
    update();
}

QStringList WorldLatencyView::regions() const
{
    QStringList out;
    for (const Region &r : m_regions)
        out << r.name;
    return out;
}

double WorldLatencyView::liveP95(const QString &region) const
{
    return m_p95.value(region, std::numeric_limits<double>::quiet_NaN());
}

bool WorldLatencyView::placeKnown(const QString &region) const
{
    for (const Region &r : m_regions)
        if (r.name == region)
            return r.known;
    return false;
}

QPointF WorldLatencyView::dotPosition(const QString &region) const
{
    const std::vector<QPointF> dots = dotPositions();
    for (std::size_t i = 0; i < m_regions.size(); ++i)
        if (m_regions[i].name == region)
            return dots[i];
    return {-1, -1};
}

QString WorldLatencyView::latencyLabel(const QString &a, const QString &b) const
{
    for (const Pair &p : m_pairs) {
        const QString &x = m_regions[static_cast<std::size_t>(p.a)].name;
        const QString &y = m_regions[static_cast<std::size_t>(p.b)].name;
        if ((x == a && y == b) || (x == b && y == a))
            return tr("%1 ms").arg(QString::number(p.ms, 'g', 4));
    }
    return {};
}

QRectF WorldLatencyView::unknownBand() const
{
    bool any = false;
    for (const Region &r : m_regions)
        any = any || !r.known;
    if (!any)
        return {};
    const QRectF all = QRectF(rect()).adjusted(kMargin, kMargin, -kMargin, -kMargin);
    return QRectF(all.left(), all.bottom() - kBandHeight, all.width(), kBandHeight);
}

QRectF WorldLatencyView::mapRect() const
{
    // Equirectangular: 360 degrees of longitude across, kTopLat to kBottomLat down.
    QRectF area = QRectF(rect()).adjusted(kMargin, kMargin, -kMargin, -kMargin);
    if (const QRectF band = unknownBand(); !band.isEmpty())
        area.setBottom(band.top() - 4);
    const double aspect = 360.0 / (kTopLat - kBottomLat);
    QSizeF size(area.width(), area.width() / aspect);
    if (size.height() > area.height())
        size = QSizeF(area.height() * aspect, area.height());
    return QRectF(area.center().x() - size.width() / 2, area.top(), size.width(), size.height());
}

QPointF WorldLatencyView::toPixel(const QPointF &lonLat) const
{
    const QRectF m = mapRect();
    return {m.left() + (lonLat.x() + 180.0) / 360.0 * m.width(),
            m.top() + (kTopLat - lonLat.y()) / (kTopLat - kBottomLat) * m.height()};
}

std::vector<QPointF> WorldLatencyView::dotPositions() const
{
    std::vector<QPointF> dots;
    const QRectF band = unknownBand();
    int unknown = 0, unknownCount = 0;
    for (const Region &r : m_regions)
        unknownCount += r.known ? 0 : 1;
    for (const Region &r : m_regions) {
        QPointF p;
        if (r.known) {
            p = toPixel(r.lonLat);
        } else {
            p = QPointF(band.left() + (unknown + 0.5) * band.width() / unknownCount,
                        band.top() + 16);
            ++unknown;
        }
        // Two regions at one place (tokyo and japan): the later one a little lower.
        for (const QPointF &other : dots)
            if (QLineF(p, other).length() < 3 * kDot)
                p.ry() += 4 * kDot;
        dots.push_back(p);
    }
    return dots;
}

void WorldLatencyView::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    drawMap(p);
    if (m_regions.empty()) {
        p.setPen(palette().color(QPalette::Text));
        p.drawText(QRectF(rect()).adjusted(24, 24, -24, -24), Qt::AlignCenter | Qt::TextWordWrap,
                   tr("This design uses no regions. Give users a region (the inspector's "
                      "Region field) or put a data center in one (Edit ▸ Set Data Center "
                      "Region…) to see the distances between them here."));
        return;
    }
    const std::vector<QPointF> dots = dotPositions();
    // Lines under the regions' labels, latencies over them: a short line's label stays
    // readable.
    for (const Pair &pair : m_pairs)
        drawPair(p, pair, dots, false);
    for (std::size_t i = 0; i < m_regions.size(); ++i)
        drawRegion(p, static_cast<int>(i), dots[i]);
    for (const Pair &pair : m_pairs)
        drawPair(p, pair, dots, true);
    drawLegend(p);
}

void WorldLatencyView::drawMap(QPainter &p) const
{
    const QRectF m = mapRect();
    const QColor text = palette().color(QPalette::Text);
    QColor sea = palette().color(QPalette::Base);
    sea = sea.lightness() < 128 ? sea.lighter(125) : sea.darker(104);
    p.fillRect(m, sea);
    QColor grid = text;
    grid.setAlpha(30);
    p.setPen(QPen(grid, 1, Qt::DotLine));
    for (int lon = -150; lon <= 150; lon += 30)
        p.drawLine(toPixel({double(lon), kTopLat}), toPixel({double(lon), kBottomLat}));
    for (int lat = -30; lat <= 60; lat += 30)
        p.drawLine(toPixel({-180, double(lat)}), toPixel({180, double(lat)}));
    QColor land = text;
    land.setAlpha(sea.lightness() < 128 ? 60 : 38);
    p.setPen(Qt::NoPen);
    p.setBrush(land);
    for (const QPolygonF &shape : continentOutlines()) {
        QPolygonF px;
        for (const QPointF &q : shape)
            px << toPixel(q);
        p.drawPolygon(px);
    }
    if (const QRectF band = unknownBand(); !band.isEmpty()) {
        QColor c = text;
        c.setAlpha(140);
        p.setPen(c);
        p.setBrush(Qt::NoBrush);
        QFont f = font();
        f.setPointSizeF(f.pointSizeF() * 0.85);
        p.setFont(f);
        p.drawText(band.adjusted(4, 0, 0, 0), Qt::AlignLeft | Qt::AlignTop,
                   tr("Regions of unknown place:"));
        p.setFont(font());
    }
}

void WorldLatencyView::drawPair(QPainter &p, const Pair &pair, const std::vector<QPointF> &dots,
                                bool label) const
{
    const Region &ra = m_regions[static_cast<std::size_t>(pair.a)];
    const Region &rb = m_regions[static_cast<std::size_t>(pair.b)];
    const QPointF a = dots[static_cast<std::size_t>(pair.a)];
    const QPointF b = dots[static_cast<std::size_t>(pair.b)];
    QColor colour =
        pair.overridden ? palette().color(QPalette::Highlight) : palette().color(QPalette::Text);
    colour.setAlpha(pair.overridden ? 230 : 120);
    p.setPen(QPen(colour, pair.overridden ? 2.4 : 1.4));
    p.setBrush(Qt::NoBrush);
    // Across the Pacific the short way round leaves one edge of the map and enters at the
    // other: two segments, clipped to the map.
    QPointF mid = (a + b) / 2;
    const double dLon = rb.lonLat.x() - ra.lonLat.x();
    if (ra.known && rb.known && std::abs(dLon) > 180) {
        const double shift = (dLon > 0 ? -360.0 : 360.0) / 360.0 * mapRect().width();
        const QPointF b2(b.x() + shift, b.y()), a2(a.x() - shift, a.y());
        if (!label) {
            p.save();
            p.setClipRect(mapRect());
            p.drawLine(a, b2);
            p.drawLine(a2, b);
            p.restore();
        }
        const QPointF m1 = (a + b2) / 2, m2 = (a2 + b) / 2;
        mid = mapRect().contains(m1) ? m1 : m2;
    } else if (!label) {
        p.drawLine(a, b);
    }
    if (!label)
        return;
    QFont f = font();
    f.setBold(pair.overridden);
    f.setPointSizeF(f.pointSizeF() * 0.9);
    p.setFont(f);
    const QString text = tr("%1 ms").arg(QString::number(pair.ms, 'g', 4));
    const QRectF box = QFontMetricsF(f).boundingRect(text).adjusted(-3, -1, 3, 1);
    const QRectF at(mid - box.center(), box.size());
    QColor bg = palette().color(QPalette::Base);
    bg.setAlpha(235);
    p.setPen(QPen(colour, 1));
    p.setBrush(bg);
    p.drawRoundedRect(at, 3, 3);
    p.setPen(pair.overridden ? colour : palette().color(QPalette::Text));
    p.drawText(at, Qt::AlignCenter, text);
    p.setFont(font());
}

void WorldLatencyView::drawRegion(QPainter &p, int i, const QPointF &dot) const
{
    const Region &r = m_regions[static_cast<std::size_t>(i)];
    const QColor colour = regionColor(i);
    p.setPen(QPen(palette().color(QPalette::Base), 1.5));
    p.setBrush(colour);
    p.drawEllipse(dot, kDot, kDot);

    QStringList lines;
    if (!r.dataCenters.isEmpty())
        lines << tr("data centers: %1").arg(r.dataCenters.join(QStringLiteral(", ")));
    if (!r.users.isEmpty())
        lines << tr("users: %1").arg(r.users.join(QStringLiteral(", ")));
    if (const double p95 = liveP95(r.name); std::isfinite(p95))
        lines << tr("p95 %1 ms").arg(qRound(p95));
    QFont bold = font();
    bold.setBold(true);
    QFont small = font();
    small.setPointSizeF(small.pointSizeF() * 0.85);
    const QFontMetricsF bm(bold), sm(small);
    double w = bm.horizontalAdvance(r.name);
    for (const QString &l : lines)
        w = std::max(w, sm.horizontalAdvance(l));
    const double h = bm.height() + lines.size() * sm.height();
    const bool left = dot.x() + kDot + 6 + w > width() - kMargin;
    QRectF box(left ? dot.x() - kDot - 6 - w : dot.x() + kDot + 6, dot.y() - bm.height() / 2, w, h);
    box.moveTop(std::clamp(box.top(), 0.0, std::max(0.0, height() - h)));
    QColor bg = palette().color(QPalette::Base);
    bg.setAlpha(200);
    p.setPen(Qt::NoPen);
    p.setBrush(bg);
    p.drawRoundedRect(box.adjusted(-3, -1, 3, 1), 3, 3);
    p.setFont(bold);
    p.setPen(colour.darker(palette().color(QPalette::Base).lightness() < 128 ? 70 : 120));
    p.drawText(QRectF(box.topLeft(), QSizeF(w, bm.height())), Qt::AlignLeft, r.name);
    p.setFont(small);
    p.setPen(palette().color(QPalette::Text));
    double y = box.top() + bm.height();
    for (const QString &l : lines) {
        p.drawText(QRectF(box.left(), y, w, sm.height()), Qt::AlignLeft, l);
        y += sm.height();
    }
    p.setFont(font());
}

void WorldLatencyView::drawLegend(QPainter &p) const
{
    QFont f = font();
    f.setPointSizeF(f.pointSizeF() * 0.8);
    p.setFont(f);
    QColor c = palette().color(QPalette::Text);
    c.setAlpha(160);
    p.setPen(c);
    const QRectF m = mapRect();
    p.drawText(m.adjusted(4, 0, -4, -2), Qt::AlignRight | Qt::AlignBottom,
               tr("One-way latency between regions; bold: set in this design, else the "
                  "default table"));
    p.setFont(font());
}

} // namespace scalelab
