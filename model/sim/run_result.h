#pragma once

// What a run measured, as plain values: the headless report and the JSON output are
// written from this, and the tests read it.

#include "scenario/scenario.h"
#include "sim/observability_result.h"
#include "sim/request.h"

#include <array>
#include <cstdint>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

namespace scalelab {

/// A line of the event log: failures, recoveries, detections by health checks.
struct LogEntry {
    double t_s = 0;
    std::string component;
    std::string what;
};

struct LatencySummary {
    std::uint64_t count = 0;
    double mean = 0, p50 = 0, p95 = 0, p99 = 0, max = 0; ///< ms
    double ci95 = 0; ///< half width of the 95 % confidence interval of the mean (batch means)
    double ci99 = 0;
};

/// One region's users over the measured window, for the report.
struct RegionResult {
    std::string name;
    std::uint64_t completed = 0;
    std::uint64_t failed = 0;
    double availability = 1; ///< completed / (completed + failed)
    LatencySummary latency;
    double costPerHour = 0; ///< of the components standing in it (its data centers)
};

/// A data center (a data_center group with a region): what its components cost.
struct DataCenterResult {
    std::string id;
    std::string region;
    int components = 0;
    double costPerHour = 0;
};

struct ComponentResult {
    std::string id;
    ComponentKind kind = ComponentKind::Service;
    double utilization = 0;     ///< busy workers / workers, time average
    double meanQueueLength = 0; ///< waiting, time average
    double meanInSystem = 0;    ///< waiting + in service + holding, time average
    double meanResponseMs = 0;  ///< time spent in the component by those served
    std::uint64_t arrived = 0;  ///< attempts, including the rejected
    std::uint64_t served = 0;
    std::uint64_t rejected = 0;
    std::uint64_t timedOut = 0;
    std::uint64_t failed = 0;
    double blockingProbability = 0; ///< rejected / arrived
    double availability = 1;        ///< fraction of the measured time it was up
    double costPerHour = 0;
    /// Figures of the kind's own (a cache's hit ratio ...), in report order; JSON keys.
    struct Figure {
        std::string key;
        double value = 0;
        bool integer = false;
    };
    std::vector<Figure> figures;
    const Figure *figure(std::string_view key) const;
};

/// One autoscaling group over the measured window.
struct AutoscalingResult {
    std::string group;
    std::uint64_t scaleOuts = 0; ///< servers added
    std::uint64_t scaleIns = 0;  ///< servers removed
    int serversMin = 0;
    int serversMax = 0;
    int serversEnd = 0;
    double serversMean = 0;     ///< time-weighted
    double costPerHourMean = 0; ///< dollars per hour of its servers, time-weighted
};

struct RunResult {
    std::string name;
    std::uint64_t seed = 0;
    double simulatedS = 0; ///< clock at the end
    double measuredS = 0;  ///< after the warm-up
    std::uint64_t events = 0;
    double wallS = 0; ///< filled in by the caller that timed the run

    std::uint64_t arrived = 0;
    std::uint64_t completed = 0;
    std::uint64_t failed = 0;
    std::array<std::uint64_t, kFailureCauseCount> byCause{};
    /// Reads answered by databases (primaries, replicas and databases of their own), and
    /// those answered with older data than the latest committed write of their key.
    std::uint64_t databaseReads = 0;
    std::uint64_t staleReads = 0;
    /// Writes a failover lost (committed by the old primary, never received by the new),
    /// and those a recovery script wrote again.
    std::uint64_t lostWrites = 0;
    std::uint64_t recoveredWrites = 0;
    double staleReadRatio() const
    {
        return databaseReads ? static_cast<double>(staleReads) / static_cast<double>(databaseReads)
                             : 0.0;
    }
    /// Sessions (stage 8), when the design keeps any: logins, requests that found their
    /// session gone (users logged out), sessions lost with their server, and held at the end.
    bool sessionsKept = false;
    std::uint64_t logins = 0;
    std::uint64_t loggedOut = 0;
    std::uint64_t sessionsDropped = 0;
    std::uint64_t sessionsActive = 0;
    double availability = 1;  ///< completed / arrived
    double throughputRps = 0; ///< completed per measured second
    LatencySummary latency;
    std::array<LatencySummary, kRequestKindCount> latencyByKind;
    double costPerHour = 0;
    /// Autoscaling groups, if the design has any; then costPerHourMean is the whole design's
    /// time-weighted cost (costPerHour is the cost at the end).
    std::vector<AutoscalingResult> autoscaling;
    double costPerHourMean = 0;
    std::vector<ComponentResult> components;
    std::vector<RegionResult> regions;         ///< per region of users and data centers
    std::vector<DataCenterResult> dataCenters; ///< data_center groups with a region
    std::vector<LogEntry> log;
    // Monitoring (stage 11, sim/observability.h).
    std::vector<TierResult> tiers;      ///< per kind
    std::vector<TierResult> groupTiers; ///< per group box
    BusinessResult business;
    std::vector<AlertResult> alerts;

    const ComponentResult *component(const std::string &id) const;
};

/// Shortest text that reads back to the same double; null for NaN and infinities (JSON).
std::string jsonNumber(double v);
/// A JSON string literal of s (quotes, backslashes and control characters escaped).
std::string jsonQuoted(const std::string &s);

/// Machine-readable output of `scalelab run --json`. Stable key order, numbers printed so
/// that the same run gives the same bytes.
void writeJson(std::ostream &out, const RunResult &r);
/// The readable report of `scalelab run`.
void writeReport(std::ostream &out, const RunResult &r);

} // namespace scalelab
