// `scalelab snapshot FILE.yaml --at SECONDS -o shot.png [--size 1600x900]`: simulate to a
// time and render the whole window (canvas with requests in flight, charts, event log)
// with no display. The run is synchronous: frames are built once per simulated second,
// as the live view would receive them, so the charts carry the history up to that time.
#include "atomic_file.h"
#include "cli/commands.h"
#include "cli/headless_app.h"
#include "cli/headless_window.h"
#include "cli/progress.h"
#include "cli/usage.h"
#include "scenario/scenario_io.h"

#include <QImage>
#include <QSize>

#include <cmath>
#include <cstdlib>
#include <iostream>
#include <optional>
#include <string>

namespace scalelab {

namespace {

struct SnapshotOptions {
    std::string file;
    double at = -1;
    std::string out;
    QSize size{1600, 900};
    std::vector<TimedFailure> failures;
    bool presenter = false;
    int step = 1;
    bool sized = false;
};

std::optional<std::string> parseArgs(int argc, char **argv, SnapshotOptions &o)
{
    for (int i = 1; i < argc; ++i) {
        const std::string arg = argv[i];
        const char *v = (i + 1 < argc) ? argv[i + 1] : nullptr;
        auto needValue = [&]() -> std::optional<std::string> {
            if (!v)
                return arg + " needs a value";
            ++i;
            return std::nullopt;
        };
        if (arg == "--at") {
            if (auto e = needValue())
                return e;
            char *end = nullptr;
            o.at = std::strtod(v, &end);
            if (end == v || *end != '\0' || !std::isfinite(o.at) || o.at < 0 || o.at > 1e6)
                return "--at: '" + std::string(v) + "' is not a time from 0 to 1000000 seconds";
        } else if (arg == "-o" || arg == "--output") {
            if (auto e = needValue())
                return e;
            o.out = v;
        } else if (arg == "--size") {
            if (auto e = needValue())
                return e;
            if (auto e = parseSize(v, QSize(320, 240), o.size))
                return e;
            o.sized = true;
        } else if (arg == "--presenter") {
            o.presenter = true;
        } else if (arg == "--step") {
            if (auto e = needValue())
                return e;
            char *end = nullptr;
            const long n = std::strtol(v, &end, 10);
            if (end == v || *end != '\0' || n < 1 || n > 1000)
                return "--step: '" + std::string(v) + "' is not a step number from 1";
            o.step = static_cast<int>(n);
        } else if (arg == "--fail") {
            if (auto e = needValue())
                return e;
            TimedFailure failure;
            if (auto e = parseFailure(v, failure))
                return e;
            o.failures.push_back(failure);
        } else if (!arg.empty() && arg[0] == '-') {
            return "unknown option '" + arg + "'";
        } else if (o.file.empty()) {
            o.file = arg;
        } else {
            return "more than one scenario file given";
        }
    }
    if (o.file.empty())
        return "no scenario file given";
    if (o.at < 0 && !o.presenter)
        return "--at SECONDS is required";
    if (o.step != 1 && !o.presenter)
        return "--step applies to --presenter only";
    if (o.out.empty())
        return "-o FILE.png is required";
    return std::nullopt;
}

} // namespace

int snapshotCommand(int argc, char **argv)
{
    SnapshotOptions o;
    if (const auto error = parseArgs(argc, argv, o)) {
        std::cerr << "scalelab snapshot: " << *error << '\n' << usage::synopsis("snapshot");
        return 2;
    }
    const LoadResult loaded = loadScenarioFile(o.file);
    if (!loaded.ok()) {
        std::cerr << loaded.message() << '\n';
        return 2;
    }
    HeadlessApp headless(argv[0], HeadlessApp::Settings::Private);
    if (o.presenter && !o.sized)
        o.size = QSize(1920, 1080);
    if (o.at < 0)
        o.at = loaded.scenario->run.duration_s;

    HeadlessWindow window(*loaded.scenario, {.size = o.size,
                                             .failures = o.failures,
                                             .presenter = o.presenter,
                                             .step = o.step,
                                             .canvasOnly = false});
    if (o.step > window.stepCount()) {
        std::cerr << "scalelab snapshot: --step " << o.step << ": the design has "
                  << window.stepCount() << " reveal step(s)\n";
        return 2;
    }
    {
        ProgressBar progress("scalelab snapshot");
        window.advanceTo(o.at, [&progress](double f) { progress.update(f); });
    }
    window.fit();
    const QImage image = window.render();
    const QString error =
        atomic_file::write(QString::fromLocal8Bit(o.out.c_str()),
                           [&image](QIODevice &out) { return image.save(&out, "PNG"); });
    if (!error.isEmpty()) {
        std::cerr << "scalelab snapshot: " << error.toStdString() << '\n';
        return 1;
    }
    std::cout << "wrote " << o.out << " (" << o.size.width() << 'x' << o.size.height()
              << ", t = " << o.at << " s";
    if (o.presenter)
        std::cout << ", step " << o.step << " of " << window.stepCount();
    std::cout << ")\n";
    return 0;
}

} // namespace scalelab
