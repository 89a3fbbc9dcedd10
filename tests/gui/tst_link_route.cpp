// Links are never drawn under a card they do not connect: the arrow bends around it, and
// the traffic overlay and the request dots follow the same path; with nothing in the way a
// link stays one straight segment.
#include "canvas/canvas_scene.h"
#include "canvas/component_item.h"
#include "canvas/link_item.h"
#include "canvas/link_route.h"
#include "canvas/request_layer_item.h"
#include "common/placed_component.h"
#include "window/live_view.h"
#include "window/main_window.h"

#include <QElapsedTimer>
#include <QPainterPath>
#include <QStandardPaths>
#include <QTest>

#include <memory>

using namespace scalelab;
using namespace scalelab::test;

namespace {

/// Three cards in a row, a → b → c, with a link from a straight to c over b's place, and
/// a → b with nothing in the way.
Scenario cardInTheWay()
{
    Scenario s;
    s.name = "card in the way";
    s.components = {at(ComponentKind::WebServer, "a", 0, 0),
                    at(ComponentKind::Service, "b", 300, 0),
                    at(ComponentKind::Database, "c", 600, 0)};
    s.links = {Link{"a", "c", 1.0, 0.5, {}}, Link{"a", "b", 1.0, 0.5, {}}};
    return s;
}

QRectF cardRect(const CanvasScene &scene, const char *id)
{
    const ComponentItem *card = scene.componentItem(QString::fromLatin1(id));
    return card ? card->mapRectToScene(card->cardRect()) : QRectF();
}

/// Whether `p` lies on the border of `r` (within a hair).
bool onBorder(const QRectF &r, const QPointF &p)
{
    const QRectF outer = r.adjusted(-0.01, -0.01, 0.01, 0.01);
    const QRectF inner = r.adjusted(0.01, 0.01, -0.01, -0.01);
    return outer.contains(p) && !inner.contains(p);
}

} // namespace

class TestLinkRoute : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void straightWhenNothingIsInTheWay()
    {
        const QPolygonF route = routeAround(
            {0, 0}, {600, 0}, {QRectF(200, 100, 200, 88), QRectF(-300, -40, 100, 80)}, 18);
        QCOMPARE(route, QPolygonF({QPointF(0, 0), QPointF(600, 0)}));
    }

    void detourKeepsItsMargin()
    {
        const QRectF b(200, -44, 200, 88);
        const QPolygonF route = routeAround({0, 0}, {600, 0}, {b}, 18);
        QVERIFY(route.size() > 2);
        QCOMPARE(route.first(), QPointF(0, 0));
        QCOMPARE(route.last(), QPointF(600, 0));
        QVERIFY(!polylineCrossesRect(route, b.adjusted(-17, -17, 17, 17)));
        // The taut string: over (or under) b's inflated corners, no longer than needed.
        QVERIFY(LinkPath(route).length() < 700);
    }

    void detourGoesAroundAWallOfCards()
    {
        // Two cards side by side block the line; the way between them is too narrow.
        const std::vector<QRectF> wall{QRectF(200, -100, 200, 88), QRectF(200, 2, 200, 88)};
        const QPolygonF route = routeAround({0, 0}, {600, 0}, wall, 18);
        for (const QRectF &r : wall)
            QVERIFY(!polylineCrossesRect(route, r.adjusted(-17, -17, 17, 17)));
    }

    void pathIsMeasuredByLength()
    {
        const LinkPath path(QPolygonF({QPointF(0, 0), QPointF(300, 0), QPointF(300, 100)}));
        QCOMPARE(path.length(), 400.0);
        QCOMPARE(path.pointAt(0.5), QPointF(200, 0));
        QCOMPARE(path.pointAt(0.875), QPointF(300, 50));
        QCOMPARE(path.pointAt(-1), QPointF(0, 0));
        QCOMPARE(path.pointAt(2), QPointF(300, 100));
        QCOMPARE(path.distanceTo(QPointF(310, 50)), 10.0);
    }

    void arrowBendsAroundTheCardInTheWay()
    {
        CanvasScene scene;
        scene.syncAll(cardInTheWay());
        const QList<LinkItem *> links = scene.linkItems();
        QCOMPARE(links.size(), 2);
        const QRectF a = cardRect(scene, "a"), b = cardRect(scene, "b"), c = cardRect(scene, "c");

        const LinkPath &around = links[0]->path();
        QVERIFY(around.points().size() > 2);
        QVERIFY(!polylineCrossesRect(around.points(), b));
        // What the item draws and hits with the mouse stays off b: arrow and label.
        QVERIFY(!links[0]->mapToScene(links[0]->shape()).intersects(b));
        QVERIFY(!links[0]->sceneBoundingRect().contains(b.center()));
        // From a's border to c's border, so the arrow head sits on c.
        QVERIFY(onBorder(a, around.points().first()));
        QVERIFY(onBorder(c, around.points().last()));

        const LinkPath &direct = links[1]->path();
        QVERIFY(direct.isStraight());
        QCOMPARE(direct.points().first(), QPointF(a.right(), 0));
        QCOMPARE(direct.points().last(), QPointF(b.left(), 0));
    }

    void routeFollowsTheCards()
    {
        CanvasScene scene;
        Scenario s = cardInTheWay();
        scene.syncAll(s);
        QVERIFY(!scene.linkItems()[0]->path().isStraight());
        // b moves out of the way: the link straightens; back, and it bends again.
        s.components[1].position = Position{300, 300};
        scene.syncComponent(s.components[1]);
        QVERIFY(scene.linkItems()[0]->path().isStraight());
        s.components[1].position = Position{300, 20};
        scene.syncComponent(s.components[1]);
        QVERIFY(!polylineCrossesRect(scene.linkItems()[0]->path().points(), cardRect(scene, "b")));
        scene.removeComponent(QStringLiteral("b"));
        QVERIFY(scene.linkItems()[0]->path().isStraight());
    }

    void dotsFollowTheRoutedPath()
    {
        MainWindow window;
        window.setDialogsEnabled(false);
        window.openUntitled(cardInTheWay());
        LiveView *live = LiveView::of(&window);
        const CanvasScene &scene = *window.scene();
        const QRectF b = cardRect(scene, "b");

        auto frame = std::make_shared<Frame>();
        for (const char *id : {"a", "b", "c"})
            frame->components.push_back(ComponentFrame{id});
        frame->links = {{"a", "c", 50.0}};
        frame->dots = {{0, 0.5f, RequestKind::Read}};
        frame->dotsOnLinks = 1;
        live->showFrame(frame);

        const LinkPath &path = scene.linkItems()[0]->path();
        const QPointF dot = live->requestLayer()->dotPosition(0, 0.5f);
        QVERIFY2(path.distanceTo(dot) < 0.01,
                 qPrintable(QStringLiteral("%1, %2").arg(dot.x()).arg(dot.y())));
        QVERIFY(!b.contains(dot));
        QCOMPARE(dot, path.pointAt(0.5));
    }

    void hundredsOfCardsStayResponsive()
    {
        // A 20 × 15 grid of cards, each linked to the one two places right (over its
        // neighbour) and to the one below: a drag recomputes all of them.
        Scenario s;
        for (int row = 0; row < 15; ++row)
            for (int col = 0; col < 20; ++col)
                s.components.push_back(at(ComponentKind::Service,
                                          "s" + std::to_string(row) + "_" + std::to_string(col),
                                          col * 300.0, row * 200.0));
        for (int row = 0; row < 15; ++row)
            for (int col = 0; col < 20; ++col) {
                const std::string id = "s" + std::to_string(row) + "_" + std::to_string(col);
                if (col + 2 < 20)
                    s.links.push_back(Link{
                        id, "s" + std::to_string(row) + "_" + std::to_string(col + 2), 1, 1, {}});
                if (row + 1 < 15)
                    s.links.push_back(Link{
                        id, "s" + std::to_string(row + 1) + "_" + std::to_string(col), 1, 1, {}});
            }
        CanvasScene scene;
        scene.syncAll(s);
        QElapsedTimer timer;
        timer.start();
        scene.syncComponent(s.components.front());
        const qint64 ms = timer.elapsed();
        qInfo("%lld ms to route %lld links among %zu cards", ms, scene.linkItems().size(),
              s.components.size());
        QVERIFY2(ms < 250, qPrintable(QString::number(ms)));
        for (const LinkItem *l : scene.linkItems()) {
            const QRectF from = cardRect(scene, l->link().from.c_str());
            const QRectF to = cardRect(scene, l->link().to.c_str());
            for (const ComponentItem *card : scene.componentItems()) {
                const QRectF r = card->mapRectToScene(card->cardRect());
                if (r != from && r != to)
                    QVERIFY(!polylineCrossesRect(l->path().points(), r));
            }
        }
    }
};

QTEST_MAIN(TestLinkRoute)
#include "tst_link_route.moc"
