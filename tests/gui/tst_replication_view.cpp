// What a student sees of replication: a dashed arrow from the primary to each replica,
// labelled with the mode while editing and with the live lag in a run; after a promotion
// the arrows start from the new primary; the run menu of a replica promotes it, and the
// run then has a new primary; stale reads are drawn in a colour of their own.
#include "canvas/canvas_scene.h"
#include "canvas/component_item.h"
#include "canvas/replication_item.h"
#include "canvas/request_layer_item.h"
#include "charts/charts_panel.h"
#include "charts/component_series_chart.h"
#include "document/document.h"
#include "run/run_controller.h"
#include "run/simulation_thread.h"
#include "scenario/scenario_io.h"
#include "window/live_view.h"
#include "window/main_window.h"

#include <QAction>
#include <QMenu>
#include <QtTest>

#include <cmath>

using namespace scalelab;

namespace {

Scenario stage5()
{
    const LoadResult r = loadScenarioFile(SCALELAB_EXAMPLES_DIR "/05-replication.yaml");
    if (!r.ok())
        qFatal("%s", r.message().c_str());
    return *r.scenario;
}

const ReplicationItem *arrowTo(const CanvasScene &scene, const char *replica)
{
    for (const ReplicationItem *r : scene.replicationItems())
        if (r->replica() == QLatin1String(replica))
            return r;
    return nullptr;
}

QRectF cardOf(const CanvasScene &scene, const char *id)
{
    const ComponentItem *c = scene.componentItem(QString::fromLatin1(id));
    return c->mapRectToScene(c->cardRect());
}

} // namespace

class TestReplicationView : public QObject {
    Q_OBJECT

private slots:
    void arrowsFromThePrimaryToEachReplica()
    {
        MainWindow window;
        window.setDialogsEnabled(false);
        window.openUntitled(stage5());
        const CanvasScene &scene = *window.scene();
        QCOMPARE(scene.replicationItems().size(), 2);
        for (const char *replica : {"replica1", "replica2"}) {
            const ReplicationItem *arrow = arrowTo(scene, replica);
            QVERIFY(arrow);
            QCOMPARE(arrow->primary(), QStringLiteral("primary"));
            QCOMPARE(arrow->text(), QStringLiteral("Asynchronous replication"));
            // From the primary's card to the replica's, through no other card.
            const QPolygonF &points = arrow->path().points();
            QVERIFY(points.size() >= 2);
            QVERIFY(cardOf(scene, "primary").adjusted(-2, -2, 2, 2).contains(points.front()));
            QVERIFY(cardOf(scene, replica).adjusted(-2, -2, 2, 2).contains(points.back()));
            const char *other = replica == std::string("replica1") ? "replica2" : "replica1";
            QVERIFY(!polylineCrossesRect(points, cardOf(scene, other)));
        }
        // No longer a replica: its arrow goes.
        Component c = *stage5().find("replica2");
        c.as<DatabaseParams>().replica_of.clear();
        window.scene()->syncComponent(c);
        QCOMPARE(scene.replicationItems().size(), 1);
        QVERIFY(!arrowTo(scene, "replica2"));
    }

    void aRunShowsTheLagAndTheNewPrimary()
    {
        MainWindow window;
        window.setDialogsEnabled(false);
        window.openUntitled(stage5());
        LiveView *live = LiveView::of(&window);
        const CanvasScene &scene = *window.scene();

        // After a promotion: replica2 is the primary, the old primary a dead replica.
        auto frame = std::make_shared<Frame>();
        for (const Component &c : stage5().components)
            frame->components.push_back(ComponentFrame{c.id});
        for (ComponentFrame &c : frame->components) {
            if (c.id == "replica2")
                c.role = ReplicaRole::Primary;
            if (c.id == "replica1" || c.id == "primary") {
                c.role = ReplicaRole::Replica;
                c.primaryId = "replica2";
            }
            if (c.id == "replica1")
                c.figures.push_back({"lag", 251.4, false, "ms"});
            if (c.id == "primary")
                c.up = false;
        }
        frame->failures = {{0, 0.1f, FailureCause::Down, 1}};
        live->showFrame(frame);
        QCOMPARE(scene.replicationItems().size(), 2);
        QCOMPARE(arrowTo(scene, "replica1")->primary(), QStringLiteral("replica2"));
        QCOMPARE(arrowTo(scene, "replica1")->text(), QStringLiteral("lag 251 ms"));
        QCOMPARE(arrowTo(scene, "primary")->primary(), QStringLiteral("replica2"));
        QCOMPARE(arrowTo(scene, "primary")->text(), QStringLiteral("replica down"));
        QVERIFY(!arrowTo(scene, "replica2"));

        // The lag moves on: only the label changes.
        auto next = std::make_shared<Frame>(*frame);
        for (ComponentFrame &c : next->components)
            if (c.id == "replica1")
                c.figures = {{"lag", 980, false, "ms"}};
        const ReplicationItem *before = arrowTo(scene, "replica1");
        live->showFrame(next);
        QCOMPARE(arrowTo(scene, "replica1"), before);
        QCOMPARE(before->text(), QStringLiteral("lag 980 ms"));

        // The run is cleared: the design's arrows again.
        live->controller()->reset(); // the run starts over: nothing of it is shown
        QTRY_COMPARE(arrowTo(scene, "replica1")->primary(), QStringLiteral("primary"));
        QTRY_COMPARE(arrowTo(scene, "replica1")->text(),
                     QStringLiteral("Asynchronous replication"));
    }

    void staleReadsHaveAColourOfTheirOwn()
    {
        QVERIFY(RequestLayerItem::markColor(1) != RequestLayerItem::failureColor());
        QVERIFY(RequestLayerItem::markColor(2) != RequestLayerItem::failureColor());
        QVERIFY(RequestLayerItem::markColor(1) != RequestLayerItem::markColor(2));
        QCOMPARE(RequestLayerItem::markColor(0), RequestLayerItem::failureColor());
    }

    void promoteFromTheRunMenu()
    {
        MainWindow window;
        window.setDialogsEnabled(false);
        Scenario s = stage5();
        s.faults.clear();
        s.goals.clear();
        window.openUntitled(s);
        window.show();
        LiveView *live = LiveView::of(&window);
        RunController *controller = live->controller();
        const auto runTo = [&](double t) {
            controller->simulation()->pauseAt(t);
            controller->setSpeed(SimulationThread::kAsFastAsPossible);
            controller->run();
            QVERIFY(controller->simulation()->waitUntilPaused(60000));
            QTRY_VERIFY(controller->lastFrame() && controller->lastFrame()->t_s == t);
        };
        runTo(20);
        // The lag chart has a line per member (a primary may become a replica), the
        // replicas near the configured 250 ms on average.
        QTRY_COMPARE(live->charts()->replicationLag()->components(),
                     QStringList({"primary", "replica1", "replica2"}));
        const QCPGraph *lag = live->charts()->replicationLag()->measuredGraph("replica1");
        double sum = 0;
        int n = 0;
        for (auto it = lag->data()->constBegin(); it != lag->data()->constEnd(); ++it)
            if (!std::isnan(it->value)) {
                sum += it->value;
                ++n;
            }
        QVERIFY(n > 10);
        QVERIFY2(sum / n > 150 && sum / n < 400, qPrintable(QString::number(sum / n)));
        // The primary's menu offers no promotion; a replica's does.
        std::unique_ptr<QMenu> primaryMenu(live->createComponentMenu(QStringLiteral("primary")));
        QVERIFY(!primaryMenu->findChild<QAction *>(QStringLiteral("promoteAction")));
        std::unique_ptr<QMenu> menu(live->createComponentMenu(QStringLiteral("replica1")));
        QAction *promote = menu->findChild<QAction *>(QStringLiteral("promoteAction"));
        QVERIFY(promote && promote->isEnabled());
        QVERIFY(promote->text().contains(QStringLiteral("replica1")));
        promote->trigger();
        runTo(25);
        const auto &last = controller->lastFrame();
        for (const ComponentFrame &c : last->components) {
            if (c.id == "replica1")
                QCOMPARE(c.role, ReplicaRole::Primary);
            if (c.id == "primary" || c.id == "replica2") {
                QCOMPARE(c.role, ReplicaRole::Replica);
                QCOMPARE(c.primaryId, std::string("replica1"));
            }
        }
        QTRY_COMPARE(arrowTo(*window.scene(), "primary")->primary(), QStringLiteral("replica1"));
    }

    void addAReplicaFromTheMenu()
    {
        MainWindow window;
        window.setDialogsEnabled(false);
        window.openUntitled(stage5());
        LiveView *live = LiveView::of(&window);
        QVERIFY(live);
        // Offered on the primary, not on a replica or a web server.
        for (const char *id : {"replica1", "web1"}) {
            std::unique_ptr<QMenu> menu(live->createComponentMenu(QString::fromLatin1(id)));
            QVERIFY(!menu->findChild<QAction *>(QStringLiteral("addReplicaAction")));
        }
        std::unique_ptr<QMenu> menu(live->createComponentMenu(QStringLiteral("primary")));
        QAction *add = menu->findChild<QAction *>(QStringLiteral("addReplicaAction"));
        QVERIFY(add);
        const std::size_t links = window.document()->scenario().links.size();
        add->trigger();
        const Scenario &s = window.document()->scenario();
        const Component *replica = s.find("replica3");
        QVERIFY(replica);
        QCOMPARE(replica->as<DatabaseParams>().replica_of, std::string("primary"));
        QCOMPARE(replica->workers, s.find("primary")->workers);
        // Both web servers may now read from it; the design is still valid.
        QCOMPARE(s.links.size(), links + 2);
        QVERIFY(std::any_of(s.links.begin(), s.links.end(),
                            [](const Link &l) { return l.from == "web2" && l.to == "replica3"; }));
        QVERIFY(validateScenario(s).empty());
        QVERIFY(arrowTo(*window.scene(), "replica3"));
        QVERIFY(replica->position->y > s.find("replica2")->position->y);
        // One step to undo.
        window.document()->undoStack()->undo();
        QVERIFY(!window.document()->scenario().find("replica3"));
        QCOMPARE(window.document()->scenario().links.size(), links);
    }
};

QTEST_MAIN(TestReplicationView)
#include "tst_replication_view.moc"
