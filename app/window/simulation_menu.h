#pragma once

#include <QObject>

class QAction;
class QDialog;
class QMenu;

namespace scalelab {

class LiveView;
class MainWindow;

/// The Simulation menu: the run toolbar's actions (run, pause, step an event, step a
/// second, reset), a Run/Pause toggle on Space, deploying a new version of the static
/// assets (when the design has a CDN), the speed, the chaos test and the capacity curve of
/// the open design (each a dialog running many simulations in the background), and the
/// run summary panel.
/// Space belongs to the run only when the canvas or the window has the focus: a focused
/// text field, spin box, button, list or combo keeps it; on the canvas, where Space held
/// with a drag pans, a tap of Space toggles the run when it is released (see eventFilter).
class SimulationMenu : public QObject {
    Q_OBJECT
public:
    SimulationMenu(MainWindow *window, LiveView *live);

    QMenu *menu() const { return m_menu; }
    enum class Analysis { Chaos, Capacity };
    /// Opens the chaos test or the capacity curve of the design as it is now (refused with
    /// a message while the design cannot run); the dialog, or null.
    QDialog *openAnalysis(Analysis which);
    QAction *toggleAction() const { return m_toggle; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void toggleRun();

    MainWindow *m_window;
    LiveView *m_live;
    QMenu *m_menu;
    QAction *m_toggle;
    QAction *m_deploy;
    bool m_spaceOnCanvas = false; ///< Space went down on the canvas and is still held
    bool m_spaceDragged = false;  ///< ...and a mouse button was pressed meanwhile (a pan)
};

} // namespace scalelab
