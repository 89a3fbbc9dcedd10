// The shard router: modulo moves N/(N+1) of the keys when a shard is added, consistent
// hashing about 1/(N+1), computed key by key; copying them loads the shards for a while; a
// celebrity key burns one shard while the others idle; a join waits for the slowest of N
// shards (the mean of the largest of N exponential reads); a replicated shard still sends
// reads to its replica; a seed fixes every digit; bad input is refused at its field.
#include "scenario/scenario_io.h"
#include "sim/shard_map.h"
#include "sim/simulation.h"

#include <QtTest>

#include <algorithm>
#include <cmath>
#include <string>

using namespace scalelab;

namespace {

struct Design {
    int shards = 4;
    double rate = 200;
    std::string scheme = "modulo";
    std::string key = "key";
    double hotShare = 0;
    double joinShare = 0;
    double writeShare = 0;
    double migration = 1000;
    std::string initial = "none";
    double durationS = 600;
    std::string faults;
    std::string extraShards; ///< more components (a replica)
    std::string extraLinks;
};

std::string yaml(const Design &d)
{
    std::string text =
        "scalelab: 1\nname: shards\nseed: 7\nrun: {duration_s: " + std::to_string(d.durationS) +
        ", warmup_s: 50}\ncomponents:\n"
        "  - {id: users, kind: clients, rate_rps: " +
        std::to_string(d.rate) + ", users: 10000, mix: {read: " + std::to_string(1 - d.writeShare) +
        ", write: " + std::to_string(d.writeShare) +
        "}, keys: {count: 10000, zipf: 0, hot_share: " + std::to_string(d.hotShare) +
        "}}\n"
        "  - {id: router, kind: shard_router, shard_key: " +
        d.key + ", scheme: " + d.scheme +
        ", vnodes: 100, join_share: " + std::to_string(d.joinShare) +
        ", migration_keys_per_s: " + std::to_string(d.migration) +
        ", initial_shards: " + d.initial + "}\n";
    for (int i = 1; i <= d.shards; ++i)
        text += "  - {id: db" + std::to_string(i) +
                ", kind: database, workers: 4, capacity: 100000, read_ms: {dist: exponential, "
                "mean: 5}, write_ms: {dist: exponential, mean: 10}}\n";
    text += d.extraShards;
    text += "links:\n  - {from: users, to: router, latency_ms: 0}\n";
    for (int i = 1; i <= d.shards; ++i)
        text += "  - {from: router, to: db" + std::to_string(i) + ", latency_ms: 1}\n";
    return text + d.extraLinks + d.faults;
}

Scenario scenario(const Design &d)
{
    const LoadResult loaded = parseScenario(yaml(d), "shards.yaml");
    if (!loaded.ok())
        qFatal("%s", loaded.message().c_str());
    return *loaded.scenario;
}

double figure(const RunResult &r, const std::string &id, const std::string &key)
{
    const ComponentResult *c = r.component(id);
    if (!c || !c->figure(key))
        qFatal("no figure %s.%s", id.c_str(), key.c_str());
    return c->figure(key)->value;
}

RunResult run(const Design &d)
{
    Simulation sim(scenario(d));
    sim.run();
    return sim.result();
}

/// Mean of a time-series column over [from, to).
double meanOver(const TimeSeries &ts, const std::string &column, double from, double to)
{
    const auto c = ts.columnIndex(column);
    if (c < 0)
        qFatal("no column %s", column.c_str());
    double sum = 0;
    int n = 0;
    for (std::size_t row = 0; row < ts.rows(); ++row)
        if (ts.time(row) >= from && ts.time(row) < to) {
            sum += ts.value(row, static_cast<std::size_t>(c));
            ++n;
        }
    return n ? sum / n : 0.0;
}

std::vector<std::string> names(int n)
{
    std::vector<std::string> out;
    for (int i = 1; i <= n; ++i)
        out.push_back("db" + std::to_string(i));
    return out;
}

} // namespace

class TestSharding : public QObject {
    Q_OBJECT

private slots:
    void moduloMovesNOverNPlusOne()
    {
        // Keys 0..K-1 with K a multiple of N(N+1): exactly N/(N+1) change shards.
        for (int n = 1; n <= 8; ++n) {
            const auto keys = static_cast<std::uint32_t>(n * (n + 1) * 100);
            ShardMap before, after;
            before.build(ShardScheme::Modulo, 0, names(n), keys);
            after.build(ShardScheme::Modulo, 0, names(n + 1), keys);
            const double ratio = static_cast<double>(ShardMap::moved(before, after).size()) / keys;
            QCOMPARE(ratio, static_cast<double>(n) / (n + 1));
        }
    }

    void consistentHashingMovesAboutOneOverNPlusOne()
    {
        for (int n = 2; n <= 8; ++n) {
            ShardMap before, after;
            before.build(ShardScheme::ConsistentHash, 200, names(n), 100000);
            after.build(ShardScheme::ConsistentHash, 200, names(n + 1), 100000);
            const std::vector<std::uint32_t> moved = ShardMap::moved(before, after);
            const double ratio = static_cast<double>(moved.size()) / 100000.0;
            const double expected = 1.0 / (n + 1);
            QVERIFY2(std::abs(ratio - expected) < 0.25 * expected,
                     qPrintable(QString("%1 -> %2 shards: %3 moved, expected about %4")
                                    .arg(n)
                                    .arg(n + 1)
                                    .arg(ratio)
                                    .arg(expected)));
            // Every moved key moves to the new shard, none between the old ones.
            for (const std::uint32_t k : moved)
                QCOMPARE(after.shards()[after.shardOf(k)], names(n + 1).back());
        }
    }

    void scheduledReshardReportsAndCopies()
    {
        for (const char *scheme : {"modulo", "consistent_hash"}) {
            Design d;
            d.shards = 5;
            d.initial = "4";
            d.scheme = scheme;
            d.migration = 400;
            d.faults = "faults:\n  - {at_s: 200, component: router, action: add_shard}\n";
            Simulation sim(scenario(d));
            sim.setRecordTimeSeries(true);
            sim.run();
            const RunResult r = sim.result();
            const double ratio = figure(r, "router", "keys_moved_ratio");
            const double moved = figure(r, "router", "keys_moved");
            QCOMPARE(figure(r, "router", "reshards"), 1.0);
            QCOMPARE(figure(r, "router", "shards"), 5.0);
            QCOMPARE(moved, ratio * 10000);
            if (std::string(scheme) == "modulo")
                QCOMPARE(ratio, 0.8); // N/(N+1) for N = 4, exactly over 10,000 keys
            else
                QVERIFY2(std::abs(ratio - 0.2) < 0.05, qPrintable(QString::number(ratio)));
            // Every key is copied (a read on its old shard, a write on the new one), at the
            // configured rate, and the shards are busier while it lasts.
            QCOMPARE(figure(r, "router", "keys_copied"), moved);
            const double copyS = moved / 400.0;
            const TimeSeries &ts = sim.timeSeries();
            const double before = meanOver(ts, "db1.utilization", 100, 200);
            const double during = meanOver(ts, "db1.utilization", 201, 200 + copyS);
            const double after = meanOver(ts, "db1.utilization", 220 + copyS, 600);
            QVERIFY2(during > before + 0.05,
                     qPrintable(QString("%1: db1 %2 before, %3 while copying")
                                    .arg(scheme)
                                    .arg(before)
                                    .arg(during)));
            QVERIFY2(during > after + 0.05, qPrintable(QString("%1 after").arg(after)));
            bool logged = false;
            for (const LogEntry &e : r.log)
                logged = logged || (e.component == "router" &&
                                    e.what.find("resharding done") != std::string::npos);
            QVERIFY(logged);
            // The new shard took its share of the traffic.
            QVERIFY(figure(r, "router", "per_shard_utilization.db5") > 0.02);
        }
    }

    void removingAShardMovesOnlyItsKeysWithConsistentHashing()
    {
        Design d;
        d.shards = 4;
        d.scheme = "consistent_hash";
        d.faults = "faults:\n  - {at_s: 100, component: router, action: remove_shard}\n";
        d.durationS = 200;
        const RunResult r = run(d);
        const double ratio = figure(r, "router", "keys_moved_ratio");
        QVERIFY2(std::abs(ratio - 0.25) < 0.06, qPrintable(QString::number(ratio)));
        QCOMPARE(figure(r, "router", "shards"), 3.0);
    }

    void aCelebrityBurnsOneShard()
    {
        Design d;
        d.rate = 1200;
        d.hotShare = 0.5;
        const RunResult hot = run(d);
        // Key 0 is the celebrity: with modulo it lives on db1.
        const double burning = figure(hot, "router", "per_shard_utilization.db1");
        QVERIFY2(burning > 0.85, qPrintable(QString::number(burning)));
        for (const char *other : {"db2", "db3", "db4"}) {
            const double u = figure(hot, "router", std::string("per_shard_utilization.") + other);
            QVERIFY2(u < 0.25, qPrintable(QString("%1 %2").arg(other).arg(u)));
        }
        // Without the celebrity the same load is even.
        d.hotShare = 0;
        const RunResult even = run(d);
        double low = 1, high = 0;
        for (const char *db : {"db1", "db2", "db3", "db4"}) {
            const double u = figure(even, "router", std::string("per_shard_utilization.") + db);
            low = std::min(low, u);
            high = std::max(high, u);
        }
        QVERIFY2(high - low < 0.05, qPrintable(QString("%1..%2").arg(low).arg(high)));
        // Sharded by user, the celebrity's readers are spread over every shard.
        d.hotShare = 0.5;
        d.key = "user";
        const RunResult byUser = run(d);
        QVERIFY(figure(byUser, "router", "per_shard_utilization.db1") < 0.5);
    }

    void aJoinWaitsForTheSlowestShard()
    {
        Design d;
        d.rate = 50;
        d.joinShare = 0.3;
        d.durationS = 2050;
        const RunResult r = run(d);
        const double join = figure(r, "router", "joins.mean_ms");
        const double single = figure(r, "router", "reads.mean_ms");
        // At light load each shard answers in 1 ms + Exp(5 ms) + 1 ms; the join takes the
        // largest of four: 2 + 5 * (1 + 1/2 + 1/3 + 1/4) ms.
        const double expectedJoin = 2 + 5 * (1 + 1.0 / 2 + 1.0 / 3 + 1.0 / 4);
        QVERIFY2(std::abs(join - expectedJoin) < 0.03 * expectedJoin,
                 qPrintable(QString("join %1 ms, expected %2").arg(join).arg(expectedJoin)));
        QVERIFY2(std::abs(single - 7) < 0.03 * 7, qPrintable(QString::number(single)));
        double slowestShard = 0;
        for (const char *db : {"db1", "db2", "db3", "db4"})
            slowestShard =
                std::max(slowestShard, figure(r, "router", std::string("per_shard_read_ms.") + db));
        QVERIFY(join > slowestShard);
        QVERIFY(figure(r, "router", "joins.count") > 20000);
        // A join loads every shard: each sees a quarter of the single reads and every join.
        const ComponentResult *db1 = r.component("db1");
        QVERIFY(db1 != nullptr);
        const double perShard = 50 * (0.7 / 4 + 0.3);
        QVERIFY2(std::abs(db1->arrived / 2000.0 - perShard) < 0.05 * perShard,
                 qPrintable(QString::number(db1->arrived / 2000.0)));
    }

    void aReplicatedShardSendsReadsToItsReplica()
    {
        Design d;
        d.writeShare = 0.2;
        d.extraShards = "  - {id: db1r, kind: database, replica_of: db1, workers: 4}\n";
        d.extraLinks = "  - {from: router, to: db1r, latency_ms: 1}\n";
        const RunResult r = run(d);
        const ComponentResult *primary = r.component("db1");
        const ComponentResult *replica = r.component("db1r");
        QVERIFY(primary && replica);
        // db1's quarter of 200 requests/s: writes (20 %) on the primary; the reads, and the
        // writes replicated to it, on the replica.
        QVERIFY2(std::abs(primary->arrived / 550.0 - 50 * 0.2) < 1.5,
                 qPrintable(QString::number(primary->arrived / 550.0)));
        QVERIFY2(std::abs(replica->arrived / 550.0 - 50) < 3,
                 qPrintable(QString::number(replica->arrived / 550.0)));
        QCOMPARE(figure(r, "router", "shards"), 4.0);
        QVERIFY(r.failed == 0);
    }

    void aLinkDrawnInARunReshards()
    {
        Design d;
        d.scheme = "consistent_hash";
        Simulation sim(scenario(d));
        sim.runUntil(100);
        Design more = d;
        more.shards = 5;
        sim.applyScenario(scenario(more));
        sim.runUntil(300);
        const RunResult r = sim.result();
        QCOMPARE(figure(r, "router", "reshards"), 1.0);
        const double ratio = figure(r, "router", "keys_moved_ratio");
        QVERIFY2(std::abs(ratio - 0.2) < 0.05, qPrintable(QString::number(ratio)));
        // Removing it again moves the same keys back.
        sim.applyScenario(scenario(d));
        sim.runUntil(400);
        QCOMPARE(figure(sim.result(), "router", "reshards"), 2.0);
        QCOMPARE(figure(sim.result(), "router", "keys_moved"), 2 * ratio * 10000);
    }

    void aSeedFixesEveryDigit()
    {
        Design d;
        d.joinShare = 0.2;
        d.hotShare = 0.1;
        d.scheme = "consistent_hash";
        d.initial = "3";
        d.faults = "faults:\n  - {at_s: 100, component: router, action: add_shard}\n";
        d.durationS = 300;
        const RunResult a = run(d);
        const RunResult b = run(d);
        QCOMPARE(a.completed, b.completed);
        QCOMPARE(a.latency.mean, b.latency.mean);
        QCOMPARE(figure(a, "router", "joins.mean_ms"), figure(b, "router", "joins.mean_ms"));
        QCOMPARE(figure(a, "router", "keys_copied"), figure(b, "router", "keys_copied"));
    }

    void badInputIsRefusedAtItsField()
    {
        const auto refused = [](const std::string &text, const std::string &what) {
            const LoadResult bad = parseScenario(text, "shards.yaml");
            QVERIFY2(!bad.ok(), what.c_str());
            QVERIFY2(bad.message().find(what) != std::string::npos, bad.message().c_str());
        };
        Design d;
        std::string text = yaml(d);
        text.replace(text.find("vnodes: 100"), 11, "vnodes: 0");
        refused(text, "shards.yaml:7:");
        refused(text, "vnodes");
        // A shard that is no database, at the link's line.
        d.extraShards = "  - {id: web, kind: web_server}\n";
        d.extraLinks = "  - {from: router, to: web}\n";
        refused(yaml(d), "links[5].to");
        refused(yaml(d), "shards.yaml:19:");
        d = Design{};
        d.shards = 0;
        refused(yaml(d), "needs at least one shard");
        d = Design{};
        d.initial = "9";
        refused(yaml(d), "initial_shards");
        d = Design{};
        text = yaml(d);
        const std::string keys = ", keys: {count: 10000, zipf: 0, hot_share: 0.000000}";
        text.replace(text.find(keys), keys.size(), "");
        refused(text, "shard_key");
        d = Design{};
        d.faults = "faults:\n  - {at_s: 100, component: db1, action: add_shard}\n";
        refused(yaml(d), "faults[0].component");
    }
};

QTEST_APPLESS_MAIN(TestSharding)
#include "tst_sharding.moc"
