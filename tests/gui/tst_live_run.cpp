// The live view in the real window (offscreen): the run controls move the simulated clock
// as stated, a fail from a component's context menu makes its requests fail and reaches
// the event log, and a live edit (a third web server) lowers the measured latency.
#include "canvas/canvas_scene.h"
#include "canvas/component_item.h"
#include "canvas/component_menu_filter.h"
#include "canvas/live_overlay_item.h"
#include "canvas/request_layer_item.h"
#include "charts/charts_panel.h"
#include "charts/component_series_chart.h"
#include "document/component_commands.h"
#include "document/document.h"
#include "live/event_log_widget.h"
#include "live/run_toolbar.h"
#include "run/run_controller.h"
#include "run/simulation_thread.h"
#include "scenario/scenario_io.h"
#include "window/live_view.h"
#include "window/main_window.h"

#include "inspector/inspector_widget.h"
#include <QAction>
#include <QComboBox>
#include <QGraphicsSceneContextMenuEvent>
#include <QMenu>
#include <QSignalSpy>
#include <QSlider>
#include <QStandardItemModel>
#include <QTableView>
#include <QToolButton>

#include <QToolButton>
#include <QtTest>

#include <cmath>

using namespace scalelab;

namespace {

Scenario stage4()
{
    const LoadResult r = loadScenarioFile(SCALELAB_EXAMPLES_DIR "/04-load-balancer.yaml");
    if (!r.ok())
        qFatal("%s", r.message().c_str());
    return *r.scenario;
}

/// The mean of a time-series column over rows with t in (from, to].
double columnMean(const std::vector<std::shared_ptr<const Frame>> &frames, const std::string &name,
                  double from, double to)
{
    double sum = 0;
    int n = 0;
    for (const auto &f : frames) {
        const auto col = std::find(f->columns.begin(), f->columns.end(), name) - f->columns.begin();
        for (std::size_t i = 0; i < f->samples.size(); ++i)
            if (f->sampleTimes[i] > from && f->sampleTimes[i] <= to &&
                !std::isnan(f->samples[i][static_cast<std::size_t>(col)])) {
                sum += f->samples[i][static_cast<std::size_t>(col)];
                ++n;
            }
    }
    return n ? sum / n : std::nan("");
}

} // namespace

class TestLiveRun : public QObject {
    Q_OBJECT
private:
    std::unique_ptr<MainWindow> m_window;
    LiveView *m_live = nullptr;
    std::vector<std::shared_ptr<const Frame>> m_frames;

    RunController *controller() const { return m_live->controller(); }
    double clock() const { return controller()->lastFrame() ? controller()->lastFrame()->t_s : -1; }
    /// Runs as fast as possible until the clock reaches t, then lets every frame arrive.
    void runTo(double t)
    {
        controller()->simulation()->pauseAt(t);
        controller()->setSpeed(SimulationThread::kAsFastAsPossible);
        controller()->run();
        QVERIFY(controller()->simulation()->waitUntilPaused(60000));
        QTRY_COMPARE(clock(), t);
    }

private slots:
    void init()
    {
        m_window = std::make_unique<MainWindow>();
        m_window->setDialogsEnabled(false);
        m_live = LiveView::of(m_window.get());
        m_window->openUntitled(stage4());
        m_window->resize(1400, 900);
        m_window->show();
        m_frames.clear();
        connect(controller(), &RunController::frameShown, this,
                [this](std::shared_ptr<const Frame> f) { m_frames.push_back(std::move(f)); });
        QTRY_COMPARE(clock(), 0.0);
    }

    void cleanup()
    {
        m_window.reset();
        m_live = nullptr;
    }

    void stepsAndRunMoveTheClock()
    {
        RunToolbar *bar = m_live->toolbar();
        bar->stepSecondAction()->trigger();
        QTRY_COMPARE(clock(), 1.0);
        bar->stepSecondAction()->trigger();
        QTRY_COMPARE(clock(), 2.0);
        QCOMPARE(bar->clockText(), QStringLiteral("t = 2.000 s"));

        const std::uint64_t events = controller()->lastFrame()->events;
        bar->stepEventAction()->trigger();
        QTRY_COMPARE(controller()->lastFrame()->events, events + 1);
        const double afterEvent = clock();
        QVERIFY(afterEvent >= 2.0 && afterEvent < 3.0);

        // Real time at 1x: about a simulated second per real second.
        bar->speedCombo()->setCurrentIndex(bar->speedCombo()->findData(1.0));
        bar->runAction()->trigger();
        QTest::qWait(500);
        bar->pauseAction()->trigger();
        QVERIFY(controller()->simulation()->waitUntilPaused());
        QTest::qWait(100);
        const double paused = clock();
        QVERIFY2(paused > afterEvent + 0.2 && paused < afterEvent + 1.5,
                 qPrintable(QString::number(paused - afterEvent)));
        QTest::qWait(300);
        QCOMPARE(clock(), paused); // a paused run stays put

        bar->resetAction()->trigger();
        QTRY_COMPARE(clock(), 0.0);
    }

    void failFromTheContextMenu()
    {
        runTo(70);
        // A right-click on web1's card asks for the run menu.
        auto *filter = m_window->scene()->findChild<ComponentMenuFilter *>();
        QVERIFY(filter);
        QSignalSpy asked(filter, &ComponentMenuFilter::menuRequested);
        QGraphicsSceneContextMenuEvent click(QEvent::GraphicsSceneContextMenu);
        click.setScenePos(m_window->scene()->componentItem(QStringLiteral("web1"))->scenePos());
        QCoreApplication::sendEvent(m_window->scene(), &click);
        QCOMPARE(asked.count(), 1);
        QCOMPARE(asked.at(0).at(0).toString(), QStringLiteral("web1"));
        QApplication::closeAllWindows(); // the popup it opened
        m_window->show();

        std::unique_ptr<QMenu> menu(m_live->createComponentMenu(QStringLiteral("web1")));
        QAction *fail = menu->findChild<QAction *>(QStringLiteral("failAction"));
        QVERIFY(fail && fail->isEnabled());
        fail->trigger();
        runTo(75);

        const auto &last = controller()->lastFrame();
        const auto web1 = std::find_if(last->components.begin(), last->components.end(),
                                       [](const ComponentFrame &c) { return c.id == "web1"; });
        QVERIFY(web1 != last->components.end() && !web1->up);
        // Requests sent to web1 failed until the health check took it out.
        QVERIFY(columnMean(m_frames, "errors_rps", 70, 75) > 0);
        QVERIFY(columnMean(m_frames, "down_rps", 70, 75) > 0);
        bool logged = false;
        const QAbstractItemModel *log = m_live->eventLog()->view()->model();
        for (int row = 0; row < log->rowCount(); ++row)
            for (int col = 0; col < log->columnCount(); ++col)
                logged = logged || log->index(row, col).data().toString().contains(
                                       QStringLiteral("failed (by hand)"));
        QVERIFY(logged);

        std::unique_ptr<QMenu> again(m_live->createComponentMenu(QStringLiteral("web1")));
        QVERIFY(!again->findChild<QAction *>(QStringLiteral("failAction"))->isEnabled());
        QVERIFY(again->findChild<QAction *>(QStringLiteral("recoverAction"))->isEnabled());
    }

    void failFromTheInspector()
    {
        runTo(40);
        InspectorWidget *inspector = m_window->inspector();
        QToolButton *faults = inspector->faultsButton();
        QVERIFY(!faults->isVisible()); // nothing selected: the scenario page
        m_window->scene()->componentItem(QStringLiteral("web2"))->setSelected(true);
        QTRY_VERIFY(faults->isVisible());
        QTest::mouseClick(faults, Qt::LeftButton);
        QMenu *menu = nullptr;
        QTRY_VERIFY((menu = inspector->findChild<QMenu *>(QStringLiteral("ComponentRunMenu"))));
        QAction *fail = menu->findChild<QAction *>(QStringLiteral("failAction"));
        QVERIFY(fail && fail->isEnabled() && fail->text().contains(QStringLiteral("web2")));
        fail->trigger();
        menu->close();
        runTo(45);
        const auto &last = controller()->lastFrame();
        const auto web2 = std::find_if(last->components.begin(), last->components.end(),
                                       [](const ComponentFrame &c) { return c.id == "web2"; });
        QVERIFY(web2 != last->components.end() && !web2->up);
    }

    void liveEditAddingAServerLowersLatency()
    {
        // Push the two servers near saturation with the load slider's one undo command.
        QSlider *slider = m_live->toolbar()->loadSlider();
        const int before = m_window->document()->undoStack()->count();
        slider->setValue(RunToolbar::sliderValue(1400));
        QCOMPARE(m_window->document()->undoStack()->count(), before + 1);
        QCOMPARE(m_window->document()->scenario().firstClients()->as<ClientsParams>().rate_rps,
                 1400.0);
        controller()->syncNow(); // the run reloads at 0 with the new load before pauseAt
        runTo(120);
        const double slow = columnMean(m_frames, "p95_ms", 70, 120);

        // Scale out while the run goes on: web3 behind the balancer, calling the database.
        Component web3 = *m_window->document()->scenario().find("web2");
        web3.id = "web3";
        Link lbToWeb3{"lb", "web3", 1.0, 0.2, {}};
        Link web3ToDb{"web3", "db", 0.5, 0.5, {}};
        m_window->document()->undoStack()->push(new AddItemsCommand(
            m_window->document(), QStringLiteral("Add web3"), {web3}, {lbToWeb3, web3ToDb}));
        controller()->syncNow();
        runTo(200);
        const double fast = columnMean(m_frames, "p95_ms", 150, 200);
        QVERIFY2(fast < 0.8 * slow,
                 qPrintable(QStringLiteral("p95 %1 ms before, %2 ms after").arg(slow).arg(fast)));
        const auto &journal = controller()->simulation()->journal();
        QVERIFY(!journal.empty());
        QCOMPARE(journal.back().t_s, 120.0); // applied at the time the run stood at
    }

    /// File > New or Open while a run goes on: the old run stops and the live view is
    /// empty (no badges, no DOWN card, no dots, the clock at 0, charts and log empty).
    void newAndOpenStopTheRun_data()
    {
        QTest::addColumn<bool>("open");
        QTest::newRow("new") << false;
        QTest::newRow("open") << true;
    }
    void newAndOpenStopTheRun()
    {
        QFETCH(bool, open);
        runTo(70);
        controller()->failComponent(QStringLiteral("web1"));
        controller()->setSpeed(10);
        controller()->run();
        QTRY_VERIFY(controller()->isRunning());
        QTRY_VERIFY(m_live->eventLog()->entryCount() > 0);

        if (open)
            QVERIFY(m_window->openFile(SCALELAB_EXAMPLES_DIR "/01-single-server.yaml").isEmpty());
        else
            m_window->newDesign();
        QTRY_VERIFY(!controller()->isRunning());
        QTest::qWait(300); // frames of the old run that were on their way
        // Nothing, or the new design's run waiting at 0 with everything up.
        const std::shared_ptr<const Frame> last = controller()->lastFrame();
        QCOMPARE(bool(last), open);
        if (last) {
            QCOMPARE(last->t_s, 0.0);
            QVERIFY(last->dots.empty());
            for (const ComponentFrame &c : last->components)
                QVERIFY2(c.up && c.id != "web1", c.id.c_str());
        }
        QCOMPARE(m_live->overlay()->frame(), last);
        QCOMPARE(m_live->requestLayer()->frame(), last);
        QCOMPARE(m_live->toolbar()->clockText(), QStringLiteral("t = 0.000 s"));
        QCOMPARE(m_live->eventLog()->entryCount(), 0);
        QVERIFY(m_live->charts()->utilization()->components().isEmpty());
        QVERIFY(!controller()->isStarted());
    }
};

QTEST_MAIN(TestLiveRun)
#include "tst_live_run.moc"
