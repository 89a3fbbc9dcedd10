// Whatever the design, the kernel runs in bounded time per simulated second and bounded
// memory: a load curve with points closer than a nanosecond, a design far beyond its
// capacity with every queue unbounded, a routing loop nobody leaves. Beyond its limits it
// refuses requests with a cause of its own and says so in the log once.

#include "scenario/scenario_io.h"
#include "sim/simulation.h"

#include "common/clients_helpers.h"

#include <QtTest>

#include <algorithm>

using namespace scalelab;
using namespace scalelab::test;

namespace {

Scenario load(const char *name)
{
    const LoadResult r = loadScenarioFile(std::string(SCALELAB_EXAMPLES_DIR) + "/" + name);
    if (!r.ok())
        qFatal("%s", r.message().c_str());
    return *r.scenario;
}

/// Steps at most maxEvents events; the simulated time reached.
double stepAtMost(Simulation &sim, std::uint64_t maxEvents)
{
    for (std::uint64_t i = 0; i < maxEvents && sim.step(); ++i) {
    }
    return sim.now();
}

int logLinesContaining(const Simulation &sim, const char *text)
{
    return static_cast<int>(std::count_if(sim.log().begin(), sim.log().end(), [&](const auto &e) {
        return e.what.find(text) != std::string::npos;
    }));
}

/// Stage 4 with its users sending `rate` requests per second.
Scenario stage4At(double rate, bool unbounded)
{
    Scenario s = load("04-load-balancer.yaml");
    for (Component &c : s.components) {
        if (auto *p = std::get_if<ClientsParams>(&c.params)) {
            p->rate_rps = rate;
            if (unbounded)
                p->timeout_ms.reset();
        } else if (unbounded) {
            c.capacity.reset();
        }
    }
    return s;
}

} // namespace

class TestKernelLimits : public QObject {
    Q_OBJECT
private slots:
    void curvePointsCloserThanANanosecondAreAStep()
    {
        // Built as a value, past the validator (which refuses t_s below 1 ms): the arrival
        // process itself must not divide by the distance between the points.
        Scenario s;
        s.run = {50, 0};
        s.components.push_back(defaultComponent(ComponentKind::Service, "a"));
        ClientsParams &users = addClients(s, "a");
        users.curve = {{0, 5}, {1e-320, 50}, {20, 50}};
        Simulation sim(s, 3);
        // 50 s at 50 requests/s is about 2,500 arrivals and 3 events each.
        const double reached = stepAtMost(sim, 100000);
        QVERIFY2(reached >= 49, qPrintable(QString("clock stopped at %1 s").arg(reached)));
        const RunResult r = sim.result();
        QVERIFY2(r.arrived > 2000 && r.arrived < 3000, qPrintable(QString::number(r.arrived)));
    }

    void overloadWithUnboundedQueuesStopsAtTheCeiling()
    {
        // 20 times stage 4's capacity with no capacity and no timeout anywhere: requests
        // pile up until the kernel's ceiling, then new ones are refused and counted.
        Scenario s = stage4At(28000, true);
        s.run.warmup_s = 0;
        Simulation sim(s, 1);
        sim.runUntil(30);
        QVERIFY(sim.limitReached());
        QVERIFY(sim.requestsInFlight() <= Simulation::kMaxRequestsHeld);
        const RunResult r = sim.result();
        const auto limited = r.byCause[static_cast<std::size_t>(FailureCause::SimulatorLimit)];
        QVERIFY2(limited > 100000, qPrintable(QString::number(limited)));
        QCOMPARE(logLinesContaining(sim, "the simulator's limit of 250000 requests"), 1);
        // Every measured arrival either completed, failed by a cause, or is still inside.
        std::uint64_t failed = 0;
        for (const std::uint64_t n : r.byCause)
            failed += n;
        QCOMPARE(failed, r.failed);
        QVERIFY(r.completed + r.failed <= r.arrived);
        QVERIFY(r.arrived - r.completed - r.failed <= sim.requestsInFlight());
    }

    void overloadWithDefaultsGivesErrors()
    {
        // Five times the capacity with the default settings: the web servers refuse what
        // their accept queues cannot hold, as in a real system; the kernel's own ceiling
        // is never needed.
        Scenario s = stage4At(7000, false);
        s.run = {120, 20};
        Simulation sim(s, 1);
        sim.run();
        const RunResult r = sim.result();
        QVERIFY(!sim.limitReached());
        QVERIFY(r.byCause[static_cast<std::size_t>(FailureCause::Rejected)] > 0);
        QCOMPARE(r.byCause[static_cast<std::size_t>(FailureCause::SimulatorLimit)], 0u);
        QVERIFY(r.availability < 0.5);
        QVERIFY(sim.requestsInFlight() < 20000);
    }

    void usersGiveUpAfterTheDefaultTimeout()
    {
        // An unbounded queue at twice its capacity: waits grow past the users' default
        // 10 s, and those answers count as timeouts.
        Scenario s;
        s.run = {200, 0};
        Component a = defaultComponent(ComponentKind::Service, "a");
        a.capacity.reset();
        s.components.push_back(a);
        addClients(s, "a", 200);
        Simulation sim(s, 1);
        sim.run();
        const RunResult r = sim.result();
        QVERIFY(r.byCause[static_cast<std::size_t>(FailureCause::Timeout)] > 1000);
    }

    void routingLoopEndsAtTheHopLimit()
    {
        // a -> b -> a with probability 1, no service time, no latency: without a bound
        // the clock would never move past the first arrival.
        Scenario s;
        s.run = {10, 0};
        for (const char *id : {"a", "b"}) {
            Component c = defaultComponent(ComponentKind::Service, id);
            c.service_ms = Distribution::constant(0);
            s.components.push_back(c);
        }
        s.links = {{"a", "b", 1.0, 0.0, {}}, {"b", "a", 1.0, 0.0, {}}};
        addClients(s, "a", 20);
        Simulation sim(s, 1);
        const double reached = stepAtMost(sim, 2000000);
        QVERIFY2(reached >= 9.9, qPrintable(QString("clock stopped at %1 s").arg(reached)));
        const RunResult r = sim.result();
        QVERIFY(r.byCause[static_cast<std::size_t>(FailureCause::SimulatorLimit)] > 100);
        QCOMPARE(logLinesContaining(sim, "the links form a loop"), 1);
    }

    void tinyServiceTimesRunFast()
    {
        // 1e-300 ms of service is effectively none: the run is as long as its arrivals.
        Scenario s;
        s.run = {100, 0};
        Component a = defaultComponent(ComponentKind::Service, "a");
        a.service_ms = Distribution::exponential(1e-300);
        s.components.push_back(a);
        addClients(s, "a", 100);
        Simulation sim(s, 1);
        const double reached = stepAtMost(sim, 100000);
        QVERIFY2(reached >= 99, qPrintable(QString("clock stopped at %1 s").arg(reached)));
        QVERIFY(sim.result().completed > 9000);
    }
};

QTEST_APPLESS_MAIN(TestKernelLimits)
#include "tst_kernel_limits.moc"
