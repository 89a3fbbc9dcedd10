// Screenshots of the editor for the docs. Always checks that the window grabs are real
// images of the right size; writes them only when SCALELAB_SCREENSHOTS_DIR is set:
//   SCALELAB_SCREENSHOTS_DIR=docs/images QT_QPA_PLATFORM=offscreen build/tests/tst_screenshots
#include "canvas/canvas_scene.h"
#include "canvas/canvas_view.h"
#include "canvas/component_item.h"
#include "charts/charts_panel.h"
#include "charts/regions_chart.h"
#include "document/document.h"
#include "inspector/inspector_widget.h"
#include "live/run_toolbar.h"
#include "run/run_controller.h"
#include "run/simulation_thread.h"
#include "scenario/scenario_io.h"
#include "window/live_view.h"
#include "window/main_window.h"
#include "window/regions_view.h"
#include "window/run_summary_dock.h"
#include "window/start_page.h"
#include "world/world_latency_view.h"
#include <QDir>
#include <QDockWidget>
#include <QFile>
#include <QImage>
#include <QListWidget>
#include <QPixmap>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>

#include <cmath>
#include <tuple>

using namespace scalelab;

class TestScreenshots : public QObject {
    Q_OBJECT

private:
    MainWindow *m_window = nullptr;
    const QSize m_size{1400, 900};

    /// Grabs the window (or another widget), checks the picture, and saves it when asked to.
    void shoot(const QString &name, QWidget *widget = nullptr)
    {
        QApplication::processEvents();
        QWidget *w = widget ? widget : m_window;
        const QImage image = w->grab().toImage();
        QVERIFY(!image.isNull());
        QCOMPARE(image.size() / image.devicePixelRatio(), w->size());
        // A real picture has many colours; a blank or failed grab has one or two.
        QSet<QRgb> colours;
        for (int y = 0; y < image.height(); y += 7)
            for (int x = 0; x < image.width(); x += 7)
                colours.insert(image.pixel(x, y));
        QVERIFY2(colours.size() > 20, qPrintable(name));
        const QString dir = qEnvironmentVariable("SCALELAB_SCREENSHOTS_DIR");
        if (!dir.isEmpty()) {
            QVERIFY(QDir().mkpath(dir));
            QVERIFY(image.save(QDir(dir).filePath(name + QStringLiteral(".png"))));
        }
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_window = new MainWindow;
        m_window->setDialogsEnabled(false);
        m_window->setTheme(Theme::Light);
        m_window->resize(m_size);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window));
        m_window->resize(m_size);
    }

    void cleanupTestCase() { delete m_window; }

    void empty()
    {
        Scenario s;
        s.name = "New design";
        m_window->openUntitled(s);
        shoot(QStringLiteral("editor-empty"));
        QCOMPARE(m_window->scene()->componentItems().size(), 0);
    }

    void stage4()
    {
        const QString path = QStringLiteral(SCALELAB_EXAMPLES_DIR "/04-load-balancer.yaml");
        QCOMPARE(m_window->openFile(path), QString());
        m_window->view()->fitToView();
        QVERIFY(m_window->scene()->componentItems().size() >= 3);
        shoot(QStringLiteral("editor-stage4"));
    }

    void selection()
    {
        // Click a web server card the way a user would; the inspector shows it.
        ComponentItem *web = nullptr;
        for (ComponentItem *item : m_window->scene()->componentItems()) {
            const Component *c = m_window->document()->scenario().find(item->id().toStdString());
            if (c && c->kind == ComponentKind::WebServer && (!web || item->id() < web->id()))
                web = item;
        }
        QVERIFY(web);
        const QPoint p = m_window->view()->mapFromScene(web->scenePos());
        QTest::mouseClick(m_window->view()->viewport(), Qt::LeftButton, {}, p);
        QCOMPARE(m_window->scene()->selectedComponentIds(), QStringList{web->id()});
        QCOMPARE(m_window->inspector()->currentPage(), InspectorWidget::Page::Component);
        shoot(QStringLiteral("editor-selection"));
    }

    void startPage()
    {
        // The picture for the docs shows no files of the machine that made it.
        QSettings().remove(QStringLiteral("recentFiles"));
        StartPage page(m_window);
        page.resize(640, 620);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QCOMPARE(page.examplesList()->count(),
                 QDir(QStringLiteral(SCALELAB_EXAMPLES_DIR))
                     .entryList({QStringLiteral("*.yaml")}, QDir::Files)
                     .size());
        shoot(QStringLiteral("start-page"), &page);
    }

    void runSummary()
    {
        LoadResult r = loadScenarioFile(SCALELAB_EXAMPLES_DIR "/04-load-balancer.yaml");
        QVERIFY(r.ok());
        r.scenario->run.duration_s = 300;
        r.scenario->run.warmup_s = 30;
        m_window->openUntitled(*r.scenario);
        LiveView *live = LiveView::of(m_window);
        live->controller()->setSpeed(SimulationThread::kAsFastAsPossible);
        live->controller()->run();
        QTRY_VERIFY_WITH_TIMEOUT(!live->summary()->text().isEmpty(), 60000);
        QTRY_VERIFY(!live->controller()->isRunning());
        QTest::qWait(500); // the charts' deferred replot after the last frame
        shoot(QStringLiteral("run-summary"));
        // The panel on its own, floated wide enough for its table.
        RunSummaryDock *dock = live->summary();
        dock->setFloating(true);
        dock->resize(720, 400);
        QVERIFY(QTest::qWaitForWindowExposed(dock));
        shoot(QStringLiteral("run-summary-dock"), dock);
        dock->setFloating(false);
    }

    void regions()
    {
        // Stage 9 at 380 s: us-east failed at 300 s and its users moved to Europe.
        QCOMPARE(m_window->openFile(QStringLiteral(SCALELAB_EXAMPLES_DIR "/09-data-centers.yaml")),
                 QString());
        LiveView *live = LiveView::of(m_window);
        live->controller()->simulation()->pauseAt(380);
        live->controller()->setSpeed(SimulationThread::kAsFastAsPossible);
        live->controller()->run();
        QVERIFY(live->controller()->simulation()->waitUntilPaused(60000));
        QTRY_VERIFY(live->controller()->lastFrame() != nullptr);
        QTRY_COMPARE(live->controller()->lastFrame()->t_s, 380.0);
        QTest::qWait(500); // the charts' deferred replot after the last frame
        auto *chart = m_window->findChild<QDockWidget *>(QStringLiteral("regionsDock"));
        QDockWidget *world = RegionsView::of(m_window)->worldDock();
        QVERIFY(chart && !chart->isHidden() && !world->isHidden());
        QVERIFY(std::isfinite(RegionsView::of(m_window)->world()->liveP95("europe")));
        // Both regions' lines hold one point per second (a gap padding a new line used to
        // double a region's points, and its line vanished between the gaps).
        RegionsChart *rc = live->charts()->regions();
        QCOMPARE(rc->regions().size(), 2);
        for (const QString &r : rc->regions())
            QCOMPARE(rc->p95Graph(r)->dataCount(), 380);
        for (auto [dock, name, size] : {std::tuple{chart, "regions-chart", QSize(900, 320)},
                                        std::tuple{world, "world-latency", QSize(900, 430)}}) {
            dock->setFloating(true);
            dock->resize(size);
            QVERIFY(QTest::qWaitForWindowExposed(dock));
            QTest::qWait(200);
            shoot(QString::fromLatin1(name), dock);
            dock->setFloating(false);
        }
        live->controller()->reset();
    }

    void darkToolbar()
    {
        m_window->setTheme(Theme::Dark);
        QApplication::processEvents();
        RunToolbar *bar = LiveView::of(m_window)->toolbar();
        shoot(QStringLiteral("dark-toolbar"), bar);
        shoot(QStringLiteral("editor-dark"));
        m_window->setTheme(Theme::Light);
    }
};

QTEST_MAIN(TestScreenshots)
#include "tst_screenshots.moc"
