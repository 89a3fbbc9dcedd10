// Presenter mode: the reveal steps show the right components (and run only those), the
// slide keys step through them, the card text is projector-sized at 1920x1080, and
// `scalelab snapshot --presenter --step N` renders it headless.
#include "canvas/canvas_scene.h"
#include "canvas/canvas_view.h"
#include "canvas/component_item.h"
#include "canvas/presenter_style.h"
#include "document/document.h"
#include "run/run_controller.h"
#include "run/simulation_thread.h"
#include "scenario/scenario_io.h"
#include "window/live_view.h"
#include "window/main_window.h"
#include "window/presenter_mode.h"

#include <QImage>
#include <QLabel>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

#include <algorithm>

using namespace scalelab;

namespace {

Scenario stage4()
{
    const LoadResult r =
        loadScenarioFile(std::string(SCALELAB_EXAMPLES_DIR) + "/04-load-balancer.yaml");
    if (!r.ok())
        qFatal("%s", r.message().c_str());
    return *r.scenario;
}

QStringList cardsOn(MainWindow *w)
{
    QStringList ids;
    for (QGraphicsItem *item : w->scene()->items())
        if (auto *card = qgraphicsitem_cast<ComponentItem *>(item))
            ids << card->id();
    ids.sort();
    return ids;
}

} // namespace

class TestPresenter : public QObject {
    Q_OBJECT
private slots:
    void revealStepsShowTheirComponents()
    {
        const Scenario s = stage4();
        QCOMPARE(s.reveal.size(), std::size_t(4));
        PresenterMode mode(s, false);
        mode.window()->resize(1920, 1080);
        QCOMPARE(mode.stepCount(), 4);
        QCOMPARE(cardsOn(mode.window()), QStringList({"dns", "users"}));
        mode.showStep(3);
        QCOMPARE(cardsOn(mode.window()), QStringList({"dns", "lb", "users", "web1", "web2"}));
        mode.showStep(9); // past the end: the last step
        QCOMPARE(mode.step(), 4);
        QCOMPARE(cardsOn(mode.window()).size(), 6);
        QVERIFY(mode.stepOverlay()->text().contains("4"));
        // The editor's design is never touched: the presenter has a document of its own.
        QCOMPARE(mode.window()->document()->scenario().components.size(), std::size_t(6));
    }

    void revealedPartKeepsOnlyWhatIsShown()
    {
        const Scenario part = PresenterMode::revealed(stage4(), 3);
        QCOMPARE(part.components.size(), std::size_t(5));
        for (const Link &l : part.links)
            QVERIFY(l.to != "db" && l.from != "db");
        QCOMPARE(part.links.size(), std::size_t(4));
        QCOMPARE(part.groups.size(), std::size_t(1));
        QCOMPARE(part.faults.size(), std::size_t(1)); // web2 still dies
        QVERIFY(validateScenario(part).empty());
        // Goals about hidden parts wait for their step.
        const Scenario second = PresenterMode::revealed(stage4(), 2);
        QCOMPARE(second.goals.size(), std::size_t(2));
        QVERIFY(std::none_of(second.goals.begin(), second.goals.end(),
                             [](const Goal &g) { return !g.survives.empty(); }));
    }

    void slideKeysStep()
    {
        PresenterMode mode(stage4(), false);
        mode.window()->resize(1920, 1080);
        QVERIFY(QTest::qWaitForWindowExposed(mode.window()));
        QSignalSpy steps(&mode, &PresenterMode::stepChanged);
        QTest::keyClick(mode.window()->view(), Qt::Key_PageDown);
        QCOMPARE(mode.step(), 2);
        QTest::keyClick(mode.window()->view(), Qt::Key_Right);
        QCOMPARE(mode.step(), 3);
        QTest::keyClick(mode.window()->view(), Qt::Key_PageUp);
        QTest::keyClick(mode.window()->view(), Qt::Key_Left);
        QCOMPARE(mode.step(), 1);
        QTest::keyClick(mode.window()->view(), Qt::Key_Left); // already the first
        QCOMPARE(mode.step(), 1);
        QCOMPARE(steps.count(), 4);
    }

    void cardTextReadsFromTheBackOfTheRoom()
    {
        PresenterMode mode(stage4(), false);
        mode.window()->resize(1920, 1080);
        QVERIFY(QTest::qWaitForWindowExposed(mode.window()));
        mode.showStep(4);
        mode.fit();
        QVERIFY(mode.window()->scene()->property(presenter::kSceneProperty).toBool());
        const qreal zoom = mode.window()->view()->transform().m11();
        QVERIFY2(zoom >= 1.0, qPrintable(QString::number(zoom)));
        QVERIFY(presenter::kTitlePx * zoom >= 28);
        QVERIFY(presenter::kDetailPx * zoom >= 20);
        // Every card of the whole design is in view at once.
        const QRectF visible = mode.window()
                                   ->view()
                                   ->mapToScene(mode.window()->view()->viewport()->rect())
                                   .boundingRect();
        for (QGraphicsItem *item : mode.window()->scene()->items())
            if (qgraphicsitem_cast<ComponentItem *>(item))
                QVERIFY(visible.contains(item->sceneBoundingRect()));
    }

    void runsWhatIsShown()
    {
        PresenterMode mode(stage4(), false);
        mode.showStep(3); // no database yet
        RunController *run = LiveView::of(mode.window())->controller();
        run->simulation()->pauseAt(5);
        run->setSpeed(SimulationThread::kAsFastAsPossible);
        run->syncNow();
        run->run();
        QVERIFY(run->simulation()->waitUntilPaused(30000));
        QTRY_VERIFY(run->lastFrame() && run->lastFrame()->t_s >= 5);
        QStringList ids;
        for (const ComponentFrame &c : run->lastFrame()->components)
            ids << QString::fromStdString(c.id);
        ids.sort();
        QCOMPARE(ids, QStringList({"dns", "lb", "users", "web1", "web2"}));
        QVERIFY(mode.goalsOverlay()->isVisible());
    }

    void nothingRunsBeforeTheUsersReachAServer()
    {
        const LoadResult r =
            loadScenarioFile(std::string(SCALELAB_EXAMPLES_DIR) + "/01-single-server.yaml");
        QVERIFY(r.ok());
        PresenterMode mode(*r.scenario, false);
        QCOMPARE(cardsOn(mode.window()), QStringList({"users"}));
        RunController *run = LiveView::of(mode.window())->controller();
        run->simulation()->pauseAt(5);
        run->setSpeed(SimulationThread::kAsFastAsPossible);
        run->run();
        QVERIFY(run->simulation()->waitUntilPaused(30000));
        QTRY_VERIFY(run->lastFrame() && run->lastFrame()->t_s >= 5);
        QVERIFY(run->lastFrame()->components.empty()); // not the whole design behind it
        mode.showStep(3);
        QCOMPARE(cardsOn(mode.window()), QStringList({"dns", "server", "users"}));
    }

    void snapshotRendersAStep()
    {
        QTemporaryDir dir;
        const QString out = dir.filePath(QStringLiteral("step2.png"));
        QProcess p;
        p.start(QStringLiteral(SCALELAB_BINARY),
                {"snapshot", QString(SCALELAB_EXAMPLES_DIR) + "/04-load-balancer.yaml",
                 "--presenter", "--step", "2", "--at", "30", "-o", out});
        QVERIFY(p.waitForFinished(120000));
        QVERIFY2(p.exitCode() == 0, p.readAllStandardError());
        QVERIFY(p.readAllStandardOutput().contains("step 2 of 4"));
        const QImage image(out);
        QCOMPARE(image.size(), QSize(1920, 1080));
        QProcess tooFar;
        tooFar.start(QStringLiteral(SCALELAB_BINARY),
                     {"snapshot", QString(SCALELAB_EXAMPLES_DIR) + "/04-load-balancer.yaml",
                      "--presenter", "--step", "7", "-o", out});
        QVERIFY(tooFar.waitForFinished(120000));
        QCOMPARE(tooFar.exitCode(), 2);
        QVERIFY(tooFar.readAllStandardError().contains("4 reveal step"));
    }
};

QTEST_MAIN(TestPresenter)
#include "tst_presenter.moc"
