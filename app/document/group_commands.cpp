#include "document/group_commands.h"

#include "canvas/group_item.h"
#include "document/document.h"
#include "document/scenario_commands.h"

#include <QObject>

#include <algorithm>

namespace scalelab {

namespace {

QUndoCommand *changeGroups(Document *doc, const QString &text, std::vector<Group> groups)
{
    return new ChangeValueCommand<std::vector<Group>>(
        doc, text, [](const Scenario &s) { return s.groups; },
        [](Document &d, const std::vector<Group> &g) { d.setGroups(g); }, std::move(groups));
}

bool idTaken(const Scenario &s, const std::string &id)
{
    return s.find(id) != nullptr || std::any_of(s.groups.begin(), s.groups.end(),
                                                [&](const Group &g) { return g.id == id; });
}

} // namespace

QString defaultGroupLabel(const Scenario &scenario, GroupKind kind)
{
    const auto count = std::count_if(scenario.groups.begin(), scenario.groups.end(),
                                     [&](const Group &g) { return g.kind == kind; });
    if (kind == GroupKind::PrivateNetwork)
        return QObject::tr("Private network 10.0.%1.0/24").arg(count);
    if (kind == GroupKind::Autoscaling)
        return QObject::tr("Autoscaling group %1").arg(count + 1);
    return QObject::tr("Data center %1").arg(count + 1);
}

QString uniqueGroupId(const Scenario &scenario, GroupKind kind)
{
    const std::string stem = kind == GroupKind::PrivateNetwork ? "net"
                             : kind == GroupKind::DataCenter   ? "dc"
                                                               : "fleet";
    if (!idTaken(scenario, stem))
        return QString::fromStdString(stem);
    for (int n = 2;; ++n) {
        const std::string candidate = stem + std::to_string(n);
        if (!idTaken(scenario, candidate))
            return QString::fromStdString(candidate);
    }
}

QUndoCommand *makeCreateGroupCommand(Document *doc, GroupKind kind, const QStringList &memberIds,
                                     QString *newId)
{
    const Scenario &s = doc->scenario();
    Group g;
    g.kind = kind;
    g.id = uniqueGroupId(s, kind).toStdString();
    g.label = defaultGroupLabel(s, kind).toStdString();
    for (const Component &c : s.components) {
        if (memberIds.contains(QString::fromStdString(c.id)))
            g.members.push_back(c.id);
    }
    if (g.members.empty())
        return nullptr;
    if (newId)
        *newId = QString::fromStdString(g.id);
    std::vector<Group> groups = s.groups;
    groups.push_back(g);
    return changeGroups(doc,
                        QObject::tr("Group %1 as %2")
                            .arg(QString::number(g.members.size()), groupKindName(kind).toLower()),
                        std::move(groups));
}

QUndoCommand *makeUngroupCommand(Document *doc, const QStringList &groupIds)
{
    std::vector<Group> groups;
    QStringList removed;
    for (const Group &g : doc->scenario().groups) {
        if (groupIds.contains(QString::fromStdString(g.id)))
            removed << QString::fromStdString(g.id);
        else
            groups.push_back(g);
    }
    if (removed.isEmpty())
        return nullptr;
    const QString text = removed.size() == 1 ? QObject::tr("Ungroup %1").arg(removed.front())
                                             : QObject::tr("Ungroup %1 groups").arg(removed.size());
    return changeGroups(doc, text, std::move(groups));
}

QUndoCommand *makeRenameGroupCommand(Document *doc, const QString &groupId, const QString &label)
{
    std::vector<Group> groups = doc->scenario().groups;
    const auto it = std::find_if(groups.begin(), groups.end(),
                                 [&](const Group &g) { return g.id == groupId.toStdString(); });
    if (it == groups.end() || it->label == label.toStdString())
        return nullptr;
    it->label = label.toStdString();
    return changeGroups(doc, QObject::tr("Rename group %1").arg(groupId), std::move(groups));
}

QUndoCommand *makeSetRegionCommand(Document *doc, const QString &groupId, const QString &region)
{
    std::vector<Group> groups = doc->scenario().groups;
    const auto it = std::find_if(groups.begin(), groups.end(),
                                 [&](const Group &g) { return g.id == groupId.toStdString(); });
    if (it == groups.end() || it->region == region.toStdString())
        return nullptr;
    it->region = region.toStdString();
    return changeGroups(doc,
                        region.isEmpty() ? QObject::tr("Take %1 out of its region").arg(groupId)
                                         : QObject::tr("Put %1 in region %2").arg(groupId, region),
                        std::move(groups));
}

QUndoCommand *makeChangeScalingCommand(Document *doc, const QString &groupId,
                                       const AutoscalingSettings &scaling)
{
    std::vector<Group> groups = doc->scenario().groups;
    const auto it = std::find_if(groups.begin(), groups.end(),
                                 [&](const Group &g) { return g.id == groupId.toStdString(); });
    if (it == groups.end() || it->scaling == scaling)
        return nullptr;
    it->scaling = scaling;
    return changeGroups(doc, QObject::tr("Change autoscaling of %1").arg(groupId),
                        std::move(groups));
}

} // namespace scalelab
