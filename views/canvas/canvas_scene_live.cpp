// The servers autoscaling groups add during a run: passive cards and arrows of their own.
#include "canvas/canvas_scene.h"
#include "canvas/component_item.h"
#include "canvas/group_item.h"
#include "canvas/link_item.h"

namespace scalelab {

void CanvasScene::setLiveServers(const std::vector<LiveServer> &servers)
{
    QString key;
    for (const LiveServer &s : servers)
        key += QString::fromStdString(s.component.id) + QLatin1Char('/') + s.groupId +
               QLatin1Char(';');
    if (key == m_liveKey)
        return; // the same servers as in the last frame: nothing moves
    m_liveKey = key;
    for (const QString &id : std::as_const(m_liveServers))
        delete m_components.take(id);
    m_liveServers.clear();
    QList<LinkItem *> designed;
    QList<LinkItem *> doomed;
    for (LinkItem *l : std::as_const(m_links))
        (l->index() < 0 ? doomed : designed).append(l);
    m_links = designed;
    qDeleteAll(doomed);

    // Each below the lowest card of its group, in the order the group added them.
    QHash<QString, QStringList> byGroup;
    QHash<QString, qreal> nextY;
    for (const LiveServer &s : servers) {
        const QString id = QString::fromStdString(s.component.id);
        if (m_components.contains(id))
            continue; // the design has a card of this id
        Component c = s.component;
        const qreal x = c.position ? c.position->x : 0.0; // under the first server
        if (!nextY.contains(s.groupId)) {
            qreal bottom = c.position ? c.position->y : 0.0;
            if (const GroupItem *g = groupItem(s.groupId))
                for (const QString &m : g->members())
                    if (const ComponentItem *card = m_components.value(m))
                        bottom = std::max(bottom, card->scenePos().y());
            nextY.insert(s.groupId, bottom);
        }
        const qreal y = nextY.value(s.groupId) + ComponentItem::kHeight + 2 * kGridSize;
        nextY.insert(s.groupId, y);
        c.position = Position{x, y};
        auto *item = new ComponentItem(id);
        item->setFlag(QGraphicsItem::ItemIsSelectable, false);
        item->setAcceptHoverEvents(false);
        item->setToolTip(tr("%1 was added by autoscaling group %2 during this run: a copy of "
                            "its first server, removed again when the load falls")
                             .arg(id, s.groupId));
        addItem(item);
        m_components.insert(id, item);
        item->sync(c);
        m_liveServers.append(id);
        byGroup[s.groupId].append(id);
        for (const Link &l : s.links) {
            auto *link = new LinkItem(-1);
            link->setFlag(QGraphicsItem::ItemIsSelectable, false);
            link->sync(l);
            addItem(link);
            m_links.append(link);
        }
    }
    for (GroupItem *g : std::as_const(m_groups))
        g->setLiveMembers(byGroup.value(g->id()));
    updateLinkGeometry();
}

} // namespace scalelab
