// The simulation thread's side of SimulationThread: the loop, pacing, commands, frames.
#include "run/simulation_worker.h"

#include <algorithm>
#include <iterator>
#include <limits>

namespace scalelab {

namespace {
using Clock = std::chrono::steady_clock;
constexpr auto kFrameInterval = std::chrono::microseconds(16667); // ~60 frames per second
constexpr double kMaxLagWallS = 0.25;  ///< behind the pace by more than this: drop the backlog
constexpr double kBatchTargetMs = 4.0; ///< a batch of events should take about this long

double secondsBetween(Clock::time_point a, Clock::time_point b)
{
    return std::chrono::duration<double>(b - a).count();
}

/// A frame the GUI did not take is replaced, but its samples and log lines are not lost:
/// they move to the front of the newer frame (rows padded for columns added since).
void carryOver(const Frame &older, Frame &newer)
{
    const std::size_t columns = newer.columns.size();
    std::vector<std::vector<double>> rows = older.samples;
    for (std::vector<double> &row : rows)
        row.resize(columns, std::numeric_limits<double>::quiet_NaN());
    rows.insert(rows.end(), std::make_move_iterator(newer.samples.begin()),
                std::make_move_iterator(newer.samples.end()));
    newer.samples = std::move(rows);
    newer.sampleTimes.insert(newer.sampleTimes.begin(), older.sampleTimes.begin(),
                             older.sampleTimes.end());
    newer.newLog.insert(newer.newLog.begin(), older.newLog.begin(), older.newLog.end());
}

std::vector<std::string> componentOrder(const Scenario &s)
{
    std::vector<std::string> ids;
    for (const Component &c : s.components)
        ids.push_back(c.id);
    return ids;
}
} // namespace

void SimulationThread::Worker::loop()
{
    while (!m_owner.m_stop.load()) {
        std::deque<SimCommand> batch;
        std::uint64_t upto = 0;
        {
            std::unique_lock lock(m_owner.m_mutex);
            if (!m_running)
                m_owner.m_wake.wait_for(lock, std::chrono::milliseconds(50), [this] {
                    return m_owner.m_stop.load() || !m_owner.m_commands.empty();
                });
            batch.swap(m_owner.m_commands);
            upto = m_owner.m_sent;
        }
        bool changed = false;
        for (const SimCommand &c : batch)
            changed = handle(c) || changed;
        if (m_running)
            changed = advance() || changed;
        if (m_sim)
            m_owner.m_simTime.store(m_sim->now());
        if (m_sim && (changed || (m_running && Clock::now() - m_lastPublish >= kFrameInterval)))
            publish();
        if (m_stopPending) {
            m_stopPending = false;
            {
                std::lock_guard lock(m_owner.m_mutex);
                m_owner.m_running.store(false);
            }
            emit m_owner.runningChanged(false);
        }
        if (!batch.empty()) {
            std::lock_guard lock(m_owner.m_mutex);
            m_owner.m_processed = upto;
        }
        m_owner.m_idle.notify_all();
    }
}

void SimulationThread::Worker::restart(std::shared_ptr<const Scenario> scenario)
{
    m_scenario = std::move(scenario);
    m_sim = std::make_unique<Simulation>(*m_scenario);
    m_sim->setRecordTimeSeries(true);
    m_goals = std::make_unique<GoalTracker>(*m_scenario);
    m_goalTimes = m_goals->boundaries();
    m_builder.restart();
    m_builder.setComponentOrder(componentOrder(*m_scenario));
    m_scheduled.clear();
    m_pauseAt.reset();
    std::lock_guard lock(m_owner.m_mutex);
    m_owner.m_journal.clear();
    m_runningWallS = 0;
}

bool SimulationThread::Worker::handle(const SimCommand &c)
{
    using T = SimCommand::Type;
    if (c.type == T::Load) {
        m_generation = c.generation;
        setRunning(false);
        if (c.scenario) {
            restart(c.scenario);
        } else {
            m_sim.reset();
            m_scenario.reset();
            m_scheduled.clear();
            m_pauseAt.reset();
        }
        return true;
    }
    if (c.type == T::SetSpeed) {
        m_speed = c.value;
        anchor();
        return false;
    }
    if (!m_sim)
        return false;
    switch (c.type) {
    case T::Run:
        if (m_sim->now() < m_sim->duration()) {
            setRunning(true);
            anchor();
        }
        return true;
    case T::Pause:
        setRunning(false);
        return true;
    case T::StepEvent:
        setRunning(false);
        m_sim->step();
        return true;
    case T::StepSecond:
        setRunning(false);
        runTo(m_sim->now() + 1.0);
        return true;
    case T::Reset: {
        m_generation = c.generation;
        setRunning(false);
        // The design as last edited, from time 0; scripted edits are dropped with the run.
        restart(m_scenario);
        return true;
    }
    case T::PauseAt:
        m_pauseAt = c.value;
        return false;
    default:
        break;
    }
    if (c.at_s && *c.at_s > m_sim->now()) {
        const auto at = std::upper_bound(m_scheduled.begin(), m_scheduled.end(), *c.at_s,
                                         [](double t, const SimCommand &s) { return t < *s.at_s; });
        m_scheduled.insert(at, c);
        return false;
    }
    applyNow(c);
    return true;
}

void SimulationThread::Worker::applyNow(const SimCommand &c)
{
    using T = SimCommand::Type;
    switch (c.type) {
    case T::Apply:
        m_sim->applyScenario(*c.scenario);
        m_scenario = c.scenario;
        m_builder.setComponentOrder(componentOrder(*m_scenario));
        break;
    case T::Fail:
        m_sim->failComponent(c.component);
        break;
    case T::Recover:
        m_sim->recoverComponent(c.component);
        break;
    case T::Promote: {
        std::string why;
        if (!m_sim->promoteReplica(c.component, why))
            return; // the menu offers it only to a live replica; a race lost it
        break;
    }
    case T::Deploy:
        m_sim->deployAssets(c.component);
        break;
    case T::Slow:
        m_sim->slowComponent(c.component, c.value);
        break;
    default:
        return;
    }
    std::lock_guard lock(m_owner.m_mutex);
    m_owner.m_journal.push_back({m_sim->now(), c});
}

void SimulationThread::Worker::runTo(double t)
{
    while (!m_scheduled.empty() && *m_scheduled.front().at_s <= t) {
        const SimCommand c = m_scheduled.front();
        m_scheduled.erase(m_scheduled.begin());
        m_sim->runUntil(*c.at_s);
        applyNow(c);
    }
    // Goal windows open and close at their exact times, however large the batch.
    for (const double b : m_goalTimes)
        if (b > m_sim->now() && b <= t) {
            m_sim->runUntil(b);
            m_goals->observe(*m_sim);
        }
    m_sim->runUntil(t);
    m_goals->observe(*m_sim);
}

bool SimulationThread::Worker::advance()
{
    const double now = m_sim->now();
    double limit = m_sim->duration();
    if (m_pauseAt)
        limit = std::min(limit, *m_pauseAt);
    double target = now + m_chunkS;
    if (m_speed > 0) {
        const auto wall = Clock::now();
        double paced = m_anchorSim + secondsBetween(m_anchorWall, wall) * m_speed;
        if (paced - now > kMaxLagWallS * m_speed) {
            // The kernel cannot keep this pace: run as fast as it can from here instead of
            // piling up a backlog that would freeze the controls.
            anchor();
            paced = now;
        }
        target = std::min(paced, target);
    }
    target = std::min(target, limit);
    bool changed = false;
    if (target > now) {
        const auto start = Clock::now();
        runTo(target);
        const double ms = 1000.0 * secondsBetween(start, Clock::now());
        if (ms > 2 * kBatchTargetMs)
            m_chunkS = std::max(1e-4, m_chunkS * 0.5);
        else if (ms < kBatchTargetMs / 2 && target - now >= m_chunkS * 0.999)
            m_chunkS = std::min(60.0, m_chunkS * 2);
    } else if (m_sim->now() < limit) {
        // Ahead of the pace: sleep a little, waking at once for a command.
        std::unique_lock lock(m_owner.m_mutex);
        m_owner.m_wake.wait_for(lock, std::chrono::milliseconds(2), [this] {
            return m_owner.m_stop.load() || !m_owner.m_commands.empty();
        });
    }
    if (m_pauseAt && m_sim->now() >= *m_pauseAt) {
        m_pauseAt.reset();
        setRunning(false);
        changed = true;
    }
    if (m_sim->now() >= m_sim->duration()) {
        setRunning(false);
        changed = true;
        finish();
    }
    return changed;
}

void SimulationThread::Worker::finish()
{
    auto result = std::make_shared<RunResult>(m_sim->result());
    result->name = m_scenario->name;
    result->wallS = m_runningWallS;
    {
        std::lock_guard lock(m_owner.m_mutex);
        m_owner.m_result = std::move(result);
        m_owner.m_resultGeneration = m_generation;
    }
    emit m_owner.runFinished();
}

void SimulationThread::Worker::publish()
{
    auto frame = std::make_shared<Frame>(m_builder.build(*m_sim));
    frame->goals = m_goals->status();
    const auto now = Clock::now();
    for (const std::vector<double> &row : frame->samples)
        if (!row.empty())
            m_rateArrivals += row[0]; // arrivals_rps: arrivals in that simulated second
    const double window = secondsBetween(m_rateWindowStart, now);
    if (window >= 0.5) {
        m_wallRps = m_rateArrivals / window;
        m_rateArrivals = 0;
        m_rateWindowStart = now;
    }
    frame->wallRequestsPerSecond = m_running ? m_wallRps : 0.0;
    m_lastPublish = now;
    {
        std::lock_guard lock(m_owner.m_mutex);
        if (m_owner.m_mailbox && m_owner.m_mailboxGeneration == m_generation)
            carryOver(*m_owner.m_mailbox, *frame);
        m_owner.m_mailbox = frame;
        m_owner.m_mailboxGeneration = m_generation;
    }
    if (!m_owner.m_notified.exchange(true))
        emit m_owner.frameReady();
}

void SimulationThread::Worker::setRunning(bool on)
{
    if (m_running == on)
        return;
    m_running = on;
    if (on)
        m_runningSince = Clock::now();
    else
        m_runningWallS += secondsBetween(m_runningSince, Clock::now());
    if (on) {
        m_stopPending = false;
        m_owner.m_running.store(true);
        m_rateWindowStart = Clock::now();
        m_rateArrivals = 0;
        emit m_owner.runningChanged(true);
    } else {
        // Announced only once the frame of the moment it stopped is in the mailbox, so
        // whoever waits for the pause finds that frame (see loop()).
        m_stopPending = true;
    }
}

} // namespace scalelab
