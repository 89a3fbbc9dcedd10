// The request layer draws each dot where its link and progress put it, in its kind's
// colour, failures in red at their component, and labels a sampled frame.
#include "canvas/request_layer_item.h"

#include <QImage>
#include <QPainter>
#include <QStyleOptionGraphicsItem>
#include <QTest>

#include <cmath>
#include <memory>

using namespace scalelab;

namespace {

int colourDistance(QColor a, QColor b)
{
    return std::abs(a.red() - b.red()) + std::abs(a.green() - b.green()) +
           std::abs(a.blue() - b.blue());
}

/// Whether a pixel within `radius` of p has (nearly) the colour c.
bool colourNear(const QImage &img, QPointF p, const QColor &c, int radius = 2)
{
    for (int dy = -radius; dy <= radius; ++dy)
        for (int dx = -radius; dx <= radius; ++dx) {
            const QPoint q = p.toPoint() + QPoint(dx, dy);
            if (img.rect().contains(q) && colourDistance(img.pixelColor(q), c) < 40)
                return true;
        }
    return false;
}

QImage render(RequestLayerItem &item, const QTransform &xf = QTransform())
{
    QImage img(800, 800, QImage::Format_ARGB32_Premultiplied);
    img.fill(Qt::white);
    QPainter painter(&img);
    painter.setTransform(xf);
    QStyleOptionGraphicsItem option;
    item.paint(&painter, &option, nullptr);
    return img;
}

} // namespace

class TestRequestLayer : public QObject {
    Q_OBJECT
private slots:
    void dotsAtInterpolatedPositions();
    void dotsFollowTheViewTransform();
    void dotsFollowABentPathByLength();
    void failuresAreRedAtTheirComponent();
    void sampledFrameIsLabelled();
    void boundsCoverTheLinks();
};

void TestRequestLayer::dotsAtInterpolatedPositions()
{
    RequestLayerItem item;
    item.setGeometry({LinkPath(QLineF(100, 100, 500, 100)), LinkPath(QLineF(100, 300, 100, 700))},
                     {});
    auto f = std::make_shared<Frame>();
    f->dots = {{0, 0.5f, RequestKind::Read},
               {1, 0.25f, RequestKind::Write},
               {0, 1.0f, RequestKind::Static},
               {1, 0.75f, RequestKind::Async}};
    f->dotsOnLinks = f->dots.size();
    item.setFrame(f);

    QCOMPARE(item.dotPosition(0, 0.5f), QPointF(300, 100));
    QCOMPARE(item.dotPosition(1, 0.25f), QPointF(100, 400));
    const QImage img = render(item);
    QVERIFY(colourNear(img, {300, 100}, RequestLayerItem::kindColor(RequestKind::Read)));
    QVERIFY(colourNear(img, {100, 400}, RequestLayerItem::kindColor(RequestKind::Write)));
    QVERIFY(colourNear(img, {500, 100}, RequestLayerItem::kindColor(RequestKind::Static)));
    QVERIFY(colourNear(img, {100, 600}, RequestLayerItem::kindColor(RequestKind::Async)));
    // Nothing where no request is.
    QVERIFY(!colourNear(img, {300, 400}, RequestLayerItem::kindColor(RequestKind::Read), 6));
    QVERIFY(!colourNear(img, {200, 100}, RequestLayerItem::kindColor(RequestKind::Read), 6));
    QVERIFY(item.sampleLabel().isEmpty());
}

void TestRequestLayer::dotsFollowTheViewTransform()
{
    RequestLayerItem item;
    item.setGeometry({LinkPath(QLineF(100, 100, 500, 100))}, {});
    auto f = std::make_shared<Frame>();
    f->dots = {{0, 0.5f, RequestKind::Read}};
    f->dotsOnLinks = 1;
    item.setFrame(f);
    // A zoomed-out, panned view: the dot lands where the transform maps (300, 100).
    const QTransform xf = QTransform::fromTranslate(50, 20).scale(0.5, 0.5);
    const QImage img = render(item, xf);
    QVERIFY(
        colourNear(img, xf.map(QPointF(300, 100)), RequestLayerItem::kindColor(RequestKind::Read)));
    QVERIFY(!colourNear(img, {300, 100}, RequestLayerItem::kindColor(RequestKind::Read), 6));
}

void TestRequestLayer::dotsFollowABentPathByLength()
{
    // A link routed around a card: 400 right, then 400 down. Three quarters of the way is
    // half way down the second stretch, not on the straight line between the ends.
    RequestLayerItem item;
    const LinkPath bent(QPolygonF({QPointF(100, 100), QPointF(500, 100), QPointF(500, 500)}));
    item.setGeometry({bent}, {});
    auto f = std::make_shared<Frame>();
    f->dots = {{0, 0.75f, RequestKind::Write}, {0, 0.25f, RequestKind::Read}};
    f->dotsOnLinks = f->dots.size();
    item.setFrame(f);

    QCOMPARE(item.dotPosition(0, 0.75f), QPointF(500, 300));
    QCOMPARE(item.dotPosition(0, 0.25f), QPointF(300, 100));
    const QImage img = render(item, QTransform::fromScale(0.5, 0.5));
    QVERIFY(colourNear(img, {250, 150}, RequestLayerItem::kindColor(RequestKind::Write)));
    QVERIFY(colourNear(img, {150, 50}, RequestLayerItem::kindColor(RequestKind::Read)));
    QVERIFY(!colourNear(img, {200, 200}, RequestLayerItem::kindColor(RequestKind::Write), 6));
}

void TestRequestLayer::failuresAreRedAtTheirComponent()
{
    RequestLayerItem item;
    item.setGeometry({}, {QPointF(200, 200), QPointF(600, 600)});
    auto f = std::make_shared<Frame>();
    f->failures = {{1, 0.0f, FailureCause::Down}};
    item.setFrame(f);
    const QPointF at = item.failurePosition(0, 1);
    QVERIFY(QLineF(at, QPointF(600, 600)).length() < 100); // near its component
    QImage img = render(item);
    QVERIFY(colourNear(img, at, RequestLayerItem::failureColor()));
    QVERIFY(!colourNear(img, {600, 600}, RequestLayerItem::failureColor(), 8)); // plate free
    QVERIFY(!colourNear(img, {200, 200}, RequestLayerItem::failureColor(), 8));

    // Old failures fade: the same failure, nearly faded, is much paler.
    auto old = std::make_shared<Frame>();
    old->failures = {{1, RequestLayerItem::kFailureFadeS * 0.95f, FailureCause::Down}};
    item.setFrame(old);
    img = render(item);
    QVERIFY(!colourNear(img, at, RequestLayerItem::failureColor()));
    QVERIFY(img.pixelColor(at.toPoint()) != QColor(Qt::white));
}

void TestRequestLayer::sampledFrameIsLabelled()
{
    RequestLayerItem item;
    item.setGeometry({LinkPath(QLineF(100, 300, 700, 300))}, {});
    auto f = std::make_shared<Frame>();
    f->dots = {{0, 0.1f, RequestKind::Read}, {0, 0.9f, RequestKind::Read}};
    f->dotsOnLinks = 12345;
    item.setFrame(f);
    QVERIFY(item.sampleLabel().startsWith(QStringLiteral("showing 2 of ")));
    QVERIFY(item.sampleLabel().contains(QStringLiteral("12")));
    QVERIFY(item.sampleLabel().endsWith(QStringLiteral("requests")));
    // The label is drawn above the links, inside the bounds.
    const QRectF bounds = item.boundingRect();
    QVERIFY(bounds.top() < 300 - 40);
    const QImage labelled = render(item);
    int ink = 0;
    for (int y = static_cast<int>(bounds.top()); y < 300 - 30; ++y)
        for (int x = 100; x < 400; ++x)
            ink += labelled.pixelColor(x, y) != QColor(Qt::white);
    QVERIFY2(ink > 100, "the sample label should be drawn");

    auto full = std::make_shared<Frame>(*f);
    full->dotsOnLinks = 2;
    item.setFrame(full);
    QVERIFY(item.sampleLabel().isEmpty());
    const QImage plain = render(item);
    int plainInk = 0;
    for (int y = 0; y < 300 - 30; ++y)
        for (int x = 100; x < 400; ++x)
            plainInk += plain.pixelColor(x, y) != QColor(Qt::white);
    QCOMPARE(plainInk, 0);
}

void TestRequestLayer::boundsCoverTheLinks()
{
    RequestLayerItem item;
    item.setGeometry({LinkPath(QLineF(-100, 50, 900, 400))}, {QPointF(1000, 1000)});
    const QRectF b = item.boundingRect();
    QVERIFY(b.contains(QPointF(-100, 50)));
    QVERIFY(b.contains(QPointF(900, 400)));
    QVERIFY(b.contains(QPointF(1000, 1000)));
    QVERIFY(item.flags().testFlag(QGraphicsItem::ItemHasNoContents) == false);
}

QTEST_MAIN(TestRequestLayer)
#include "tst_request_layer.moc"
