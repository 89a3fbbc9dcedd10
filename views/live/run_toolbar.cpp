#include "live/run_toolbar.h"

#include <QAction>
#include <QComboBox>
#include <QFontDatabase>
#include <QLabel>
#include <QSignalBlocker>
#include <QSlider>
#include <QStyle>

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
    QStyle *s = style();
    m_run = addAction(s->standardIcon(QStyle::SP_MediaPlay), tr("Run"));
    m_run->setShortcut(Qt::Key_F5);
    m_run->setToolTip(tr("Run the simulation (F5)"));
    m_pause = addAction(s->standardIcon(QStyle::SP_MediaPause), tr("Pause"));
    m_pause->setShortcut(Qt::Key_F6);
    m_pause->setToolTip(tr("Pause (F6)"));
    m_stepEvent = addAction(s->standardIcon(QStyle::SP_MediaSeekForward), tr("Step event"));
    m_stepEvent->setShortcut(Qt::Key_F10);
    m_stepEvent->setToolTip(tr("Process one event (F10)"));
    m_stepSecond = addAction(s->standardIcon(QStyle::SP_MediaSkipForward), tr("Step second"));
    m_stepSecond->setShortcut(Qt::Key_F11);
    m_stepSecond->setToolTip(tr("Advance exactly one simulated second (F11)"));
    m_reset = addAction(s->standardIcon(QStyle::SP_BrowserReload), tr("Reset"));
    m_reset->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    m_reset->setToolTip(tr("Back to time 0 with the design as it is (Ctrl+R)"));
    connect(m_run, &QAction::triggered, this, &RunToolbar::runRequested);
    connect(m_pause, &QAction::triggered, this, &RunToolbar::pauseRequested);
    connect(m_stepEvent, &QAction::triggered, this, &RunToolbar::stepEventRequested);
    connect(m_stepSecond, &QAction::triggered, this, &RunToolbar::stepSecondRequested);
    connect(m_reset, &QAction::triggered, this, &RunToolbar::resetRequested);
    setRunning(false);

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
    m_clock->setMinimumWidth(
        m_clock->fontMetrics().horizontalAdvance(QStringLiteral("t = 0:00:00.000 s")));
    m_clock->setContentsMargins(8, 0, 8, 0);
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
    m_load->setToolTip(tr("Requests per second, from 1 to 1,000,000 on a log scale"));
    addWidget(m_load);
    m_loadLabel = new QLabel(this);
    m_loadLabel->setObjectName(QStringLiteral("LoadLabel"));
    m_loadLabel->setMinimumWidth(
        m_loadLabel->fontMetrics().horizontalAdvance(QStringLiteral("000.0k req/s")));
    m_loadLabel->setContentsMargins(6, 0, 6, 0);
    addWidget(m_loadLabel);
    connect(m_load, &QSlider::valueChanged, this, &RunToolbar::onSliderMoved);
    connect(m_load, &QSlider::sliderReleased, this, [this] { emit loadChosen(load()); });
    setLoad(10);

    m_note = new QLabel(this);
    m_note->setObjectName(QStringLiteral("ThroughputNote"));
    m_note->setContentsMargins(8, 0, 8, 0);
    addWidget(m_note);
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
    m_clock->setText(QStringLiteral("t = %1").arg(formatClock(t_s)));
}

QString RunToolbar::clockText() const
{
    return m_clock->text();
}

void RunToolbar::setLoad(double rps)
{
    const QSignalBlocker block(m_load);
    m_load->setValue(sliderValue(rps));
    m_loadLabel->setText(formatRate(rps));
}

double RunToolbar::load() const
{
    return loadAt(m_load->value());
}

QString RunToolbar::loadText() const
{
    return m_loadLabel->text();
}

void RunToolbar::setThroughputNote(const QString &text)
{
    m_note->setText(text);
}

void RunToolbar::onSliderMoved(int value)
{
    m_loadLabel->setText(formatRate(loadAt(value)));
    // A drag is one change at release; keys and clicks on the groove are changes at once.
    if (!m_load->isSliderDown())
        emit loadChosen(loadAt(value));
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
