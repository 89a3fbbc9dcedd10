#pragma once

// The rules of `alerts:` and `business:` that need the design: an alert's metric must be a
// series the design has (the columns `scalelab run --timeseries` writes for it), so the
// names are taken from a simulation of the design, which makes them; they cannot disagree.

#include "scenario/scenario_io.h"

#include <string>
#include <vector>

namespace scalelab {

/// The per-second series the design has (the columns of its time series).
std::vector<std::string> metricNames(const Scenario &scenario);

/// Appends the errors of s.alerts and s.business; s must be otherwise valid.
void validateAlerts(const Scenario &s, std::vector<ScenarioError> &errors);

} // namespace scalelab
