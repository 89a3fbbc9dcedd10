// `scalelab run`: simulate a scenario without a window and report what it measured.
#include "cli/commands.h"
#include "scenario/number_text.h"
#include "scenario/scenario_io.h"
#include "sim/simulation.h"

#include <chrono>
#include <cmath>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <iostream>
#include <new>
#include <optional>
#include <string>

namespace scalelab {

namespace {

const char *kRunUsage =
    "usage: scalelab run FILE.yaml [--seed N] [--duration S] [--warmup S] [--json PATH|-]\n"
    "                  [--timeseries FILE.csv]\n";

struct RunOptions {
    std::string file;
    std::optional<std::uint64_t> seed;
    std::optional<double> duration;
    std::optional<double> warmup;
    std::optional<std::string> json;
    std::optional<std::string> series;
};

bool parseNumber(const char *text, double &out)
{
    char *end = nullptr;
    out = std::strtod(text, &end);
    return end != text && *end == '\0' && std::isfinite(out);
}

/// Returns an error message, or nothing when the arguments are fine.
std::optional<std::string> parseArgs(int argc, char **argv, RunOptions &o)
{
    for (int i = 1; i < argc; ++i) {
        const std::string arg = argv[i];
        auto value = [&]() -> const char * { return i + 1 < argc ? argv[++i] : nullptr; };
        if (arg == "--seed" || arg == "--duration" || arg == "--warmup" || arg == "--json" ||
            arg == "--timeseries") {
            const char *v = value();
            if (!v)
                return arg + " needs a value";
            double number = 0;
            if (arg == "--json") {
                o.json = v;
            } else if (arg == "--timeseries") {
                o.series = v;
            } else if (!parseNumber(v, number)) {
                return arg + ": '" + v + "' is not a number";
            } else if (arg == "--seed") {
                if (number < 0 || number != std::floor(number) || number > 1.8e19)
                    return "--seed: must be a whole number from 0 to 2^64-1";
                o.seed = std::strtoull(v, nullptr, 10);
            } else if (arg == "--duration") {
                if (!(number > 0) || number > 1e7)
                    return "--duration: must be above 0 and at most 10000000 seconds";
                o.duration = number;
            } else {
                if (number < 0)
                    return "--warmup: must not be negative";
                o.warmup = number;
            }
        } else if (!arg.empty() && arg[0] == '-') {
            return "unknown option '" + arg + "'";
        } else if (o.file.empty()) {
            o.file = arg;
        } else {
            return "more than one scenario file given ('" + o.file + "' and '" + arg + "')";
        }
    }
    if (o.file.empty())
        return "no scenario file given";
    return std::nullopt;
}

/// Why the warm-up does not fit the run, at the warm-up's place in the file, naming
/// --warmup with a value that fits.
std::string warmupRefusal(const RunOptions &options, const LoadResult &loaded,
                          const RunSettings &run)
{
    const double suggestion = std::floor(run.duration_s / 5.0 * 10.0) / 10.0;
    const std::string fix = "give a shorter one with --warmup, e.g. --warmup " +
                            numberText(suggestion > 0 ? suggestion : 0.0);
    const std::string runText =
        numberText(run.duration_s) + " s" + (options.duration ? ", set by --duration" : "");
    if (options.warmup)
        return "scalelab run: --warmup " + numberText(run.warmup_s) +
               " must be shorter than the run (" + runText + "); " + fix;
    std::string where = options.file;
    if (const auto at = loaded.positionOf("run.warmup_s"))
        where += ":" + std::to_string(at->first) + ":" + std::to_string(at->second);
    const bool given = loaded.positions.count("run.warmup_s") > 0;
    return where + ": run.warmup_s: the " + (given ? "" : "default ") + "warm-up (" +
           numberText(run.warmup_s) + " s) must be shorter than the run (" + runText + "); " + fix;
}

bool writeSeries(const std::string &path, const Simulation &sim)
{
    std::ofstream out(path);
    if (out)
        sim.timeSeries().writeCsv(out);
    if (!out) {
        std::cerr << "scalelab run: cannot write '" << path << "'\n";
        return false;
    }
    return true;
}

} // namespace

int runCommand(int argc, char **argv)
{
    RunOptions options;
    if (auto error = parseArgs(argc, argv, options)) {
        std::cerr << "scalelab run: " << *error << "\n" << kRunUsage;
        return 1;
    }
    LoadResult loaded = loadScenarioFile(options.file);
    if (!loaded.ok()) {
        std::cerr << loaded.message() << "\n";
        return 2;
    }
    Scenario scenario = *loaded.scenario;
    if (options.duration)
        scenario.run.duration_s = *options.duration;
    if (options.warmup)
        scenario.run.warmup_s = *options.warmup;
    if (scenario.run.warmup_s >= scenario.run.duration_s) {
        std::cerr << warmupRefusal(options, loaded, scenario.run) << "\n";
        return 2;
    }

    RunResult result;
    // The kernel bounds the requests it holds; should memory still run out, say so.
    try {
        Simulation sim(scenario, options.seed);
        sim.setRecordTimeSeries(options.series.has_value());
        const auto start = std::chrono::steady_clock::now();
        sim.run();
        const auto stop = std::chrono::steady_clock::now();
        result = sim.result();
        result.name = scenario.name;
        result.wallS = std::chrono::duration<double>(stop - start).count();
        if (options.series && !writeSeries(*options.series, sim))
            return 1;
    } catch (const std::bad_alloc &) {
        std::cerr << "scalelab run: " << options.file
                  << ": not enough memory to simulate this design\n";
        return 3;
    }

    if (options.json && *options.json == "-") {
        writeJson(std::cout, result);
    } else {
        if (options.json) {
            std::ofstream out(*options.json);
            if (out)
                writeJson(out, result);
            if (!out) {
                std::cerr << "scalelab run: cannot write '" << *options.json << "'\n";
                return 1;
            }
        }
        writeReport(std::cout, result);
    }
    return 0;
}

} // namespace scalelab
