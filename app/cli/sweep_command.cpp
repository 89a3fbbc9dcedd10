// `scalelab sweep FILE.yaml --rate FROM..TO --steps N`: the capacity curve of a design —
// one run per offered load, in parallel — with the M/M/c prediction where it applies.
#include "cli/cli_args.h"
#include "cli/commands.h"
#include "cli/usage.h"
#include "scenario/scenario_io.h"
#include "sim/sweep.h"

#include <QCoreApplication>

#include <cmath>
#include <cstdio>
#include <cstring>
#include <iostream>
#include <optional>
#include <sstream>
#include <string>

namespace scalelab {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("scalelab::SweepCommand", text);
}

struct SweepOptions {
    std::string file;
    std::optional<std::string> csv;
    SweepSettings settings;
    bool rateGiven = false;
    int jobs = ParallelRuns::defaultJobs();
};

bool parseRange(const char *text, double &from, double &to)
{
    const char *dots = std::strstr(text, "..");
    if (!dots)
        return false;
    const std::string first(text, dots);
    return cli::parseNumber(first.c_str(), from) && cli::parseNumber(dots + 2, to);
}

std::optional<QString> parseArgs(int argc, char **argv, SweepOptions &o)
{
    for (int i = 1; i < argc; ++i) {
        const std::string arg = argv[i];
        if (arg == "--log") {
            o.settings.log = true;
            continue;
        }
        const bool takesValue = arg == "--rate" || arg == "--steps" || arg == "--csv" ||
                                arg == "--jobs" || arg == "--duration" || arg == "--seed";
        if (takesValue) {
            if (i + 1 >= argc)
                return tr("%1 needs a value").arg(QString::fromStdString(arg));
            const char *v = argv[++i];
            long long whole = 0;
            double number = 0;
            if (arg == "--rate") {
                if (!parseRange(v, o.settings.from_rps, o.settings.to_rps))
                    return tr("--rate: expected FROM..TO in requests per second, like "
                              "10..1000000, got '%1'")
                        .arg(QString::fromLocal8Bit(v));
                o.rateGiven = true;
            } else if (arg == "--steps") {
                if (!cli::parseInteger(v, 2, SweepSettings::kMaxSteps, whole))
                    return tr("--steps: must be a whole number from 2 to %1")
                        .arg(SweepSettings::kMaxSteps);
                o.settings.steps = static_cast<int>(whole);
            } else if (arg == "--csv") {
                o.csv = v;
            } else if (arg == "--jobs") {
                if (!cli::parseJobs(v, o.jobs))
                    return tr("--jobs: must be a whole number from 1 to %1")
                        .arg(ParallelRuns::kMaxJobs);
            } else if (arg == "--seed") {
                if (std::uint64_t seed = 0; cli::parseSeed(v, seed))
                    o.settings.seed = seed;
                else
                    return tr("--seed: must be a whole number from 0 to 2^64-1");
            } else {
                if (!cli::parseNumber(v, number) || !(number > 0))
                    return tr("--duration: must be a number of seconds above 0");
                o.settings.duration_s = number;
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
    if (!o.rateGiven)
        return tr("--rate FROM..TO is required");
    return std::nullopt;
}

std::string cell(double v, const char *format)
{
    if (!std::isfinite(v))
        return "-";
    char text[32];
    std::snprintf(text, sizeof text, format, v);
    return text;
}

void writeTable(std::ostream &out, const std::string &name, const SweepPlan &plan,
                const std::vector<SweepPoint> &points)
{
    out << tr("Capacity curve of %1: %2 levels, %3 s each (measured after %4 s)")
               .arg(QString::fromStdString(name))
               .arg(plan.levels.size())
               .arg(plan.duration_s)
               .arg(plan.warmup_s)
               .toStdString()
        << "\n";
    if (plan.theory)
        out << tr("Theory: %1 is an M/M/%2 station (mu = %3 per second per worker); the "
                  "prediction is in brackets")
                   .arg(QString::fromStdString(plan.theory->station))
                   .arg(plan.theory->capacity >= plan.theory->servers
                            ? QString::number(plan.theory->servers) + "/" +
                                  QString::number(plan.theory->capacity)
                            : QString::number(plan.theory->servers))
                   .arg(plan.theory->mu, 0, 'g', 6)
                   .toStdString()
            << "\n";
    else
        out << tr("No M/M/c prediction: %1")
                   .arg(QString::fromStdString(plan.noTheory))
                   .toStdString()
            << "\n";
    char line[320];
    std::snprintf(line, sizeof line, "\n%12s %12s %11s %10s %10s %10s %20s %10s\n",
                  tr("offered/s").toStdString().c_str(), tr("served/s").toStdString().c_str(),
                  tr("available").toStdString().c_str(), tr("p50 ms").toStdString().c_str(),
                  tr("p95 ms").toStdString().c_str(), tr("p99 ms").toStdString().c_str(),
                  (plan.theory ? tr("mean ms [theory]") : tr("mean ms")).toStdString().c_str(),
                  tr("$/hour").toStdString().c_str());
    out << line;
    for (const SweepPoint &p : points) {
        std::string mean = cell(p.mean_ms, "%.2f");
        if (plan.theory)
            mean += " [" + cell(p.theory_mean_ms, "%.2f") + "]";
        if (!p.error.empty())
            mean = tr("error: %1").arg(QString::fromStdString(p.error)).toStdString();
        else if (!p.finished)
            mean = tr("not run").toStdString();
        std::snprintf(line, sizeof line, "%12s %12s %11s %10s %10s %10s %20s %10s\n",
                      cell(p.offered_rps, "%.1f").c_str(), cell(p.throughput_rps, "%.1f").c_str(),
                      cell(100 * p.availability, "%.3f%%").c_str(), cell(p.p50_ms, "%.2f").c_str(),
                      cell(p.p95_ms, "%.2f").c_str(), cell(p.p99_ms, "%.2f").c_str(), mean.c_str(),
                      cell(p.cost_per_hour, "%.2f").c_str());
        out << line;
    }
}

} // namespace

int sweepCommand(int argc, char **argv)
{
    SweepOptions options;
    if (auto error = parseArgs(argc, argv, options)) {
        std::cerr << "scalelab sweep: " << error->toStdString() << "\n" << usage::synopsis("sweep");
        return 2;
    }
    const LoadResult loaded = loadScenarioFile(options.file);
    if (!loaded.ok()) {
        std::cerr << loaded.message() << "\n";
        return 2;
    }
    const Scenario &scenario = *loaded.scenario;
    const SweepPlan plan = planSweep(scenario, options.settings);
    if (!plan.problem.empty()) {
        std::cerr << "scalelab sweep: " << options.file << ": " << plan.problem << "\n";
        return 2;
    }
    CapacitySweep sweep(scenario, plan, options.jobs);
    const bool finished = cli::follow(sweep, "scalelab sweep");
    const std::vector<SweepPoint> points = sweep.points();
    if (!finished)
        std::cerr << tr("scalelab sweep: interrupted; the levels not finished are marked so")
                         .toStdString()
                  << "\n";
    bool errors = false;
    for (const SweepPoint &p : points)
        errors = errors || !p.error.empty();
    if (options.csv) {
        std::ostringstream csv;
        writeSweepCsv(csv, points);
        if (!cli::writeOutput("sweep", *options.csv, csv.str()))
            return 1;
    }
    if (!options.csv || *options.csv != "-") {
        std::ostringstream table;
        writeTable(table, scenario.name.empty() ? options.file : scenario.name, plan, points);
        std::cout << table.str();
    }
    std::cout.flush();
    if (!finished)
        return InterruptGuard::kExitCode;
    return errors ? 1 : 0;
}

} // namespace scalelab
