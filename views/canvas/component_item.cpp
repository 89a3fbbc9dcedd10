#include "canvas/component_item.h"

#include "canvas/presenter_style.h"
#include "inspector/param_form.h"
#include "kind_icons.h"

#include <QCoreApplication>

#include <QGraphicsScene>
#include <QGraphicsSceneHoverEvent>
#include <QHash>
#include <QPainter>
#include <QPalette>
#include <QStyleOptionGraphicsItem>
#include <QSvgRenderer>
#include <QVariant>

#include <algorithm>
#include <cmath>

namespace scalelab {

namespace {

QString number(double v)
{
    // Short, human numbers for a card: 0.5, 20, 1.5k.
    if (std::abs(v) >= 10000)
        return QString::number(v / 1000.0, 'g', 3) + QStringLiteral("k");
    return QString::number(v, 'g', 4);
}

constexpr qreal kAccent = 6;
constexpr qreal kIconSize = 32;
constexpr qreal kPad = 10;

} // namespace

QColor kindColor(ComponentKind kind)
{
    return QColor::fromRgb(traitsOf(kind).colour);
}

QString distributionSummary(const Distribution &d)
{
    switch (d.kind) {
    case DistKind::Exponential:
        return QObject::tr("%1 ms exp").arg(number(d.mean));
    case DistKind::Constant:
        return QObject::tr("%1 ms const").arg(number(d.mean));
    case DistKind::Uniform:
        return QObject::tr("%1–%2 ms").arg(number(d.min), number(d.max));
    case DistKind::Lognormal:
        return QObject::tr("%1 ms logn").arg(number(d.mean));
    case DistKind::Erlang:
        return QObject::tr("%1 ms erl%2").arg(number(d.mean)).arg(d.k);
    }
    return {};
}

/// A parameter as its card shows it: "TTL 300 s", "20 ms exp", "Round robin".
QString cardText(const ParamSpec &p, const ParamValue &v)
{
    QString value;
    switch (p.type) {
    case ParamType::Number:
        value = number(std::get<double>(v));
        break;
    case ParamType::Integer:
        value = QString::number(std::get<int>(v));
        break;
    case ParamType::OptionalNumber:
    case ParamType::OptionalInteger: {
        const bool none = p.type == ParamType::OptionalNumber
                              ? !std::get<std::optional<double>>(v).has_value()
                              : !std::get<std::optional<int>>(v).has_value();
        if (none)
            return QString();
        value = p.type == ParamType::OptionalNumber
                    ? number(*std::get<std::optional<double>>(v))
                    : QString::number(*std::get<std::optional<int>>(v));
        break;
    }
    case ParamType::Choice:
        return QCoreApplication::translate(
            "scalelab::Param",
            std::string(p.choices[static_cast<std::size_t>(std::get<int>(v))].label).c_str());
    case ParamType::Distribution:
        return p.shortLabel.empty()
                   ? distributionSummary(std::get<Distribution>(v))
                   : QObject::tr("%1 %2").arg(ParamForm::shortLabel(p),
                                              distributionSummary(std::get<Distribution>(v)));
    case ParamType::Curve:
        return std::get<std::vector<RatePoint>>(v).empty() ? QString() : QObject::tr("load curve");
    case ParamType::Text: {
        const QString text = QString::fromStdString(std::get<std::string>(v));
        return text.isEmpty() || p.shortLabel.empty()
                   ? text
                   : QObject::tr("%1 %2").arg(ParamForm::shortLabel(p), text); // "replica of db1"
    }
    }
    const QString unit = ParamForm::suffix(p).trimmed();
    if (p.shortLabel.empty())
        return unit.isEmpty() ? value : QObject::tr("%1 %2").arg(value, unit);
    if (unit.isEmpty())
        return QObject::tr("%1 %2").arg(value, ParamForm::shortLabel(p)); // "20000 users"
    if (unit == ParamForm::shortLabel(p))
        return QObject::tr("%1%2").arg(ParamForm::shortLabel(p), value); // "×1.5"
    return QObject::tr("%1 %2 %3").arg(ParamForm::shortLabel(p), value, unit);
}

QStringList componentSummary(const Component &c)
{
    const KindTraits &traits = traitsOf(c.kind);
    QString first;
    if (traits.queueing) {
        first = c.workers == 1 ? QObject::tr("1 worker") : QObject::tr("%1 workers").arg(c.workers);
        if (c.capacity)
            first = QObject::tr("%1 · cap %2").arg(first).arg(*c.capacity);
    }
    const Component defaults = defaultComponent(c.kind, c.id);
    QStringList parts;
    for (const std::string_view key : traits.cardKeys) {
        for (const ParamSpec *p : paramsOf(c.kind)) {
            if (p->key != key)
                continue;
            // A CPU speed of 1 says nothing; other values are always worth a glance.
            if (key == "speed" && p->get(c) == p->get(defaults))
                continue;
            const QString text = cardText(*p, p->get(c));
            if (!text.isEmpty())
                parts << text;
        }
    }
    return {first, parts.join(QStringLiteral(" · "))};
}

ComponentItem::ComponentItem(const QString &id, QGraphicsItem *parent)
    : QGraphicsObject(parent), m_id(id)
{
    setFlag(ItemIsSelectable);
    setAcceptHoverEvents(true);
    setZValue(1);
    // Drawn once into a pixmap and copied until update(): see CanvasScene::invalidateItemCaches.
    setCacheMode(DeviceCoordinateCache);
}

void ComponentItem::sync(const Component &c)
{
    prepareGeometryChange();
    m_id = QString::fromStdString(c.id);
    m_kind = c.kind;
    m_title = c.label.empty() ? m_id : QString::fromStdString(c.label);
    m_kindName = displayName(c.kind);
    if (!c.label.empty())
        m_kindName += QStringLiteral(" · ") + m_id;
    m_details = componentSummary(c);
    if (c.position)
        setPos(c.position->x, c.position->y);
    setToolTip(QStringLiteral("<b>%1</b> (%2)<br>%3")
                   .arg(m_title.toHtmlEscaped(), m_kindName.toHtmlEscaped(),
                        kindDescription(c.kind).toHtmlEscaped()));
    update();
}

QRectF ComponentItem::cardRect() const
{
    return QRectF(-kWidth / 2, -kHeight / 2, kWidth, kHeight);
}

QRectF ComponentItem::boundingRect() const
{
    const qreal m = kHandleRadius + 2;
    return cardRect().adjusted(-m, -m, m, m);
}

QList<QPointF> ComponentItem::handles() const
{
    const QRectF r = cardRect();
    return {QPointF(r.right(), 0), QPointF(0, r.bottom()), QPointF(r.left(), 0),
            QPointF(0, r.top())};
}

int ComponentItem::handleAt(const QPointF &itemPos) const
{
    const QList<QPointF> hs = handles();
    // A generous hit radius: handles are small to draw but should be easy to grab.
    const qreal hit = kHandleRadius + 5;
    for (int i = 0; i < hs.size(); ++i) {
        const QPointF d = itemPos - hs[i];
        if (d.x() * d.x() + d.y() * d.y() <= hit * hit)
            return i;
    }
    return -1;
}

void ComponentItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    const QPalette pal = scene() ? scene()->palette() : QPalette();
    const QRectF r = cardRect();
    const QColor accent = kindColor(m_kind);
    const bool selected = isSelected();
    painter->setRenderHint(QPainter::Antialiasing);

    // Card body with a kind-coloured stripe on the left.
    QPainterPath body;
    body.addRoundedRect(r, 8, 8);
    painter->setPen(QPen(selected ? pal.color(QPalette::Highlight) : pal.color(QPalette::Mid),
                         selected ? 3 : 1.2));
    painter->setBrush(pal.color(QPalette::Base));
    painter->drawPath(body);
    if (selected) {
        // A halo outside the card, in the accent colour: clear even when the live overlay
        // tints the card itself.
        painter->setPen(QPen(pal.color(QPalette::Highlight), kSelectionPen));
        painter->setBrush(Qt::NoBrush);
        painter->drawRoundedRect(
            r.adjusted(-kSelectionGap, -kSelectionGap, kSelectionGap, kSelectionGap),
            8 + kSelectionGap, 8 + kSelectionGap);
    }
    painter->save();
    painter->setClipPath(body);
    painter->fillRect(QRectF(r.left(), r.top(), kAccent, r.height()), accent);
    painter->restore();

    // Presenter mode (a projector): the title and the first two details only, in text
    // that reads from the back of a room; the sizes are the presenter's (scene units).
    if (const QVariant big = scene() ? scene()->property(presenter::kSceneProperty) : QVariant();
        big.toBool()) {
        QFont title = painter->font();
        title.setPixelSize(presenter::kTitlePx);
        title.setBold(true);
        QFont detail = painter->font();
        detail.setPixelSize(presenter::kDetailPx);
        const qreal left = r.left() + kAccent + 8;
        const qreal width = r.right() - 6 - left;
        const QFontMetricsF tfm(title);
        const QFontMetricsF dfm(detail);
        painter->setPen(pal.color(QPalette::Text));
        painter->setFont(title);
        painter->drawText(QRectF(left, r.top() + 4, width, tfm.height()),
                          Qt::AlignLeft | Qt::AlignVCenter,
                          tfm.elidedText(m_title, Qt::ElideRight, width));
        painter->setFont(detail);
        qreal y = r.top() + 4 + tfm.height();
        for (int i = 0; i < std::min<int>(2, static_cast<int>(m_details.size())); ++i) {
            painter->drawText(QRectF(left, y, width, dfm.height()),
                              Qt::AlignLeft | Qt::AlignVCenter,
                              dfm.elidedText(m_details[i], Qt::ElideRight, width));
            y += dfm.height();
        }
        return;
    }

    const QRectF iconRect(r.left() + kAccent + kPad, r.top() + kPad, kIconSize, kIconSize);
    paintIcon(painter, iconRect);

    const qreal textLeft = iconRect.right() + 8;
    const qreal textWidth = r.right() - kPad - textLeft;
    QFont titleFont = painter->font();
    titleFont.setPointSizeF(11);
    titleFont.setBold(true);
    painter->setFont(titleFont);
    painter->setPen(pal.color(QPalette::Text));
    const QFontMetricsF tfm(titleFont);
    painter->drawText(QRectF(textLeft, r.top() + 8, textWidth, tfm.height()),
                      Qt::AlignLeft | Qt::AlignVCenter,
                      tfm.elidedText(m_title, Qt::ElideRight, textWidth));

    QFont small = painter->font();
    small.setBold(false);
    small.setPointSizeF(9);
    painter->setFont(small);
    const QFontMetricsF sfm(small);
    painter->setPen(accent.lighter(pal.color(QPalette::Base).lightness() < 128 ? 150 : 100));
    painter->drawText(QRectF(textLeft, r.top() + 8 + tfm.height(), textWidth, sfm.height()),
                      Qt::AlignLeft | Qt::AlignVCenter,
                      sfm.elidedText(m_kindName, Qt::ElideRight, textWidth));

    painter->setPen(pal.color(QPalette::Text));
    const qreal detailLeft = r.left() + kAccent + kPad;
    const qreal detailWidth = r.right() - kPad - detailLeft;
    qreal y = r.bottom() - 6 - m_details.size() * sfm.height();
    for (const QString &line : m_details) {
        painter->drawText(QRectF(detailLeft, y, detailWidth, sfm.height()),
                          Qt::AlignLeft | Qt::AlignVCenter,
                          sfm.elidedText(line, Qt::ElideRight, detailWidth));
        y += sfm.height();
    }

    // Handles show where a link can be dragged from; drawn when the card is hot.
    if (m_hovered || selected) {
        painter->setPen(QPen(pal.color(QPalette::Base), 1.5));
        painter->setBrush(pal.color(QPalette::Highlight));
        for (const QPointF &h : handles())
            painter->drawEllipse(h, kHandleRadius, kHandleRadius);
    }
}

void ComponentItem::paintIcon(QPainter *painter, const QRectF &rect) const
{
    // One renderer per kind, drawn as vectors: crisp at any zoom and in SVG/PDF exports.
    static QHash<ComponentKind, QSvgRenderer *> renderers;
    QSvgRenderer *&renderer = renderers[m_kind];
    if (!renderer)
        renderer = new QSvgRenderer(iconPath(m_kind));
    if (renderer->isValid()) {
        renderer->render(painter, rect);
        return;
    }
    // Without the icon resource (a test binary without it) the card still names the kind.
    painter->setPen(Qt::NoPen);
    painter->setBrush(kindColor(m_kind));
    painter->drawRoundedRect(rect, 6, 6);
}

void ComponentItem::hoverEnterEvent(QGraphicsSceneHoverEvent *event)
{
    m_hovered = true;
    update();
    hoverMoveEvent(event);
}

void ComponentItem::hoverMoveEvent(QGraphicsSceneHoverEvent *event)
{
    setCursor(handleAt(event->pos()) >= 0 ? Qt::CrossCursor : Qt::ArrowCursor);
}

void ComponentItem::hoverLeaveEvent(QGraphicsSceneHoverEvent *)
{
    m_hovered = false;
    unsetCursor();
    update();
}

} // namespace scalelab
