// Group boxes in the window: the Edit menu's group actions, the rename prompt, and
// keeping the canvas's boxes in step with the document. Each edit is one undo command.
#include "window/main_window.h"

#include "canvas/canvas_scene.h"
#include "canvas/group_item.h"
#include "document/document.h"
#include "document/group_commands.h"
#include "window/main_window_actions.h"

#include <QAction>
#include <QInputDialog>
#include <QStatusBar>
#include <QUndoStack>
#include <set>

namespace scalelab {

namespace {
constexpr int kStatusTimeoutMs = 8000;
} // namespace

void MainWindow::createGroupActions()
{
    Actions &a = *m_actions;
    a.groupNetwork = new QAction(tr("&Group as Private Network"), this);
    a.groupNetwork->setShortcut(QKeySequence(tr("Ctrl+G")));
    a.groupNetwork->setStatusTip(tr("Draw a private network around the selected components: "
                                    "servers on private addresses behind a load balancer"));
    connect(a.groupNetwork, &QAction::triggered, this,
            [this] { groupSelection(GroupKind::PrivateNetwork); });
    a.groupDataCenter = new QAction(tr("Group as Data &Center"), this);
    a.groupDataCenter->setShortcut(QKeySequence(tr("Ctrl+Shift+G")));
    a.groupDataCenter->setStatusTip(tr("Draw a data center around the selected components"));
    connect(a.groupDataCenter, &QAction::triggered, this,
            [this] { groupSelection(GroupKind::DataCenter); });
    a.groupAutoscaling = new QAction(tr("Group as &Autoscaling Group"), this);
    a.groupAutoscaling->setShortcut(QKeySequence(tr("Ctrl+Alt+G")));
    a.groupAutoscaling->setStatusTip(
        tr("Let the kernel add and remove copies of the selected web servers as the load "
           "moves (select web servers behind a load balancer; the first is the template)"));
    connect(a.groupAutoscaling, &QAction::triggered, this,
            [this] { groupSelection(GroupKind::Autoscaling); });
    a.ungroup = new QAction(tr("U&ngroup"), this);
    a.ungroup->setShortcut(QKeySequence(tr("Ctrl+Shift+U")));
    a.ungroup->setStatusTip(tr("Remove the selected group boxes; their components stay"));
    connect(a.ungroup, &QAction::triggered, this, &MainWindow::ungroupSelection);
    a.renameGroup = new QAction(tr("Rena&me Group…"), this);
    a.renameGroup->setStatusTip(tr("Change the title of the selected group"));
    connect(a.renameGroup, &QAction::triggered, this, [this] {
        const QStringList ids = m_scene->selectedGroupIds();
        if (!ids.isEmpty())
            promptRenameGroup(ids.front());
    });

    a.groupRegion = new QAction(tr("Set Data Center &Region…"), this);
    a.groupRegion->setObjectName(QStringLiteral("groupRegionAction"));
    a.groupRegion->setStatusTip(
        tr("Say where the selected data center stands (us-east, europe, asia ...): links to "
           "other regions pay the latency between them, and a geoDNS sends users to the "
           "nearest"));
    connect(a.groupRegion, &QAction::triggered, this, [this] {
        const QStringList ids = m_scene->selectedGroupIds();
        if (!ids.isEmpty())
            promptGroupRegion(ids.front());
    });

    connect(m_doc, &Document::groupsChanged, this, [this] {
        m_scene->syncGroups(m_doc->scenario().groups);
        showGroupCosts();
    });
    for (const auto signal :
         {&Document::componentChanged, &Document::componentAdded, &Document::componentRemoved})
        connect(m_doc, signal, this, &MainWindow::showGroupCosts);
    connect(m_scene, &CanvasScene::groupRenameRequested, this, &MainWindow::promptRenameGroup);
    connect(m_scene, &QGraphicsScene::selectionChanged, this, &MainWindow::updateGroupActions);
    updateGroupActions();
    showGroupCosts();
}

void MainWindow::updateGroupActions()
{
    const bool hasComponents = !m_scene->selectedComponentIds().isEmpty();
    const int groups = static_cast<int>(m_scene->selectedGroupIds().size());
    m_actions->groupNetwork->setEnabled(hasComponents);
    m_actions->groupDataCenter->setEnabled(hasComponents);
    m_actions->groupAutoscaling->setEnabled(hasComponents);
    m_actions->ungroup->setEnabled(groups > 0);
    m_actions->renameGroup->setEnabled(groups == 1);
    const GroupItem *one =
        groups == 1 ? m_scene->groupItem(m_scene->selectedGroupIds().front()) : nullptr;
    m_actions->groupRegion->setEnabled(one && one->kind() == GroupKind::DataCenter);
}

void MainWindow::showGroupCosts()
{
    // What each data center in a region costs per hour: the sum of its members' costs.
    for (const Group &g : m_doc->scenario().groups) {
        GroupItem *item = m_scene->groupItem(QString::fromStdString(g.id));
        if (!item || g.kind != GroupKind::DataCenter)
            continue;
        double cost = 0;
        for (const std::string &m : g.members)
            if (const Component *c = m_doc->scenario().find(m))
                cost += c->cost_per_hour;
        item->setCostPerHour(cost);
    }
}

void MainWindow::promptGroupRegion(const QString &groupId)
{
    const GroupItem *item = m_scene->groupItem(groupId);
    if (!item || !m_dialogsEnabled)
        return;
    // The regions of the default table and those the design already names.
    std::set<std::string> names;
    for (const RegionLatency &l : defaultRegionLatencies())
        names.insert({l.from, l.to});
    for (const std::string &r : regionsOf(m_doc->scenario()))
        names.insert(r);
    QStringList choices;
    for (const std::string &n : names)
        choices << QString::fromStdString(n);
    const int current = static_cast<int>(choices.indexOf(item->region()));
    bool ok = false;
    const QString region = QInputDialog::getItem(
        this, tr("Data center region"),
        tr("Region of %1 (pick one or type a new name; empty: none):").arg(item->title()), choices,
        current, true, &ok);
    if (ok)
        setGroupRegion(groupId, region.trimmed());
}

void MainWindow::setGroupRegion(const QString &groupId, const QString &region)
{
    if (QUndoCommand *cmd = makeSetRegionCommand(m_doc, groupId, region))
        if (const QString why = m_doc->pushChecked(cmd); !why.isEmpty())
            refuse(why);
}

void MainWindow::groupSelection(GroupKind kind)
{
    QString id;
    QUndoCommand *cmd = makeCreateGroupCommand(m_doc, kind, m_scene->selectedComponentIds(), &id);
    if (!cmd) {
        statusBar()->showMessage(tr("Select the components to group first"), kStatusTimeoutMs);
        return;
    }
    if (kind == GroupKind::Autoscaling) {
        // Its members must be web servers behind a balancer: the validator says why not.
        if (const QString why = m_doc->pushChecked(cmd); !why.isEmpty()) {
            statusBar()->showMessage(tr("Not grouped: %1").arg(why), kStatusTimeoutMs);
            return;
        }
    } else {
        m_doc->undoStack()->push(cmd);
    }
    m_scene->clearSelection();
    if (GroupItem *item = m_scene->groupItem(id))
        item->setSelected(true);
    statusBar()->showMessage(tr("Grouped as %1; drag its title to move it, double-click the "
                                "title to rename it")
                                 .arg(groupKindName(kind).toLower()),
                             kStatusTimeoutMs);
}

void MainWindow::ungroupSelection()
{
    if (QUndoCommand *cmd = makeUngroupCommand(m_doc, m_scene->selectedGroupIds()))
        m_doc->undoStack()->push(cmd);
}

void MainWindow::changeScaling(const QString &groupId, const AutoscalingSettings &scaling)
{
    if (QUndoCommand *cmd = makeChangeScalingCommand(m_doc, groupId, scaling))
        if (const QString why = m_doc->pushChecked(cmd); !why.isEmpty())
            refuse(why);
}

void MainWindow::renameGroup(const QString &groupId, const QString &label)
{
    if (QUndoCommand *cmd = makeRenameGroupCommand(m_doc, groupId, label.trimmed()))
        m_doc->undoStack()->push(cmd);
}

void MainWindow::promptRenameGroup(const QString &groupId)
{
    const GroupItem *item = m_scene->groupItem(groupId);
    if (!item || !m_dialogsEnabled)
        return;
    bool ok = false;
    const QString label = QInputDialog::getText(
        this, tr("Rename group"),
        tr("Title of the %1 box (for example \"Private network 10.0.0.0/24\"):")
            .arg(groupKindName(item->kind()).toLower()),
        QLineEdit::Normal, item->title(), &ok);
    if (ok)
        renameGroup(groupId, label);
}

} // namespace scalelab
