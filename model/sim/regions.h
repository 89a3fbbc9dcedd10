#pragma once

// The regions of a design at run time (stage 9): their names, the one-way latency between
// each pair, which region each component stands in, and the end-to-end figures of each
// region's users (latency, completions, errors, per run and per second).

#include "metrics/latency_histogram.h"
#include "scenario/scenario.h"
#include "sim/run_result.h"

#include <cstdint>
#include <string>
#include <unordered_map>
#include <vector>

namespace scalelab {

class Regions {
public:
    /// Names, latencies and placements of the scenario; statistics of regions that keep
    /// their name are kept (live edits).
    void compile(const Scenario &s);
    /// Index of the region component `id` stands in; 0 = none.
    std::uint8_t of(const std::string &id) const;
    /// One-way latency between the regions of index a and b, in seconds.
    double latencyS(std::uint8_t a, std::uint8_t b) const
    {
        const std::size_t n = m_names.size() + 1;
        return a < n && b < n ? m_latencyS[a * n + b] : 0.0;
    }
    /// Named regions; index i + 1 is m_names[i].
    const std::vector<std::string> &names() const { return m_names; }
    /// End-to-end latencies of the region's users since the warm-up, or null.
    const LatencyHistogram *latencyOf(const std::string &name) const;

    // A request of users in region r ended (r = 0: no region, not counted).
    void completed(std::uint8_t r, double ms, bool measured);
    void failed(std::uint8_t r, bool measured);
    void resetStats();
    /// Per second: p95 of the requests completed, and counts, since the last call.
    struct Interval {
        double p95Ms;
        std::uint64_t completed;
        std::uint64_t failed;
    };
    Interval takeInterval(std::uint8_t r);
    /// The measured figures of every named region (costs filled in by the caller).
    std::vector<RegionResult> results() const;

private:
    struct Stats {
        LatencyHistogram latency;
        LatencyHistogram interval;
        std::uint64_t completed = 0;
        std::uint64_t failed = 0;
        std::uint64_t intervalCompleted = 0;
        std::uint64_t intervalFailed = 0;
    };
    std::vector<std::string> m_names;
    std::vector<double> m_latencyS; ///< (names + 1)^2, index 0 = no region
    std::unordered_map<std::string, std::uint8_t> m_placed;
    std::vector<Stats> m_stats; ///< by index; [0] unused
};

} // namespace scalelab
