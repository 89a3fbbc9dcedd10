// During a run the whole canvas repaints on every frame, so the canvas keeps its dot grid
// in a background cache and its cards, arrows and group boxes in pixmaps, and the run
// toolbar's clock keeps a fixed size (a label that may resize relays out the whole
// window). These tests check that whatever changes the canvas's look still reaches the
// screen, that exports stay vectors, and that the clock's ticks relay out nothing.
#include "canvas/canvas_scene.h"
#include "canvas/canvas_view.h"
#include "canvas/component_item.h"
#include "canvas/diagram_renderer.h"
#include "canvas/presenter_style.h"
#include "common/diagram_designs.h"
#include "live/run_toolbar.h"

#include <QFile>
#include <QImage>
#include <QPalette>
#include <QTemporaryDir>
#include <QtTest>

using namespace scalelab;

namespace {

/// Counts the layout requests a widget receives.
class LayoutRequests : public QObject {
public:
    int count = 0;
    bool eventFilter(QObject *, QEvent *event) override
    {
        count += event->type() == QEvent::LayoutRequest;
        return false;
    }
};

struct Canvas {
    CanvasScene scene;
    CanvasView view;
    Canvas()
    {
        scene.syncAll(test::example("04-load-balancer.yaml"));
        view.setScene(&scene);
        view.resize(1000, 600);
        view.show();
        view.fitToView();
        QCoreApplication::processEvents();
    }
    QImage grab() { return view.viewport()->grab().toImage(); }
    /// A point inside the card of `id`, clear of its icon and text (viewport pixels).
    QPoint plainPartOf(const QString &id)
    {
        const ComponentItem *item = scene.componentItem(id);
        const QRectF card = item->mapRectToScene(item->cardRect());
        return view.mapFromScene(card.topRight() + QPointF(-6, 4));
    }
};

} // namespace

class TestCanvasCache : public QObject {
    Q_OBJECT
private slots:
    void cardsArrowsAndBoxesAreCached()
    {
        Canvas c;
        QVERIFY(!c.scene.componentItems().isEmpty());
        for (const ComponentItem *item : c.scene.componentItems())
            QCOMPARE(item->cacheMode(), QGraphicsItem::DeviceCoordinateCache);
        QCOMPARE(c.view.cacheMode(), QGraphicsView::CacheBackground);
    }

    void aPaletteChangeRedrawsTheCachedCards()
    {
        Canvas c;
        const QPoint p = c.plainPartOf(QStringLiteral("web1"));
        const QColor before = c.grab().pixelColor(p);
        QVERIFY2(before.lightness() > 200, qPrintable(before.name()));

        QPalette dark = c.scene.palette();
        dark.setColor(QPalette::Base, QColor(0x10, 0x10, 0x10));
        dark.setColor(QPalette::Window, QColor(0x20, 0x20, 0x20));
        c.scene.setPalette(dark);
        c.view.setPalette(dark);
        QCoreApplication::processEvents();
        const QColor after = c.grab().pixelColor(p);
        QVERIFY2(after.lightness() < 60, qPrintable(after.name()));
    }

    void presenterModeRedrawsTheCachedCards()
    {
        Canvas c;
        const ComponentItem *item = c.scene.componentItem(QStringLiteral("web1"));
        const QRect card =
            c.view.mapFromScene(item->mapRectToScene(item->cardRect())).boundingRect();
        const QImage before = c.grab().copy(card);
        c.scene.setProperty(presenter::kSceneProperty, true);
        c.scene.update();
        QCoreApplication::processEvents();
        QVERIFY(c.grab().copy(card) != before); // presenter mode: bigger title, two details
    }

    void svgExportsStayVectors()
    {
        Canvas c;
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("design.svg"));
        QCOMPARE(DiagramRenderer(&c.scene).write(path), QString());
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray svg = f.readAll();
        QVERIFY(!svg.contains("<image")); // a cached card would be a bitmap
        QVERIFY(svg.contains("web1"));
        for (const ComponentItem *item : c.scene.componentItems())
            QCOMPARE(item->cacheMode(), QGraphicsItem::DeviceCoordinateCache); // back on
    }

    void clockTicksRelayOutNothing()
    {
        RunToolbar toolbar;
        toolbar.resize(1200, 40);
        toolbar.show();
        toolbar.setThroughputNote(QStringLiteral("≈ 1.28M req/s in real time"));
        QCoreApplication::processEvents();
        LayoutRequests requests;
        toolbar.installEventFilter(&requests);
        for (double t : {0.016, 1.5, 59.999, 3599.999, 3600.0, 86399.9, 999999.9}) {
            toolbar.setClock(t);
            toolbar.setThroughputNote(QStringLiteral("≈ 1.31M req/s in real time"));
            QCoreApplication::processEvents();
        }
        QCOMPARE(requests.count, 0);
        QCOMPARE(toolbar.clockText(), QStringLiteral("t = 277:46:39.9"));
    }
};

QTEST_MAIN(TestCanvasCache)
#include "tst_canvas_cache.moc"
