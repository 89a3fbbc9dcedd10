// The live charts take frames: points appear, the window slides, faults leave markers,
// the theory line equals the queueing formula, and the exports write what they claim.
#include "analytic/queueing.h"
#include "charts/charts_panel.h"
#include "charts/component_chart_panel.h"
#include "charts/component_series_chart.h"
#include "charts/errors_chart.h"
#include "charts/hit_ratio_chart.h"
#include "charts/latency_chart.h"
#include "charts/regions_chart.h"
#include "charts/scaling_chart.h"
#include "charts/throughput_chart.h"
#include "common/clients_helpers.h"

#include <QFile>
#include <QImage>
#include <QListWidget>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace scalelab;
using namespace scalelab::test;

namespace {

const std::vector<std::string> kColumns = {
    "arrivals_rps", "throughput_rps", "errors_rps",      "rejected_rps", "timeout_rps",
    "down_rps",     "no_backend_rps", "p50_ms",          "p95_ms",       "p99_ms",
    "availability", "in_flight",      "app.utilization", "app.queue",    "app.in_system",
    "app.up",       "db.utilization", "db.queue",        "db.in_system", "db.up"};

/// A frame at time t with one sample row at t (when withRow), 150 arrivals per second
/// into `app`, and 40 per second on the link app -> db.
Frame frameAt(double t, bool withRow = true, int appCapacity = -1)
{
    Frame f;
    f.t_s = t;
    f.columns = kColumns;
    ComponentFrame app;
    app.id = "app";
    app.workers = 2;
    app.capacity = appCapacity;
    ComponentFrame db;
    db.id = "db";
    db.workers = 1;
    f.components = {app, db};
    f.links = {{"app", "db", 40.0}, {"users", "app", 150.0}}; // the users' link carries 150/s
    if (withRow) {
        f.sampleTimes = {t};
        f.samples = {
            {150, 148, 2, 1, 0, 1, 0, 12, 30, 55, 0.99, 4, 0.74, 1.5, 3.0, 1, 0.2, 0.05, 0.25, 1}};
    }
    return f;
}

Scenario scenario()
{
    Scenario s;
    Component app = defaultComponent(ComponentKind::Service, "app");
    app.workers = 2;
    app.service_ms = Distribution::exponential(10.0); // mu = 100 per second
    Component db = defaultComponent(ComponentKind::Service, "db");
    db.workers = 1;
    db.service_ms = Distribution::exponential(5.0); // mu = 200 per second
    s.components = {app, db};
    Link link;
    link.from = "app";
    link.to = "db";
    s.links = {link};
    addClients(s, "app");
    return s;
}

double valueAt(const QCPGraph *g, double t)
{
    for (const QCPGraphData &d : *g->data())
        if (d.key == t)
            return d.value;
    return std::numeric_limits<double>::quiet_NaN();
}

} // namespace

class TestCharts : public QObject {
    Q_OBJECT
private slots:
    void framesAddPoints();
    void windowSlidesAndFollowStops();
    void faultsLeaveMarkers();
    void logScaleOnlyWhereAllowed();
    void theoryEqualsMmc();
    void theoryUsesMmckWithCapacity();
    void theoryUsesLinkTraffic();
    void nonMmcStationHasNoTheory();
    void messageQueueDepthHasErlangC();
    void csvExport();
    void pictureExport();
    void hoverReadout();
    void panelFeedsEveryChart();
    void freshRunForgetsOldComponents();
    void tickLabelsNeverRunTogether();
};

void TestCharts::framesAddPoints()
{
    LatencyChart chart;
    chart.appendFrame(frameAt(1));
    chart.appendFrame(frameAt(2, false)); // no new rows: no new points
    chart.appendFrame(frameAt(3));
    QCOMPARE(chart.series("p99")->data()->size(), 2);
    QCOMPARE(valueAt(chart.series("p99"), 3), 55.0);
    QCOMPARE(valueAt(chart.series("p50"), 1), 12.0);

    ErrorsChart errors;
    errors.appendFrame(frameAt(1));
    QCOMPARE(valueAt(errors.series("down"), 1), 1.0);
    QCOMPARE(valueAt(errors.series("availability"), 1), 99.0); // percent
    QCOMPARE(errors.series("availability")->valueAxis(), errors.yAxis2);

    ThroughputChart throughput;
    throughput.appendFrame(frameAt(1));
    QCOMPARE(valueAt(throughput.series("throughput (completed)"), 1), 148.0);
    QCOMPARE(valueAt(throughput.series("arrivals"), 1), 150.0);
}

void TestCharts::windowSlidesAndFollowStops()
{
    ThroughputChart chart;
    chart.setWindowSeconds(120);
    for (int t = 1; t <= 300; ++t)
        chart.appendFrame(frameAt(t));
    QCOMPARE(chart.xAxis->range().lower, 180.0);
    QCOMPARE(chart.xAxis->range().upper, 300.0);
    QVERIFY(chart.yAxis->range().upper >= 150.0);

    chart.setFollow(false);
    chart.appendFrame(frameAt(301));
    QCOMPARE(chart.xAxis->range().upper, 300.0);
    // A double click resumes following.
    chart.resize(600, 300);
    QTest::mouseDClick(&chart, Qt::LeftButton, {}, QPoint(300, 150));
    QVERIFY(chart.follows());
    QCOMPARE(chart.xAxis->range().upper, 301.0);
}

void TestCharts::faultsLeaveMarkers()
{
    LatencyChart chart;
    Frame f = frameAt(5);
    f.newLog = {{4.5, "web1", "failed (by hand)"},
                {4.6, "lb", "rejecting requests: queue full"},
                {4.8, "lb", "health check: web1 marked unhealthy after 2 failed checks"},
                {9.0, "web1", "recovered (by hand)"}};
    chart.appendFrame(f);
    QCOMPARE(chart.markerCount(), 3); // the rejection burst is not a fault marker
    // Labels a few seconds apart in a 120 s window are stacked, not printed over each
    // other ("w lb 2"); one far from them goes back to the top row.
    auto row = [&chart](int i) { return chart.markerLabel(i)->position->coords().y(); };
    QCOMPARE(row(0), 0.0);
    QVERIFY(row(1) > row(0));
    QVERIFY(row(2) > row(1));
    Frame later = frameAt(60);
    later.newLog = {{60.0, "db", "failed (by hand)"}};
    chart.appendFrame(later);
    QCOMPARE(row(3), 0.0);
    chart.clear();
    QCOMPARE(chart.markerCount(), 0);
    QCOMPARE(chart.series("p99")->data()->size(), 0);
}

void TestCharts::logScaleOnlyWhereAllowed()
{
    LatencyChart latency;
    latency.appendFrame(frameAt(1));
    latency.setLogScale(true);
    QCOMPARE(latency.yAxis->scaleType(), QCPAxis::stLogarithmic);
    QVERIFY(latency.yAxis->range().lower > 0);
    latency.setLogScale(false);
    QCOMPARE(latency.yAxis->scaleType(), QCPAxis::stLinear);
    ThroughputChart throughput;
    throughput.setLogScale(true);
    QCOMPARE(throughput.yAxis->scaleType(), QCPAxis::stLinear);
}

void TestCharts::theoryEqualsMmc()
{
    UtilizationChart util;
    QueueChart queue;
    for (ComponentSeriesChart *c : {static_cast<ComponentSeriesChart *>(&util),
                                    static_cast<ComponentSeriesChart *>(&queue)}) {
        c->setScenario(scenario());
        c->appendFrame(frameAt(0, false));
        c->appendFrame(frameAt(1));
        c->setTheoryComponent("app");
    }
    const MmcResult expected = mmc(150, 100, 2);
    QVERIFY(util.theoryGraph("app"));
    QVERIFY(util.theoryGraph("app")->visible());
    QCOMPARE(valueAt(util.theoryGraph("app"), 1), 100.0 * expected.utilization);
    QCOMPARE(valueAt(util.measuredGraph("app"), 1), 74.0);
    QCOMPARE(valueAt(queue.theoryGraph("app"), 1), expected.Lq);
    QCOMPARE(valueAt(queue.measuredGraph("app"), 1), 1.5);
    QVERIFY(util.theoryProblem().isEmpty());
    // The next second brings 50 arrivals: the prediction follows the smoothed rate.
    Frame next = frameAt(2);
    next.samples[0][0] = 50;
    next.links[1].requestsPerSecond = 50; // the users' link brings them
    util.appendFrame(next);
    const double a = 1.0 - std::exp(-1.0 / ComponentSeriesChart::kRateSmoothingS);
    QCOMPARE(valueAt(util.theoryGraph("app"), 2),
             100.0 * mmc(150 + a * (50 - 150), 100, 2).utilization);
    // Only the theory component's prediction is drawn.
    QVERIFY(util.theoryGraph("db"));
    QVERIFY(!util.theoryGraph("db")->visible());
}

void TestCharts::theoryUsesMmckWithCapacity()
{
    UtilizationChart util;
    util.setScenario(scenario());
    util.appendFrame(frameAt(0, false, 4));
    util.appendFrame(frameAt(1, true, 4));
    const MmckResult expected = mmck(150, 100, 2, 4);
    QCOMPARE(valueAt(util.theoryGraph("app"), 1), 100.0 * expected.utilization);
}

void TestCharts::theoryUsesLinkTraffic()
{
    // db is fed by the link app -> db at 40 per second over the frames before the row.
    QueueChart queue;
    queue.setScenario(scenario());
    queue.appendFrame(frameAt(0.0, false));
    queue.appendFrame(frameAt(0.5, false));
    queue.appendFrame(frameAt(1.0));
    QCOMPARE(valueAt(queue.theoryGraph("db"), 1), mmc(40, 200, 1).Lq);
}

void TestCharts::messageQueueDepthHasErlangC()
{
    // 40 publishes a second into q; its one consumer has 3 workers of 50 ms (exponential).
    Scenario s;
    s.components = {defaultComponent(ComponentKind::Queue, "q"),
                    defaultComponent(ComponentKind::Service, "consumers")};
    s.components[1].workers = 3;
    s.components[1].service_ms = Distribution::exponential(50);
    s.links = {{"q", "consumers", 1.0, 0.0, {}}};
    Frame f;
    f.columns = {"q.depth", "consumers.utilization"};
    ComponentFrame q, consumers;
    q.id = "q";
    q.workers = 64;
    consumers.id = "consumers";
    consumers.workers = 3;
    f.components = {q, consumers};
    f.links = {{"users", "q", 40.0}, {"q", "consumers", 40.0}};
    MessageDepthChart depth;
    depth.setScenario(s);
    f.t_s = 0;
    depth.appendFrame(f);
    f.t_s = 1;
    f.sampleTimes = {1};
    f.samples = {{0.75, 0.66}};
    depth.appendFrame(f);
    depth.setTheoryComponent("q");
    QVERIFY(depth.theoryProblem().isEmpty());
    QCOMPARE(valueAt(depth.measuredGraph("q"), 1), 0.75);
    QCOMPARE(valueAt(depth.theoryGraph("q"), 1), mmc(40, 20, 3).Lq); // the consumer's c and mu
    QCOMPARE(depth.components(), QStringList{QStringLiteral("q")});  // consumers has no depth
    // Two consumers: no single M/M/c queue.
    s.components.push_back(defaultComponent(ComponentKind::Service, "more"));
    s.links.push_back({"q", "more", 1.0, 0.0, {}});
    depth.setScenario(s);
    QVERIFY(!depth.theoryProblem().isEmpty());
}

void TestCharts::nonMmcStationHasNoTheory()
{
    Scenario s = scenario();
    s.components[1].service_ms = Distribution::constant(5.0);
    UtilizationChart util;
    util.setScenario(s);
    util.appendFrame(frameAt(1));
    QVERIFY(!util.theoryGraph("db"));
    util.setTheoryComponent("db");
    QVERIFY(util.theoryProblem().contains("exponential"));
}

void TestCharts::csvExport()
{
    LatencyChart chart;
    chart.appendFrame(frameAt(1));
    chart.appendFrame(frameAt(2));
    QTemporaryDir dir;
    const QString path = dir.filePath("latency.csv");
    QVERIFY(chart.saveCsv(path));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QStringList lines = QString::fromUtf8(file.readAll()).trimmed().split('\n');
    QCOMPARE(lines.size(), 3);
    QCOMPARE(lines[0], QStringLiteral("t_s,p50,p95,p99"));
    QCOMPARE(lines[1], QStringLiteral("1,12,30,55"));
    QCOMPARE(lines[2], QStringLiteral("2,12,30,55"));
}

void TestCharts::pictureExport()
{
    LatencyChart chart;
    chart.resize(640, 360);
    for (int t = 1; t < 60; ++t)
        chart.appendFrame(frameAt(t));
    QTemporaryDir dir;
    const QString png = dir.filePath("latency.png");
    QVERIFY(chart.savePng(png, 800, 450));
    const QImage img(png);
    QVERIFY(!img.isNull());
    QCOMPARE(img.size(), QSize(800, 450));
    const QString pdf = dir.filePath("latency.pdf");
    QVERIFY(chart.savePdf(pdf, 800, 450));
    QFile file(pdf);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.read(5) == "%PDF-");
}

void TestCharts::hoverReadout()
{
    LatencyChart chart;
    chart.resize(640, 360);
    for (int t = 1; t <= 30; ++t)
        chart.appendFrame(frameAt(t));
    chart.replot();
    const QPointF at(chart.xAxis->coordToPixel(20), chart.yAxis->coordToPixel(55));
    const QString text = chart.readoutAt(at);
    QVERIFY2(text.contains("p99") && text.contains("55 ms") && text.contains("t = 20"),
             qPrintable(text));
    QVERIFY(chart.readoutAt(QPointF(-10, -10)).isEmpty());
}

void TestCharts::panelFeedsEveryChart()
{
    QWidget window;
    ChartsPanel panel(&window);
    panel.setScenario(scenario());
    panel.appendFrame(frameAt(0, false));
    panel.appendFrame(frameAt(1));
    QCOMPARE(panel.docks().size(), 10);
    for (LiveChart *c : panel.charts()) {
        if (c == panel.hitRatio() || c == panel.replicationLag() || c == panel.messageDepth() ||
            c == panel.regions()) {
            // No cache, no replica, no message queue and no region in this design: nothing
            // to draw.
            QCOMPARE(c->graphCount(), 0);
            continue;
        }
        if (c == panel.scaling()) {
            // No autoscaling group: its cost line stays empty.
            for (int i = 0; i < c->graphCount(); ++i)
                QVERIFY(c->graph(i)->data()->isEmpty());
            continue;
        }
        bool any = false;
        for (int i = 0; i < c->graphCount(); ++i)
            any = any || !c->graph(i)->data()->isEmpty();
        QVERIFY2(any, qPrintable(c->objectName()));
    }
    QCOMPARE(panel.utilization()->components(), QStringList({"app", "db"}));
    panel.selectComponent("db");
    QCOMPARE(panel.utilization()->theoryComponent(), QStringLiteral("db"));
}

void TestCharts::freshRunForgetsOldComponents()
{
    QWidget window;
    ChartsPanel panel(&window);
    panel.setScenario(scenario());
    panel.appendFrame(frameAt(1));
    auto *list = window.findChild<ComponentChartPanel *>()->componentList();
    QCOMPARE(list->count(), 2);
    panel.utilization()->setComponentVisible("db", false);

    // Another design is opened: its run clears the charts, then sends its own columns.
    panel.clear();
    QVERIFY(panel.utilization()->components().isEmpty());
    QCOMPARE(list->count(), 0);
    Frame other;
    other.t_s = 1;
    other.columns = {"arrivals_rps", "web.utilization", "web.queue"};
    other.sampleTimes = {1};
    other.samples = {{10, 0.5, 0.1}};
    panel.appendFrame(other);
    QCOMPARE(panel.utilization()->components(), QStringList({"web"}));
    QCOMPARE(list->count(), 1);
    // A tier's aggregate is not a component: it has no line of its own here.
    Frame tiers = other;
    tiers.t_s = 2;
    tiers.columns.push_back("tier.web_server.utilization");
    tiers.sampleTimes = {2};
    tiers.samples = {{10, 0.5, 0.1, 0.5}};
    tiers.components.resize(1);
    tiers.components[0].id = "web";
    panel.appendFrame(tiers);
    QCOMPARE(panel.utilization()->components(), QStringList({"web"}));
    QCOMPARE(list->item(0)->text(), QStringLiteral("web"));

    // Back to the first design: db comes back as the student left it, hidden.
    panel.clear();
    panel.appendFrame(frameAt(1));
    QCOMPARE(panel.utilization()->components(), QStringList({"app", "db"}));
    QVERIFY(panel.utilization()->componentVisible("app"));
    QVERIFY(!panel.utilization()->componentVisible("db"));
}

void TestCharts::tickLabelsNeverRunTogether()
{
    for (const QSize size : {QSize(180, 140), QSize(260, 180), QSize(900, 400)}) {
        ThroughputChart chart;
        chart.resize(size);
        chart.show();
        for (int t = 1; t <= 1000; t += 3)
            chart.appendFrame(frameAt(t));
        chart.replot();
        for (QCPAxis *axis : {chart.xAxis, chart.yAxis}) {
            const QVector<double> ticks = axis->tickVector();
            const QVector<QString> labels = axis->tickVectorLabels();
            const QFontMetrics fm(axis->tickLabelFont());
            QVERIFY(ticks.size() >= 2);
            for (int i = 1; i < ticks.size(); ++i) {
                const double gap =
                    std::abs(axis->coordToPixel(ticks[i]) - axis->coordToPixel(ticks[i - 1]));
                const double need =
                    axis == chart.xAxis
                        ? (fm.horizontalAdvance(labels[i]) + fm.horizontalAdvance(labels[i - 1])) /
                                  2.0 +
                              4
                        : fm.height() + 2;
                QVERIFY2(gap >= need, qPrintable(QStringLiteral("%1x%2: '%3' and '%4' %5 px apart")
                                                     .arg(size.width())
                                                     .arg(size.height())
                                                     .arg(labels[i - 1], labels[i])
                                                     .arg(gap)));
            }
        }
    }
}

QTEST_MAIN(TestCharts)
#include "tst_charts.moc"
