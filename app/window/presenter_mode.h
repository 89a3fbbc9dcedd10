#pragma once

// Presenter mode: the lesson on a projector. A window of its own, full screen, with only
// the canvas, two large charts and the goals as a large overlay; every text scaled to read
// from the back of a room. The design appears step by step in the order its `reveal:`
// steps give, advanced like slides (PageDown/PageUp, arrow keys, space, a clicker), with
// the simulation running on what is shown so far. The window is a MainWindow of its own
// (its own document and run), so the editor behind it is never touched.

#include "scenario/scenario.h"
#include "sim/frame.h"

#include <QObject>
#include <QPointer>
#include <QRectF>

#include <memory>

class QLabel;

namespace scalelab {

class MainWindow;

class PresenterMode : public QObject {
    Q_OBJECT
public:
    /// Shows `scenario` at its first reveal step (or whole, without reveal steps).
    /// fullScreen: false for headless snapshots and tests (the size is then the caller's).
    PresenterMode(const Scenario &scenario, bool fullScreen, QObject *parent = nullptr);
    ~PresenterMode() override;

    MainWindow *window() const { return m_window; }
    /// Steps are 1-based; there is always at least one (the whole design).
    int step() const { return m_step; }
    int stepCount() const;
    void showStep(int step);
    void next() { showStep(m_step + 1); }
    void previous() { showStep(m_step - 1); }
    /// Fits the whole design (every step's cards) into the canvas, at least 1:1.
    void fit();
    QLabel *goalsOverlay() const { return m_goals; }
    QLabel *stepOverlay() const { return m_caption; }

    /// The part of the design shown at `step`: the components revealed so far, the links,
    /// faults, groups and goals among them. The whole scenario without reveal steps.
    static Scenario revealed(const Scenario &scenario, int step);

signals:
    void stepChanged(int step);
    void closed();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void showFrame(const std::shared_ptr<const Frame> &frame);
    void placeOverlays();
    void updateCaption();

    Scenario m_full;
    std::vector<Goal> m_shownGoals; ///< the goals of the part shown (the run judges these)
    QPointer<MainWindow> m_window;
    QLabel *m_goals = nullptr;
    QLabel *m_caption = nullptr;
    QRectF m_fullRect;
    int m_step = 1;
    bool m_autoRun = false;
};

} // namespace scalelab
