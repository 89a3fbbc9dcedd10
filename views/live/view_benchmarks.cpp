#include "live/view_benchmarks.h"

#include "canvas/request_layer_item.h"
#include "charts/latency_chart.h"

#include <QElapsedTimer>
#include <QImage>
#include <QPainter>
#include <QStyleOptionGraphicsItem>

#include <algorithm>
#include <cmath>
#include <random>
#include <vector>

namespace scalelab {

namespace {

DrawFigures figures(std::vector<double> ms)
{
    DrawFigures f;
    if (ms.empty())
        return f;
    std::sort(ms.begin(), ms.end());
    f.medianMs = ms[ms.size() / 2];
    f.p99Ms =
        ms[std::min(ms.size() - 1, static_cast<std::size_t>(std::ceil(0.99 * ms.size())) - 1)];
    return f;
}

/// A chart with no series of its own: the benchmark adds plain graphs to it, so it
/// measures the LiveChart configuration (no antialiasing, adaptive sampling, no OpenGL).
class BenchChart : public LiveChart {
public:
    using LiveChart::addSeries;

protected:
    void appendSamples(const Frame &) override {}
};

} // namespace

DrawFigures benchmarkRequestLayer(int dots, int frames)
{
    // A design of 6 x 4 components in a grid, each linked right and down: 38 links.
    std::vector<QPointF> centers;
    for (int row = 0; row < 4; ++row)
        for (int col = 0; col < 6; ++col)
            centers.emplace_back(140 + col * 260, 120 + row * 220);
    std::vector<LinkPath> links;
    for (int row = 0; row < 4; ++row)
        for (int col = 0; col < 6; ++col) {
            const QPointF a = centers[static_cast<std::size_t>(row * 6 + col)];
            if (col < 5)
                links.emplace_back(QLineF(a, centers[static_cast<std::size_t>(row * 6 + col + 1)]));
            if (row < 3)
                links.emplace_back(
                    QLineF(a, centers[static_cast<std::size_t>((row + 1) * 6 + col)]));
        }

    RequestLayerItem layer;
    layer.setGeometry(links, centers);
    std::mt19937 rng(42);
    std::uniform_real_distribution<float> unit(0.0f, 1.0f);
    auto base = std::make_shared<Frame>();
    base->dots.resize(static_cast<std::size_t>(std::max(0, dots)));
    for (std::size_t i = 0; i < base->dots.size(); ++i) {
        base->dots[i].link = static_cast<std::uint32_t>(i % links.size());
        base->dots[i].progress = unit(rng);
        base->dots[i].kind = static_cast<RequestKind>(i % kRequestKindCount);
    }
    base->dotsOnLinks = base->dots.size() * 5; // a sample: the label is drawn too
    for (std::uint32_t i = 0; i < 300; ++i)
        base->failures.push_back({i % 24, static_cast<float>(i % 20) * 0.1f, FailureCause::Down});

    QImage image(1600, 900, QImage::Format_ARGB32_Premultiplied);
    QStyleOptionGraphicsItem option;
    std::vector<double> ms;
    for (int f = 0; f < frames; ++f) {
        // Each frame is a new immutable frame, as in the live view.
        auto frame = std::make_shared<Frame>(*base);
        const float step = 0.004f * static_cast<float>(f);
        for (DotFrame &d : frame->dots)
            d.progress = std::fmod(d.progress + step, 1.0f);
        layer.setFrame(frame);
        image.fill(Qt::white);
        QPainter painter(&image);
        QElapsedTimer timer;
        timer.start();
        layer.paint(&painter, &option, nullptr);
        ms.push_back(static_cast<double>(timer.nsecsElapsed()) / 1e6);
    }
    return figures(std::move(ms));
}

DrawFigures benchmarkCharts(int series, int points, int replots)
{
    BenchChart chart;
    chart.resize(1200, 500);
    chart.xAxis->setRange(0, points);
    chart.yAxis->setRange(0, 1000);
    chart.legend->setVisible(false);
    std::mt19937 rng(7);
    std::normal_distribution<double> noise(0, 30);
    for (int s = 0; s < series; ++s) {
        QCPGraph *g = chart.addSeries(QStringLiteral("series %1").arg(s),
                                      QColor::fromHsv((s * 45) % 360, 200, 200));
        QVector<double> keys(points), values(points);
        for (int i = 0; i < points; ++i) {
            keys[i] = i;
            values[i] = 100 + s * 100 + 50 * std::sin(i / 500.0) + noise(rng);
        }
        g->setData(keys, values, true);
    }
    chart.replot(QCustomPlot::rpImmediateRefresh); // warm-up: layout, label caches
    std::vector<double> ms;
    for (int r = 0; r < replots; ++r) {
        QElapsedTimer timer;
        timer.start();
        chart.replot(QCustomPlot::rpImmediateRefresh);
        ms.push_back(static_cast<double>(timer.nsecsElapsed()) / 1e6);
    }
    return figures(std::move(ms));
}

} // namespace scalelab
