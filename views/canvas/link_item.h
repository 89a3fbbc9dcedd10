#pragma once

#include "scenario/scenario.h"

#include <QGraphicsItem>

namespace scalelab {

/// A link drawn as an arrow between two cards, labelled with its latency (and its
/// probability when below 1). Passive: it knows its index in the scenario's link list and
/// the end points the scene gives it; it never edits the scenario.
class LinkItem : public QGraphicsItem {
public:
    enum { Type = UserType + 2 };

    explicit LinkItem(int index, QGraphicsItem *parent = nullptr);

    int type() const override { return Type; }
    int index() const { return m_index; }
    const Link &link() const { return m_link; }
    void sync(const Link &link);
    /// Scene points where the arrow leaves its source and reaches its target.
    void setEnds(const QPointF &from, const QPointF &to);
    QString labelText() const;

    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    QRectF labelRect() const;

    int m_index;
    Link m_link;
    QPointF m_from;
    QPointF m_to;
};

} // namespace scalelab
