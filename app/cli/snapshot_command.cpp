// `scalelab snapshot FILE.yaml --at SECONDS -o shot.png [--size 1600x900]`: simulate to a
// time and render the whole window (canvas with requests in flight, charts, event log)
// with no display. The run is synchronous: frames are built once per simulated second,
// as the live view would receive them, so the charts carry the history up to that time.
#include "atomic_file.h"
#include "canvas/canvas_view.h"
#include "cli/commands.h"
#include "cli/headless_app.h"
#include "cli/progress.h"
#include "cli/usage.h"
#include "run/run_controller.h"
#include "run/simulation_thread.h"
#include "scenario/scenario_io.h"
#include "sim/frame_builder.h"
#include "sim/goal_tracker.h"
#include "sim/simulation.h"
#include "window/live_view.h"
#include "window/main_window.h"
#include "window/presenter_mode.h"

#include <QApplication>
#include <QImage>
#include <QPainter>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <iostream>
#include <memory>
#include <optional>
#include <string>

namespace scalelab {

namespace {

struct SnapshotOptions {
    std::string file;
    double at = -1;
    std::string out;
    int width = 1600;
    int height = 900;
    std::vector<std::pair<std::string, double>> failures;
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
            if (std::sscanf(v, "%dx%d", &o.width, &o.height) != 2 || o.width < 320 ||
                o.height < 240 || o.width > 8000 || o.height > 8000)
                return "--size: '" + std::string(v) +
                       "' is not WIDTHxHEIGHT (320x240 to 8000x8000)";
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
            const std::string spec = v;
            const auto atSign = spec.rfind('@');
            char *end = nullptr;
            const double t =
                atSign == std::string::npos ? 0.0 : std::strtod(spec.c_str() + atSign + 1, &end);
            if (atSign == std::string::npos || atSign == 0 || *end != '\0' || !(t >= 0))
                return "--fail: '" + spec + "' is not COMPONENT@SECONDS";
            o.failures.emplace_back(spec.substr(0, atSign), t);
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

/// Runs the scenario to `at`, showing a frame per simulated second (and the last one at
/// `at` exactly), with the hand-made failures applied at their times.
void simulateInto(LiveView *live, const Scenario &scenario, const SnapshotOptions &o)
{
    Simulation sim(scenario);
    sim.setRecordTimeSeries(true);
    FrameBuilder builder;
    std::vector<std::string> order;
    for (const Component &c : scenario.components)
        order.push_back(c.id);
    builder.setComponentOrder(order);
    GoalTracker goals(scenario);
    auto frameNow = [&] {
        goals.observe(sim);
        auto frame = std::make_shared<Frame>(builder.build(sim));
        frame->goals = goals.status();
        return std::shared_ptr<const Frame>(std::move(frame));
    };
    auto failures = o.failures;
    std::sort(failures.begin(), failures.end(),
              [](const auto &a, const auto &b) { return a.second < b.second; });
    std::size_t nextFailure = 0;
    live->controller()->showFrame(frameNow());
    ProgressBar progress("scalelab snapshot");
    double t = 0;
    while (t < o.at) {
        progress.update(t / o.at);
        t = std::min(o.at, std::floor(t) + 1.0);
        while (nextFailure < failures.size() && failures[nextFailure].second <= t) {
            sim.runUntil(failures[nextFailure].second);
            sim.failComponent(failures[nextFailure].first);
            ++nextFailure;
        }
        sim.runUntil(t);
        live->controller()->showFrame(frameNow());
    }
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
    if (o.presenter && !o.sized) {
        o.width = 1920;
        o.height = 1080;
    }
    if (o.at < 0)
        o.at = loaded.scenario->run.duration_s;

    std::unique_ptr<PresenterMode> presenter;
    std::unique_ptr<MainWindow> editor;
    MainWindow *window = nullptr;
    Scenario shown = *loaded.scenario;
    if (o.presenter) {
        presenter = std::make_unique<PresenterMode>(*loaded.scenario, false);
        if (o.step > presenter->stepCount()) {
            std::cerr << "scalelab snapshot: --step " << o.step << ": the design has "
                      << presenter->stepCount() << " reveal step(s)\n";
            return 2;
        }
        presenter->showStep(o.step);
        shown = PresenterMode::revealed(*loaded.scenario, o.step);
        window = presenter->window();
    } else {
        editor = std::make_unique<MainWindow>();
        window = editor.get();
        window->setDialogsEnabled(false);
        window->openUntitled(shown);
    }
    LiveView *live = LiveView::of(window);
    window->resize(o.width, o.height);
    window->show();
    // Let the run thread load the design and its t = 0 frame arrive before ours.
    live->controller()->simulation()->waitForCommands();
    QApplication::processEvents();

    simulateInto(live, shown, o);
    QApplication::processEvents();
    if (presenter)
        presenter->fit();
    else
        window->view()->fitToView();
    QApplication::processEvents();

    QImage image(o.width, o.height, QImage::Format_ARGB32_Premultiplied);
    image.fill(static_cast<QWidget *>(window)->palette().color(QPalette::Window));
    if (window->size() == QSize(o.width, o.height)) {
        window->render(&image);
    } else {
        // The window could not take that size (its docks have minimum sizes): scale it.
        QPainter p(&image);
        p.setRenderHint(QPainter::SmoothPixmapTransform);
        p.drawImage(QRect(0, 0, o.width, o.height), window->grab().toImage());
    }
    const QString error =
        atomic_file::write(QString::fromLocal8Bit(o.out.c_str()),
                           [&image](QIODevice &out) { return image.save(&out, "PNG"); });
    if (!error.isEmpty()) {
        std::cerr << "scalelab snapshot: " << error.toStdString() << '\n';
        return 1;
    }
    std::cout << "wrote " << o.out << " (" << o.width << 'x' << o.height << ", t = " << o.at
              << " s";
    if (presenter)
        std::cout << ", step " << o.step << " of " << presenter->stepCount();
    std::cout << ")\n";
    return 0;
}

} // namespace scalelab
