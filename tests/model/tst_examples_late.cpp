// Stages 10 to 12 of the chapter's examples (tst_examples.cpp has the earlier ones): each
// lesson asserted in numbers, on the example files themselves.
#include "sim/goal_tracker.h"
#include "sim/simulation.h"

#include "common/examples.h"

#include <QtTest>

#include <cmath>

using namespace scalelab;
using namespace scalelab::test;

class TestExamplesLate : public QObject {
    Q_OBJECT
private slots:
    void stage12ShardsReshardAndBurn()
    {
        const Scenario s = example("12-sharding.yaml");
        Simulation sim(s);
        sim.setRecordTimeSeries(true);
        sim.run();
        const RunResult r = sim.result();
        const TimeSeries &ts = sim.timeSeries();
        const auto mean = [&](const char *column, double from, double to) {
            const auto col = static_cast<std::size_t>(ts.columnIndex(column));
            double sum = 0;
            int n = 0;
            for (std::size_t row = 0; row < ts.rows(); ++row)
                if (ts.time(row) > from && ts.time(row) <= to) {
                    sum += ts.value(row, col);
                    ++n;
                }
            return n ? sum / n : 0.0;
        };
        const ComponentResult *router = r.component("router");
        QVERIFY(router);
        // Three shards share the load evenly; the fourth stands by until 200 s.
        for (const char *db : {"db1.utilization", "db2.utilization", "db3.utilization"}) {
            const double u = mean(db, 100, 195);
            QVERIFY2(u > 0.3 && u < 0.45, qPrintable(QStringLiteral("%1 %2").arg(db).arg(u)));
        }
        QCOMPARE(mean("db4.utilization", 100, 195), 0.0);
        // Modulo moves three keys in four; copying them loads the shards for about 30 s.
        QVERIFY(std::abs(router->figure("keys_moved_ratio")->value - 0.75) < 0.001);
        const double before = mean("db2.utilization", 150, 200);
        const double copying = mean("db2.utilization", 202, 228);
        const double after = mean("db2.utilization", 240, 395);
        QVERIFY2(copying > before + 0.05 && copying > after + 0.1,
                 qPrintable(QStringLiteral("db2 %1 before, %2 copying, %3 after")
                                .arg(before)
                                .arg(copying)
                                .arg(after)));
        // The celebrity's key lives on db1: it saturates while the others idle.
        QVERIFY(mean("db1.utilization", 410, 600) > 0.95);
        QVERIFY(mean("db3.utilization", 410, 600) < 0.5);
        // A join waits for the slowest shard: slower than a single-shard read; denormalised
        // (no joins), reads are faster before the celebrity comes.
        QVERIFY(router->figure("joins.mean_ms")->value > router->figure("reads.mean_ms")->value);
        Scenario calm = s;
        calm.run.duration_s = 390;
        Scenario denormalised = calm;
        denormalised.components[static_cast<std::size_t>(denormalised.indexOf("router"))]
            .as<ShardRouterParams>()
            .join_share = 0;
        Simulation joined(calm), flat(denormalised);
        joined.run();
        flat.run();
        const auto readP95 = [](const Simulation &x) {
            return x.result().latencyByKind[static_cast<int>(RequestKind::Read)].p95;
        };
        const RunResult joinedResult = joined.result(); // the router points into it
        const ComponentResult *calmRouter = joinedResult.component("router");
        qInfo("read p95 %g ms denormalised, %g ms with joins; join mean %g ms, single %g ms",
              readP95(flat), readP95(joined), calmRouter->figure("joins.mean_ms")->value,
              calmRouter->figure("reads.mean_ms")->value);
        QVERIFY(readP95(flat) < readP95(joined));

        // With consistent hashing about a quarter of the keys move, not three quarters.
        Scenario consistent = s;
        consistent.components[static_cast<std::size_t>(consistent.indexOf("router"))]
            .as<ShardRouterParams>()
            .scheme = ShardScheme::ConsistentHash;
        consistent.run.duration_s = 250;
        Simulation ring(consistent);
        ring.run();
        const double ratio = ring.result().component("router")->figure("keys_moved_ratio")->value;
        QVERIFY2(std::abs(ratio - 0.25) < 0.06, qPrintable(QString::number(ratio)));

        const std::vector<GoalStatus> goals = evaluateGoals(s);
        QCOMPARE(goals.size(), std::size_t(4));
        for (std::size_t i = 0; i < goals.size(); ++i)
            QVERIFY2(goals[i].state == GoalState::Met,
                     qPrintable(QStringLiteral("goal %1: %2").arg(i).arg(goals[i].value)));
    }

    void stage10QueueAbsorbsTheBurst()
    {
        const Scenario s = example("10-message-queue.yaml");
        // The first time after the burst (ends at 220 s) that the queue is empty again.
        const auto drained = [](const Scenario &design, RunResult *out) {
            Simulation sim(design);
            sim.setRecordTimeSeries(true);
            sim.run();
            if (out)
                *out = sim.result();
            const TimeSeries &ts = sim.timeSeries();
            const auto col = static_cast<std::size_t>(ts.columnIndex("q.depth"));
            for (std::size_t row = 0; row < ts.rows(); ++row)
                if (ts.time(row) > 221 && ts.value(row, col) < 0.5)
                    return ts.time(row) - 220;
            return -1.0;
        };
        RunResult r;
        const double three = drained(s, &r);
        // The crash lost nothing: what the workers held came back and was done again.
        const ComponentResult *q = r.component("q");
        QCOMPARE(q->figure("lost")->value, 0.0);
        QVERIFY(q->figure("redelivered")->value >= 1);
        QVERIFY(q->figure("max_depth")->value > 1000);
        QCOMPARE(r.failed, std::uint64_t(0));
        // The users never waited for the backlog: publishing is fast, the work is not.
        const double asyncP95 = r.latencyByKind[static_cast<int>(RequestKind::Async)].p95;
        QVERIFY2(asyncP95 < 100 && q->figure("async_latency_ms.p95")->value > 10000,
                 qPrintable(QStringLiteral("async p95 %1 ms").arg(asyncP95)));

        // Twice the workers: the backlog of the burst drains in less than half the time
        // (the spare rate c mu - lambda more than doubles).
        Scenario doubled = s;
        doubled.components[static_cast<std::size_t>(doubled.indexOf("workers"))].workers = 6;
        const double six = drained(doubled, nullptr);
        QVERIFY2(
            three > 0 && six > 0 && six < three / 2,
            qPrintable(QStringLiteral("drained in %1 s with 3, %2 s with 6").arg(three).arg(six)));

        const std::vector<GoalStatus> goals = evaluateGoals(s);
        QCOMPARE(goals.size(), std::size_t(4));
        for (std::size_t i = 0; i < goals.size(); ++i)
            QVERIFY2(goals[i].state == GoalState::Met,
                     qPrintable(QStringLiteral("goal %1: %2").arg(i).arg(goals[i].value)));
    }

    void stage11AlertsAndAutomation()
    {
        // The sale (240-420 s) makes the web tier hot: its alert fires, the group scales
        // out, and the alert resolves while the sale still runs; the replica's death at
        // 600 s fires its alert that second (the sample at 600 s sees it) until it is back.
        const Scenario s = example("11-metrics.yaml");
        Simulation sim(s);
        sim.run();
        const RunResult r = sim.result();
        const auto alert = [&r](const char *name) {
            for (const AlertResult &a : r.alerts)
                if (a.name == name)
                    return a;
            qFatal("no alert %s", name);
        };
        const AlertResult hot = alert("web_tier_hot");
        QVERIFY2(hot.fired >= 1 && hot.firstFiredS > 245 && hot.firstFiredS < 280,
                 qPrintable(QStringLiteral("fired at %1").arg(hot.firstFiredS)));
        QVERIFY(hot.resolved >= 1 && !hot.firing);
        QVERIFY(r.autoscaling.at(0).scaleOuts >= 1);
        const AlertResult down = alert("replica_down");
        QCOMPARE(down.fired, std::uint64_t(1));
        QCOMPARE(down.firstFiredS, 600.0);
        QCOMPARE(down.firingS, 60.0);
        QCOMPARE(alert("losing_money").fired, std::uint64_t(0));
        // Scale-outs come after the alert fired and before it resolved: the automation.
        double firstScaleOut = -1;
        for (const LogEntry &e : r.log)
            if (firstScaleOut < 0 && e.what.rfind("scale out", 0) == 0)
                firstScaleOut = e.t_s;
        QVERIFY(firstScaleOut > 240 && firstScaleOut < hot.firstFiredS + hot.firingS);
        QVERIFY(alert("slow_pages").fired >= 1 && alert("web_errors").fired >= 1);
        // Business: every one of the 50,000 users is active on a day of this traffic.
        QVERIFY(r.business.dailyActiveUsers > 0.95 * 50000);
        QVERIFY(r.business.marginPerHour > 0);
        const std::vector<GoalStatus> goals = evaluateGoals(s);
        QCOMPARE(goals.size(), std::size_t(3));
        for (std::size_t i = 0; i < goals.size(); ++i)
            QVERIFY2(goals[i].state == GoalState::Met,
                     qPrintable(QStringLiteral("goal %1: %2").arg(i).arg(goals[i].value)));
    }
};

QTEST_APPLESS_MAIN(TestExamplesLate)
#include "tst_examples_late.moc"
