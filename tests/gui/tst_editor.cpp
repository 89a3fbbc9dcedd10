// The editor driven like a user: real mouse events on the canvas viewport, offscreen.
#include "canvas/canvas_scene.h"
#include "canvas/canvas_view.h"
#include "canvas/component_item.h"
#include "canvas/link_item.h"
#include "canvas/palette_widget.h"
#include "common/placed_component.h"
#include "document/component_commands.h"
#include "document/document.h"
#include "document/link_commands.h"
#include "inspector/inspector_widget.h"
#include "scenario/scenario_io.h"
#include "window/main_window.h"

#include <QDropEvent>
#include <QFile>
#include <QImage>
#include <QLineEdit>
#include <QMimeData>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QSvgRenderer>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <memory>

using namespace scalelab;
using namespace scalelab::test;

namespace {

/// Two unconnected cards far enough apart to drag between them.
Scenario twoCards()
{
    Scenario s;
    s.name = "two cards";
    s.components = {at(ComponentKind::WebServer, "web", 0, 0),
                    at(ComponentKind::Database, "db", 400, 0)};
    return s;
}

QString examplePath()
{
    const QString p = QStringLiteral(SCALELAB_EXAMPLES_DIR "/04-load-balancer.yaml");
    return QFile::exists(p) ? p : QString();
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

class TestEditor : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<MainWindow> m_window;
    QTemporaryDir m_tmp;

    MainWindow *window() { return m_window.get(); }
    Document *doc() { return m_window->document(); }
    QWidget *viewport() { return m_window->view()->viewport(); }
    QPoint toView(const QPointF &scenePos) { return m_window->view()->mapFromScene(scenePos); }
    QPoint handleOf(const QString &id, int handle)
    {
        ComponentItem *item = m_window->scene()->componentItem(id);
        return toView(item->mapToScene(item->handles().at(handle)));
    }
    /// A press, a few moves and a release: the way a hand drags.
    void drag(QPoint from, QPoint to, Qt::KeyboardModifiers mods = {})
    {
        QTest::mousePress(viewport(), Qt::LeftButton, mods, from);
        for (int i = 1; i <= 5; ++i)
            QTest::mouseMove(viewport(), from + (to - from) * i / 5);
        QTest::mouseRelease(viewport(), Qt::LeftButton, mods, to);
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_tmp.isValid());
    }

    void init()
    {
        m_window = std::make_unique<MainWindow>();
        m_window->setDialogsEnabled(false);
        m_window->resize(1200, 800);
        m_window->openUntitled(twoCards());
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        m_window->view()->resetZoom();
        m_window->view()->centerOn(200, 0);
    }

    void cleanup() { m_window.reset(); }

    void renameInTheInspectorRenamesEverywhere()
    {
        doc()->undoStack()->push(new AddLinkCommand(doc(), Link{"web", "db", 1.0, 0.5, {}}));
        const QByteArray before = QByteArray::fromStdString(writeScenario(doc()->scenario()));
        m_window->scene()->selectComponents({QStringLiteral("web")});
        auto *id = m_window->inspector()->findChild<QLineEdit *>(QStringLiteral("id"));
        QVERIFY(id && id->isVisible());
        id->setFocus();
        id->selectAll();
        QTest::keyClicks(id, QStringLiteral("frontend"));
        QTest::keyClick(id, Qt::Key_Enter);
        const Scenario &s = doc()->scenario();
        QVERIFY(s.find("frontend") && !s.find("web"));
        QCOMPARE(s.links.at(0).from, std::string("frontend"));
        QVERIFY(m_window->scene()->componentItem(QStringLiteral("frontend")));
        doc()->undoStack()->undo(); // one step
        QCOMPARE(QByteArray::fromStdString(writeScenario(doc()->scenario())), before);
    }

    void paletteDropCreatesComponent()
    {
        // Between the two cards, below them: a spot in view (see droppedCardLandsInView in
        // tst_edit_operations for a drop at the edge).
        const QPointF target = m_window->scene()->snapped(
            m_window->view()->mapToScene(viewport()->rect().center()) + QPointF(0, 60));
        const QPoint where = toView(target);
        for (const char *expected : {"lb1", "lb2"}) {
            std::unique_ptr<QMimeData> mime(
                PaletteWidget::mimeForKind(ComponentKind::LoadBalancer));
            QDragEnterEvent enter(where, Qt::CopyAction, mime.get(), Qt::LeftButton, {});
            QApplication::sendEvent(viewport(), &enter);
            QVERIFY(enter.isAccepted());
            QDragMoveEvent move(where, Qt::CopyAction, mime.get(), Qt::LeftButton, {});
            QApplication::sendEvent(viewport(), &move);
            QDropEvent drop(where, Qt::CopyAction, mime.get(), Qt::LeftButton, {});
            QApplication::sendEvent(viewport(), &drop);
            const Component *c = doc()->scenario().find(expected);
            QVERIFY2(c, expected);
            QCOMPARE(c->kind, ComponentKind::LoadBalancer);
            QVERIFY(c->position);
            // Dropped where the mouse was, snapped to the grid.
            QVERIFY(std::abs(c->position->x - target.x()) <= CanvasScene::kGridSize);
            QVERIFY(std::abs(c->position->y - target.y()) <= CanvasScene::kGridSize);
        }
        QCOMPARE(doc()->scenario().components.size(), std::size_t(4));
        QVERIFY(m_window->scene()->componentItem(QStringLiteral("lb2")));
        doc()->undoStack()->undo();
        QVERIFY(!doc()->scenario().find("lb2"));
        QVERIFY(!m_window->scene()->componentItem(QStringLiteral("lb2")));
    }

    void paletteDoubleClickPlacesComponent()
    {
        PaletteWidget *palette = m_window->palette();
        QVERIFY(palette);
        int row = -1;
        for (int i = 0; i < palette->count(); ++i)
            if (palette->kindAt(i) == ComponentKind::Dns)
                row = i;
        QVERIFY(row >= 0);
        const QPoint p = palette->visualItemRect(palette->item(row)).center();
        // A double-click is press, release, press (double-click), release for Qt's views.
        QTest::mouseClick(palette->viewport(), Qt::LeftButton, {}, p);
        QTest::mouseDClick(palette->viewport(), Qt::LeftButton, {}, p);
        QVERIFY(doc()->scenario().find("dns1"));
    }

    void dragBetweenHandlesCreatesLink()
    {
        QVERIFY(doc()->scenario().links.empty());
        const QPoint from = handleOf(QStringLiteral("web"), 0); // right edge
        const QPoint to = toView(QPointF(400, 0));              // centre of db
        drag(from, to);
        QCOMPARE(doc()->scenario().links.size(), std::size_t(1));
        QCOMPARE(doc()->scenario().links[0].from, std::string("web"));
        QCOMPARE(doc()->scenario().links[0].to, std::string("db"));
        QCOMPARE(m_window->scene()->linkItems().size(), 1);
        QVERIFY(m_window->scene()->linkItems()[0]->isVisible());
        // The cards did not move: the drag started on a handle.
        QCOMPARE(doc()->scenario().find("web")->position->x, 0.0);
    }

    void refusedLinkIsRefused()
    {
        // A database calls nothing, so a link out of it is refused with the model's reason.
        drag(handleOf(QStringLiteral("db"), 2), toView(QPointF(0, 0)));
        QVERIFY(doc()->scenario().links.empty());
        QCOMPARE(doc()->undoStack()->count(), 0);
        QVERIFY2(m_window->statusMessage().contains(QLatin1String("refused")),
                 qPrintable(m_window->statusMessage()));
        QVERIFY(m_window->statusMessage().contains(QLatin1String("database")));
    }

    void moveThenUndoRestoresPosition()
    {
        drag(toView(QPointF(0, 10)), toView(QPointF(130, 75)));
        const Component *web = doc()->scenario().find("web");
        // Snapped: the card moved by whole grid steps.
        QCOMPARE(web->position->x, 140.0);
        QCOMPARE(web->position->y, 60.0);
        QCOMPARE(m_window->scene()->componentItem(QStringLiteral("web"))->pos(), QPointF(140, 60));
        QCOMPARE(doc()->undoStack()->count(), 1); // one drag, one step
        QVERIFY(m_window->isWindowModified());
        doc()->undoStack()->undo();
        QCOMPARE(doc()->scenario().find("web")->position->x, 0.0);
        QCOMPARE(doc()->scenario().find("web")->position->y, 0.0);
        QCOMPARE(m_window->scene()->componentItem(QStringLiteral("web"))->pos(), QPointF(0, 0));
        QVERIFY(!m_window->isWindowModified());
    }

    void altDisablesSnapping()
    {
        drag(toView(QPointF(0, 10)), toView(QPointF(133, 77)), Qt::AltModifier);
        const Component *web = doc()->scenario().find("web");
        QCOMPARE(web->position->x, 133.0);
        QCOMPARE(web->position->y, 67.0);
    }

    void rubberBandAndCtrlSelect()
    {
        QGraphicsScene *scene = m_window->scene();
        // Rubber band from empty space around both cards.
        drag(toView(QPointF(-150, -100)), toView(QPointF(520, 100)));
        QCOMPARE(m_window->scene()->selectedComponentIds(), QStringList({"db", "web"}));
        // A plain click selects one; Ctrl+click adds the other back.
        QTest::mouseClick(viewport(), Qt::LeftButton, {}, toView(QPointF(0, 10)));
        QCOMPARE(m_window->scene()->selectedComponentIds(), QStringList({"web"}));
        QTest::mouseClick(viewport(), Qt::LeftButton, Qt::ControlModifier,
                          toView(QPointF(400, 10)));
        QCOMPARE(m_window->scene()->selectedComponentIds(), QStringList({"db", "web"}));
        // Dragging one card of the selection moves both: one undo step.
        drag(toView(QPointF(0, 10)), toView(QPointF(0, 110)));
        QCOMPARE(doc()->scenario().find("db")->position->y, 100.0);
        QCOMPARE(doc()->scenario().find("web")->position->y, 100.0);
        QCOMPARE(doc()->undoStack()->count(), 1);
        QVERIFY(!scene->selectedItems().isEmpty());
    }

    void deleteCopyPasteDuplicate()
    {
        window()->selectAll();
        window()->copySelection();
        window()->paste();
        QCOMPARE(doc()->scenario().components.size(), std::size_t(4));
        // Copies are numbered from 1 and land beside the originals, not over them.
        QVERIFY(doc()->scenario().find("web1"));
        QVERIFY(doc()->scenario().find("db1"));
        QCOMPARE(doc()->scenario().find("web1")->position->x, 640.0);
        QCOMPARE(doc()->scenario().find("web1")->position->y, 0.0);
        window()->duplicateSelection(); // the pasted pair is selected
        QVERIFY(doc()->scenario().find("web2"));
        window()->deleteSelection();
        QVERIFY(!doc()->scenario().find("web2"));
        QCOMPARE(doc()->undoStack()->count(), 3);
        doc()->undoStack()->setIndex(0);
        QCOMPARE(doc()->scenario(), twoCards());
    }

    void fiftyEditsUndoneRestoreTheFileByteForByte()
    {
        const QString path = m_tmp.filePath(QStringLiteral("fifty.yaml"));
        const QString example = examplePath();
        if (!example.isEmpty())
            QCOMPARE(window()->openFile(example), QString());
        QCOMPARE(window()->saveFile(path), QString());
        const QByteArray before = readAll(path);
        QVERIFY(!before.isEmpty());
        const Scenario original = doc()->scenario();

        QUndoStack *stack = doc()->undoStack();
        const int firstIndex = stack->index();
        int edits = 0;
        for (int i = 0; edits < 50; ++i) {
            // Each round: create, duplicate, delete the duplicate, edit, move.
            const QPointF spot(-300 + 60 * i, 120 + 20 * (i % 5)); // on the grid
            window()->addComponentAt(allComponentKinds()[i % allComponentKinds().size()], spot);
            const QString id = m_window->scene()->selectedComponentIds().value(0);
            QVERIFY(!id.isEmpty());
            window()->duplicateSelection();
            QCOMPARE(m_window->scene()->selectedComponentIds().size(), 1);
            window()->deleteSelection();
            const Component *c = doc()->scenario().find(id.toStdString());
            QVERIFY(c);
            Component changed = *c;
            changed.workers += i + 1;
            changed.label = "edited " + std::to_string(i);
            stack->push(new ChangeComponentCommand(doc(), id, changed));
            drag(toView(spot), toView(spot + QPointF(20, 40)));
            QCOMPARE(doc()->scenario().find(id.toStdString())->position->y, spot.y() + 40);
            edits += 5;
        }
        QCOMPARE(stack->index() - firstIndex, 50);
        stack->setIndex(firstIndex);
        QCOMPARE(doc()->scenario(), original);
        QVERIFY(!window()->isWindowModified());
        const QString again = m_tmp.filePath(QStringLiteral("fifty-again.yaml"));
        QCOMPARE(window()->saveFile(again), QString());
        QCOMPARE(readAll(again), before);
    }

    void saveOpenRoundTrip()
    {
        drag(handleOf(QStringLiteral("web"), 0), toView(QPointF(400, 0)));
        const QString path = m_tmp.filePath(QStringLiteral("round.yaml"));
        QCOMPARE(window()->saveFile(path), QString());
        QVERIFY(!window()->isWindowModified());
        QCOMPARE(doc()->filePath(), QFileInfo(path).absoluteFilePath());
        QVERIFY(window()->windowTitle().contains(QLatin1String("round.yaml")));

        MainWindow other;
        other.setDialogsEnabled(false);
        QCOMPARE(other.openFile(path), QString());
        QCOMPARE(other.document()->scenario(), doc()->scenario());
        QCOMPARE(other.scene()->componentItems().size(), 2);
        QCOMPARE(other.scene()->linkItems().size(), 1);
    }

    void brokenFileShowsErrorAndKeepsDesign()
    {
        const QString path = m_tmp.filePath(QStringLiteral("broken.yaml"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("scalelab: 1\nname: broken\ncomponents:\n  - id: web\n    kind: spaceship\n");
        f.close();
        const Scenario kept = doc()->scenario();
        const QString error = window()->openFile(path);
        QVERIFY(!error.isEmpty());
        QVERIFY2(error.contains(QLatin1String("broken.yaml:5:")), qPrintable(error));
        QCOMPARE(doc()->scenario(), kept);
        QVERIFY(doc()->filePath().isEmpty());
        QCOMPARE(m_window->scene()->componentItems().size(), 2);
        QVERIFY(m_window->statusMessage().contains(QLatin1String("broken.yaml")));
    }

    void headlessExport()
    {
        QString input = examplePath();
        if (input.isEmpty()) {
            input = m_tmp.filePath(QStringLiteral("export.yaml"));
            QCOMPARE(window()->saveFile(input), QString());
        }
        const QString png = m_tmp.filePath(QStringLiteral("d.png"));
        const QString svg = m_tmp.filePath(QStringLiteral("d.svg"));
        const QString pdf = m_tmp.filePath(QStringLiteral("d.pdf"));
        for (const QString &out : {png, svg, pdf}) {
            QProcess p;
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.remove(QStringLiteral("QT_QPA_PLATFORM")); // the command must cope alone
            env.remove(QStringLiteral("DISPLAY"));
            env.remove(QStringLiteral("WAYLAND_DISPLAY"));
            p.setProcessEnvironment(env);
            p.start(QStringLiteral(SCALELAB_BINARY), {"export", input, "-o", out});
            QVERIFY(p.waitForFinished(60000));
            QVERIFY2(p.exitCode() == 0, p.readAllStandardError().constData());
        }
        const QImage image(png);
        QVERIFY(!image.isNull());
        QVERIFY(image.width() > 400 && image.height() > 100);
        QSvgRenderer renderer(svg);
        QVERIFY(renderer.isValid());
        QVERIFY(readAll(pdf).startsWith("%PDF"));

        QProcess bad;
        const QString missing = m_tmp.filePath(QStringLiteral("missing.yaml"));
        bad.start(QStringLiteral(SCALELAB_BINARY), {"export", missing, "-o", png});
        QVERIFY(bad.waitForFinished(60000));
        QCOMPARE(bad.exitCode(), 2);
        QVERIFY(bad.readAllStandardError().contains("missing.yaml"));
    }
};

QTEST_MAIN(TestEditor)
#include "tst_editor.moc"
