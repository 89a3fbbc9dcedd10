// Edit operations: the canvas's intents and the Edit menu, each one undo command.
#include "window/main_window.h"

#include "canvas/canvas_scene.h"
#include "canvas/canvas_view.h"
#include "canvas/component_item.h"
#include "document/clipboard_fragment.h"
#include "document/component_commands.h"
#include "document/document.h"
#include "document/link_commands.h"
#include "scenario/scenario_io.h"
#include "window/paste_placement.h"

#include <QApplication>
#include <QClipboard>
#include <QGraphicsItem>
#include <QMimeData>
#include <QStatusBar>

namespace scalelab {

namespace {
constexpr int kStatusTimeoutMs = 8000;
} // namespace

void MainWindow::onMoveRequested(const QStringList &ids, const QList<QPointF> &positions)
{
    m_doc->undoStack()->push(new MoveComponentsCommand(m_doc, ids, positions));
}

void MainWindow::onLinkRequested(const QString &from, const QString &to)
{
    Link link;
    link.from = from.toStdString();
    link.to = to.toStdString();
    if (const auto reason = checkNewLink(m_doc->scenario(), link)) {
        statusBar()->showMessage(
            tr("Link %1 → %2 refused: %3").arg(from, to, QString::fromStdString(*reason)),
            kStatusTimeoutMs);
        return;
    }
    m_doc->undoStack()->push(new AddLinkCommand(m_doc, link));
    statusBar()->showMessage(tr("Connected %1 → %2").arg(from, to), kStatusTimeoutMs);
}

void MainWindow::addComponentAt(ComponentKind kind, const QPointF &scenePos)
{
    const QString id = m_doc->uniqueId(idStem(kind));
    Component c = defaultComponent(kind, id.toStdString());
    // Moved in by whole grid steps, so a snapped drop stays snapped.
    const QPointF pos = keepCardInView(m_view, scenePos);
    c.position = Position{pos.x(), pos.y()};
    m_doc->undoStack()->push(new AddItemsCommand(m_doc, tr("Add %1").arg(id), {c}));
    m_scene->selectComponents({id});
}

bool MainWindow::addReplicaOf(const QString &primaryId)
{
    const Scenario &s = m_doc->scenario();
    const Component *primary = s.find(primaryId.toStdString());
    if (!primary || !std::holds_alternative<DatabaseParams>(primary->params) ||
        !primary->as<DatabaseParams>().replica_of.empty())
        return false;
    // The same machine and queries; the replication settings stay the primary's.
    const QString id = m_doc->uniqueId(QStringLiteral("replica"));
    Component c = defaultComponent(primary->kind, id.toStdString());
    c.workers = primary->workers;
    c.capacity = primary->capacity;
    c.speed = primary->speed;
    c.cost_per_hour = primary->cost_per_hour;
    auto &db = c.as<DatabaseParams>();
    db.model = primary->as<DatabaseParams>().model;
    db.read_ms = primary->as<DatabaseParams>().read_ms;
    db.write_ms = primary->as<DatabaseParams>().write_ms;
    db.replica_of = primary->id;
    // Below the primary and its replicas so far.
    QPointF pos = primary->position ? QPointF(primary->position->x, primary->position->y)
                                    : m_view->mapToScene(m_view->viewport()->rect().center());
    for (const Component &other : s.components)
        if (other.position && std::holds_alternative<DatabaseParams>(other.params) &&
            other.as<DatabaseParams>().replica_of == primary->id)
            pos.setY(std::max(pos.y(), other.position->y));
    pos = m_scene->snapped(pos + QPointF(0, 140));
    c.position = Position{pos.x(), pos.y()};
    // Whoever reads from the primary may read from the replica: one call to the set.
    Scenario after = s;
    after.components.push_back(c);
    std::vector<Link> links;
    for (const Link &l : s.links)
        if (l.to == primary->id) {
            Link copy = l;
            copy.to = c.id;
            if (const auto reason = checkNewLink(after, copy)) {
                statusBar()->showMessage(
                    tr("No replica of %1: %2").arg(primaryId, QString::fromStdString(*reason)),
                    kStatusTimeoutMs);
                return false;
            }
            after.links.push_back(copy);
            links.push_back(copy);
        }
    m_doc->undoStack()->push(
        new AddItemsCommand(m_doc, tr("Add %1, a replica of %2").arg(id, primaryId), {c}, links));
    m_scene->selectComponents({id});
    statusBar()->showMessage(
        tr("%1 copies %2: writes go to the primary, reads are spread over the replicas")
            .arg(id, primaryId),
        kStatusTimeoutMs);
    return true;
}

bool MainWindow::addShardTo(const QString &routerId)
{
    const Scenario &s = m_doc->scenario();
    const Component *router = s.find(routerId.toStdString());
    if (!router || !std::holds_alternative<ShardRouterParams>(router->params))
        return false;
    // Like its last shard (the last database it links to), below it.
    const Link *last = nullptr;
    for (const Link &l : s.links)
        if (l.from == router->id)
            if (const Component *to = s.find(l.to);
                to && std::holds_alternative<DatabaseParams>(to->params))
                last = &l;
    if (last == nullptr) {
        statusBar()->showMessage(
            tr("No shard added to %1: link it to a database first").arg(routerId),
            kStatusTimeoutMs);
        return false;
    }
    const Component *model = s.find(last->to);
    const QString id = m_doc->uniqueId(QStringLiteral("shard"));
    Component c = *model;
    c.id = id.toStdString();
    c.as<DatabaseParams>().replica_of.clear();
    QPointF pos = model->position ? QPointF(model->position->x, model->position->y)
                                  : m_view->mapToScene(m_view->viewport()->rect().center());
    for (const Component &other : s.components)
        if (other.position && other.position->x == pos.x())
            pos.setY(std::max(pos.y(), other.position->y));
    pos = m_scene->snapped(pos + QPointF(0, 180));
    c.position = Position{pos.x(), pos.y()};
    Link link = *last;
    link.to = c.id;
    Scenario after = s;
    after.components.push_back(c);
    if (const auto reason = checkNewLink(after, link)) {
        statusBar()->showMessage(
            tr("No shard added to %1: %2").arg(routerId, QString::fromStdString(*reason)),
            kStatusTimeoutMs);
        return false;
    }
    Component more = *router; // the pointer dies with the first command
    m_doc->undoStack()->beginMacro(tr("Add %1, a shard of %2").arg(id, routerId));
    m_doc->undoStack()->push(new AddItemsCommand(m_doc, tr("Add %1").arg(id), {c}, {link}));
    if (more.as<ShardRouterParams>().initial_shards) {
        auto &initial = more.as<ShardRouterParams>().initial_shards;
        *initial = std::min(*initial + 1, kMaxShards);
        m_doc->undoStack()->push(new ChangeComponentCommand(m_doc, routerId, more));
    }
    m_doc->undoStack()->endMacro();
    m_scene->selectComponents({id});
    statusBar()->showMessage(
        tr("%1 is a new shard of %2: the keys it now holds are copied to it").arg(id, routerId),
        kStatusTimeoutMs);
    return true;
}

void MainWindow::placeComponent(ComponentKind kind)
{
    // Place at the centre of the view, nudged down-right while that spot is taken.
    QPointF pos = m_scene->snapped(m_view->mapToScene(m_view->viewport()->rect().center()));
    for (int i = 0; i < 50 && !m_scene->items(pos).isEmpty(); ++i)
        pos += QPointF(CanvasScene::kGridSize * 2, CanvasScene::kGridSize * 2);
    addComponentAt(kind, pos);
}

void MainWindow::deleteSelection()
{
    auto *cmd = new RemoveItemsCommand(m_doc, m_scene->selectedComponentIds(),
                                       m_scene->selectedLinkIndices(), m_scene->selectedGroupIds());
    if (cmd->isEmpty()) {
        delete cmd;
        return;
    }
    m_doc->undoStack()->push(cmd);
}

void MainWindow::copySelection()
{
    const QStringList ids = m_scene->selectedComponentIds();
    if (ids.isEmpty())
        return;
    const QByteArray yaml = QByteArray::fromStdString(copyFragment(m_doc->scenario(), ids));
    auto *mime = new QMimeData;
    mime->setData(QString::fromLatin1(kFragmentMimeType), yaml);
    mime->setText(QString::fromUtf8(yaml));
    QApplication::clipboard()->setMimeData(mime);
    statusBar()->showMessage(tr("Copied %n component(s)", nullptr, static_cast<int>(ids.size())),
                             kStatusTimeoutMs);
}

void MainWindow::cutSelection()
{
    const QStringList ids = m_scene->selectedComponentIds();
    if (ids.isEmpty())
        return;
    copySelection();
    auto *cmd = new RemoveItemsCommand(m_doc, ids, {});
    cmd->setText(tr("Cut %n component(s)", nullptr, static_cast<int>(ids.size())));
    m_doc->undoStack()->push(cmd);
}

void MainWindow::paste()
{
    const QMimeData *mime = QApplication::clipboard()->mimeData();
    if (!mime)
        return;
    const QString format = QString::fromLatin1(kFragmentMimeType);
    const QByteArray yaml = mime->hasFormat(format) ? mime->data(format) : mime->text().toUtf8();
    if (yaml.isEmpty())
        return;
    if (const int n = pasteText(yaml, tr("Paste")))
        statusBar()->showMessage(tr("Pasted %n component(s)", nullptr, n), kStatusTimeoutMs);
}

void MainWindow::duplicateSelection()
{
    const QStringList ids = m_scene->selectedComponentIds();
    if (ids.isEmpty())
        return;
    if (const int n = pasteText(QByteArray::fromStdString(copyFragment(m_doc->scenario(), ids)),
                                tr("Duplicate")))
        statusBar()->showMessage(tr("Duplicated %n component(s)", nullptr, n), kStatusTimeoutMs);
}

int MainWindow::pasteText(const QByteArray &yaml, const QString &commandText)
{
    QString error;
    // Read once where it was copied, to find free space; then again, shifted there.
    const auto copied = pasteFragment(yaml.toStdString(), *m_doc, QPointF(), &error);
    const QPointF offset = copied ? freePasteOffset(m_scene, copied->components) : QPointF();
    const auto fragment = pasteFragment(yaml.toStdString(), *m_doc, offset, &error);
    if (!fragment) {
        statusBar()->showMessage(tr("Nothing to paste: %1").arg(error.section('\n', 0, 0)),
                                 kStatusTimeoutMs);
        return 0;
    }
    if (fragment->components.empty())
        return 0;
    QStringList ids;
    for (const Component &c : fragment->components)
        ids << QString::fromStdString(c.id);
    m_doc->undoStack()->push(
        new AddItemsCommand(m_doc, tr("%1 %2").arg(commandText, ids.join(QStringLiteral(", "))),
                            fragment->components, fragment->links));
    m_scene->selectComponents(ids);
    if (ComponentItem *first = m_scene->componentItem(ids.first()))
        m_view->ensureVisible(first);
    return static_cast<int>(ids.size());
}

void MainWindow::selectAll()
{
    for (QGraphicsItem *item : m_scene->items())
        if (item->flags() & QGraphicsItem::ItemIsSelectable)
            item->setSelected(true);
}

} // namespace scalelab
