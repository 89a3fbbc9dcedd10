// Regions in the window (stage 9): the Regions chart appears for a design with regions and
// plots each region's p95 and errors, and stays away for a design without; Edit ▸ Region
// Latencies… edits the latency table as one undoable, validated command, also during a
// run (a live edit); the world map places the regions and labels the latencies.
#include "charts/charts_panel.h"
#include "charts/regions_chart.h"
#include "document/document.h"
#include "run/run_controller.h"
#include "run/simulation_thread.h"
#include "scenario/scenario_io.h"
#include "window/live_view.h"
#include "window/main_window.h"
#include "window/region_latency_dialog.h"
#include "window/regions_view.h"
#include "world/world_latency_view.h"

#include <QAction>
#include <QDockWidget>
#include <QTableWidget>
#include <QUndoStack>
#include <QtTest>

#include <cmath>

using namespace scalelab;

class TestRegionsView : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<MainWindow> m_window;
    LiveView *m_live = nullptr;
    RunController *controller() const { return m_live->controller(); }
    QDockWidget *dock(const char *name) const
    {
        return m_window->findChild<QDockWidget *>(QLatin1String(name));
    }
    void open(const char *example)
    {
        const LoadResult r = loadScenarioFile(std::string(SCALELAB_EXAMPLES_DIR "/") + example);
        QVERIFY2(r.ok(), r.message().c_str());
        m_window->openUntitled(*r.scenario);
    }
    void runTo(double t)
    {
        controller()->simulation()->pauseAt(t);
        controller()->setSpeed(SimulationThread::kAsFastAsPossible);
        controller()->run();
        QVERIFY(controller()->simulation()->waitUntilPaused(60000));
        QTRY_VERIFY(controller()->lastFrame() != nullptr);
        QTRY_COMPARE(controller()->lastFrame()->t_s, t);
    }
    /// Types a value into the cell of regions a and b, as a student would.
    static void type(RegionLatencyDialog *d, const QString &a, const QString &b,
                     const QString &text)
    {
        const auto row = d->regions().indexOf(a), column = d->regions().indexOf(b);
        QVERIFY(row >= 0 && column >= 0);
        d->table()->item(int(row), int(column))->setText(text);
    }
    static QString cell(RegionLatencyDialog *d, const QString &a, const QString &b)
    {
        return d->table()->item(int(d->regions().indexOf(a)), int(d->regions().indexOf(b)))->text();
    }
    double tableMs(const char *a, const char *b) const
    {
        const Scenario &s = m_window->document()->scenario();
        for (const RegionLatency &l : s.region_latency)
            if ((l.from == a && l.to == b) || (l.from == b && l.to == a))
                return l.latency_ms;
        return -1;
    }

private slots:
    void init()
    {
        m_window = std::make_unique<MainWindow>();
        m_window->setDialogsEnabled(false);
        m_live = LiveView::of(m_window.get());
        m_window->resize(1400, 900);
        m_window->show();
    }
    void cleanup() { m_window.reset(); }

    void theRegionsChartPlotsEachRegion()
    {
        open("09-data-centers.yaml");
        QDockWidget *regions = dock("regionsDock");
        QVERIFY(regions);
        QVERIFY(!regions->isHidden());
        QVERIFY(!dock("worldLatencyDock")->isHidden());
        // Raised in their tabs: on screen, not behind another chart.
        QTRY_VERIFY(m_live->charts()->regions()->isVisible());
        QTRY_VERIFY(RegionsView::of(m_window.get())->world()->isVisible());
        runTo(40);
        RegionsChart *chart = m_live->charts()->regions();
        QTRY_COMPARE(chart->regions(), QStringList({"us-east", "europe"}));
        for (const QString &r : chart->regions()) {
            QCPGraph *p95 = chart->p95Graph(r);
            QCPGraph *errors = chart->errorsGraph(r);
            QVERIFY(p95 && errors);
            // One point per simulated second, none doubled by a gap padding a new line.
            QCOMPARE(p95->dataCount(), 40);
            QCOMPARE(errors->dataCount(), 40);
            // A real latency per second: more than the round trip inside a region, less
            // than a timeout; no errors before the data center fails.
            const double last = (p95->data()->constEnd() - 1)->value;
            QVERIFY2(last > 20 && last < 2000, qPrintable(QString::number(last)));
            QCOMPARE((errors->data()->constEnd() - 1)->value, 0.0);
        }
        // The world map shows the same figure as the chart's newest point.
        WorldLatencyView *world = RegionsView::of(m_window.get())->world();
        QCOMPARE(world->liveP95(QStringLiteral("europe")),
                 (chart->p95Graph(QStringLiteral("europe"))->data()->constEnd() - 1)->value);
    }

    void noRegionsChartWithoutRegions()
    {
        open("04-load-balancer.yaml");
        QVERIFY(dock("regionsDock")->isHidden());
        QVERIFY(dock("worldLatencyDock")->isHidden());
        runTo(20);
        QVERIFY(m_live->charts()->regions()->regions().isEmpty());
        QCOMPARE(m_live->charts()->regions()->graphCount(), 0);
        // A design with regions brings it back, and one without takes it away again.
        open("09-data-centers.yaml");
        QVERIFY(!dock("regionsDock")->isHidden());
        open("04-load-balancer.yaml");
        QVERIFY(dock("regionsDock")->isHidden());
    }

    void latenciesAreEditedInOneUndoableStep()
    {
        open("09-data-centers.yaml");
        Document *doc = m_window->document();
        RegionsView *view = RegionsView::of(m_window.get());
        QAction *action = m_window->findChild<QAction *>(QStringLiteral("regionLatenciesAction"));
        QVERIFY(action && action->isEnabled());
        action->trigger();
        auto *dialog = m_window->findChild<RegionLatencyDialog *>();
        QVERIFY(dialog && dialog->isVisible());
        QCOMPARE(dialog->regions(), QStringList({"us-east", "europe"}));
        // The default, not bold: nothing in the design yet.
        QCOMPARE(cell(dialog, "us-east", "europe"), QStringLiteral("40"));
        QVERIFY(!dialog->table()->item(0, 1)->font().bold());
        QCOMPARE(view->world()->latencyLabel("us-east", "europe"), QStringLiteral("40 ms"));

        const int steps = doc->undoStack()->count();
        type(dialog, "europe", "us-east", "75");
        QCOMPARE(cell(dialog, "us-east", "europe"), QStringLiteral("75")); // both halves
        QVERIFY(dialog->table()->item(0, 1)->font().bold());
        QCOMPARE(dialog->world()->latencyLabel("us-east", "europe"), QStringLiteral("75 ms"));
        QCOMPARE(tableMs("us-east", "europe"), -1.0); // not applied yet
        QVERIFY(dialog->apply().isEmpty());
        QCOMPARE(tableMs("us-east", "europe"), 75.0);
        QCOMPARE(doc->undoStack()->count(), steps + 1);
        QCOMPARE(view->world()->latencyLabel("us-east", "europe"), QStringLiteral("75 ms"));

        doc->undoStack()->undo();
        QCOMPARE(tableMs("us-east", "europe"), -1.0);
        QCOMPARE(cell(dialog, "us-east", "europe"), QStringLiteral("40"));
        doc->undoStack()->redo();
        QCOMPARE(tableMs("us-east", "europe"), 75.0);
        QCOMPARE(cell(dialog, "europe", "us-east"), QStringLiteral("75"));

        // Out of range: the validator refuses, says why, and nothing changes.
        type(dialog, "us-east", "europe", "20000");
        const QString why = dialog->apply();
        QVERIFY2(why.contains(QStringLiteral("10000")), qPrintable(why));
        QVERIFY(dialog->message().contains(why));
        QCOMPARE(tableMs("us-east", "europe"), 75.0);
        QCOMPARE(doc->undoStack()->count(), steps + 1);
        QCOMPARE(cell(dialog, "us-east", "europe"), QStringLiteral("20000")); // to correct
        // Not a number: said at once, the cell shows the value before.
        type(dialog, "us-east", "europe", "far");
        QVERIFY(dialog->message().contains(QStringLiteral("far")));
        QCOMPARE(cell(dialog, "us-east", "europe"), QStringLiteral("20000"));

        // Reset to default takes the override away, again in one step.
        dialog->table()->setCurrentCell(0, 1);
        dialog->table()->item(0, 1)->setSelected(true);
        dialog->resetSelected();
        QCOMPARE(cell(dialog, "us-east", "europe"), QStringLiteral("40"));
        QVERIFY(dialog->apply().isEmpty());
        QCOMPARE(tableMs("us-east", "europe"), -1.0);
        QVERIFY(doc->scenario().region_latency.empty());
        QCOMPARE(doc->undoStack()->count(), steps + 2);
    }

    void aLatencyEditReachesARunningSimulation()
    {
        open("09-data-centers.yaml");
        runTo(30);
        RegionLatencyDialog *dialog = RegionsView::of(m_window.get())->openLatencyDialog();
        type(dialog, "us-east", "europe", "120");
        QVERIFY(dialog->apply().isEmpty());
        controller()->syncNow();
        QVERIFY(controller()->isStarted()); // a live edit, not a new run from 0
        const Scenario &applied = controller()->appliedScenario();
        QCOMPARE(applied.region_latency.size(), std::size_t(1));
        QCOMPARE(applied.region_latency[0].latency_ms, 120.0);
        runTo(40);
        QCOMPARE(controller()->lastFrame()->t_s, 40.0);
    }

    void theWorldMapPlacesRegions()
    {
        open("09-data-centers.yaml");
        Scenario s = m_window->document()->scenario();
        ClientsParams &users = s.components.front().as<ClientsParams>();
        WorldLatencyView *world = RegionsView::of(m_window.get())->world();
        world->resize(800, 380);
        QVERIFY(world->placeKnown("us-east") && world->placeKnown("europe"));
        const QPointF us = world->dotPosition("us-east"), eu = world->dotPosition("europe");
        QVERIFY(us.x() < eu.x());                       // west of Europe
        QVERIFY(std::abs(us.y() - eu.y()) < 0.1 * 380); // about the same latitude
        // A name nobody knows is lined up under the map, still with its latencies.
        users.region = "mars";
        world->setScenario(s);
        QVERIFY(!world->placeKnown("mars"));
        QVERIFY(world->dotPosition("mars").y() > world->dotPosition("us-east").y());
        QCOMPARE(world->latencyLabel("mars", "europe"), QStringLiteral("100 ms"));
        // Cloud-style names find their area.
        users.region = "ap-northeast-2";
        world->setScenario(s);
        QVERIFY(world->placeKnown("ap-northeast-2"));
        QVERIFY(world->dotPosition("ap-northeast-2").x() > eu.x());
    }
};

QTEST_MAIN(TestRegionsView)
#include "tst_regions_view.moc"
