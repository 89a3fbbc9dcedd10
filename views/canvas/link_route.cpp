#include "canvas/link_route.h"

#include <QtMath>

#include <algorithm>
#include <cmath>
#include <limits>

namespace scalelab {

namespace {

/// Touching a rectangle's edge, or running along it, is not crossing it.
constexpr qreal kEdgeTolerance = 0.01;
/// A path searches again with the obstacles it hit at most this often.
constexpr int kMaxRouteRounds = 12;
/// Points of a rounded bend between its two straight ends.
constexpr int kBendSteps = 6;
/// Label positions tried on each side of the middle, as fractions of the length.
constexpr int kLabelTries = 9;
constexpr qreal kLabelStep = 0.05;

qreal lengthBetween(const QPointF &a, const QPointF &b)
{
    return std::hypot(b.x() - a.x(), b.y() - a.y());
}

bool strictlyInside(const QRectF &r, const QPointF &p)
{
    return p.x() > r.left() + kEdgeTolerance && p.x() < r.right() - kEdgeTolerance &&
           p.y() > r.top() + kEdgeTolerance && p.y() < r.bottom() - kEdgeTolerance;
}

/// How far along p→q (0..1) the segment leaves `rect`, for p inside it.
qreal exitParameter(const QPointF &p, const QPointF &q, const QRectF &rect)
{
    const QPointF d = q - p;
    qreal t = 1;
    if (d.x() > 0)
        t = std::min(t, (rect.right() - p.x()) / d.x());
    else if (d.x() < 0)
        t = std::min(t, (rect.left() - p.x()) / d.x());
    if (d.y() > 0)
        t = std::min(t, (rect.bottom() - p.y()) / d.y());
    else if (d.y() < 0)
        t = std::min(t, (rect.top() - p.y()) / d.y());
    return std::clamp(t, 0.0, 1.0);
}

QPointF exitPoint(const QPointF &p, const QPointF &q, const QRectF &rect)
{
    return p + (q - p) * exitParameter(p, q, rect);
}

/// Shortest path from `from` to `to` through the corners of the `active` obstacles that no
/// active obstacle blocks (Dijkstra on the visibility graph; a handful of nodes). Corners
/// inside any usable obstacle are no way through. Empty when the ends are walled apart.
QPolygonF shortestPath(const QPointF &from, const QPointF &to, const std::vector<QRectF> &rects,
                       const std::vector<bool> &usable, const std::vector<std::size_t> &active)
{
    std::vector<QPointF> nodes{from, to};
    for (const std::size_t i : active) {
        const QRectF &r = rects[i];
        for (const QPointF &corner : {r.topLeft(), r.topRight(), r.bottomLeft(), r.bottomRight()}) {
            bool free = true;
            for (std::size_t j = 0; j < rects.size() && free; ++j)
                free = !usable[j] || !strictlyInside(rects[j], corner);
            if (free)
                nodes.push_back(corner);
        }
    }
    const auto clear = [&](const QPointF &a, const QPointF &b) {
        return std::none_of(active.begin(), active.end(),
                            [&](std::size_t i) { return segmentCrossesRect(a, b, rects[i]); });
    };
    const std::size_t n = nodes.size();
    std::vector<qreal> dist(n, std::numeric_limits<qreal>::infinity());
    std::vector<std::size_t> prev(n, n);
    std::vector<bool> done(n, false);
    dist[0] = 0;
    for (;;) {
        std::size_t u = n;
        for (std::size_t i = 0; i < n; ++i)
            if (!done[i] && std::isfinite(dist[i]) && (u == n || dist[i] < dist[u]))
                u = i;
        if (u == n)
            return {};
        if (u == 1)
            break;
        done[u] = true;
        for (std::size_t v = 1; v < n; ++v) {
            const qreal d = dist[u] + lengthBetween(nodes[u], nodes[v]);
            if (!done[v] && d < dist[v] && clear(nodes[u], nodes[v])) {
                dist[v] = d;
                prev[v] = u;
            }
        }
    }
    QPolygonF path;
    for (std::size_t v = 1; v != n; v = prev[v])
        path.prepend(nodes[v]);
    return path;
}

/// The part of `points` between where it leaves `fromCard` and where it enters `toCard`.
/// When the cards overlap so that no such part exists, the straight line between the ends,
/// each cut at its own card.
QPolygonF clipToCards(const QPolygonF &points, const QRectF &fromCard, const QRectF &toCard)
{
    const qsizetype n = points.size();
    qsizetype first = 0; // the segment first..first+1 leaves fromCard
    while (first + 1 < n - 1 && fromCard.contains(points[first + 1]))
        ++first;
    qsizetype last = n - 1; // the segment last-1..last enters toCard
    while (last - 1 > 0 && toCard.contains(points[last - 1]))
        --last;
    const QPointF start = fromCard.contains(points[first])
                              ? exitPoint(points[first], points[first + 1], fromCard)
                              : points[first];
    const QPointF end = toCard.contains(points[last])
                            ? exitPoint(points[last], points[last - 1], toCard)
                            : points[last];
    const bool ordered =
        last - 1 > first ||
        (last - 1 == first && QPointF::dotProduct(end - start, points[last] - points[first]) > 0);
    if (!ordered) {
        const QPointF a = points.first(), b = points.last();
        return QPolygonF({exitPoint(a, b, fromCard), exitPoint(b, a, toCard)});
    }
    QPolygonF clipped{start};
    for (qsizetype i = first + 1; i < last; ++i)
        clipped << points[i];
    clipped << end;
    return clipped;
}

/// Replaces each inner corner by a quadratic curve that starts and ends at most `radius`
/// from it (and at most half way along each side, so neighbouring curves never overlap).
QPolygonF roundBends(const QPolygonF &points, qreal radius)
{
    if (points.size() < 3 || radius <= 0)
        return points;
    QPolygonF rounded{points.first()};
    for (qsizetype i = 1; i + 1 < points.size(); ++i) {
        const QPointF &p = points[i - 1], &v = points[i], &q = points[i + 1];
        const qreal before = lengthBetween(p, v), after = lengthBetween(v, q);
        const qreal cut = std::min({radius, before / 2, after / 2});
        if (cut < 0.5) {
            rounded << v;
            continue;
        }
        const QPointF a = v + (p - v) * (cut / before);
        const QPointF b = v + (q - v) * (cut / after);
        for (int s = 0; s <= kBendSteps; ++s) {
            const qreal t = static_cast<qreal>(s) / kBendSteps;
            rounded << a * ((1 - t) * (1 - t)) + v * (2 * t * (1 - t)) + b * (t * t);
        }
    }
    rounded << points.last();
    return rounded;
}

} // namespace

LinkPath::LinkPath(QPolygonF points) : m_points(std::move(points))
{
    m_cumulative.reserve(static_cast<std::size_t>(m_points.size()));
    qreal total = 0;
    for (qsizetype i = 0; i < m_points.size(); ++i) {
        if (i > 0)
            total += lengthBetween(m_points[i - 1], m_points[i]);
        m_cumulative.push_back(total);
    }
}

QPointF LinkPath::pointAtLength(qreal distance) const
{
    return pointAlong(m_points.constData(), m_cumulative.data(), m_cumulative.size(), distance);
}

QPointF pointAlong(const QPointF *points, const qreal *lengths, std::size_t count, qreal distance)
{
    if (count == 0)
        return {};
    if (count == 1 || distance <= 0)
        return points[0];
    if (distance >= lengths[count - 1])
        return points[count - 1];
    // The segment i..i+1 holding `distance`: i is the last point at or before it.
    const qreal *after = std::upper_bound(lengths + 1, lengths + count - 1, distance);
    const auto i = static_cast<std::size_t>(after - lengths) - 1;
    const qreal span = lengths[i + 1] - lengths[i];
    const qreal t = span > 0 ? (distance - lengths[i]) / span : 0;
    return points[i] + (points[i + 1] - points[i]) * t;
}

qreal LinkPath::distanceTo(const QPointF &p) const
{
    qreal best = std::numeric_limits<qreal>::infinity();
    for (qsizetype i = 0; i + 1 < m_points.size(); ++i) {
        const QPointF a = m_points[i], d = m_points[i + 1] - a;
        const qreal len2 = QPointF::dotProduct(d, d);
        const qreal t = len2 > 0 ? std::clamp(QPointF::dotProduct(p - a, d) / len2, 0.0, 1.0) : 0;
        best = std::min(best, lengthBetween(p, a + d * t));
    }
    return m_points.size() == 1 ? lengthBetween(p, m_points.first()) : best;
}

bool segmentCrossesRect(const QPointF &a, const QPointF &b, const QRectF &rect)
{
    // Liang–Barsky: clip the segment's parameter range to the slightly shrunk rectangle.
    const QRectF r =
        rect.adjusted(kEdgeTolerance, kEdgeTolerance, -kEdgeTolerance, -kEdgeTolerance);
    if (r.isEmpty())
        return false;
    const QPointF d = b - a;
    qreal t0 = 0, t1 = 1;
    const auto clip = [&](qreal p, qreal q) { // the part where p * t <= q
        if (p == 0)
            return q >= 0;
        const qreal t = q / p;
        if (p < 0)
            t0 = std::max(t0, t);
        else
            t1 = std::min(t1, t);
        return t0 < t1;
    };
    return clip(-d.x(), a.x() - r.left()) && clip(d.x(), r.right() - a.x()) &&
           clip(-d.y(), a.y() - r.top()) && clip(d.y(), r.bottom() - a.y());
}

bool polylineCrossesRect(const QPolygonF &polyline, const QRectF &rect)
{
    for (qsizetype i = 0; i + 1 < polyline.size(); ++i)
        if (segmentCrossesRect(polyline[i], polyline[i + 1], rect))
            return true;
    return false;
}

QPolygonF routeAround(const QPointF &from, const QPointF &to, const std::vector<QRectF> &obstacles,
                      qreal margin)
{
    std::vector<QRectF> rects;
    std::vector<bool> usable;
    rects.reserve(obstacles.size());
    usable.reserve(obstacles.size());
    for (const QRectF &o : obstacles) {
        rects.push_back(o.adjusted(-margin, -margin, margin, margin));
        usable.push_back(!strictlyInside(rects.back(), from) && !strictlyInside(rects.back(), to));
    }
    const QPolygonF straight({from, to});
    // Start with the obstacles on the straight line; add those the detour runs into.
    std::vector<std::size_t> active;
    std::vector<bool> isActive(rects.size(), false);
    const auto addCrossed = [&](const QPolygonF &path) {
        bool added = false;
        for (std::size_t i = 0; i < rects.size(); ++i)
            if (usable[i] && !isActive[i] && polylineCrossesRect(path, rects[i])) {
                active.push_back(i);
                isActive[i] = true;
                added = true;
            }
        return added;
    };
    QPolygonF path = straight;
    for (int round = 0; round < kMaxRouteRounds && addCrossed(path); ++round) {
        path = shortestPath(from, to, rects, usable, active);
        if (path.isEmpty())
            return straight;
    }
    return path;
}

LinkPath routeLink(const QPointF &from, const QRectF &fromCard, const QPointF &to,
                   const QRectF &toCard, const std::vector<QRectF> &obstacles,
                   const RouteOptions &options)
{
    const QPolygonF route = routeAround(from, to, obstacles, options.margin);
    return LinkPath(roundBends(clipToCards(route, fromCard, toCard), options.bendRadius));
}

QPointF labelCentre(const LinkPath &path, const QSizeF &size, const std::vector<QRectF> &cards)
{
    const QPointF half(size.width() / 2, size.height() / 2);
    for (int i = 0; i <= 2 * kLabelTries; ++i) {
        // 0.5, 0.45, 0.55, 0.4, 0.6, …
        const int step = (i + 1) / 2 * (i % 2 ? -1 : 1);
        const QPointF centre = path.pointAt(0.5 + step * kLabelStep);
        const QRectF label(centre - half, size);
        if (std::none_of(cards.begin(), cards.end(),
                         [&](const QRectF &c) { return c.intersects(label); }))
            return centre;
    }
    return path.pointAt(0.5);
}

QPolygonF arrowHead(const LinkPath &path, qreal size)
{
    if (path.isEmpty())
        return {};
    const QPointF tip = path.pointAt(1);
    const QLineF line(tip, path.pointAtLength(path.length() - size));
    if (line.length() <= 0.5)
        return {};
    const qreal angle = qDegreesToRadians(line.angle());
    const QPointF p1 = tip + QPointF(std::cos(angle + M_PI / 7) * size,
                                     -std::sin(angle + M_PI / 7) * size);
    const QPointF p2 = tip + QPointF(std::cos(angle - M_PI / 7) * size,
                                     -std::sin(angle - M_PI / 7) * size);
    return QPolygonF({tip, p1, p2});
}

} // namespace scalelab
