#include "canvas/group_item.h"

#include "export/diagram.h"

#include <QCursor>
#include <QFontMetricsF>
#include <QGraphicsScene>
#include <QPainter>
#include <QPalette>

#include <string>
#include <vector>

namespace scalelab {

namespace {

constexpr qreal kRadius = 12;
constexpr qreal kTextPad = 12;
/// Groups lie below the links (z 0) and cards (z 1); an outer group lies below its inner ones.
constexpr qreal kBaseZ = -10;

QColor accentOf(GroupKind kind, bool dark)
{
    // Green for a private network (a safe, closed space), slate for a data center (a
    // building), amber for an autoscaling group (it moves); the exports use them too.
    const QColor c = QColor::fromRgb(groupColour(kind));
    return dark ? c.lighter(170) : c;
}

} // namespace

QString groupKindName(GroupKind kind)
{
    switch (kind) {
    case GroupKind::PrivateNetwork:
        return QObject::tr("Private network");
    case GroupKind::DataCenter:
        return QObject::tr("Data center");
    case GroupKind::Autoscaling:
        return QObject::tr("Autoscaling group");
    }
    return {};
}

GroupItem::GroupItem(const QString &id, QGraphicsItem *parent) : QGraphicsItem(parent), m_id(id)
{
    setFlag(ItemIsSelectable);
    setZValue(kBaseZ);
    setCursor(Qt::OpenHandCursor);       // shown over the title bar, the only part hit-tested
    setCacheMode(DeviceCoordinateCache); // see CanvasScene::invalidateItemCaches
}

QString GroupItem::title() const
{
    return m_label.isEmpty() ? groupKindName(m_kind) : m_label;
}

void GroupItem::sync(const Group &group)
{
    m_id = QString::fromStdString(group.id);
    m_kind = group.kind;
    m_label = QString::fromStdString(group.label);
    m_region = QString::fromStdString(group.region);
    m_members.clear();
    for (const std::string &m : group.members)
        m_members << QString::fromStdString(m);
    setToolTip(QObject::tr("<b>%1</b> (%2): %3<br>Drag the title to move the group; "
                           "double-click it to rename.")
                   .arg(title().toHtmlEscaped(), groupKindName(m_kind).toLower(),
                        m_members.join(QStringLiteral(", ")).toHtmlEscaped()));
    update();
}

void GroupItem::setCostPerHour(double dollars)
{
    if (dollars == m_costPerHour)
        return;
    m_costPerHour = dollars;
    update();
}

void GroupItem::setBox(const QRectF &sceneRect)
{
    setVisible(!sceneRect.isEmpty());
    if (sceneRect.isEmpty() || (sceneRect.topLeft() == pos() && sceneRect.size() == m_size))
        return;
    prepareGeometryChange();
    m_size = sceneRect.size();
    setPos(sceneRect.topLeft());
    update();
}

QRectF GroupItem::box() const
{
    return QRectF(pos(), m_size);
}

QRectF GroupItem::titleBar() const
{
    return QRectF(pos(), QSizeF(m_size.width(), kTitleHeight));
}

QString GroupItem::tagText() const
{
    // A data center in a region: where it stands and what it costs, always ("$0.52/h", not
    // "/H": only the region is set in capitals).
    if (m_kind == GroupKind::DataCenter && !m_region.isEmpty())
        return m_costPerHour >= 0 ? QObject::tr("%1 · $%2/h")
                                        .arg(m_region.toUpper())
                                        .arg(QString::number(m_costPerHour, 'f', 2))
                                  : m_region.toUpper();
    const QString kindName = groupKindName(m_kind);
    return title().startsWith(kindName, Qt::CaseInsensitive) ? QString() : kindName.toUpper();
}

QRectF GroupItem::boundingRect() const
{
    return localBox().adjusted(-2, -2, 2, 2);
}

QPainterPath GroupItem::shape() const
{
    QPainterPath path;
    path.addRect(QRectF(0, 0, m_size.width(), kTitleHeight));
    return path;
}

void GroupItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    const QPalette pal = scene() ? scene()->palette() : QPalette();
    const bool dark = pal.color(QPalette::Base).lightness() < 128;
    const QColor accent = accentOf(m_kind, dark);
    const bool selected = isSelected();
    const bool network = m_kind == GroupKind::PrivateNetwork;
    painter->setRenderHint(QPainter::Antialiasing);

    const QRectF r = localBox().adjusted(1, 1, -1, -1);
    QPainterPath body;
    body.addRoundedRect(r, kRadius, kRadius);
    QColor fill = accent;
    fill.setAlpha(network ? 14 : 30);
    QPen border(selected ? pal.color(QPalette::Highlight) : accent, selected ? 3 : 1.8,
                network ? Qt::DashLine : Qt::SolidLine);
    painter->setPen(Qt::NoPen);
    painter->setBrush(fill);
    painter->drawPath(body);

    // The title bar: tinted for a data center, a dashed rule under it for a network.
    const QRectF bar(r.left(), r.top(), r.width(), kTitleHeight);
    if (network) {
        painter->setPen(QPen(accent, 1, Qt::DotLine));
        painter->drawLine(QPointF(bar.left() + kRadius, bar.bottom()),
                          QPointF(bar.right() - kRadius, bar.bottom()));
    } else {
        QColor barFill = accent;
        barFill.setAlpha(55);
        painter->save();
        painter->setClipPath(body);
        painter->fillRect(bar, barFill);
        painter->restore();
    }
    painter->setPen(border);
    painter->setBrush(Qt::NoBrush);
    painter->drawPath(body);

    // Kind tag on the right unless the title already says it; the title gets the rest.
    const QString title = this->title();
    const QString kindName = tagText();
    const bool showKind = !kindName.isEmpty();
    QFont tagFont = painter->font();
    tagFont.setPointSizeF(8.5);
    tagFont.setCapitalization(QFont::MixedCase); // tagText() chose the capitals
    tagFont.setLetterSpacing(QFont::PercentageSpacing, 106);
    const QFontMetricsF tagMetrics(tagFont);
    qreal right = bar.right() - kTextPad;
    if (showKind) {
        const qreal w = tagMetrics.horizontalAdvance(kindName);
        if (w < bar.width() / 2) {
            painter->setFont(tagFont);
            painter->setPen(accent);
            painter->drawText(QRectF(right - w, bar.top(), w, bar.height()),
                              Qt::AlignRight | Qt::AlignVCenter, kindName);
            right -= w + kTextPad;
        }
    }
    QFont titleFont = painter->font();
    titleFont.setPointSizeF(10.5);
    titleFont.setBold(true);
    titleFont.setCapitalization(QFont::MixedCase);
    titleFont.setLetterSpacing(QFont::PercentageSpacing, 100);
    painter->setFont(titleFont);
    painter->setPen(dark ? accent : accent.darker(130));
    const QFontMetricsF titleMetrics(titleFont);
    const qreal left = bar.left() + kTextPad;
    painter->drawText(QRectF(left, bar.top(), std::max<qreal>(0, right - left), bar.height()),
                      Qt::AlignLeft | Qt::AlignVCenter,
                      titleMetrics.elidedText(title, Qt::ElideRight, right - left));
}

void layoutGroups(const QList<GroupItem *> &groups,
                  const std::function<QRectF(const QString &)> &cardRect)
{
    namespace geo = diagram_geometry;
    std::vector<std::vector<std::string>> members;
    members.reserve(static_cast<std::size_t>(groups.size()));
    for (const GroupItem *g : groups) {
        std::vector<std::string> ids;
        for (const QString &id : g->boxMembers())
            ids.push_back(id.toStdString());
        members.push_back(std::move(ids));
    }
    const std::vector<geo::GroupBox> boxes =
        geo::layoutGroupBoxes(members, [&cardRect](const std::string &id) {
            const QRectF r = cardRect(QString::fromStdString(id));
            return r.isEmpty() ? geo::Rect{} : geo::Rect{r.x(), r.y(), r.width(), r.height()};
        });
    for (qsizetype i = 0; i < groups.size(); ++i) {
        const geo::GroupBox &b = boxes[static_cast<std::size_t>(i)];
        groups[i]->setBox(b.box.isEmpty() ? QRectF()
                                          : QRectF(b.box.x, b.box.y, b.box.width, b.box.height));
        groups[i]->setZValue(kBaseZ - b.depth);
    }
}

} // namespace scalelab
