#pragma once

// The checks on a scenario's goals and reveal steps; validateScenario runs them.

#include "scenario/scenario_io.h"

#include <vector>

namespace scalelab {

/// Appends an error (with its field path) for each goal or reveal step that is wrong.
void validateGoals(const Scenario &scenario, std::vector<ScenarioError> &errors);

} // namespace scalelab
