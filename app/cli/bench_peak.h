#pragma once

// The peak-hour benchmark of `scalelab bench --peak-hour`.

#include <string>

namespace scalelab {

struct PeakHourOptions {
    std::string file;        ///< the design; empty: examples/13-millions.yaml
    double seconds = 3600.0; ///< simulated, all of it at the peak rate
};

/// Holds the design's users at the rate of its busiest moment for an hour of simulated time
/// on one core and prints how many times faster than real time that ran. Returns the exit
/// code.
int benchPeakHour(const PeakHourOptions &options);

} // namespace scalelab
