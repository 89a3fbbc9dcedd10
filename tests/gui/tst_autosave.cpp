// Nothing lost: the real program, with an edit pending, is killed; the recovery file it
// autosaved is found at the next start and restores the edit, marked modified. While the
// program still runs, a second instance leaves its edits alone.
//
// Hooks used (gui_main.cpp, autosave.cpp): SCALELAB_AUTOSAVE_MS (interval),
// SCALELAB_TEST_EDIT (renames the design without a mouse), SCALELAB_TEST_RESTORE (answers
// the restore question).
#include "document/document.h"
#include "scenario/scenario_io.h"
#include "window/autosave.h"
#include "window/main_window.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace scalelab;

class TestAutosave : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_home;

private slots:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        // The program and this test look in the same data folder, away from the user's.
        qputenv("XDG_DATA_HOME", m_home.filePath(QStringLiteral("data")).toUtf8());
        qputenv("XDG_CONFIG_HOME", m_home.filePath(QStringLiteral("config")).toUtf8());
        QCoreApplication::setOrganizationName(QStringLiteral("ScaleLab"));
        QCoreApplication::setApplicationName(QStringLiteral("ScaleLab"));
    }

    void killedWithEditsPendingThenRestored()
    {
        const QString design = m_home.filePath(QStringLiteral("mine.yaml"));
        QVERIFY(QFile::copy(SCALELAB_EXAMPLES_DIR "/02-web-and-data-tier.yaml", design));
        const QString recovery = QDir(Autosave::folder()).filePath(QStringLiteral("recovery.yaml"));
        QVERIFY(!QFile::exists(recovery));

        QProcess program;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        env.insert(QStringLiteral("SCALELAB_AUTOSAVE_MS"), QStringLiteral("200"));
        env.insert(QStringLiteral("SCALELAB_TEST_EDIT"), QStringLiteral("Edited, then killed"));
        program.setProcessEnvironment(env);
        program.start(QStringLiteral(SCALELAB_BINARY), {design});
        QVERIFY(program.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(recovery), 30000);

        {
            // A second instance while the first runs: no autosave, no restore offered.
            Document doc;
            Autosave second(&doc);
            QVERIFY(!second.isActive());
            QVERIFY(!second.hasRecovery());
        }
        QVERIFY(QFile::exists(recovery));

        program.kill();
        QVERIFY(program.waitForFinished());
        QCOMPARE(program.exitStatus(), QProcess::CrashExit);
        QVERIFY(QFile::exists(recovery));

        // The next start: the lock is stale, the edits are offered and restored.
        MainWindow window;
        window.setDialogsEnabled(false);
        {
            Autosave next(window.document());
            QVERIFY(next.isActive());
            QVERIFY(next.hasRecovery());
            QCOMPARE(next.recoveredFilePath(), design);
            qputenv("SCALELAB_TEST_RESTORE", "yes");
            QVERIFY(offerRecovery(next, &window));
            qunsetenv("SCALELAB_TEST_RESTORE");
            QCOMPARE(window.document()->scenario().name, std::string("Edited, then killed"));
            QCOMPARE(window.document()->filePath(), design);
            QVERIFY(window.document()->isModified());
            // The file itself was never touched.
            const LoadResult onDisk = loadScenarioFile(design.toStdString());
            QVERIFY(onDisk.ok() && onDisk.scenario->name != "Edited, then killed");
        }
        // Closed normally: nothing left to recover.
        QVERIFY(!QFile::exists(recovery));
        Document doc;
        Autosave after(&doc);
        QVERIFY(after.isActive() && !after.hasRecovery());
    }

    void savingOrClosingRemovesTheRecovery()
    {
        Document doc;
        doc.reset(builtInExample(), QString());
        QString path;
        {
            Autosave session(&doc);
            QVERIFY(session.isActive());
            path = session.recoveryPath();
            session.saveNow();
            QVERIFY(!QFile::exists(path)); // nothing unsaved, nothing written
            doc.undoStack()->push(new QUndoCommand(QStringLiteral("an edit")));
            session.saveNow();
            QVERIFY(QFile::exists(path));
            doc.undoStack()->setClean(); // what a save does
            QVERIFY(!QFile::exists(path));
            doc.undoStack()->push(new QUndoCommand(QStringLiteral("another edit")));
            session.saveNow();
            QVERIFY(QFile::exists(path));
        }
        QVERIFY(!QFile::exists(path)); // a normal end
    }

    void declinedRecoveryIsForgotten()
    {
        // What a killed session leaves: a recovery file and no live lock.
        QDir().mkpath(Autosave::folder());
        const QString path = QDir(Autosave::folder()).filePath(QStringLiteral("recovery.yaml"));
        Scenario edited = builtInExample();
        edited.name = "Left behind";
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray::fromStdString(writeScenario(edited)));
        f.close();

        MainWindow window;
        window.setDialogsEnabled(false);
        const std::string before = window.document()->scenario().name;
        Autosave next(window.document());
        QVERIFY(next.hasRecovery());
        qputenv("SCALELAB_TEST_RESTORE", "no");
        QVERIFY(!offerRecovery(next, &window));
        qunsetenv("SCALELAB_TEST_RESTORE");
        QVERIFY(!QFile::exists(path));
        QCOMPARE(window.document()->scenario().name, before);
        QVERIFY(!next.hasRecovery());
    }
};

QTEST_MAIN(TestAutosave)
#include "tst_autosave.moc"
