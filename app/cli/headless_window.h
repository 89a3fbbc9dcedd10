#pragma once

// The editor (or presenter) window driven by a synchronous, seeded simulation and drawn
// into images with no display: what `scalelab snapshot` shows at one time and what
// `scalelab record` shows frame by frame. The run thread of the window is left idle; the
// simulation here publishes frames as the run thread would (one per simulated second, and
// one at each time asked for), so the charts carry the same history as in the live view.

#include "scenario/scenario.h"
#include "window/theme.h"

#include <QImage>
#include <QSize>

#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace scalelab {

class MainWindow;
class PresenterMode;

/// A component failed by hand at a simulated time (`--fail ID@SECONDS`).
using TimedFailure = std::pair<std::string, double>;

/// Parses "ID@SECONDS"; an error message naming the option's value, or nothing.
std::optional<std::string> parseFailure(const std::string &spec, TimedFailure &out);
/// Parses "WIDTHxHEIGHT" within [minimum, 8000x8000]; an error message, or nothing.
std::optional<std::string> parseSize(const std::string &text, QSize minimum, QSize &out);

class HeadlessWindow {
public:
    struct Options {
        QSize size{1600, 900};
        std::vector<TimedFailure> failures;
        bool presenter = false;
        int step = 1;            ///< presenter reveal step, from 1
        bool canvasOnly = false; ///< only the canvas fills the picture (no docks, no bars)
        Theme theme = Theme::Light;
    };

    /// Builds the window for `scenario` and shows its t = 0 frame. Needs a QApplication.
    HeadlessWindow(const Scenario &scenario, const Options &options);
    ~HeadlessWindow();
    HeadlessWindow(const HeadlessWindow &) = delete;
    HeadlessWindow &operator=(const HeadlessWindow &) = delete;

    /// Presenter mode only: how many reveal steps the design has.
    int stepCount() const;
    /// Simulates up to `t` (never backwards), showing a frame at each whole simulated
    /// second on the way and one at `t`, with the failures applied at their times.
    /// `progress` (may be empty) gets the fraction done since the call.
    void advanceTo(double t, const std::function<void(double)> &progress = {});
    double time() const;
    /// Fits the design into the canvas (after the cards autoscaling may have added).
    void fit();
    /// The picture of the window (or its canvas) now, of exactly the requested size.
    QImage render();

private:
    struct Run;
    Options m_options;
    std::unique_ptr<PresenterMode> m_presenter;
    std::unique_ptr<MainWindow> m_editor;
    MainWindow *m_window = nullptr;
    std::unique_ptr<Run> m_run;
};

} // namespace scalelab
