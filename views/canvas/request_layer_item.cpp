#include "canvas/request_layer_item.h"

#include <QFontMetricsF>
#include <QGraphicsScene>
#include <QPainter>
#include <QPalette>
#include <QtMath>

#include <algorithm>
#include <cmath>

namespace scalelab {

namespace {

/// Room around the lines for the dots (drawn at a fixed device size) and the failure
/// cloud; generous so that zoomed-out views do not clip them.
constexpr qreal kMargin = 40;
/// Failures spread over an ellipse this large around the component's centre (scene units),
/// so that a burst reads as a red cloud instead of one dot.
constexpr qreal kFailureSpreadX = 92;
constexpr qreal kFailureSpreadY = 40;

QImage renderSprite(const QColor &fill, const QColor &ring, qreal dpr, qreal alpha,
                    qreal ringWidth = 1.2)
{
    const int px = qCeil(RequestLayerItem::kDotSize * dpr);
    QImage img(px, px, QImage::Format_ARGB32_Premultiplied);
    img.fill(Qt::transparent);
    img.setDevicePixelRatio(dpr);
    QPainter p(&img);
    p.setRenderHint(QPainter::Antialiasing);
    p.setOpacity(alpha);
    const qreal d = RequestLayerItem::kDotSize;
    // A ring in a contrasting shade keeps the dot visible on light and dark canvases.
    p.setPen(QPen(ring, ringWidth));
    p.setBrush(fill);
    const qreal inset = 0.2 + ringWidth / 2;
    p.drawEllipse(QRectF(inset, inset, d - 2 * inset, d - 2 * inset));
    return img;
}

} // namespace

RequestLayerItem::RequestLayerItem(QGraphicsItem *parent) : QGraphicsItem(parent)
{
    setZValue(kZValue);
    setFlag(ItemHasNoContents, false);
    setAcceptedMouseButtons(Qt::NoButton);
    setAcceptHoverEvents(false);
}

QColor RequestLayerItem::kindColor(RequestKind kind)
{
    switch (kind) {
    case RequestKind::Read:
        return QColor(0x25, 0x63, 0xeb); // blue
    case RequestKind::Write:
        return QColor(0xf9, 0x73, 0x16); // orange
    case RequestKind::Static:
        return QColor(0x16, 0xa3, 0x4a); // green
    case RequestKind::Async:
        return QColor(0x93, 0x33, 0xea); // purple
    }
    return Qt::gray;
}

QColor RequestLayerItem::failureColor()
{
    return QColor(0xdc, 0x26, 0x26);
}

QColor RequestLayerItem::markColor(std::uint8_t mark)
{
    switch (mark) {
    case 1:
        return QColor(0xea, 0xb3, 0x08); // a stale read: amber, wrong data but an answer
    case 2:
        return QColor(0x4c, 0x05, 0x19); // a lost write: near black red
    case kLoggedOutMark:
        return QColor(0x7c, 0x3a, 0xed); // a user logged out: violet, the login page
    default:
        return failureColor();
    }
}

void RequestLayerItem::setGeometry(const std::vector<LinkPath> &links,
                                   std::vector<QPointF> componentCenters)
{
    m_spans.clear();
    m_points.clear();
    m_lengths.clear();
    m_linksRect = QRectF();
    for (const LinkPath &l : links) {
        m_spans.push_back({static_cast<std::uint32_t>(m_points.size()),
                           static_cast<std::uint32_t>(l.points().size())});
        m_points.insert(m_points.end(), l.points().begin(), l.points().end());
        m_lengths.insert(m_lengths.end(), l.cumulative().begin(), l.cumulative().end());
        if (!l.isEmpty())
            m_linksRect |= l.boundingRect();
    }
    m_centers = std::move(componentCenters);
    updateBounds();
    update();
}

void RequestLayerItem::setFrame(std::shared_ptr<const Frame> frame)
{
    const bool labelBefore = !sampleLabel().isEmpty();
    m_frame = std::move(frame);
    if (labelBefore != !sampleLabel().isEmpty())
        updateBounds();
    update();
}

QPointF RequestLayerItem::dotPosition(std::uint32_t link, float progress) const
{
    if (link >= m_spans.size())
        return {};
    return along(m_points, m_spans[link], progress);
}

QString RequestLayerItem::sampleLabel() const
{
    if (!m_frame || m_frame->dots.size() >= m_frame->dotsOnLinks)
        return {};
    return QStringLiteral("showing %L1 of %L2 requests")
        .arg(static_cast<qulonglong>(m_frame->dots.size()))
        .arg(static_cast<qulonglong>(m_frame->dotsOnLinks));
}

QPointF RequestLayerItem::along(const std::vector<QPointF> &points, const Span &span,
                                float progress) const
{
    if (span.count == 0)
        return {};
    const qreal *lengths = m_lengths.data() + span.first;
    const qreal travelled =
        static_cast<qreal>(std::clamp(progress, 0.0f, 1.0f)) * lengths[span.count - 1];
    return pointAlong(points.data() + span.first, lengths, span.count, travelled);
}

QRectF RequestLayerItem::labelRect() const
{
    const QRectF lines = m_linksRect;
    const QFontMetricsF fm{QFont()};
    const QString text = sampleLabel();
    const qreal w = fm.horizontalAdvance(text) + 16;
    const qreal h = fm.height() + 8;
    return QRectF(lines.left(), lines.top() - kMargin - h, w, h);
}

void RequestLayerItem::updateBounds()
{
    QRectF r = m_linksRect;
    for (const QPointF &c : m_centers)
        r |= QRectF(c.x() - kFailureSpreadX, c.y() - kFailureSpreadY, 2 * kFailureSpreadX,
                    2 * kFailureSpreadY);
    r.adjust(-kMargin, -kMargin, kMargin, kMargin);
    if (!sampleLabel().isEmpty())
        r |= labelRect();
    if (r != m_bounds) {
        prepareGeometryChange();
        m_bounds = r;
    }
}

QRectF RequestLayerItem::boundingRect() const
{
    return m_bounds;
}

void RequestLayerItem::ensureSprites(qreal dpr)
{
    if (dpr == m_spriteDpr)
        return;
    m_spriteDpr = dpr;
    for (int k = 0; k < kRequestKindCount; ++k) {
        m_kindSprites[static_cast<std::size_t>(k)] =
            requestSprite(static_cast<RequestKind>(k), false, dpr);
        m_answerSprites[static_cast<std::size_t>(k)] =
            requestSprite(static_cast<RequestKind>(k), true, dpr);
    }
    for (int mark = 0; mark < kMarkKinds; ++mark)
        for (int level = 0; level < kFadeLevels; ++level)
            m_failureSprites[static_cast<std::size_t>(mark)][static_cast<std::size_t>(level)] =
                markSprite(static_cast<std::uint8_t>(mark), dpr,
                           1.0 - static_cast<qreal>(level) / kFadeLevels);
}

QImage RequestLayerItem::requestSprite(RequestKind kind, bool answer, qreal dpr)
{
    const QColor c = kindColor(kind);
    if (!answer)
        return renderSprite(c, c.darker(170), dpr, 1.0);
    const QColor pale = QColor::fromRgbF(0.55f + 0.45f * c.redF(), 0.55f + 0.45f * c.greenF(),
                                         0.55f + 0.45f * c.blueF());
    return renderSprite(pale, c, dpr, 1.0, 2.4);
}

QImage RequestLayerItem::markSprite(std::uint8_t mark, qreal dpr, qreal alpha)
{
    const QColor fill = markColor(mark);
    return renderSprite(fill, mark == 0 ? QColor(0x7f, 0x1d, 0x1d) : fill.darker(180), dpr, alpha);
}

QPointF RequestLayerItem::failurePosition(std::size_t index, std::uint32_t component) const
{
    // A golden-angle spiral: deterministic, evenly filled, no two of the first ones overlap.
    // The ring leaves the middle of the card free for the DOWN plate and its name.
    const std::size_t k = index % 100;
    const qreal radius = 0.55 + 0.45 * std::sqrt(static_cast<qreal>(k) / 100.0);
    const qreal angle = static_cast<qreal>(k) * 2.399963;
    return m_centers[component] + QPointF(std::cos(angle) * radius * kFailureSpreadX,
                                          std::sin(angle) * radius * kFailureSpreadY);
}

void RequestLayerItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    if (!m_frame)
        return;
    const Frame &f = *m_frame;
    const qreal dpr = painter->device() ? painter->device()->devicePixelRatioF() : 1.0;
    ensureSprites(dpr);

    // Work in device space: map each link's points once (the transform is affine, so a
    // point a fraction along a mapped segment is the mapped point that fraction along the
    // scene segment), place the dots by their links' scene lengths, then blit sprites at
    // whole pixels with an identity transform, the raster engine's fastest path.
    const QTransform xf = painter->worldTransform();
    const float half = kDotSize / 2.0f;
    m_devicePoints.resize(m_points.size());
    for (std::size_t i = 0; i < m_points.size(); ++i)
        m_devicePoints[i] = xf.map(m_points[i]) - QPointF(half, half);
    const QRect device = painter->viewport();
    const qreal minX = device.left() - kDotSize;
    const qreal minY = device.top() - kDotSize;
    const qreal maxX = device.right() + 1;
    const qreal maxY = device.bottom() + 1;

    painter->save();
    painter->resetTransform();
    const std::size_t nLinks = m_spans.size();
    for (const DotFrame &d : f.dots) {
        if (d.link >= nLinks || m_spans[d.link].count == 0)
            continue;
        const QPointF p = along(m_devicePoints, m_spans[d.link], d.progress);
        if (p.x() < minX || p.y() < minY || p.x() > maxX || p.y() > maxY)
            continue;
        painter->drawImage(
            QPoint(static_cast<int>(p.x()), static_cast<int>(p.y())),
            (d.answer ? m_answerSprites
                      : m_kindSprites)[static_cast<std::size_t>(d.kind) % kRequestKindCount]);
    }
    for (std::size_t i = 0; i < f.failures.size(); ++i) {
        const FailureFrame &fl = f.failures[i];
        if (fl.component >= m_centers.size() || fl.age >= kFailureFadeS)
            continue;
        const int level =
            std::clamp(static_cast<int>(fl.age / kFailureFadeS * kFadeLevels), 0, kFadeLevels - 1);
        const QPointF p = xf.map(failurePosition(i, fl.component)) - QPointF(half, half);
        painter->drawImage(p.toPoint(),
                           m_failureSprites[fl.mark % kMarkKinds][static_cast<std::size_t>(level)]);
    }
    painter->restore();

    const QString label = sampleLabel();
    if (!label.isEmpty()) {
        const QPalette pal = scene() ? scene()->palette() : QPalette();
        const QRectF plate = labelRect();
        painter->setRenderHint(QPainter::Antialiasing);
        painter->setPen(QPen(pal.color(QPalette::Mid), 1));
        painter->setBrush(pal.color(QPalette::Base));
        painter->drawRoundedRect(plate, 5, 5);
        painter->setPen(pal.color(QPalette::Text));
        painter->setFont(QFont());
        painter->drawText(plate, Qt::AlignCenter, label);
    }
}

} // namespace scalelab
