#pragma once

// The service level objective of a design (YAML `slo:`): what `scalelab chaos` and the
// Chaos Test judge each run by. Plain values; read, validated and written with the rest
// of the scenario.

namespace scalelab {

struct Slo {
    double p99_ms = 300.0;       ///< the p99 end-to-end latency must stay at or below this
    double availability = 0.999; ///< completed / (completed + failed) at least this
    bool operator==(const Slo &) const = default;
};

} // namespace scalelab
