// `scalelab bench-gui [FILE.yaml] [--seconds S] [--quick]`: the live view's speed with the
// real window (offscreen): the time the GUI spends per frame while the simulation runs as
// fast as possible, the simulated requests per real second it sustains meanwhile, and the
// drawing figures of the request layer and the charts.
#include "cli/commands.h"
#include "cli/headless_app.h"
#include "cli/usage.h"
#include "live/view_benchmarks.h"
#include "run/run_controller.h"
#include "run/simulation_thread.h"
#include "scenario/scenario_io.h"
#include "window/live_view.h"
#include "window/main_window.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QTimer>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <iostream>
#include <string>
#include <vector>

namespace scalelab {

namespace {

double percentile(std::vector<double> v, double q)
{
    if (v.empty())
        return 0;
    std::sort(v.begin(), v.end());
    const auto i = static_cast<std::size_t>(std::ceil(q * static_cast<double>(v.size())) - 1);
    return v[std::min(i, v.size() - 1)];
}

} // namespace

int benchGuiCommand(int argc, char **argv)
{
    std::string file = QDir(QStringLiteral(SCALELAB_EXAMPLES_DIR))
                           .filePath(QStringLiteral("04-load-balancer.yaml"))
                           .toStdString();
    double seconds = 10;
    bool quick = false;
    for (int i = 1; i < argc; ++i) {
        const std::string arg = argv[i];
        if (arg == "--quick") {
            quick = true;
            seconds = 3;
        } else if (arg == "--seconds" && i + 1 < argc) {
            seconds = std::atof(argv[++i]);
            if (!(seconds > 0 && seconds <= 600)) {
                std::cerr << "scalelab bench-gui: --seconds must be in (0, 600]\n";
                return 2;
            }
        } else if (!arg.empty() && arg[0] != '-') {
            file = arg;
        } else {
            std::cerr << "scalelab bench-gui: "
                      << QCoreApplication::translate("scalelab::BenchGuiCommand",
                                                     "unknown option '%1'")
                             .arg(QString::fromStdString(arg))
                             .toStdString()
                      << "\n"
                      << usage::synopsis("bench-gui");
            return 2;
        }
    }
    const LoadResult loaded = loadScenarioFile(file);
    if (!loaded.ok()) {
        std::cerr << loaded.message() << '\n';
        return 2;
    }
    Scenario scenario = *loaded.scenario;
    scenario.run.duration_s = 1e7; // never end during the measurement

    HeadlessApp headless(argv[0], HeadlessApp::Settings::Private);
    QApplication &app = headless.app();

    MainWindow window;
    window.setDialogsEnabled(false);
    LiveView *live = LiveView::of(&window);
    window.openUntitled(scenario);
    window.resize(1600, 900);
    window.show();
    RunController *controller = live->controller();
    controller->simulation()->waitForCommands();
    QApplication::processEvents();

    // Time what the GUI does with each frame: hand it to every view and paint the window.
    QObject::disconnect(controller, &RunController::frameShown, live, &LiveView::showFrame);
    std::vector<double> frameMs;
    double arrivals = 0;
    double firstSimT = -1, lastSimT = 0;
    QObject::connect(controller, &RunController::frameShown, &window,
                     [&](std::shared_ptr<const Frame> f) {
                         QElapsedTimer t;
                         t.start();
                         live->showFrame(f);
                         QCoreApplication::sendPostedEvents(); // queued chart replots
                         window.repaint();
                         frameMs.push_back(static_cast<double>(t.nsecsElapsed()) / 1e6);
                         for (const std::vector<double> &row : f->samples)
                             arrivals += row.empty() ? 0.0 : row[0];
                         if (firstSimT < 0)
                             firstSimT = f->t_s;
                         lastSimT = f->t_s;
                     });

    controller->setSpeed(SimulationThread::kAsFastAsPossible);
    QElapsedTimer wall;
    wall.start();
    controller->run();
    QTimer::singleShot(static_cast<int>(seconds * 1000), &app, &QApplication::quit);
    app.exec();
    const double wallS = static_cast<double>(wall.nsecsElapsed()) / 1e9;
    controller->pause();

    std::printf("bench-gui: %s, window 1600x900 offscreen, simulation as fast as possible "
                "for %.1f s\n",
                file.c_str(), wallS);
    std::printf("  GUI frame time: median %.2f ms, p99 %.2f ms over %zu frames (%.1f frames/s)\n",
                percentile(frameMs, 0.5), percentile(frameMs, 0.99), frameMs.size(),
                static_cast<double>(frameMs.size()) / wallS);
    std::printf("  simulated: %.0f s in %.1f s real; %.0f requests per real second\n",
                lastSimT - std::max(0.0, firstSimT), wallS, arrivals / wallS);

    const int frames = quick ? 30 : 200;
    const DrawFigures layer = benchmarkRequestLayer(20000, frames);
    std::printf("  request layer, 20000 dots: median %.2f ms, p99 %.2f ms\n", layer.medianMs,
                layer.p99Ms);
    const DrawFigures charts = benchmarkCharts(8, 100000, quick ? 10 : 50);
    std::printf("  charts, 8 series x 100000 points: median %.2f ms, p99 %.2f ms\n",
                charts.medianMs, charts.p99Ms);
    return 0;
}

} // namespace scalelab
