// CanvasScene's group boxes: syncing them, laying them out around their members' cards,
// and the gestures on a group's title bar (select, drag to move the members, double-click
// to rename). Kept apart from canvas_scene.cpp so each file has one job.
#include "canvas/canvas_scene.h"

#include "canvas/component_item.h"
#include "canvas/group_item.h"

#include <QGraphicsSceneMouseEvent>

namespace scalelab {

void CanvasScene::syncGroups(const std::vector<Group> &groups)
{
    const QStringList selected = selectedGroupIds();
    deleteItems(m_groups);
    m_liveKey.clear(); // the boxes' live members went with them
    for (const Group &g : groups) {
        auto *item = new GroupItem(QString::fromStdString(g.id));
        item->sync(g);
        addItem(item);
        m_groups.append(item);
        if (selected.contains(item->id()))
            item->setSelected(true);
    }
    updateGroupGeometry();
}

GroupItem *CanvasScene::groupItem(const QString &id) const
{
    for (GroupItem *g : m_groups) {
        if (g->id() == id)
            return g;
    }
    return nullptr;
}

QStringList CanvasScene::selectedGroupIds() const
{
    QStringList ids;
    for (const GroupItem *g : m_groups) {
        if (g->isSelected())
            ids << g->id();
    }
    return ids;
}

GroupItem *CanvasScene::groupTitleAt(const QPointF &scenePos) const
{
    // items() hit-tests shapes, and a group's shape is its title bar; topmost first, so a
    // nested group's title wins over the box around it.
    for (QGraphicsItem *item : items(scenePos)) {
        if (item->type() == GroupItem::Type)
            return static_cast<GroupItem *>(item);
    }
    return nullptr;
}

void CanvasScene::pressGroup(GroupItem *group, bool toggle)
{
    if (toggle) {
        group->setSelected(!group->isSelected());
    } else {
        clearSelection();
        group->setSelected(true);
    }
    // Dragging the title moves the members, through the same gesture as a dragged
    // selection: the first member is the one snapped to the grid, the rest keep their
    // offsets, and the release is one moveRequested.
    m_startPositions.clear();
    m_pressed = nullptr;
    for (const QString &id : group->members()) {
        ComponentItem *card = m_components.value(id);
        if (!card)
            continue;
        if (!m_pressed)
            m_pressed = card;
        m_startPositions.insert(id, card->pos());
    }
    if (!m_pressed)
        return;
    m_gesture = Gesture::Move;
    m_pressedGroup = true;
}

void CanvasScene::updateGroupGeometry()
{
    layoutGroups(m_groups, [this](const QString &id) {
        const ComponentItem *card = m_components.value(id);
        return card ? card->mapRectToScene(card->cardRect()) : QRectF();
    });
}

void CanvasScene::mouseDoubleClickEvent(QGraphicsSceneMouseEvent *event)
{
    if (event->button() == Qt::LeftButton) {
        if (GroupItem *group = groupTitleAt(event->scenePos())) {
            event->accept();
            emit groupRenameRequested(group->id());
            return;
        }
    }
    QGraphicsScene::mouseDoubleClickEvent(event);
}

} // namespace scalelab
