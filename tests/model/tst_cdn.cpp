// The CDN kind: an edge whose hit ratio emerges from the assets' popularity and the TTL
// and agrees with the TTL-cache formula; a deploy makes every asset a miss exactly once;
// an outage fails static requests until the fallback delay, then sends them to the
// origin, and back to the edge when it recovers; users' links split requests by kind.
// (Lesson 7 in numbers is in tst_examples.)
#include "analytic/cache_theory.h"
#include "scenario/scenario_io.h"
#include "sim/simulation.h"

#include <QtTest>

#include <cmath>
#include <sstream>
#include <string>

using namespace scalelab;

namespace {

struct Design {
    double rate = 200;
    double staticShare = 1.0;
    int assets = 1000;
    double zipf = 0.8;
    double ttlS = 2;
    double fallbackS = 10;
    double originLatencyMs = 0;
    std::string faults;
};

Scenario scenario(const Design &d)
{
    const std::string yaml =
        "scalelab: 1\nname: cdn\nseed: 5\nrun: {duration_s: 1200, warmup_s: 200}\n"
        "components:\n"
        "  - {id: users, kind: clients, rate_rps: " +
        std::to_string(d.rate) + ", mix: {read: " + std::to_string(1 - d.staticShare) +
        ", static: " + std::to_string(d.staticShare) +
        "}, assets: {count: " + std::to_string(d.assets) + ", zipf: " + std::to_string(d.zipf) +
        "}}\n"
        "  - {id: cdn, kind: cdn, ttl_s: " +
        std::to_string(d.ttlS) + ", fallback_s: " + std::to_string(d.fallbackS) +
        "}\n"
        "  - {id: web, kind: web_server, workers: 64, service_ms: {dist: constant, mean: 2}}\n"
        "links:\n"
        "  - {from: users, to: cdn, kinds: [static]}\n"
        "  - {from: users, to: web}\n"
        "  - {from: cdn, to: web, latency_ms: " +
        std::to_string(d.originLatencyMs) + "}\n" + d.faults;
    const LoadResult loaded = parseScenario(yaml, "cdn.yaml");
    if (!loaded.ok())
        qFatal("%s", loaded.message().c_str());
    return *loaded.scenario;
}

double figure(const Simulation &sim, const char *id, const char *key)
{
    const RunResult r = sim.result();
    const ComponentResult *c = r.component(id);
    if (!c || !c->figure(key))
        qFatal("no figure %s.%s", id, key);
    return c->figure(key)->value;
}

std::uint64_t arrivedAt(const Simulation &sim, const char *id)
{
    return sim.result().component(id)->arrived;
}

int countLog(const Simulation &sim, const std::string &what)
{
    int n = 0;
    for (const LogEntry &e : sim.log())
        n += e.what.find(what) != std::string::npos ? 1 : 0;
    return n;
}

std::vector<ScenarioError> refusals(const std::string &yaml)
{
    const LoadResult r = parseScenario(yaml, "bad.yaml");
    return r.errors;
}

} // namespace

class TestCdn : public QObject {
    Q_OBJECT
private slots:
    void ttlEdgeAgreesWithTheFormula()
    {
        // sum_i p_i * lambda p_i T / (1 + lambda p_i T): each fill is followed by the hits
        // that come before it expires.
        for (const double ttl : {1.0, 5.0}) {
            Design d;
            d.ttlS = ttl;
            const Scenario design = scenario(d);
            Simulation sim(design);
            sim.run();
            const double simulated = figure(sim, "cdn", "hit_ratio");
            // The hit-ratio chart's theory line is this formula.
            const CachePrediction line = predictHitRatio(design, "cdn");
            QVERIFY2(line.applies, line.whyNot.c_str());
            const double theory =
                ttlHitRatio(keyClasses(KeysModel{.count = d.assets, .zipf = d.zipf}), d.rate, ttl);
            QCOMPARE(line.hitRatio, theory);
            QVERIFY2(std::abs(simulated - theory) <= 0.02 * theory,
                     qPrintable(QStringLiteral("TTL %1 s: simulated %2, theory %3")
                                    .arg(ttl)
                                    .arg(simulated)
                                    .arg(theory)));
        }
    }

    void aHitStaysAtTheEdgeAMissGoesToTheOrigin()
    {
        Design d;
        d.staticShare = 0.5;
        d.ttlS = 30;
        Simulation sim(scenario(d));
        sim.run();
        const RunResult r = sim.result();
        const double hits = figure(sim, "cdn", "hits");
        const double misses = figure(sim, "cdn", "misses");
        QCOMPARE(figure(sim, "cdn", "origin_requests"), misses);
        // The web server sees the reads (users -> web) and the CDN's misses, nothing more.
        const double reads = static_cast<double>(r.latencyByKind[0].count);
        const double atWeb = static_cast<double>(r.component("web")->served);
        QVERIFY2(
            std::abs(atWeb - (reads + misses)) <= 0.001 * atWeb + 50,
            qPrintable(
                QStringLiteral("web %1, reads %2 + misses %3").arg(atWeb).arg(reads).arg(misses)));
        QVERIFY(hits > misses);
    }

    void aDeployMakesEveryAssetAMissOnce()
    {
        Design d;
        d.assets = 200;
        d.zipf = 0; // every asset asked for about once a second
        d.ttlS = 0; // never expires: misses come from the deploy only
        Simulation sim(scenario(d));
        sim.runUntil(400);
        const double before = figure(sim, "cdn", "misses");
        sim.runUntil(500);
        QCOMPARE(figure(sim, "cdn", "misses"), before); // warm: no misses at all
        const std::uint64_t originBefore = arrivedAt(sim, "web");
        sim.deployAssets("");
        sim.runUntil(600);
        const double deployMisses = figure(sim, "cdn", "misses") - before;
        // Each asset once; a second request for one that arrives while its first fetch is
        // on the way misses too (a few, at 1 request per second and a fetch of 3 ms).
        QVERIFY2(deployMisses >= 200 && deployMisses <= 206,
                 qPrintable(QString::number(deployMisses)));
        QCOMPARE(static_cast<double>(arrivedAt(sim, "web") - originBefore), deployMisses);
        QCOMPARE(countLog(sim, "new version deployed"), 1);
        QCOMPARE(figure(sim, "cdn", "deploys"), 1.0);
    }

    void aScheduledDeployIsTheSameAsOneByHand()
    {
        Design d;
        d.ttlS = 0;
        d.faults = "faults:\n  - {at_s: 500, action: deploy}\n";
        Simulation scheduled(scenario(d));
        scheduled.run();
        d.faults.clear();
        Simulation byHand(scenario(d));
        byHand.runUntil(500);
        byHand.deployAssets("cdn");
        byHand.run();
        QCOMPARE(figure(scheduled, "cdn", "misses"), figure(byHand, "cdn", "misses"));
        QVERIFY(figure(scheduled, "cdn", "misses") > 500); // the assets asked for after 500 s
    }

    void anOutageFallsBackToTheOriginAfterTheDelay()
    {
        Design d;
        d.ttlS = 60;
        d.fallbackS = 10;
        d.faults = "faults:\n  - {at_s: 400, component: cdn, action: fail}\n"
                   "  - {at_s: 500, component: cdn, action: recover}\n";
        Simulation sim(scenario(d));
        sim.runUntil(399);
        const std::uint64_t web399 = arrivedAt(sim, "web");
        const std::uint64_t down399 = sim.result().byCause[static_cast<int>(FailureCause::Down)];
        sim.runUntil(409.9);
        // Within the delay: static requests fail at the dead edge, the origin is spared.
        const std::uint64_t down =
            sim.result().byCause[static_cast<int>(FailureCause::Down)] - down399;
        QVERIFY2(down > 0.8 * 200 * 10 && down < 1.2 * 200 * 10, qPrintable(QString::number(down)));
        QVERIFY(arrivedAt(sim, "web") - web399 < 200);
        sim.runUntil(420);
        const std::uint64_t web420 = arrivedAt(sim, "web");
        const std::uint64_t down420 = sim.result().byCause[static_cast<int>(FailureCause::Down)];
        sim.runUntil(490);
        // Fallen back: the origin takes every request, nothing fails.
        QCOMPARE(sim.result().byCause[static_cast<int>(FailureCause::Down)], down420);
        const double originRate = static_cast<double>(arrivedAt(sim, "web") - web420) / 70.0;
        QVERIFY2(originRate > 180 && originRate < 220, qPrintable(QString::number(originRate)));
        QVERIFY(figure(sim, "cdn", "redirected_to_origin") > 0.9 * 200 * 70);
        QCOMPARE(countLog(sim, "users load static assets from the origin"), 1);
        sim.runUntil(520);
        const std::uint64_t web520 = arrivedAt(sim, "web");
        sim.runUntil(600);
        // Back on the edge (it came back cold, and warms up).
        QCOMPARE(countLog(sim, "users load static assets from the CDN again"), 1);
        QVERIFY(static_cast<double>(arrivedAt(sim, "web") - web520) / 80.0 < 0.5 * originRate);
    }

    void anOutageShorterThanTheDelayNeverFallsBack()
    {
        Design d;
        d.faults = "faults:\n  - {at_s: 400, component: cdn, action: fail}\n"
                   "  - {at_s: 405, component: cdn, action: recover}\n"
                   "  - {at_s: 412, component: cdn, action: fail}\n"
                   "  - {at_s: 418, component: cdn, action: recover}\n";
        Simulation sim(scenario(d));
        sim.run();
        // Two short outages, 11 s apart in all: neither lasts the 10 s fallback delay.
        QCOMPARE(countLog(sim, "users load static assets from the origin"), 0);
        QCOMPARE(figure(sim, "cdn", "redirected_to_origin"), 0.0);
    }

    void usersSplitRequestsByTheirLinksKinds_data()
    {
        QTest::addColumn<QString>("links");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("message");
        QTest::newRow("two links for every kind")
            << "  - {from: users, to: cdn}\n  - {from: users, to: web}\n"
            << "links[1].kinds"
            << "already send every kind of request to 'cdn'";
        QTest::newRow("static named twice") << "  - {from: users, to: cdn, kinds: [static]}\n"
                                               "  - {from: users, to: web, kinds: [read, static]}\n"
                                            << "links[1].kinds"
                                            << "already send their static requests to 'cdn'";
    }

    void usersSplitRequestsByTheirLinksKinds()
    {
        QFETCH(QString, links);
        QFETCH(QString, field);
        QFETCH(QString, message);
        const std::string yaml = "scalelab: 1\ncomponents:\n"
                                 "  - {id: users, kind: clients}\n"
                                 "  - {id: cdn, kind: cdn}\n"
                                 "  - {id: web, kind: web_server}\n"
                                 "links:\n" +
                                 links.toStdString() + "  - {from: cdn, to: web}\n";
        const std::vector<ScenarioError> errors = refusals(yaml);
        QVERIFY(!errors.empty());
        bool found = false;
        for (const ScenarioError &e : errors)
            if (e.field == field.toStdString() &&
                e.message.find(message.toStdString()) != std::string::npos) {
                found = true;
                QVERIFY2(e.line > 0, "the refusal is placed at its line");
            }
        QVERIFY2(found, errors.front().message.c_str());
    }

    void theOriginLinkCarriesEveryMiss_data()
    {
        QTest::addColumn<QString>("link");
        QTest::addColumn<QString>("field");
        QTest::newRow("probability") << "{from: cdn, to: web, probability: 0.5}"
                                     << "links[2].probability";
        QTest::newRow("kinds") << "{from: cdn, to: web, kinds: [static]}"
                               << "links[2].kinds";
    }

    void theOriginLinkCarriesEveryMiss()
    {
        // Else a skipped call would answer a miss at the edge without fetching anything.
        QFETCH(QString, link);
        QFETCH(QString, field);
        const std::string yaml = "scalelab: 1\ncomponents:\n"
                                 "  - {id: users, kind: clients}\n"
                                 "  - {id: cdn, kind: cdn}\n"
                                 "  - {id: web, kind: web_server}\n"
                                 "links:\n  - {from: users, to: cdn, kinds: [static]}\n"
                                 "  - {from: users, to: web}\n  - " +
                                 link.toStdString() + "\n";
        bool found = false;
        for (const ScenarioError &e : refusals(yaml))
            found = found || (e.field == field.toStdString() && e.line > 0);
        QVERIFY(found);
    }

    void withoutAnotherWayNobodyFallsBack()
    {
        // The users reach the web server only for reads: nothing to fall back along.
        const std::string yaml =
            "scalelab: 1\nrun: {duration_s: 100, warmup_s: 0}\ncomponents:\n"
            "  - {id: users, kind: clients, rate_rps: 50, mix: {read: 0.5, static: 0.5}}\n"
            "  - {id: cdn, kind: cdn, fallback_s: 5}\n"
            "  - {id: web, kind: web_server}\n"
            "links:\n  - {from: users, to: cdn, kinds: [static]}\n"
            "  - {from: users, to: web, kinds: [read]}\n  - {from: cdn, to: web}\n"
            "faults:\n  - {at_s: 20, component: cdn, action: fail}\n";
        const LoadResult loaded = parseScenario(yaml, "nofallback.yaml");
        QVERIFY2(loaded.ok(), loaded.message().c_str());
        Simulation sim(*loaded.scenario);
        sim.run();
        QCOMPARE(countLog(sim, "users load static assets from the origin"), 0);
        QCOMPARE(countLog(sim, "no other way to the assets"), 1);
        QCOMPARE(figure(sim, "cdn", "redirected_to_origin"), 0.0);
    }

    void aDeletedCdnLogsNoFallback()
    {
        Design d;
        Scenario s = scenario(d);
        Simulation sim(s);
        sim.runUntil(300);
        // Users now go straight to the origin; the CDN is deleted while running.
        s.components.erase(s.components.begin() + 1);
        s.links.erase(s.links.begin());
        s.links.pop_back();
        QVERIFY(validateScenario(s).empty());
        sim.applyScenario(s);
        sim.run();
        QCOMPARE(countLog(sim, "down for"), 0);
    }

    void withoutACdnTheAssetsModelChangesNothing()
    {
        // Static requests that reach no CDN keep their data keys (and old designs their
        // numbers): the assets' popularity is drawn only for requests that may use it.
        const auto json = [](int assets) {
            const std::string yaml =
                "scalelab: 1\nrun: {duration_s: 200, warmup_s: 0}\ncomponents:\n"
                "  - {id: users, kind: clients, rate_rps: 100, mix: {read: 0.5, static: 0.5}, "
                "keys: {count: 1000}, assets: {count: " +
                std::to_string(assets) +
                "}}\n"
                "  - {id: web, kind: web_server}\n"
                "  - {id: cache, kind: cache, max_keys: 100}\n"
                "  - {id: db, kind: database}\n"
                "links:\n  - {from: users, to: web}\n  - {from: web, to: cache}\n"
                "  - {from: cache, to: db}\n";
            const LoadResult loaded = parseScenario(yaml, "nocdn.yaml");
            if (!loaded.ok())
                qFatal("%s", loaded.message().c_str());
            Simulation sim(*loaded.scenario);
            sim.run();
            std::ostringstream out;
            RunResult r = sim.result();
            r.wallS = 0;
            writeJson(out, r);
            return out.str();
        };
        QCOMPARE(json(10), json(1000));
    }

    void aDeployNamesACdnOrNothing()
    {
        const std::string base = "scalelab: 1\ncomponents:\n"
                                 "  - {id: users, kind: clients, mix: {static: 1}}\n"
                                 "  - {id: cdn, kind: cdn}\n"
                                 "  - {id: web, kind: web_server}\n"
                                 "links:\n  - {from: users, to: cdn, kinds: [static]}\n"
                                 "  - {from: users, to: web}\n  - {from: cdn, to: web}\n"
                                 "faults:\n";
        const std::vector<ScenarioError> wrong =
            refusals(base + "  - {at_s: 5, action: deploy, component: web}\n");
        QCOMPARE(wrong.size(), std::size_t(1));
        QCOMPARE(wrong[0].field, std::string("faults[0].component"));
        QCOMPARE(wrong[0].line, 11);
        QVERIFY(wrong[0].message.find("name a cdn") != std::string::npos);
        // A deploy of the whole site needs no component, and survives the writer.
        const LoadResult site = parseScenario(base + "  - {at_s: 5, action: deploy}\n", "ok.yaml");
        QVERIFY2(site.ok(), site.message().c_str());
        const std::string written = writeScenario(*site.scenario);
        QVERIFY(written.find("component:") == std::string::npos);
        const LoadResult again = parseScenario(written, "again.yaml");
        QVERIFY(again.ok() && *again.scenario == *site.scenario);
        // Any other fault still needs its component.
        QCOMPARE(refusals(base + "  - {at_s: 5, action: fail}\n").front().field,
                 std::string("faults[0].component"));
    }

    void theJsonHasLatencyByKind()
    {
        Design d;
        d.staticShare = 0.5;
        d.originLatencyMs = 50;
        Simulation sim(scenario(d));
        sim.runUntil(400);
        std::ostringstream json;
        writeJson(json, sim.result());
        const std::string text = json.str();
        QVERIFY(text.find("\"latency_ms\": {\"count\": ") != std::string::npos);
        const auto byKind = text.find("\"by_kind\": {");
        QVERIFY(byKind != std::string::npos);
        QVERIFY(text.find("\"static\": {\"count\": ", byKind) != std::string::npos);
        QVERIFY(text.find("\"read\": {\"count\": ", byKind) != std::string::npos);
        QVERIFY(text.find("\"origin_requests\": ") != std::string::npos);
    }
};

QTEST_APPLESS_MAIN(TestCdn)
#include "tst_cdn.moc"
