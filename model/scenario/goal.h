#pragma once

// Goals and reveal steps: the parts of a scenario file that make it a lesson. A goal is a
// measured condition over a time window of the run ("p99 latency below 500 ms from 300 s
// to 600 s"); the simulation decides whether it is met (sim/goal_tracker.h), a goal never
// sets anything. Reveal steps say in which order a presenter shows the design.

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace scalelab {

/// What a goal measures over its window. Names as written in YAML.
enum class GoalMetric : std::uint8_t {
    P50Ms,          ///< p50_ms: median end-to-end latency of requests completed in the window
    P95Ms,          ///< p95_ms
    P99Ms,          ///< p99_ms
    Availability,   ///< availability: completed / (completed + failed)
    ErrorRate,      ///< error_rate: failed (of `cause`, or of any) / (completed + failed)
    Errors,         ///< errors: failed requests (of `cause`, or of any)
    CostPerHour,    ///< cost_per_hour: dollars per hour of the design, time-weighted in the window
    Utilization,    ///< utilization: busy workers / workers of `component`, time average
    QueueLength,    ///< queue_length: requests waiting at `component`, time average
    ThroughputRps,  ///< throughput_rps: completed requests per second
    HitRatio,       ///< hit_ratio: hits / lookups of the cache `component`
    StaleReadRatio, ///< stale_read_ratio: stale reads / reads answered by databases
    LostWrites,     ///< lost_writes: writes a failover lost
};
inline constexpr int kGoalMetricCount = 13;

enum class GoalBound : std::uint8_t { Below, Above };

struct Goal {
    GoalMetric metric = GoalMetric::P99Ms;
    GoalBound bound = GoalBound::Below;
    double value = 0; ///< the bound, in the metric's unit (ms, fraction, count, $/h, rps)
    std::optional<double> from_s; ///< window start; none = the end of the warm-up
    std::optional<double> to_s;   ///< window end; none = the end of the run
    std::string component;        ///< utilization, queue_length: which component
    std::string cause;            ///< errors, error_rate: rejected, timeout, down, no_backend
    std::string kind;   ///< p50_ms, p95_ms, p99_ms: only requests of this kind (read, static ...)
    std::string region; ///< p50_ms, p95_ms, p99_ms: only requests of users in this region
    /// The window starts when a health check marks this component unhealthy (its failure
    /// noticed): "survives the failure of X". Empty = a fixed window.
    std::string survives;
    std::string text; ///< what the goal asks, in the lesson's words (optional)
    bool operator==(const Goal &) const = default;
};

/// One step of a step-by-step reveal: the components that appear at it (added to those of
/// the steps before). Links show when both their ends are shown.
struct RevealStep {
    std::string title;
    std::vector<std::string> show;
    bool operator==(const RevealStep &) const = default;
};

const char *toString(GoalMetric m);
const char *toString(GoalBound b);
bool fromString(const std::string &s, GoalMetric &out);
bool fromString(const std::string &s, GoalBound &out);
/// The unit the bound is given in, for messages and displays ("ms", "", "$/h", "rps").
const char *unitOf(GoalMetric m);
/// Whether the metric needs `component`, or allows `cause` or `kind`.
bool needsComponent(GoalMetric m);
bool allowsCause(GoalMetric m);
bool allowsKind(GoalMetric m);
/// The failure causes a goal may name.
const std::vector<std::string> &goalCauses();

/// "p99_ms below 1000 from 1300 s to 1400 s", as the headless check prints it.
std::string describeGoal(const Goal &g);

/// Components shown at reveal step `step` (1-based; 0 or past the last = every component).
std::vector<std::string> revealedAt(const std::vector<RevealStep> &steps, int step);

} // namespace scalelab
