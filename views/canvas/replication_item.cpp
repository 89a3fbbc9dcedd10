#include "canvas/replication_item.h"

#include <QFontMetricsF>
#include <QGraphicsScene>
#include <QPainter>
#include <QPainterPathStroker>
#include <QPalette>
#include <QtMath>

#include <cmath>
#include <utility>

namespace scalelab {

namespace {
constexpr qreal kArrowSize = 10;
const QColor kColour(0x7b, 0x1f, 0xa2); // the database's accent

QFont labelFont()
{
    QFont f;
    f.setPointSizeF(8.5);
    f.setItalic(true);
    return f;
}
} // namespace

ReplicationItem::ReplicationItem(QString primary, QString replica, QGraphicsItem *parent)
    : QGraphicsItem(parent), m_primary(std::move(primary)), m_replica(std::move(replica))
{
    setZValue(0);
    setAcceptedMouseButtons(Qt::NoButton);
}

void ReplicationItem::setRoute(const LinkPath &path)
{
    prepareGeometryChange();
    m_path = path;
}

void ReplicationItem::setText(const QString &text)
{
    if (text == m_text)
        return;
    prepareGeometryChange();
    m_text = text;
    update();
}

QRectF ReplicationItem::labelRect() const
{
    const QFontMetricsF fm(labelFont());
    const QSizeF size(fm.horizontalAdvance(m_text) + 8, fm.height() + 2);
    if (m_path.isEmpty())
        return {};
    // Beside the arrow's middle, off the line, so a link drawn along it stays readable.
    const qreal half = m_path.length() / 2;
    const QPointF mid = m_path.pointAtLength(half);
    const QLineF along(m_path.pointAtLength(half - 1), m_path.pointAtLength(half + 1));
    const QLineF normal = along.normalVector().unitVector();
    const QPointF offset = (normal.p2() - normal.p1()) * (size.height() / 2 + 3);
    return QRectF(mid + offset - QPointF(size.width() / 2, size.height() / 2), size);
}

QRectF ReplicationItem::boundingRect() const
{
    if (m_path.isEmpty())
        return {};
    return m_path.boundingRect()
        .adjusted(-kArrowSize, -kArrowSize, kArrowSize, kArrowSize)
        .united(labelRect().adjusted(-2, -2, 2, 2));
}

QPainterPath ReplicationItem::shape() const
{
    QPainterPath line;
    line.addPolygon(m_path.points());
    QPainterPathStroker stroker;
    stroker.setWidth(8);
    return stroker.createStroke(line);
}

void ReplicationItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    if (m_path.isEmpty())
        return;
    painter->setRenderHint(QPainter::Antialiasing);
    QPen pen(kColour, 1.8, Qt::DashLine);
    painter->setPen(pen);
    painter->setBrush(Qt::NoBrush);
    painter->drawPolyline(m_path.points());
    if (const QPolygonF head = arrowHead(m_path, kArrowSize); !head.isEmpty()) {
        painter->setPen(QPen(kColour, 1.2));
        painter->setBrush(kColour);
        painter->drawPolygon(head);
    }
    if (m_text.isEmpty())
        return;
    const QPalette pal = scene() ? scene()->palette() : QPalette();
    const QRectF plate = labelRect();
    painter->setPen(Qt::NoPen);
    QColor base = pal.color(QPalette::Base);
    base.setAlpha(220);
    painter->setBrush(base);
    painter->drawRoundedRect(plate, 3, 3);
    painter->setFont(labelFont());
    painter->setPen(kColour);
    painter->drawText(plate, Qt::AlignCenter, m_text);
}

} // namespace scalelab
