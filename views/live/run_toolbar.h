#pragma once

#include <QToolBar>

class QAction;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QSlider;

namespace scalelab {

/// The run controls: Run (F5), Pause (F6), Step one event (F10), Step one simulated second
/// (F11), Reset (Ctrl+R), the speed (0.1x..100x of real time or as fast as possible), the
/// simulated clock, and the load slider on a log scale from 1 to 1,000,000 requests per
/// second, with the rate typed beside it. It only announces intents; whoever owns the run
/// acts on them. Moving the slider previews the value and announces loadChosen once, on
/// release; Shift + arrow keys on the slider step the rate by 1 % (to sit just below
/// saturation). The icons follow the palette (light and dark themes).
class RunToolbar : public QToolBar {
    Q_OBJECT
public:
    static constexpr double kMinLoad = 1;
    static constexpr double kMaxLoad = 1e6;
    static constexpr int kSliderSteps = 600; ///< 100 steps per decade

    explicit RunToolbar(QWidget *parent = nullptr);
    ~RunToolbar() override;

    QAction *runAction() const { return m_run; }
    QAction *pauseAction() const { return m_pause; }
    QAction *stepEventAction() const { return m_stepEvent; }
    QAction *stepSecondAction() const { return m_stepSecond; }
    QAction *resetAction() const { return m_reset; }
    QSlider *loadSlider() const { return m_load; }
    QDoubleSpinBox *loadSpin() const { return m_loadSpin; }
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

    /// The rate one fine step (1 %, to three significant digits) up or down from rps.
    static double fineStep(double rps, int direction);
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

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void onSliderMoved(int value);
    void updateIcons();
    /// Shows rps on slider and spin box; announces it when `announce`.
    void showLoad(double rps, bool announce);

    QAction *m_run = nullptr;
    QAction *m_pause = nullptr;
    QAction *m_stepEvent = nullptr;
    QAction *m_stepSecond = nullptr;
    QAction *m_reset = nullptr;
    QComboBox *m_speed = nullptr;
    QLabel *m_clock = nullptr;
    QSlider *m_load = nullptr;
    QDoubleSpinBox *m_loadSpin = nullptr;
    double m_rate = 10; ///< the rate shown: the slider's position, a typed or a fine-stepped one
    QLabel *m_note = nullptr;
};

} // namespace scalelab
