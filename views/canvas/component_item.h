#pragma once

#include "scenario/diagram_geometry.h"
#include "scenario/scenario.h"

#include <QGraphicsObject>
#include <QIcon>

namespace scalelab {

/// A component drawn as a card: icon, kind, name and the parameters a student tunes most.
/// Passive: it keeps the component's id and a copy of the values it shows, refreshed by
/// sync(); it never edits the scenario. Mouse handling lives in CanvasScene.
class ComponentItem : public QGraphicsObject {
    Q_OBJECT
public:
    static constexpr qreal kWidth = diagram_geometry::kCardWidth;
    static constexpr qreal kHeight = diagram_geometry::kCardHeight;
    static constexpr qreal kHandleRadius = 6;
    /// The selection halo: this far outside the card, this thick (inside boundingRect).
    static constexpr qreal kSelectionGap = 4;
    static constexpr qreal kSelectionPen = 3;
    enum { Type = UserType + 1 };

    explicit ComponentItem(const QString &id, QGraphicsItem *parent = nullptr);

    int type() const override { return Type; }
    QString id() const { return m_id; }
    void sync(const Component &c);

    /// Connection handles in item coordinates: the midpoints of the four edges.
    QList<QPointF> handles() const;
    /// The handle under an item-coordinate point, or -1.
    int handleAt(const QPointF &itemPos) const;
    QRectF cardRect() const;

    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

protected:
    void hoverEnterEvent(QGraphicsSceneHoverEvent *event) override;
    void hoverMoveEvent(QGraphicsSceneHoverEvent *event) override;
    void hoverLeaveEvent(QGraphicsSceneHoverEvent *event) override;

private:
    void paintIcon(QPainter *painter, const QRectF &rect) const;

    QString m_id;
    QString m_title;
    QString m_kindName;
    QStringList m_details;
    ComponentKind m_kind = ComponentKind::Service;
    bool m_hovered = false;
};

/// The key parameters of a component as short lines, e.g. "8 workers · 20 ms exp".
QStringList componentSummary(const Component &c);
/// A distribution in a few characters, e.g. "20 ms exp".
QString distributionSummary(const Distribution &d);
/// The accent colour of a kind (card stripe, export).
QColor kindColor(ComponentKind kind);

} // namespace scalelab
