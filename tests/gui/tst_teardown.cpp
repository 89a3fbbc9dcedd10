// Closing a window announces nothing: Qt emits from destructors (~QUndoStack's cleanChanged,
// a selected item's selectionChanged), and by the time the children die the window and its
// LiveView are half destroyed, so any slot that ran would run on a dead object (UBSan and
// ASan abort there). The sanitizer build runs the GUI tests; this one pins the rule.
#include "canvas/canvas_scene.h"
#include "common/clients_helpers.h"
#include "document/component_commands.h"
#include "document/document.h"
#include "window/main_window.h"

#include <QGraphicsItem>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QUndoStack>

using namespace scalelab;
using namespace scalelab::test;

class TestTeardown : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void closingAnEditedWindowWithASelectionAnnouncesNothing()
    {
        Scenario s;
        s.name = "teardown";
        Component web = defaultComponent(ComponentKind::WebServer, "web");
        web.position = Position{0, 0};
        s.components = {web};
        addClients(s, "web");

        auto *window = new MainWindow;
        window->setDialogsEnabled(false);
        window->show();
        QVERIFY(QTest::qWaitForWindowExposed(window));
        window->openUntitled(s);
        // An edit leaves the stack not clean, so ~QUndoStack would announce cleanChanged.
        QVERIFY(window->document()
                    ->pushChecked(new MoveComponentsCommand(
                        window->document(), {QStringLiteral("web")}, {QPointF(100, 40)}))
                    .isEmpty());
        QVERIFY(!window->document()->undoStack()->isClean());
        window->scene()->selectComponents({QStringLiteral("web")});
        QCOMPARE(window->scene()->selectedItems().size(), 1);

        QSignalSpy clean(window->document()->undoStack(), &QUndoStack::cleanChanged);
        QSignalSpy selection(window->scene(), &QGraphicsScene::selectionChanged);
        QSignalSpy sceneGone(window->scene(), &QObject::destroyed);
        delete window;
        QCOMPARE(sceneGone.count(), 1);
        QCOMPARE(clean.count(), 0);
        QCOMPARE(selection.count(), 0);
    }

    void aSceneDestroyedWithASelectionAnnouncesNothing()
    {
        auto *scene = new CanvasScene;
        Scenario s;
        Component web = defaultComponent(ComponentKind::WebServer, "web");
        web.position = Position{0, 0};
        s.components = {web};
        scene->syncAll(s);
        scene->selectComponents({QStringLiteral("web")});
        QCOMPARE(scene->selectedItems().size(), 1);
        QSignalSpy selection(scene, &QGraphicsScene::selectionChanged);
        delete scene;
        QCOMPARE(selection.count(), 0);
    }
};

QTEST_MAIN(TestTeardown)
#include "tst_teardown.moc"
