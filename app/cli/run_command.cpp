// `scalelab run`: simulate a scenario without a window and report what it measured.
#include "cli/cli_args.h"
#include "cli/commands.h"
#include "cli/progress.h"
#include "cli/usage.h"
#include "scenario/number_text.h"
#include "scenario/scenario_io.h"
#include "sim/simulation.h"

#include <QCoreApplication>

#include <chrono>
#include <cmath>
#include <cstdlib>
#include <cstring>
#include <iostream>
#include <new>
#include <optional>
#include <sstream>
#include <string>

namespace scalelab {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("scalelab::RunCommand", text);
}

QString q(const std::string &s)
{
    return QString::fromStdString(s);
}

struct RunOptions {
    std::string file;
    std::optional<std::uint64_t> seed;
    std::optional<double> duration;
    std::optional<double> warmup;
    std::optional<std::string> json;
    std::optional<std::string> series;
};

/// Returns an error message, or nothing when the arguments are fine.
std::optional<QString> parseArgs(int argc, char **argv, RunOptions &o)
{
    for (int i = 1; i < argc; ++i) {
        const std::string arg = argv[i];
        auto value = [&]() -> const char * { return i + 1 < argc ? argv[++i] : nullptr; };
        if (arg == "--seed" || arg == "--duration" || arg == "--warmup" || arg == "--json" ||
            arg == "--timeseries") {
            const char *v = value();
            if (!v)
                return tr("%1 needs a value").arg(q(arg));
            double number = 0;
            if (arg == "--json") {
                o.json = v;
            } else if (arg == "--timeseries") {
                o.series = v;
            } else if (!cli::parseNumber(v, number)) {
                return tr("%1: '%2' is not a number").arg(q(arg), QString::fromLocal8Bit(v));
            } else if (arg == "--seed") {
                if (number < 0 || number != std::floor(number) || number > 1.8e19)
                    return tr("--seed: must be a whole number from 0 to 2^64-1");
                o.seed = std::strtoull(v, nullptr, 10);
            } else if (arg == "--duration") {
                if (!(number > 0) || number > 1e7)
                    return tr("--duration: must be above 0 and at most 10000000 seconds");
                o.duration = number;
            } else {
                if (number < 0)
                    return tr("--warmup: must not be negative");
                o.warmup = number;
            }
        } else if (!arg.empty() && arg[0] == '-') {
            return tr("unknown option '%1'").arg(q(arg));
        } else if (o.file.empty()) {
            o.file = arg;
        } else {
            return tr("more than one scenario file given ('%1' and '%2')").arg(q(o.file), q(arg));
        }
    }
    if (o.file.empty())
        return tr("no scenario file given");
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

/// Runs to the end of the scenario, or until Ctrl+C, drawing the progress on a terminal.
/// Event by event, like Simulation::run(), so the numbers are those of an undisturbed run.
/// Returns false when interrupted.
bool simulate(Simulation &sim, double duration)
{
    constexpr int kEventsBetweenChecks = 4096;
    const InterruptGuard interrupt;
    ProgressBar progress("scalelab run");
    for (bool more = true; more;) {
        for (int i = 0; i < kEventsBetweenChecks && (more = sim.step()); ++i) {
        }
        if (interrupt.raised())
            return false;
        progress.update(sim.now() / duration);
    }
    sim.runUntil(duration); // no events left before the end: only moves the clock there
    return true;
}

bool writeText(const std::string &path, const std::string &text)
{
    return cli::writeOutput("run", path, text);
}

} // namespace

int runCommand(int argc, char **argv)
{
    RunOptions options;
    if (auto error = parseArgs(argc, argv, options)) {
        std::cerr << "scalelab run: " << error->toStdString() << "\n" << usage::synopsis("run");
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
    bool finished = true;
    // The kernel bounds the requests it holds; should memory still run out, say so.
    try {
        Simulation sim(scenario, options.seed);
        sim.setRecordTimeSeries(options.series.has_value());
        const auto start = std::chrono::steady_clock::now();
        finished = simulate(sim, scenario.run.duration_s);
        const auto stop = std::chrono::steady_clock::now();
        result = sim.result();
        result.name = scenario.name;
        result.wallS = std::chrono::duration<double>(stop - start).count();
        if (!finished) {
            const QString when = sim.now() < scenario.run.warmup_s
                                     ? tr(" (still in the warm-up: nothing measured yet)")
                                     : QString();
            std::cerr << tr("scalelab run: interrupted at t = %1 s of %2 s; the report covers "
                            "the time simulated so far%3")
                             .arg(sim.now(), 0, 'f', 1)
                             .arg(scenario.run.duration_s)
                             .arg(when)
                             .toStdString()
                      << "\n";
        }
        if (options.series) {
            std::ostringstream csv;
            sim.timeSeries().writeCsv(csv);
            if (!writeText(*options.series, csv.str()))
                return 1;
        }
    } catch (const std::bad_alloc &) {
        std::cerr << tr("scalelab run: %1: not enough memory to simulate this design")
                         .arg(q(options.file))
                         .toStdString()
                  << "\n";
        return 3;
    }

    if (options.json && *options.json == "-") {
        writeJson(std::cout, result);
    } else {
        if (options.json) {
            std::ostringstream json;
            writeJson(json, result);
            if (!writeText(*options.json, json.str()))
                return 1;
        }
        writeReport(std::cout, result);
    }
    std::cout.flush();
    return finished ? 0 : InterruptGuard::kExitCode;
}

} // namespace scalelab
