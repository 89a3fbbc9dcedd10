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
#include <qcustomplot.h>

#include <map>

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
    // The frame's time and its three parts: the views taking the frame, the chart replots
    // it queued, and the synchronous repaint of the window.
    std::vector<double> frameMs, viewsMs, replotMs, paintMs;
    double arrivals = 0;
    double firstSimT = -1, lastSimT = 0;
    QObject::connect(controller, &RunController::frameShown, &window,
                     [&](std::shared_ptr<const Frame> f) {
                         QElapsedTimer t;
                         t.start();
                         live->showFrame(f);
                         const qint64 views = t.nsecsElapsed();
                         QCoreApplication::sendPostedEvents(); // queued chart replots
                         const qint64 replots = t.nsecsElapsed();
                         window.repaint();
                         const qint64 all = t.nsecsElapsed();
                         frameMs.push_back(static_cast<double>(all) / 1e6);
                         viewsMs.push_back(static_cast<double>(views) / 1e6);
                         replotMs.push_back(static_cast<double>(replots - views) / 1e6);
                         paintMs.push_back(static_cast<double>(all - replots) / 1e6);
                         for (const std::vector<double> &row : f->samples)
                             arrivals += row.empty() ? 0.0 : row[0];
                         if (firstSimT < 0)
                             firstSimT = f->t_s;
                         lastSimT = f->t_s;
                     });

    // Each chart's replots: how many, and how long they took (by the chart's object name).
    struct ReplotTime {
        QElapsedTimer since;
        std::vector<double> ms;
        bool visible = false;
    };
    std::map<QString, ReplotTime> replots;
    for (QCustomPlot *plot : window.findChildren<QCustomPlot *>()) {
        ReplotTime *r = &replots[plot->objectName()];
        QObject::connect(plot, &QCustomPlot::beforeReplot, plot, [r] { r->since.start(); });
        QObject::connect(plot, &QCustomPlot::afterReplot, plot, [r, plot] {
            r->ms.push_back(static_cast<double>(r->since.nsecsElapsed()) / 1e6);
            r->visible = plot->isVisible();
        });
    }

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
    std::printf("    of which views %.2f / %.2f ms, chart replots %.2f / %.2f ms, window repaint "
                "%.2f / %.2f ms (median / p99)\n",
                percentile(viewsMs, 0.5), percentile(viewsMs, 0.99), percentile(replotMs, 0.5),
                percentile(replotMs, 0.99), percentile(paintMs, 0.5), percentile(paintMs, 0.99));
    for (const auto &[name, r] : replots) {
        if (r.ms.empty())
            continue;
        double total = 0;
        for (double ms : r.ms)
            total += ms;
        std::printf("    chart %s%s: %zu replots, median %.2f ms, p99 %.2f ms, %.2f ms per frame\n",
                    name.toStdString().c_str(), r.visible ? "" : " (hidden)", r.ms.size(),
                    percentile(r.ms, 0.5), percentile(r.ms, 0.99),
                    total / static_cast<double>(std::max<std::size_t>(1, frameMs.size())));
    }
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
