#pragma once

// The capacity curve: the design run at a series of offered loads (the users' rates scaled
// so that together they offer each level), each run reporting its latency quantiles,
// availability, throughput and cost: the hockey stick of the design. Where the design is
// one queueing station fed by Poisson users, M/M/c (or M/M/c/K with a capacity) predicts
// the curve, and each level carries that prediction beside the measurement.
//
// Levels are independent runs: drive them with ParallelRuns (CLI and GUI both do).

#include "scenario/scenario.h"
#include "sim/parallel_runs.h"

#include <cstdint>
#include <iosfwd>
#include <limits>
#include <optional>
#include <string>
#include <vector>

namespace scalelab {

struct SweepSettings {
    double from_rps = 10;
    double to_rps = 1000;
    int steps = 10;
    bool log = false; ///< levels evenly spaced on a log scale instead of a linear one
    std::optional<double> duration_s;  ///< none: the scenario's run
    std::optional<std::uint64_t> seed; ///< none: the scenario's (else 1)
    /// Refuse a sweep that would simulate more requests than this (all levels together).
    double maxRequests = kMaxRequests;
    static constexpr int kMaxSteps = 100;
    static constexpr double kMaxRequests = 2e9;
};

/// Where queueing theory describes the design: one station, its M/M/c parameters.
struct SweepTheory {
    std::string station;
    double mu = 0;     ///< services per second of one worker
    int servers = 1;   ///< c
    int capacity = -1; ///< K (in service + waiting), -1 = unbounded
    double linkMs = 0; ///< the users' link latency, added once (there is no way back)
};

struct SweepPlan {
    std::vector<double> levels; ///< offered requests per second, ascending
    double baseRate = 0;        ///< what the users offer as designed (mean over the measured run)
    double duration_s = 0;
    double warmup_s = 0;
    std::optional<std::uint64_t> seed;
    std::optional<SweepTheory> theory;
    std::string noTheory; ///< why there is no prediction, when there is none
    std::string problem;  ///< empty when the sweep can run
};
SweepPlan planSweep(const Scenario &scenario, const SweepSettings &settings);

/// The scenario with its users' rates (and load curves) scaled to offer `level` in total.
Scenario scaledScenario(const Scenario &scenario, const SweepPlan &plan, double level);

struct SweepPoint {
    static constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
    double offered_rps = 0;
    double mean_ms = kNaN, p50_ms = kNaN, p95_ms = kNaN, p99_ms = kNaN;
    double availability = kNaN;
    double throughput_rps = 0;
    double cost_per_hour = 0;
    std::uint64_t completed = 0;
    std::uint64_t failed = 0;
    // The prediction (NaN where there is none, or above saturation).
    double theory_utilization = kNaN;
    double theory_mean_ms = kNaN, theory_p50_ms = kNaN, theory_p95_ms = kNaN, theory_p99_ms = kNaN;
    bool finished = false;
    std::string error;
};

/// What theory predicts at one level (only the theory_ fields are set).
SweepPoint predictLevel(const SweepTheory &theory, double level);
/// Runs one level; progress as ParallelRuns gives it.
SweepPoint runSweepLevel(const Scenario &scenario, const SweepPlan &plan, double level,
                         const ParallelRuns::Progress &progress = {});

/// Every level of a plan, on `jobs` threads.
class CapacitySweep {
public:
    CapacitySweep(const Scenario &scenario, SweepPlan plan, int jobs);
    double progress() const { return m_runs.progress(); }
    bool finished() const { return m_runs.finished(); }
    void cancel() { m_runs.cancel(); }
    void wait() { m_runs.wait(); }
    /// The points (complete once finished()), errors of failed runs filled in.
    std::vector<SweepPoint> points() const;
    const SweepPlan &plan() const { return m_plan; }

private:
    Scenario m_scenario;
    SweepPlan m_plan;
    std::vector<SweepPoint> m_points; ///< point i written only by the thread that runs it
    ParallelRuns m_runs;              ///< last: its threads start when it is made
};

/// One line per level: offered_rps,throughput_rps,availability,mean_ms,p50_ms,p95_ms,
/// p99_ms,cost_per_hour,completed,failed,theory_utilization,theory_mean_ms,theory_p50_ms,
/// theory_p95_ms,theory_p99_ms (empty where there is no figure).
void writeSweepCsv(std::ostream &out, const std::vector<SweepPoint> &points);

} // namespace scalelab
