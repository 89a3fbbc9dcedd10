// The shard router in the window: its menu's Add a Shard adds a database like its last
// shard, linked from the router, with the starting count raised, in one undoable step; a
// database or a web server offers no such action.
#include "document/document.h"
#include "scenario/scenario_io.h"
#include "window/live_view.h"
#include "window/main_window.h"

#include <QAction>
#include <QMenu>
#include <QtTest>

#include <algorithm>
#include <memory>

using namespace scalelab;

class TestShardRouterView : public QObject {
    Q_OBJECT

private slots:
    void addAShardFromTheMenu()
    {
        const LoadResult loaded = loadScenarioFile(SCALELAB_EXAMPLES_DIR "/12-sharding.yaml");
        QVERIFY2(loaded.ok(), loaded.message().c_str());
        MainWindow window;
        window.setDialogsEnabled(false);
        window.openUntitled(*loaded.scenario);
        LiveView *live = LiveView::of(&window);
        QVERIFY(live);
        for (const char *id : {"db1", "web1"}) {
            std::unique_ptr<QMenu> menu(live->createComponentMenu(QString::fromLatin1(id)));
            QVERIFY(!menu->findChild<QAction *>(QStringLiteral("addShardAction")));
        }
        std::unique_ptr<QMenu> menu(live->createComponentMenu(QStringLiteral("router")));
        QAction *add = menu->findChild<QAction *>(QStringLiteral("addShardAction"));
        QVERIFY(add);
        const std::size_t links = window.document()->scenario().links.size();
        add->trigger();
        const Scenario &s = window.document()->scenario();
        const Component *shard = s.find("shard1");
        QVERIFY(shard);
        QCOMPARE(shard->workers, s.find("db4")->workers);
        QCOMPARE(shard->as<DatabaseParams>().read_ms, s.find("db4")->as<DatabaseParams>().read_ms);
        QCOMPARE(s.links.size(), links + 1);
        QVERIFY(std::any_of(s.links.begin(), s.links.end(),
                            [](const Link &l) { return l.from == "router" && l.to == "shard1"; }));
        // It started with 3 shards of 4 databases: now 4 of 5, and still valid.
        QCOMPARE(s.find("router")->as<ShardRouterParams>().initial_shards, std::optional<int>(4));
        QVERIFY(validateScenario(s).empty());
        QVERIFY(shard->position->y > s.find("db4")->position->y);
        window.document()->undoStack()->undo();
        QVERIFY(!window.document()->scenario().find("shard1"));
        QCOMPARE(window.document()->scenario().links.size(), links);
        QCOMPARE(
            window.document()->scenario().find("router")->as<ShardRouterParams>().initial_shards,
            std::optional<int>(3));
    }
};

QTEST_MAIN(TestShardRouterView)
#include "tst_shard_router_view.moc"
