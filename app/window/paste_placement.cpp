#include "window/paste_placement.h"

#include "canvas/canvas_scene.h"
#include "canvas/canvas_view.h"
#include "canvas/component_item.h"

#include <QList>

#include <algorithm>
#include <cmath>

namespace scalelab {

namespace {
constexpr qreal kGap = CanvasScene::kGridSize * 2; ///< free space kept around a pasted card
constexpr int kRounds = 30;

/// Whole grid steps, so pasted cards stay on the grid their originals were on.
qreal onGrid(qreal v)
{
    return std::ceil(v / CanvasScene::kGridSize) * CanvasScene::kGridSize;
}
} // namespace

std::vector<QRectF> cardRects(const std::vector<Component> &components, const QPointF &offset)
{
    std::vector<QRectF> rects;
    for (const Component &c : components) {
        const QPointF p = c.position ? QPointF(c.position->x, c.position->y) : QPointF();
        rects.emplace_back(p + offset - QPointF(ComponentItem::kWidth, ComponentItem::kHeight) / 2,
                           QSizeF(ComponentItem::kWidth, ComponentItem::kHeight));
    }
    return rects;
}

QPointF freePasteOffset(const CanvasScene *scene, const std::vector<Component> &components)
{
    QList<QRectF> taken;
    for (const ComponentItem *item : scene->componentItems())
        taken.append(
            item->cardRect().translated(item->scenePos()).adjusted(-kGap, -kGap, kGap, kGap));
    QRectF group;
    for (const QRectF &r : cardRects(components, {}))
        group = group.isNull() ? r : group.united(r);
    const qreal stepX = CanvasScene::kGridSize * 2;
    const qreal stepY = CanvasScene::kGridSize * 2;
    auto isFree = [&](const QPointF &offset) {
        for (const QRectF &r : cardRects(components, offset))
            for (const QRectF &t : std::as_const(taken))
                if (r.intersects(t))
                    return false;
        return true;
    };
    for (int round = 1; round <= kRounds; ++round) {
        const qreal dx = onGrid(group.width() + kGap + stepX * (round - 1));
        const qreal dy = onGrid(group.height() + kGap + stepY * (round - 1));
        for (const QPointF offset : {QPointF(dx, 0), QPointF(0, dy), QPointF(dx, dy)})
            if (isFree(offset))
                return offset;
    }
    return QPointF(onGrid(group.width() + kGap), 0); // a crowded canvas: beside the original
}

QPointF keepCardInView(const CanvasView *view, const QPointF &scenePos)
{
    const QRectF visible = view->mapToScene(view->viewport()->rect()).boundingRect();
    // Half a card and the selection halo from each edge, rounded to the grid inwards.
    const qreal mx = onGrid(ComponentItem::kWidth / 2 + ComponentItem::kHandleRadius);
    const qreal my = onGrid(ComponentItem::kHeight / 2 + ComponentItem::kHandleRadius);
    // Whole grid steps inwards, so a drop snapped to the grid stays on it.
    auto inward = [](qreal v, qreal low, qreal high) {
        if (v < low)
            return v + onGrid(low - v);
        if (v > high)
            return v - onGrid(v - high);
        return v;
    };
    QPointF p = scenePos;
    if (visible.width() > 2 * mx + CanvasScene::kGridSize)
        p.setX(inward(p.x(), visible.left() + mx, visible.right() - mx));
    if (visible.height() > 2 * my + CanvasScene::kGridSize)
        p.setY(inward(p.y(), visible.top() + my, visible.bottom() - my));
    return p;
}

} // namespace scalelab
