#include "canvas/canvas_scene.h"

#include "canvas/component_item.h"
#include "canvas/group_item.h"
#include "canvas/link_item.h"
#include "canvas/replication_item.h"

#include <QGraphicsLineItem>
#include <QGraphicsSceneDragDropEvent>
#include <QGraphicsSceneMouseEvent>
#include <QMimeData>
#include <QPalette>
#include <QUrl>

#include <algorithm>
#include <cmath>

namespace scalelab {

CanvasScene::CanvasScene(QObject *parent) : QGraphicsScene(parent)
{
    // A large, fixed working area keeps scroll bars stable while cards move around.
    setSceneRect(-4000, -3000, 8000, 6000);
}

CanvasScene::~CanvasScene()
{
    // QGraphicsScene's destructor deletes the items, and each selected one announces
    // selectionChanged to listeners that may be half destroyed themselves: tell no one.
    blockSignals(true);
    m_components.clear();
    m_links.clear();
    m_groups.clear();
    m_replication.clear();
}

void CanvasScene::syncAll(const Scenario &scenario)
{
    m_gesture = Gesture::None;
    deleteItems(m_links);
    deleteItems(m_components);
    deleteItems(m_groups);
    deleteItems(m_replication);
    m_replicaOf.clear();
    m_replicationMode.clear();
    m_liveServers.clear();
    m_liveKey.clear();
    for (const Component &c : scenario.components)
        syncComponent(c);
    syncLinks(scenario.links);
    syncGroups(scenario.groups);
}

void CanvasScene::syncComponent(const Component &component)
{
    const QString id = QString::fromStdString(component.id);
    ComponentItem *item = m_components.value(id);
    if (item && m_liveServers.removeAll(id) > 0) {
        // The design now has a component of a live server's id: it is the design's card.
        delete m_components.take(id);
        item = nullptr;
        m_liveKey.clear();
    }
    if (!item) {
        item = new ComponentItem(id);
        addItem(item);
        m_components.insert(id, item);
    }
    item->sync(component);
    noteReplication(component);
    updateLinkGeometry();
}

void CanvasScene::removeComponent(const QString &id)
{
    delete m_components.take(id);
    m_replicaOf.remove(id);
    m_replicationMode.remove(id);
    updateLinkGeometry();
}

void CanvasScene::syncLinks(const std::vector<Link> &links)
{
    const QList<int> selected = selectedLinkIndices();
    deleteItems(m_links);
    m_liveKey.clear(); // the live servers' links went with them
    for (std::size_t i = 0; i < links.size(); ++i) {
        auto *item = new LinkItem(static_cast<int>(i));
        item->sync(links[i]);
        addItem(item);
        m_links.append(item);
    }
    for (int i : selected) {
        if (i < m_links.size())
            m_links[i]->setSelected(true);
    }
    updateLinkGeometry();
}

ComponentItem *CanvasScene::componentItem(const QString &id) const
{
    return m_components.value(id);
}

QList<ComponentItem *> CanvasScene::componentItems() const
{
    return m_components.values();
}

QStringList CanvasScene::selectedComponentIds() const
{
    QStringList ids;
    for (QGraphicsItem *item : selectedItems()) {
        if (item->type() == ComponentItem::Type)
            ids << static_cast<ComponentItem *>(item)->id();
    }
    ids.sort();
    return ids;
}

QList<int> CanvasScene::selectedLinkIndices() const
{
    QList<int> indices;
    for (const LinkItem *l : m_links) {
        if (l->isSelected())
            indices << l->index();
    }
    return indices;
}

void CanvasScene::selectComponents(const QStringList &ids)
{
    clearSelection();
    for (const QString &id : ids) {
        if (ComponentItem *item = m_components.value(id))
            item->setSelected(true);
    }
}

QPointF CanvasScene::snapped(const QPointF &p) const
{
    return QPointF(std::round(p.x() / kGridSize) * kGridSize,
                   std::round(p.y() / kGridSize) * kGridSize);
}

QRectF CanvasScene::diagramRect() const
{
    QRectF r;
    for (const ComponentItem *c : m_components)
        r = r.united(c->sceneBoundingRect());
    for (const LinkItem *l : m_links)
        r = r.united(l->sceneBoundingRect());
    for (const ReplicationItem *l : m_replication)
        r = r.united(l->sceneBoundingRect());
    for (const GroupItem *g : m_groups) {
        if (g->isVisible())
            r = r.united(g->sceneBoundingRect());
    }
    return r;
}

ComponentItem *CanvasScene::componentAt(const QPointF &scenePos) const
{
    for (QGraphicsItem *item : items(scenePos)) {
        if (item->type() == ComponentItem::Type &&
            !m_liveServers.contains(static_cast<ComponentItem *>(item)->id()))
            return static_cast<ComponentItem *>(item);
    }
    return nullptr;
}

void CanvasScene::updateLinkGeometry()
{
    // Every card is an obstacle to the links that do not connect it. Sorted by position, so
    // that a tie between two equally short detours always goes the same way.
    std::vector<std::pair<QRectF, const ComponentItem *>> cards;
    cards.reserve(static_cast<std::size_t>(m_components.size()));
    for (const ComponentItem *c : std::as_const(m_components))
        cards.emplace_back(c->mapRectToScene(c->cardRect()), c);
    std::sort(cards.begin(), cards.end(), [](const auto &a, const auto &b) {
        const QRectF &r = a.first, &s = b.first;
        if (r.top() != s.top())
            return r.top() < s.top();
        if (r.left() != s.left())
            return r.left() < s.left();
        return a.second->id() < b.second->id();
    });
    std::vector<QRectF> cardRects;
    cardRects.reserve(cards.size());
    for (const auto &card : cards)
        cardRects.push_back(card.first);
    std::vector<QRectF> obstacles;
    obstacles.reserve(cards.size());

    for (LinkItem *l : std::as_const(m_links)) {
        const ComponentItem *from = m_components.value(QString::fromStdString(l->link().from));
        const ComponentItem *to = m_components.value(QString::fromStdString(l->link().to));
        if (!from || !to || from == to) {
            l->setVisible(false);
            continue;
        }
        l->setVisible(true);
        QPointF a = from->scenePos();
        QPointF b = to->scenePos();
        // A link and its reverse are drawn side by side instead of on top of each other.
        bool reverse = false;
        for (const LinkItem *o : std::as_const(m_links)) {
            if (o->link().from == l->link().to && o->link().to == l->link().from)
                reverse = true;
        }
        if (reverse) {
            const QLineF line(a, b);
            const QLineF normal = line.normalVector().unitVector();
            const QPointF offset = (normal.p2() - normal.p1()) * 10;
            a += offset;
            b += offset;
        }
        obstacles.clear();
        for (const auto &card : cards) {
            if (card.second != from && card.second != to)
                obstacles.push_back(card.first);
        }
        const LinkPath path = routeLink(a, from->mapRectToScene(from->cardRect()), b,
                                        to->mapRectToScene(to->cardRect()), obstacles);
        l->setRoute(path, labelCentre(path, l->labelSize(), cardRects));
    }
    updateReplication(cardRects);
    updateGroupGeometry();
}

LinkPath CanvasScene::linkPath(int hint, const std::string &from, const std::string &to) const
{
    const auto drawn = [&](const LinkItem *l) {
        return l->isVisible() && l->link().from == from && l->link().to == to;
    };
    if (hint >= 0 && hint < m_links.size() && drawn(m_links[hint]))
        return m_links[hint]->path();
    for (const LinkItem *l : m_links) {
        if (drawn(l))
            return l->path();
    }
    return {};
}

void CanvasScene::mousePressEvent(QGraphicsSceneMouseEvent *event)
{
    if (event->button() != Qt::LeftButton) {
        QGraphicsScene::mousePressEvent(event);
        return;
    }
    const bool toggle = event->modifiers() & (Qt::ControlModifier | Qt::ShiftModifier);
    m_pressPos = event->scenePos();
    m_pressModifiers = event->modifiers();
    m_moved = false;
    m_pressedGroup = false;

    QGraphicsItem *top = itemAt(event->scenePos(), QTransform());
    ComponentItem *card = componentAt(event->scenePos());
    if (card) { // cards lie above arrows
        event->accept();
        if (!toggle && card->handleAt(card->mapFromScene(event->scenePos())) >= 0) {
            m_gesture = Gesture::Connect;
            m_pressed = card;
            m_connectLine = new QGraphicsLineItem(QLineF(m_pressPos, m_pressPos));
            QPen pen(palette().color(QPalette::Highlight), 2, Qt::DashLine);
            m_connectLine->setPen(pen);
            m_connectLine->setZValue(10);
            addItem(m_connectLine);
            return;
        }
        if (toggle) {
            card->setSelected(!card->isSelected());
        } else if (!card->isSelected()) {
            clearSelection();
            card->setSelected(true);
        }
        if (!card->isSelected())
            return;
        m_gesture = Gesture::Move;
        m_pressed = card;
        m_startPositions.clear();
        for (ComponentItem *c : std::as_const(m_components)) {
            if (c->isSelected())
                m_startPositions.insert(c->id(), c->pos());
        }
        return;
    }
    if (top && top->type() == LinkItem::Type) {
        event->accept();
        if (toggle) {
            top->setSelected(!top->isSelected());
        } else {
            clearSelection();
            top->setSelected(true);
        }
        return;
    }
    if (GroupItem *group = groupTitleAt(event->scenePos())) {
        event->accept();
        pressGroup(group, toggle);
        return;
    }
    // Empty canvas: the base class clears the selection and leaves the event unaccepted,
    // so the view starts a rubber band.
    QGraphicsScene::mousePressEvent(event);
}

void CanvasScene::mouseMoveEvent(QGraphicsSceneMouseEvent *event)
{
    if (m_gesture == Gesture::Connect && m_connectLine) {
        m_connectLine->setLine(QLineF(m_connectLine->line().p1(), event->scenePos()));
        return;
    }
    if (m_gesture == Gesture::Move && m_pressed) {
        dragSelectionTo(event->scenePos(), event->modifiers());
        return;
    }
    QGraphicsScene::mouseMoveEvent(event);
}

void CanvasScene::dragSelectionTo(const QPointF &scenePos, Qt::KeyboardModifiers modifiers)
{
    const QPointF delta = scenePos - m_pressPos;
    if (!m_moved && delta.manhattanLength() < 3)
        return;
    m_moved = true;
    // Snap the grabbed card and move the others by the same amount, so the group keeps its
    // shape. Alt (held at the press or now) turns snapping off for fine placement.
    const QPointF start = m_startPositions.value(m_pressed->id());
    QPointF target = start + delta;
    if (m_snap && !((modifiers | m_pressModifiers) & Qt::AltModifier))
        target = snapped(target);
    const QPointF offset = target - start;
    for (auto it = m_startPositions.cbegin(); it != m_startPositions.cend(); ++it) {
        if (ComponentItem *c = m_components.value(it.key()))
            c->setPos(it.value() + offset);
    }
    updateLinkGeometry();
}

void CanvasScene::mouseReleaseEvent(QGraphicsSceneMouseEvent *event)
{
    const Gesture gesture = m_gesture;
    m_gesture = Gesture::None;
    if (gesture == Gesture::Connect) {
        finishConnect(event->scenePos());
        return;
    }
    if (gesture == Gesture::Move) {
        finishMove(event);
        return;
    }
    QGraphicsScene::mouseReleaseEvent(event);
}

void CanvasScene::finishMove(QGraphicsSceneMouseEvent *event)
{
    if (m_pressed)
        dragSelectionTo(event->scenePos(), event->modifiers());
    if (!m_moved) {
        // A plain click on a card of a multi-selection selects just that card.
        const bool toggle = event->modifiers() & (Qt::ControlModifier | Qt::ShiftModifier);
        if (!toggle && m_pressed && !m_pressedGroup) {
            ComponentItem *card = m_pressed;
            clearSelection();
            card->setSelected(true);
        }
        return;
    }
    QStringList ids;
    QList<QPointF> positions;
    for (auto it = m_startPositions.cbegin(); it != m_startPositions.cend(); ++it) {
        if (ComponentItem *c = m_components.value(it.key())) {
            ids << it.key();
            positions << c->pos();
        }
    }
    m_startPositions.clear();
    emit moveRequested(ids, positions);
}

void CanvasScene::finishConnect(const QPointF &scenePos)
{
    delete m_connectLine;
    m_connectLine = nullptr;
    ComponentItem *target = componentAt(scenePos);
    if (m_pressed && target && target != m_pressed)
        emit linkRequested(m_pressed->id(), target->id());
    m_pressed = nullptr;
}

bool CanvasScene::acceptsDrag(const QMimeData *mime) const
{
    if (mime->hasFormat(QString::fromLatin1(kKindMimeType)))
        return true;
    for (const QUrl &url : mime->urls()) {
        if (url.isLocalFile() && (url.path().endsWith(QLatin1String(".yaml")) ||
                                  url.path().endsWith(QLatin1String(".yml"))))
            return true;
    }
    return false;
}

void CanvasScene::dragEnterEvent(QGraphicsSceneDragDropEvent *event)
{
    event->setAccepted(acceptsDrag(event->mimeData()));
    if (event->isAccepted())
        event->acceptProposedAction();
}

void CanvasScene::dragMoveEvent(QGraphicsSceneDragDropEvent *event)
{
    dragEnterEvent(event);
}

void CanvasScene::dropEvent(QGraphicsSceneDragDropEvent *event)
{
    const QMimeData *mime = event->mimeData();
    const QString kindFormat = QString::fromLatin1(kKindMimeType);
    if (mime->hasFormat(kindFormat)) {
        ComponentKind kind;
        if (fromString(mime->data(kindFormat).toStdString(), kind)) {
            event->acceptProposedAction();
            emit componentDropped(kind, m_snap ? snapped(event->scenePos()) : event->scenePos());
        }
        return;
    }
    for (const QUrl &url : mime->urls()) {
        if (url.isLocalFile()) {
            event->acceptProposedAction();
            emit fileDropped(url.toLocalFile());
            return;
        }
    }
}

} // namespace scalelab
