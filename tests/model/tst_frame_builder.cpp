// FrameBuilder: rates since the previous frame, dot sampling, failures, new samples and log.
#include "sim/frame_builder.h"
#include "sim/simulation.h"

#include "common/clients_helpers.h"

#include <QtTest>

using namespace scalelab;
using namespace scalelab::test;

namespace {

/// front (service, 1 worker, 5 ms) -> back (service, 2 workers, 10 ms), 100 ms link.
Scenario pipeline(double rate)
{
    Scenario s;
    s.name = "pipeline";
    s.seed = 7;
    s.run.duration_s = 1000;
    s.run.warmup_s = 0;
    Component front = defaultComponent(ComponentKind::Service, "front");
    front.workers = 1;
    front.service_ms = Distribution::exponential(5);
    Component back = defaultComponent(ComponentKind::Service, "back");
    back.workers = 2;
    back.service_ms = Distribution::exponential(10);
    s.components = {front, back};
    Link l;
    l.from = "front";
    l.to = "back";
    l.latency_ms = 100;
    s.links = {l};
    addClients(s, "front", rate); // after the stations: they keep their frame indices
    return s;
}

} // namespace

class TestFrameBuilder : public QObject {
    Q_OBJECT
private slots:
    void componentsInScenarioOrder()
    {
        Simulation sim(pipeline(10));
        FrameBuilder b;
        b.setComponentOrder({"back", "front"});
        const Frame f = b.build(sim);
        QCOMPARE(f.components.size(), std::size_t(2));
        QCOMPARE(f.components[0].id, std::string("back"));
        QCOMPARE(f.components[1].id, std::string("front"));
        QCOMPARE(f.components[0].workers, 2);
        QCOMPARE(f.components[0].capacity, 1000); // a service's default bounded queue
        QCOMPARE(f.links.size(), std::size_t(2)); // and the users' link, last
        QCOMPARE(f.links[0].from, std::string("front"));
    }

    void utilizationAndTrafficSinceLastFrame()
    {
        Simulation sim(pipeline(100));
        FrameBuilder b;
        b.build(sim);
        sim.runUntil(200);
        const Frame f = b.build(sim);
        // front: rho = 100 * 5 ms = 0.5; back: 100 * 10 ms / 2 = 0.5.
        QVERIFY(std::abs(f.components[0].utilization - 0.5) < 0.05);
        QVERIFY(std::abs(f.components[1].utilization - 0.5) < 0.05);
        QVERIFY(std::abs(f.links[0].requestsPerSecond - 100) < 5);

        // A paused run (no simulated time passed) keeps showing the same rates.
        const Frame again = b.build(sim);
        QCOMPARE(again.links[0].requestsPerSecond, f.links[0].requestsPerSecond);
        QCOMPARE(again.components[0].utilization, f.components[0].utilization);

        // Stop the load: the next frame's rates describe only the new interval.
        Scenario idle = pipeline(100);
        clientsOf(idle).rate_rps = 0.001;
        sim.applyScenario(idle);
        sim.runUntil(400);
        const Frame quiet = b.build(sim);
        QVERIFY(quiet.links[0].requestsPerSecond < 1);
        QVERIFY(quiet.components[0].utilization < 0.01);
    }

    void dotsAreSampledWithTheTrueCountKept()
    {
        Simulation sim(pipeline(150)); // about 15 requests on the 100 ms link
        sim.runUntil(50);
        FrameBuilder all;
        const Frame full = all.build(sim);
        QVERIFY(full.dotsOnLinks > 3);
        QCOMPARE(full.dots.size(), full.dotsOnLinks);
        for (const DotFrame &d : full.dots) {
            QCOMPARE(d.link, 0u);
            QVERIFY(d.progress >= 0 && d.progress <= 1);
        }

        FrameBuilder few(FrameBuilder::Options{3, 2.0});
        const Frame sampled = few.build(sim);
        QCOMPARE(sampled.dots.size(), std::size_t(3));
        QCOMPARE(sampled.dotsOnLinks, full.dotsOnLinks);
    }

    void progressFollowsTheClock()
    {
        // One request a second: step until one has just left for the 100 ms link.
        Simulation sim(pipeline(1));
        FrameBuilder b;
        while (b.build(sim).dotsOnLinks == 0)
            QVERIFY(sim.step());
        const Frame start = b.build(sim);
        QCOMPARE(start.dots.size(), std::size_t(1));
        QCOMPARE(start.dots[0].progress, 0.0f);
        sim.runUntil(sim.now() + 0.05);
        const Frame half = b.build(sim);
        QCOMPARE(half.dots.size(), std::size_t(1));
        QVERIFY(std::abs(half.dots[0].progress - 0.5f) < 1e-3f);
    }

    void failuresAndLogAreNewOnlyOnce()
    {
        Simulation sim(pipeline(100));
        FrameBuilder b;
        sim.runUntil(10);
        b.build(sim);
        sim.failComponent("back");
        sim.runUntil(11);
        const Frame f = b.build(sim);
        QVERIFY(!f.failures.empty());
        for (const FailureFrame &ff : f.failures) {
            QCOMPARE(f.components[ff.component].id, std::string("back"));
            QVERIFY(ff.age >= 0 && ff.age <= 1.0f);
            QCOMPARE(ff.cause, FailureCause::Down);
        }
        QVERIFY(!f.components[1].up);
        QCOMPARE(f.newLog.size(), std::size_t(1));
        QCOMPARE(f.newLog[0].component, std::string("back"));
        QCOMPARE(f.newLog[0].t_s, 10.0);

        sim.recoverComponent("back");
        sim.runUntil(20);
        const Frame later = b.build(sim);
        QCOMPARE(later.newLog.size(), std::size_t(1)); // the recovery, not the failure again
        QVERIFY(later.failures.empty());               // older than the 2 s window
    }

    void newSamplesOnly()
    {
        Simulation sim(pipeline(100));
        sim.setRecordTimeSeries(true);
        FrameBuilder b;
        sim.runUntil(5.5);
        const Frame f1 = b.build(sim);
        QCOMPARE(f1.sampleTimes.size(), std::size_t(5));
        QCOMPARE(f1.samples.front().size(), f1.columns.size());
        QCOMPARE(f1.columns.front(), std::string("arrivals_rps"));
        sim.runUntil(8.5);
        const Frame f2 = b.build(sim);
        QCOMPARE(f2.sampleTimes.size(), std::size_t(3));
        QCOMPARE(f2.sampleTimes.front(), 6.0);
    }

    void rejectionBurstIsLogged()
    {
        Scenario s = pipeline(400); // front can serve 200/s
        s.components[0].capacity = 5;
        Simulation sim(s);
        FrameBuilder b;
        b.build(sim);
        sim.runUntil(2);
        const Frame f = b.build(sim);
        bool found = false;
        for (const LogEntry &e : f.newLog)
            found = found || (e.component == "front" && e.what.find("rejecting") == 0);
        QVERIFY(found);
    }
};

QTEST_APPLESS_MAIN(TestFrameBuilder)
#include "tst_frame_builder.moc"
