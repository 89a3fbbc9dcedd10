// The canvas's item caches: cards, arrows and group boxes keep their drawing in a pixmap
// while a run repaints the whole canvas on every frame (canvas_scene.h says when they are
// redrawn).
#include "canvas/canvas_scene.h"

#include "canvas/component_item.h"
#include "canvas/group_item.h"
#include "canvas/link_item.h"

#include <QEvent>

namespace scalelab {

bool CanvasScene::event(QEvent *event)
{
    switch (event->type()) {
    case QEvent::PaletteChange:
    case QEvent::FontChange:
    case QEvent::DynamicPropertyChange: // presenter mode
        invalidateItemCaches();
        break;
    default:
        break;
    }
    return QGraphicsScene::event(event);
}

void CanvasScene::invalidateItemCaches()
{
    for (QGraphicsItem *item : items())
        if (item->cacheMode() != QGraphicsItem::NoCache)
            item->update();
}

void CanvasScene::setItemCachesEnabled(bool on)
{
    for (QGraphicsItem *item : items())
        if (dynamic_cast<ComponentItem *>(item) || dynamic_cast<LinkItem *>(item) ||
            dynamic_cast<GroupItem *>(item))
            item->setCacheMode(on ? QGraphicsItem::DeviceCoordinateCache : QGraphicsItem::NoCache);
}

} // namespace scalelab
