#pragma once

// Stage 11's monitoring of a run: host metrics per component (CPU is its utilization;
// memory, the requests it holds times their size plus what it stores; disk writes; network
// requests over its links), the same summed per tier (every component of one kind) and per
// group box, business figures (daily active users, revenue against cost) and the
// scenario's alert rules, evaluated once per simulated second on the time series.
// Everything is read from counters the kernel keeps anyway (busy and in-system areas,
// served and failed counts, link traversals, a database's writes): nothing is painted on.

#include "metrics/latency_histogram.h"
#include "metrics/time_series.h"
#include "scenario/scenario.h"
#include "sim/distinct_users.h"
#include "sim/observability_result.h"

#include <cstdint>
#include <string>
#include <unordered_map>
#include <vector>

namespace scalelab {

class Simulation;
struct RunResult;

class Observability {
public:
    /// The design was compiled (at the start, after a live edit or an autoscaling action).
    void configure(const Simulation &sim, const Scenario &design);
    bool hasAlerts() const { return !m_alerts.empty(); }

    // The kernel's hooks (hot path: a few increments each).
    /// Station s served a request that spent `seconds` in it.
    void served(std::uint32_t s, double seconds, bool warm)
    {
        if (s >= m_memberOf.size())
            return;
        const double ms = seconds * 1000.0;
        for (const std::uint32_t a : m_memberOf[s]) {
            m_aggregates[a].interval.record(ms);
            if (warm)
                m_aggregates[a].total.record(ms);
        }
    }
    /// A request travelled the link from station `from` to station `to`.
    void linkUsed(std::uint32_t from, std::uint32_t to)
    {
        if (from < m_network.size() && to < m_network.size()) {
            ++m_network[from];
            ++m_network[to];
        }
    }
    /// A user sent a request after the warm-up.
    void userSeen(std::uint32_t user)
    {
        m_users.add(user);
        ++m_userArrivals;
    }

    /// The warm-up is over: the window starts.
    void resetStats(const Simulation &sim);
    /// Its columns (host, tier, group, business), added after the kernel's.
    void addColumns(TimeSeries &series, const Simulation &sim) const;
    /// Whether addColumns would add a column the series lacks (a group added live).
    bool columnsMissing(const TimeSeries &series) const;
    /// Fills its columns of the row for the second just ended, then judges the alerts on
    /// the whole row (logging each that fires or resolves).
    void sample(Simulation &sim, const TimeSeries &series, std::vector<double> &row);
    /// Host figures per component, tiers, groups, business and alerts.
    void report(const Simulation &sim, RunResult &r) const;
    /// The alerts as judged so far (for live frames).
    const std::vector<AlertResult> &alerts() const { return m_alertResults; }

private:
    struct Aggregate {
        std::string name; ///< "tier.<kind>" or "group.<id>"
        std::vector<std::uint32_t> members;
        LatencyHistogram total;    ///< since the warm-up
        LatencyHistogram interval; ///< since the last sample
    };
    /// A station's counters at the last sample (for per-second differences).
    struct Base {
        double busy = 0;
        double system = 0;
        std::uint64_t arrived = 0;
        std::uint64_t served = 0;
        std::uint64_t errors = 0;
        std::uint64_t disk = 0;
        std::uint64_t network = 0;
    };
    struct AlertState {
        Alert rule;
        bool pending = false;
        double since = 0;
        double firedAt = 0;
    };
    std::uint32_t aggregate(const std::string &name);
    void sampleAggregates(const Simulation &sim, const TimeSeries &series,
                          std::vector<double> &row);
    void judge(Simulation &sim, const TimeSeries &series, const std::vector<double> &row);
    TierResult tierResult(const Simulation &sim, const Aggregate &a, const RunResult &r) const;

    std::vector<Aggregate> m_aggregates;
    std::unordered_map<std::string, std::uint32_t> m_aggregateIndex;
    std::vector<std::vector<std::uint32_t>> m_memberOf; ///< per station: its aggregates
    std::vector<double> m_requestKb;                    ///< per station
    std::vector<std::uint64_t> m_network;               ///< per station, since the start
    std::vector<std::uint64_t> m_networkAtWarm;
    std::vector<std::uint64_t> m_diskAtWarm;
    std::vector<Base> m_base;
    DistinctUsers m_users;
    double m_population = 0;
    std::uint64_t m_userArrivals = 0;
    double m_windowStart = 0;
    double m_revenuePerRequest = 0;
    std::vector<AlertState> m_alerts;
    std::vector<AlertResult> m_alertResults;
};

} // namespace scalelab
