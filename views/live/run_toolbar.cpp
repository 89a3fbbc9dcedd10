#include "live/run_toolbar.h"

#include "live/run_icons.h"
#include "live/steady_label.h"

#include <QAction>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QFontDatabase>
#include <QKeyEvent>
#include <QLabel>
#include <QSignalBlocker>
#include <QSlider>

#include <algorithm>
#include <cmath>

namespace scalelab {

namespace {
struct SpeedChoice {
    const char *text;
    double factor;
};
constexpr SpeedChoice kSpeeds[] = {{"0.1×", 0.1},
                                   {"0.25×", 0.25},
                                   {"0.5×", 0.5},
                                   {"1×", 1},
                                   {"2×", 2},
                                   {"5×", 5},
                                   {"10×", 10},
                                   {"25×", 25},
                                   {"50×", 50},
                                   {"100×", 100},
                                   {"As fast as possible", 0}};
} // namespace

RunToolbar::RunToolbar(QWidget *parent) : QToolBar(tr("Run"), parent)
{
    setObjectName(QStringLiteral("RunToolbar"));
    m_run = addAction(tr("Run"));
    m_run->setObjectName(QStringLiteral("runAction"));
    m_run->setShortcut(Qt::Key_F5);
    m_run->setToolTip(tr("Run the simulation (F5)"));
    m_pause = addAction(tr("Pause"));
    m_pause->setObjectName(QStringLiteral("pauseAction"));
    m_pause->setShortcut(Qt::Key_F6);
    m_pause->setToolTip(tr("Pause (F6)"));
    m_stepEvent = addAction(tr("Step event"));
    m_stepEvent->setObjectName(QStringLiteral("stepEventAction"));
    m_stepEvent->setShortcut(Qt::Key_F10);
    m_stepEvent->setToolTip(tr("Process one event (F10)"));
    m_stepSecond = addAction(tr("Step second"));
    m_stepSecond->setObjectName(QStringLiteral("stepSecondAction"));
    m_stepSecond->setShortcut(Qt::Key_F11);
    m_stepSecond->setToolTip(tr("Advance exactly one simulated second (F11)"));
    m_reset = addAction(tr("Reset"));
    m_reset->setObjectName(QStringLiteral("resetAction"));
    m_reset->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    m_reset->setToolTip(tr("Back to time 0 with the design as it is (Ctrl+R)"));
    connect(m_run, &QAction::triggered, this, &RunToolbar::runRequested);
    connect(m_pause, &QAction::triggered, this, &RunToolbar::pauseRequested);
    connect(m_stepEvent, &QAction::triggered, this, &RunToolbar::stepEventRequested);
    connect(m_stepSecond, &QAction::triggered, this, &RunToolbar::stepSecondRequested);
    connect(m_reset, &QAction::triggered, this, &RunToolbar::resetRequested);
    setRunning(false);
    updateIcons();

    addSeparator();
    m_speed = new QComboBox(this);
    m_speed->setObjectName(QStringLiteral("SpeedCombo"));
    m_speed->setToolTip(tr("Simulated time per real second"));
    for (const SpeedChoice &c : kSpeeds)
        m_speed->addItem(QString::fromUtf8(c.text), c.factor);
    m_speed->setCurrentIndex(m_speed->findData(1.0));
    addWidget(m_speed);
    connect(m_speed, &QComboBox::currentIndexChanged, this, [this] { emit speedChanged(speed()); });

    m_clock = new QLabel(this);
    m_clock->setObjectName(QStringLiteral("SimClock"));
    m_clock->setToolTip(tr("Simulated time"));
    m_clock->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_clock->setContentsMargins(8, 0, 8, 0);
    setSteadyText(m_clock, QStringLiteral("t = 0:00:00.000 s")); // wide enough for a day
    addWidget(m_clock);
    setClock(0);

    addSeparator();
    auto *loadTitle = new QLabel(tr("Load"), this);
    loadTitle->setContentsMargins(4, 0, 4, 0);
    addWidget(loadTitle);
    m_load = new QSlider(Qt::Horizontal, this);
    m_load->setObjectName(QStringLiteral("LoadSlider"));
    m_load->setRange(0, kSliderSteps);
    m_load->setPageStep(100); // a decade
    m_load->setSingleStep(10);
    m_load->setTickPosition(QSlider::TicksBelow);
    m_load->setTickInterval(100);
    m_load->setMinimumWidth(180);
    addWidget(m_load);
    m_load->setToolTip(tr("Requests per second, from 1 to 1,000,000 on a log scale. Shift "
                          "with the arrow keys changes the load by 1 %."));
    m_load->installEventFilter(this);
    m_loadSpin = new QDoubleSpinBox(this);
    m_loadSpin->setObjectName(QStringLiteral("LoadSpin"));
    m_loadSpin->setRange(kMinLoad, kMaxLoad);
    m_loadSpin->setDecimals(2);
    m_loadSpin->setSuffix(tr(" req/s"));
    m_loadSpin->setGroupSeparatorShown(true);
    m_loadSpin->setKeyboardTracking(false);
    m_loadSpin->setStepType(QAbstractSpinBox::AdaptiveDecimalStepType);
    m_loadSpin->setCorrectionMode(QAbstractSpinBox::CorrectToNearestValue);
    m_loadSpin->setToolTip(tr("Type the load in requests per second and press Enter."));
    addWidget(m_loadSpin);
    connect(m_loadSpin, &QDoubleSpinBox::editingFinished, this, [this] {
        if (m_loadSpin->value() != m_rate)
            showLoad(m_loadSpin->value(), true);
    });
    connect(m_load, &QSlider::valueChanged, this, &RunToolbar::onSliderMoved);
    connect(m_load, &QSlider::sliderReleased, this, [this] { emit loadChosen(load()); });
    setLoad(10);

    m_note = new QLabel(this);
    m_note->setObjectName(QStringLiteral("ThroughputNote"));
    m_note->setContentsMargins(8, 0, 8, 0);
    addWidget(m_note);
}

RunToolbar::~RunToolbar()
{
    // The spin box, deleted later by ~QWidget, loses the focus first and announces
    // editingFinished: by then this is no longer a RunToolbar (UBSan: member access
    // within a QWidget). Its slots here must not run.
    m_loadSpin->disconnect(this);
}

double RunToolbar::speed() const
{
    return m_speed->currentData().toDouble();
}

void RunToolbar::setSpeed(double factor)
{
    const int i = m_speed->findData(factor);
    if (i >= 0)
        m_speed->setCurrentIndex(i);
}

void RunToolbar::setRunning(bool running)
{
    m_run->setEnabled(!running);
    m_pause->setEnabled(running);
}

void RunToolbar::setClock(double t_s)
{
    setSteadyText(m_clock, QStringLiteral("t = %1").arg(formatClock(t_s)));
}

QString RunToolbar::clockText() const
{
    return m_clock->text();
}

void RunToolbar::setLoad(double rps)
{
    showLoad(rps, false);
}

void RunToolbar::showLoad(double rps, bool announce)
{
    m_rate = std::clamp(rps, kMinLoad, kMaxLoad);
    {
        const QSignalBlocker block(m_load);
        m_load->setValue(sliderValue(m_rate));
    }
    {
        const QSignalBlocker block(m_loadSpin);
        m_loadSpin->setValue(m_rate);
    }
    if (announce)
        emit loadChosen(m_rate);
}

double RunToolbar::load() const
{
    return m_rate;
}

QString RunToolbar::loadText() const
{
    return formatRate(m_rate);
}

void RunToolbar::setThroughputNote(const QString &text)
{
    setSteadyText(m_note, text);
}

void RunToolbar::onSliderMoved(int value)
{
    m_rate = loadAt(value);
    const QSignalBlocker block(m_loadSpin);
    m_loadSpin->setValue(m_rate);
    // A drag is one change at release; keys and clicks on the groove are changes at once.
    if (!m_load->isSliderDown())
        emit loadChosen(m_rate);
}

bool RunToolbar::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_load && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->modifiers() == Qt::ShiftModifier) {
            const int k = key->key();
            const int direction = (k == Qt::Key_Right || k == Qt::Key_Up)    ? 1
                                  : (k == Qt::Key_Left || k == Qt::Key_Down) ? -1
                                                                             : 0;
            if (direction != 0) {
                const double next = fineStep(m_rate, direction);
                if (next != m_rate)
                    showLoad(next, true);
                return true;
            }
        }
    }
    return QToolBar::eventFilter(watched, event);
}

void RunToolbar::changeEvent(QEvent *event)
{
    QToolBar::changeEvent(event);
    if (event->type() == QEvent::PaletteChange && m_reset)
        updateIcons();
}

void RunToolbar::updateIcons()
{
    const QPalette &p = palette();
    m_run->setIcon(runIcon(RunIcon::Run, p));
    m_pause->setIcon(runIcon(RunIcon::Pause, p));
    m_stepEvent->setIcon(runIcon(RunIcon::StepEvent, p));
    m_stepSecond->setIcon(runIcon(RunIcon::StepSecond, p));
    m_reset->setIcon(runIcon(RunIcon::Reset, p));
}

double RunToolbar::fineStep(double rps, int direction)
{
    const double raw = rps * (1.0 + 0.01 * direction);
    const double unit = std::pow(10.0, std::floor(std::log10(raw)) - 2); // 3 significant digits
    double next = std::round(raw / unit) * unit;
    if (next == rps)
        next = rps + direction * unit;
    return std::clamp(next, kMinLoad, kMaxLoad);
}

int RunToolbar::sliderValue(double rps)
{
    const double clamped = std::clamp(rps, kMinLoad, kMaxLoad);
    return static_cast<int>(std::lround(std::log10(clamped) * kSliderSteps / 6.0));
}

double RunToolbar::loadAt(int sliderValue)
{
    // Round to 2 significant digits so that chosen rates read well ("3,200", not "3,162.3").
    const double raw = std::pow(10.0, 6.0 * sliderValue / kSliderSteps);
    const double scale = std::pow(10.0, std::floor(std::log10(raw)) - 1);
    return std::clamp(std::round(raw / scale) * scale, kMinLoad, kMaxLoad);
}

QString RunToolbar::formatRate(double rps)
{
    auto compact = [](double v) {
        QString text = QString::number(v, 'f', v < 10 ? 2 : (v < 100 ? 1 : 0));
        if (text.contains(QLatin1Char('.'))) {
            while (text.endsWith(QLatin1Char('0')))
                text.chop(1);
            if (text.endsWith(QLatin1Char('.')))
                text.chop(1);
        }
        return text;
    };
    if (rps >= 1e6)
        return tr("%1M req/s").arg(compact(rps / 1e6));
    if (rps >= 1e3)
        return tr("%1k req/s").arg(compact(rps / 1e3));
    return tr("%1 req/s").arg(compact(rps));
}

QString RunToolbar::formatClock(double t_s)
{
    if (t_s < 3600)
        return QStringLiteral("%1 s").arg(t_s, 0, 'f', 3);
    const auto whole = static_cast<long long>(t_s);
    const double frac = t_s - static_cast<double>(whole - whole % 60);
    return QStringLiteral("%1:%2:%3")
        .arg(whole / 3600)
        .arg((whole / 60) % 60, 2, 10, QLatin1Char('0'))
        .arg(frac, 4, 'f', 1, QLatin1Char('0'));
}

} // namespace scalelab
