// File ▸ Export Run…: the dialog's defaults for a design with a fault, the refusal of an
// empty stretch, and a recording through the real program (a GIF that decodes), and one
// cancelled (nothing written).
#include "common/gif_frames.h"
#include "scenario/scenario_io.h"
#include "window/export_run_dialog.h"
#include "window/main_window.h"

#include <QAction>

#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace scalelab;

namespace {

Scenario stage4()
{
    const LoadResult loaded = loadScenarioFile(SCALELAB_EXAMPLES_DIR "/04-load-balancer.yaml");
    if (!loaded.ok())
        qFatal("%s", loaded.message().c_str());
    return *loaded.scenario;
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

class TestExportRunDialog : public QObject {
    Q_OBJECT
private slots:
    void defaultsStartBeforeTheFirstFault()
    {
        ExportRunDialog dialog(stage4());
        const auto s = dialog.settings();
        QCOMPARE(s.from, 295.0); // web2 fails at 300 s
        QCOMPARE(s.to, 305.0);
        QCOMPARE(s.fps, 10);
        QCOMPARE(s.size, QSize(1280, 720));
        Scenario none = stage4();
        none.faults.clear();
        QCOMPARE(ExportRunDialog::defaultsFor(none).from, 0.0);
    }

    void theFileMenuHasExportRun()
    {
        MainWindow window;
        window.setDialogsEnabled(false);
        const QList<QAction *> actions = window.findChildren<QAction *>();
        QVERIFY(std::any_of(actions.begin(), actions.end(), [](const QAction *a) {
            return a->text() == QStringLiteral("Export &Run…");
        }));
    }

    void anEmptyStretchIsRefused()
    {
        ExportRunDialog dialog(stage4());
        QPushButton *ok = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        QVERIFY(ok->isEnabled());
        auto settings = dialog.settings();
        settings.to = settings.from;
        dialog.setSettings(settings);
        QVERIFY(!ok->isEnabled());
    }

    void argumentsAreThoseOfTheCommand()
    {
        ExportRunDialog::Settings s;
        s.from = 295;
        s.to = 320;
        s.fps = 12;
        s.size = QSize(1920, 1080);
        s.canvasOnly = true;
        const QStringList args = ExportRunDialog::recordArguments(
            "in.yaml", "out.gif", s, QStringLiteral("ko"), QStringLiteral("dark"));
        QCOMPARE(args.join(' '), QStringLiteral("record in.yaml --from 295 --to 320 --fps 12 "
                                                "--size 1920x1080 -o out.gif --progress "
                                                "--canvas-only --language ko --theme dark"));
    }

    void recordsTheDesignAsItIsNow()
    {
        Scenario edited = stage4();
        edited.run.duration_s = 100; // edits not saved anywhere: shorter, with no fault
        edited.faults.clear();
        edited.goals.clear();
        ExportRunDialog dialog(edited);
        dialog.setProgram(QStringLiteral(SCALELAB_BINARY));
        ExportRunDialog::Settings s = dialog.settings();
        QCOMPARE(s.from, 0.0); // no fault: from the start
        QCOMPARE(s.to, 10.0);
        s.from = 20;
        s.to = 21;
        s.fps = 3;
        s.size = QSize(640, 360);
        dialog.setSettings(s);
        QTemporaryDir dir;
        const QString gif = dir.filePath(QStringLiteral("run.gif"));
        QSignalSpy done(&dialog, &ExportRunDialog::recordingFinished);
        dialog.start(gif);
        QVERIFY(done.wait(240000));
        QCOMPARE(done.first().at(1).toString(), QString());
        QCOMPARE(done.first().at(2).toBool(), false);
        const auto decoded = testing::decodeGif(readAll(gif));
        QCOMPARE(decoded.frames.size(), std::size_t(3));
        QCOMPARE(decoded.size, QSize(640, 360));
    }

    void cancelWritesNothing()
    {
        ExportRunDialog dialog(stage4());
        dialog.setProgram(QStringLiteral(SCALELAB_BINARY));
        QTemporaryDir dir;
        const QString gif = dir.filePath(QStringLiteral("run.gif"));
        QSignalSpy done(&dialog, &ExportRunDialog::recordingFinished);
        dialog.start(gif);
        QTest::qWait(1500);
        dialog.cancel();
        QVERIFY(done.wait(30000));
        QCOMPARE(done.first().at(2).toBool(), true);
        QVERIFY(!QFile::exists(gif));
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files).size(), 0);
    }
};

QTEST_MAIN(TestExportRunDialog)
#include "tst_export_run_dialog.moc"
