#include "document/component_commands.h"

#include "document/document.h"

#include <algorithm>

namespace scalelab {

namespace {

/// The groups without the given groups and without the given components as members; a
/// group that loses its last member is dropped too (a group needs a member).
std::vector<Group> groupsWithout(const std::vector<Group> &groups, const QStringList &groupIds,
                                 const std::vector<std::pair<int, Component>> &components)
{
    std::vector<Group> out;
    for (const Group &g : groups) {
        if (groupIds.contains(QString::fromStdString(g.id)))
            continue;
        Group kept = g;
        std::erase_if(kept.members, [&](const std::string &m) {
            return std::any_of(components.begin(), components.end(),
                               [&](const auto &c) { return c.second.id == m; });
        });
        if (!kept.members.empty())
            out.push_back(std::move(kept));
    }
    return out;
}

} // namespace

AddItemsCommand::AddItemsCommand(Document *doc, const QString &text,
                                 std::vector<Component> components, std::vector<Link> links)
    : QUndoCommand(text), m_doc(doc), m_components(std::move(components)), m_links(std::move(links))
{
}

void AddItemsCommand::redo()
{
    for (const Component &c : m_components)
        m_doc->insertComponent(static_cast<int>(m_doc->scenario().components.size()), c);
    for (const Link &l : m_links)
        m_doc->insertLink(static_cast<int>(m_doc->scenario().links.size()), l);
}

void AddItemsCommand::undo()
{
    for (std::size_t i = 0; i < m_links.size(); ++i)
        m_doc->removeLink(static_cast<int>(m_doc->scenario().links.size()) - 1);
    for (auto it = m_components.rbegin(); it != m_components.rend(); ++it)
        m_doc->removeComponent(QString::fromStdString(it->id));
}

RemoveItemsCommand::RemoveItemsCommand(Document *doc, const QStringList &ids,
                                       const QList<int> &linkIndices, const QStringList &groupIds)
    : m_doc(doc)
{
    const Scenario &s = doc->scenario();
    for (int i = 0; i < static_cast<int>(s.components.size()); ++i) {
        const Component &c = s.components[static_cast<std::size_t>(i)];
        if (ids.contains(QString::fromStdString(c.id)))
            m_components.emplace_back(i, c);
    }
    for (int i = 0; i < static_cast<int>(s.links.size()); ++i) {
        const Link &l = s.links[static_cast<std::size_t>(i)];
        const bool touches = ids.contains(QString::fromStdString(l.from)) ||
                             ids.contains(QString::fromStdString(l.to));
        if (touches || linkIndices.contains(i))
            m_links.emplace_back(i, l);
    }
    for (const Group &g : s.groups) {
        if (groupIds.contains(QString::fromStdString(g.id)))
            m_groupIds << QString::fromStdString(g.id);
    }
    const int n = static_cast<int>(m_components.size() + m_links.size()) +
                  static_cast<int>(m_groupIds.size());
    QString one;
    if (!m_components.empty())
        one = QString::fromStdString(m_components.front().second.id);
    else if (!m_links.empty())
        one = QObject::tr("link");
    else if (!m_groupIds.isEmpty())
        one = QObject::tr("group %1").arg(m_groupIds.front());
    setText(n == 1 ? QObject::tr("Delete %1").arg(one) : QObject::tr("Delete %1 items").arg(n));
}

void RemoveItemsCommand::redo()
{
    // Groups first, so that no group names a component while it is being removed.
    const std::vector<Group> groups =
        groupsWithout(m_doc->scenario().groups, m_groupIds, m_components);
    m_oldGroups.reset();
    if (groups != m_doc->scenario().groups) {
        m_oldGroups = m_doc->scenario().groups;
        m_doc->setGroups(groups);
    }
    // Highest index first so the earlier indices stay valid.
    for (auto it = m_links.rbegin(); it != m_links.rend(); ++it)
        m_doc->removeLink(it->first);
    for (auto it = m_components.rbegin(); it != m_components.rend(); ++it)
        m_doc->removeComponent(QString::fromStdString(it->second.id));
}

void RemoveItemsCommand::undo()
{
    for (const auto &[index, c] : m_components)
        m_doc->insertComponent(index, c);
    for (const auto &[index, l] : m_links)
        m_doc->insertLink(index, l);
    if (m_oldGroups)
        m_doc->setGroups(*m_oldGroups);
}

MoveComponentsCommand::MoveComponentsCommand(Document *doc, const QStringList &ids,
                                             const QList<QPointF> &newPositions)
    : m_doc(doc), m_ids(ids)
{
    for (int i = 0; i < ids.size(); ++i) {
        const Component *c = doc->scenario().find(ids[i].toStdString());
        m_old.push_back(c ? c->position : std::nullopt);
        m_new.push_back(Position{newPositions.value(i).x(), newPositions.value(i).y()});
    }
    setText(ids.size() == 1 ? QObject::tr("Move %1").arg(ids.front())
                            : QObject::tr("Move %1 components").arg(ids.size()));
}

void MoveComponentsCommand::apply(const std::vector<std::optional<Position>> &positions)
{
    for (int i = 0; i < m_ids.size(); ++i) {
        const Component *c = m_doc->scenario().find(m_ids[i].toStdString());
        if (!c)
            continue;
        Component moved = *c;
        moved.position = positions[static_cast<std::size_t>(i)];
        m_doc->replaceComponent(m_ids[i], moved);
    }
}

void MoveComponentsCommand::redo()
{
    apply(m_new);
}

void MoveComponentsCommand::undo()
{
    apply(m_old);
}

ChangeComponentCommand::ChangeComponentCommand(Document *doc, const QString &id,
                                               const Component &newValue)
    : m_doc(doc), m_new(newValue)
{
    const Component *c = doc->scenario().find(id.toStdString());
    Q_ASSERT(c);
    m_old = *c;
    setText(QObject::tr("Edit %1").arg(id));
}

void ChangeComponentCommand::apply(const QString &currentId, const Component &value,
                                   const std::string &fromId, const std::string &toId)
{
    m_doc->replaceComponent(currentId, value);
    if (fromId == toId)
        return;
    const Scenario &s = m_doc->scenario();
    for (int i = 0; i < static_cast<int>(s.links.size()); ++i) {
        Link l = s.links[static_cast<std::size_t>(i)];
        if (l.from != fromId && l.to != fromId)
            continue;
        if (l.from == fromId)
            l.from = toId;
        if (l.to == fromId)
            l.to = toId;
        m_doc->replaceLink(i, l);
    }
    std::vector<Group> groups = s.groups;
    bool renamed = false;
    for (Group &g : groups) {
        for (std::string &m : g.members) {
            if (m == fromId) {
                m = toId;
                renamed = true;
            }
        }
    }
    if (renamed)
        m_doc->setGroups(groups);
}

void ChangeComponentCommand::redo()
{
    apply(QString::fromStdString(m_old.id), m_new, m_old.id, m_new.id);
}

void ChangeComponentCommand::undo()
{
    apply(QString::fromStdString(m_new.id), m_old, m_new.id, m_old.id);
}

} // namespace scalelab
