#pragma once

#include <QLineF>
#include <QPolygonF>
#include <QRectF>

#include <cstddef>
#include <vector>

namespace scalelab {

/// A link's drawn path: a polyline with its cumulative lengths, so that the point a fraction
/// of the way along it is found by arc length with a binary search. The arrow, its label,
/// the traffic overlay, the request dots and the export all draw the same LinkPath.
class LinkPath {
public:
    LinkPath() = default;
    explicit LinkPath(QPolygonF points);
    /// A straight path from `line.p1()` to `line.p2()`.
    explicit LinkPath(const QLineF &line) : LinkPath(QPolygonF({line.p1(), line.p2()})) {}

    const QPolygonF &points() const { return m_points; }
    /// Length up to each point: cumulative()[i] is the length from the start to points()[i].
    const std::vector<qreal> &cumulative() const { return m_cumulative; }
    bool isEmpty() const { return m_points.size() < 2; }
    /// One segment: nothing was in the way.
    bool isStraight() const { return m_points.size() == 2; }
    qreal length() const { return m_cumulative.empty() ? 0 : m_cumulative.back(); }
    /// The point `distance` along the path from its start, clamped to its ends.
    QPointF pointAtLength(qreal distance) const;
    /// The point at `fraction` (0 = start, 1 = end) of the path's length.
    QPointF pointAt(qreal fraction) const { return pointAtLength(fraction * length()); }
    QRectF boundingRect() const { return m_points.boundingRect(); }
    /// Distance from `p` to the nearest point of the path.
    qreal distanceTo(const QPointF &p) const;

private:
    QPolygonF m_points;
    std::vector<qreal> m_cumulative;
};

/// The point `distance` along the polyline `points[0..count)`, whose distances from its
/// start are `lengths` (ascending), clamped to its ends. A binary search over the segments.
QPointF pointAlong(const QPointF *points, const qreal *lengths, std::size_t count, qreal distance);

/// How links keep clear of the cards they do not connect.
struct RouteOptions {
    /// Clearance kept around an obstacle (scene units): room for a card's badges above it
    /// and for the traffic band drawn along the link.
    qreal margin = 24;
    /// Radius of the rounded bends; 0 keeps them sharp.
    qreal bendRadius = 14;
};

/// Whether the segment a–b passes through the inside of `rect` (touching its edge or running
/// along it does not count).
bool segmentCrossesRect(const QPointF &a, const QPointF &b, const QRectF &rect);
/// Whether any segment of `polyline` passes through the inside of `rect`.
bool polylineCrossesRect(const QPolygonF &polyline, const QRectF &rect);

/// The shortest polyline from `from` to `to` that keeps `margin` clear of every obstacle
/// (the taut string around the obstacles' corners). The straight segment when nothing is in
/// the way; an obstacle that already covers an end is ignored, as the path cannot avoid it.
/// Only the obstacles near the straight line are searched, so long lists stay cheap.
QPolygonF routeAround(const QPointF &from, const QPointF &to, const std::vector<QRectF> &obstacles,
                      qreal margin);

/// The path of a link between two cards: routed from `from` (inside `fromCard`) to `to`
/// (inside `toCard`) around `obstacles`, cut where it leaves the first card and enters the
/// second, bends rounded. Straight, from border to border, when nothing is in the way.
LinkPath routeLink(const QPointF &from, const QRectF &fromCard, const QPointF &to,
                   const QRectF &toCard, const std::vector<QRectF> &obstacles,
                   const RouteOptions &options = {});

/// The arrow head at the end of `path`, `size` long along its last stretch; empty when the
/// path is too short to show one.
QPolygonF arrowHead(const LinkPath &path, qreal size);

/// Where to centre a label of `size` on `path`: the point nearest the middle (by length)
/// whose label rectangle covers none of `cards`; the middle when there is no such point.
QPointF labelCentre(const LinkPath &path, const QSizeF &size, const std::vector<QRectF> &cards);

} // namespace scalelab
