#include "document/checked_command.h"

#include "document/document.h"
#include "document/problem_text.h"
#include "scenario/scenario_io.h"

#include <set>
#include <string>

namespace scalelab {

namespace {

std::set<std::string> problems(const Scenario &s)
{
    std::set<std::string> out;
    for (const ScenarioError &e : validateScenario(s, Completeness::Part))
        out.insert(e.field + '\n' + e.message);
    return out;
}

} // namespace

CheckedCommand::CheckedCommand(Document *doc, QUndoCommand *edit, QString *refusal)
    : QUndoCommand(edit->text()), m_doc(doc), m_edit(edit), m_refusal(refusal)
{
}

void CheckedCommand::redo()
{
    if (m_checked) {
        m_edit->redo();
        return;
    }
    m_checked = true;
    const std::set<std::string> before = problems(m_doc->scenario());
    m_edit->redo();
    for (const ScenarioError &e : validateScenario(m_doc->scenario(), Completeness::Part)) {
        if (before.count(e.field + '\n' + e.message) == 0) {
            *m_refusal = describeProblem(m_doc->scenario(), e);
            m_edit->undo();
            setObsolete(true);
            return;
        }
    }
}

void CheckedCommand::undo()
{
    m_edit->undo();
}

} // namespace scalelab
