#pragma once

// Alert rules and business settings: the monitoring parts of a scenario (stage 11). An
// alert watches one per-second series (the names `scalelab run --timeseries` writes) and
// fires when it stays above or below a threshold for a while; the simulation evaluates it
// once per simulated second (sim/observability.h). A business setting prices a request.

#include <cstdint>
#include <string>
#include <vector>

namespace scalelab {

enum class AlertBound : std::uint8_t { Above, Below };

/// `alerts: [{name, metric, above|below, for_s}]`.
struct Alert {
    std::string name; ///< shown in the event log and on the charts
    std::string
        metric; ///< a time-series column: p95_ms, web1.utilization, tier.database.utilization
    AlertBound bound = AlertBound::Above;
    double value = 0; ///< the threshold, in the series' unit
    double for_s = 0; ///< the condition must hold this long before the alert fires
    bool operator==(const Alert &) const = default;
};

/// `business: {revenue_per_request: 0.0005}`: what a completed request earns, in dollars.
struct BusinessSettings {
    double revenue_per_request = 0;
    bool operator==(const BusinessSettings &) const = default;
};

const char *toString(AlertBound b);

} // namespace scalelab
