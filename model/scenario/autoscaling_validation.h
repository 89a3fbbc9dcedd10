#pragma once

// The checks on a scenario's autoscaling groups; validateScenario runs them.

#include "scenario/scenario_io.h"

#include <vector>

namespace scalelab {

/// The most servers one autoscaling group may have at once.
inline constexpr int kMaxAutoscaled = 200;
/// Servers all autoscaling groups may reach together (the sum of their max): every scale-out
/// recompiles the design, so the fleet is bounded as a whole, not only per group.
inline constexpr int kMaxAutoscaledTotal = 1000;

/// Appends an error (with its field path) for each autoscaling group that is wrong: its
/// settings out of range, members that cannot scale out or are not behind a balancer.
void validateAutoscaling(const Scenario &scenario, std::vector<ScenarioError> &errors);

} // namespace scalelab
