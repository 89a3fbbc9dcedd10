#pragma once

#include "scenario/scenario.h"
#include "sim/frame.h"
#include "sim/run_result.h"

#include <QObject>
#include <QString>

#include <memory>

namespace scalelab {

class Document;
class SimulationThread;

/// Connects the design being edited to the run: the run always uses the Document's
/// scenario. Before a run starts (and after a reset) an edit reloads the run at time 0;
/// once it has started, an edit is sent as a live edit applied at the current simulated
/// time. Edits that only move cards are not sent. Frames published by the simulation
/// thread are pulled here, once per notification, and handed on with frameShown().
class RunController : public QObject {
    Q_OBJECT
public:
    explicit RunController(Document *doc, QObject *parent = nullptr);
    ~RunController() override;

    SimulationThread *simulation() const { return m_thread; }
    /// True once Run or a step was pressed since the last load or reset.
    bool isStarted() const { return m_started; }
    bool isRunning() const { return m_running; }
    std::shared_ptr<const Frame> lastFrame() const { return m_last; }
    /// The design the run uses now (as last sent to the thread).
    const Scenario &appliedScenario() const { return m_applied; }

    /// Hands a frame to the views as if the thread had published it (the snapshot command
    /// simulates synchronously and shows its frames through here).
    void showFrame(std::shared_ptr<const Frame> frame);

public slots:
    void run();
    void pause();
    void stepEvent();
    void stepSecond();
    void reset();
    void setSpeed(double factor);
    void failComponent(const QString &id);
    void recoverComponent(const QString &id);
    void promoteReplica(const QString &id);
    /// A new version of the static assets: one CDN's, or (empty id) the whole site's.
    void deployAssets(const QString &id);
    void slowComponent(const QString &id, double factor);
    /// Sends the document's design now instead of at the next turn of the event loop.
    void syncNow();

signals:
    void frameShown(std::shared_ptr<const scalelab::Frame> frame);
    /// The run went back to time 0 (new design, reset): views clear their history.
    void runCleared();
    void runningChanged(bool running);
    /// The design the run uses changed (load, live edit): theory lines follow it.
    void designApplied(const scalelab::Scenario &scenario);
    /// An edit left the design invalid; the run keeps the last valid design.
    void editRefused(const QString &message);
    /// The run reached its duration: its report, as `scalelab run` prints it.
    void runFinished(std::shared_ptr<const scalelab::RunResult> result);

private:
    void scheduleSync();
    void load();
    void onFrameReady();
    void markStarted();

    Document *m_doc;
    SimulationThread *m_thread;
    Scenario m_applied;
    std::shared_ptr<const Frame> m_last;
    bool m_started = false;
    bool m_running = false;
    bool m_syncPending = false;
};

} // namespace scalelab
