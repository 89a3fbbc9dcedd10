#pragma once

// What stage 11's monitoring measured, as plain values in the RunResult: tiers, business
// figures and alerts (sim/observability.h makes them; observability_json.cpp writes them).

#include <cstdint>
#include <iosfwd>
#include <limits>
#include <string>
#include <vector>

namespace scalelab {

/// Every component of one kind (a tier), or of one group box, over the measured window.
struct TierResult {
    std::string name; ///< the kind's YAML name (web_server), or the group's id
    int members = 0;
    double throughputRps = 0; ///< requests its members served per second
    double p95Ms = 0;         ///< time those requests spent in a member, 95th percentile
    double errorRate = 0;     ///< (rejected + timed out + failed) / arrived
    double utilization = 0;   ///< busy workers / workers, all members together
    std::uint64_t served = 0;
    std::uint64_t errors = 0;
};

/// Daily active users, requests served and what they earn against what the design costs.
struct BusinessResult {
    double usersSeen = 0;        ///< distinct users who sent a request in the window
    double dailyActiveUsers = 0; ///< scaled from the window to a day (distinct_users.h)
    std::uint64_t requestsServed = 0;
    double revenuePerRequest = 0; ///< dollars (the scenario's business setting)
    double revenuePerHour = 0;
    double costPerHour = 0; ///< time-weighted when the design autoscales
    double marginPerHour = 0;
};

/// One alert rule over the whole run (from t = 0, warm-up included).
struct AlertResult {
    std::string name;
    std::string metric;
    bool above = true;
    double threshold = 0;
    double forS = 0;
    std::uint64_t fired = 0;
    std::uint64_t resolved = 0;
    double firstFiredS = std::numeric_limits<double>::quiet_NaN(); ///< NaN: never fired
    double firingS = 0;                                            ///< seconds spent firing
    bool firing = false; ///< at the end (or now, in a live frame)
    double lastValue = std::numeric_limits<double>::quiet_NaN(); ///< the metric's last sample
};

struct RunResult;

/// The "tiers", "groups", "business" and "alerts" objects of `scalelab run --json`.
void writeObservabilityJson(std::ostream &out, const RunResult &r);
/// Their lines in the readable report.
void writeObservabilityReport(std::ostream &out, const RunResult &r);

} // namespace scalelab
