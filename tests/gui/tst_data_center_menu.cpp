// Data centers in the window: a right-click on a data center's title bar asks for its run
// menu, which fails and recovers everything in it; Set Data Center Region puts a data
// center in a region in one undoable step, and the box shows its region and cost.
#include "canvas/canvas_scene.h"
#include "canvas/component_menu_filter.h"
#include "canvas/group_item.h"
#include "document/document.h"
#include "run/run_controller.h"
#include "run/simulation_thread.h"
#include "scenario/scenario_io.h"
#include "window/live_view.h"
#include "window/main_window.h"

#include <QAction>
#include <QGraphicsSceneContextMenuEvent>
#include <QMenu>
#include <QSignalSpy>
#include <QUndoStack>
#include <QtTest>

using namespace scalelab;

class TestDataCenterMenu : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<MainWindow> m_window;
    LiveView *m_live = nullptr;
    RunController *controller() const { return m_live->controller(); }
    bool up(const char *id) const
    {
        for (const ComponentFrame &c : controller()->lastFrame()->components)
            if (c.id == id)
                return c.up;
        return false;
    }
    void runTo(double t)
    {
        controller()->simulation()->pauseAt(t);
        controller()->setSpeed(SimulationThread::kAsFastAsPossible);
        controller()->run();
        QVERIFY(controller()->simulation()->waitUntilPaused(60000));
        QTRY_COMPARE(controller()->lastFrame()->t_s, t);
    }

private slots:
    void init()
    {
        const LoadResult r = loadScenarioFile(SCALELAB_EXAMPLES_DIR "/09-data-centers.yaml");
        QVERIFY2(r.ok(), r.message().c_str());
        m_window = std::make_unique<MainWindow>();
        m_window->setDialogsEnabled(false);
        m_live = LiveView::of(m_window.get());
        m_window->openUntitled(*r.scenario);
        m_window->resize(1400, 900);
        m_window->show();
        QTRY_VERIFY(controller()->lastFrame() != nullptr);
    }
    void cleanup() { m_window.reset(); }

    void failsAndRecoversTheWholeDataCenter()
    {
        GroupItem *box = m_window->scene()->groupItem(QStringLiteral("dc-eu"));
        QVERIFY(box);
        auto *filter = m_window->scene()->findChild<ComponentMenuFilter *>();
        QSignalSpy asked(filter, &ComponentMenuFilter::menuRequested);
        QGraphicsSceneContextMenuEvent click(QEvent::GraphicsSceneContextMenu);
        click.setScenePos(box->titleBar().center());
        QCoreApplication::sendEvent(m_window->scene(), &click);
        QCOMPARE(asked.count(), 1);
        QCOMPARE(asked.at(0).at(0).toString(), QStringLiteral("dc-eu"));
        QApplication::closeAllWindows();
        m_window->show();

        runTo(50);
        std::unique_ptr<QMenu> menu(m_live->createComponentMenu(QStringLiteral("dc-eu")));
        QAction *fail = menu->findChild<QAction *>(QStringLiteral("failDataCenterAction"));
        QAction *recover = menu->findChild<QAction *>(QStringLiteral("recoverDataCenterAction"));
        QVERIFY(fail && recover && fail->isEnabled() && !recover->isEnabled());
        fail->trigger();
        runTo(60);
        for (const char *id : {"lb-eu", "web-eu1", "web-eu2", "db-eu"})
            QVERIFY2(!up(id), id);
        QVERIFY(up("lb-us"));
        menu.reset(m_live->createComponentMenu(QStringLiteral("dc-eu")));
        recover = menu->findChild<QAction *>(QStringLiteral("recoverDataCenterAction"));
        QVERIFY(recover->isEnabled());
        recover->trigger();
        runTo(70);
        for (const char *id : {"lb-eu", "web-eu1", "web-eu2", "db-eu"})
            QVERIFY2(up(id), id);
    }

    void setsARegionInOneUndoableStep()
    {
        Document *doc = m_window->document();
        m_window->setGroupRegion(QStringLiteral("dc-eu"), QStringLiteral("asia"));
        QCOMPARE(doc->scenario().groups[1].region, std::string("asia"));
        QCOMPARE(m_window->scene()->groupItem(QStringLiteral("dc-eu"))->region(),
                 QStringLiteral("asia"));
        // The tag says where it stands in capitals and its cost per hour in lower case.
        const QString tag = m_window->scene()->groupItem(QStringLiteral("dc-eu"))->tagText();
        QVERIFY2(tag.startsWith(QStringLiteral("ASIA · $")) && tag.endsWith(QStringLiteral("/h")),
                 qPrintable(tag));
        doc->undoStack()->undo();
        QCOMPARE(doc->scenario().groups[1].region, std::string("europe"));
        // A name the validator refuses changes nothing.
        m_window->setGroupRegion(QStringLiteral("dc-eu"), QStringLiteral("two words"));
        QCOMPARE(doc->scenario().groups[1].region, std::string("europe"));
    }
};

QTEST_MAIN(TestDataCenterMenu)
#include "tst_data_center_menu.moc"
