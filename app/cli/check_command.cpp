// `scalelab check FILE.yaml… [--json PATH|-]`: headless grading for a class. Runs each file,
// prints each goal's verdict and figure; exit 0 only when every goal of every file is met.
#include "atomic_file.h"
#include "cli/commands.h"
#include "cli/progress.h"
#include "scenario/scenario_io.h"
#include "sim/goal_report.h"
#include "sim/goal_tracker.h"

#include <iostream>
#include <optional>
#include <sstream>
#include <string>
#include <vector>

namespace scalelab {

namespace {

const char *kCheckUsage = "usage: scalelab check FILE.yaml... [--json PATH|-]\n"
                          "  exit 0: every goal of every file met; 1: some goal not met (or a\n"
                          "  file has no goals or does not load); 2: bad arguments\n";

/// Runs one file; false when Ctrl+C stopped it (its verdicts so far are kept).
bool checkFile(const std::string &file, const InterruptGuard &interrupt, ProgressBar &progress,
               double done, double files, GoalFileResult &f)
{
    f.file = file;
    const LoadResult loaded = loadScenarioFile(file);
    if (!loaded.ok()) {
        f.error = loaded.message();
        return true;
    }
    f.name = loaded.scenario->name;
    f.goals = loaded.scenario->goals;
    if (f.goals.empty())
        return true;
    bool stopped = false;
    f.status = evaluateGoals(*loaded.scenario, nullptr, [&](double fraction) {
        progress.update((done + fraction) / files);
        stopped = interrupt.raised();
        return !stopped;
    });
    return !stopped;
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
    bool finished = true;
    {
        const InterruptGuard interrupt;
        ProgressBar progress("scalelab check");
        for (std::size_t i = 0; i < files.size() && finished; ++i) {
            results.emplace_back();
            finished = checkFile(files[i], interrupt, progress, static_cast<double>(i),
                                 static_cast<double>(files.size()), results.back());
            all = all && results.back().met();
        }
    }
    if (!finished)
        std::cerr << "scalelab check: interrupted in " << results.back().file
                  << "; the report covers the files so far (goals not judged yet are pending)\n";
    if (json && *json == "-") {
        writeGoalJson(std::cout, results);
    } else {
        if (json) {
            std::ostringstream text;
            writeGoalJson(text, results);
            const std::string bytes = text.str();
            const QString error = atomic_file::writeBytes(
                QString::fromLocal8Bit(json->c_str()),
                QByteArray(bytes.data(), static_cast<qsizetype>(bytes.size())));
            if (!error.isEmpty()) {
                std::cerr << "scalelab check: " << error.toStdString() << "\n";
                return 2;
            }
        }
        writeGoalReport(std::cout, results);
    }
    if (!finished)
        return InterruptGuard::kExitCode;
    return all ? 0 : 1;
}

} // namespace scalelab
