// The Metrics dock: reachable from the View menu; its tiles show each tier's and the
// business figures of the last second, its chart draws any series chosen by name from the
// start of the run, and its alert list shows each rule's state and count as the kernel
// judged it. Set SCALELAB_SCREENSHOTS_DIR to save a picture of it.
#include "charts/series_chart.h"
#include "document/document.h"
#include "live/metrics_dashboard.h"
#include "run/run_controller.h"
#include "run/simulation_thread.h"
#include "scenario/scenario_io.h"
#include "window/live_view.h"
#include "window/main_window.h"

#include <QDockWidget>
#include <QMenuBar>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTest>

using namespace scalelab;

class TestMetricsDock : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void dashboardFollowsTheRun()
    {
        LoadResult r = loadScenarioFile(SCALELAB_EXAMPLES_DIR "/11-metrics.yaml");
        QVERIFY(r.ok());
        Scenario s = *r.scenario;
        s.run.duration_s = 610; // through the sale and the replica's death
        std::erase_if(s.faults, [](const Fault &f) { return f.at_s && *f.at_s > 610.0; });
        MainWindow window;
        window.setDialogsEnabled(false);
        LiveView *live = LiveView::of(&window); // as main() does: before a design is opened
        window.openUntitled(s);
        window.resize(1600, 1000);
        window.show();
        QTRY_VERIFY(live->controller()->lastFrame() != nullptr);
        MetricsDashboard *dash = live->metrics();
        QVERIFY(dash);

        // The View menu shows and hides it.
        auto *dock = window.findChild<QDockWidget *>(QStringLiteral("metricsDock"));
        QVERIFY(dock);
        QAction *toggle = nullptr;
        for (QMenu *menu : window.menuBar()->findChildren<QMenu *>())
            if (menu->objectName() == QLatin1String("viewMenu"))
                for (QAction *a : menu->actions())
                    if (a == dock->toggleViewAction())
                        toggle = a;
        QVERIFY(toggle);
        QVERIFY(toggle->isChecked()); // a design with alert rules shows the dashboard
        toggle->trigger();
        QVERIFY(!dock->isVisible());
        toggle->trigger();
        QVERIFY(dock->isVisible());

        live->controller()->setSpeed(SimulationThread::kAsFastAsPossible);
        live->controller()->run();
        QTRY_VERIFY_WITH_TIMEOUT(dash->alertsTable()->rowCount() == 5 &&
                                     dash->alertsTable()->item(3, 3) &&
                                     dash->alertsTable()->item(3, 3)->text() == QLatin1String("1"),
                                 150000);
        // replica_down fired once, at 600 s, and is firing (the replica is back at 660 s).
        QCOMPARE(dash->alertsTable()->item(3, 0)->text(), QStringLiteral("replica_down"));
        QCOMPARE(dash->alertsTable()->item(3, 4)->text(), QStringLiteral("600"));
        QCOMPARE(dash->alertsTable()->item(3, 2)->text(), QStringLiteral("firing"));
        QVERIFY(dash->tileText(QStringLiteral("web_server")).contains(QStringLiteral("req/s")));
        QVERIFY(dash->tileText(QStringLiteral("database")).contains(QStringLiteral("p95")));
        QVERIFY(dash->tileText(QStringLiteral("business")).contains(QStringLiteral("$")));
        QVERIFY(dash->seriesNames().contains(QStringLiteral("db.disk_writes_ps")));

        // Another series, drawn from the start of the run, with the markers.
        dash->selectSeries(QStringLiteral("tier.web_server.utilization"));
        QCOMPARE(dash->selectedSeries(), QStringLiteral("tier.web_server.utilization"));
        QTRY_VERIFY_WITH_TIMEOUT(!live->controller()->isRunning(), 150000);
        QVERIFY(dash->chart()->pointCount() > 500);
        QVERIFY(dash->chart()->markerCount() > 0);
        if (const QByteArray dir = qgetenv("SCALELAB_SCREENSHOTS_DIR"); !dir.isEmpty()) {
            dash->chart()->setWindowSeconds(640);
            QTest::qWait(200);
            dock->grab().save(QString::fromLocal8Bit(dir) + QStringLiteral("/metrics-dock.png"));
        }

        // A new run empties it.
        live->controller()->reset();
        QTRY_VERIFY(dash->alertsTable()->rowCount() == 0 ||
                    dash->alertsTable()->item(3, 3)->text() == QLatin1String("0"));
        QVERIFY(dash->chart()->pointCount() < 10);
    }

    // Hidden (the default for designs without alerts) it only keeps the history; shown,
    // it draws what came meanwhile.
    void aHiddenDashboardCatchesUpWhenShown()
    {
        MetricsDashboard dash;
        dash.resize(800, 600);
        auto frame = [](double t) {
            Frame f;
            f.t_s = t;
            f.columns = {"p95_ms", "tier.web_server.throughput_rps", "tier.web_server.p95_ms",
                         "tier.web_server.error_rate", "tier.web_server.utilization"};
            f.sampleTimes = {t};
            f.samples = {{40 + t, 100 * t, 30, 0.01, 0.5}};
            AlertResult a;
            a.name = "slow";
            a.metric = "p95_ms";
            a.threshold = 100;
            a.fired = static_cast<std::uint64_t>(t);
            f.alerts = {a};
            return f;
        };
        for (int t = 1; t <= 50; ++t)
            dash.appendFrame(frame(t));
        QVERIFY(dash.tileText(QStringLiteral("web_server")).isEmpty()); // nothing drawn
        QCOMPARE(dash.alertsTable()->rowCount(), 0);

        dash.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dash));
        QVERIFY2(dash.tileText(QStringLiteral("web_server")).contains(QStringLiteral("5000 req/s")),
                 qPrintable(dash.tileText(QStringLiteral("web_server"))));
        QCOMPARE(dash.alertsTable()->rowCount(), 1);
        QCOMPARE(dash.alertsTable()->item(0, 3)->text(), QStringLiteral("50"));
        QCOMPARE(dash.selectedSeries(), QStringLiteral("p95_ms"));
        QCOMPARE(dash.chart()->pointCount(), 50);

        // Shown, each frame reaches the chart; the tiles show the newest figures a few
        // times a second (each text change lays the grid out again), the last one always.
        dash.appendFrame(frame(51));
        dash.appendFrame(frame(52));
        QCOMPARE(dash.chart()->pointCount(), 52);
        QTRY_VERIFY_WITH_TIMEOUT(
            dash.tileText(QStringLiteral("web_server")).contains(QStringLiteral("5200 req/s")),
            2000);
        QCOMPARE(dash.alertsTable()->item(0, 3)->text(), QStringLiteral("52"));
    }
};

QTEST_MAIN(TestMetricsDock)
#include "tst_metrics_dock.moc"
