#include "cli/headless_window.h"

#include "canvas/canvas_view.h"
#include "run/run_controller.h"
#include "run/simulation_thread.h"
#include "sim/frame_builder.h"
#include "sim/goal_tracker.h"
#include "sim/simulation.h"
#include "window/live_view.h"
#include "window/main_window.h"
#include "window/presenter_mode.h"

#include <QApplication>
#include <QDockWidget>
#include <QMenuBar>
#include <QPainter>
#include <QStatusBar>
#include <QToolBar>
#include <qcustomplot.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>

namespace scalelab {

std::optional<std::string> parseFailure(const std::string &spec, TimedFailure &out)
{
    const auto atSign = spec.rfind('@');
    char *end = nullptr;
    const double t =
        atSign == std::string::npos ? 0.0 : std::strtod(spec.c_str() + atSign + 1, &end);
    if (atSign == std::string::npos || atSign == 0 || *end != '\0' || !(t >= 0))
        return QCoreApplication::translate("scalelab::HeadlessWindow",
                                           "--fail: '%1' is not COMPONENT@SECONDS")
            .arg(QString::fromStdString(spec))
            .toStdString();
    out = {spec.substr(0, atSign), t};
    return std::nullopt;
}

std::optional<std::string> parseSize(const std::string &text, QSize minimum, QSize &out)
{
    int w = 0;
    int h = 0;
    char tail = 0;
    if (std::sscanf(text.c_str(), "%dx%d%c", &w, &h, &tail) != 2 || w < minimum.width() ||
        h < minimum.height() || w > 8000 || h > 8000)
        return QCoreApplication::translate("scalelab::HeadlessWindow",
                                           "--size: '%1' is not WIDTHxHEIGHT (%2x%3 to "
                                           "8000x8000)")
            .arg(QString::fromStdString(text))
            .arg(minimum.width())
            .arg(minimum.height())
            .toStdString();
    out = QSize(w, h);
    return std::nullopt;
}

/// The synchronous simulation and the frames it publishes into the window's live view.
struct HeadlessWindow::Run {
    Run(const Scenario &scenario, std::vector<TimedFailure> failures, LiveView *liveView)
        : sim(scenario), goals(scenario), pending(std::move(failures)), live(liveView)
    {
        sim.setRecordTimeSeries(true);
        std::vector<std::string> order;
        for (const Component &c : scenario.components)
            order.push_back(c.id);
        builder.setComponentOrder(order);
        std::sort(pending.begin(), pending.end(),
                  [](const auto &a, const auto &b) { return a.second < b.second; });
    }

    void showFrame()
    {
        goals.observe(sim);
        auto frame = std::make_shared<Frame>(builder.build(sim));
        frame->goals = goals.status();
        live->controller()->showFrame(std::shared_ptr<const Frame>(std::move(frame)));
    }

    void runTo(double to)
    {
        while (next < pending.size() && pending[next].second <= to) {
            sim.runUntil(pending[next].second);
            sim.failComponent(pending[next].first);
            ++next;
        }
        sim.runUntil(to);
        t = to;
    }

    Simulation sim;
    FrameBuilder builder;
    GoalTracker goals;
    std::vector<TimedFailure> pending;
    std::size_t next = 0;
    double t = 0;
    LiveView *live;
};

HeadlessWindow::HeadlessWindow(const Scenario &scenario, const Options &options)
    : m_options(options)
{
    Scenario shown = scenario;
    if (options.presenter) {
        m_presenter = std::make_unique<PresenterMode>(scenario, false);
        if (options.step < 1 || options.step > m_presenter->stepCount())
            return; // the caller reports it (stepCount())
        m_presenter->showStep(options.step);
        shown = PresenterMode::revealed(scenario, options.step);
        m_window = m_presenter->window();
    } else {
        m_editor = std::make_unique<MainWindow>();
        m_window = m_editor.get();
        m_window->setDialogsEnabled(false);
        m_window->openUntitled(shown);
    }
    m_window->setTheme(options.theme);
    if (options.canvasOnly) {
        // The canvas is the central widget: with every bar and dock hidden it is the window.
        m_window->menuBar()->hide();
        m_window->statusBar()->hide();
        for (QToolBar *bar : m_window->findChildren<QToolBar *>())
            bar->hide();
        for (QDockWidget *dock : m_window->findChildren<QDockWidget *>())
            dock->hide();
    }
    LiveView *live = LiveView::of(m_window);
    m_window->resize(options.size);
    m_window->show();
    // Let the run thread load the design and its t = 0 frame arrive before ours.
    live->controller()->simulation()->waitForCommands();
    QApplication::processEvents();
    m_run = std::make_unique<Run>(shown, options.failures, live);
    m_run->showFrame();
}

HeadlessWindow::~HeadlessWindow() = default;

int HeadlessWindow::stepCount() const
{
    return m_presenter ? m_presenter->stepCount() : 1;
}

double HeadlessWindow::time() const
{
    return m_run ? m_run->t : 0.0;
}

void HeadlessWindow::advanceTo(double t, const std::function<void(double)> &progress)
{
    if (!m_run)
        return;
    const double from = m_run->t;
    while (m_run->t < t) {
        if (progress)
            progress((m_run->t - from) / (t - from));
        m_run->runTo(std::min(t, std::floor(m_run->t) + 1.0));
        m_run->showFrame();
    }
}

void HeadlessWindow::fit()
{
    if (!m_window)
        return;
    QApplication::processEvents();
    if (m_presenter)
        m_presenter->fit();
    else
        m_window->view()->fitToView();
    QApplication::processEvents();
}

QImage HeadlessWindow::render()
{
    const QSize size = m_options.size;
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    if (!m_window) {
        image.fill(Qt::black);
        return image;
    }
    QApplication::processEvents();
    // Charts replot at most a few times per wall-clock second in the live view; here every
    // picture shows every sample up to its time, however fast the frames came.
    for (QCustomPlot *plot : m_window->findChildren<QCustomPlot *>())
        plot->replot(QCustomPlot::rpImmediateRefresh);
    image.fill(static_cast<QWidget *>(m_window)->palette().color(QPalette::Window));
    if (m_window->size() == size) {
        m_window->render(&image);
    } else {
        // The window could not take that size (its docks have minimum sizes): scale it.
        QPainter p(&image);
        p.setRenderHint(QPainter::SmoothPixmapTransform);
        p.drawImage(QRect(QPoint(0, 0), size), m_window->grab().toImage());
    }
    return image;
}

} // namespace scalelab
