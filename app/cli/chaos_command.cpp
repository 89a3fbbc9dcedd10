// `scalelab chaos FILE.yaml`: fails each component of the design in turn (one run per
// component, in parallel, the same seed) and says whether the SLO held in the window after
// the failure. Exit 0 only when every row holds.
#include "cli/cli_args.h"
#include "cli/commands.h"
#include "cli/usage.h"
#include "scenario/scenario_io.h"
#include "sim/chaos.h"

#include <QCoreApplication>

#include <cmath>
#include <cstdio>
#include <iostream>
#include <optional>
#include <sstream>
#include <string>

namespace scalelab {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("scalelab::ChaosCommand", text);
}

struct ChaosOptions {
    std::string file;
    std::optional<std::string> json;
    ChaosSettings settings;
    std::optional<double> sloP99;
    std::optional<double> sloAvailability;
    int jobs = ParallelRuns::defaultJobs();
};

std::optional<QString> parseArgs(int argc, char **argv, ChaosOptions &o)
{
    for (int i = 1; i < argc; ++i) {
        const std::string arg = argv[i];
        const bool takesValue = arg == "--json" || arg == "--at" || arg == "--window" ||
                                arg == "--jobs" || arg == "--seed" || arg == "--slo-p99-ms" ||
                                arg == "--slo-availability";
        if (takesValue) {
            if (i + 1 >= argc)
                return tr("%1 needs a value").arg(QString::fromStdString(arg));
            const char *v = argv[++i];
            double number = 0;
            if (arg == "--json") {
                o.json = v;
            } else if (arg == "--jobs") {
                if (!cli::parseJobs(v, o.jobs))
                    return tr("--jobs: must be a whole number from 1 to %1")
                        .arg(ParallelRuns::kMaxJobs);
            } else if (arg == "--seed") {
                if (std::uint64_t seed = 0; cli::parseSeed(v, seed))
                    o.settings.seed = seed;
                else
                    return tr("--seed: must be a whole number from 0 to 2^64-1");
            } else if (!cli::parseNumber(v, number)) {
                return tr("%1: '%2' is not a number")
                    .arg(QString::fromStdString(arg), QString::fromLocal8Bit(v));
            } else if (arg == "--at") {
                o.settings.at_s = number;
            } else if (arg == "--window") {
                if (!(number > 0))
                    return tr("--window: must be above 0 seconds");
                o.settings.window_s = number;
            } else if (arg == "--slo-p99-ms") {
                if (!(number > 0))
                    return tr("--slo-p99-ms: must be above 0");
                o.sloP99 = number;
            } else {
                if (number < 0 || number > 1)
                    return tr("--slo-availability: must be a fraction from 0 to 1 (0.999 for "
                              "99.9 %)");
                o.sloAvailability = number;
            }
        } else if (!arg.empty() && arg[0] == '-') {
            return tr("unknown option '%1'").arg(QString::fromStdString(arg));
        } else if (o.file.empty()) {
            o.file = arg;
        } else {
            return tr("more than one scenario file given ('%1' and '%2')")
                .arg(QString::fromStdString(o.file), QString::fromStdString(arg));
        }
    }
    if (o.file.empty())
        return tr("no scenario file given");
    return std::nullopt;
}

std::string percent(double fraction)
{
    if (!std::isfinite(fraction))
        return "-";
    char text[32];
    std::snprintf(text, sizeof text, "%.3f %%", 100.0 * fraction);
    return text;
}

std::string milliseconds(double ms)
{
    if (!std::isfinite(ms))
        return "-";
    char text[32];
    std::snprintf(text, sizeof text, "%.1f", ms);
    return text;
}

QString verdict(const ChaosRow &r)
{
    if (!r.error.empty())
        return tr("error: %1").arg(QString::fromStdString(r.error));
    if (!r.finished)
        return tr("not run");
    if (r.sloHeld())
        return tr("held");
    if (!r.availabilityHeld && !r.p99Held)
        return tr("FAILED (availability, p99)");
    return r.availabilityHeld ? tr("FAILED (p99)") : tr("FAILED (availability)");
}

void writeTable(std::ostream &out, const std::string &name, const ChaosPlan &plan,
                const std::vector<ChaosRow> &rows)
{
    out << tr("Chaos test of %1: each component fails at %2 s and stays down; measured from "
              "%2 s to %3 s")
               .arg(QString::fromStdString(name))
               .arg(plan.at_s)
               .arg(plan.at_s + plan.window_s)
               .toStdString()
        << "\n"
        << tr("SLO: p99 at most %1 ms, availability at least %2")
               .arg(plan.slo.p99_ms)
               .arg(QString::fromStdString(percent(plan.slo.availability)))
               .toStdString()
        << "\n\n";
    char line[256];
    std::snprintf(line, sizeof line, "%-24s %-14s %14s %12s  %s\n",
                  tr("component").toStdString().c_str(), tr("kind").toStdString().c_str(),
                  tr("availability").toStdString().c_str(), tr("p99 (ms)").toStdString().c_str(),
                  tr("SLO").toStdString().c_str());
    out << line;
    std::string failing;
    int held = 0;
    for (std::size_t i = 0; i < rows.size(); ++i) {
        const ChaosRow &r = rows[i];
        const std::string who = i == 0 ? tr("(none: baseline)").toStdString() : r.component;
        std::snprintf(line, sizeof line, "%-24s %-14s %14s %12s  %s\n", who.c_str(), r.kind.c_str(),
                      percent(r.availability).c_str(), milliseconds(r.p99_ms).c_str(),
                      verdict(r).toStdString().c_str());
        out << line;
        if (i > 0 && r.finished && r.sloHeld())
            ++held;
        if (i > 0 && r.finished && !r.sloHeld())
            failing += (failing.empty() ? "" : ", ") + r.component;
    }
    out << "\n"
        << tr("%1 of %2 failures survived within the SLO.")
               .arg(held)
               .arg(rows.empty() ? 0 : rows.size() - 1)
               .toStdString()
        << "\n";
    if (!rows.empty() && rows.front().finished && !rows.front().sloHeld())
        out << tr("The design misses its SLO even with nothing failed: every row is judged "
                  "against a target it does not meet.")
                   .toStdString()
            << "\n";
    if (!failing.empty())
        out << tr("Single points of failure (the SLO did not hold without them): %1")
                   .arg(QString::fromStdString(failing))
                   .toStdString()
            << "\n";
}

} // namespace

int chaosCommand(int argc, char **argv)
{
    ChaosOptions options;
    if (auto error = parseArgs(argc, argv, options)) {
        std::cerr << "scalelab chaos: " << error->toStdString() << "\n" << usage::synopsis("chaos");
        return 2;
    }
    const LoadResult loaded = loadScenarioFile(options.file);
    if (!loaded.ok()) {
        std::cerr << loaded.message() << "\n";
        return 2;
    }
    const Scenario &scenario = *loaded.scenario;
    if (options.sloP99 || options.sloAvailability) {
        Slo slo = scenario.slo.value_or(Slo{});
        slo.p99_ms = options.sloP99.value_or(slo.p99_ms);
        slo.availability = options.sloAvailability.value_or(slo.availability);
        options.settings.slo = slo;
    }
    const ChaosPlan plan = planChaos(scenario, options.settings);
    if (!plan.problem.empty()) {
        std::cerr << "scalelab chaos: " << options.file << ": " << plan.problem << "\n";
        return 2;
    }
    ChaosTest test(scenario, plan, options.jobs);
    const bool finished = cli::follow(test, "scalelab chaos");
    const std::vector<ChaosRow> rows = test.rows();
    if (!finished)
        std::cerr
            << tr("scalelab chaos: interrupted; the rows not finished are marked so").toStdString()
            << "\n";
    bool all = true;
    for (const ChaosRow &r : rows)
        all = all && r.finished && r.sloHeld();
    if (options.json) {
        std::ostringstream json;
        writeChaosJson(json, scenario.name, plan, rows);
        if (!cli::writeOutput("chaos", *options.json, json.str()))
            return 2;
    }
    if (!options.json || *options.json != "-") {
        std::ostringstream table;
        writeTable(table, scenario.name.empty() ? options.file : scenario.name, plan, rows);
        std::cout << table.str();
    }
    std::cout.flush();
    if (!finished)
        return InterruptGuard::kExitCode;
    return all ? 0 : 1;
}

} // namespace scalelab
