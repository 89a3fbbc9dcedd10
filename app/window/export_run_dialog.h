#pragma once

// File ▸ Export Run…: a stretch of the run as an animated GIF, for a slide or a write-up.
// The dialog asks for the simulated times, the frame rate and the picture size, then runs
// `scalelab record` on the design as it is now (saved to a temporary file) in a process of
// its own: the frames are exactly those of the command line (offscreen, a private
// settings store, the seeded simulation), the window stays responsive, and Cancel ends the
// process before it writes anything (the GIF is written whole at the end).

#include "scenario/scenario.h"

#include <QDialog>
#include <QPointer>
#include <QSize>
#include <QString>
#include <QStringList>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QProcess;
class QProgressDialog;
class QSpinBox;
class QTemporaryFile;

namespace scalelab {

class ExportRunDialog : public QDialog {
    Q_OBJECT
public:
    struct Settings {
        double from = 0;
        double to = 10;
        int fps = 10;
        QSize size{1280, 720};
        bool canvasOnly = false;
    };

    ExportRunDialog(const Scenario &scenario, QWidget *parent = nullptr);
    ~ExportRunDialog() override;

    /// The choices now in the form.
    Settings settings() const;
    void setSettings(const Settings &settings);
    /// Defaults for a design: ten seconds from 5 s before its first timed fault within
    /// the run (the moment a lesson is about), else from the start.
    static Settings defaultsFor(const Scenario &scenario);
    /// The arguments of `scalelab record` for these settings.
    static QStringList recordArguments(const QString &scenarioFile, const QString &gifFile,
                                       const Settings &settings, const QString &language,
                                       const QString &theme = {});

    /// Records into `gifFile` in the background with a progress dialog; `recordingFinished`
    /// tells how it ended. The program run is this one unless setProgram() said otherwise.
    void start(const QString &gifFile);
    /// The `scalelab` executable to run (tests run the built program).
    void setProgram(const QString &program) { m_program = program; }
    /// The look to record in ("light", "dark"): the window's own.
    void setTheme(const QString &theme) { m_theme = theme; }
    /// Stops a recording in progress; nothing is written.
    void cancel();

signals:
    /// error: empty on success; `cancelled` when the user stopped it.
    void recordingFinished(const QString &gifFile, const QString &error, bool cancelled);

private:
    void onOutput();
    void onFinished();

    Scenario m_scenario;
    QString m_program;
    QString m_gifFile;
    QString m_theme;
    QDoubleSpinBox *m_from;
    QDoubleSpinBox *m_to;
    QSpinBox *m_fps;
    QComboBox *m_size;
    QCheckBox *m_canvasOnly;
    QPointer<QProcess> m_process;
    QPointer<QProgressDialog> m_progress;
    QTemporaryFile *m_input = nullptr;
    bool m_cancelled = false;
};

/// Runs File ▸ Export Run… for `window`'s design: the dialog, the file name, the recording.
class MainWindow;
void exportRun(MainWindow *window);

} // namespace scalelab
