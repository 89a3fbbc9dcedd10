#pragma once

#include "scenario/scenario.h"

#include <QUndoCommand>

namespace scalelab {

class Document;

/// Appends one link (a finished drag between two handles).
class AddLinkCommand : public QUndoCommand {
public:
    AddLinkCommand(Document *doc, const Link &link);
    void redo() override;
    void undo() override;

private:
    Document *m_doc;
    Link m_link;
};

/// Replaces the values of the link at an index (an inspector edit).
class ChangeLinkCommand : public QUndoCommand {
public:
    ChangeLinkCommand(Document *doc, int index, const Link &newValue);
    void redo() override;
    void undo() override;

private:
    Document *m_doc;
    int m_index;
    Link m_old;
    Link m_new;
};

} // namespace scalelab
