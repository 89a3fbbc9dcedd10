#pragma once

#include "canvas/link_route.h"
#include "sim/frame.h"
#include <QCoreApplication>

#include <QGraphicsItem>

#include <memory>
#include <vector>

namespace scalelab {

/// The live state of the design, drawn over the editor's cards by one item: each card
/// tinted by utilization (green, amber, red), a queue-fill bar under it, a worker-use pill
/// ("6/8"), a "x5 slow" badge, an unmistakable DOWN state (dark red hatch, cross, label),
/// and each link's traffic as a translucent stroke that thickens with requests per second
/// on a log scale. Passive: it is given geometry and frames and never edits anything.
class LiveOverlayItem : public QGraphicsItem {
    Q_DECLARE_TR_FUNCTIONS(LiveOverlayItem)
public:
    enum { Type = UserType + 21 };
    /// Above the cards (1) so tints and the DOWN state cover them; below the request layer.
    static constexpr qreal kZValue = 2;
    /// Unbounded queues are drawn on a log scale that is full at this length.
    static constexpr int kLogQueueFull = 10000;

    explicit LiveOverlayItem(QGraphicsItem *parent = nullptr);

    int type() const override { return Type; }

    /// The links' drawn paths (scene coordinates, frame link order) and the cards'
    /// rectangles (scene coordinates, frame component order).
    void setGeometry(std::vector<LinkPath> links, std::vector<QRectF> componentRects);
    /// The frame to draw; nullptr clears the overlay.
    void setFrame(std::shared_ptr<const Frame> frame);
    const std::shared_ptr<const Frame> &frame() const { return m_frame; }

    /// Green at 0, amber at 0.6, red from 0.9: the tint of a card at utilization u (0..1).
    static QColor utilizationColor(double u);
    /// Stroke width (scene units) of a link carrying `rps` requests per second; 0 for none.
    static qreal trafficWidth(double rps);
    /// Fill of the queue bar (0..1): waiting over the queue's room when bounded, else a
    /// log scale that is full at kLogQueueFull.
    static double queueFill(const ComponentFrame &c);

    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    void updateBounds();
    void paintLinks(QPainter *painter) const;
    void paintComponent(QPainter *painter, const ComponentFrame &c, const QRectF &r) const;
    void paintDown(QPainter *painter, const QRectF &r, const QString &id) const;

    std::vector<LinkPath> m_links;
    std::vector<QRectF> m_rects;
    std::shared_ptr<const Frame> m_frame;
    QRectF m_bounds;
};

} // namespace scalelab
