// A seed gives every run the same numbers to the last digit, however the run is driven.
#include "scenario/scenario_io.h"
#include "sim/simulation.h"

#include "common/clients_helpers.h"

#include <QtTest>

#include <sstream>

using namespace scalelab;
using namespace scalelab::test;

namespace {

Scenario stage4()
{
    const LoadResult r =
        loadScenarioFile(std::string(SCALELAB_EXAMPLES_DIR) + "/04-load-balancer.yaml");
    if (!r.ok())
        qFatal("%s", r.message().c_str());
    Scenario s = *r.scenario;
    s.faults.push_back({"db", {}, FaultAction::Fail, 1.0, 120.0, 5.0}); // random faults too
    return s;
}

/// The JSON of a result, without the one line that measures wall-clock time.
std::string fingerprint(Simulation &sim)
{
    std::ostringstream out;
    writeJson(out, sim.result());
    std::string text = out.str();
    const auto at = text.find("  \"wall_s\"");
    text.erase(at, text.find('\n', at) - at + 1);
    return text;
}

} // namespace

class TestDeterminism : public QObject {
    Q_OBJECT
private slots:
    void sameSeedSameNumbers()
    {
        Simulation a(stage4(), 99);
        Simulation b(stage4(), 99);
        a.run();
        b.run();
        QCOMPARE(fingerprint(a), fingerprint(b));
        QVERIFY(a.eventsProcessed() > 100000);
    }

    void otherSeedOtherNumbers()
    {
        Simulation a(stage4(), 99);
        Simulation b(stage4(), 100);
        a.run();
        b.run();
        QVERIFY(fingerprint(a) != fingerprint(b));
        QVERIFY(a.result().latency.mean != b.result().latency.mean);
    }

    void chunkedRunEqualsOneRun()
    {
        // The GUI drives the kernel in slices and single steps; the numbers must not care.
        Simulation whole(stage4(), 5);
        whole.run();
        Simulation sliced(stage4(), 5);
        for (double t = 0.37; t < sliced.duration(); t += 0.37)
            sliced.runUntil(t);
        for (int i = 0; i < 1000; ++i)
            sliced.step();
        sliced.run();
        QCOMPARE(fingerprint(sliced), fingerprint(whole));
    }

    void sameEditsAtSameTimesSameNumbers()
    {
        auto scripted = [] {
            Scenario s = stage4();
            Simulation sim(s, 8);
            sim.runUntil(100);
            Component web3 = *s.find("web2");
            web3.id = "web3";
            s.components.push_back(web3);
            s.links.push_back({"lb", "web3", 1.0, 0.2, {}});
            s.links.push_back({"web3", "db", 0.5, 0.5, {}});
            sim.applyScenario(s);
            sim.runUntil(200);
            clientsOf(s).rate_rps = 400;
            sim.applyScenario(s);
            sim.runUntil(250);
            sim.failComponent("web1");
            sim.runUntil(260);
            sim.recoverComponent("web1");
            sim.slowComponent("db", 3);
            sim.run();
            return fingerprint(sim);
        };
        const std::string first = scripted();
        QCOMPARE(scripted(), first);
        QVERIFY(first.find("\"web3\"") != std::string::npos);
    }

    void liveEditTurnsHealthChecksOn()
    {
        // A balancer that knew of failures at once (interval 0) is switched to probing
        // every 5 s while running: its checks must start, and find a dead server.
        Scenario s = stage4();
        s.faults.clear();
        s.find("lb")->as<LoadBalancerParams>().health_check.interval_s = 0;
        Simulation sim(s, 4);
        sim.runUntil(100);
        s.find("lb")->as<LoadBalancerParams>().health_check.interval_s = 5;
        sim.applyScenario(s);
        sim.runUntil(200);
        sim.failComponent("web2");
        sim.runUntil(260);
        bool detected = false;
        for (const LogEntry &e : sim.log())
            detected = detected || (e.component == "lb" && e.t_s > 200 && e.t_s <= 211 &&
                                    e.what.find("web2 marked unhealthy") != std::string::npos);
        QVERIFY(detected);
    }

    void liveScaleOutLowersLatency()
    {
        Scenario s = stage4();
        s.faults.clear();
        clientsOf(s).rate_rps = 1400; // two servers are nearly saturated
        Simulation sim(s, 3);
        sim.setRecordTimeSeries(true);
        sim.runUntil(200);
        for (const char *id : {"web3", "web4"}) {
            Component w = *s.find("web1");
            w.id = id;
            s.components.push_back(w);
            s.links.push_back({"lb", id, 1.0, 0.2, {}});
            s.links.push_back({id, "db", 0.5, 0.5, {}});
        }
        sim.applyScenario(s); // scale out while it runs
        sim.runUntil(400);
        const TimeSeries &ts = sim.timeSeries();
        const auto p50 = static_cast<std::size_t>(ts.columnIndex("p50_ms"));
        auto meanP50 = [&](double from, double to) {
            double sum = 0;
            int n = 0;
            for (std::size_t row = 0; row < ts.rows(); ++row)
                if (ts.time(row) > from && ts.time(row) <= to) {
                    sum += ts.value(row, p50);
                    ++n;
                }
            return sum / n;
        };
        const double before = meanP50(100, 200);
        const double after = meanP50(300, 400);
        qInfo("median latency before scale-out %.1f ms, after %.1f ms", before, after);
        QVERIFY(after < 0.8 * before);
        QVERIFY(sim.result().component("web4")->served > 0);
    }
};

QTEST_APPLESS_MAIN(TestDeterminism)
#include "tst_determinism.moc"
