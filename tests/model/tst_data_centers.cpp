// Data centers, regions and the geoDNS (stage 9): each region's users are served near home;
// when a data center dies, its users keep going there until their cached answer expires
// (within one TTL and one health-check interval, and not before), then move at a higher
// latency; a shorter TTL moves them sooner at the price of more lookups; replication
// across regions pays the distance (a lag of at least the one-way latency, sync writes a
// round trip), and async replication loses writes when the primary's region dies. Bad
// input is refused at its field.
#include "scenario/scenario_io.h"
#include "sim/goal_tracker.h"
#include "sim/simulation.h"

#include <QtTest>

#include <cmath>
#include <string>

using namespace scalelab;

namespace {

Scenario example()
{
    const LoadResult loaded =
        loadScenarioFile(std::string(SCALELAB_EXAMPLES_DIR) + "/09-data-centers.yaml");
    if (!loaded.ok())
        qFatal("%s", loaded.message().c_str());
    return *loaded.scenario;
}

Component &component(Scenario &s, const char *id)
{
    Component *c = s.find(id);
    if (c == nullptr)
        qFatal("no component %s", id);
    return *c;
}

double figure(const RunResult &r, const char *id, const char *key)
{
    const ComponentResult *c = r.component(id);
    if (c == nullptr)
        qFatal("no component %s", id);
    const ComponentResult::Figure *f = c->figure(key);
    if (f == nullptr)
        qFatal("no figure %s of %s", key, id);
    return f->value;
}

const RegionResult &region(const RunResult &r, const char *name)
{
    for (const RegionResult &g : r.regions)
        if (g.name == name)
            return g;
    qFatal("no region %s", name);
}

/// The last second in which lb-us received anything (its users still sent there).
double lastArrivalAtDeadDataCenter(Simulation &sim)
{
    const TimeSeries &ts = sim.timeSeries();
    const std::ptrdiff_t col = ts.columnIndex("lb-us.arrived_rps");
    if (col < 0)
        qFatal("no lb-us.arrived_rps column");
    double last = -1;
    for (std::size_t i = 0; i < ts.rows(); ++i)
        if (ts.value(i, static_cast<std::size_t>(col)) > 0)
            last = ts.time(i);
    return last;
}

std::vector<ScenarioError> problems(const std::string &text)
{
    const LoadResult loaded = parseScenario(text, "dc.yaml");
    return loaded.errors;
}

bool mentions(const std::vector<ScenarioError> &errors, const char *field, const char *words)
{
    for (const ScenarioError &e : errors)
        if (e.field == field && e.message.find(words) != std::string::npos && e.line > 0)
            return true;
    return false;
}

const char *kTwoRegions = "scalelab: 1\n"
                          "components:\n"
                          "  - {id: users, kind: clients, region: europe}\n"
                          "  - {id: g, kind: geo_dns}\n"
                          "  - {id: a, kind: service}\n"
                          "  - {id: b, kind: service}\n"
                          "links:\n"
                          "  - {from: users, to: g}\n"
                          "  - {from: g, to: a}\n"
                          "  - {from: g, to: b}\n";

} // namespace

class TestDataCenters : public QObject {
    Q_OBJECT

private slots:
    void regionLatencyTable()
    {
        Scenario s;
        QCOMPARE(regionLatencyMs(s, "us-east", "europe"), 40.0);
        QCOMPARE(regionLatencyMs(s, "europe", "us-east"), 40.0);
        QCOMPARE(regionLatencyMs(s, "europe", "europe"), 0.0);
        QCOMPARE(regionLatencyMs(s, "", "europe"), 0.0);
        QCOMPARE(regionLatencyMs(s, "mars", "europe"), kUnlistedRegionLatencyMs);
        s.region_latency.push_back({"europe", "us-east", 55});
        QCOMPARE(regionLatencyMs(s, "us-east", "europe"), 55.0);
        // Overrides set in place (either order), appended, and removed back to the default.
        s.region_latency.push_back({"asia", "oceania", 70});
        setRegionLatency(s.region_latency, "us-east", "europe", 65);
        QCOMPARE(s.region_latency.size(), std::size_t(2));
        QCOMPARE(s.region_latency[0].latency_ms, 65.0);
        setRegionLatency(s.region_latency, "mars", "europe", 300);
        QCOMPARE(regionLatencyMs(s, "europe", "mars"), 300.0);
        setRegionLatency(s.region_latency, "europe", "us-east", std::nullopt);
        QCOMPARE(s.region_latency.size(), std::size_t(2));
        QCOMPARE(s.region_latency[0].from, std::string("asia"));
        QCOMPARE(regionLatencyMs(s, "us-east", "europe"), 40.0);
        QCOMPARE(defaultRegionLatencyMs("mars", "europe"), kUnlistedRegionLatencyMs);
        QCOMPARE(defaultRegionLatencyMs("asia", "oceania"), 60.0);
        // Every default pair once, both ends named, tens to hundreds of ms.
        for (const RegionLatency &l : defaultRegionLatencies()) {
            QVERIFY(l.from != l.to);
            QVERIFY(l.latency_ms >= 10 && l.latency_ms <= 300);
        }
    }

    void yamlRoundTripsRegions()
    {
        Scenario s = example();
        s.region_latency.push_back({"us-east", "europe", 45});
        const std::string text = writeScenario(s);
        QVERIFY(text.find("region: us-east") != std::string::npos);
        QVERIFY(text.find("region_latency:") != std::string::npos);
        const LoadResult back = parseScenario(text, "written.yaml");
        QVERIFY2(back.ok(), back.message().c_str());
        QVERIFY(*back.scenario == s);
        QCOMPARE(regionOf(s, "db-eu"), std::string("europe"));
        QCOMPARE(regionOf(s, "users-us"), std::string("us-east"));
        QCOMPARE(regionOf(s, "geodns"), std::string());
    }

    void eachRegionIsServedNearHome()
    {
        // Without failures every region's users are answered with their own data center.
        Scenario s = example();
        s.faults.clear();
        Simulation near(s);
        near.run();
        const RunResult home = near.result();
        QCOMPARE(home.failed, std::uint64_t(0));
        QCOMPARE(figure(home, "geodns", "users_moved"), 0.0);
        QVERIFY(home.component("lb-us")->arrived > 0 && home.component("lb-eu")->arrived > 0);
        // One data center for everyone: Europe's users cross the ocean (40 ms one way).
        std::erase_if(s.links, [](const Link &l) { return l.from == "geodns" && l.to == "lb-eu"; });
        Simulation far(s);
        far.run();
        const RunResult away = far.result();
        const double moved =
            region(away, "europe").latency.p50 - region(home, "europe").latency.p50;
        QVERIFY2(moved > 30 && moved < 60, std::to_string(moved).c_str());
        QVERIFY(std::abs(region(away, "us-east").latency.p50 -
                         region(home, "us-east").latency.p50) < 10);
    }

    void usersMoveWithinOneTtlAndOneCheckAndNotBefore()
    {
        Scenario s = example();
        const auto &geo = component(s, "geodns").as<GeoDnsParams>();
        const double ttl = geo.ttl_s;
        const double check = geo.health_check_s;
        Simulation sim(s);
        sim.setRecordTimeSeries(true);
        sim.run();
        const RunResult r = sim.result();
        // They keep coming to the dead data center until their answers expire...
        const double last = lastArrivalAtDeadDataCenter(sim);
        QVERIFY2(last <= 300 + ttl + check + 1, std::to_string(last).c_str());
        QVERIFY2(last >= 300 + ttl * 0.8, std::to_string(last).c_str());
        // ...and each user's last answer naming it held at most a TTL past the check.
        QVERIFY(figure(r, "geodns", "time_to_move_s.max") <= ttl + check);
        const double mean = figure(r, "geodns", "time_to_move_s.mean");
        QVERIFY2(mean > ttl * 0.25 && mean < ttl * 0.75, std::to_string(mean).c_str());
        // Every US user moved (each sends about one request a minute).
        QVERIFY(figure(r, "geodns", "users_moved_away") >= 0.95 * 3000);
        QCOMPARE(figure(r, "geodns", "health_checks_failed"), 1.0);
        // The US users failed while they waited, Europe's hardly (writes in the failover).
        QVERIFY(region(r, "us-east").failed > 5 * region(r, "europe").failed);
    }

    void aShorterTtlMovesUsersSoonerForMoreLookups()
    {
        Scenario s = example();
        Simulation slow(s);
        slow.setRecordTimeSeries(true);
        slow.run();
        component(s, "geodns").as<GeoDnsParams>().ttl_s = 10;
        Simulation quick(s);
        quick.setRecordTimeSeries(true);
        quick.run();
        QVERIFY(lastArrivalAtDeadDataCenter(quick) <= 300 + 10 + 10 + 1);
        const RunResult a = slow.result();
        const RunResult b = quick.result();
        QVERIFY(region(b, "us-east").failed < region(a, "us-east").failed / 2);
        // Users ask far more often: about once per request instead of once per TTL.
        QVERIFY(b.component("geodns")->served > 2 * a.component("geodns")->served);
    }

    void replicationAcrossRegionsPaysTheDistance()
    {
        Scenario s = example();
        s.faults.clear();
        Simulation async(s);
        async.run();
        const RunResult a = async.result();
        // Lag: the 40 ms crossing plus the 20 ms mean lag plus the replica's apply.
        const double lag = figure(a, "db-eu", "replication_lag_ms.mean");
        QVERIFY2(lag > 60 && lag < 85, std::to_string(lag).c_str());
        // Sync: the primary's answer waits for the replica's acknowledgement, which comes
        // back across the ocean: a US write pays about a round trip more.
        component(s, "db-us").as<DatabaseParams>().replication.mode = ReplicationMode::Sync;
        Simulation sync(s);
        sync.run();
        const RunResult b = sync.result();
        const double more = b.latencyByKind[static_cast<int>(RequestKind::Write)].p50 -
                            a.latencyByKind[static_cast<int>(RequestKind::Write)].p50;
        QVERIFY2(more > 80 && more < 140, std::to_string(more).c_str());
    }

    void staleReadsAcrossRegionsGrowWithTheDistance()
    {
        // European reads of popular keys, answered by the replica an ocean behind the
        // primary: the farther, the longer a write is on its way and the more reads miss it.
        Scenario s = example();
        s.faults.clear();
        s.run.duration_s = 300;
        for (const char *id : {"users-us", "users-eu"}) {
            component(s, id).as<ClientsParams>().keys.count = 100;
            component(s, id).as<ClientsParams>().keys.zipf = 1.0;
        }
        Simulation nearSim(s);
        nearSim.run();
        const RunResult near = nearSim.result();
        s.region_latency.push_back({"us-east", "europe", 200});
        Simulation farSim(s);
        farSim.run();
        const RunResult far = farSim.result();
        qInfo("stale reads: 40 ms apart %llu, 200 ms apart %llu",
              static_cast<unsigned long long>(near.staleReads),
              static_cast<unsigned long long>(far.staleReads));
        QVERIFY(near.staleReads > 0);
        QVERIFY(far.staleReads > 2 * near.staleReads);
        QVERIFY(figure(far, "db-eu", "replication_lag_ms.mean") > 200);
    }

    void theSecondDataCenterHasItsCost()
    {
        Scenario s = example();
        s.faults.clear();
        s.run.duration_s = 120;
        Simulation sim(s);
        sim.run();
        const RunResult r = sim.result();
        double eu = 0;
        for (const Group &g : s.groups)
            if (g.id == "dc-eu")
                for (const std::string &m : g.members)
                    eu += component(s, m.c_str()).cost_per_hour;
        QVERIFY(eu > 0);
        QCOMPARE(region(r, "europe").costPerHour, eu);
        bool found = false;
        for (const DataCenterResult &dc : r.dataCenters)
            if (dc.id == "dc-eu") {
                found = true;
                QCOMPARE(dc.costPerHour, eu);
                QCOMPARE(dc.region, std::string("europe"));
            }
        QVERIFY(found);
        QVERIFY(r.costPerHour >= eu + region(r, "us-east").costPerHour - 1e-9);
    }

    void asyncLosesWritesWhenThePrimarysRegionDies()
    {
        Scenario s = example();
        Simulation async(s);
        async.run();
        const RunResult a = async.result();
        QVERIFY(a.lostWrites > 0);
        QCOMPARE(figure(a, "db-us", "promotions"), 1.0);
        component(s, "db-us").as<DatabaseParams>().replication.mode = ReplicationMode::Sync;
        Simulation sync(s);
        sync.run();
        QCOMPARE(sync.result().lostWrites, std::uint64_t(0));
    }

    void aDataCenterFailsAndRecoversAsAWhole()
    {
        Scenario s = example();
        s.faults.push_back({"dc-us", 400.0, FaultAction::Recover});
        QVERIFY(validateScenario(s).empty());
        Simulation sim(s);
        sim.runUntil(350);
        for (const char *id : {"lb-us", "web-us1", "web-us2", "db-us"})
            QVERIFY(!sim.stations()[static_cast<std::size_t>(sim.stationOf(id))].up);
        QVERIFY(sim.stations()[static_cast<std::size_t>(sim.stationOf("lb-eu"))].up);
        sim.runUntil(450);
        for (const char *id : {"lb-us", "web-us1", "web-us2", "db-us"})
            QVERIFY(sim.stations()[static_cast<std::size_t>(sim.stationOf(id))].up);
        // By hand, as the canvas's menu does.
        QVERIFY(sim.failDataCenter("dc-eu"));
        QVERIFY(!sim.stations()[static_cast<std::size_t>(sim.stationOf("web-eu2"))].up);
        QVERIFY(!sim.failDataCenter("no-such"));
    }

    void regionsAreMeasuredPerSecond()
    {
        Simulation sim(example());
        sim.setRecordTimeSeries(true);
        sim.run();
        const TimeSeries &ts = sim.timeSeries();
        const std::ptrdiff_t errors = ts.columnIndex("region.us-east.errors_rps");
        const std::ptrdiff_t p95 = ts.columnIndex("region.europe.p95_ms");
        QVERIFY(errors >= 0 && p95 >= 0);
        double before = 0, after = 0;
        for (std::size_t i = 0; i < ts.rows(); ++i) {
            const double v = ts.value(i, static_cast<std::size_t>(errors));
            (ts.time(i) < 300 ? before : after) += v;
        }
        QCOMPARE(before, 0.0);
        QVERIFY(after > 100);
    }

    void theLessonsGoalsNeedAShorterTtl()
    {
        // As shipped, the US users wait a minute in the dark: availability misses its goal.
        Scenario s = example();
        std::vector<GoalStatus> goals = evaluateGoals(s);
        QCOMPARE(goals.size(), std::size_t(4));
        QCOMPARE(goals[0].state, GoalState::Met);
        QCOMPARE(goals[1].state, GoalState::Met);
        QCOMPARE(goals[2].state, GoalState::Failed);
        QCOMPARE(goals[3].state, GoalState::Met);
        // A 10 s TTL moves them in time, and every goal is met.
        component(s, "geodns").as<GeoDnsParams>().ttl_s = 10;
        goals = evaluateGoals(s);
        for (std::size_t i = 0; i < goals.size(); ++i)
            QVERIFY2(goals[i].state == GoalState::Met,
                     qPrintable(QStringLiteral("goal %1: %2").arg(i).arg(goals[i].value)));
        // A region's goal refuses a region nobody is in.
        s.goals[0].region = "asia";
        QVERIFY(!validateScenario(s).empty());
        s.goals[0].region = "europe";
        s.goals[0].kind = "write";
        QVERIFY(!validateScenario(s).empty());
    }

    void badInputIsRefusedAtItsField()
    {
        // A geoDNS answers with data centers: its targets need a region.
        auto e = problems(kTwoRegions);
        QVERIFY(mentions(e, "links[1].to", "data_center group that has a region"));
        const std::string groups =
            std::string(kTwoRegions) +
            "groups:\n"
            "  - {id: dc1, kind: data_center, region: europe, members: [a]}\n"
            "  - {id: dc2, kind: data_center, region: asia, members: [b]}\n";
        e = problems(groups);
        QVERIFY2(e.empty(), e.empty() ? "" : e.front().format().c_str());
        // Only a data center has a region; one region per component; a good name.
        e = problems(std::string(kTwoRegions) +
                     "groups:\n"
                     "  - {id: n, kind: private_network, region: europe, members: [a]}\n"
                     "  - {id: dc1, kind: data_center, region: europe, members: [a, b]}\n"
                     "  - {id: dc2, kind: data_center, region: 'a b', members: [b]}\n");
        QVERIFY(mentions(e, "groups[0].region", "only a data center"));
        QVERIFY(mentions(e, "groups[2].region", "not allowed"));
        QVERIFY(mentions(e, "groups[2].members", "one region"));
        // Users' regions are names like a data center's, refused at their line.
        std::string users(kTwoRegions);
        users.replace(users.find("region: europe"), 14, "region: 'eu west'");
        e = problems(users);
        QVERIFY(mentions(e, "components[0].region", "the region name 'eu west' is not allowed"));
        // The latency table.
        e = problems(groups + "region_latency:\n"
                              "  - {from: europe, to: asia, latency_ms: -1}\n"
                              "  - {from: asia, to: asia, latency_ms: 5}\n"
                              "  - {from: asia, to: europe, latency_ms: 80}\n");
        QVERIFY(mentions(e, "region_latency[0].latency_ms", "at least 0"));
        QVERIFY(mentions(e, "region_latency[1].to", "two different regions"));
        QVERIFY(mentions(e, "region_latency[2]", "given twice"));
        e = problems(groups + "region_latency:\n  - {from: europe, latency_ms: 80}\n");
        QVERIFY(mentions(e, "region_latency[0].to", "needs 'to'"));
        // A data center fails as a whole, at a time.
        e = problems(groups + "faults:\n"
                              "  - {component: dc1, mtbf_s: 1000, mttr_s: 60}\n"
                              "  - {at_s: 10, component: dc2, action: slow, factor: 2}\n");
        QVERIFY(mentions(e, "faults[0]", "scheduled"));
        QVERIFY(mentions(e, "faults[1].action", "as a whole"));
        QVERIFY(problems(groups + "faults:\n  - {at_s: 10, component: dc1}\n").empty());
    }
};

QTEST_APPLESS_MAIN(TestDataCenters)
#include "tst_data_centers.moc"
