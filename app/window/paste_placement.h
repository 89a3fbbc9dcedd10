#pragma once

#include "scenario/scenario.h"

#include <QPointF>
#include <QRectF>

#include <vector>

namespace scalelab {

class CanvasScene;
class CanvasView;

/// Where a paste lands: the smallest shift of the copied cards (tried beside them to the
/// right, then below, then diagonally, further out each round) at which none of them covers
/// a card already on the canvas, so a paste never hides what it was copied from.
/// `components` carry the positions they were copied at.
QPointF freePasteOffset(const CanvasScene *scene, const std::vector<Component> &components);

/// The scene rectangle of each card at its position, for the placement above.
std::vector<QRectF> cardRects(const std::vector<Component> &components, const QPointF &offset);

/// A card dropped (or placed) at `scenePos` moved just enough that all of it is in the
/// view: a card dropped at the edge of the canvas is not cut in half. Unchanged when the
/// view is smaller than a card.
QPointF keepCardInView(const CanvasView *view, const QPointF &scenePos);

} // namespace scalelab
