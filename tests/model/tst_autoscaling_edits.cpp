// Autoscaling under a student's live edits and failures: a group removed and restored (an
// undo) mid-run leaves no server booting forever and checks once per interval; a lowered
// max is honoured; a server the group added that fails is replaced; a group made mid-run averages
// over its own time; and all groups together are bounded by validation.
#include "scenario/scenario_io.h"
#include "sim/simulation.h"

#include <QtTest>

#include <string>

using namespace scalelab;

namespace {

std::string yamlOf(const std::string &scaling)
{
    return "scalelab: 1\nname: edits\nseed: 3\nrun: {duration_s: 1200, warmup_s: 60}\n"
           "components:\n"
           "  - {id: users, kind: clients, users: 5000, curve: [{t_s: 0, rate_rps: 60}, "
           "{t_s: 300, rate_rps: 800}, {t_s: 1200, rate_rps: 800}]}\n"
           "  - {id: lb, kind: load_balancer}\n"
           "  - {id: web1, kind: web_server, workers: 8, service_ms: {dist: exponential, "
           "mean: 40}, cost_per_hour: 0.4}\n"
           "links:\n  - {from: users, to: lb}\n  - {from: lb, to: web1}\n"
           "groups:\n  - {id: fleet, kind: autoscaling, members: [web1], scaling: " +
           scaling + "}\n";
}

Scenario scenario(const std::string &scaling)
{
    const LoadResult loaded = parseScenario(yamlOf(scaling), "edits.yaml");
    if (!loaded.ok())
        qFatal("%s", loaded.message().c_str());
    return *loaded.scenario;
}

const std::string kScaling =
    "{target_utilization: 0.6, min: 1, max: 10, cooldown_s: 0, boot_s: 25, interval_s: 10}";

double firstLogTime(const Simulation &sim, const std::string &part)
{
    for (const LogEntry &e : sim.result().log)
        if (e.what.find(part) != std::string::npos)
            return e.t_s;
    return -1;
}

const Autoscaling::Group &fleet(const Simulation &sim)
{
    return sim.autoscaling().groups().front();
}

} // namespace

class TestAutoscalingEdits : public QObject {
    Q_OBJECT
private slots:
    void removedAndRestoredGroupGoesOnAsBefore();
    void aLoweredMaxIsHonoured();
    void aFailedAddedServerIsReplaced();
    void aGroupMadeMidRunAveragesOverItsOwnTime();
    void allGroupsTogetherAreBounded();
};

void TestAutoscalingEdits::removedAndRestoredGroupGoesOnAsBefore()
{
    const Scenario s = scenario(kScaling);
    Simulation sim(s);
    sim.runUntil(400);
    const double out = firstLogTime(sim, "scale out");
    QVERIFY(out > 0);
    // Removed while its first new server boots, restored after the boot was due and before
    // the group's next check.
    Simulation again(s);
    again.runUntil(out + 24);
    QCOMPARE(fleet(again).members.size(), std::size_t(2));
    Scenario ungrouped = s;
    ungrouped.groups.clear();
    again.applyScenario(ungrouped);
    again.runUntil(out + 26);
    again.applyScenario(s);
    QVERIFY(fleet(again).live);
    QCOMPARE(fleet(again).members.size(), std::size_t(2));
    QVERIFY(fleet(again).members[1].state == Autoscaling::State::Serving);
    // One check chain: checks are an interval apart.
    double last = fleet(again).lastCheck;
    int checks = 0;
    for (double t = out + 27; t < out + 200; t += 1) {
        again.runUntil(t);
        if (fleet(again).lastCheck != last) {
            QVERIFY2(fleet(again).lastCheck - last >= 10 - 1e-9,
                     qPrintable(QString::number(fleet(again).lastCheck)));
            last = fleet(again).lastCheck;
            ++checks;
        }
    }
    QVERIFY(checks >= 15);
    again.run();
    for (const Autoscaling::Member &m : fleet(again).members)
        QVERIFY2(m.state == Autoscaling::State::Serving || again.now() - m.since < 25 + 30,
                 m.id.c_str());
    // It still follows the load: 800/s of 40 ms at 60 % of 8 workers is about 7 servers.
    QVERIFY(fleet(again).members.size() >= 6);
}

void TestAutoscalingEdits::aLoweredMaxIsHonoured()
{
    Scenario s = scenario(kScaling);
    Simulation sim(s);
    sim.runUntil(600);
    QVERIFY(fleet(sim).members.size() >= 6);
    s.groups[0].scaling.max = 3;
    sim.applyScenario(s);
    sim.runUntil(660);
    QCOMPARE(fleet(sim).members.size(), std::size_t(3));
    sim.run();
    QCOMPARE(sim.result().autoscaling[0].serversEnd, 3);
}

void TestAutoscalingEdits::aFailedAddedServerIsReplaced()
{
    const Scenario s = scenario(kScaling);
    Simulation sim(s);
    sim.runUntil(600);
    QVERIFY(sim.stationOf("fleet-1") >= 0);
    const std::size_t before = fleet(sim).members.size();
    sim.failComponent("fleet-1");
    sim.runUntil(660);
    const double replaced = firstLogTime(sim, "replaced: fleet-1 down");
    QVERIFY(replaced > 600);
    // A new server takes its place (the lowest free name is fleet-1 again), and boots.
    bool startedAgain = false;
    for (const LogEntry &e : sim.result().log)
        startedAgain = startedAgain || (e.t_s >= replaced && e.what.find("scale out") == 0 &&
                                        e.what.find("fleet-1") != std::string::npos);
    QVERIFY(startedAgain);
    QCOMPARE(fleet(sim).members.size(), before);
    sim.run();
    QVERIFY(sim.station(static_cast<std::uint32_t>(sim.stationOf("fleet-1"))).up);
    for (const Autoscaling::Member &m : fleet(sim).members)
        QVERIFY2(m.state != Autoscaling::State::Booting || sim.now() - m.since < 25, m.id.c_str());
}

void TestAutoscalingEdits::aGroupMadeMidRunAveragesOverItsOwnTime()
{
    const Scenario grouped = scenario(
        "{target_utilization: 0.6, min: 3, max: 3, cooldown_s: 0, boot_s: 0, interval_s: 10}");
    Scenario plain = grouped;
    plain.groups.clear();
    Simulation sim(plain);
    sim.runUntil(600);
    sim.applyScenario(grouped);
    sim.run();
    const RunResult r = sim.result();
    QCOMPARE(r.autoscaling.size(), std::size_t(1));
    QCOMPARE(r.autoscaling[0].serversMean, 3.0);
    QVERIFY(std::abs(r.autoscaling[0].costPerHourMean - 1.2) < 1e-9);
}

void TestAutoscalingEdits::allGroupsTogetherAreBounded()
{
    // Six groups of up to 200 servers each: 1200 servers in all, above the bound.
    std::string y = "scalelab: 1\nname: many\ncomponents:\n"
                    "  - {id: users, kind: clients}\n  - {id: lb, kind: load_balancer}\n";
    std::string links = "links:\n  - {from: users, to: lb}\n";
    std::string groups = "groups:\n";
    for (int i = 1; i <= 6; ++i) {
        const std::string web = "web" + std::to_string(i);
        y += "  - {id: " + web + ", kind: web_server}\n";
        links += "  - {from: lb, to: " + web + "}\n";
        groups += "  - {id: g" + std::to_string(i) + ", kind: autoscaling, members: [" + web +
                  "], scaling: {min: 1, max: 200}}\n";
    }
    const LoadResult loaded = parseScenario(y + links + groups, "many.yaml");
    QVERIFY(!loaded.ok());
    QCOMPARE(loaded.errors.size(), std::size_t(1));
    QCOMPARE(loaded.errors[0].field, std::string("groups[5].scaling.max"));
    QVERIFY(loaded.errors[0].message.find("1200 servers") != std::string::npos);
    // Five of them are 1000: allowed.
    std::string five = groups.substr(0, groups.rfind("  - {id: g6"));
    QVERIFY2(parseScenario(y + links + five, "five.yaml").ok(),
             parseScenario(y + links + five, "five.yaml").message().c_str());
}

QTEST_APPLESS_MAIN(TestAutoscalingEdits)
#include "tst_autoscaling_edits.moc"
