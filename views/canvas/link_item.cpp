#include "canvas/link_item.h"

#include <QFontMetricsF>
#include <QGraphicsScene>
#include <QPainter>
#include <QPainterPathStroker>
#include <QPalette>
#include <QtMath>

namespace scalelab {

namespace {
constexpr qreal kArrowSize = 11;
constexpr qreal kLabelPadX = 5;
constexpr qreal kLabelPadY = 2;

QFont labelFont()
{
    QFont f;
    f.setPointSizeF(9);
    return f;
}
} // namespace

LinkItem::LinkItem(int index, QGraphicsItem *parent) : QGraphicsItem(parent), m_index(index)
{
    setFlag(ItemIsSelectable);
    setZValue(0);
    setCacheMode(DeviceCoordinateCache); // see CanvasScene::invalidateItemCaches
}

void LinkItem::sync(const Link &link)
{
    prepareGeometryChange();
    m_link = link;
    setToolTip(QObject::tr("%1 → %2\none-way latency %3 ms, probability %4")
                   .arg(QString::fromStdString(link.from), QString::fromStdString(link.to))
                   .arg(link.latency_ms)
                   .arg(link.probability));
    update();
}

void LinkItem::setRoute(const LinkPath &path, const QPointF &labelCentre)
{
    if (path.points() == m_path.points() && labelCentre == m_labelCentre)
        return;
    prepareGeometryChange();
    m_path = path;
    m_labelCentre = labelCentre;
    update(); // the cached drawing is the old route's
}

QString LinkItem::labelText() const
{
    QString text = QObject::tr("%1 ms").arg(QString::number(m_link.latency_ms, 'g', 4));
    if (m_link.probability < 1.0)
        text += QObject::tr(" · p %1").arg(QString::number(m_link.probability, 'g', 3));
    if (!m_link.kinds.empty()) {
        QStringList kinds;
        for (RequestKind k : m_link.kinds)
            kinds << QString::fromLatin1(toString(k));
        text += QStringLiteral(" · ") + kinds.join(QLatin1Char('/'));
    }
    return text;
}

QSizeF LinkItem::labelSize() const
{
    const QFontMetricsF fm(labelFont());
    return QSizeF(fm.horizontalAdvance(labelText()) + 2 * kLabelPadX, fm.height() + 2 * kLabelPadY);
}

QRectF LinkItem::labelRect() const
{
    const QSizeF size = labelSize();
    return QRectF(m_labelCentre - QPointF(size.width() / 2, size.height() / 2), size);
}

QRectF LinkItem::boundingRect() const
{
    const QRectF line =
        m_path.boundingRect().adjusted(-kArrowSize, -kArrowSize, kArrowSize, kArrowSize);
    return line.united(labelRect().adjusted(-2, -2, 2, 2));
}

QPainterPath LinkItem::shape() const
{
    QPainterPath line;
    line.addPolygon(m_path.points());
    QPainterPathStroker stroker;
    stroker.setWidth(10);
    QPainterPath path = stroker.createStroke(line);
    path.addRect(labelRect());
    return path;
}

void LinkItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    const QPalette pal = scene() ? scene()->palette() : QPalette();
    const QColor color =
        isSelected() ? pal.color(QPalette::Highlight) : pal.color(QPalette::WindowText);
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(
        QPen(color, isSelected() ? 2.5 : 1.6, Qt::SolidLine, Qt::SquareCap, Qt::RoundJoin));
    painter->drawPolyline(m_path.points());

    // Arrow head at the target's border, along the path's last stretch.
    if (const QPolygonF head = arrowHead(m_path, kArrowSize); !head.isEmpty()) {
        painter->setBrush(color);
        painter->drawPolygon(head);
    }

    // The label sits on a small plate so it stays readable over the line.
    const QRectF plate = labelRect();
    painter->setPen(QPen(color, 1));
    painter->setBrush(pal.color(QPalette::Base));
    painter->drawRoundedRect(plate, 4, 4);
    painter->setFont(labelFont());
    painter->setPen(pal.color(QPalette::Text));
    painter->drawText(plate, Qt::AlignCenter, labelText());
}

} // namespace scalelab
