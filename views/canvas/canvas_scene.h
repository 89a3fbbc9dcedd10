#pragma once

#include "canvas/link_route.h"
#include "metatypes.h"
#include "scenario/scenario.h"

#include <QGraphicsScene>
#include <QHash>
#include <QPointer>

#include <utility>

class QGraphicsLineItem;
class QMimeData;

namespace scalelab {

class ComponentItem;
class GroupItem;
class LinkItem;
class ReplicationItem;

/// The diagram of one scenario. It mirrors the scenario through sync calls (by id for
/// components, as a list for links) and turns mouse gestures into intent signals: a drag
/// of the selection is one moveRequested at release, a drag from a card's handle to
/// another card is one linkRequested, a palette drop is componentDropped. The scene never
/// edits the scenario; whoever owns it pushes undo commands and syncs the result back.
class CanvasScene : public QGraphicsScene {
    Q_OBJECT
public:
    static constexpr qreal kGridSize = 20;
    /// The drag-and-drop format of a palette entry: the kind's YAML name.
    static constexpr const char *kKindMimeType = "application/x-scalelab-component-kind";

    explicit CanvasScene(QObject *parent = nullptr);
    ~CanvasScene() override;

    /// Rebuilds every item from the scenario.
    void syncAll(const Scenario &scenario);
    /// Adds or refreshes the card of one component.
    void syncComponent(const Component &component);
    void removeComponent(const QString &id);
    /// Rebuilds the arrows; link items are addressed by index, so they are rebuilt together.
    void syncLinks(const std::vector<Link> &links);
    /// Rebuilds the group boxes (few; addressed by id but rebuilt together, like links).
    void syncGroups(const std::vector<Group> &groups);

    ComponentItem *componentItem(const QString &id) const;
    QList<ComponentItem *> componentItems() const;
    QList<LinkItem *> linkItems() const { return m_links; }
    /// The drawn path of the link from → to, looked for at index `hint` first (frames keep
    /// the scenario's link order); empty when no such link is drawn.
    LinkPath linkPath(int hint, const std::string &from, const std::string &to) const;
    QStringList selectedComponentIds() const;
    QList<int> selectedLinkIndices() const;
    GroupItem *groupItem(const QString &id) const;
    QList<GroupItem *> groupItems() const { return m_groups; }
    QStringList selectedGroupIds() const;
    /// The replication arrows, primary to replica (canvas_scene_replication.cpp).
    QList<ReplicationItem *> replicationItems() const { return m_replication; }
    /// During a run: who is primary now and each replica's label ({replica: {primary,
    /// text}}); empty: as the design says, labelled with the mode.
    void setLiveReplication(const QHash<QString, QPair<QString, QString>> &live);
    void selectComponents(const QStringList &ids);
    /// A server an autoscaling group added during a run: it is in no scenario.
    struct LiveServer {
        Component component; ///< a copy of the group's first server, with its own id
        QString groupId;
        std::vector<Link> links; ///< the first server's links, with this server's id
    };
    /// During a run: each server is a passive card (it cannot be selected, moved or linked)
    /// below its group's cards, with its links, and the group's box grows around it; an
    /// empty list takes them away (canvas_scene_live.cpp).
    void setLiveServers(const std::vector<LiveServer> &servers);
    bool isLiveServer(const QString &id) const { return m_liveServers.contains(id); }

    bool snapToGrid() const { return m_snap; }
    void setSnapToGrid(bool on) { m_snap = on; }
    QPointF snapped(const QPointF &p) const;
    /// The bounding rectangle of all cards, arrows and group boxes, labels included.
    QRectF diagramRect() const;
    /// Cards, arrows and group boxes keep their last drawing in a pixmap (during a run the whole
    /// canvas repaints on every frame, and they rarely change): redraws them all. Called when the
    /// scene's palette, font or presenter property changes; the view calls it when its own
    /// palette, font or style does (painters start from the view's font).
    void invalidateItemCaches();
    /// Item caches off (exports: vectors, not pixmaps, in SVG and PDF) or back on.
    void setItemCachesEnabled(bool on);

signals:
    /// The selection was dragged: the new centres of the moved components.
    void moveRequested(const QStringList &ids, const QList<QPointF> &newPositions);
    void linkRequested(const QString &from, const QString &to);
    void componentDropped(scalelab::ComponentKind kind, const QPointF &scenePos);
    /// A .yaml file was dropped on the canvas.
    void fileDropped(const QString &path);
    /// A group's title was double-clicked.
    void groupRenameRequested(const QString &groupId);

protected:
    bool event(QEvent *event) override;
    void mousePressEvent(QGraphicsSceneMouseEvent *event) override;
    void mouseMoveEvent(QGraphicsSceneMouseEvent *event) override;
    void mouseReleaseEvent(QGraphicsSceneMouseEvent *event) override;
    void mouseDoubleClickEvent(QGraphicsSceneMouseEvent *event) override;
    void dragEnterEvent(QGraphicsSceneDragDropEvent *event) override;
    void dragMoveEvent(QGraphicsSceneDragDropEvent *event) override;
    void dropEvent(QGraphicsSceneDragDropEvent *event) override;

private:
    enum class Gesture { None, Move, Connect };

    /// Empties the list first, then deletes its items: a selected item announces
    /// selectionChanged from its destructor, and the slots walk these lists.
    template <typename Items> static void deleteItems(Items &items)
    {
        const Items doomed = std::exchange(items, Items());
        qDeleteAll(doomed);
    }

    ComponentItem *componentAt(const QPointF &scenePos) const;
    void updateLinkGeometry();
    bool acceptsDrag(const QMimeData *mime) const;
    void dragSelectionTo(const QPointF &scenePos, Qt::KeyboardModifiers modifiers);
    void finishMove(QGraphicsSceneMouseEvent *event);
    void finishConnect(const QPointF &scenePos);
    // Groups (canvas_scene_groups.cpp).
    GroupItem *groupTitleAt(const QPointF &scenePos) const;
    void pressGroup(GroupItem *group, bool toggle);
    void updateGroupGeometry();
    // Replication arrows (canvas_scene_replication.cpp).
    void noteReplication(const Component &component);
    void updateReplication(const std::vector<QRectF> &cards);

    QHash<QString, ComponentItem *> m_components;
    QList<LinkItem *> m_links;
    QList<GroupItem *> m_groups;
    QList<ReplicationItem *> m_replication;
    QHash<QString, QString> m_replicaOf;       ///< replica id -> primary id, as designed
    QHash<QString, QString> m_replicationMode; ///< primary id -> its mode's label
    QHash<QString, QPair<QString, QString>> m_liveReplication;
    QStringList m_liveServers; ///< ids of the cards setLiveServers made
    QString m_liveKey;         ///< what they were made from; empty after a rebuild
    bool m_snap = true;

    Gesture m_gesture = Gesture::None;
    QPointF m_pressPos;
    Qt::KeyboardModifiers m_pressModifiers;
    QPointer<ComponentItem> m_pressed;
    bool m_pressedGroup = false; ///< the move drags a group by its title
    bool m_moved = false;
    QHash<QString, QPointF> m_startPositions;
    QGraphicsLineItem *m_connectLine = nullptr;
};

/// "Asynchronous replication": the label of the arrows from this primary to its replicas,
/// its mode as the inspector names it (canvas_scene_replication.cpp).
QString replicationModeText(const Component &primary);

} // namespace scalelab
