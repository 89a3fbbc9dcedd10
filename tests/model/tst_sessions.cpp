// Sessions (stage 8): users log in where their first request lands; a web server keeping
// sessions in memory loses them when it fails or is removed, and its users are logged out
// at their next request (exactly those it held); a sticky balancer keeps users on their
// server, round robin does not; a shared session store keeps everyone logged in whatever
// happens to the servers, adds its latency to every request, and fails them while down.
#include "scenario/scenario_io.h"
#include "sim/goal_tracker.h"
#include "sim/simulation.h"

#include <QtTest>

#include <sstream>
#include <string>

using namespace scalelab;

namespace {

struct Design {
    std::string session = "local";    ///< the web servers'
    std::string algorithm = "sticky"; ///< the balancer's
    int servers = 4;
    int users = 1000;
    double rate = 100;
    double interval = 0; ///< the balancer's health-check interval
    std::string faults;
};

std::string yamlOf(const Design &d)
{
    std::string y = "scalelab: 1\nname: sessions\nseed: 3\nrun: {duration_s: 600, warmup_s: 50}\n"
                    "components:\n"
                    "  - {id: users, kind: clients, users: " +
                    std::to_string(d.users) + ", rate_rps: " + std::to_string(d.rate) +
                    "}\n"
                    "  - {id: lb, kind: load_balancer, algorithm: " +
                    d.algorithm + ", health_check: {interval_s: " + std::to_string(d.interval) +
                    "}}\n";
    for (int i = 1; i <= d.servers; ++i)
        y += "  - {id: web" + std::to_string(i) + ", kind: web_server, session: " + d.session +
             "}\n";
    if (d.session == "store")
        y += "  - {id: store, kind: session_store}\n";
    y += "links:\n  - {from: users, to: lb}\n";
    for (int i = 1; i <= d.servers; ++i) {
        y += "  - {from: lb, to: web" + std::to_string(i) + "}\n";
        if (d.session == "store")
            y += "  - {from: web" + std::to_string(i) + ", to: store}\n";
    }
    return y + d.faults;
}

Scenario scenario(const Design &d)
{
    const LoadResult loaded = parseScenario(yamlOf(d), "sessions.yaml");
    if (!loaded.ok())
        qFatal("%s", loaded.message().c_str());
    return *loaded.scenario;
}

std::uint64_t lost(const RunResult &r)
{
    return r.byCause[static_cast<std::size_t>(FailureCause::SessionLost)];
}

std::vector<std::string> refusalFields(const std::string &yaml,
                                       Completeness completeness = Completeness::Whole)
{
    std::vector<std::string> fields;
    for (const ScenarioError &e : parseScenario(yaml, "bad.yaml", completeness).errors)
        fields.push_back(e.field + ": " + e.message);
    return fields;
}

bool refusedAt(const std::vector<std::string> &fields, const std::string &field)
{
    for (const std::string &f : fields)
        if (f.starts_with(field + ":"))
            return true;
    return false;
}

} // namespace

class TestSessions : public QObject {
    Q_OBJECT
private slots:
    void killingAServerLogsOutExactlyTheSessionsItHeld()
    {
        Simulation sim(scenario(Design{}));
        sim.runUntil(100);
        const std::uint32_t web1 = static_cast<std::uint32_t>(sim.stationOf("web1"));
        const std::uint64_t held = sim.sessions().held(web1);
        // Every user has logged in by now, a quarter of them on each server (hashing).
        QVERIFY(sim.sessions().active() >= 990);
        QVERIFY2(held > 200 && held < 300, qPrintable(QString::number(held)));
        const RunResult before = sim.result();
        QCOMPARE(lost(before), std::uint64_t(0)); // sticky: nobody logged out yet
        sim.failComponent("web1");
        sim.runUntil(150);
        sim.recoverComponent("web1");
        sim.run();
        const RunResult r = sim.result();
        QVERIFY(r.sessionsKept);
        QCOMPARE(r.sessionsDropped, held);
        // Each of its users comes back once in the next 450 s (a user every 10 s on
        // average) and finds the session gone: exactly that many are logged out, and only
        // those (the others' servers never failed).
        QCOMPARE(r.loggedOut, held);
        QCOMPARE(lost(r), held);
        QCOMPARE(r.sessionsActive, std::uint64_t(1000));
        QCOMPARE(r.component("web1")->figure("sessions_dropped")->value, double(held));
        bool logged = false;
        for (const LogEntry &e : r.log)
            logged = logged || (e.component == "web1" &&
                                e.what.starts_with(std::to_string(held) + " sessions lost"));
        QVERIFY(logged);
    }

    void aRecoveredServerGetsNobodyBackSoStickyLoadIsUneven()
    {
        Design d;
        d.faults = "faults:\n  - {at_s: 100, component: web1, action: fail}\n"
                   "  - {at_s: 150, component: web1, action: recover}\n";
        Simulation sticky(scenario(d));
        sticky.run();
        d.algorithm = "round_robin";
        d.session = "store";
        Simulation roundRobin(scenario(d));
        roundRobin.run();
        const RunResult stickyResult = sticky.result();
        const RunResult roundRobinResult = roundRobin.result();
        const ComponentResult *s = stickyResult.component("lb");
        const ComponentResult *rr = roundRobinResult.component("lb");
        const double stickySpread = s->figure("targets.utilization_spread")->value;
        const double rrSpread = rr->figure("targets.utilization_spread")->value;
        // The users web1 had were hashed over the others and their cookies keep them there.
        QVERIFY2(stickySpread > 5 * rrSpread,
                 qPrintable(
                     QStringLiteral("sticky %1, round robin %2").arg(stickySpread).arg(rrSpread)));
        QCOMPARE(s->figure("targets.utilization_min")->value,
                 stickyResult.component("web1")->utilization);
    }

    void roundRobinWithLocalSessionsLogsUsersOutAllTheTime()
    {
        Design d;
        d.algorithm = "round_robin";
        Simulation sim(scenario(d));
        sim.run();
        const RunResult r = sim.result();
        // A user's next request lands on another server 3 times in 4.
        QVERIFY2(lost(r) > r.arrived / 4, qPrintable(QString::number(lost(r))));
        // (Requests sent before the warm-up ended count as logged out, not as failures.)
        QVERIFY(r.loggedOut >= lost(r) && r.loggedOut <= lost(r) + 10);
        QCOMPARE(r.sessionsDropped, std::uint64_t(0));
        // Each is an error at the server that found no session, not a request it served.
        QVERIFY(r.component("web1")->failed > lost(r) / 8);
    }

    void aSharedStoreKeepsEveryoneLoggedInWhateverHappensToTheServers()
    {
        Design d;
        d.session = "store";
        d.algorithm = "round_robin";
        d.faults = "faults:\n  - {at_s: 100, component: web1, action: fail}\n";
        Simulation sim(scenario(d));
        sim.runUntil(200);
        // Scale in: web4 is removed while running.
        Design fewer = d;
        fewer.servers = 3;
        sim.applyScenario(scenario(fewer));
        sim.run();
        const RunResult r = sim.result();
        QCOMPARE(r.loggedOut, std::uint64_t(0));
        QCOMPARE(lost(r), std::uint64_t(0));
        QCOMPARE(r.sessionsActive, std::uint64_t(1000));
        QCOMPARE(r.component("store")->figure("sessions")->value, 1000.0);
    }

    void removingAServerWithLocalSessionsLogsOutItsUsers()
    {
        Design d;
        Simulation sim(scenario(d));
        sim.runUntil(200);
        const auto web4 = static_cast<std::uint32_t>(sim.stationOf("web4"));
        const std::uint64_t held = sim.sessions().held(web4);
        QVERIFY(held > 0);
        Design fewer = d;
        fewer.servers = 3;
        sim.applyScenario(scenario(fewer));
        sim.run();
        const RunResult r = sim.result();
        QCOMPARE(r.sessionsDropped, held);
        QCOMPARE(r.loggedOut, held);
    }

    void twoStickyBalancersInARowKeepTheirOwnTargets()
    {
        // users -> lb1 (sticky) -> web1, web2 (local sessions) -> lb2 (sticky) -> api1, api2.
        // The cookie names a web server; lb2 goes by the hash and leaves it alone, so after
        // web1 is back its old users stay where they are: logged out once, not twice.
        std::string y =
            "scalelab: 1\nname: two\nseed: 4\nrun: {duration_s: 600, warmup_s: 50}\n"
            "components:\n"
            "  - {id: users, kind: clients, users: 1000, rate_rps: 100}\n"
            "  - {id: lb1, kind: load_balancer, algorithm: sticky, health_check: {interval_s: 0}}\n"
            "  - {id: web1, kind: web_server, session: local}\n"
            "  - {id: web2, kind: web_server, session: local}\n"
            "  - {id: lb2, kind: load_balancer, algorithm: sticky, health_check: {interval_s: 0}}\n"
            "  - {id: api1, kind: service}\n  - {id: api2, kind: service}\n"
            "links:\n  - {from: users, to: lb1}\n  - {from: lb1, to: web1}\n"
            "  - {from: lb1, to: web2}\n  - {from: web1, to: lb2}\n  - {from: web2, to: lb2}\n"
            "  - {from: lb2, to: api1}\n  - {from: lb2, to: api2}\n";
        const LoadResult loaded = parseScenario(y, "two.yaml");
        QVERIFY2(loaded.ok(), loaded.message().c_str());
        Simulation sim(*loaded.scenario);
        sim.runUntil(100);
        const std::uint64_t held =
            sim.sessions().held(static_cast<std::uint32_t>(sim.stationOf("web1")));
        sim.failComponent("web1");
        sim.runUntil(150);
        sim.recoverComponent("web1");
        sim.run();
        QCOMPARE(sim.result().loggedOut, held);
    }

    void removingTheStoreForgetsItsSessions()
    {
        Design d;
        d.session = "store";
        Simulation sim(scenario(d));
        sim.runUntil(200);
        QCOMPARE(sim.sessions().active(), std::uint64_t(1000));
        Design none = d;
        none.session = "none";
        sim.applyScenario(scenario(none)); // no store any more
        sim.run();
        QCOMPARE(sim.sessions().active(), std::uint64_t(0));
        QCOMPARE(sim.result().sessionsDropped, std::uint64_t(1000));
    }

    void theStoreIsADependency()
    {
        // Its service time and the two trips of its link add to every request.
        Design d;
        d.session = "store";
        Simulation withStore(scenario(d));
        withStore.run();
        d.session = "none";
        Simulation without(scenario(d));
        without.run();
        const double added = withStore.result().latency.mean - without.result().latency.mean;
        QVERIFY2(added > 1.5 && added < 2.6, qPrintable(QString::number(added)));
        QCOMPARE(without.result().logins, std::uint64_t(0)); // only the sticky cookies

        // While it is down the requests that need it fail; its sessions survive it.
        d.session = "store";
        d.faults = "faults:\n  - {at_s: 100, component: store, action: fail}\n"
                   "  - {at_s: 110, component: store, action: recover}\n";
        Simulation down(scenario(d));
        down.run();
        const RunResult r = down.result();
        const auto failedDown = r.byCause[static_cast<std::size_t>(FailureCause::Down)];
        QVERIFY2(failedDown > 900 && failedDown < 1100, qPrintable(QString::number(failedDown)));
        QCOMPARE(r.loggedOut, std::uint64_t(0));
    }

    void sessionsAndCookiesInTheJson()
    {
        Simulation sim(scenario(Design{}));
        sim.run();
        std::ostringstream json;
        writeJson(json, sim.result());
        const std::string text = json.str();
        QVERIFY(text.find("\"session_lost\": 0") != std::string::npos);
        QVERIFY(text.find("\"sessions\": {\"logins\": ") != std::string::npos);
        QVERIFY(text.find("\"targets\": {\"utilization_min\": ") != std::string::npos);
        QVERIFY(text.find("\"sessions\": 2") != std::string::npos); // a server's held, 2xx
    }

    void theNewFieldsRoundTrip()
    {
        Design d;
        d.session = "store";
        const Scenario s = scenario(d);
        const LoadResult again = parseScenario(writeScenario(s), "again.yaml");
        QVERIFY2(again.ok(), again.message().c_str());
        QVERIFY(*again.scenario == s);
        QCOMPARE(again.scenario->find("web1")->as<WebServerParams>().session, SessionMode::Store);
        QCOMPARE(again.scenario->find("lb")->as<LoadBalancerParams>().algorithm,
                 LbAlgorithm::Sticky);
    }

    void badSessionDesignsAreRefusedWithTheirField()
    {
        Design d;
        d.session = "store";
        const std::string good = yamlOf(d);
        QVERIFY(refusalFields(good).empty());

        // A local server may not read sessions from a store: it keeps its own.
        std::string y = good;
        y.replace(y.find("web1, kind: web_server, session: store"),
                  std::string("web1, kind: web_server, session: store").size(),
                  "web1, kind: web_server, session: local");
        QVERIFY(refusedAt(refusalFields(y), "links[2]"));

        // session: store needs its link, but only in a design about to run.
        y = good;
        y.replace(y.find("  - {from: web1, to: store}\n"),
                  std::string("  - {from: web1, to: store}\n").size(), "");
        QVERIFY(refusedAt(refusalFields(y), "components[2].session"));
        QVERIFY(!refusedAt(refusalFields(y, Completeness::Part), "components[2].session"));

        // Every request reads its session: probability 1.
        y = good;
        y.replace(y.find("{from: web1, to: store}"), std::string("{from: web1, to: store}").size(),
                  "{from: web1, to: store, probability: 0.5}");
        QVERIFY(refusedAt(refusalFields(y), "links[2].probability"));

        // Only web servers read sessions from a store.
        y = good + "  - {from: lb, to: store}\n";
        QVERIFY(refusedAt(refusalFields(y), "links[9]"));

        // A session store calls nothing.
        y = good + "  - {from: store, to: web1}\n";
        QVERIFY(!refusalFields(y).empty());

        // The store's link carries every kind, or reads and writes would skip it.
        y = good;
        y.replace(y.find("{from: web1, to: store}"), std::string("{from: web1, to: store}").size(),
                  "{from: web1, to: store, kinds: [static]}");
        QVERIFY(refusedAt(refusalFields(y), "links[2].kinds"));

        // A store keeps a session per user, linked or not: bounded like the servers'.
        Design huge;
        huge.session = "none";
        huge.users = 20000000;
        huge.algorithm = "round_robin";
        std::string lone = yamlOf(huge);
        QVERIFY(refusalFields(lone).empty());
        lone.replace(lone.find("links:"), 6, "  - {id: lone, kind: session_store}\nlinks:");
        QVERIFY(refusedAt(refusalFields(lone), "components[6]"));

        // Too many users for the session tables.
        Design many;
        many.users = 20000000;
        const std::vector<std::string> fields = refusalFields(yamlOf(many));
        QVERIFY(refusedAt(fields, "components[1].algorithm"));
        QVERIFY(refusedAt(fields, "components[2].session"));

        // An unknown mode names its choices.
        y = good;
        y.replace(y.find("session: store"), std::string("session: store").size(),
                  "session: cookie");
        const LoadResult r = parseScenario(y, "bad.yaml");
        QVERIFY(!r.ok());
        QVERIFY2(r.message().find("local") != std::string::npos, r.message().c_str());
        QVERIFY2(r.message().find("bad.yaml:") != std::string::npos, r.message().c_str());
    }
};

QTEST_APPLESS_MAIN(TestSessions)
#include "tst_sessions.moc"
