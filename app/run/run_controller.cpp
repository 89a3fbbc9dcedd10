#include "run/run_controller.h"

#include "document/document.h"
#include "document/problem_text.h"
#include "run/simulation_thread.h"
#include "scenario/scenario_io.h"

#include <QTimer>

namespace scalelab {

namespace {

/// The scenario as the simulation sees it: card positions and labels do not matter.
Scenario simulated(Scenario s)
{
    s.name.clear();
    s.description.clear();
    for (Component &c : s.components) {
        c.position.reset();
        c.label.clear();
    }
    for (Group &g : s.groups)
        g.label.clear();
    return s;
}

QString firstError(const Scenario &s)
{
    const std::vector<ScenarioError> errors = validateScenario(s);
    if (errors.empty())
        return {};
    return describeProblem(s, errors.front());
}

} // namespace

RunController::RunController(Document *doc, QObject *parent)
    : QObject(parent), m_doc(doc), m_thread(new SimulationThread(this))
{
    connect(m_thread, &SimulationThread::frameReady, this, &RunController::onFrameReady,
            Qt::QueuedConnection);
    connect(
        m_thread, &SimulationThread::runningChanged, this,
        [this](bool on) {
            m_running = on;
            emit runningChanged(on);
        },
        Qt::QueuedConnection);

    connect(
        m_thread, &SimulationThread::runFinished, this,
        [this] {
            if (std::shared_ptr<const RunResult> r = m_thread->takeResult())
                emit runFinished(std::move(r));
        },
        Qt::QueuedConnection);

    connect(m_doc, &Document::scenarioReset, this, [this] {
        m_syncPending = false;
        load();
    });
    for (auto signal :
         {&Document::componentAdded, &Document::componentChanged, &Document::componentRemoved})
        connect(m_doc, signal, this, &RunController::scheduleSync);
    connect(m_doc, &Document::linksChanged, this, &RunController::scheduleSync);
    connect(m_doc, &Document::settingsChanged, this, &RunController::scheduleSync);
    // Groups are simulated too (data centers' regions and outages, autoscaling), and so is
    // the region latency table.
    connect(m_doc, &Document::groupsChanged, this, &RunController::scheduleSync);
    connect(m_doc, &Document::regionLatenciesChanged, this, &RunController::scheduleSync);
    load();
}

RunController::~RunController()
{
    // The thread is a child and is joined by its destructor; stop it before members go.
    delete m_thread;
}

void RunController::load()
{
    m_started = false;
    const Scenario &s = m_doc->scenario();
    const QString error = firstError(s);
    if (!error.isEmpty()) {
        // The old run must not go on behind a design that cannot run (File > New gives
        // an empty one): stop it and clear the views.
        m_applied = s;
        m_thread->unload();
        m_last.reset();
        emit runCleared();
        emit designApplied(m_applied);
        emit editRefused(error);
        return;
    }
    m_applied = s;
    m_thread->load(s);
    m_last.reset();
    emit runCleared();
    emit designApplied(m_applied);
}

void RunController::scheduleSync()
{
    // An undo command may change several things; send the design once it is whole.
    if (m_syncPending)
        return;
    m_syncPending = true;
    QTimer::singleShot(0, this, [this] {
        if (m_syncPending)
            syncNow();
    });
}

void RunController::syncNow()
{
    m_syncPending = false;
    const Scenario &s = m_doc->scenario();
    if (simulated(s) == simulated(m_applied))
        return;
    if (!m_started) {
        load();
        return;
    }
    const QString error = firstError(s);
    if (!error.isEmpty()) {
        emit editRefused(error);
        return;
    }
    m_applied = s;
    m_thread->applyScenario(s);
    emit designApplied(m_applied);
}

void RunController::markStarted()
{
    if (m_syncPending)
        syncNow();
    m_started = true;
}

void RunController::run()
{
    markStarted();
    m_thread->runSimulation();
}

void RunController::pause()
{
    m_thread->pause();
}

void RunController::stepEvent()
{
    markStarted();
    m_thread->stepEvent();
}

void RunController::stepSecond()
{
    markStarted();
    m_thread->stepSecond();
}

void RunController::reset()
{
    m_syncPending = false;
    load();
}

void RunController::setSpeed(double factor)
{
    m_thread->setSpeed(factor);
}

void RunController::failComponent(const QString &id)
{
    markStarted();
    m_thread->failComponent(id.toStdString());
}

void RunController::recoverComponent(const QString &id)
{
    markStarted();
    m_thread->recoverComponent(id.toStdString());
}

void RunController::promoteReplica(const QString &id)
{
    markStarted();
    m_thread->promoteReplica(id.toStdString());
}

void RunController::deployAssets(const QString &id)
{
    markStarted();
    m_thread->deployAssets(id.toStdString());
}

void RunController::slowComponent(const QString &id, double factor)
{
    markStarted();
    m_thread->slowComponent(id.toStdString(), factor);
}

void RunController::onFrameReady()
{
    if (std::shared_ptr<const Frame> f = m_thread->takeFrame())
        showFrame(std::move(f));
}

void RunController::showFrame(std::shared_ptr<const Frame> frame)
{
    m_last = frame;
    emit frameShown(std::move(frame));
}

} // namespace scalelab
