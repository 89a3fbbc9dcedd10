// File ▸ Export during a run: the pictures show the design alone (what `scalelab export`
// writes), unless the live state is asked for; the editable formats are in the menu and
// write what the command line writes.
#include "canvas/diagram_export.h"
#include "export/diagram_formats.h"
#include "run/run_controller.h"
#include "run/simulation_thread.h"
#include "scenario/scenario_io.h"
#include "window/live_view.h"
#include "window/main_window.h"

#include <QAction>
#include <QImage>
#include <QMenu>
#include <QMenuBar>
#include <QTemporaryDir>
#include <QtTest>

using namespace scalelab;

namespace {

Scenario stage4()
{
    const LoadResult r = loadScenarioFile(SCALELAB_EXAMPLES_DIR "/04-load-balancer.yaml");
    if (!r.ok())
        qFatal("%s", r.message().c_str());
    return *r.scenario;
}

int differingPixels(const QImage &a, const QImage &b)
{
    if (a.size() != b.size())
        return a.width() * a.height();
    int n = 0;
    for (int y = 0; y < a.height(); ++y)
        for (int x = 0; x < a.width(); ++x)
            n += a.pixel(x, y) != b.pixel(x, y);
    return n;
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

class TestDiagramExports : public QObject {
    Q_OBJECT
private:
    std::unique_ptr<MainWindow> m_window;
    LiveView *m_live = nullptr;
    QTemporaryDir m_tmp;

    RunController *controller() const { return m_live->controller(); }
    double clock() const { return controller()->lastFrame() ? controller()->lastFrame()->t_s : -1; }

private slots:
    void init()
    {
        m_window = std::make_unique<MainWindow>();
        m_window->setDialogsEnabled(false);
        m_live = LiveView::of(m_window.get());
        m_window->openUntitled(stage4());
        m_window->resize(1400, 900);
        m_window->show();
        QTRY_COMPARE(clock(), 0.0);
    }

    void cleanup()
    {
        m_window.reset();
        m_live = nullptr;
    }

    void picturesShowTheDesignUnlessAskedForTheLiveState()
    {
        // Run 60 s under load: cards tinted by utilization, queue bars, dots in flight.
        controller()->simulation()->pauseAt(60);
        controller()->setSpeed(SimulationThread::kAsFastAsPossible);
        controller()->run();
        QVERIFY(controller()->simulation()->waitUntilPaused(60000));
        QTRY_COMPARE(clock(), 60.0);

        const QString clean = m_tmp.filePath(QStringLiteral("clean.png"));
        const QString live = m_tmp.filePath(QStringLiteral("live.png"));
        const QString design = m_tmp.filePath(QStringLiteral("design.png"));
        QCOMPARE(m_window->exportDiagram(clean), QString());
        QCOMPARE(m_window->exportDiagram(live, true), QString());
        // What `scalelab export` draws: the design on a scene of its own.
        QCOMPARE(diagram_export::write(stage4(), design, {}), QString());
        const QImage cleanImage(clean);
        const QImage liveImage(live);
        const QImage designImage(design);
        QVERIFY(!cleanImage.isNull() && !liveImage.isNull());
        QCOMPARE(differingPixels(cleanImage, designImage), 0);
        const int changed = differingPixels(cleanImage, liveImage);
        QVERIFY2(changed > 2000, qPrintable(QString::number(changed)));
        // The SVG too: no run in it (its texts are those of the design).
        const QString svg = m_tmp.filePath(QStringLiteral("clean.svg"));
        const QString svgDesign = m_tmp.filePath(QStringLiteral("design.svg"));
        QCOMPARE(m_window->exportDiagram(svg), QString());
        QCOMPARE(diagram_export::write(stage4(), svgDesign, {}), QString());
        QCOMPARE(readAll(svg), readAll(svgDesign));
    }

    void editableFormatsAreInTheMenuAndMatchTheCommandLine()
    {
        QMenu *file = nullptr;
        for (QAction *a : m_window->menuBar()->actions())
            if (a->menu() && a->text().remove(QLatin1Char('&')) == QLatin1String("File"))
                file = a->menu();
        QVERIFY(file);
        QMenu *exportMenu = nullptr;
        for (QAction *a : file->actions())
            if (a->menu() && a->text().remove(QLatin1Char('&')) == QLatin1String("Export"))
                exportMenu = a->menu();
        QVERIFY(exportMenu);
        QStringList texts;
        for (QAction *a : exportMenu->actions())
            texts << a->text().remove(QLatin1Char('&'));
        for (const char *ext :
             {"(.mmd)", "(.md)", "(.puml)", "(.dot)", "(.drawio)", "(.excalidraw)"})
            QVERIFY2(texts.filter(QLatin1String(ext)).size() == 1, ext);
        QVERIFY(texts.contains(QStringLiteral("Export with Live State…")));

        for (const std::string &ext : diagramFormatExtensions()) {
            const QString path = m_tmp.filePath(QStringLiteral("w.") + QString::fromStdString(ext));
            QCOMPARE(m_window->exportDiagram(path), QString());
            DiagramFormat format{};
            QVERIFY(diagramFormatFor(ext, format) || diagramFormatFor("x." + ext, format));
            const std::string expected =
                writeDiagram(buildDiagram(stage4(), diagram_export::translatedTexts()), format,
                             diagram_export::iconSvg);
            QCOMPARE(readAll(path), QByteArray::fromStdString(expected));
        }
        // draw.io carries the kinds' icons from the resources.
        QVERIFY(diagram_export::iconSvg("load_balancer").find("<svg") != std::string::npos);
        QVERIFY(readAll(m_tmp.filePath(QStringLiteral("w.drawio")))
                    .contains("image=data:image/svg+xml,"));
        // An unknown extension is refused, naming the ones it knows.
        const QString error = m_window->exportDiagram(m_tmp.filePath(QStringLiteral("w.txt")));
        QVERIFY2(error.contains(QLatin1String(".excalidraw")), qPrintable(error));
    }
};

QTEST_MAIN(TestDiagramExports)
#include "tst_diagram_exports.moc"
