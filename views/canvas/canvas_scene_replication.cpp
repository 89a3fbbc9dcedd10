// The replication arrows: one from a primary database to each of its replicas, routed
// around the other cards like a link, labelled with the replication mode while editing and
// with the replica's live lag during a run (when a promotion has made another member the
// primary, the arrows start from it).
#include "canvas/canvas_scene.h"

#include "canvas/component_item.h"
#include "canvas/replication_item.h"

#include <QCoreApplication>

namespace scalelab {

QString replicationModeText(const Component &primary)
{
    for (const ParamSpec *p : paramsOf(primary.kind)) {
        if (p->key != "replication.mode")
            continue;
        const auto index = static_cast<std::size_t>(std::get<int>(p->get(primary)));
        if (index >= p->choices.size())
            break;
        return QCoreApplication::translate("scalelab::CanvasScene", "%1 replication")
            .arg(QCoreApplication::translate("scalelab::Param",
                                             std::string(p->choices[index].label).c_str()));
    }
    return {};
}

void CanvasScene::noteReplication(const Component &component)
{
    const QString id = QString::fromStdString(component.id);
    const auto *db = std::get_if<DatabaseParams>(&component.params);
    if (db && !db->replica_of.empty())
        m_replicaOf.insert(id, QString::fromStdString(db->replica_of));
    else
        m_replicaOf.remove(id);
    if (db)
        m_replicationMode.insert(id, replicationModeText(component));
    else
        m_replicationMode.remove(id);
}

void CanvasScene::setLiveReplication(const QHash<QString, QPair<QString, QString>> &live)
{
    if (live == m_liveReplication)
        return;
    // Only the labels changed (the lag, every frame): no need to route anything again.
    bool samePairs = live.size() == m_liveReplication.size();
    for (auto it = live.cbegin(); samePairs && it != live.cend(); ++it)
        samePairs = m_liveReplication.value(it.key()).first == it.value().first;
    m_liveReplication = live;
    if (!samePairs || live.isEmpty()) {
        updateLinkGeometry();
        return;
    }
    for (ReplicationItem *r : std::as_const(m_replication))
        r->setText(live.value(r->replica()).second);
}

void CanvasScene::updateReplication(const std::vector<QRectF> &cards)
{
    // {replica: {primary, label}}, from the run while there is one.
    QHash<QString, QPair<QString, QString>> pairs = m_liveReplication;
    if (pairs.isEmpty())
        for (auto it = m_replicaOf.cbegin(); it != m_replicaOf.cend(); ++it)
            pairs.insert(it.key(), {it.value(), m_replicationMode.value(it.value())});
    QList<ReplicationItem *> kept;
    std::vector<QRectF> obstacles;
    for (auto it = pairs.cbegin(); it != pairs.cend(); ++it) {
        const ComponentItem *primary = m_components.value(it.value().first);
        const ComponentItem *replica = m_components.value(it.key());
        if (!primary || !replica || primary == replica)
            continue;
        ReplicationItem *item = nullptr;
        for (ReplicationItem *r : std::as_const(m_replication))
            if (r->replica() == it.key())
                item = r;
        if (!item) {
            item = new ReplicationItem(it.value().first, it.key());
            addItem(item);
        }
        m_replication.removeOne(item);
        kept.append(item);
        item->setPrimary(it.value().first);
        item->setText(it.value().second);
        const QRectF from = primary->mapRectToScene(primary->cardRect());
        const QRectF to = replica->mapRectToScene(replica->cardRect());
        obstacles.clear();
        for (const QRectF &card : cards)
            if (card != from && card != to)
                obstacles.push_back(card);
        item->setRoute(routeLink(primary->scenePos(), from, replica->scenePos(), to, obstacles));
    }
    deleteItems(m_replication); // the arrows no pair needs any more
    m_replication = kept;
}

} // namespace scalelab
