// Small edit operations a first-time user meets: new components numbered from 1, a paste
// that lands in free space and says so, a dropped card wholly in view, a selection that
// shows, and a refused edit explained without YAML paths.
#include "canvas/canvas_scene.h"
#include "canvas/canvas_view.h"
#include "canvas/component_item.h"
#include "document/component_commands.h"
#include "document/document.h"
#include "window/main_window.h"

#include <QImage>
#include <QPainter>
#include <QStandardPaths>
#include <QTest>

#include <memory>

using namespace scalelab;

namespace {

QRectF cardOf(CanvasScene *scene, const QString &id)
{
    const ComponentItem *item = scene->componentItem(id);
    return item ? item->cardRect().translated(item->scenePos()) : QRectF();
}

/// Pixels close to `colour` in the band just outside a card (where the halo is drawn).
int haloPixels(CanvasScene *scene, const QRectF &card, const QColor &colour)
{
    const QRectF area = card.adjusted(-10, -10, 10, 10);
    QImage img(area.size().toSize(), QImage::Format_ARGB32);
    img.fill(Qt::white);
    {
        QPainter p(&img);
        scene->render(&p, QRectF(QPointF(), area.size()), area);
    }
    int n = 0;
    for (int y = 0; y < img.height(); ++y)
        for (int x = 0; x < img.width(); ++x) {
            const QPointF at = area.topLeft() + QPointF(x, y);
            if (card.contains(at))
                continue;
            const QColor c = img.pixelColor(x, y);
            if (std::abs(c.red() - colour.red()) + std::abs(c.green() - colour.green()) +
                    std::abs(c.blue() - colour.blue()) <
                60)
                ++n;
        }
    return n;
}

} // namespace

class TestEditOperations : public QObject {
    Q_OBJECT
private:
    std::unique_ptr<MainWindow> m_window;
    Document *doc() const { return m_window->document(); }
    CanvasScene *scene() const { return m_window->scene(); }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        m_window = std::make_unique<MainWindow>();
        m_window->setDialogsEnabled(false);
        Scenario s;
        s.name = "empty";
        m_window->openUntitled(s);
        m_window->resize(1200, 800);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

    void cleanup() { m_window.reset(); }

    void newComponentsAreNumberedFromOne()
    {
        m_window->addComponentAt(ComponentKind::WebServer, QPointF(0, 0));
        m_window->addComponentAt(ComponentKind::WebServer, QPointF(300, 0));
        m_window->addComponentAt(ComponentKind::Database, QPointF(0, 200));
        QVERIFY(doc()->scenario().find("web1"));
        QVERIFY(doc()->scenario().find("web2"));
        QVERIFY(doc()->scenario().find("db1"));
        QVERIFY(!doc()->scenario().find("web"));
    }

    void pasteLandsInFreeSpace()
    {
        // Room for two cards side by side beside the docks (a drop is kept in view).
        m_window->resize(1800, 1000);
        QCoreApplication::processEvents();
        m_window->addComponentAt(ComponentKind::WebServer, QPointF(0, 0));
        m_window->addComponentAt(ComponentKind::Database, QPointF(240, 0));
        scene()->selectComponents({QStringLiteral("web1")});
        m_window->copySelection();
        for (int round = 0; round < 3; ++round) {
            m_window->paste();
            QVERIFY2(m_window->statusMessage().startsWith(QStringLiteral("Pasted 1 component")),
                     qPrintable(m_window->statusMessage()));
        }
        const QStringList ids = {"web1", "db1", "web2", "web3", "web4"};
        for (const QString &id : ids)
            QVERIFY2(scene()->componentItem(id), qPrintable(id));
        for (int i = 0; i < ids.size(); ++i)
            for (int j = i + 1; j < ids.size(); ++j)
                QVERIFY2(!cardOf(scene(), ids[i]).intersects(cardOf(scene(), ids[j])),
                         qPrintable(ids[i] + QLatin1Char('/') + ids[j]));
        // Still on the grid.
        const QPointF p = scene()->componentItem(QStringLiteral("web2"))->scenePos();
        QCOMPARE(scene()->snapped(p), p);

        m_window->duplicateSelection(); // the last paste is selected
        QVERIFY(m_window->statusMessage().startsWith(QStringLiteral("Duplicated 1 component")));
        QVERIFY(!cardOf(scene(), "web5").intersects(cardOf(scene(), "web4")));
    }

    void droppedCardLandsInView()
    {
        CanvasView *view = m_window->view();
        const QRectF visible = view->mapToScene(view->viewport()->rect()).boundingRect();
        // Dropped with the pointer at the bottom right corner of the view.
        m_window->addComponentAt(ComponentKind::Service,
                                 scene()->snapped(visible.bottomRight() - QPointF(5, 5)));
        const QRectF card = cardOf(scene(), "svc1");
        QVERIFY(!card.isNull());
        QVERIFY2(visible.contains(card), qPrintable(QStringLiteral("%1,%2 %3x%4")
                                                        .arg(card.x())
                                                        .arg(card.y())
                                                        .arg(card.width())
                                                        .arg(card.height())));
        QCOMPARE(scene()->snapped(card.center()), card.center());
    }

    void selectionShowsAHalo()
    {
        m_window->addComponentAt(ComponentKind::WebServer, QPointF(0, 0));
        const QColor accent = scene()->palette().color(QPalette::Highlight);
        scene()->clearSelection();
        const QRectF card = cardOf(scene(), "web1");
        QCOMPARE(haloPixels(scene(), card, accent), 0);
        scene()->selectComponents({QStringLiteral("web1")});
        // A ring of at least 2 px all around the card.
        QVERIFY(haloPixels(scene(), card, accent) > 2 * 2 * (card.width() + card.height()));
    }

    void refusedEditSpeaksPlainly()
    {
        m_window->addComponentAt(ComponentKind::WebServer, QPointF(0, 0));
        Component web = *doc()->scenario().find("web1");
        const std::optional<int> before = web.capacity;
        web.workers = 8;
        web.capacity = 4; // below the workers: the validator refuses
        const QString why =
            doc()->pushChecked(new ChangeComponentCommand(doc(), QStringLiteral("web1"), web));
        QVERIFY(!why.isEmpty());
        QVERIFY2(!why.contains(QStringLiteral("components[")), qPrintable(why));
        QVERIFY2(!why.contains(QStringLiteral("component '")), qPrintable(why));
        QVERIFY2(why.startsWith(QStringLiteral("Web server web1: ")), qPrintable(why));
        QCOMPARE(doc()->scenario().find("web1")->capacity, before);
    }
};

QTEST_MAIN(TestEditOperations)
#include "tst_edit_operations.moc"
