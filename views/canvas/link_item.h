#pragma once

#include "canvas/link_route.h"
#include "scenario/scenario.h"

#include <QGraphicsItem>

namespace scalelab {

/// A link drawn as an arrow between two cards, labelled with its latency (and its
/// probability when below 1). Passive: it knows its index in the scenario's link list and
/// the path and label position the scene routes for it; it never edits the scenario.
class LinkItem : public QGraphicsItem {
public:
    enum { Type = UserType + 2 };

    explicit LinkItem(int index, QGraphicsItem *parent = nullptr);

    int type() const override { return Type; }
    int index() const { return m_index; }
    const Link &link() const { return m_link; }
    void sync(const Link &link);
    /// The routed path (scene coordinates, from the source's border to the target's) and
    /// the centre of the label on it.
    void setRoute(const LinkPath &path, const QPointF &labelCentre);
    const LinkPath &path() const { return m_path; }
    QString labelText() const;
    /// The size of the label's plate, for the scene to place it.
    QSizeF labelSize() const;

    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    QRectF labelRect() const;

    int m_index;
    Link m_link;
    LinkPath m_path;
    QPointF m_labelCentre;
};

} // namespace scalelab
