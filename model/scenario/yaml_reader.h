#pragma once

// Turns a parsed YAML tree into a Scenario, strictly: every key, type and enum name is
// checked and reported with its position. Range and cross-reference checks are left to
// validateScenario, whose errors are then placed with ReadContext::positionOf.

#include "scenario/scenario_limits.h"
#include "scenario/yaml_fields.h"

namespace scalelab {

/// Reads the document in context.tree() into out; errors go to context.errors.
void readScenario(ReadContext &context, Scenario &out);

} // namespace scalelab
