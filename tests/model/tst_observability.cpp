// Stage 11's monitoring in numbers: an alert fires at the simulated second its rule says
// (the for_s delay respected) and resolves after; daily active users from a known user
// population (all active, and a window far shorter than a day scaled to it); memory, disk
// and network figures from known rates; tier and group figures equal their components'
// combined; bad alert rules refused at their line with a suggestion; determinism.
#include "scenario/scenario_io.h"
#include "sim/alert_validation.h"
#include "sim/distinct_users.h"
#include "sim/simulation.h"

#include <QtTest>

#include <cmath>
#include <sstream>
#include <string>

using namespace scalelab;

namespace {

Scenario parse(const std::string &yaml)
{
    const LoadResult loaded = parseScenario(yaml, "metrics.yaml");
    if (!loaded.ok())
        qFatal("%s", loaded.message().c_str());
    return *loaded.scenario;
}

/// Users straight at one web server that fails at 300.5 s and recovers at 400.5 s.
std::string outage(const std::string &alerts)
{
    return "scalelab: 1\nname: outage\nseed: 5\nrun: {duration_s: 600, warmup_s: 60}\n"
           "components:\n"
           "  - {id: users, kind: clients, users: 1000, rate_rps: 50}\n"
           "  - {id: web1, kind: web_server, workers: 8, service_ms: {dist: exponential, "
           "mean: 10}}\n"
           "links:\n  - {from: users, to: web1}\n"
           "faults:\n  - {at_s: 300.5, component: web1, action: fail}\n"
           "  - {at_s: 400.5, component: web1, action: recover}\n" +
           alerts;
}

const AlertResult *alert(const RunResult &r, const std::string &name)
{
    for (const AlertResult &a : r.alerts)
        if (a.name == name)
            return &a;
    return nullptr;
}

double logTime(const Simulation &sim, const std::string &component, const std::string &what)
{
    for (const LogEntry &e : sim.log())
        if (e.component == component && e.what.rfind(what, 0) == 0)
            return e.t_s;
    return -1;
}

double figure(const ComponentResult *c, const char *key)
{
    if (!c || !c->figure(key))
        qFatal("no figure %s", key);
    return c->figure(key)->value;
}

} // namespace

class TestObservability : public QObject {
    Q_OBJECT
private slots:
    void alertFiresAfterItsDelayAndResolves()
    {
        Simulation sim(
            parse(outage("alerts:\n"
                         "  - {name: web_down, metric: web1.up, below: 0.5, for_s: 10}\n"
                         "  - {name: errors, metric: errors_rps, above: 10, for_s: 5}\n"
                         "  - {name: patient, metric: web1.up, below: 0.5, for_s: 200}\n")));
        sim.run(); // alerts record the series by themselves: no setRecordTimeSeries
        const RunResult r = sim.result();
        // The first sample that sees web1 down is at 301 s; it must stay down 10 s more.
        const AlertResult *down = alert(r, "web_down");
        QVERIFY(down);
        QCOMPARE(down->fired, 1u);
        QCOMPARE(down->firstFiredS, 311.0);
        QCOMPARE(logTime(sim, "web_down", "alert firing"), 311.0);
        // Up again at 400.5: the sample at 401 sees it.
        QCOMPARE(down->resolved, 1u);
        QCOMPARE(logTime(sim, "web_down", "alert resolved"), 401.0);
        QCOMPARE(down->firingS, 90.0);
        QVERIFY(!down->firing);
        // Errors: about 25 in the half second from 300.5 s, so the condition holds from the
        // 301 s sample, fires 5 s later, and clears once a whole second passes without
        // errors (the second 400-401 still has half a second of them).
        const AlertResult *errors = alert(r, "errors");
        QVERIFY(errors);
        QCOMPARE(errors->firstFiredS, 306.0);
        QCOMPARE(logTime(sim, "errors", "alert resolved"), 402.0);
        // A rule asking for longer than the outage never fires.
        QCOMPARE(alert(r, "patient")->fired, 0u);
        QCOMPARE(logTime(sim, "patient", "alert firing"), -1.0);
        // The failure and the recovery are in the log too, at their times.
        QCOMPARE(logTime(sim, "web1", ""), 300.5);
        // JSON: alerts.<name>.{fired, first_fired_s, ...}.
        std::ostringstream json;
        writeJson(json, r);
        QVERIFY(
            json.str().find("\"web_down\": {\"metric\": \"web1.up\", \"below\": 0.5, \"for_s\": "
                            "10, \"fired\": 1, \"resolved\": 1, \"first_fired_s\": 311") !=
            std::string::npos);
    }

    void alertOnAStepInLoad()
    {
        // The load steps from 100 to 700 requests/s at 200 s on a server that serves about
        // 800 (8 workers of 10 ms): its utilization goes from 1/8 to 7/8.
        Simulation sim(
            parse("scalelab: 1\nname: step\nseed: 2\nrun: {duration_s: 400, warmup_s: 10}\n"
                  "components:\n"
                  "  - {id: users, kind: clients, users: 1000, curve: [{t_s: 0, rate_rps: 100}, "
                  "{t_s: 200, rate_rps: 100}, {t_s: 200, rate_rps: 700}]}\n"
                  "  - {id: web1, kind: web_server, workers: 8, service_ms: {dist: constant, mean: "
                  "10}}\n"
                  "links:\n  - {from: users, to: web1}\n"
                  "alerts:\n  - {name: hot, metric: web1.utilization, above: 0.6, for_s: 15}\n"));
        sim.run();
        const RunResult result = sim.result(); // alert() points into it: keep it alive
        const AlertResult *hot = alert(result, "hot");
        QVERIFY(hot);
        QCOMPARE(hot->fired, 1u);
        QCOMPARE(hot->firstFiredS, 216.0); // first seen in the 200-201 s sample, + 15 s
        QVERIFY(hot->firing);
    }

    void dailyActiveUsersOfAFullyActivePopulation()
    {
        // 1,000 users sending 50 requests/s for 600 s: 30 requests each; all are seen.
        Simulation sim(parse(outage("")));
        sim.run();
        const BusinessResult b = sim.result().business;
        QCOMPARE(b.usersSeen, 1000.0);
        QVERIFY2(std::abs(b.dailyActiveUsers - 1000.0) < 1.0,
                 std::to_string(b.dailyActiveUsers).c_str());
    }

    void dailyActiveUsersScaledFromAShortWindow()
    {
        // 200,000 users, 20 requests/s, 600 s measured: about 12,000 requests, so about
        // 11,650 users seen; over a day (1.73 million requests) nearly all would be.
        Simulation sim(
            parse("scalelab: 1\nname: dau\nseed: 4\nrun: {duration_s: 660, warmup_s: 60}\n"
                  "components:\n"
                  "  - {id: users, kind: clients, users: 200000, rate_rps: 20}\n"
                  "  - {id: web1, kind: web_server, workers: 8}\n"
                  "links:\n  - {from: users, to: web1}\n"));
        sim.run();
        const RunResult r = sim.result();
        const double N = 200000;
        const auto A = static_cast<double>(r.arrived);
        QVERIFY(std::abs(r.business.usersSeen - N * -std::expm1(-A / N)) < 0.01 * A);
        const double day = N * -std::expm1(-A * 86400.0 / r.measuredS / N);
        QVERIFY2(
            std::abs(r.business.dailyActiveUsers - day) < 0.02 * day,
            (std::to_string(r.business.dailyActiveUsers) + " vs " + std::to_string(day)).c_str());
        QVERIFY(r.business.dailyActiveUsers > 10 * r.business.usersSeen);
    }

    void distinctUsersBeyondTheBitmap()
    {
        // Past 2^26 users the count is linear counting over hashed bits: within 1 %.
        DistinctUsers users;
        users.configure(1000000000);
        for (std::uint32_t u = 0; u < 3000000; ++u)
            users.add(u * 7u + 3u);
        QVERIFY(std::abs(users.count() - 3e6) < 0.01 * 3e6);
        QCOMPARE(DistinctUsers::dailyActive(0, 0, 600, 1000), 0.0);
    }

    void hostFiguresFromKnownRates()
    {
        // 100 requests/s, 30 % writes, to a web server that calls a primary database with
        // one replica: the primary writes about 30 per second, the replica applies as many.
        Simulation sim(
            parse("scalelab: 1\nname: host\nseed: 7\nrun: {duration_s: 1260, warmup_s: 60}\n"
                  "components:\n"
                  "  - {id: users, kind: clients, users: 1000, rate_rps: 100, mix: {read: 0.7, "
                  "write: 0.3}}\n"
                  "  - {id: web1, kind: web_server, workers: 16, request_kb: 1024}\n"
                  "  - {id: cache, kind: cache, max_keys: 500, ttl_s: 0, entry_kb: 2}\n"
                  "  - {id: db, kind: database, workers: 8}\n"
                  "  - {id: replica, kind: database, replica_of: db, workers: 8}\n"
                  "links:\n  - {from: users, to: web1}\n  - {from: web1, to: cache}\n"
                  "  - {from: cache, to: db}\n  - {from: cache, to: replica}\n"));
        sim.run();
        const RunResult r = sim.result();
        const double writes = 100 * 0.3;
        const double dbWrites = figure(r.component("db"), "host.disk_writes_ps");
        QVERIFY2(std::abs(dbWrites - writes) < 0.05 * writes, std::to_string(dbWrites).c_str());
        QVERIFY(std::abs(figure(r.component("replica"), "host.disk_writes_ps") - dbWrites) <
                0.01 * dbWrites);
        QVERIFY(!r.component("web1")->figure("host.disk_writes_ps")); // no disk
        // Memory: requests held × request_kb, plus a cache's keys × entry_kb.
        const ComponentResult *web = r.component("web1");
        QCOMPARE(figure(web, "host.memory_mb"), web->meanInSystem);
        const ComponentResult *cache = r.component("cache");
        QCOMPARE(figure(cache, "host.memory_mb"),
                 cache->meanInSystem * 64 / 1024 + figure(cache, "keys") * 2 / 1024);
        QVERIFY(figure(cache, "keys") > 450); // full, less the keys writes invalidated
        // Network: web1 takes each request in and calls the cache once: twice the rate.
        QVERIFY(std::abs(figure(web, "host.network_rps") - 2 * 100) < 0.03 * 200);
        QCOMPARE(figure(web, "host.cpu"), web->utilization);
    }

    void tiersCombineTheirComponents()
    {
        Simulation sim(
            parse("scalelab: 1\nname: tiers\nseed: 9\nrun: {duration_s: 300, warmup_s: 30}\n"
                  "components:\n"
                  "  - {id: users, kind: clients, users: 5000, rate_rps: 300}\n"
                  "  - {id: lb, kind: load_balancer}\n"
                  "  - {id: web1, kind: web_server, workers: 4, capacity: 6}\n"
                  "  - {id: web2, kind: web_server, workers: 8}\n"
                  "  - {id: db, kind: database, workers: 8}\n"
                  "links:\n  - {from: users, to: lb}\n  - {from: lb, to: web1}\n"
                  "  - {from: lb, to: web2}\n  - {from: web1, to: db}\n  - {from: web2, to: db}\n"
                  "groups:\n  - {id: front, kind: private_network, members: [web1, web2]}\n"));
        sim.setRecordTimeSeries(true);
        sim.run();
        const RunResult r = sim.result();
        const ComponentResult *w1 = r.component("web1");
        const ComponentResult *w2 = r.component("web2");
        QVERIFY(w1->rejected > 0); // the small one refuses some: errors to count
        const TierResult *tier = nullptr;
        for (const TierResult &t : r.tiers)
            if (t.name == "web_server")
                tier = &t;
        QVERIFY(tier);
        QCOMPARE(tier->members, 2);
        QCOMPARE(tier->served, w1->served + w2->served);
        QCOMPARE(tier->throughputRps, static_cast<double>(w1->served + w2->served) / r.measuredS);
        QCOMPARE(tier->errors, w1->rejected + w1->timedOut + w1->failed + w2->rejected +
                                   w2->timedOut + w2->failed);
        QCOMPARE(tier->errorRate, static_cast<double>(tier->errors) /
                                      static_cast<double>(w1->arrived + w2->arrived));
        QVERIFY(std::abs(tier->utilization - (4 * w1->utilization + 8 * w2->utilization) / 12) <
                1e-12);
        QVERIFY(tier->p95Ms > 0);
        // The group box of both is the same figures under its own name.
        QCOMPARE(r.groupTiers.size(), std::size_t{1});
        QCOMPARE(r.groupTiers[0].name, std::string("front"));
        QCOMPARE(r.groupTiers[0].served, tier->served);
        QCOMPARE(r.groupTiers[0].p95Ms, tier->p95Ms);
        // Per second: the tier's throughput is its members' served, row by row.
        const TimeSeries &ts = sim.timeSeries();
        const auto col = [&](const char *name) {
            const std::ptrdiff_t c = ts.columnIndex(name);
            if (c < 0)
                qFatal("no column %s", name);
            return static_cast<std::size_t>(c);
        };
        for (std::size_t row = 0; row < ts.rows(); ++row) {
            QCOMPARE(ts.value(row, col("tier.web_server.throughput_rps")),
                     ts.value(row, col("web1.served_rps")) + ts.value(row, col("web2.served_rps")));
            QCOMPARE(ts.value(row, col("group.front.throughput_rps")),
                     ts.value(row, col("tier.web_server.throughput_rps")));
        }
        QVERIFY(ts.columnIndex("tier.database.utilization") >= 0);
        QVERIFY(ts.columnIndex("db.disk_writes_ps") >= 0);
        QVERIFY(ts.columnIndex("web1.memory_mb") >= 0);
    }

    void revenueBesideCost()
    {
        Simulation sim(parse(outage("business: {revenue_per_request: 0.001}\n")));
        sim.run();
        const RunResult r = sim.result();
        const BusinessResult &b = r.business;
        QCOMPARE(b.requestsServed, r.completed);
        QCOMPARE(b.revenuePerHour, static_cast<double>(r.completed) * 0.001 * 3600 / r.measuredS);
        QCOMPARE(b.costPerHour, r.costPerHour);
        QCOMPARE(b.marginPerHour, b.revenuePerHour - b.costPerHour);
    }

    void badRulesRefusedAtTheirLine()
    {
        const LoadResult typo = parseScenario(
            outage("alerts:\n  - {name: hot, metric: web1.utilisation, above: 0.8}\n"), "a.yaml");
        QVERIFY(!typo.ok());
        QVERIFY2(typo.message().find("a.yaml:14:") != std::string::npos, typo.message().c_str());
        QVERIFY2(typo.message().find("did you mean 'web1.utilization'") != std::string::npos,
                 typo.message().c_str());
        const LoadResult noBound =
            parseScenario(outage("alerts:\n  - {name: hot, metric: p95_ms}\n"), "b.yaml");
        QVERIFY(!noBound.ok());
        QVERIFY(noBound.message().find("'above: N' or 'below: N'") != std::string::npos);
        const LoadResult bad = parseScenario(
            outage(
                "alerts:\n  - {name: a, metric: p95_ms, above: 1, for_s: -1}\n"
                "  - {name: a, metric: p95_ms, below: 1}\nbusiness: {revenue_per_request: -2}\n"),
            "c.yaml");
        QVERIFY(!bad.ok());
        const std::string m = bad.message();
        QVERIFY2(m.find("c.yaml:14:") != std::string::npos && m.find("for_s") != std::string::npos,
                 m.c_str());
        QVERIFY(m.find("two alerts are called 'a'") != std::string::npos);
        QVERIFY(m.find("revenue per request") != std::string::npos);
        const LoadResult unknownKey = parseScenario(
            outage("alerts:\n  - {name: a, metric: p95_ms, above: 1, for: 3}\n"), "d.yaml");
        QVERIFY(!unknownKey.ok());
        QVERIFY(unknownKey.message().find("for_s") != std::string::npos);
    }

    void rulesRoundTripAndRunTheSame()
    {
        const Scenario s = parse(outage("business: {revenue_per_request: 0.0005}\nalerts:\n"
                                        "  - {name: slow, metric: p95_ms, above: 30, for_s: 2}\n"
                                        "  - {name: down, metric: tier.web_server.utilization, "
                                        "below: 0.01}\n"));
        QCOMPARE(parse(writeScenario(s)), s);
        const auto run = [&s] {
            Simulation sim(s);
            sim.run();
            std::ostringstream out;
            RunResult r = sim.result();
            writeJson(out, r);
            return out.str();
        };
        const std::string first = run();
        QCOMPARE(run(), first);
        QVERIFY(first.find("\"alerts\": {") != std::string::npos);
        QVERIFY(first.find("\"business\": {") != std::string::npos);
    }
};

QTEST_APPLESS_MAIN(TestObservability)
#include "tst_observability.moc"
