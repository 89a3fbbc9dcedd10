#pragma once

// GoalTracker: judges a scenario's goals on a running simulation. Whoever drives the run
// (the headless check, the GUI's simulation thread) calls observe() between batches of
// events; the tracker snapshots the simulation's cumulative counters when a goal's window
// opens and compares the figures over the window with the bound when it closes. It only
// reads the simulation: a goal measures, it never sets anything.

#include "metrics/latency_histogram.h"
#include "scenario/scenario.h"
#include "sim/request.h"
#include "sim/run_result.h"

#include <array>
#include <cstdint>
#include <functional>
#include <limits>
#include <optional>
#include <string>
#include <vector>

namespace scalelab {

class Simulation;

enum class GoalState : std::uint8_t { Pending, Met, Failed };
const char *toString(GoalState s);

struct GoalStatus {
    GoalState state = GoalState::Pending;
    /// The figure over the window so far (final once met or failed); NaN before the
    /// window opens or when nothing was measured in it.
    double value = std::numeric_limits<double>::quiet_NaN();
    bool open = false;                                             ///< the window has started
    double windowStart = std::numeric_limits<double>::quiet_NaN(); ///< s, once known
    double windowEnd = 0;                                          ///< s
    std::string note; ///< why it failed without a figure, e.g. "the failure was never noticed"
};

class GoalTracker {
public:
    explicit GoalTracker(const Scenario &scenario);

    /// Looks at the simulation at its current time: opens windows whose start has come,
    /// closes those whose end has come, and updates the running figures.
    void observe(const Simulation &sim);
    /// The times observe() must be called at for exact windows (fixed starts and ends).
    std::vector<double> boundaries() const;
    /// Whether a goal's window waits for a failure to be noticed (observe often, then).
    bool waitsForDetection() const;

    const std::vector<Goal> &goals() const { return m_goals; }
    const std::vector<GoalStatus> &status() const { return m_status; }
    bool allMet() const;

private:
    /// The cumulative counters a window's figures are differences of.
    struct Snapshot {
        double t = 0;
        double measuredS = 0;
        std::uint64_t completed = 0;
        std::array<std::uint64_t, kFailureCauseCount> failed{};
        double componentArea = 0;     ///< utilization or queue length times measured seconds
        double hits = 0, lookups = 0; ///< of the cache `component`
        std::uint64_t databaseReads = 0, staleReads = 0, lostWrites = 0;
        double costArea = 0; ///< dollars per hour times measured seconds
        LatencyHistogram latency;
    };
    Snapshot take(const Simulation &sim, const RunResult &r, const Goal &g) const;
    double figure(const Goal &g, const Snapshot &from, const Snapshot &to,
                  const RunResult &r) const;
    std::optional<double> detectionTime(const Simulation &sim, const std::string &id) const;

    std::vector<Goal> m_goals;
    std::vector<GoalStatus> m_status;
    std::vector<std::optional<Snapshot>> m_start;
    double m_warmup = 0;
    double m_duration = 0;
};

/// Runs the scenario to its end judging its goals (the headless check and the tests).
/// Calls observe() at every window boundary and, while a window waits for a failure to be
/// noticed, every 0.1 s. result (if given) receives the run's summary. progress (if given)
/// hears the fraction of the run done, at least every 1 % of it; when it answers false the
/// run stops there and the verdicts so far are returned (windows not over stay pending).
using GoalProgress = std::function<bool(double fraction)>;
std::vector<GoalStatus> evaluateGoals(const Scenario &scenario, RunResult *result = nullptr,
                                      const GoalProgress &progress = {});

} // namespace scalelab
