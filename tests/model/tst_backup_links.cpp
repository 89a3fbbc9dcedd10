// Backup links and replicated session stores (stage 13: a design that survives the loss of
// any one component). A backup link is called only instead of a normal link whose target
// is down: while the first target is up it gets nothing, once it is down every call goes to
// the backup, and with both down the calls fail as before. Session stores of one set
// (replica_of) hold the same sessions: losing a member logs nobody out, two stores that
// are no set do. Users whose geoDNS is down ask the secondary on their backup link. A
// backup link without a normal link of its kinds beside it is refused at its position.
#include "scenario/scenario_io.h"
#include "sim/simulation.h"

#include <QtTest>

#include <string>

using namespace scalelab;

namespace {

Scenario scenario(const std::string &yaml)
{
    const LoadResult loaded = parseScenario(yaml, "backup.yaml");
    if (!loaded.ok())
        qFatal("%s", loaded.message().c_str());
    return *loaded.scenario;
}

std::uint64_t down(const RunResult &r)
{
    return r.byCause[static_cast<std::size_t>(FailureCause::Down)];
}

std::uint64_t arrived(const RunResult &r, const std::string &id)
{
    return r.component(id)->arrived;
}

/// A web server calling `first` on a normal link and `second` on a backup link.
const char *kTwoServices = R"(scalelab: 1
name: backup
seed: 5
run: {duration_s: 300, warmup_s: 0}
components:
  - {id: users, kind: clients, users: 1000, rate_rps: 100}
  - {id: web, kind: web_server}
  - {id: first, kind: service}
  - {id: second, kind: service}
links:
  - {from: users, to: web}
  - {from: web, to: first}
  - {from: web, to: second, backup: true}
)";

/// Web servers keeping sessions in `store`, with `store2` on backup links; `set` makes
/// store2 a replica of store.
std::string sessionDesign(bool set)
{
    return std::string("scalelab: 1\nname: sessions\nseed: 7\nrun: {duration_s: 400, "
                       "warmup_s: 0}\ncomponents:\n"
                       "  - {id: users, kind: clients, users: 20000, rate_rps: 200}\n"
                       "  - {id: lb, kind: load_balancer}\n"
                       "  - {id: web1, kind: web_server, session: store}\n"
                       "  - {id: web2, kind: web_server, session: store}\n"
                       "  - {id: store, kind: session_store}\n"
                       "  - {id: store2, kind: session_store") +
           (set ? ", replica_of: store" : "") +
           "}\n"
           "links:\n"
           "  - {from: users, to: lb}\n"
           "  - {from: lb, to: web1}\n"
           "  - {from: lb, to: web2}\n"
           "  - {from: web1, to: store}\n"
           "  - {from: web2, to: store}\n"
           "  - {from: web1, to: store2, backup: true}\n"
           "  - {from: web2, to: store2, backup: true}\n";
}

/// Users resolving through a geoDNS, with a second on a backup link when `backup`.
std::string dnsDesign(bool backup)
{
    std::string y = "scalelab: 1\nname: dns\nseed: 9\nrun: {duration_s: 200, warmup_s: 0}\n"
                    "components:\n"
                    "  - {id: users, kind: clients, users: 100000, rate_rps: 200}\n"
                    "  - {id: dns1, kind: geo_dns, ttl_s: 5, when_down: serve_stale}\n"
                    "  - {id: dns2, kind: geo_dns, ttl_s: 5, when_down: serve_stale}\n"
                    "  - {id: web, kind: web_server, workers: 64}\n"
                    "links:\n"
                    "  - {from: users, to: dns1}\n"
                    "  - {from: dns1, to: web}\n"
                    "  - {from: dns2, to: web}\n";
    if (backup)
        y += "  - {from: users, to: dns2, backup: true}\n";
    return y + "groups:\n  - {id: dc, kind: data_center, region: us-east, members: [web]}\n";
}

const ScenarioError *errorAt(const std::vector<ScenarioError> &errors, const std::string &field)
{
    for (const ScenarioError &e : errors)
        if (e.field == field)
            return &e;
    return nullptr;
}

} // namespace

class TestBackupLinks : public QObject {
    Q_OBJECT
private slots:
    void theBackupIsCalledOnlyWhileTheFirstIsDown()
    {
        Simulation sim(scenario(kTwoServices));
        sim.runUntil(100);
        const RunResult up = sim.result();
        QVERIFY(arrived(up, "first") > 5000);
        QCOMPARE(arrived(up, "second"), std::uint64_t(0));
        QCOMPARE(up.failed, std::uint64_t(0));

        sim.failComponent("first");
        sim.runUntil(101); // the calls first was serving when it died fail with it
        const RunResult justAfter = sim.result();
        sim.runUntil(200);
        const RunResult firstDown = sim.result();
        // Every call since goes to the backup (the caller knows at once) and none fails.
        QCOMPARE(arrived(firstDown, "first"), arrived(justAfter, "first"));
        QVERIFY(arrived(firstDown, "second") - arrived(justAfter, "second") > 5000);
        QCOMPARE(firstDown.failed, justAfter.failed);

        // Both down: the call goes to the down target and fails, as without a backup.
        sim.failComponent("second");
        sim.runUntil(201);
        const RunResult bothJustDown = sim.result();
        sim.runUntil(250);
        const RunResult bothDown = sim.result();
        QVERIFY(down(bothDown) - down(bothJustDown) > 3000);
        QCOMPARE(bothDown.completed, bothJustDown.completed);

        // The first comes back: calls go to it again, the backup gets none.
        sim.recoverComponent("first");
        sim.recoverComponent("second");
        sim.runUntil(251);
        const RunResult back = sim.result();
        sim.run();
        const RunResult end = sim.result();
        QCOMPARE(arrived(end, "second"), arrived(back, "second"));
        QCOMPARE(end.failed, back.failed);
    }

    void aSessionSetLosesNothingWhileAMemberIsUp()
    {
        Simulation sim(scenario(sessionDesign(true)));
        // The replica is down for a while: sessions made meanwhile are the set's all the
        // same, and it has them when it is back.
        sim.runUntil(50);
        sim.failComponent("store2");
        sim.runUntil(100);
        sim.recoverComponent("store2");
        sim.runUntil(150);
        const std::uint64_t logins = sim.result().logins;
        sim.failComponent("store");
        sim.runUntil(151);
        const RunResult justAfter = sim.result();
        sim.runUntil(250);
        const RunResult r = sim.result();
        QVERIFY(logins > 5000);
        QCOMPARE(r.loggedOut, std::uint64_t(0));
        QVERIFY(arrived(r, "store2") - arrived(justAfter, "store2") > 10000);
        QCOMPARE(r.failed, justAfter.failed);
        const auto store2 = static_cast<std::uint32_t>(sim.stationOf("store2"));
        const auto store = static_cast<std::uint32_t>(sim.stationOf("store"));
        QCOMPARE(sim.sessions().held(store2), sim.sessions().held(store));
        QCOMPARE(sim.sessions().held(store2), sim.sessions().active());

        // Both down: requests needing a session fail; the sessions are on disk, as a lone
        // store's are, so once a member is back nobody is logged out.
        sim.failComponent("store2");
        sim.runUntil(300);
        const RunResult bothDown = sim.result();
        QVERIFY(down(bothDown) - down(r) > 5000);
        sim.recoverComponent("store2");
        sim.run();
        QCOMPARE(sim.result().loggedOut, std::uint64_t(0));
    }

    void twoStoresThatAreNoSetLogUsersOut()
    {
        Simulation sim(scenario(sessionDesign(false)));
        sim.runUntil(150);
        QCOMPARE(sim.result().loggedOut, std::uint64_t(0));
        sim.failComponent("store");
        sim.runUntil(250);
        const RunResult r = sim.result();
        // The backup holds none of the first's sessions: its users log in again there.
        QVERIFY2(r.loggedOut > 1000, qPrintable(QString::number(r.loggedOut)));
    }

    void usersAskTheSecondaryGeoDnsWhenTheFirstIsDown()
    {
        for (const bool backup : {false, true}) {
            Simulation sim(scenario(dnsDesign(backup)));
            sim.runUntil(50);
            const RunResult up = sim.result();
            QCOMPARE(arrived(up, "dns2"), std::uint64_t(0));
            sim.failComponent("dns1");
            sim.runUntil(51);
            const RunResult justAfter = sim.result();
            sim.run();
            const RunResult r = sim.result();
            const std::uint64_t failedSince = r.failed - justAfter.failed;
            qInfo("backup %d: %llu failed while dns1 was down, dns2 asked %llu times", backup,
                  static_cast<unsigned long long>(failedSince),
                  static_cast<unsigned long long>(arrived(r, "dns2")));
            if (backup) {
                QCOMPARE(failedSince, std::uint64_t(0));
                QVERIFY(arrived(r, "dns2") > 10000);
            } else {
                // Users who never resolved (most of 100,000) fail while it is down.
                QVERIFY(down(r) - down(justAfter) > 10000);
            }
        }
    }

    void aBackupLinkNeedsANormalLinkOfItsKinds()
    {
        const std::string head = "scalelab: 1\nname: bad\ncomponents:\n"
                                 "  - {id: users, kind: clients}\n"
                                 "  - {id: web, kind: web_server}\n"
                                 "  - {id: a, kind: service}\n"
                                 "  - {id: b, kind: service}\n"
                                 "links:\n"
                                 "  - {from: users, to: web}\n";
        // Only a backup: refused at that link, with its line.
        const auto alone =
            parseScenario(head + "  - {from: web, to: b, backup: true}\n", "bad.yaml").errors;
        const ScenarioError *e = errorAt(alone, "links[1].backup");
        QVERIFY(e != nullptr);
        QCOMPARE(e->line, 10);
        QVERIFY2(e->message.find("no normal link") != std::string::npos, e->message.c_str());
        // A normal link of other kinds does not count.
        const auto otherKinds = parseScenario(head + "  - {from: web, to: a, kinds: [write]}\n"
                                                     "  - {from: web, to: b, kinds: [read], "
                                                     "backup: true}\n",
                                              "bad.yaml")
                                    .errors;
        QVERIFY(errorAt(otherKinds, "links[2].backup") != nullptr);
        // With one it is fine.
        QVERIFY(parseScenario(head + "  - {from: web, to: a}\n"
                                     "  - {from: web, to: b, backup: true}\n",
                              "good.yaml")
                    .ok());
        // Not a boolean: refused with its line.
        const auto word =
            parseScenario(head + "  - {from: web, to: a}\n  - {from: web, to: b, backup: maybe}\n",
                          "bad.yaml")
                .errors;
        const ScenarioError *w = errorAt(word, "links[2].backup");
        QVERIFY(w != nullptr);
        QCOMPARE(w->line, 11);
        // From a balancer, which spreads over its links rather than calling them: refused.
        const auto balancer = parseScenario("scalelab: 1\nname: bad\ncomponents:\n"
                                            "  - {id: users, kind: clients}\n"
                                            "  - {id: lb, kind: load_balancer}\n"
                                            "  - {id: a, kind: web_server}\n"
                                            "  - {id: b, kind: web_server}\n"
                                            "links:\n"
                                            "  - {from: users, to: lb}\n"
                                            "  - {from: lb, to: a}\n"
                                            "  - {from: lb, to: b, backup: true}\n",
                                            "bad.yaml")
                                  .errors;
        QVERIFY(errorAt(balancer, "links[2].backup") != nullptr);
    }

    void aBackupLinkAndAReplicaSurviveTheFile()
    {
        const Scenario s = scenario(sessionDesign(true));
        const std::string text = writeScenario(s);
        QVERIFY(text.find("backup: true") != std::string::npos);
        QVERIFY(text.find("replica_of: store") != std::string::npos);
        QCOMPARE(scenario(text), s);
        // A replica of something that is no session store is refused at its field.
        std::string bad = sessionDesign(true);
        bad.replace(bad.find("replica_of: store"), 17, "replica_of: web1");
        QVERIFY(errorAt(parseScenario(bad, "bad.yaml").errors, "components[5].replica_of") !=
                nullptr);
    }
};

QTEST_APPLESS_MAIN(TestBackupLinks)
#include "tst_backup_links.moc"
