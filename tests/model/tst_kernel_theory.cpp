// The kernel is honest: where queueing theory has an answer, the simulation agrees with it
// within its own 99 % confidence interval and within 2 % relative error.
#include "analytic/queueing.h"
#include "metrics/statistics.h"
#include "sim/simulation.h"

#include "common/clients_helpers.h"

#include <QtTest>

#include <cmath>
#include <functional>

using namespace scalelab;
using namespace scalelab::test;

namespace {

/// A service station; queueing theory's M/M/c has an unbounded queue, so without a
/// capacity given the station's default capacity is replaced by unbounded.
Component station(const std::string &id, int workers, double meanMs,
                  std::optional<int> capacity = std::nullopt)
{
    Component c = defaultComponent(ComponentKind::Service, id);
    c.workers = workers;
    c.capacity = capacity;
    c.service_ms = Distribution::exponential(meanMs);
    return c;
}

Scenario open(double rate, double duration, double warmup)
{
    Scenario s;
    s.run = {duration, warmup};
    // Theory's customers wait as long as it takes: no client timeout.
    addClients(s, "a", rate).timeout_ms.reset();
    return s;
}

/// Mean and 99 % half width over independent replications of a measured quantity.
struct Estimate {
    double mean = 0;
    double half99 = 0;
};

Estimate replicate(int n, const std::function<double(std::uint64_t)> &measure)
{
    RunningStats stats;
    for (int i = 0; i < n; ++i)
        stats.add(measure(static_cast<std::uint64_t>(1000 + i)));
    return {stats.mean(), studentTQuantile(0.995, n - 1) * std::sqrt(stats.variance() / n)};
}

void expectAgrees(const char *what, double simulated, double halfWidth, double theory)
{
    const double relative = std::abs(simulated - theory) / theory;
    const QString detail = QString("%1: simulated %2 ± %3 (99%% CI), theory %4, error %5 %")
                               .arg(what)
                               .arg(simulated, 0, 'g', 6)
                               .arg(halfWidth, 0, 'g', 3)
                               .arg(theory, 0, 'g', 6)
                               .arg(100 * relative, 0, 'f', 2);
    qInfo("%s", qPrintable(detail));
    QVERIFY2(std::abs(simulated - theory) <= halfWidth, qPrintable(detail));
    QVERIFY2(relative <= 0.02, qPrintable(detail));
}

} // namespace

class TestKernelTheory : public QObject {
    Q_OBJECT
private slots:
    void mm1MeanAndP99()
    {
        // lambda 70/s, mu 100/s: W = 1/30 s, p99 = ln 100 / 30 s.
        Scenario s = open(70, 200000, 1000);
        s.components.insert(s.components.begin(), {station("a", 1, 10)});
        Simulation sim(s, 7);
        sim.run();
        const RunResult r = sim.result();
        const Mm1Result theory = mm1(70, 100);
        expectAgrees("M/M/1 mean response ms", r.latency.mean, r.latency.ci99, 1000 * theory.W);
        const double p99 = 1000 * std::log(100.0) / (100 - 70);
        const double p99Err = std::abs(r.latency.p99 - p99) / p99;
        QVERIFY2(p99Err <= 0.02, qPrintable(QString("p99 %1 vs %2").arg(r.latency.p99).arg(p99)));
        const ComponentResult *a = r.component("a");
        QVERIFY(std::abs(a->utilization - 0.7) / 0.7 <= 0.02);
        QVERIFY(std::abs(a->meanInSystem - theory.L) / theory.L <= 0.02);
    }

    void mmcErlangC()
    {
        // c = 4, lambda 300/s, mu 100/s: rho 0.75, W from Erlang C.
        Scenario s = open(300, 50000, 500);
        s.components.insert(s.components.begin(), {station("a", 4, 10)});
        Simulation sim(s, 11);
        sim.run();
        const RunResult r = sim.result();
        const MmcResult theory = mmc(300, 100, 4);
        expectAgrees("M/M/4 mean response ms", r.latency.mean, r.latency.ci99, 1000 * theory.W);
        QVERIFY(std::abs(r.component("a")->utilization - 0.75) / 0.75 <= 0.02);
        QVERIFY(std::abs(r.component("a")->meanQueueLength - theory.Lq) / theory.Lq <= 0.03);
    }

    void mmckBlocking()
    {
        // c = 2, K = 5, offered 2.5 erlangs: a fixed share of arrivals finds the station full.
        const MmckResult theory = mmck(250, 100, 2, 5);
        const Estimate blocking = replicate(12, [](std::uint64_t seed) {
            Scenario s = open(250, 4000, 100);
            s.components.insert(s.components.begin(), {station("a", 2, 10, 5)});
            Simulation sim(s, seed);
            sim.run();
            return sim.result().component("a")->blockingProbability;
        });
        expectAgrees("M/M/2/5 blocking probability", blocking.mean, blocking.half99,
                     theory.blocking);
        const Estimate response = replicate(12, [](std::uint64_t seed) {
            Scenario s = open(250, 4000, 100);
            s.components.insert(s.components.begin(), {station("a", 2, 10, 5)});
            Simulation sim(s, seed);
            sim.run();
            return sim.result().latency.mean;
        });
        expectAgrees("M/M/2/5 mean response ms", response.mean, response.half99, 1000 * theory.W);
    }

    void jacksonNetworkWithFeedback()
    {
        // a -> b (0.7) or c (0.3); b -> a again (0.2) or leaves; c leaves.
        Scenario s = open(50, 100000, 1000);
        s.components.insert(s.components.begin(),
                            {station("a", 1, 12), station("b", 2, 30), station("c", 1, 30)});
        s.links.insert(
            s.links.begin(),
            {{"a", "b", 0.7, 0.0, {}}, {"a", "c", 0.3, 0.0, {}}, {"b", "a", 0.2, 0.0, {}}});
        Simulation sim(s, 3);
        sim.run();
        const RunResult r = sim.result();
        const JacksonResult theory =
            jackson({{50, 1000.0 / 12, 1}, {0, 1000.0 / 30, 2}, {0, 1000.0 / 30, 1}},
                    {{0, 0.7, 0.3}, {0.2, 0, 0}, {0, 0, 0}});
        QVERIFY(theory.stable);
        expectAgrees("Jackson network mean sojourn ms", r.latency.mean, r.latency.ci99,
                     1000 * theory.meanSojourn);
        const char *ids[] = {"a", "b", "c"};
        for (int i = 0; i < 3; ++i) {
            const double u = r.component(ids[i])->utilization;
            const double expected = theory.stations[static_cast<std::size_t>(i)].utilization;
            QVERIFY2(
                std::abs(u - expected) / expected <= 0.02,
                qPrintable(QString("%1 utilization %2 vs %3").arg(ids[i]).arg(u).arg(expected)));
        }
    }

    void parallelRedundancy_data()
    {
        QTest::addColumn<int>("servers");
        QTest::newRow("1 server") << 1;
        QTest::newRow("2 servers") << 2;
        QTest::newRow("3 servers") << 3;
    }
    void parallelRedundancy()
    {
        // Independent failures (MTBF 40 s, MTTR 10 s: a = 0.8) behind a balancer that
        // fails over at once. The share of requests served is 1 - (1 - a)^n.
        QFETCH(int, servers);
        const Estimate served = replicate(10, [servers](std::uint64_t seed) {
            Scenario s;
            s.run = {20000, 100};
            addClients(s, "lb", 100);
            Component lb = defaultComponent(ComponentKind::LoadBalancer, "lb");
            lb.as<LoadBalancerParams>().health_check.interval_s = 0;
            lb.service_ms = Distribution::constant(0);
            s.components.push_back(lb);
            for (int i = 0; i < servers; ++i) {
                const std::string id = "web" + std::to_string(i + 1);
                Component w = defaultComponent(ComponentKind::Service, id);
                w.workers = 1000;
                w.service_ms = Distribution::constant(0.01);
                s.components.push_back(w);
                s.links.push_back({"lb", id, 1.0, 0.0, {}});
                Fault f;
                f.component = id;
                f.mtbf_s = 40;
                f.mttr_s = 10;
                s.faults.push_back(f);
            }
            Simulation sim(s, seed);
            sim.run();
            return sim.result().availability;
        });
        expectAgrees("availability", served.mean, served.half99,
                     availabilityParallel(availability(40, 10), servers));
    }
};

QTEST_APPLESS_MAIN(TestKernelTheory)
#include "tst_kernel_theory.moc"
