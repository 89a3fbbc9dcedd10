#pragma once

// An edit the validator has a say in: it runs the edit, and if the design now breaks a
// rule it did not break before (capacity below workers, a duplicate id, a value out of
// range), it takes the edit back and marks itself obsolete, so QUndoStack::push drops it.
// The rules live in validateScenario only; the views need not repeat them.

#include <QString>
#include <QUndoCommand>

#include <memory>

namespace scalelab {

class Document;

class CheckedCommand : public QUndoCommand {
public:
    /// refusal receives why the edit was refused (the validator's sentence), or stays
    /// empty; it must outlive the push (the command is deleted when refused).
    CheckedCommand(Document *doc, QUndoCommand *edit, QString *refusal);

    void redo() override;
    void undo() override;

private:
    Document *m_doc;
    std::unique_ptr<QUndoCommand> m_edit;
    bool m_checked = false;
    QString *m_refusal;
};

} // namespace scalelab
