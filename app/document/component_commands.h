#pragma once

#include "scenario/scenario.h"

#include <QList>
#include <QPointF>
#include <QStringList>
#include <QUndoCommand>

#include <optional>
#include <utility>
#include <vector>

namespace scalelab {

class Document;

/// Adds components and links at the end of their lists (create, paste, duplicate).
class AddItemsCommand : public QUndoCommand {
public:
    AddItemsCommand(Document *doc, const QString &text, std::vector<Component> components,
                    std::vector<Link> links = {});
    void redo() override;
    void undo() override;

private:
    Document *m_doc;
    std::vector<Component> m_components;
    std::vector<Link> m_links;
};

/// Removes components (with every link that touches them), links and groups, and puts
/// them back at their old indices on undo, so the file is restored byte for byte. Removed
/// components leave every group they were in; a group left empty goes with them.
class RemoveItemsCommand : public QUndoCommand {
public:
    RemoveItemsCommand(Document *doc, const QStringList &ids, const QList<int> &linkIndices,
                       const QStringList &groupIds = {});
    void redo() override;
    void undo() override;
    bool isEmpty() const { return m_components.empty() && m_links.empty() && m_groupIds.isEmpty(); }

private:
    Document *m_doc;
    std::vector<std::pair<int, Component>> m_components; ///< ascending index
    std::vector<std::pair<int, Link>> m_links;           ///< ascending index
    QStringList m_groupIds;                              ///< groups removed as such
    std::optional<std::vector<Group>> m_oldGroups;       ///< set when redo changed the groups
};

/// Moves components to new canvas positions; one command per finished drag.
class MoveComponentsCommand : public QUndoCommand {
public:
    MoveComponentsCommand(Document *doc, const QStringList &ids,
                          const QList<QPointF> &newPositions);
    void redo() override;
    void undo() override;

private:
    void apply(const std::vector<std::optional<Position>> &positions);

    Document *m_doc;
    QStringList m_ids;
    std::vector<std::optional<Position>> m_old;
    std::vector<std::optional<Position>> m_new;
};

/// Replaces one component's values (an inspector edit). A changed id is carried over to
/// the links, the workload target and the groups that named the old id.
class ChangeComponentCommand : public QUndoCommand {
public:
    ChangeComponentCommand(Document *doc, const QString &id, const Component &newValue);
    void redo() override;
    void undo() override;

private:
    void apply(const QString &currentId, const Component &value, const std::string &fromId,
               const std::string &toId);

    Document *m_doc;
    Component m_old;
    Component m_new;
};

} // namespace scalelab
