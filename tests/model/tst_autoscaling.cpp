// Autoscaling (stage 8): a group of web servers behind a balancer follows a daily load
// curve, keeping its servers' utilization near the target and never more than max; a new
// server serves only after booting; scale-in drains a server before removing it; with
// sessions in the servers' memory a scale-in logs users out, with a shared store nobody;
// and the group costs less than a fleet sized for the peak.
#include "scenario/scenario_io.h"
#include "sim/goal_tracker.h"
#include "sim/simulation.h"

#include <QtTest>

#include <cmath>
#include <sstream>
#include <string>

using namespace scalelab;

namespace {

struct Design {
    std::string session = "none";
    std::string algorithm = "round_robin";
    double cookieS = 0;
    std::string scaling = "{target_utilization: 0.6, min: 1, max: 10, cooldown_s: 30, "
                          "boot_s: 30, interval_s: 10}";
    std::string curve = "[{t_s: 0, rate_rps: 60}, {t_s: 200, rate_rps: 80}, "
                        "{t_s: 500, rate_rps: 800}, {t_s: 700, rate_rps: 900}, "
                        "{t_s: 1000, rate_rps: 300}, {t_s: 1200, rate_rps: 80}]";
    double duration = 1200;
};

std::string yamlOf(const Design &d)
{
    std::string y =
        "scalelab: 1\nname: autoscaling\nseed: 8\nrun: {duration_s: " + std::to_string(d.duration) +
        ", warmup_s: 60}\ncomponents:\n"
        "  - {id: users, kind: clients, users: 5000, mix: {read: 0.8, write: 0.2}, curve: " +
        d.curve + "}\n  - {id: lb, kind: load_balancer, algorithm: " + d.algorithm +
        ", cookie_s: " + std::to_string(d.cookieS) +
        "}\n"
        "  - {id: web1, kind: web_server, session: " +
        d.session +
        ", workers: 8, service_ms: {dist: exponential, mean: 40}, cost_per_hour: 0.4}\n"
        "  - {id: db, kind: database, workers: 8, cost_per_hour: 0.8}\n";
    if (d.session == "store")
        y += "  - {id: store, kind: session_store}\n";
    y += "links:\n  - {from: users, to: lb}\n  - {from: lb, to: web1}\n"
         "  - {from: web1, to: db}\n";
    if (d.session == "store")
        y += "  - {from: web1, to: store}\n";
    return y +
           "groups:\n  - {id: fleet, kind: autoscaling, members: [web1], scaling: " + d.scaling +
           "}\n";
}

Scenario scenario(const Design &d)
{
    const LoadResult loaded = parseScenario(yamlOf(d), "autoscaling.yaml");
    if (!loaded.ok())
        qFatal("%s", loaded.message().c_str());
    return *loaded.scenario;
}

std::span<const double> column(const Simulation &sim, const std::string &name)
{
    const std::ptrdiff_t c = sim.timeSeries().columnIndex(name);
    if (c < 0)
        qFatal("no column %s", name.c_str());
    return sim.timeSeries().column(static_cast<std::size_t>(c));
}

std::vector<std::string> refusalFields(const std::string &yaml)
{
    std::vector<std::string> fields;
    for (const ScenarioError &e : parseScenario(yaml, "bad.yaml").errors)
        fields.push_back(e.field);
    return fields;
}

bool has(const std::vector<std::string> &fields, const std::string &field)
{
    return std::find(fields.begin(), fields.end(), field) != fields.end();
}

int countLog(const RunResult &r, const std::string &part)
{
    int n = 0;
    for (const LogEntry &e : r.log)
        n += e.what.find(part) != std::string::npos ? 1 : 0;
    return n;
}

} // namespace

class TestAutoscaling : public QObject {
    Q_OBJECT
private slots:
    void followsTheDailyCurveWithinItsBand();
    void neverMoreThanMax();
    void aNewServerServesOnlyAfterBooting();
    void scaleInDrainsBeforeRemoving();
    void localSessionsAreLoggedOutAtScaleInStoreKeepsThem();
    void costsLessThanAFleetForThePeak();
    void liveEditsKeepTheServersItAdded();
    void badSettingsAreRefusedAtTheirField();
    void settingsRoundTripThroughYaml();
    void deterministic();
    void theLessonLogsUsersOutUntilTheTierIsStateless();
};

void TestAutoscaling::followsTheDailyCurveWithinItsBand()
{
    Simulation sim(scenario(Design{}));
    sim.setRecordTimeSeries(true);
    sim.run();
    const auto t = sim.timeSeries().times();
    const auto u = column(sim, "fleet.serving_utilization");
    const auto servers = column(sim, "fleet.servers");
    const auto serving = column(sim, "fleet.serving");
    // The serving servers' utilization over each check interval (10 s) after the warm-up,
    // while the group is free to move (between min and max, nothing booting or draining):
    // near the target on average, and most intervals within the band around it.
    int inBand = 0;
    int counted = 0;
    double sum = 0;
    for (std::size_t i = 0; i + 10 <= t.size(); i += 10) {
        bool free = t[i] > 60;
        double mean = 0;
        for (std::size_t k = i; k < i + 10 && free; ++k) {
            free = serving[k] == servers[k] && servers[k] > 1 && servers[k] < 10;
            mean += u[k] / 10;
        }
        if (!free)
            continue;
        // Target tracking holds the load between what n - 1 servers carry at 90 % of the
        // target (below it, one goes) and the target (above it, one comes), give or take
        // the noise of ten seconds.
        const double n = servers[i];
        const double low = 0.9 * 0.6 * (n - 1) / n - 0.1;
        const double high = 0.6 + 0.1;
        ++counted;
        sum += mean;
        inBand += mean >= low && mean <= high ? 1 : 0;
    }
    QVERIFY(counted > 30);
    qInfo("%d intervals free to move: utilization mean %.3f, %.1f %% within the band", counted,
          sum / counted, 100.0 * inBand / counted);
    QVERIFY(sum / counted > 0.4 && sum / counted < 0.6);
    QVERIFY(inBand >= 0.85 * counted);
    // It grew for the peak and shrank for the night: 900 requests/s at 40 ms on 8 workers
    // needs 900 * 0.04 / 8 / 0.6 = 7.5 servers at the target.
    const double peak = *std::max_element(servers.begin(), servers.end());
    QVERIFY2(peak >= 7 && peak <= 10, qPrintable(QString::number(peak)));
    QVERIFY(servers.back() <= 3);
    const RunResult r = sim.result();
    QCOMPARE(r.autoscaling.size(), std::size_t(1));
    QVERIFY(r.autoscaling[0].scaleOuts >= 6);
    QVERIFY(r.autoscaling[0].scaleIns >= 5);
    QVERIFY(r.availability > 0.999);
}

void TestAutoscaling::neverMoreThanMax()
{
    Design d;
    d.scaling = "{target_utilization: 0.5, min: 2, max: 4, cooldown_s: 20, boot_s: 10}";
    d.curve = "[{t_s: 0, rate_rps: 100}, {t_s: 300, rate_rps: 2000}]";
    d.duration = 600;
    Simulation sim(scenario(d));
    sim.setRecordTimeSeries(true);
    sim.run();
    const auto servers = column(sim, "fleet.servers");
    QCOMPARE(*std::max_element(servers.begin(), servers.end()), 4.0);
    QCOMPARE(*std::min_element(servers.begin(), servers.end()), 2.0);
    const RunResult r = sim.result();
    QCOMPARE(r.autoscaling[0].serversMax, 4);
    QCOMPARE(r.autoscaling[0].serversEnd, 4);
    int stations = 0;
    for (const ComponentResult &c : r.components)
        stations += c.kind == ComponentKind::WebServer ? 1 : 0;
    QCOMPARE(stations, 4);
}

void TestAutoscaling::aNewServerServesOnlyAfterBooting()
{
    Design d;
    d.scaling = "{target_utilization: 0.6, min: 1, max: 3, cooldown_s: 60, boot_s: 45}";
    d.curve = "[{t_s: 0, rate_rps: 300}]";
    d.duration = 300;
    Simulation sim(scenario(d));
    sim.setRecordTimeSeries(true);
    sim.run();
    const RunResult r = sim.result();
    double added = -1;
    double booted = -1;
    for (const LogEntry &e : r.log) {
        if (added < 0 && e.what.find("scale out: +") != std::string::npos)
            added = e.t_s;
        if (booted < 0 && e.component == "fleet-1" && e.what.find("booted") == 0)
            booted = e.t_s;
    }
    QVERIFY(added > 0);
    QCOMPARE(booted, added + 45);
    const auto t = sim.timeSeries().times();
    const auto arrived = column(sim, "fleet-1.arrived_rps");
    const auto up = column(sim, "fleet-1.up");
    double whileBooting = 0;
    double after = 0;
    for (std::size_t i = 0; i < t.size(); ++i) {
        if (t[i] > added && t[i] <= booted)
            whileBooting += std::isnan(arrived[i]) ? 0 : arrived[i];
        if (t[i] > booted + 1)
            after += arrived[i];
        if (t[i] > added && t[i] <= booted)
            QCOMPARE(up[i], 1.0); // booting is no failure
    }
    QCOMPARE(whileBooting, 0.0);
    QVERIFY(after > 1000);
}

void TestAutoscaling::scaleInDrainsBeforeRemoving()
{
    Design d;
    d.scaling = "{target_utilization: 0.6, min: 1, max: 6, cooldown_s: 30, boot_s: 10}";
    d.curve = "[{t_s: 0, rate_rps: 600}, {t_s: 300, rate_rps: 600}, {t_s: 330, rate_rps: 50}]";
    d.duration = 900;
    Simulation sim(scenario(d));
    sim.run();
    const RunResult r = sim.result();
    QVERIFY(r.autoscaling[0].scaleIns >= 3);
    QVERIFY(countLog(r, "scale in: draining") >= 1);
    // Each removal follows its drain, and nothing inside was lost with it.
    QCOMPARE(countLog(r, "removed (drained)"), static_cast<int>(r.autoscaling[0].scaleIns));
    QCOMPARE(r.byCause[static_cast<std::size_t>(FailureCause::Down)], std::uint64_t(0));
    QCOMPARE(r.failed, std::uint64_t(0));
    QCOMPARE(r.autoscaling[0].serversEnd, 1);
}

void TestAutoscaling::localSessionsAreLoggedOutAtScaleInStoreKeepsThem()
{
    Design local;
    local.session = "local";
    local.algorithm = "sticky";
    local.cookieS = 30;
    const RunResult withLocal = [&] {
        Simulation sim(scenario(local));
        sim.run();
        return sim.result();
    }();
    // Every scale-in removes a server and the sessions it held; those users are logged out
    // at their next request. Scale-outs move users too once their cookie expires.
    QVERIFY(withLocal.autoscaling[0].scaleIns >= 3);
    QVERIFY(withLocal.sessionsDropped > 100);
    QVERIFY(withLocal.loggedOut >= withLocal.sessionsDropped / 2);
    QVERIFY(countLog(withLocal, "sessions lost with it") >= 3);

    Design store = local;
    store.session = "store";
    store.algorithm = "round_robin";
    Simulation sim(scenario(store));
    sim.run();
    const RunResult withStore = sim.result();
    QVERIFY(withStore.autoscaling[0].scaleIns >= 3);
    QCOMPARE(withStore.loggedOut, std::uint64_t(0));
    QCOMPARE(withStore.sessionsDropped, std::uint64_t(0));
    QVERIFY(withStore.sessionsActive >= 4900); // everyone logged in, in the store
}

void TestAutoscaling::costsLessThanAFleetForThePeak()
{
    Simulation sim(scenario(Design{}));
    sim.run();
    const RunResult r = sim.result();
    const AutoscalingResult &a = r.autoscaling[0];
    // The peak's servers all day would cost peak * $0.40 per hour; the group pays for what
    // it had, second by second.
    const double peakFleet = a.serversMax * 0.4;
    qInfo("web tier: mean %.2f servers, $%.2f per hour; a fleet for the peak: $%.2f", a.serversMean,
          a.costPerHourMean, peakFleet);
    QVERIFY(a.costPerHourMean < 0.75 * peakFleet);
    QVERIFY(std::abs(a.costPerHourMean - a.serversMean * 0.4) < 1e-9);
    // The whole design: the database's $0.80 beside the group's.
    QVERIFY(std::abs(r.costPerHourMean - (a.costPerHourMean + 0.8 + 0.025)) < 1e-9);
    std::ostringstream json;
    writeJson(json, r);
    QVERIFY(json.str().find("\"autoscaling\": {") != std::string::npos);
    QVERIFY(json.str().find("\"cost_per_hour_mean\": ") != std::string::npos);
}

void TestAutoscaling::liveEditsKeepTheServersItAdded()
{
    const Scenario s = scenario(Design{});
    Simulation sim(s);
    sim.runUntil(650);
    const std::size_t before = sim.autoscaling().groups()[0].members.size();
    QVERIFY(before >= 5);
    // The student edits the design (the balancer's health check) while it runs.
    Scenario edited = s;
    edited.find("lb")->as<LoadBalancerParams>().health_check.interval_s = 1;
    sim.applyScenario(edited);
    QCOMPARE(sim.autoscaling().groups()[0].members.size(), before);
    for (const Autoscaling::Member &m : sim.autoscaling().groups()[0].members)
        QVERIFY2(sim.stationOf(m.id) >= 0, m.id.c_str());
    sim.run();
    QVERIFY(sim.result().availability > 0.999);
    // Removing the group takes its added servers away; the designed server stays.
    edited.groups.clear();
    Simulation again(s);
    again.runUntil(650);
    again.applyScenario(edited);
    QCOMPARE(again.stationOf("fleet-1"), -1);
    QVERIFY(again.stationOf("web1") >= 0);
}

void TestAutoscaling::badSettingsAreRefusedAtTheirField()
{
    Design d;
    d.scaling = "{target_utilization: 1.5, min: 3, max: 2, cooldown_s: -1, boot_s: 1e9, "
                "interval_s: 0}";
    const std::vector<std::string> f = refusalFields(yamlOf(d));
    for (const char *field : {"groups[0].scaling.target_utilization", "groups[0].scaling.max",
                              "groups[0].scaling.cooldown_s", "groups[0].scaling.boot_s",
                              "groups[0].scaling.interval_s"})
        QVERIFY2(has(f, field), field);
    // A database cannot scale out; the first server needs a balancer in front.
    std::string y = yamlOf(Design{});
    y.replace(y.find("members: [web1]"), 15, "members: [db]");
    QVERIFY(has(refusalFields(y), "groups[0].members[0]"));
    y = yamlOf(Design{});
    y.replace(y.find("{from: lb, to: web1}"), 20, "{from: users, to: web1}");
    const std::vector<std::string> g = refusalFields(y);
    QVERIFY(has(g, "links[1].from"));
    // Settings on a data center mean nothing: refused where they are.
    y = yamlOf(Design{});
    y.replace(y.find("kind: autoscaling"), 17, "kind: data_center");
    QVERIFY(has(refusalFields(y), "groups[0].scaling"));
    // One server in two groups.
    y = yamlOf(Design{}) + "  - {id: fleet2, kind: autoscaling, members: [web1]}\n";
    QVERIFY(has(refusalFields(y), "groups[1].members[0]"));
}

void TestAutoscaling::settingsRoundTripThroughYaml()
{
    const Scenario s = scenario(Design{});
    const LoadResult back = parseScenario(writeScenario(s), "again.yaml");
    QVERIFY(back.ok());
    QCOMPARE(back.scenario->groups.size(), std::size_t(1));
    QVERIFY(back.scenario->groups[0] == s.groups[0]);
    QCOMPARE(back.scenario->groups[0].scaling.boot_s, 30.0);
}

void TestAutoscaling::deterministic()
{
    auto json = [] {
        Simulation sim(scenario(Design{}));
        sim.run();
        std::ostringstream out;
        writeJson(out, sim.result());
        return out.str();
    };
    QCOMPARE(json(), json());
}

void TestAutoscaling::theLessonLogsUsersOutUntilTheTierIsStateless()
{
    const LoadResult loaded =
        loadScenarioFile(std::string(SCALELAB_EXAMPLES_DIR) + "/08-stateless.yaml");
    QVERIFY2(loaded.ok(), loaded.message().c_str());
    Scenario s = *loaded.scenario;
    Simulation sim(s);
    sim.runUntil(599.999);
    const std::uint64_t held =
        sim.sessions().held(static_cast<std::uint32_t>(sim.stationOf("web2")));
    sim.run();
    const RunResult r = sim.result();
    qInfo("stateful: %llu logged out, %llu sessions lost with their server (web2 held %llu "
          "when it failed), %llu servers removed, $%.2f per hour",
          static_cast<unsigned long long>(r.loggedOut),
          static_cast<unsigned long long>(r.sessionsDropped), static_cast<unsigned long long>(held),
          static_cast<unsigned long long>(r.autoscaling[0].scaleIns), r.costPerHourMean);
    // web2's failure loses exactly the sessions it held; the scale-ins lose theirs too.
    QVERIFY(held > 300);
    QCOMPARE(r.component("web2")->figure("sessions_dropped")->value, static_cast<double>(held));
    QVERIFY(r.autoscaling[0].scaleIns >= 5);
    QVERIFY(r.sessionsDropped > 3 * held);
    QVERIFY(r.loggedOut > r.sessionsDropped);
    std::vector<GoalStatus> goals = evaluateGoals(s);
    QCOMPARE(goals.size(), std::size_t(4));
    QCOMPARE(goals[0].state, GoalState::Met);
    QCOMPARE(goals[1].state, GoalState::Failed);
    QCOMPARE(goals[3].state, GoalState::Met); // the group already pays by the hour

    // The student's answer: a session store, both servers linked to it (new ones copy
    // web1), and no need for stickiness.
    s.components.push_back(defaultComponent(ComponentKind::SessionStore, "sessions"));
    for (const char *web : {"web1", "web2"}) {
        s.find(web)->as<WebServerParams>().session = SessionMode::Store;
        s.links.push_back(Link{.from = web, .to = "sessions"});
    }
    s.find("lb")->as<LoadBalancerParams>().algorithm = LbAlgorithm::RoundRobin;
    QVERIFY(validateScenario(s).empty());
    RunResult stateless;
    goals = evaluateGoals(s, &stateless);
    QCOMPARE(stateless.loggedOut, std::uint64_t(0));
    QCOMPARE(stateless.sessionsDropped, std::uint64_t(0));
    QVERIFY(stateless.autoscaling[0].scaleIns >= 5);
    for (std::size_t i = 0; i < goals.size(); ++i)
        QVERIFY2(goals[i].state == GoalState::Met,
                 qPrintable(QStringLiteral("goal %1: %2").arg(i).arg(goals[i].value)));
    // A fleet sized for the peak all day costs the peak's servers every hour.
    const double peakFleet =
        stateless.autoscaling[0].serversMax * 0.4 + 0.8 + 0.025 + s.find("sessions")->cost_per_hour;
    QVERIFY(stateless.costPerHourMean < 0.75 * peakFleet);
}

QTEST_APPLESS_MAIN(TestAutoscaling)
#include "tst_autoscaling.moc"
