// `scalelab check FILE.yaml… [--json PATH|-]`: headless grading for a class. Runs each file,
// prints each goal's verdict and figure; exit 0 only when every goal of every file is met.
#include "cli/commands.h"
#include "scenario/scenario_io.h"
#include "sim/goal_report.h"

#include <fstream>
#include <iostream>
#include <optional>
#include <string>
#include <vector>

namespace scalelab {

namespace {

const char *kCheckUsage = "usage: scalelab check FILE.yaml... [--json PATH|-]\n"
                          "  exit 0: every goal of every file met; 1: some goal not met (or a\n"
                          "  file has no goals or does not load); 2: bad arguments\n";

GoalFileResult checkFile(const std::string &file)
{
    GoalFileResult f;
    f.file = file;
    const LoadResult loaded = loadScenarioFile(file);
    if (!loaded.ok()) {
        f.error = loaded.message();
        return f;
    }
    f.name = loaded.scenario->name;
    f.goals = loaded.scenario->goals;
    if (!f.goals.empty())
        f.status = evaluateGoals(*loaded.scenario);
    return f;
}

} // namespace

int checkCommand(int argc, char **argv)
{
    std::vector<std::string> files;
    std::optional<std::string> json;
    for (int i = 1; i < argc; ++i) {
        const std::string arg = argv[i];
        if (arg == "--json") {
            if (i + 1 >= argc) {
                std::cerr << "scalelab check: --json needs a value\n" << kCheckUsage;
                return 2;
            }
            json = argv[++i];
        } else if (arg == "--help" || arg == "-h") {
            std::cout << kCheckUsage;
            return 0;
        } else if (!arg.empty() && arg[0] == '-' && arg != "-") {
            std::cerr << "scalelab check: unknown option '" << arg << "'\n" << kCheckUsage;
            return 2;
        } else {
            files.push_back(arg);
        }
    }
    if (files.empty()) {
        std::cerr << "scalelab check: no scenario file given\n" << kCheckUsage;
        return 2;
    }
    std::vector<GoalFileResult> results;
    bool all = true;
    for (const std::string &file : files) {
        results.push_back(checkFile(file));
        all = all && results.back().met();
    }
    if (json && *json == "-") {
        writeGoalJson(std::cout, results);
    } else {
        if (json) {
            std::ofstream out(*json);
            if (out)
                writeGoalJson(out, results);
            if (!out) {
                std::cerr << "scalelab check: cannot write '" << *json << "'\n";
                return 2;
            }
        }
        writeGoalReport(std::cout, results);
    }
    return all ? 0 : 1;
}

} // namespace scalelab
