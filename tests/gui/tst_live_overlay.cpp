// The live overlay shows a failed component unmistakably, tints by utilization, and
// thickens links with traffic.
#include "canvas/live_overlay_item.h"

#include <QImage>
#include <QPainter>
#include <QStyleOptionGraphicsItem>
#include <QTest>

#include <memory>

using namespace scalelab;

namespace {

const QRectF kCard(100, 100, 200, 88);

QImage render(const ComponentFrame &c, std::vector<LinkFrame> links = {})
{
    LiveOverlayItem item;
    item.setGeometry({LinkPath(QLineF(320, 144, 600, 144))}, {kCard});
    auto f = std::make_shared<Frame>();
    f->components = {c};
    f->links = std::move(links);
    item.setFrame(f);
    QImage img(700, 300, QImage::Format_ARGB32_Premultiplied);
    img.fill(Qt::white);
    QPainter painter(&img);
    QStyleOptionGraphicsItem option;
    item.paint(&painter, &option, nullptr);
    return img;
}

ComponentFrame component(bool up, double utilization)
{
    ComponentFrame c;
    c.id = "web1";
    c.up = up;
    c.workers = 8;
    c.busy = static_cast<int>(8 * utilization);
    c.utilization = utilization;
    c.waiting = 3;
    c.capacity = 100;
    return c;
}

/// Share of the card's pixels that are dark red (red well above green and blue, dim).
double darkRedShare(const QImage &img)
{
    int n = 0, total = 0;
    for (int y = static_cast<int>(kCard.top()) + 4; y < kCard.bottom() - 4; ++y)
        for (int x = static_cast<int>(kCard.left()) + 4; x < kCard.right() - 4; ++x) {
            const QColor c = img.pixelColor(x, y);
            ++total;
            n += c.red() > c.green() + 40 && c.red() > c.blue() + 40;
        }
    return static_cast<double>(n) / total;
}

} // namespace

class TestLiveOverlay : public QObject {
    Q_OBJECT
private slots:
    void downStateDiffersFromUp();
    void utilizationColours();
    void queueFill();
    void linksThickenWithTraffic();
};

void TestLiveOverlay::downStateDiffersFromUp()
{
    const QImage up = render(component(true, 0.5));
    const QImage down = render(component(false, 0.5));
    int differing = 0;
    for (int y = static_cast<int>(kCard.top()); y < kCard.bottom(); ++y)
        for (int x = static_cast<int>(kCard.left()); x < kCard.right(); ++x)
            differing += up.pixelColor(x, y) != down.pixelColor(x, y);
    QVERIFY2(differing > 0.8 * kCard.width() * kCard.height(),
             qPrintable(QStringLiteral("only %1 pixels differ").arg(differing)));
    // Failed: the card is mostly dark red; up at 50 %: none of it is.
    QVERIFY(darkRedShare(down) > 0.6);
    QVERIFY(darkRedShare(up) < 0.05);
    // The centre carries the DOWN plate: not the plain hatch colour everywhere.
    const QColor centre = down.pixelColor(kCard.center().toPoint());
    QVERIFY(centre.red() > 150);
}

void TestLiveOverlay::utilizationColours()
{
    const QColor idle = LiveOverlayItem::utilizationColor(0.0);
    const QColor busy = LiveOverlayItem::utilizationColor(1.0);
    QVERIFY(idle.green() > idle.red());
    QVERIFY(busy.red() > busy.green() + 100);
    const QColor mid = LiveOverlayItem::utilizationColor(0.6);
    QVERIFY(mid.red() > 200 && mid.green() > 120); // amber
    // The tint on the card differs between an idle and a saturated component.
    const QImage a = render(component(true, 0.05));
    const QImage b = render(component(true, 0.98));
    QVERIFY(a.pixelColor(QPoint(150, 130)) != b.pixelColor(QPoint(150, 130)));
}

void TestLiveOverlay::queueFill()
{
    ComponentFrame c = component(true, 1.0);
    c.capacity = 18; // 8 workers: 10 queue places
    c.waiting = 5;
    QCOMPARE(LiveOverlayItem::queueFill(c), 0.5);
    c.waiting = 50;
    QCOMPARE(LiveOverlayItem::queueFill(c), 1.0);
    c.capacity = -1; // unbounded: log scale
    c.waiting = 99;
    const double hundred = LiveOverlayItem::queueFill(c);
    QVERIFY(hundred > 0.4 && hundred < 0.6);
    c.waiting = LiveOverlayItem::kLogQueueFull;
    QCOMPARE(LiveOverlayItem::queueFill(c), 1.0);
    c.waiting = 0;
    QCOMPARE(LiveOverlayItem::queueFill(c), 0.0);
}

void TestLiveOverlay::linksThickenWithTraffic()
{
    QCOMPARE(LiveOverlayItem::trafficWidth(0), 0.0);
    QVERIFY(LiveOverlayItem::trafficWidth(10) < LiveOverlayItem::trafficWidth(1000));
    QVERIFY(LiveOverlayItem::trafficWidth(1000) < LiveOverlayItem::trafficWidth(1e6));
    // Drawn: more coloured rows across the link at high traffic.
    const auto thickness = [](const QImage &img) {
        int rows = 0;
        for (int y = 100; y < 190; ++y)
            rows += img.pixelColor(460, y) != QColor(Qt::white);
        return rows;
    };
    const int none = thickness(render(component(true, 0.2), {{"web1", "db", 0.0}}));
    const int light = thickness(render(component(true, 0.2), {{"web1", "db", 5.0}}));
    const int heavy = thickness(render(component(true, 0.2), {{"web1", "db", 50000.0}}));
    QCOMPARE(none, 0);
    QVERIFY(light > 0);
    QVERIFY(heavy > light + 8);
}

QTEST_MAIN(TestLiveOverlay)
#include "tst_live_overlay.moc"
