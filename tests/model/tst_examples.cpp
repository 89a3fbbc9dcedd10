// Each chapter example teaches one lesson (see shared CHAPTER.md); these tests assert the
// lesson in numbers, on the example files themselves (stages 10 to 12 in
// tst_examples_late.cpp).
#include "scenario/scenario_io.h"
#include "sim/goal_tracker.h"
#include "sim/simulation.h"

#include "common/clients_helpers.h"
#include "common/examples.h"

#include <QtTest>

#include <cmath>

using namespace scalelab;
using namespace scalelab::test;

namespace {

RunResult runToEnd(const Scenario &s, std::optional<std::uint64_t> seed = {})
{
    Simulation sim(s, seed);
    sim.run();
    return sim.result();
}

/// Sums a time-series column over rows with t in (from, to].
double sumOver(const TimeSeries &ts, const char *column, double from, double to)
{
    const auto col = static_cast<std::size_t>(ts.columnIndex(column));
    double total = 0;
    for (std::size_t row = 0; row < ts.rows(); ++row)
        if (ts.time(row) > from && ts.time(row) <= to)
            total += ts.value(row, col);
    return total;
}

Scenario steady(Scenario s, double rate)
{
    clientsOf(s).curve.clear();
    clientsOf(s).rate_rps = rate;
    s.faults.clear();
    s.run = {1500, 300};
    return s;
}

} // namespace

class TestExamples : public QObject {
    Q_OBJECT
private slots:
    void everyExampleLoadsAndRoundTrips()
    {
        for (const char *file : {"01-single-server.yaml", "02-web-and-data-tier.yaml",
                                 "03-scale-up.yaml", "04-load-balancer.yaml"}) {
            const Scenario s = example(file);
            QVERIFY2(validateScenario(s).empty(), file);
            const LoadResult again = parseScenario(writeScenario(s), file);
            QVERIFY2(again.ok(), again.message().c_str());
            QVERIFY2(*again.scenario == s, file);
        }
    }

    void stage1HockeyStick()
    {
        // Latency is flat at low load and climbs steeply near capacity (100 requests/s).
        const Scenario base = example("01-single-server.yaml");
        const double at20 = runToEnd(steady(base, 20)).latency.mean;
        const double at50 = runToEnd(steady(base, 50)).latency.mean;
        const double at80 = runToEnd(steady(base, 80)).latency.mean;
        const double at95 = runToEnd(steady(base, 95)).latency.mean;
        qInfo("mean latency ms at 20/50/80/95 rps: %.1f %.1f %.1f %.1f", at20, at50, at80, at95);
        QVERIFY(at50 / at20 < 1.1); // flat...
        QVERIFY(at80 / at50 > 1.2); // ...then bending...
        QVERIFY(at95 / at80 > 2.0); // ...then steep
        QVERIFY(at95 - at80 > 3 * (at50 - at20));
    }

    void stage1SinglePointOfFailure()
    {
        // While the only server is down, every request fails, and all for the same cause.
        Simulation sim(example("01-single-server.yaml"));
        sim.setRecordTimeSeries(true);
        sim.run();
        const TimeSeries &ts = sim.timeSeries();
        QCOMPARE(sumOver(ts, "throughput_rps", 1501, 1650), 0.0);
        QVERIFY(sumOver(ts, "down_rps", 1501, 1650) > 1000);
        QVERIFY(sumOver(ts, "throughput_rps", 1700, 1800) > 1000); // and back after recovery
        QCOMPARE(sumOver(ts, "down_rps", 1700, 1800), 0.0);
    }

    void seriesContinueThroughTheWarmup()
    {
        // The statistics restart when the warm-up ends (60 s here), but the per-second
        // series keep measuring each second whole: the row of the second in which the
        // warm-up ends is as busy as its neighbours (it used to read as idle).
        const Scenario s = example("02-web-and-data-tier.yaml");
        QCOMPARE(s.run.warmup_s, 60.0);
        Simulation sim(s);
        sim.setRecordTimeSeries(true);
        sim.runUntil(80);
        const TimeSeries &ts = sim.timeSeries();
        for (const char *column : {"db.utilization", "db.served_rps", "web.utilization"}) {
            const double around = (sumOver(ts, column, 49, 59) + sumOver(ts, column, 60, 70)) / 20;
            const double at = sumOver(ts, column, 59, 60);
            qInfo("%s: %.3f at 60 s, %.3f around it", column, at, around);
            QVERIFY(around > 0);
            QVERIFY2(at > 0.4 * around && at < 2.0 * around, column);
        }
    }

    void stage2DataTierIsTheBottleneck()
    {
        const Scenario s = example("02-web-and-data-tier.yaml");
        const RunResult r = runToEnd(s);
        const double db = r.component("db")->utilization;
        const double web = r.component("web")->utilization;
        qInfo("utilization: web %.2f, db %.2f", web, db);
        QVERIFY(db > 0.8);
        QVERIFY(db > 2 * web);
        // More load: the database is the one that runs out, and latency explodes.
        Scenario more = s;
        clientsOf(more).rate_rps = 108;
        const RunResult r2 = runToEnd(more);
        QVERIFY(r2.component("db")->utilization > 0.95);
        QVERIFY(r2.latency.mean > 2 * r.latency.mean);
        // A key-value store serves the same requests faster: the bottleneck moves away.
        Scenario kv = more;
        Component &store = *kv.find("db");
        store.as<DatabaseParams>().model = DbModel::KeyValue;
        store.as<DatabaseParams>().read_ms = Distribution::exponential(2);
        store.as<DatabaseParams>().write_ms = Distribution::exponential(4);
        const RunResult r3 = runToEnd(kv);
        QVERIFY(r3.component("db")->utilization < 0.3);
        QVERIFY(r3.latency.mean < r.latency.mean / 2);
    }

    void stage3ScaleUpCeilingAndCost()
    {
        const Scenario up = example("03-scale-up.yaml");
        // The biggest machine there is: one more core or a faster CPU is refused.
        Scenario largest = up;
        largest.find("big")->workers = 128;
        largest.find("big")->speed = 4;
        QVERIFY(validateScenario(largest).empty());
        Scenario tooBig = largest;
        tooBig.find("big")->workers = 129;
        const auto errors = validateScenario(tooBig);
        QCOMPARE(errors.size(), std::size_t(1));
        QVERIFY(errors[0].message.find("scale out") != std::string::npos);
        tooBig = largest;
        tooBig.find("big")->speed = 4.5;
        QCOMPARE(validateScenario(tooBig).size(), std::size_t(1));

        // Scale out: the same work on small machines ($0.40/h, 8 cores, 1x CPU) behind a
        // balancer. Capacity per machine: 8 / 80 ms = 100 requests/s.
        auto scaledOut = [&](int machines) {
            Scenario s = up;
            s.faults.clear();
            s.components = {*up.firstClients(), defaultComponent(ComponentKind::LoadBalancer, "lb"),
                            *up.find("db")};
            s.links = {{s.components[0].id, "lb", 1.0, 0.0, {}}};
            for (int i = 1; i <= machines; ++i) {
                Component w = *up.find("big");
                w.id = "web" + std::to_string(i);
                w.label.clear();
                w.workers = 8;
                w.speed = 1;
                w.cost_per_hour = 0.4;
                s.components.push_back(w);
                s.links.push_back({"lb", w.id, 1.0, 0.2, {}});
                s.links.push_back({w.id, "db", 0.5, 0.5, {}});
            }
            return s;
        };
        Scenario upSteady = up;
        upSteady.faults.clear();
        const RunResult big = runToEnd(upSteady);
        const RunResult out8 = runToEnd(scaledOut(8));
        qInfo("scale up: %.0f rps at $%.2f/h; scale out x8: %.0f rps at $%.2f/h", big.throughputRps,
              big.costPerHour, out8.throughputRps, out8.costPerHour);
        QVERIFY(std::abs(big.throughputRps - 600) < 15);
        QVERIFY(std::abs(out8.throughputRps - 600) < 15);
        QVERIFY(big.costPerHour > 0 && out8.costPerHour > 0);

        // Past the big machine's capacity (32 cores x 2 / 80 ms = 800/s) it cannot keep up,
        // while scale-out simply adds machines.
        Scenario upOverload = upSteady;
        clientsOf(upOverload).rate_rps = 1000;
        clientsOf(upOverload).timeout_ms = 2000;
        Scenario outOverload = scaledOut(14);
        clientsOf(outOverload).rate_rps = 1000;
        clientsOf(outOverload).timeout_ms = 2000;
        const RunResult bigOver = runToEnd(upOverload);
        const RunResult outOver = runToEnd(outOverload);
        QVERIFY(bigOver.throughputRps < 820);
        QVERIFY(outOver.availability > 0.999);

        // And the big machine is still a single point of failure.
        Scenario upFail = up;
        upFail.faults = {{"big", 400.0, FaultAction::Fail, 1.0, {}, {}}};
        Simulation sim(upFail);
        sim.setRecordTimeSeries(true);
        sim.run();
        QCOMPARE(sumOver(sim.timeSeries(), "throughput_rps", 401, 900), 0.0);
        Scenario outFail = scaledOut(8);
        outFail.faults = {{"web3", 400.0, FaultAction::Fail, 1.0, {}, {}}};
        QVERIFY(runToEnd(outFail).availability > 0.99);
    }

    void stage4FailoverAfterHealthCheck()
    {
        const Scenario s = example("04-load-balancer.yaml");
        Simulation sim(s);
        sim.setRecordTimeSeries(true);
        sim.run();
        const TimeSeries &ts = sim.timeSeries();
        const Component &lb = *s.find("lb");
        const double detection = lb.as<LoadBalancerParams>().health_check.interval_s *
                                 lb.as<LoadBalancerParams>().health_check.unhealthy_after;
        // A short burst of errors, only until the health check notices...
        // (the row stamped t covers (t - 1, t], so the failure at 300 s is in row 300)
        QCOMPARE(sumOver(ts, "errors_rps", 60, 299), 0.0);
        const double burst = sumOver(ts, "down_rps", 300, 300 + detection + 1);
        qInfo("errors in the burst: %.0f", burst);
        QVERIFY(burst > 50);
        QCOMPARE(sumOver(ts, "errors_rps", 300 + detection + 1, 600), 0.0);
        // ...then the survivor carries all the traffic.
        const RunResult r = sim.result();
        QVERIFY(r.component("web1")->served > 3 * r.component("web2")->served);
        QVERIFY(!r.log.empty());

        // Add a server and the load spreads.
        Scenario three = s;
        three.faults.clear();
        Component web3 = *s.find("web2");
        web3.id = "web3";
        three.components.push_back(web3);
        three.links.push_back({"lb", "web3", 1.0, 0.2, {}});
        three.links.push_back({"web3", "db", 0.5, 0.5, {}});
        Scenario two = s;
        two.faults.clear();
        const double u2 = runToEnd(two).component("web1")->utilization;
        const double u3 = runToEnd(three).component("web1")->utilization;
        qInfo("web1 utilization with 2 servers %.3f, with 3 %.3f", u2, u3);
        QVERIFY(std::abs(u3 / u2 - 2.0 / 3.0) < 0.05);
    }

    void stage6CacheRelievesTheDatabase()
    {
        const Scenario s = example("06-cache.yaml");
        // Hit ratio rises with the cache's size, and the database's load falls with it.
        double lastHit = -1, lastDb = 2;
        for (const int size : {500, 5000, 50000}) {
            Scenario sized = s;
            sized.faults.clear();
            sized.find("cache")->as<CacheParams>().max_keys = size;
            const RunResult r = runToEnd(sized);
            const double hit = r.component("cache")->figure("hit_ratio")->value;
            const double db = r.component("db")->utilization;
            qInfo("cache of %d keys: hit ratio %.3f, database utilization %.3f", size, hit, db);
            QVERIFY(hit > lastHit + 0.05);
            QVERIFY(db < lastDb - 0.05);
            lastHit = hit;
            lastDb = db;
        }

        // Killing the cache floods the database: a cascade.
        Simulation sim(s);
        sim.setRecordTimeSeries(true);
        sim.run();
        const TimeSeries &ts = sim.timeSeries();
        const double before = sumOver(ts, "db.utilization", 300, 399) / 99;
        const double during = sumOver(ts, "db.utilization", 410, 459) / 49;
        qInfo("database utilization before the cache dies %.3f, while it is down %.3f", before,
              during);
        QVERIFY(before < 0.6);
        QVERIFY(during > 0.97);
        QVERIFY(sim.result().component("cache")->figure("bypassed")->value > 0);
        QVERIFY(sumOver(ts, "cache.keys", 460, 461) < sumOver(ts, "cache.keys", 398, 399));
    }

    void stage7CdnAtTheEdge()
    {
        const LoadResult loaded =
            loadScenarioFile(std::string(SCALELAB_EXAMPLES_DIR) + "/07-cdn.yaml");
        QVERIFY2(loaded.ok(), loaded.message().c_str());
        Scenario withCdn = *loaded.scenario;
        withCdn.faults.clear(); // steady state: no deploy, no outage
        withCdn.run.duration_s = 360;
        Simulation sim(withCdn);
        sim.run();
        const RunResult r = sim.result();
        const double hitRatio = r.component("cdn")->figure("hit_ratio")->value;
        const auto &byKind = r.latencyByKind;
        const double staticP95 = byKind[static_cast<int>(RequestKind::Static)].p95;
        const double readP95 = byKind[static_cast<int>(RequestKind::Read)].p95;
        // Static p95 falls by the client -> origin round trip (2 x 60 ms).
        QVERIFY2(
            staticP95 < 30 && readP95 - staticP95 > 100,
            qPrintable(QStringLiteral("static %1 ms, read %2 ms").arg(staticP95).arg(readP95)));

        // Without the CDN, static requests go to the origin: its load grows by what the
        // edge answered, the hit ratio of the static share.
        Scenario without = withCdn;
        without.components.erase(without.components.begin() + without.indexOf("cdn"));
        std::erase_if(without.links,
                      [](const Link &l) { return l.from == "cdn" || l.to == "cdn"; });
        without.goals.clear();
        without.reveal.clear();
        Simulation bare(without);
        bare.run();
        const RunResult b = bare.result();
        const auto originLoad = [](const RunResult &x) {
            return static_cast<double>(x.component("web1")->arrived + x.component("web2")->arrived);
        };
        const double staticShare = 0.65;
        const double predicted = originLoad(b) * (1 - staticShare * hitRatio);
        QVERIFY2(std::abs(originLoad(r) - predicted) < 0.03 * predicted,
                 qPrintable(QStringLiteral("with CDN %1, predicted %2 (without %3, hit %4)")
                                .arg(originLoad(r))
                                .arg(predicted)
                                .arg(originLoad(b))
                                .arg(hitRatio)));
        QVERIFY(b.latencyByKind[static_cast<int>(RequestKind::Static)].p95 > 120);

        // The whole lesson, outage and deploy included, meets its goals.
        const std::vector<GoalStatus> goals = evaluateGoals(*loaded.scenario);
        QCOMPARE(goals.size(), std::size_t(4));
        for (std::size_t i = 0; i < goals.size(); ++i)
            QVERIFY2(goals[i].state == GoalState::Met,
                     qPrintable(QStringLiteral("goal %1: %2").arg(i).arg(goals[i].value)));
    }
};

QTEST_APPLESS_MAIN(TestExamples)
#include "tst_examples.moc"
