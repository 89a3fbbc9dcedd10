#pragma once

#include "scenario/scenario.h"

#include <QString>
#include <QStringList>

class QUndoCommand;

namespace scalelab {

class Document;

// Edits of the groups (the boxes drawn around components). Groups are few and small, so
// each command keeps the whole list before and after (ChangeValueCommand) and undoes by
// putting the old list back: creating, ungrouping and renaming are one step each.

/// The title a new group of this kind gets, e.g. "Private network 10.0.1.0/24" for the
/// second private network of a design: a student sees private addresses at a glance.
QString defaultGroupLabel(const Scenario &scenario, GroupKind kind);
/// An id used by no component and no group: "net", "net2"... or "dc", "dc2"...
QString uniqueGroupId(const Scenario &scenario, GroupKind kind);

/// A new group of the given components (kept in the scenario's component order), added at
/// the end of the list. Returns nullptr if no id names a component. newId receives the id.
QUndoCommand *makeCreateGroupCommand(Document *doc, GroupKind kind, const QStringList &memberIds,
                                     QString *newId = nullptr);
/// Removes the groups (not their members). Returns nullptr if none of the ids is a group.
QUndoCommand *makeUngroupCommand(Document *doc, const QStringList &groupIds);
/// Gives a group a new title. Returns nullptr if there is no such group or nothing changes.
QUndoCommand *makeRenameGroupCommand(Document *doc, const QString &groupId, const QString &label);
/// Puts a data center in a region (empty: none). Returns nullptr if there is no such group
/// or nothing changes; the document's check refuses what the validator refuses.
QUndoCommand *makeSetRegionCommand(Document *doc, const QString &groupId, const QString &region);
/// New settings for an autoscaling group. Returns nullptr if there is no such group or
/// nothing changes.
QUndoCommand *makeChangeScalingCommand(Document *doc, const QString &groupId,
                                       const AutoscalingSettings &scaling);

} // namespace scalelab
