// The cache hit-ratio chart: a measured line per cache from the run's time series and, for
// LRU and FIFO caches, Che's prediction beside it; the measured line settles on the
// prediction. The cache's live card figures come through the frames.
#include "analytic/cache_theory.h"
#include "charts/charts_panel.h"
#include "charts/hit_ratio_chart.h"
#include "scenario/scenario_io.h"
#include "sim/frame_builder.h"
#include "sim/simulation.h"

#include <QtTest>

#include <cmath>

using namespace scalelab;

namespace {

Scenario stage6()
{
    const LoadResult r = loadScenarioFile(std::string(SCALELAB_EXAMPLES_DIR) + "/06-cache.yaml");
    if (!r.ok())
        qFatal("%s", r.message().c_str());
    Scenario s = *r.scenario;
    s.faults.clear();
    // Reads only: writes that invalidate keys lower the hit ratio below Che's figure.
    for (Component &c : s.components)
        if (auto *p = std::get_if<ClientsParams>(&c.params))
            p->mix[1] = 0;
    return s;
}

} // namespace

class TestHitRatioChart : public QObject {
    Q_OBJECT
private slots:
    void measuredSettlesOnChesPrediction()
    {
        const Scenario s = stage6();
        HitRatioChart chart;
        chart.setScenario(s);
        const double theory = chart.theoryPercent(QStringLiteral("cache"));
        QVERIFY(std::isfinite(theory));
        QCOMPARE(theory, 100.0 * predictHitRatio(s, "cache").hitRatio);

        Simulation sim(s);
        sim.setRecordTimeSeries(true);
        FrameBuilder frames;
        bool sawFigure = false;
        for (double t = 10; t <= 600; t += 10) {
            sim.runUntil(t);
            const Frame f = frames.build(sim);
            chart.appendFrame(f);
            for (const ComponentFrame &c : f.components)
                if (c.id == "cache" && !c.figures.empty() &&
                    std::string(c.figures.front().label) == "hit") {
                    sawFigure = true;
                    QVERIFY(c.figures.front().percent);
                    QVERIFY(c.figures.front().value > 0 && c.figures.front().value < 1);
                }
        }
        QVERIFY(sawFigure);
        QCPGraph *measured = chart.measuredGraph(QStringLiteral("cache"));
        QCPGraph *predicted = chart.theoryGraph(QStringLiteral("cache"));
        QVERIFY(measured && predicted);
        QVERIFY(measured->data()->size() > 500);
        QCOMPARE(predicted->data()->size(), measured->data()->size());
        // The mean of the last 400 s against the prediction.
        double sum = 0;
        int n = 0;
        for (auto it = measured->data()->constBegin(); it != measured->data()->constEnd(); ++it)
            if (it->key > 200 && std::isfinite(it->value)) {
                sum += it->value;
                ++n;
            }
        const double mean = sum / n;
        qInfo("measured %.2f %%, Che %.2f %%", mean, theory);
        QVERIFY(std::abs(mean - theory) < 0.03 * theory);
    }

    void lfuHasNoFormulaAndSaysWhy()
    {
        Scenario s = stage6();
        s.find("cache")->as<CacheParams>().eviction = Eviction::Lfu;
        HitRatioChart chart;
        chart.setScenario(s);
        QVERIFY(std::isnan(chart.theoryPercent(QStringLiteral("cache"))));
        QVERIFY(chart.theoryProblem(QStringLiteral("cache")).contains(QStringLiteral("LFU")));
    }

    void thePanelHasTheChart()
    {
        QWidget parent;
        ChartsPanel panel(&parent);
        bool found = false;
        for (const ChartsPanel::Dock &d : panel.docks())
            found = found ||
                    (d.widget == panel.hitRatio() && d.tabWith == QLatin1String("throughputDock"));
        QVERIFY(found);
        QVERIFY(panel.charts().contains(panel.hitRatio()));
    }
};

QTEST_MAIN(TestHitRatioChart)
#include "tst_hit_ratio_chart.moc"
