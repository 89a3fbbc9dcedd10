#pragma once

// The chaos test: does the design survive the loss of any one component? One run per
// component of the design (not the users), each with the same seed and with that component
// failing at `at` and staying down; the availability and p99 over the window after the
// failure are judged against the design's SLO. A baseline run without a failure says
// whether the design meets its SLO at all. The scenario's own faults are left out, so each
// run has exactly one failure. The measurement is the goal tracker's (a p99 goal and an
// availability goal over the window), so a row means what a goal means.
//
// Runs are independent: drive them with ParallelRuns (the command line and the GUI both do).

#include "scenario/scenario.h"
#include "sim/parallel_runs.h"

#include <cstdint>
#include <iosfwd>
#include <limits>
#include <optional>
#include <string>
#include <vector>

namespace scalelab {

struct ChaosSettings {
    /// When the component fails; none: 0.123 s after the warm-up (not at a round time,
    /// where a periodic health check would notice the failure at that very instant).
    std::optional<double> at_s;
    std::optional<double> window_s;    ///< measured after it; none: to the end of the run
    std::optional<Slo> slo;            ///< none: the scenario's `slo:`, else Slo's defaults
    std::optional<std::uint64_t> seed; ///< none: the scenario's (else 1)
};

/// The settings with every default filled in for a scenario, or why they do not fit it.
struct ChaosPlan {
    double at_s = 0;
    double window_s = 0;
    Slo slo;
    std::optional<std::uint64_t> seed;
    std::vector<std::string> targets; ///< the components to fail, in the design's order
    std::string problem;              ///< empty when the plan can run
};
ChaosPlan planChaos(const Scenario &scenario, const ChaosSettings &settings);

struct ChaosRow {
    std::string component; ///< empty: the baseline (nothing fails)
    std::string kind;      ///< its kind's YAML name
    double availability = std::numeric_limits<double>::quiet_NaN(); ///< NaN: nothing measured
    double p99_ms = std::numeric_limits<double>::quiet_NaN();       ///< NaN: nothing completed
    std::uint64_t completed = 0; ///< requests completed in the window
    std::uint64_t failed = 0;    ///< requests failed in the window
    bool availabilityHeld = false;
    bool p99Held = false;
    bool sloHeld() const { return availabilityHeld && p99Held; }
    bool finished = false; ///< false: cancelled (or failed: error) before the window closed
    std::string error;
};

/// The scenario run for one row: no faults but `component` failing at the plan's time (none
/// for the baseline), a p99 goal and an availability goal over the window, ending with it.
Scenario chaosScenario(const Scenario &scenario, const ChaosPlan &plan,
                       const std::string &component);
/// Runs one row (component empty: the baseline); progress as ParallelRuns gives it.
ChaosRow runChaosRow(const Scenario &scenario, const ChaosPlan &plan, const std::string &component,
                     const ParallelRuns::Progress &progress = {});

/// Every row of a plan: the baseline first, then each target. Runs on `jobs` threads.
class ChaosTest {
public:
    ChaosTest(const Scenario &scenario, ChaosPlan plan, int jobs);
    double progress() const { return m_runs.progress(); }
    bool finished() const { return m_runs.finished(); }
    void cancel() { m_runs.cancel(); }
    void wait() { m_runs.wait(); }
    /// The rows (only complete once finished()); errors of failed runs filled in.
    std::vector<ChaosRow> rows() const;
    const ChaosPlan &plan() const { return m_plan; }

private:
    Scenario m_scenario;
    ChaosPlan m_plan;
    std::vector<ChaosRow> m_rows; ///< row i written only by the thread that runs it
    ParallelRuns m_runs;          ///< last: its threads start when it is made
};

/// The machine-readable table: {"slo": …, "at_s", "window_s", "baseline": row, "rows": […]}.
void writeChaosJson(std::ostream &out, const std::string &name, const ChaosPlan &plan,
                    const std::vector<ChaosRow> &rows);

/// The same table as CSV: component,kind,availability,p99_ms,failed,slo_held (the baseline's
/// component is empty; a figure nothing measured is empty).
void writeChaosCsv(std::ostream &out, const std::vector<ChaosRow> &rows);

} // namespace scalelab
