#pragma once

#include "scenario/scenario.h"

#include <QObject>
#include <QPointF>
#include <QString>
#include <QUndoStack>

namespace scalelab {

/// The open design: a Scenario, the undo stack that edits it and the file it came from.
/// Undo commands call the low-level mutators below; every change is announced by id with a
/// typed signal so views can re-sync the one thing that changed. Nothing else edits the
/// scenario, so the stack's clean state is the truth about "modified".
class Document : public QObject {
    Q_OBJECT
public:
    explicit Document(QObject *parent = nullptr);

    const Scenario &scenario() const { return m_scenario; }
    QUndoStack *undoStack() { return &m_undoStack; }
    QString filePath() const { return m_filePath; }
    /// Shown in the title: the file name, or the scenario name for an unsaved design.
    QString displayName() const;
    bool isModified() const { return !m_undoStack.isClean(); }

    /// Replaces the whole design (new / open); clears the history.
    void reset(const Scenario &scenario, const QString &filePath);
    /// Loads a file; on failure returns the loader's message and keeps the current design.
    QString load(const QString &path);
    /// Writes atomically (QSaveFile); on success the path becomes the document's file and
    /// the stack is marked clean. Returns an error message or an empty string.
    QString save(const QString &path);

    /// Pushes an edit onto the undo stack unless it makes the design break a rule of
    /// validateScenario that held before; then nothing changes, nothing is pushed, and the
    /// validator's sentence is returned (else an empty string).
    QString pushChecked(QUndoCommand *edit);

    /// An id not used yet: stem1, else stem2, stem3...
    QString uniqueId(const QString &stem) const;

    // Low-level mutators for undo commands only: no undo of their own.
    void insertComponent(int index, const Component &c);
    Component removeComponent(const QString &id);
    void replaceComponent(const QString &id, const Component &c);
    void insertLink(int index, const Link &link);
    Link removeLink(int index);
    void replaceLink(int index, const Link &link);
    void setRunSettings(const RunSettings &r);
    void setSlo(const std::optional<Slo> &slo);
    void setName(const std::string &name);
    void setGroups(const std::vector<Group> &groups);
    void setRegionLatencies(const std::vector<RegionLatency> &table);

signals:
    void componentAdded(const QString &id);
    void componentChanged(const QString &id);
    void componentRemoved(const QString &id);
    void linksChanged();
    /// The list of groups changed (groups are few: views rebuild them together).
    void groupsChanged();
    /// The scenario's own region-to-region latencies (region_latency) changed.
    void regionLatenciesChanged();
    /// Name or run settings changed.
    void settingsChanged();
    /// The whole scenario was replaced.
    void scenarioReset();
    void filePathChanged();

private:
    Scenario m_scenario;
    QUndoStack m_undoStack;
    QString m_filePath;
};

/// The built-in design used when no example file is found: clients, a balancer, two web
/// servers and a database.
Scenario builtInExample();

} // namespace scalelab
