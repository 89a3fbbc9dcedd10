#include "canvas/live_overlay_item.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QGraphicsScene>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>
#include <QPalette>

#include <algorithm>
#include <cmath>

namespace scalelab {

namespace {

constexpr qreal kMaxTrafficWidth = 28;
constexpr qreal kBarHeight = 8;
/// Room around a card for the badges above it and the queue bar and its label below.
constexpr qreal kAbove = 14;
constexpr qreal kBelow = 48; // the queue line, and the figures line when it does not fit beside
constexpr qreal kSide = 8;

QColor mix(const QColor &a, const QColor &b, double t)
{
    t = std::clamp(t, 0.0, 1.0);
    return QColor::fromRgbF(static_cast<float>(a.redF() + (b.redF() - a.redF()) * t),
                            static_cast<float>(a.greenF() + (b.greenF() - a.greenF()) * t),
                            static_cast<float>(a.blueF() + (b.blueF() - a.blueF()) * t));
}

/// Black or white, whichever reads better on `background`.
QColor textOn(const QColor &background)
{
    return background.lightnessF() > 0.6 ? QColor(0x11, 0x18, 0x27) : Qt::white;
}

QFont badgeFont(bool bold)
{
    QFont f;
    f.setPointSizeF(8.5);
    f.setBold(bold);
    return f;
}

void drawPill(QPainter *painter, const QRectF &rect, const QColor &fill, const QString &text)
{
    painter->setPen(QPen(fill.darker(140), 1));
    painter->setBrush(fill);
    painter->drawRoundedRect(rect, rect.height() / 2, rect.height() / 2);
    painter->setPen(textOn(fill));
    painter->drawText(rect, Qt::AlignCenter, text);
}

} // namespace

LiveOverlayItem::LiveOverlayItem(QGraphicsItem *parent) : QGraphicsItem(parent)
{
    setZValue(kZValue);
    setAcceptedMouseButtons(Qt::NoButton);
}

QColor LiveOverlayItem::utilizationColor(double u)
{
    const QColor green(0x16, 0xa3, 0x4a), amber(0xf5, 0x9e, 0x0b), red(0xdc, 0x26, 0x26);
    if (!(u > 0))
        return green;
    if (u < 0.6)
        return mix(green, amber, u / 0.6);
    return mix(amber, red, (u - 0.6) / 0.3);
}

qreal LiveOverlayItem::trafficWidth(double rps)
{
    if (!(rps > 0))
        return 0;
    // 1 rps is a hairline, each factor of ten adds four units, a million is nearly full.
    return std::min(kMaxTrafficWidth, 2.0 + 4.0 * std::log10(1.0 + rps));
}

double LiveOverlayItem::queueFill(const ComponentFrame &c)
{
    if (c.waiting <= 0)
        return 0;
    if (c.capacity >= 0) {
        const int room = c.capacity - c.workers;
        return room > 0 ? std::min(1.0, static_cast<double>(c.waiting) / room) : 1.0;
    }
    return std::min(1.0, std::log10(1.0 + c.waiting) / std::log10(1.0 + kLogQueueFull));
}

void LiveOverlayItem::setGeometry(std::vector<LinkPath> links, std::vector<QRectF> componentRects)
{
    m_links = std::move(links);
    m_rects = std::move(componentRects);
    updateBounds();
    update();
}

void LiveOverlayItem::setFrame(std::shared_ptr<const Frame> frame)
{
    m_frame = std::move(frame);
    update();
}

void LiveOverlayItem::updateBounds()
{
    QRectF r;
    for (const LinkPath &l : m_links) {
        if (!l.isEmpty())
            r |= l.boundingRect().adjusted(-kMaxTrafficWidth, -kMaxTrafficWidth, kMaxTrafficWidth,
                                           kMaxTrafficWidth);
    }
    for (const QRectF &c : m_rects)
        r |= c.adjusted(-kSide, -kAbove, kSide, kBelow);
    if (r != m_bounds) {
        prepareGeometryChange();
        m_bounds = r;
    }
}

QRectF LiveOverlayItem::boundingRect() const
{
    return m_bounds;
}

void LiveOverlayItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    if (!m_frame)
        return;
    painter->setRenderHint(QPainter::Antialiasing);
    paintLinks(painter);
    const std::size_t n = std::min(m_frame->components.size(), m_rects.size());
    for (std::size_t i = 0; i < n; ++i)
        paintComponent(painter, m_frame->components[i], m_rects[i]);
}

void LiveOverlayItem::paintLinks(QPainter *painter) const
{
    const QPalette pal = scene() ? scene()->palette() : QPalette();
    QColor stroke = pal.color(QPalette::Highlight);
    // Translucent, so the arrow and its label stay readable through the band.
    stroke.setAlpha(80);
    const std::size_t n = std::min(m_frame->links.size(), m_links.size());
    for (std::size_t i = 0; i < n; ++i) {
        const qreal w = trafficWidth(m_frame->links[i].requestsPerSecond);
        if (w <= 0)
            continue;
        painter->setPen(QPen(stroke, w, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        painter->drawPolyline(m_links[i].points());
    }
}

void LiveOverlayItem::paintComponent(QPainter *painter, const ComponentFrame &c,
                                     const QRectF &r) const
{
    if (!c.up) {
        paintDown(painter, r, QString::fromStdString(c.id));
        return;
    }
    if (!c.queueing)
        return; // users have no workers and no queue: their traffic shows on their link
    const QColor tint = utilizationColor(c.utilization);

    // A wash over the card and a strong border around it: readable from the back row.
    QColor wash = tint;
    wash.setAlpha(static_cast<int>(30 + 60 * std::clamp(c.utilization, 0.0, 1.0)));
    painter->setPen(Qt::NoPen);
    painter->setBrush(wash);
    painter->drawRoundedRect(r, 8, 8);
    painter->setPen(QPen(tint, 4));
    painter->setBrush(Qt::NoBrush);
    painter->drawRoundedRect(r.adjusted(-2, -2, 2, 2), 10, 10);

    painter->setFont(badgeFont(true));
    const QFontMetricsF fm(painter->font());

    // Worker use, e.g. "6/8 · 75%", on the top-right corner.
    const QString workers = QStringLiteral("%1/%2 · %3%")
                                .arg(c.busy)
                                .arg(c.workers)
                                .arg(qRound(100 * std::clamp(c.utilization, 0.0, 1.0)));
    const qreal ww = fm.horizontalAdvance(workers) + 14;
    drawPill(painter, QRectF(r.right() - ww - 6, r.top() - 10, ww, 19), tint, workers);

    qreal pillLeft = r.left() + 6;
    if (c.slowFactor != 1.0) {
        const QString slow = QStringLiteral("×%1 slow").arg(c.slowFactor, 0, 'g', 3);
        const qreal sw = fm.horizontalAdvance(slow) + 14;
        drawPill(painter, QRectF(pillLeft, r.top() - 10, sw, 19), QColor(0xfb, 0xbf, 0x24), slow);
        pillLeft += sw + 6;
    }
    if (c.scaling == ScalingState::Booting || c.scaling == ScalingState::Draining) {
        // An autoscaling group's server that gets no requests: it boots, or it drains.
        const QString state =
            c.scaling == ScalingState::Booting
                ? QCoreApplication::translate("scalelab::LiveOverlayItem", "booting")
                : QCoreApplication::translate("scalelab::LiveOverlayItem", "draining");
        const qreal bw = fm.horizontalAdvance(state) + 14;
        drawPill(painter, QRectF(pillLeft, r.top() - 10, bw, 19), QColor(0xef, 0x6c, 0x00), state);
        pillLeft += bw + 6;
    }

    // The queue: a bar under the card with its length written below.
    const QRectF track(r.left() + 6, r.bottom() + 5, r.width() - 12, kBarHeight);
    const double fill = queueFill(c);
    painter->setPen(Qt::NoPen);
    painter->setBrush(QColor(0x80, 0x80, 0x80, 70));
    painter->drawRoundedRect(track, 3, 3);
    if (fill > 0) {
        painter->setBrush(utilizationColor(0.6 + 0.3 * fill));
        painter->drawRoundedRect(QRectF(track.topLeft(), QSizeF(track.width() * fill, kBarHeight)),
                                 3, 3);
    }
    const QString queue =
        c.capacity >= 0 ? QCoreApplication::translate("scalelab::LiveOverlayItem", "queue %1 / %2")
                              .arg(c.waiting)
                              .arg(std::max(0, c.capacity - c.workers))
        : c.waiting > 0
            ? QCoreApplication::translate("scalelab::LiveOverlayItem", "queue %L1 (log scale)")
                  .arg(c.waiting)
            : QCoreApplication::translate("scalelab::LiveOverlayItem", "queue 0");
    const QPalette pal = scene() ? scene()->palette() : QPalette();
    painter->setFont(badgeFont(false));
    painter->setPen(pal.color(QPalette::WindowText));
    painter->drawText(QRectF(track.left(), track.bottom() + 1, track.width(), 16),
                      Qt::AlignLeft | Qt::AlignVCenter, queue);

    // Loads drawn as a row of bars (a shard router's shards, in link order), right of the
    // queue's length; the other figures then go on a line of their own.
    const qreal queueWidth = QFontMetricsF(badgeFont(false)).horizontalAdvance(queue);
    const auto bars = static_cast<int>(std::count_if(c.figures.begin(), c.figures.end(),
                                                     [](const LiveFigure &f) { return f.bar; }));
    if (bars > 0) {
        const qreal room = track.width() - queueWidth - 8;
        const qreal step = std::min<qreal>(12, room / bars);
        qreal x = track.right() - step * bars;
        for (const LiveFigure &f : c.figures) {
            if (!f.bar)
                continue;
            const QRectF cell(x + 1, track.bottom() + 2, std::max<qreal>(1, step - 2), 13);
            painter->setPen(Qt::NoPen);
            painter->setBrush(QColor(0x80, 0x80, 0x80, 70));
            painter->drawRect(cell);
            const double load = std::clamp(f.value, 0.0, 1.0);
            painter->setBrush(utilizationColor(load));
            painter->drawRect(QRectF(cell.left(), cell.bottom() - cell.height() * load,
                                     cell.width(), cell.height() * load));
            x += step;
        }
    }

    // The kind's own figures (a cache's hit ratio and fill), right of the queue's length.
    if (static_cast<std::size_t>(bars) < c.figures.size()) {
        QStringList parts;
        for (const LiveFigure &f : c.figures) {
            if (f.bar)
                continue;
            const QString label = QCoreApplication::translate("scalelab::Figure", f.label);
            if (std::isnan(f.value))
                parts << label;
            else if (f.percent)
                parts << tr("%1 %2%").arg(label).arg(qRound(100 * f.value));
            else if (*f.unit)
                parts << tr("%1 %2 %3")
                             .arg(label)
                             .arg(qRound(f.value))
                             .arg(QString::fromLatin1(f.unit));
            else if (f.value == std::floor(f.value) && std::abs(f.value) < 1e15)
                // Counts in full (sessions 1,610), not as 1.61e+03.
                parts << tr("%1 %2").arg(label, QLocale().toString(static_cast<qint64>(f.value)));
            else
                parts << tr("%1 %2").arg(label).arg(f.value, 0, 'g', 3);
        }
        QFont bold = badgeFont(false);
        bold.setBold(true);
        const QString text = parts.join(QStringLiteral(" · "));
        // Beside the queue's length if both fit on the line, else on a line of their own.
        const double room = track.width() - queueWidth - 8;
        const double line =
            bars == 0 && QFontMetricsF(bold).horizontalAdvance(text) <= room ? 1 : 15;
        painter->setFont(bold);
        painter->setPen(QColor(0xc2, 0x18, 0x5b));
        painter->drawText(QRectF(track.left(), track.bottom() + line, track.width(), 16),
                          Qt::AlignRight | Qt::AlignVCenter, text);
    }
}

void LiveOverlayItem::paintDown(QPainter *painter, const QRectF &r, const QString &id) const
{
    const QColor dark(0x5c, 0x0a, 0x0a), red(0xef, 0x44, 0x44);
    QPainterPath card;
    card.addRoundedRect(r, 8, 8);
    painter->setPen(Qt::NoPen);
    painter->setBrush(QColor(dark.red(), dark.green(), dark.blue(), 225));
    painter->drawPath(card);
    painter->setBrush(QBrush(QColor(0xff, 0x6b, 0x6b, 150), Qt::BDiagPattern));
    painter->drawPath(card);

    painter->save();
    painter->setClipPath(card);
    painter->setPen(QPen(red, 4, Qt::SolidLine, Qt::RoundCap));
    painter->drawLine(r.topLeft(), r.bottomRight());
    painter->drawLine(r.topRight(), r.bottomLeft());
    painter->restore();

    painter->setPen(QPen(red, 4));
    painter->setBrush(Qt::NoBrush);
    painter->drawRoundedRect(r.adjusted(-2, -2, 2, 2), 10, 10);

    QFont f;
    f.setPointSizeF(15);
    f.setBold(true);
    painter->setFont(f);
    const QFontMetricsF fm(f);
    const QString text = QStringLiteral("DOWN");
    const QSizeF plate(fm.horizontalAdvance(text) + 24, fm.height() + 8);
    const QRectF plateRect(r.center() - QPointF(plate.width() / 2, plate.height() / 2), plate);
    painter->setPen(QPen(Qt::white, 2));
    painter->setBrush(QColor(0xb9, 0x1c, 0x1c));
    painter->drawRoundedRect(plateRect, 6, 6);
    painter->drawText(plateRect, Qt::AlignCenter, text);
    // The hatch hides the card's own title: say which component is down.
    f.setPointSizeF(10);
    painter->setFont(f);
    painter->drawText(r.adjusted(10, 4, -10, -4), Qt::AlignLeft | Qt::AlignTop, id);
}

} // namespace scalelab
