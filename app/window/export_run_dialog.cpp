#include "window/export_run_dialog.h"

#include "document/document.h"
#include "scenario/scenario_io.h"
#include "window/language.h"
#include "window/main_window.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QLabel>
#include <QMessageBox>
#include <QProcess>
#include <QProgressDialog>
#include <QPushButton>
#include <QSpinBox>
#include <QStatusBar>
#include <QTemporaryFile>

#include <algorithm>
#include <cmath>

namespace scalelab {

namespace {

constexpr int kMaxFrames = 6000; ///< the command's own limit

const QSize kSizes[] = {{1280, 720}, {1920, 1080}, {960, 540}, {640, 360}};

} // namespace

ExportRunDialog::ExportRunDialog(const Scenario &scenario, QWidget *parent)
    : QDialog(parent), m_scenario(scenario), m_from(new QDoubleSpinBox(this)),
      m_to(new QDoubleSpinBox(this)), m_fps(new QSpinBox(this)), m_size(new QComboBox(this)),
      m_canvasOnly(new QCheckBox(tr("Only the canvas (no charts, no event log)"), this))
{
    setWindowTitle(tr("Export Run"));
    const double duration = scenario.run.duration_s;
    for (QDoubleSpinBox *box : {m_from, m_to}) {
        box->setRange(0, duration);
        box->setDecimals(1);
        box->setSuffix(tr(" s"));
    }
    m_fps->setRange(1, 50);
    for (const QSize &s : kSizes)
        m_size->addItem(tr("%1 × %2").arg(s.width()).arg(s.height()), s);

    auto *form = new QFormLayout;
    form->addRow(tr("From (simulated time):"), m_from);
    form->addRow(tr("To:"), m_to);
    form->addRow(tr("Frames per second:"), m_fps);
    form->addRow(tr("Picture size:"), m_size);
    form->addRow(QString(), m_canvasOnly);
    auto *summary = new QLabel(this);
    summary->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Export…"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(summary);
    layout->addWidget(buttons);

    // What the choices give, or why they cannot be recorded (then OK is off).
    auto update = [this, summary, ok = buttons->button(QDialogButtonBox::Ok)] {
        const Settings s = settings();
        const long frames = std::lround((s.to - s.from) * s.fps);
        QString why;
        if (!(s.to > s.from))
            why = tr("The end must come after the start.");
        else if (frames > kMaxFrames)
            why = tr("%1 frames: at most %2; shorten the stretch or lower the frame rate.")
                      .arg(frames)
                      .arg(kMaxFrames);
        ok->setEnabled(why.isEmpty());
        summary->setText(why.isEmpty()
                             ? tr("%1 frames; the GIF plays the %2 simulated seconds in real "
                                  "time.")
                                   .arg(frames)
                                   .arg(s.to - s.from)
                             : why);
    };
    for (QDoubleSpinBox *box : {m_from, m_to})
        connect(box, &QDoubleSpinBox::valueChanged, this, update);
    connect(m_fps, &QSpinBox::valueChanged, this, update);
    setSettings(defaultsFor(scenario));
    update();
}

ExportRunDialog::~ExportRunDialog()
{
    if (m_process) {
        m_process->disconnect(this);
        m_process->kill();
        m_process->waitForFinished(5000);
    }
}

ExportRunDialog::Settings ExportRunDialog::settings() const
{
    return {m_from->value(), m_to->value(), m_fps->value(), m_size->currentData().toSize(),
            m_canvasOnly->isChecked()};
}

void ExportRunDialog::setSettings(const Settings &s)
{
    m_from->setValue(s.from);
    m_to->setValue(s.to);
    m_fps->setValue(s.fps);
    const int index = m_size->findData(s.size);
    m_size->setCurrentIndex(std::max(0, index));
    m_canvasOnly->setChecked(s.canvasOnly);
}

ExportRunDialog::Settings ExportRunDialog::defaultsFor(const Scenario &scenario)
{
    Settings s;
    const double duration = scenario.run.duration_s;
    std::optional<double> firstFault;
    for (const Fault &f : scenario.faults)
        if (f.at_s && *f.at_s < duration && (!firstFault || *f.at_s < *firstFault))
            firstFault = f.at_s;
    s.from = std::clamp(firstFault ? *firstFault - 5.0 : 0.0, 0.0, std::max(0.0, duration - 1));
    s.to = std::min(duration, s.from + 10.0);
    return s;
}

QStringList ExportRunDialog::recordArguments(const QString &scenarioFile, const QString &gifFile,
                                             const Settings &s, const QString &language,
                                             const QString &theme)
{
    QStringList args = {QStringLiteral("record"),
                        scenarioFile,
                        QStringLiteral("--from"),
                        QString::number(s.from),
                        QStringLiteral("--to"),
                        QString::number(s.to),
                        QStringLiteral("--fps"),
                        QString::number(s.fps),
                        QStringLiteral("--size"),
                        QStringLiteral("%1x%2").arg(s.size.width()).arg(s.size.height()),
                        QStringLiteral("-o"),
                        gifFile,
                        QStringLiteral("--progress")};
    if (s.canvasOnly)
        args << QStringLiteral("--canvas-only");
    if (!language.isEmpty())
        args << QStringLiteral("--language") << language;
    if (!theme.isEmpty())
        args << QStringLiteral("--theme") << theme;
    return args;
}

void ExportRunDialog::start(const QString &gifFile)
{
    m_gifFile = gifFile;
    m_cancelled = false;
    const Settings s = settings();
    // The design as it is now, edits not yet saved included.
    delete m_input;
    m_input = new QTemporaryFile(QDir::tempPath() + QStringLiteral("/scalelab-XXXXXX.yaml"), this);
    if (!m_input->open() ||
        m_input->write(QByteArray::fromStdString(writeScenario(m_scenario))) < 0 ||
        !m_input->flush()) {
        emit recordingFinished(
            gifFile,
            tr("Cannot write a temporary copy of the design: %1").arg(m_input->errorString()),
            false);
        return;
    }
    m_process = new QProcess(this);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    m_process->setProcessEnvironment(env);
    connect(m_process, &QProcess::readyReadStandardOutput, this, &ExportRunDialog::onOutput);
    connect(m_process, &QProcess::finished, this, &ExportRunDialog::onFinished);
    connect(m_process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError e) {
        if (e == QProcess::FailedToStart)
            onFinished();
    });

    const int frames = static_cast<int>(std::lround((s.to - s.from) * s.fps));
    m_progress = new QProgressDialog(tr("Recording %1…").arg(QFileInfo(gifFile).fileName()),
                                     tr("Cancel"), 0, frames, parentWidget());
    m_progress->setWindowTitle(tr("Export Run"));
    m_progress->setWindowModality(Qt::WindowModal);
    m_progress->setMinimumDuration(0);
    m_progress->setAutoReset(false);
    m_progress->setAutoClose(false);
    connect(m_progress, &QProgressDialog::canceled, this, &ExportRunDialog::cancel);
    m_progress->setValue(0);

    const QString program =
        m_program.isEmpty() ? QCoreApplication::applicationFilePath() : m_program;
    m_process->start(program,
                     recordArguments(m_input->fileName(), gifFile, s, chosenLanguage(), m_theme));
}

void ExportRunDialog::cancel()
{
    if (!m_process)
        return;
    m_cancelled = true;
    m_process->kill(); // the GIF is written only at the very end: nothing is left behind
}

void ExportRunDialog::onOutput()
{
    while (m_process && m_process->canReadLine()) {
        const QList<QByteArray> words = m_process->readLine().trimmed().split(' ');
        if (words.size() == 3 && words[0] == "progress" && m_progress)
            m_progress->setValue(words[1].toInt());
    }
}

void ExportRunDialog::onFinished()
{
    if (!m_process)
        return;
    QProcess *process = m_process;
    m_process = nullptr;
    QString error;
    if (!m_cancelled &&
        (process->exitStatus() != QProcess::NormalExit || process->exitCode() != 0)) {
        error = QString::fromLocal8Bit(process->readAllStandardError()).trimmed();
        if (error.isEmpty())
            error = process->error() == QProcess::FailedToStart
                        ? tr("Cannot start %1: %2").arg(process->program(), process->errorString())
                        : tr("The recording stopped (exit code %1).").arg(process->exitCode());
    }
    process->deleteLater();
    if (m_progress)
        m_progress->deleteLater();
    delete m_input;
    m_input = nullptr;
    emit recordingFinished(m_gifFile, error, m_cancelled);
}

void exportRun(MainWindow *window)
{
    auto *dialog = new ExportRunDialog(window->document()->scenario(), window);
    dialog->setTheme(themeName(window->theme()));
    if (dialog->exec() != QDialog::Accepted) {
        delete dialog;
        return;
    }
    const QString path = window->document()->filePath();
    const QString base =
        path.isEmpty() ? ExportRunDialog::tr("run") : QFileInfo(path).completeBaseName();
    QString gif = QFileDialog::getSaveFileName(window, ExportRunDialog::tr("Export Run"),
                                               base + QStringLiteral(".gif"),
                                               ExportRunDialog::tr("GIF animations (*.gif)"));
    if (gif.isEmpty()) {
        delete dialog;
        return;
    }
    if (QFileInfo(gif).suffix().compare(QLatin1String("gif"), Qt::CaseInsensitive) != 0)
        gif += QStringLiteral(".gif");
    QObject::connect(dialog, &ExportRunDialog::recordingFinished, window,
                     [window, dialog](const QString &file, const QString &error, bool cancelled) {
                         if (cancelled)
                             window->statusBar()->showMessage(
                                 ExportRunDialog::tr("Export cancelled; nothing written."), 5000);
                         else if (!error.isEmpty())
                             QMessageBox::warning(window, ExportRunDialog::tr("Export Run"), error);
                         else
                             window->statusBar()->showMessage(
                                 ExportRunDialog::tr("Exported the run to %1").arg(file), 5000);
                         dialog->deleteLater();
                     });
    dialog->start(gif);
}

} // namespace scalelab
