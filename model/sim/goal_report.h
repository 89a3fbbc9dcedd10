#pragma once

// The output of `scalelab check`: each file's goals with their verdicts and figures, as a
// readable report and as JSON (stable key order, so a class's results diff cleanly).

#include "sim/goal_tracker.h"

#include <ostream>
#include <string>
#include <vector>

namespace scalelab {

struct GoalFileResult {
    std::string file;
    std::string name;
    std::string error; ///< set when the file could not be read; goals are then empty
    std::vector<Goal> goals;
    std::vector<GoalStatus> status;
    /// Every goal met (a file with no goals, or one that did not load, is not).
    bool met() const;
};

void writeGoalReport(std::ostream &out, const std::vector<GoalFileResult> &files);
void writeGoalJson(std::ostream &out, const std::vector<GoalFileResult> &files);

} // namespace scalelab
