// The window's menus and fixed controls: Undo/Redo keep their text (the toolbar does not
// move as you edit), the Simulation menu holds the run actions, Space runs and pauses from
// the canvas but types in a text field, and the Help menu's dialogs say what they should.
#include "canvas/canvas_view.h"
#include "canvas/request_layer_item.h"
#include "document/document.h"
#include "document/scenario_commands.h"
#include "live/run_toolbar.h"
#include "run/run_controller.h"
#include "scenario/scenario_io.h"
#include "window/help_menu.h"
#include "window/live_view.h"
#include "window/main_window.h"
#include "window/simulation_menu.h"

#include <QAction>
#include <QComboBox>
#include <QDialog>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTest>
#include <QTextBrowser>
#include <QToolBar>
#include <QUndoStack>

#include <memory>

using namespace scalelab;

class TestWindowMenus : public QObject {
    Q_OBJECT
private:
    std::unique_ptr<MainWindow> m_window;

    QAction *action(const char *name) const
    {
        auto *a = m_window->findChild<QAction *>(QString::fromLatin1(name));
        if (!a)
            qFatal("no action %s", name);
        return a;
    }
    QMenu *topMenu(const char *objectName) const
    {
        return m_window->menuBar()->findChild<QMenu *>(QString::fromLatin1(objectName));
    }
    RunController *controller() const { return LiveView::of(m_window.get())->controller(); }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        m_window = std::make_unique<MainWindow>();
        m_window->setDialogsEnabled(false);
        const LoadResult r = loadScenarioFile(SCALELAB_EXAMPLES_DIR "/04-load-balancer.yaml");
        QVERIFY(r.ok());
        m_window->openUntitled(*r.scenario);
        m_window->resize(1400, 900);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        m_window->activateWindow();
    }

    void cleanup() { m_window.reset(); }

    void undoAndRedoKeepTheirText()
    {
        QAction *undo = action("undoAction");
        QAction *redo = action("redoAction");
        auto *tools = m_window->findChild<QToolBar *>(QStringLiteral("MainToolBar"));
        QWidget *undoButton = tools->widgetForAction(undo);
        const int width = undoButton->sizeHint().width();
        QVERIFY(!undo->isEnabled() && !redo->isEnabled());

        Document *doc = m_window->document();
        doc->undoStack()->push(makeRenameScenarioCommand(doc, "A much longer name than before"));
        QVERIFY(undo->isEnabled());
        QCOMPARE(undo->text(), QStringLiteral("&Undo"));
        const QString command = doc->undoStack()->undoText();
        QVERIFY(!command.isEmpty());
        QVERIFY2(undo->toolTip().contains(command), qPrintable(undo->toolTip()));
        QCOMPARE(undoButton->sizeHint().width(), width);

        undo->trigger();
        QCOMPARE(doc->undoStack()->index(), 0);
        QVERIFY(redo->isEnabled() && !undo->isEnabled());
        QCOMPARE(redo->text(), QStringLiteral("&Redo"));
        QVERIFY(redo->toolTip().contains(command));
        redo->trigger();
        QCOMPARE(doc->undoStack()->index(), 1);
    }

    void simulationMenuHoldsTheRunActions()
    {
        QMenu *menu = topMenu("SimulationMenu");
        QVERIFY(menu);
        RunToolbar *bar = LiveView::of(m_window.get())->toolbar();
        const QList<QAction *> actions = menu->actions();
        for (QAction *a : {bar->runAction(), bar->pauseAction(), bar->stepEventAction(),
                           bar->stepSecondAction(), bar->resetAction(), action("runPauseAction")})
            QVERIFY2(actions.contains(a), qPrintable(a->text()));
        QCOMPARE(action("runPauseAction")->shortcut(), QKeySequence(Qt::Key_Space));
        // The menu's order: File, Edit, View, Simulation, Lessons, Help.
        QStringList titles;
        for (QAction *a : m_window->menuBar()->actions())
            titles << a->text();
        QCOMPARE(titles.indexOf(menu->title()), 3);
        QCOMPARE(titles.indexOf(topMenu("HelpMenu")->title()), titles.size() - 1);

        // The speed submenu sets the toolbar's speed.
        QMenu *speed = menu->findChild<QMenu *>(QStringLiteral("SpeedMenu"));
        QVERIFY(speed);
        QCOMPARE(speed->actions().size(), bar->speedCombo()->count());
        speed->actions().at(0)->trigger();
        QCOMPARE(bar->speed(), 0.1);
        bar->setSpeed(10);
        QVERIFY(speed->actions().at(bar->speedCombo()->currentIndex())->isChecked());

        // Step second through the menu moves the clock.
        bar->stepSecondAction()->trigger();
        QTRY_COMPARE(bar->clockText(), QStringLiteral("t = 1.000 s"));
    }

    void spaceRunsAndPausesFromTheCanvas()
    {
        CanvasView *view = m_window->view();
        view->setFocus();
        QTRY_VERIFY(view->hasFocus());
        QTest::keyClick(view, Qt::Key_Space);
        QTRY_VERIFY(controller()->isRunning());
        QTest::keyClick(view, Qt::Key_Space);
        QTRY_VERIFY(!controller()->isRunning());

        // Space held with a drag pans the canvas: no toggle.
        QTest::keyPress(view, Qt::Key_Space);
        QTest::mousePress(view->viewport(), Qt::LeftButton, {}, QPoint(300, 300));
        QTest::mouseRelease(view->viewport(), Qt::LeftButton, {}, QPoint(350, 320));
        QTest::keyRelease(view, Qt::Key_Space);
        QTest::qWait(200);
        QVERIFY(!controller()->isRunning());

        // In a text field Space is a blank.
        auto *name = m_window->findChild<QLineEdit *>(QStringLiteral("name"));
        QVERIFY(name);
        name->setFocus();
        QTRY_VERIFY(name->hasFocus());
        name->setText(QStringLiteral("ab"));
        QTest::keyClick(name, Qt::Key_Space);
        QCOMPARE(name->text(), QStringLiteral("ab "));
        QTest::qWait(200);
        QVERIFY(!controller()->isRunning());
    }

    void helpMenuDialogs()
    {
        QVERIFY(topMenu("HelpMenu"));
        auto *help = m_window->findChild<HelpMenu *>();
        QVERIFY(help);
        std::unique_ptr<QDialog> keys(help->createShortcutsDialog());
        auto *table = keys->findChild<QTableWidget *>(QStringLiteral("shortcutsTable"));
        QVERIFY(table && table->rowCount() > 10);
        QStringList rows;
        for (int i = 0; i < table->rowCount(); ++i)
            rows << table->item(i, 0)->text() + QLatin1Char('=') + table->item(i, 1)->text();
        const QString all = rows.join(QLatin1Char('\n'));
        QVERIFY2(all.contains(QStringLiteral("Edit › Undo=Ctrl+Z")), qPrintable(all));
        QVERIFY2(all.contains(QStringLiteral("Simulation › Run / Pause=Space")), qPrintable(all));
        QVERIFY2(all.contains(QStringLiteral("Simulation › Run=F5")), qPrintable(all));

        QVERIFY(!HelpMenu::scenarioFormatPath().isEmpty());
        std::unique_ptr<QDialog> format(help->createFormatDialog());
        auto *text = format->findChild<QTextBrowser *>(QStringLiteral("scenarioFormatText"));
        QVERIFY(text);
        QVERIFY(text->toPlainText().contains(QStringLiteral("The ScaleLab scenario format")));
        QVERIFY(text->toPlainText().contains(QStringLiteral("load_balancer")));

        // Every kind of dot the canvas draws, each with its own picture.
        std::unique_ptr<QDialog> dots(help->createDotsDialog());
        auto *legend = dots->findChild<QTableWidget *>(QStringLiteral("dotsTable"));
        QVERIFY(legend);
        QCOMPARE(legend->rowCount(), kRequestKindCount + 1 + RequestLayerItem::kMarkKinds);
        QSet<QRgb> middles;
        for (int i = 0; i < legend->rowCount(); ++i) {
            const QImage img = legend->item(i, 0)->icon().pixmap(QSize(23, 23)).toImage();
            QVERIFY(!img.isNull());
            middles.insert(img.pixel(img.width() / 2, img.height() / 2));
        }
        QCOMPARE(middles.size(), legend->rowCount()); // no two look the same in the middle
        QVERIFY(legend->item(4, 0)->text().contains(QStringLiteral("answer")));

        QVERIFY(help->aboutText().contains(QStringLiteral(SCALELAB_VERSION)));
    }
};

QTEST_MAIN(TestWindowMenus)
#include "tst_window_menus.moc"
