#pragma once

// The checks of regions (stage 9): data centers' regions, the latency table, and faults
// that name a data center.

#include "scenario/scenario.h"
#include "scenario/scenario_io.h"

#include <string>
#include <vector>

namespace scalelab {

/// Why a region name is refused (the sentence the validator says), or empty if it is fine.
std::string regionNameProblem(const std::string &name);

void validateRegions(const Scenario &s, std::vector<ScenarioError> &errors);

/// The data_center group with this id, or null.
const Group *dataCenterNamed(const Scenario &s, const std::string &id);

/// If fault i names a data center, checks it (only scheduled fail and recover) and returns
/// true; false if it names something else.
bool checkDataCenterFault(const Scenario &s, std::size_t i, std::vector<ScenarioError> &errors);

} // namespace scalelab
