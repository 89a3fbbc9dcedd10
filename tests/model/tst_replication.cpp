// Database replication: stale reads emerge from the lag and agree with theory
// (Σ pᵢ(1 − e^(−w·pᵢ·L)) for async with a constant lag), vanish with sync; reads spread over
// the replicas so read throughput grows with them; a dead replica's reads move to the
// others; a dead primary is replaced, async loses the writes in flight and sync none (its
// writes pay in latency); replay writes the lost ones again; bad designs are refused with
// the field's position.
#include "scenario/scenario_io.h"
#include "sim/key_popularity.h"
#include "sim/simulation.h"

#include <QtTest>

#include <cmath>
#include <regex>
#include <sstream>
#include <string>

using namespace scalelab;

namespace {

Scenario load(const std::string &yaml)
{
    const LoadResult loaded = parseScenario(yaml, "replication.yaml");
    if (!loaded.ok())
        qFatal("%s", loaded.message().c_str());
    return *loaded.scenario;
}

RunResult runToEnd(const Scenario &s)
{
    Simulation sim(s);
    sim.run();
    return sim.result();
}

double figure(const RunResult &r, const char *id, const char *key)
{
    const ComponentResult *c = r.component(id);
    if (!c || !c->figure(key))
        qFatal("no figure %s.%s", id, key);
    return c->figure(key)->value;
}

/// Users -> an app service whose links are filtered by kind: writes to the primary, reads
/// to one replica. Replicas apply writes in 0.1 ms, so the lag is the link's L.
std::string serviceDesign(const char *mode, double lagMs, int keys, double zipf)
{
    return "scalelab: 1\nname: stale\nseed: 5\nrun: {duration_s: 1100, warmup_s: 100}\n"
           "components:\n"
           "  - {id: users, kind: clients, rate_rps: 200, mix: {read: 0.9, write: 0.1}, "
           "keys: {count: " +
           std::to_string(keys) + ", zipf: " + std::to_string(zipf) +
           "}}\n"
           "  - {id: app, kind: service, workers: 256, capacity: unbounded, "
           "service_ms: {dist: constant, mean: 0.1}}\n"
           "  - {id: primary, kind: database, workers: 64, capacity: unbounded, "
           "write_ms: {dist: constant, mean: 0.1}, replication: {mode: " +
           mode + ", lag_ms: {dist: constant, mean: " + std::to_string(lagMs) +
           "}}}\n"
           "  - {id: replica1, kind: database, replica_of: primary, workers: 64, capacity: "
           "unbounded, read_ms: {dist: constant, mean: 0.1}, write_ms: {dist: constant, mean: "
           "0.1}}\n"
           "links:\n"
           "  - {from: users, to: app, latency_ms: 0}\n"
           "  - {from: app, to: primary, kinds: [write], latency_ms: 0}\n"
           "  - {from: app, to: replica1, kinds: [read], latency_ms: 0}\n";
}

/// Users -> web -> a primary and n replicas (the web server links to each).
std::string webDesign(int replicas, const char *mode, const std::string &extra,
                      double readRate = 200, const std::string &replicaSize = "workers: 16")
{
    std::string yaml =
        "scalelab: 1\nname: web\nseed: 7\nrun: {duration_s: 600, warmup_s: 60}\n"
        "components:\n"
        "  - {id: users, kind: clients, rate_rps: " +
        std::to_string(readRate / 0.9) +
        ", timeout_ms: none, mix: {read: 0.9, write: 0.1}, keys: {count: 1000, zipf: 1}}\n"
        "  - {id: web, kind: web_server, workers: 128, capacity: unbounded, "
        "service_ms: {dist: constant, mean: 1}}\n"
        "  - {id: primary, kind: database, workers: 16, replication: {mode: " +
        std::string(mode) + ", lag_ms: {dist: constant, mean: 250}, check_s: 1}, " + extra + "}\n";
    for (int i = 1; i <= replicas; ++i)
        yaml += "  - {id: replica" + std::to_string(i) + ", kind: database, replica_of: primary, " +
                replicaSize +
                ", read_ms: {dist: constant, mean: 10}, write_ms: {dist: constant, mean: 1}}\n";
    yaml += "links:\n  - {from: users, to: web, latency_ms: 0}\n"
            "  - {from: web, to: primary, latency_ms: 0.5}\n";
    for (int i = 1; i <= replicas; ++i)
        yaml += "  - {from: web, to: replica" + std::to_string(i) + ", latency_ms: 0.5}\n";
    return yaml;
}

} // namespace

class TestReplication : public QObject {
    Q_OBJECT

private slots:
    void staleReadsAgreeWithTheoryForAsync()
    {
        const int keys = 100;
        const double zipf = 1.0, lagMs = 250;
        const RunResult r = runToEnd(load(serviceDesign("async", lagMs, keys, zipf)));
        // Reads see a write of their key committed less than L ago as stale. Writes of key i
        // are Poisson at w·pᵢ; the lag the replica adds is L plus its 0.1 ms of work.
        KeysModel model;
        model.count = keys;
        model.zipf = zipf;
        const KeyPopularity popularity(model);
        const double w = 200 * 0.1;
        const double lagS = (lagMs + 0.1) / 1000.0;
        double expected = 0;
        for (int k = 0; k < keys; ++k) {
            const double p = popularity.probability(static_cast<std::uint32_t>(k));
            expected += p * (1 - std::exp(-w * p * lagS));
        }
        const double measured = static_cast<double>(figure(r, "replica1", "stale_reads")) /
                                static_cast<double>(r.databaseReads);
        qInfo("stale-read ratio: simulated %.4f, theory %.4f", measured, expected);
        QVERIFY(r.databaseReads > 150000);
        QVERIFY(std::abs(measured - expected) / expected < 0.04);
        QCOMPARE(r.staleReads, static_cast<std::uint64_t>(figure(r, "replica1", "stale_reads")));
        QVERIFY(std::abs(r.staleReadRatio() - measured) < 1e-12);
        // The lag each write took, as the replica measured it.
        QVERIFY(std::abs(figure(r, "replica1", "replication_lag_ms.mean") - (lagMs + 0.1)) < 0.5);
    }

    void staleReadsRiseWithTheLagAndVanishWithSync()
    {
        const RunResult short_ = runToEnd(load(serviceDesign("async", 20, 100, 1.0)));
        const RunResult long_ = runToEnd(load(serviceDesign("async", 1000, 100, 1.0)));
        const RunResult sync = runToEnd(load(serviceDesign("sync", 1000, 100, 1.0)));
        qInfo("stale-read ratio: lag 20 ms %.4f, lag 1 s %.4f, sync %.4f", short_.staleReadRatio(),
              long_.staleReadRatio(), sync.staleReadRatio());
        QVERIFY(short_.staleReads > 0);
        QVERIFY(long_.staleReadRatio() > 3 * short_.staleReadRatio());
        QCOMPARE(sync.staleReads, std::uint64_t{0});
        QVERIFY(sync.databaseReads > 150000);
        // Sync answers a write once the replica has it: at least the lag.
        QVERIFY(sync.latencyByKind[static_cast<int>(RequestKind::Write)].p50 >= 1000);
        QVERIFY(long_.latencyByKind[static_cast<int>(RequestKind::Write)].p50 < 5);
    }

    void readThroughputGrowsWithReplicas()
    {
        // Each replica has 2 workers; applying every write (222/s × 1 ms) keeps 0.22 of them
        // busy, so it serves at most (2 − 0.22) / 10 ms = 178 reads/s, and refuses what does
        // not fit in its queue of 4; users offer 2000 reads/s.
        const double perReplica = (2 - 2000 / 0.9 * 0.1 * 0.001) / 0.010;
        double previous = 0;
        for (const int n : {1, 2, 4}) {
            Scenario s = load(webDesign(n, "async", "", 2000, "workers: 2, capacity: 4"));
            const RunResult r = runToEnd(s);
            const double reads =
                static_cast<double>(r.latencyByKind[static_cast<int>(RequestKind::Read)].count) /
                r.measuredS;
            qInfo("%d replicas: %.0f reads/s", n, reads);
            QVERIFY(std::abs(reads - perReplica * n) < 0.05 * perReplica * n);
            QVERIFY(reads > previous * 1.8);
            previous = reads;
            // Each read went to one replica, in turn: they share the load.
            for (int i = 1; i <= n; ++i) {
                const ComponentResult *c = r.component("replica" + std::to_string(i));
                QVERIFY(c->utilization > 0.9);
            }
            // The primary takes the writes only.
            QVERIFY(r.component("primary")->served <
                    static_cast<std::uint64_t>(0.2 * 2000 / 0.9 * r.measuredS));
        }
    }

    void writesToAReplicaAreRefused()
    {
        Scenario s = load(serviceDesign("async", 100, 100, 1.0));
        s.links[1].to = "replica1"; // writes sent to the replica by mistake
        const RunResult r = runToEnd(s);
        QVERIFY(r.byCause[static_cast<int>(FailureCause::ReadOnly)] > 10000);
        QCOMPARE(r.component("primary")->served, std::uint64_t{0});
    }

    void aDeadReplicasReadsMoveToTheOthers()
    {
        Scenario s = load(webDesign(2, "async", "", 200) +
                          "faults:\n  - {at_s: 300.5, component: replica1}\n");
        Simulation sim(s);
        sim.setRecordTimeSeries(true);
        sim.run();
        const RunResult r = sim.result();
        // Reads sent to it before the check noticed fail; then none do.
        const auto down = r.byCause[static_cast<int>(FailureCause::Down)];
        qInfo("reads failed on the dead replica: %llu", static_cast<unsigned long long>(down));
        QVERIFY(down > 20);  // its half of the reads for the 0.5 s until the next check
        QVERIFY(down < 100); // and no more
        const TimeSeries &ts = sim.timeSeries();
        const auto served = ts.columnIndex("replica2.served_rps");
        QVERIFY(served >= 0);
        double before = 0, after = 0;
        for (std::size_t i = 0; i < ts.rows(); ++i) {
            const double t = ts.time(i);
            const double v = ts.value(i, static_cast<std::size_t>(served));
            if (t > 200 && t <= 290)
                before += v / 90;
            if (t > 310 && t <= 400)
                after += v / 90;
        }
        qInfo("replica2 reads/s: %.0f before, %.0f after", before, after);
        QVERIFY(std::abs(after - 2 * before) < 0.15 * after);
    }

    void anOutageShorterThanACheckIsCaughtUp()
    {
        // replica1 is down for 0.4 s, between two checks: nobody notices, but the writes it
        // missed reach it at the next check, and sync writes do not wait for ever.
        for (const char *mode : {"async", "sync"}) {
            const RunResult r =
                runToEnd(load(webDesign(2, mode, "", 200) +
                              "faults:\n  - {at_s: 300.2, component: replica1}\n"
                              "  - {at_s: 300.6, component: replica1, action: recover}\n"));
            const double a = figure(r, "replica1", "applied_writes");
            const double b = figure(r, "replica2", "applied_writes");
            qInfo("%s: applied writes replica1 %.0f, replica2 %.0f", mode, a, b);
            QVERIFY(std::abs(a - b) <= 10);
            QVERIFY(r.availability > 0.99);
        }
    }

    void failoverLosesWritesWithAsyncAndNoneWithSync()
    {
        const std::string fault = "faults:\n  - {at_s: 300, component: primary}\n";
        const RunResult async =
            runToEnd(load(webDesign(2, "async", "failover_s: 10", 200) + fault));
        const RunResult sync = runToEnd(load(webDesign(2, "sync", "failover_s: 10", 200) + fault));
        qInfo("lost writes: async %llu, sync %llu; write p99 async %.1f ms, sync %.1f ms",
              static_cast<unsigned long long>(async.lostWrites),
              static_cast<unsigned long long>(sync.lostWrites),
              async.latencyByKind[static_cast<int>(RequestKind::Write)].p99,
              sync.latencyByKind[static_cast<int>(RequestKind::Write)].p99);
        // About the writes of the last lag (22 writes/s × 0.25 s) were on their way.
        QVERIFY(async.lostWrites >= 1);
        QVERIFY(async.lostWrites < 30);
        QCOMPARE(sync.lostWrites, std::uint64_t{0});
        QVERIFY(sync.latencyByKind[static_cast<int>(RequestKind::Write)].p99 >
                async.latencyByKind[static_cast<int>(RequestKind::Write)].p99 + 200);
        // Writes failed while nobody was primary, with their own cause; then flowed again.
        for (const RunResult *r : {&async, &sync}) {
            const auto failover = r->byCause[static_cast<int>(FailureCause::Failover)];
            QVERIFY(failover > 100); // ~10 s of 22 writes/s
            QVERIFY(failover < 400);
            QCOMPARE(figure(*r, "primary", "promotions"), 1.0);
            int promoted = 0;
            for (const char *id : {"replica1", "replica2"})
                promoted += figure(*r, id, "primary") == 1.0 ? 1 : 0;
            QCOMPARE(promoted, 1);
            QVERIFY(r->availability > 0.95);
        }
        bool logged = false;
        for (const LogEntry &e : async.log)
            logged = logged || e.what.find("promoted to primary") != std::string::npos;
        QVERIFY(logged);
    }

    void semiSyncWaitsForOneReplica()
    {
        const auto writeP50 = [](const char *mode) {
            return runToEnd(load(webDesign(2, mode, "failover_s: 10", 200)))
                .latencyByKind[static_cast<int>(RequestKind::Write)]
                .p50;
        };
        const double async = writeP50("async");
        const double semi = writeP50("semi_sync");
        const double sync = writeP50("sync");
        qInfo("write p50: async %.1f ms, semi_sync %.1f ms, sync %.1f ms", async, semi, sync);
        QVERIFY(async < 50);                // the answer does not wait for the 250 ms lag
        QVERIFY(semi >= 250 && semi < 300); // it waits for the first replica's ack
        QVERIFY(sync >= semi);              // and sync for the slower of the two
    }

    void replayRecoversTheLostWrites()
    {
        const std::string fault = "faults:\n  - {at_s: 300, component: primary}\n"
                                  "  - {at_s: 400, component: primary, action: recover}\n";
        const RunResult r =
            runToEnd(load(webDesign(2, "async", "failover_s: 10, recovery: replay", 200) + fault));
        QVERIFY(r.lostWrites > 0);
        QCOMPARE(r.recoveredWrites, r.lostWrites);
        // The old primary is back as a replica and refuses nothing it should take.
        QCOMPARE(figure(r, "primary", "primary"), 0.0);
        QCOMPARE(r.byCause[static_cast<int>(FailureCause::ReadOnly)], std::uint64_t{0});
    }

    void promotionByHand()
    {
        Scenario s = load(webDesign(2, "async", "failover_s: none", 200) +
                          "faults:\n  - {at_s: 300, component: primary}\n");
        Simulation sim(s);
        sim.runUntil(350);
        std::string why;
        QVERIFY(!sim.promoteReplica("primary", why));
        QVERIFY(!why.empty());
        QVERIFY(!sim.promoteReplica("web", why));
        const auto failoverBefore = sim.result().byCause[static_cast<int>(FailureCause::Failover)];
        QVERIFY(failoverBefore > 500); // no automatic failover: writes kept failing
        QVERIFY(sim.promoteReplica("replica2", why));
        sim.run();
        const RunResult r = sim.result();
        QCOMPARE(figure(r, "replica2", "primary"), 1.0);
        const auto failoverAfter = r.byCause[static_cast<int>(FailureCause::Failover)];
        QVERIFY(failoverAfter - failoverBefore < 5);
    }

    void aScheduledSwitchoverKeepsTheOldPrimaryAsAReplica()
    {
        const RunResult r =
            runToEnd(load(webDesign(2, "async", "", 200) +
                          "faults:\n  - {at_s: 300, component: replica2, action: promote}\n"));
        QCOMPARE(figure(r, "replica2", "primary"), 1.0);
        QCOMPARE(figure(r, "primary", "primary"), 0.0);
        QCOMPARE(figure(r, "primary", "promotions"), 1.0);
        // Nobody was without a primary: no write failed for it.
        QCOMPARE(r.byCause[static_cast<int>(FailureCause::Failover)], std::uint64_t{0});
        QCOMPARE(r.byCause[static_cast<int>(FailureCause::ReadOnly)], std::uint64_t{0});
        // The old primary now answers reads as a replica.
        QVERIFY(figure(r, "primary", "replication_lag_ms.mean") > 200);
    }

    void deterministic()
    {
        const Scenario s = load(webDesign(2, "semi_sync", "failover_s: 5", 200) +
                                "faults:\n  - {at_s: 200, component: primary}\n");
        std::ostringstream a, b;
        writeJson(a, runToEnd(s));
        writeJson(b, runToEnd(s));
        QCOMPARE(a.str(), b.str());
        QVERIFY(a.str().find("\"replication_lag_ms\": {\"mean\": ") != std::string::npos);
        QVERIFY(a.str().find("\"stale_read_ratio\": ") != std::string::npos);
    }

    void badDesignsAreRefusedWithPositions_data()
    {
        QTest::addColumn<QString>("component");
        QTest::addColumn<QString>("says");
        QTest::newRow("itself") << "{id: r, kind: database, replica_of: r}"
                                << "itself";
        QTest::newRow("unknown") << "{id: r, kind: database, replica_of: nope}"
                                 << "no component";
        QTest::newRow("not a database") << "{id: r, kind: database, replica_of: users}"
                                        << "must name a database";
        QTest::newRow("cycle") << "{id: r, kind: database, replica_of: db}"
                               << "cycle";
        QTest::newRow("promote a primary")
            << "{id: r, kind: database}\nfaults:\n  - {at_s: 1, component: r, action: promote}"
            << "only a replica can be promoted";
        QTest::newRow("bad mode") << "{id: r, kind: database, replication: {mode: eventually}}"
                                  << "mode";
    }

    void badDesignsAreRefusedWithPositions()
    {
        QFETCH(QString, component);
        QFETCH(QString, says);
        const std::string yaml = "scalelab: 1\nname: bad\ncomponents:\n"
                                 "  - {id: users, kind: clients}\n"
                                 "  - {id: db, kind: database, replica_of: r}\n"
                                 "  - " +
                                 component.toStdString() + "\nlinks:\n  - {from: users, to: db}\n";
        const LoadResult loaded = parseScenario(yaml, "bad.yaml");
        QVERIFY(!loaded.ok());
        const std::string message = loaded.message();
        qInfo("%s", message.c_str());
        // The line that says it starts with the file, line and column of the field.
        std::istringstream lines(message);
        std::string line;
        bool placed = false;
        while (std::getline(lines, line))
            if (line.find(says.toStdString()) != std::string::npos)
                placed = std::regex_search(line, std::regex("^bad\\.yaml:[0-9]+:[0-9]+: "));
        QVERIFY2(placed, message.c_str());
    }
};

QTEST_APPLESS_MAIN(TestReplication)
#include "tst_replication.moc"
