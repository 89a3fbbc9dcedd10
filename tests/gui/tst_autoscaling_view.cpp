// What a student sees of autoscaling: during a run the servers a group added are cards on
// the canvas (below the group's own, inside its box, with the template's links), which
// cannot be selected or moved and say "booting" while they boot; the box grows and
// shrinks with them; the "Servers and cost" chart follows the count and the cost; the
// inspector edits a group's settings as one undo step each; the Edit menu makes a group.
#include "canvas/canvas_scene.h"
#include "canvas/component_item.h"
#include "canvas/group_item.h"
#include "canvas/link_item.h"
#include "charts/charts_panel.h"
#include "charts/scaling_chart.h"
#include "document/document.h"
#include "inspector/inspector_widget.h"
#include "run/run_controller.h"
#include "run/simulation_thread.h"
#include "scenario/scenario_io.h"
#include "window/live_view.h"
#include "window/main_window.h"

#include <QAction>
#include <QDoubleSpinBox>
#include <QSpinBox>
#include <QUndoStack>
#include <QtTest>

using namespace scalelab;

namespace {

Scenario stage8()
{
    const LoadResult r = loadScenarioFile(SCALELAB_EXAMPLES_DIR "/08-stateless.yaml");
    if (!r.ok())
        qFatal("%s", r.message().c_str());
    return *r.scenario;
}

/// A frame of the lesson's design with one server the group added.
std::shared_ptr<Frame> frameWithAddedServer(ScalingState state)
{
    auto frame = std::make_shared<Frame>();
    for (const Component &c : stage8().components)
        frame->components.push_back(ComponentFrame{c.id});
    ComponentFrame added{"fleet-1"};
    added.scaling = state;
    added.scalingGroup = "fleet";
    added.addedBy = "fleet";
    added.templateId = "web1";
    frame->components.push_back(added);
    return frame;
}

} // namespace

class TestAutoscalingView : public QObject {
    Q_OBJECT

private slots:
    void addedServersAreCardsInsideTheGroup()
    {
        MainWindow window;
        window.setDialogsEnabled(false);
        window.openUntitled(stage8());
        LiveView *live = LiveView::of(&window);
        CanvasScene &scene = *window.scene();
        const QRectF before = scene.groupItem("fleet")->sceneBoundingRect();
        live->showFrame(frameWithAddedServer(ScalingState::Booting));
        const ComponentItem *card = scene.componentItem("fleet-1");
        QVERIFY(card);
        QVERIFY(scene.isLiveServer("fleet-1"));
        QVERIFY(!(card->flags() & QGraphicsItem::ItemIsSelectable));
        // Below web2 (the group's lowest card), in the column of web1, inside the box.
        QCOMPARE(card->scenePos().x(), scene.componentItem("web1")->scenePos().x());
        QVERIFY(card->scenePos().y() > scene.componentItem("web2")->scenePos().y());
        const QRectF box = scene.groupItem("fleet")->sceneBoundingRect();
        QVERIFY(box.height() > before.height());
        QVERIFY(box.contains(card->mapRectToScene(card->cardRect())));
        // web1's links, drawn: from the balancer, to the database.
        int links = 0;
        for (const LinkItem *l : scene.linkItems())
            if (l->isVisible() && (l->link().to == "fleet-1" || l->link().from == "fleet-1"))
                ++links;
        QCOMPARE(links, 2);
        QVERIFY(!scene.linkPath(-1, "lb", "fleet-1").points().isEmpty());
        // Selecting everything selects the design only.
        for (QGraphicsItem *item : scene.items())
            item->setSelected(true);
        QVERIFY(!scene.selectedComponentIds().contains("fleet-1"));
        scene.clearSelection();

        // The group removes it: the card and its links go, the box shrinks back.
        auto without = std::make_shared<Frame>();
        for (const Component &c : stage8().components)
            without->components.push_back(ComponentFrame{c.id});
        live->showFrame(without);
        QVERIFY(!scene.componentItem("fleet-1"));
        QVERIFY(scene.linkPath(-1, "lb", "fleet-1").points().isEmpty());
        QCOMPARE(scene.groupItem("fleet")->sceneBoundingRect(), before);

        // A document edit rebuilds the cards: the next frame brings the added one back.
        live->showFrame(frameWithAddedServer(ScalingState::Serving));
        window.scene()->syncAll(window.document()->scenario());
        QVERIFY(!scene.componentItem("fleet-1"));
        live->showFrame(frameWithAddedServer(ScalingState::Serving));
        QVERIFY(scene.componentItem("fleet-1"));
        live->controller()->reset();
        QTRY_VERIFY(!scene.componentItem("fleet-1"));
    }

    void aRunGrowsTheGroupAndChartsItsServersAndCost()
    {
        MainWindow window;
        window.setDialogsEnabled(false);
        window.openUntitled(stage8());
        window.show();
        LiveView *live = LiveView::of(&window);
        RunController *controller = live->controller();
        controller->simulation()->pauseAt(420);
        controller->setSpeed(SimulationThread::kAsFastAsPossible);
        controller->run();
        QVERIFY(controller->simulation()->waitUntilPaused(120000));
        QTRY_VERIFY(controller->lastFrame() && controller->lastFrame()->t_s == 420);
        int added = 0;
        for (const ComponentFrame &c : controller->lastFrame()->components)
            if (!c.addedBy.empty()) {
                ++added;
                QTRY_VERIFY(window.scene()->componentItem(QString::fromStdString(c.id)));
            }
        QVERIFY2(added >= 3, qPrintable(QString::number(added)));
        const ScalingChart *chart = live->charts()->scaling();
        QTRY_VERIFY(chart->serversGraph("fleet") &&
                    !chart->serversGraph("fleet")->data()->isEmpty());
        const auto servers = chart->serversGraph("fleet")->data();
        QCOMPARE((servers->constEnd() - 1)->value, 2.0 + added);
        QVERIFY(servers->constBegin()->value == 2.0);
        QVERIFY(!chart->costGraph()->data()->isEmpty());
        QVERIFY((chart->costGraph()->data()->constEnd() - 1)->value >
                chart->costGraph()->data()->constBegin()->value);
        controller->reset();
    }

    void theInspectorEditsTheGroupsSettings()
    {
        MainWindow window;
        window.setDialogsEnabled(false);
        window.openUntitled(stage8());
        CanvasScene &scene = *window.scene();
        scene.groupItem("fleet")->setSelected(true);
        InspectorWidget *inspector = window.findChild<InspectorWidget *>();
        QVERIFY(inspector);
        QCOMPARE(inspector->currentPage(), InspectorWidget::Page::Group);
        auto *boot = inspector->findChild<QDoubleSpinBox *>("boot_s");
        auto *max = inspector->findChild<QSpinBox *>("max");
        QVERIFY(boot && max);
        QCOMPARE(boot->value(), 30.0);
        const int steps = window.document()->undoStack()->count();
        boot->setValue(90);
        emit boot->editingFinished();
        QCOMPARE(window.document()->scenario().groups[0].scaling.boot_s, 90.0);
        QCOMPARE(window.document()->undoStack()->count(), steps + 1);
        // Fewer servers than the group lists: refused, nothing changes.
        max->setValue(1);
        emit max->editingFinished();
        QCOMPARE(window.document()->scenario().groups[0].scaling.max, 10);
        QCOMPARE(max->value(), 10);
        window.document()->undoStack()->undo();
        QCOMPARE(window.document()->scenario().groups[0].scaling.boot_s, 30.0);
    }

    void theEditMenuMakesAnAutoscalingGroupOfWebServersOnly()
    {
        MainWindow window;
        window.setDialogsEnabled(false);
        Scenario s = stage8();
        s.groups.clear();
        window.openUntitled(s);
        CanvasScene &scene = *window.scene();
        QAction *group = nullptr;
        for (QAction *a : window.findChildren<QAction *>())
            if (a->text().contains("Autoscaling Group"))
                group = a;
        QVERIFY(group);
        scene.selectComponents({"db"});
        group->trigger();
        QVERIFY(window.document()->scenario().groups.empty()); // a database cannot scale
        scene.selectComponents({"web1", "web2"});
        group->trigger();
        QCOMPARE(window.document()->scenario().groups.size(), std::size_t(1));
        QCOMPARE(window.document()->scenario().groups[0].kind, GroupKind::Autoscaling);
        QCOMPARE(window.document()->scenario().groups[0].members,
                 std::vector<std::string>({"web1", "web2"}));
    }
};

QTEST_MAIN(TestAutoscalingView)
#include "tst_autoscaling_view.moc"
