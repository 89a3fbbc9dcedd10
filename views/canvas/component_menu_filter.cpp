#include "canvas/component_menu_filter.h"

#include "canvas/component_item.h"
#include "canvas/group_item.h"

#include <QGraphicsScene>
#include <QGraphicsSceneContextMenuEvent>

namespace scalelab {

ComponentMenuFilter::ComponentMenuFilter(QGraphicsScene *scene) : QObject(scene), m_scene(scene)
{
    scene->installEventFilter(this);
}

bool ComponentMenuFilter::eventFilter(QObject *watched, QEvent *event)
{
    if (watched != m_scene || event->type() != QEvent::GraphicsSceneContextMenu)
        return QObject::eventFilter(watched, event);
    auto *e = static_cast<QGraphicsSceneContextMenuEvent *>(event);
    const QList<QGraphicsItem *> hits = m_scene->items(e->scenePos());
    for (QGraphicsItem *item : hits) {
        // A data center's title bar: it fails and recovers as a whole.
        if (item->type() == GroupItem::Type &&
            static_cast<GroupItem *>(item)->kind() == GroupKind::DataCenter) {
            emit menuRequested(static_cast<GroupItem *>(item)->id(), e->screenPos());
            e->accept();
            return true;
        }
        // Overlay layers sit above the cards; look through them to the card below.
        if (item->type() != ComponentItem::Type)
            continue;
        auto *card = static_cast<ComponentItem *>(item);
        if (!card->isSelected()) {
            m_scene->clearSelection();
            card->setSelected(true);
        }
        emit menuRequested(card->id(), e->screenPos());
        e->accept();
        return true;
    }
    return QObject::eventFilter(watched, event);
}

} // namespace scalelab
