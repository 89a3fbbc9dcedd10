// The end of a run shows, in a dock that stays open, the report `scalelab run` prints for
// the same design and seed, number for number; a new run clears it.
#include "document/document.h"
#include "run/run_controller.h"
#include "run/simulation_thread.h"
#include "scenario/scenario_io.h"
#include "sim/simulation.h"
#include "window/live_view.h"
#include "window/main_window.h"
#include "window/run_summary_dock.h"

#include <QPlainTextEdit>
#include <QStandardPaths>
#include <QTest>

#include <memory>
#include <sstream>

using namespace scalelab;

namespace {

/// The report without the line that holds the real time the run took.
QString withoutWallTime(const QString &report)
{
    QStringList lines = report.split(QLatin1Char('\n'));
    lines.removeIf([](const QString &l) { return l.contains(QStringLiteral(" s wall")); });
    return lines.join(QLatin1Char('\n'));
}

} // namespace

class TestRunSummary : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void summaryIsTheCommandLineReport()
    {
        LoadResult r = loadScenarioFile(SCALELAB_EXAMPLES_DIR "/04-load-balancer.yaml");
        QVERIFY(r.ok());
        Scenario s = *r.scenario;
        s.run.duration_s = 120;
        s.run.warmup_s = 20;
        s.faults.clear();
        s.goals.clear(); // the lesson's goals are about the full run and web2's failure

        MainWindow window;
        window.setDialogsEnabled(false);
        window.openUntitled(s);
        window.show();
        LiveView *live = LiveView::of(&window);
        RunSummaryDock *dock = live->summary();
        QVERIFY(dock);
        QVERIFY(dock->text().isEmpty());

        live->controller()->setSpeed(SimulationThread::kAsFastAsPossible);
        live->controller()->run();
        QTRY_VERIFY_WITH_TIMEOUT(!dock->text().isEmpty(), 60000);
        QVERIFY(dock->isVisible());

        Simulation sim(s);
        sim.run();
        RunResult expected = sim.result();
        expected.name = s.name;
        std::ostringstream out;
        writeReport(out, expected);
        const QString cli = QString::fromStdString(out.str());
        QVERIFY(cli.contains(QStringLiteral("p95")) && cli.contains(QStringLiteral("web1")));
        QCOMPARE(withoutWallTime(dock->text()), withoutWallTime(cli));

        // Reset: a new run, the old summary goes.
        live->controller()->reset();
        QTRY_VERIFY(dock->text().isEmpty());
    }
};

QTEST_MAIN(TestRunSummary)
#include "tst_run_summary.moc"
