#include "live/run_icons.h"

#include <QPainter>
#include <QPainterPath>

namespace scalelab {

namespace {

constexpr int kSize = 32; ///< drawn at 32 px; the toolbar scales down

QPainterPath triangle(qreal left, qreal right)
{
    QPainterPath p;
    p.moveTo(left, 7);
    p.lineTo(right, 16);
    p.lineTo(left, 25);
    p.closeSubpath();
    return p;
}

void draw(QPainter &p, RunIcon which, const QColor &color)
{
    p.setPen(Qt::NoPen);
    p.setBrush(color);
    switch (which) {
    case RunIcon::Run:
        p.drawPath(triangle(9, 25));
        break;
    case RunIcon::Pause:
        p.drawRoundedRect(QRectF(9, 7, 5, 18), 1, 1);
        p.drawRoundedRect(QRectF(18, 7, 5, 18), 1, 1);
        break;
    case RunIcon::StepEvent:
        p.drawPath(triangle(7, 20));
        p.drawRoundedRect(QRectF(21, 7, 4, 18), 1, 1);
        break;
    case RunIcon::StepSecond:
        p.drawPath(triangle(4, 16));
        p.drawPath(triangle(15, 27));
        break;
    case RunIcon::Reset: {
        // A circular arrow: an open ring and its head.
        p.setBrush(Qt::NoBrush);
        p.setPen(QPen(color, 3.2, Qt::SolidLine, Qt::RoundCap));
        p.drawArc(QRectF(7, 7, 18, 18), 100 * 16, 290 * 16);
        p.setPen(Qt::NoPen);
        p.setBrush(color);
        QPainterPath head;
        head.moveTo(12, 2);
        head.lineTo(20, 8);
        head.lineTo(12, 13);
        head.closeSubpath();
        p.drawPath(head);
        break;
    }
    }
}

QPixmap pixmap(RunIcon which, const QColor &color)
{
    QPixmap pm(kSize, kSize);
    pm.fill(Qt::transparent);
    QPainter p(&pm);
    p.setRenderHint(QPainter::Antialiasing);
    draw(p, which, color);
    return pm;
}

} // namespace

QIcon runIcon(RunIcon which, const QPalette &palette)
{
    QIcon icon;
    icon.addPixmap(pixmap(which, palette.color(QPalette::Active, QPalette::ButtonText)),
                   QIcon::Normal);
    icon.addPixmap(pixmap(which, palette.color(QPalette::Disabled, QPalette::ButtonText)),
                   QIcon::Disabled);
    return icon;
}

} // namespace scalelab
