// The capacity sweep: the levels it runs, the users' rates it scales, and on a single
// M/M/1 station a curve that rises with load and agrees with the formula below saturation.
#include "analytic/queueing.h"
#include "scenario/scenario_io.h"
#include "sim/sweep.h"

#include "common/clients_helpers.h"

#include <QtTest>

#include <cmath>

using namespace scalelab;
using namespace scalelab::test;

namespace {

/// Users and one service of 1 ms exponential service, unbounded queue, patient users.
Scenario mm1Design(double duration)
{
    Scenario s;
    s.run = {duration, 20};
    s.seed = 5;
    Component c = defaultComponent(ComponentKind::Service, "server");
    c.workers = 1;
    c.capacity.reset();
    c.service_ms = Distribution::exponential(1.0);
    s.components.push_back(c);
    addClients(s, "server", 100).timeout_ms.reset();
    return s;
}

} // namespace

class TestSweep : public QObject {
    Q_OBJECT
private slots:
    void levelsLinearAndLog()
    {
        const Scenario s = mm1Design(100);
        SweepSettings linear{.from_rps = 100, .to_rps = 500, .steps = 5};
        const SweepPlan a = planSweep(s, linear);
        QVERIFY2(a.problem.empty(), a.problem.c_str());
        QCOMPARE(a.levels, (std::vector<double>{100, 200, 300, 400, 500}));
        SweepSettings log{.from_rps = 10, .to_rps = 100000, .steps = 5, .log = true};
        const SweepPlan b = planSweep(s, log);
        QCOMPARE(b.levels.size(), std::size_t(5));
        for (std::size_t i = 0; i < 5; ++i)
            QVERIFY(std::abs(b.levels[i] - std::pow(10.0, 1.0 + static_cast<double>(i))) <
                    1e-6 * b.levels[i]);
    }

    void refusesAbsurdSweeps()
    {
        const Scenario s = mm1Design(600);
        QVERIFY(!planSweep(s, {.from_rps = 10, .to_rps = 1000, .steps = 1}).problem.empty());
        QVERIFY(!planSweep(s, {.from_rps = 10, .to_rps = 1000, .steps = 101}).problem.empty());
        QVERIFY(!planSweep(s, {.from_rps = 0, .to_rps = 1000, .steps = 5}).problem.empty());
        QVERIFY(!planSweep(s, {.from_rps = 10, .to_rps = 2e6, .steps = 5}).problem.empty());
        // 10 levels up to a million for 600 s each: billions of requests, refused with a
        // duration that fits.
        const SweepPlan big = planSweep(s, {.from_rps = 10, .to_rps = 1e6, .steps = 10});
        QVERIFY(big.problem.find("--duration") != std::string::npos);
        QVERIFY(big.levels.empty());
    }

    void scalesEveryUsersRateAndCurve()
    {
        Scenario s = mm1Design(100);
        ClientsParams &second = addClients(s, "server", 50, "more");
        second.curve = {{0, 20}, {100, 80}}; // a mean of 50 over 0..100, of 56 over 20..100
        const SweepPlan plan = planSweep(s, {.from_rps = 10, .to_rps = 1000, .steps = 2});
        QVERIFY(std::abs(plan.baseRate - 156.0) < 1e-9);
        const Scenario scaled = scaledScenario(s, plan, 312);
        QCOMPARE(scaled.find("users")->as<ClientsParams>().rate_rps, 200.0);
        QCOMPARE(scaled.find("more")->as<ClientsParams>().curve[1].rate_rps, 160.0);
    }

    void theoryOnlyForOneStation()
    {
        Scenario s = mm1Design(100);
        QVERIFY(planSweep(s, {.from_rps = 10, .to_rps = 100, .steps = 2}).theory.has_value());
        const LoadResult two = loadScenarioFile(SCALELAB_TESTDATA_DIR "/chaos-two-web.yaml");
        QVERIFY2(two.ok(), two.message().c_str());
        const SweepPlan plan =
            planSweep(*two.scenario, {.from_rps = 10, .to_rps = 100, .steps = 2});
        QVERIFY(!plan.theory);
        QVERIFY(!plan.noTheory.empty());
    }

    void mm1MonotoneAndWithinTwoPercent()
    {
        // mu = 1000/s; levels at rho 0.1 .. 0.9 and one past saturation (with patient users
        // and no capacity the queue grows without bound there).
        const Scenario s = mm1Design(2000);
        SweepSettings settings{.from_rps = 100, .to_rps = 1100, .steps = 6};
        CapacitySweep sweep(s, planSweep(s, settings), 2);
        sweep.wait();
        const std::vector<SweepPoint> points = sweep.points();
        QCOMPARE(points.size(), std::size_t(6));
        for (std::size_t i = 0; i < points.size(); ++i) {
            const SweepPoint &p = points[i];
            QVERIFY(p.finished);
            qInfo("%7.0f rps: mean %8.3f [%8.3f]  p50 %8.3f [%8.3f]  p95 %8.3f [%8.3f]  p99 %8.3f "
                  "[%8.3f]",
                  p.offered_rps, p.mean_ms, p.theory_mean_ms, p.p50_ms, p.theory_p50_ms, p.p95_ms,
                  p.theory_p95_ms, p.p99_ms, p.theory_p99_ms);
            if (i > 0) {
                QVERIFY(p.p50_ms > points[i - 1].p50_ms);
                QVERIFY(p.p95_ms > points[i - 1].p95_ms);
                QVERIFY(p.p99_ms > points[i - 1].p99_ms);
                QVERIFY(p.mean_ms > points[i - 1].mean_ms);
            }
            const double rho = p.offered_rps / 1000.0;
            if (rho < 1.0) {
                const Mm1Result theory = mm1(p.offered_rps, 1000.0);
                QVERIFY(std::abs(p.theory_mean_ms - 1000.0 * theory.W) < 1e-9);
                QVERIFY(std::abs(p.theory_p99_ms - 1000.0 * theory.responseQuantile(0.99)) <
                        1e-6 * p.theory_p99_ms);
            } else {
                QVERIFY(std::isnan(p.theory_mean_ms)); // no prediction past saturation
            }
            if (rho <= 0.7) {
                for (const auto &[measured, predicted] :
                     {std::pair{p.mean_ms, p.theory_mean_ms}, std::pair{p.p50_ms, p.theory_p50_ms},
                      std::pair{p.p95_ms, p.theory_p95_ms}, std::pair{p.p99_ms, p.theory_p99_ms}})
                    QVERIFY2(std::abs(measured - predicted) <= 0.02 * predicted,
                             qPrintable(QString("%1 rps: %2 against %3")
                                            .arg(p.offered_rps)
                                            .arg(measured)
                                            .arg(predicted)));
            }
        }
    }

    void mmcQuantileAgreesWithMm1AndGrowsWithLoad()
    {
        for (const double lambda : {100.0, 500.0, 900.0})
            QVERIFY(std::abs(mmcResponseQuantile(lambda, 1000, 1, 0.99) -
                             mm1(lambda, 1000).responseQuantile(0.99)) < 1e-9);
        // c = 4: the p99 at light load is the service's own, ln(100)/mu.
        QVERIFY(std::abs(mmcResponseQuantile(1, 100, 4, 0.99) - std::log(100.0) / 100) < 1e-4);
        QVERIFY(mmcResponseQuantile(350, 100, 4, 0.99) > mmcResponseQuantile(300, 100, 4, 0.99));
    }
};

QTEST_APPLESS_MAIN(TestSweep)
#include "tst_sweep.moc"
