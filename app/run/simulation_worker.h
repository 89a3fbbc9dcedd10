#pragma once

// The half of SimulationThread that lives on the simulation thread: it owns the Simulation,
// applies the commands at exact simulated times, paces the run against the wall clock and
// publishes frames into the owner's latest-wins mailbox.

#include "run/simulation_thread.h"

#include "sim/frame_builder.h"
#include "sim/goal_tracker.h"
#include "sim/simulation.h"

#include <chrono>
#include <memory>
#include <optional>
#include <vector>

namespace scalelab {

/// The state that lives on the simulation thread only.
class SimulationThread::Worker {
public:
    using Clock = std::chrono::steady_clock;
    explicit Worker(SimulationThread &owner) : m_owner(owner) {}
    void loop();

private:
    /// Applies one command; true if the frame should be republished.
    bool handle(const SimCommand &c);
    void applyNow(const SimCommand &c);
    void restart(std::shared_ptr<const Scenario> scenario);
    /// Runs to t, applying the scheduled commands due on the way at their exact times.
    void runTo(double t);
    bool advance();
    void publish();
    /// The run reached its duration: hands its report to the owner.
    void finish();
    void setRunning(bool on);
    void anchor()
    {
        m_anchorWall = Clock::now();
        m_anchorSim = m_sim ? m_sim->now() : 0.0;
    }

    SimulationThread &m_owner;
    std::unique_ptr<Simulation> m_sim;
    std::shared_ptr<const Scenario> m_scenario; ///< the design as last applied
    FrameBuilder m_builder;
    std::unique_ptr<GoalTracker> m_goals; ///< judges the goals of the design as loaded
    std::vector<double> m_goalTimes;      ///< where runTo stops to let it look
    std::vector<SimCommand> m_scheduled;  ///< sorted by at_s, stable
    std::optional<double> m_pauseAt;
    bool m_running = false;
    bool m_stopPending = false; ///< stopped, not yet announced to the owner
    double m_speed = 1.0;
    double m_chunkS = 0.01; ///< simulated seconds per batch when unpaced, adapted
    Clock::time_point m_anchorWall;
    double m_anchorSim = 0;
    Clock::time_point m_lastPublish;
    Clock::time_point m_runningSince;
    double m_runningWallS = 0;      ///< real time this run has been running, for its report
    std::uint64_t m_generation = 0; ///< of the run loaded last
    // Simulated requests per real second, measured over windows of about half a second.
    Clock::time_point m_rateWindowStart = Clock::now();
    double m_rateArrivals = 0;
    double m_wallRps = 0;
};

} // namespace scalelab
