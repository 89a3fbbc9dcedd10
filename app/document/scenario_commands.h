#pragma once

#include "document/document.h"

#include <QUndoCommand>

#include <functional>

namespace scalelab {

/// An edit of one value of the scenario, given how to read and write it. Keeps each
/// property edit (run settings, name) a few lines.
template <typename T> class ChangeValueCommand : public QUndoCommand {
public:
    using Getter = std::function<T(const Scenario &)>;
    using Setter = std::function<void(Document &, const T &)>;

    ChangeValueCommand(Document *doc, const QString &text, Getter get, Setter set, T newValue)
        : QUndoCommand(text), m_doc(doc), m_set(std::move(set)), m_old(get(doc->scenario())),
          m_new(std::move(newValue))
    {
    }
    void redo() override { m_set(*m_doc, m_new); }
    void undo() override { m_set(*m_doc, m_old); }

private:
    Document *m_doc;
    Setter m_set;
    T m_old;
    T m_new;
};

QUndoCommand *makeChangeRunSettingsCommand(Document *doc, const RunSettings &r);
/// Sets the design's SLO (written as `slo:` from then on).
QUndoCommand *makeChangeSloCommand(Document *doc, const Slo &slo);
QUndoCommand *makeRenameScenarioCommand(Document *doc, const std::string &name);
/// Replaces the design's region latency table (Edit ▸ Region Latencies…) in one step.
QUndoCommand *makeChangeRegionLatenciesCommand(Document *doc,
                                               const std::vector<RegionLatency> &table);

} // namespace scalelab
