#pragma once

#include <QToolBar>

class QAction;
class QComboBox;
class QLabel;
class QSlider;

namespace scalelab {

/// The run controls: Run (F5), Pause (F6), Step one event (F10), Step one simulated second
/// (F11), Reset (Ctrl+R), the speed (0.1x..100x of real time or as fast as possible), the
/// simulated clock, and the load slider on a log scale from 1 to 1,000,000 requests per
/// second. It only announces intents; whoever owns the run acts on them. Moving the
/// slider previews the value and announces loadChosen once, on release.
class RunToolbar : public QToolBar {
    Q_OBJECT
public:
    static constexpr double kMinLoad = 1;
    static constexpr double kMaxLoad = 1e6;
    static constexpr int kSliderSteps = 600; ///< 100 steps per decade

    explicit RunToolbar(QWidget *parent = nullptr);

    QAction *runAction() const { return m_run; }
    QAction *pauseAction() const { return m_pause; }
    QAction *stepEventAction() const { return m_stepEvent; }
    QAction *stepSecondAction() const { return m_stepSecond; }
    QAction *resetAction() const { return m_reset; }
    QSlider *loadSlider() const { return m_load; }
    QComboBox *speedCombo() const { return m_speed; }

    /// Simulated seconds per real second; 0 = as fast as possible.
    double speed() const;
    void setSpeed(double factor);
    void setRunning(bool running);
    void setClock(double t_s);
    QString clockText() const;
    /// Shows the design's load without announcing it.
    void setLoad(double rps);
    double load() const;
    QString loadText() const;
    /// The simulated request rate reached in real time, e.g. "≈ 250k req/s real".
    void setThroughputNote(const QString &text);

    static int sliderValue(double rps);
    static double loadAt(int sliderValue);
    /// A rate in a few characters: "850 req/s", "12.5k req/s", "1.2M req/s".
    static QString formatRate(double rps);
    /// A simulated time: "42.300 s", or "1:02:03.5" past an hour.
    static QString formatClock(double t_s);

signals:
    void runRequested();
    void pauseRequested();
    void stepEventRequested();
    void stepSecondRequested();
    void resetRequested();
    void speedChanged(double factor);
    /// The slider was released (or moved by keyboard) at this rate.
    void loadChosen(double rps);

private:
    void onSliderMoved(int value);

    QAction *m_run;
    QAction *m_pause;
    QAction *m_stepEvent;
    QAction *m_stepSecond;
    QAction *m_reset;
    QComboBox *m_speed;
    QLabel *m_clock;
    QSlider *m_load;
    QLabel *m_loadLabel;
    QLabel *m_note;
};

} // namespace scalelab
