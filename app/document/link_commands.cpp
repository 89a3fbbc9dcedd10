#include "document/link_commands.h"

#include "document/document.h"

namespace scalelab {

AddLinkCommand::AddLinkCommand(Document *doc, const Link &link) : m_doc(doc), m_link(link)
{
    setText(QObject::tr("Connect %1 → %2")
                .arg(QString::fromStdString(link.from), QString::fromStdString(link.to)));
}

void AddLinkCommand::redo()
{
    m_doc->insertLink(static_cast<int>(m_doc->scenario().links.size()), m_link);
}

void AddLinkCommand::undo()
{
    m_doc->removeLink(static_cast<int>(m_doc->scenario().links.size()) - 1);
}

ChangeLinkCommand::ChangeLinkCommand(Document *doc, int index, const Link &newValue)
    : m_doc(doc), m_index(index), m_old(doc->scenario().links.at(static_cast<std::size_t>(index))),
      m_new(newValue)
{
    setText(QObject::tr("Edit link %1 → %2")
                .arg(QString::fromStdString(m_old.from), QString::fromStdString(m_old.to)));
}

void ChangeLinkCommand::redo()
{
    m_doc->replaceLink(m_index, m_new);
}

void ChangeLinkCommand::undo()
{
    m_doc->replaceLink(m_index, m_old);
}

} // namespace scalelab
