// A dense series is drawn from about two points per pixel column that keep every column's
// extremes and the gaps; a sparse one from all its points.
#include "charts/decimated_graph.h"

#include <QTest>

#include <algorithm>
#include <cmath>
#include <limits>

using namespace scalelab;

namespace {

/// Exposes the points the graph hands to its line drawing.
class ProbeGraph : public DecimatedGraph {
public:
    using DecimatedGraph::DecimatedGraph;
    QVector<QCPGraphData> linePoints() const
    {
        QVector<QCPGraphData> out;
        getOptimizedLineData(&out, data()->constBegin(), data()->constEnd());
        return out;
    }
};

} // namespace

class TestDecimatedGraph : public QObject {
    Q_OBJECT
private slots:
    void densePerColumnMinMax();
    void gapsSurvive();
    void sparseKeepsAll();
    void reversedAxis();
};

namespace {

struct Plot {
    QCustomPlot plot;
    ProbeGraph *graph;
    explicit Plot(int points, double (*f)(int))
    {
        plot.resize(500, 300);
        graph = new ProbeGraph(plot.xAxis, plot.yAxis);
        QVector<double> keys(points), values(points);
        for (int i = 0; i < points; ++i) {
            keys[i] = i;
            values[i] = f(i);
        }
        graph->setData(keys, values, true);
        plot.xAxis->setRange(0, points - 1);
        plot.yAxis->setRange(-2, 2);
        plot.replot(); // lays out the axis rect: the graph needs its width in pixels
    }
};

double wave(int i)
{
    return std::sin(i / 97.0) + (i == 54321 ? 1.5 : 0.0) - (i == 777 ? 1.5 : 0.0);
}

double gapped(int i)
{
    return i >= 40000 && i < 40100 ? std::numeric_limits<double>::quiet_NaN() : wave(i);
}

} // namespace

void TestDecimatedGraph::densePerColumnMinMax()
{
    Plot p(100000, wave);
    const QVector<QCPGraphData> out = p.graph->linePoints();
    const int columns = p.plot.axisRect()->width();
    QVERIFY(columns > 100);
    QVERIFY2(out.size() <= 2 * columns + 4, qPrintable(QString::number(out.size())));
    QVERIFY(out.size() >= columns);
    // The spikes (one sample each) are kept: a column's extremes are never dropped.
    const auto has = [&out](double key) {
        return std::any_of(out.begin(), out.end(),
                           [key](const QCPGraphData &d) { return d.key == key; });
    };
    QVERIFY(has(54321));
    QVERIFY(has(777));
    QVERIFY(
        std::is_sorted(out.begin(), out.end(),
                       [](const QCPGraphData &a, const QCPGraphData &b) { return a.key < b.key; }));
    // Every pixel's minimum and maximum are reached by the points of the columns around
    // it (the graph's columns need not align with the axis' pixels): a few pixels checked.
    for (int px : {10, 137, columns / 2, columns - 5}) {
        const double k0 = p.plot.xAxis->pixelToCoord(p.plot.axisRect()->left() + px);
        const double k1 = p.plot.xAxis->pixelToCoord(p.plot.axisRect()->left() + px + 1);
        double lo = 1e9, hi = -1e9;
        for (int i = static_cast<int>(std::ceil(k0)); i < k1; ++i) {
            lo = std::min(lo, wave(i));
            hi = std::max(hi, wave(i));
        }
        double outLo = 1e9, outHi = -1e9;
        for (const QCPGraphData &d : out)
            if (d.key >= k0 - (k1 - k0) && d.key < k1 + (k1 - k0)) {
                outLo = std::min(outLo, d.value);
                outHi = std::max(outHi, d.value);
            }
        QVERIFY(outLo <= lo);
        QVERIFY(outHi >= hi);
    }
}

void TestDecimatedGraph::gapsSurvive()
{
    Plot p(100000, gapped);
    const QVector<QCPGraphData> out = p.graph->linePoints();
    const auto nans = std::count_if(out.begin(), out.end(),
                                    [](const QCPGraphData &d) { return std::isnan(d.value); });
    QCOMPARE(nans, 1);
}

void TestDecimatedGraph::sparseKeepsAll()
{
    Plot p(200, wave);
    QCOMPARE(p.graph->linePoints().size(), 200);
}

void TestDecimatedGraph::reversedAxis()
{
    Plot p(100000, wave);
    p.plot.xAxis->setRangeReversed(true);
    p.plot.replot();
    const QVector<QCPGraphData> out = p.graph->linePoints();
    const int columns = p.plot.axisRect()->width();
    QVERIFY(out.size() <= 2 * columns + 4);
    QVERIFY(out.size() >= columns);
    QVERIFY(
        std::any_of(out.begin(), out.end(), [](const QCPGraphData &d) { return d.key == 54321; }));
}

QTEST_MAIN(TestDecimatedGraph)
#include "tst_decimated_graph.moc"
