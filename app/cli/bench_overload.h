#pragma once

// The overload benchmark of `scalelab bench --overload`.

namespace scalelab {

struct OverloadOptions {
    double factor = 5.0;     ///< the offered load as a multiple of the design's capacity
    double seconds = 3600.0; ///< simulated
    bool unbounded = false;  ///< every capacity unbounded and no client timeout
};

/// Runs examples/04-load-balancer.yaml overloaded and prints peak memory, requests and
/// failures by cause. Returns the exit code.
int benchOverload(const OverloadOptions &options);

} // namespace scalelab
