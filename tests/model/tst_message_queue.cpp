// The message queue: consumers pull a message only when a worker is free, so with Poisson
// publishes and exponential consumers the queue is an M/M/c queue (its depth and wait agree
// with Erlang C); a burst drains at c*mu - lambda; a crashed consumer loses nothing (its
// messages come back after the visibility timeout); a full queue refuses publishes; the
// publisher's answer does not wait for the consumer; bad input is refused at its field.
#include "analytic/queueing.h"
#include "scenario/scenario_io.h"
#include "sim/simulation.h"

#include <QtTest>

#include <cmath>
#include <string>

using namespace scalelab;

namespace {

struct Design {
    double rate = 40;
    int workers = 3;
    double serviceMs = 50;
    int capacity = 1000000;
    double visibilityS = 30;
    double durationS = 20000;
    double warmupS = 200;
    std::string curve; ///< a load curve instead of the constant rate
    std::string faults;
};

std::string yaml(const Design &d)
{
    return "scalelab: 1\nname: queue\nseed: 11\nrun: {duration_s: " + std::to_string(d.durationS) +
           ", warmup_s: " + std::to_string(d.warmupS) +
           "}\ncomponents:\n"
           "  - {id: users, kind: clients, rate_rps: " +
           std::to_string(d.rate) + d.curve +
           ", mix: {async: 1}}\n"
           "  - {id: q, kind: queue, capacity: " +
           std::to_string(d.capacity) + ", visibility_timeout_s: " + std::to_string(d.visibilityS) +
           ", service_ms: {dist: constant, mean: 0.01}}\n"
           "  - {id: consumers, kind: service, workers: " +
           std::to_string(d.workers) +
           ", capacity: 100000, service_ms: {dist: exponential, mean: " +
           std::to_string(d.serviceMs) +
           "}}\n"
           "links:\n  - {from: users, to: q}\n  - {from: q, to: consumers, latency_ms: 0}\n" +
           d.faults;
}

Scenario scenario(const Design &d)
{
    const LoadResult loaded = parseScenario(yaml(d), "queue.yaml");
    if (!loaded.ok())
        qFatal("%s", loaded.message().c_str());
    return *loaded.scenario;
}

double figure(const RunResult &r, const char *id, const char *key)
{
    const ComponentResult *c = r.component(id);
    if (!c || !c->figure(key))
        qFatal("no figure %s.%s", id, key);
    return c->figure(key)->value;
}

/// Seconds from `from` until the queue's depth (sampled each second) first reaches zero.
double drainTime(const Design &d, double from)
{
    Simulation sim(scenario(d));
    sim.setRecordTimeSeries(true);
    sim.runUntil(d.durationS);
    const TimeSeries &ts = sim.timeSeries();
    std::size_t column = ts.columnCount();
    for (std::size_t c = 0; c < ts.columnCount(); ++c)
        if (ts.columns()[c] == "q.depth")
            column = c;
    if (column == ts.columnCount())
        qFatal("no q.depth column");
    for (std::size_t row = 0; row < ts.rows(); ++row)
        if (ts.time(row) > from + 1 && ts.value(row, column) < 0.5)
            return ts.time(row) - from;
    return -1;
}

} // namespace

class TestMessageQueue : public QObject {
    Q_OBJECT
private slots:
    void agreesWithErlangC()
    {
        // lambda 40/s, 3 workers of 20/s: rho 2/3. The link to the consumers has no latency:
        // a message on its way holds a worker that serves nobody yet (0.5 ms adds 4 % to Lq).
        const Design d;
        Simulation sim(scenario(d));
        sim.runUntil(d.durationS);
        const RunResult r = sim.result();
        const MmcResult theory = mmc(d.rate, 1000.0 / d.serviceMs, d.workers);
        const double depth = figure(r, "q", "mean_depth");
        const double waitMs = figure(r, "q", "mean_wait_ms");
        qInfo("mean depth %.4f (Erlang C %.4f), wait %.2f ms (%.2f ms)", depth, theory.Lq, waitMs,
              theory.Wq * 1000);
        QVERIFY(std::abs(depth / theory.Lq - 1) < 0.05);
        QVERIFY(std::abs(waitMs / (theory.Wq * 1000) - 1) < 0.05);
        // The messages wait in the queue, not in the consumer.
        const ComponentResult *consumers = r.component("consumers");
        QVERIFY(consumers->meanQueueLength < 0.01);
        QVERIFY(std::abs(consumers->utilization - theory.utilization) < 0.02);
        QCOMPARE(r.component("q")->meanQueueLength, depth);
        QCOMPARE(figure(r, "q", "lost"), 0.0);
        QCOMPARE(figure(r, "q", "redelivered"), 0.0);
        const double published = figure(r, "q", "published");
        const double consumed = figure(r, "q", "consumed");
        QVERIFY(std::abs(published / (d.rate * (d.durationS - d.warmupS)) - 1) < 0.02);
        QVERIFY(std::abs(consumed - published) <= 20);
        // Publish to processed: the wait plus one service, on average.
        QVERIFY(std::abs(figure(r, "q", "async_latency_ms.mean") / (theory.W * 1000) - 1) < 0.05);
    }

    void theProducerDoesNotWaitForTheConsumer()
    {
        Design d;
        d.rate = 55; // rho 0.92: messages wait about a quarter of a second
        d.durationS = 3000;
        Simulation sim(scenario(d));
        sim.runUntil(d.durationS);
        const RunResult r = sim.result();
        QVERIFY(figure(r, "q", "mean_wait_ms") > 100);
        // The users' requests are answered once stored: a hundredth of a millisecond.
        QVERIFY(r.latency.p99 < 1);
        QVERIFY(figure(r, "q", "async_latency_ms.p50") > 50);
    }

    void aBurstDrainsAtTheSpareRate()
    {
        // 20/s, then 400/s for 10 s: a backlog of about (400 - c mu) * 10 messages, drained
        // at c mu - 20 per second.
        Design d;
        d.rate = 20;
        d.durationS = 600;
        d.warmupS = 0;
        d.curve = ", curve: [{t_s: 0, rate_rps: 20}, {t_s: 100, rate_rps: 20}, {t_s: 100.001, "
                  "rate_rps: 400}, {t_s: 110, rate_rps: 400}, {t_s: 110.001, rate_rps: 20}]";
        const double three = drainTime(d, 110);
        d.workers = 6;
        const double six = drainTime(d, 110);
        const double mu = 1000.0 / d.serviceMs;
        const double expect3 = (400 - 3 * mu) * 10 / (3 * mu - 20);
        const double expect6 = (400 - 6 * mu) * 10 / (6 * mu - 20);
        qInfo("drain: 3 workers %.0f s (theory %.0f), 6 workers %.0f s (theory %.0f)", three,
              expect3, six, expect6);
        QVERIFY(std::abs(three / expect3 - 1) < 0.15);
        QVERIFY(std::abs(six / expect6 - 1) < 0.25);
        QVERIFY(three > 2 * six); // twice the workers: more than twice as fast here
    }

    void moreConsumerWorkersLiveTakeMoreAtOnce()
    {
        // Overloaded (80/s for 60/s): a backlog grows. Doubling the consumer's workers in a
        // live edit puts the new workers to work at once, and the backlog drains.
        Design d;
        d.rate = 80;
        d.durationS = 400;
        d.warmupS = 0;
        Scenario s = scenario(d);
        Simulation sim(s);
        sim.runUntil(100);
        const double before = sim.result().component("q")->figure("depth")->value;
        QVERIFY(before > 500);
        s.components[static_cast<std::size_t>(s.indexOf("consumers"))].workers = 6;
        sim.applyScenario(s);
        sim.runUntil(sim.now()); // the queue delivers at once, as an event of its own
        QCOMPARE(sim.station(static_cast<std::uint32_t>(sim.stationOf("consumers"))).busy, 6);
        sim.runUntil(200);
        QVERIFY(sim.result().component("q")->figure("depth")->value < 50);
        QCOMPARE(sim.result().component("q")->figure("lost")->value, 0.0);
    }

    void aCrashedConsumerLosesNothing()
    {
        Design d;
        d.rate = 50;
        d.durationS = 400;
        d.warmupS = 0;
        d.visibilityS = 20;
        d.faults = "faults:\n  - {at_s: 100, component: consumers, action: fail}\n"
                   "  - {at_s: 110, component: consumers, action: recover}\n";
        Simulation sim(scenario(d));
        sim.runUntil(105);
        QVERIFY(sim.result().component("q")->figure("depth")->value > 100); // it piles up
        sim.runUntil(d.durationS);
        const RunResult r = sim.result();
        // The messages the consumers held when they died come back after the timeout.
        QVERIFY(figure(r, "q", "redelivered") >= 1);
        QVERIFY(figure(r, "q", "redelivered") <= 3);
        QCOMPARE(figure(r, "q", "lost"), 0.0);
        QCOMPARE(figure(r, "q", "published"), figure(r, "q", "consumed") + figure(r, "q", "depth") +
                                                  figure(r, "q", "in_flight"));
        // No user saw an error: the queue answered every publish.
        QCOMPARE(r.failed, std::uint64_t(0));
    }

    void aConsumerThatCallsADatabaseAcknowledges()
    {
        // The job writes its result: the consumer is a web server calling a database (which
        // answers with versions of its own). Every message is acknowledged once.
        Design d;
        d.durationS = 600;
        d.warmupS = 0;
        std::string text = yaml(d);
        text.replace(text.find("kind: service"), 13, "kind: web_server");
        text.replace(text.find("links:"), 6,
                     "  - {id: db, kind: database, workers: 8}\nlinks:\n  - {from: consumers, to: "
                     "db}");
        const LoadResult loaded = parseScenario(text, "queue.yaml");
        QVERIFY2(loaded.ok(), loaded.message().c_str());
        Simulation sim(*loaded.scenario);
        sim.runUntil(d.durationS);
        const RunResult r = sim.result();
        QVERIFY(r.component("db")->arrived > 20000);
        QCOMPARE(figure(r, "q", "redelivered"), 0.0);
        QCOMPARE(figure(r, "q", "duplicates"), 0.0);
        QVERIFY(figure(r, "q", "published") - figure(r, "q", "consumed") < 20);
    }

    void theQueuesOwnRestartKeepsItsMessages()
    {
        // The queue fails for 100 ms: publishes fail meanwhile, but the messages it held stay,
        // and acknowledgements that come back after it recovered still count.
        Design d;
        d.rate = 50;
        d.workers = 30; // of half a second each: about 25 messages in flight at any time
        d.serviceMs = 500;
        d.durationS = 300;
        d.warmupS = 0;
        d.faults = "faults:\n  - {at_s: 100, component: q, action: fail}\n"
                   "  - {at_s: 100.1, component: q, action: recover}\n";
        Simulation sim(scenario(d));
        sim.runUntil(d.durationS);
        const RunResult r = sim.result();
        QCOMPARE(figure(r, "q", "lost"), 0.0);
        // Only the acknowledgements that arrived in those 100 ms (about 5) were lost with
        // it: those messages come back once; the thousands in flight or waiting do not.
        QVERIFY(figure(r, "q", "redelivered") <= 12);
        QCOMPARE(figure(r, "q", "published"), figure(r, "q", "consumed") + figure(r, "q", "depth") +
                                                  figure(r, "q", "in_flight"));
        QVERIFY(r.byCause[static_cast<int>(FailureCause::Down)] > 0); // publishes refused
    }

    void aFullQueueRefusesPublishes()
    {
        Design d;
        d.rate = 80; // more than 3 workers of 20/s can take
        d.capacity = 200;
        d.durationS = 300;
        d.warmupS = 0;
        Simulation sim(scenario(d));
        sim.runUntil(d.durationS);
        const RunResult r = sim.result();
        QVERIFY(figure(r, "q", "max_depth") <= 200);
        QVERIFY(figure(r, "q", "refused") > 1000);
        QCOMPARE(static_cast<double>(r.byCause[static_cast<int>(FailureCause::Rejected)]),
                 figure(r, "q", "refused"));
        QCOMPARE(figure(r, "q", "lost"), 0.0);
    }

    void badInputIsRefusedAtItsField()
    {
        Design d;
        std::string text = yaml(d);
        text.replace(text.find("capacity: 1000000, "), 19, "capacity: unbounded, ");
        LoadResult bad = parseScenario(text, "queue.yaml");
        QVERIFY(!bad.ok());
        QVERIFY2(bad.message().find("components[1].capacity") != std::string::npos,
                 bad.message().c_str());
        QVERIFY2(bad.message().find("queue.yaml:7") != std::string::npos, bad.message().c_str());

        text = yaml(d);
        text.replace(text.find("visibility_timeout_s: 30"), 24, "visibility_timeout_s: 0");
        bad = parseScenario(text, "queue.yaml");
        QVERIFY(!bad.ok());
        QVERIFY2(bad.message().find("visibility_timeout_s") != std::string::npos,
                 bad.message().c_str());

        text = yaml(d);
        text.replace(text.find("kind: service"), 13, "kind: database");
        bad = parseScenario(text, "queue.yaml");
        QVERIFY(!bad.ok());
        QVERIFY2(bad.message().find("links[1]") != std::string::npos, bad.message().c_str());
    }
};

QTEST_APPLESS_MAIN(TestMessageQueue)
#include "tst_message_queue.moc"
