#pragma once

#include "scenario/scenario_io.h"

#include <QString>

namespace scalelab {

/// A validator's finding in the student's words, for the status bar: no YAML path
/// ("components[2].workers: ..."), and the component named by its kind and id ("Web server
/// web1: Workers must be from 1 to 4096, got 0") rather than "component 'web1'". The
/// parameter's label in the sentence is already the inspector's (ParamSpec::label).
QString describeProblem(const Scenario &scenario, const ScenarioError &error);

} // namespace scalelab
