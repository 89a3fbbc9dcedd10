// Goals and reveal steps: read and written back unchanged, refused with a position and a
// sentence when malformed, and judged by the simulation (never set) over their windows.
#include "scenario/scenario_io.h"
#include "sim/goal_tracker.h"
#include "sim/simulation.h"

#include <QtTest>

#include <cmath>

using namespace scalelab;

namespace {

// An M/M/1 station at 80 % load behind users; lines 1-10, goals start on line 11.
const char *kDesign = "scalelab: 1\n"
                      "seed: 7\n"
                      "run: {duration_s: 400, warmup_s: 50}\n"
                      "components:\n"
                      "  - {id: users, kind: clients, rate_rps: 80}\n"
                      "  - {id: s, kind: service, workers: 1, service_ms: {mean: 10}}\n"
                      "links:\n"
                      "  - {from: users, to: s, latency_ms: 0}\n"
                      "faults: []\n"
                      "groups: []\n";

LoadResult parse(const std::string &goals)
{
    return parseScenario(std::string(kDesign) + goals, "lesson.yaml");
}

Scenario parsed(const std::string &goals)
{
    const LoadResult r = parse(goals);
    if (!r.ok())
        qFatal("%s", r.message().c_str());
    return *r.scenario;
}

} // namespace

class TestGoals : public QObject {
    Q_OBJECT
private slots:
    void roundTrip()
    {
        const Scenario s = parsed("goals:\n"
                                  "  - {metric: p99_ms, below: 100, from_s: 100, to_s: 300, "
                                  "text: \"Keep it fast\"}\n"
                                  "  - {metric: utilization, component: s, above: 0.5}\n"
                                  "  - {metric: errors, cause: timeout, below: 3}\n"
                                  "  - {metric: availability, above: 0.99, survives: s}\n"
                                  "reveal:\n"
                                  "  - {title: Users, show: [users]}\n"
                                  "  - {show: [s]}\n");
        QCOMPARE(s.goals.size(), std::size_t(4));
        QCOMPARE(s.goals[0].metric, GoalMetric::P99Ms);
        QCOMPARE(s.goals[0].bound, GoalBound::Below);
        QCOMPARE(*s.goals[0].to_s, 300.0);
        QCOMPARE(s.goals[0].text, std::string("Keep it fast"));
        QCOMPARE(s.goals[1].bound, GoalBound::Above);
        QCOMPARE(s.goals[2].cause, std::string("timeout"));
        QCOMPARE(s.goals[3].survives, std::string("s"));
        QCOMPARE(s.reveal.size(), std::size_t(2));
        const std::string text = writeScenario(s);
        const LoadResult again = parseScenario(text, "written.yaml");
        QVERIFY2(again.ok(), (again.message() + text).c_str());
        QVERIFY(*again.scenario == s);
        QCOMPARE(writeScenario(*again.scenario), text);
    }

    void malformedIsPlaced_data()
    {
        QTest::addColumn<QString>("goals");
        QTest::addColumn<int>("line");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("words");
        QTest::newRow("unknown metric") << "goals:\n  - {metric: p98_ms, below: 1}\n"
                                        << 12 << "goals[0].metric"
                                        << "p99_ms";
        QTest::newRow("no bound") << "goals:\n  - {metric: p99_ms}\n"
                                  << 12 << "goals[0].below"
                                  << "below: N";
        QTest::newRow("both bounds") << "goals:\n  - {metric: p99_ms, below: 1, above: 2}\n"
                                     << 12 << "goals[0].above"
                                     << "not both";
        QTest::newRow("unknown key") << "goals:\n  - {metric: p99_ms, below: 1, window: 3}\n"
                                     << 12 << "goals[0].window"
                                     << "from_s";
        QTest::newRow("fraction") << "goals:\n  - {metric: availability, above: 99}\n"
                                  << 12 << "goals[0].above"
                                  << "0.99";
        QTest::newRow("missing component") << "goals:\n  - {metric: utilization, below: 0.5}\n"
                                           << 12 << "goals[0].component"
                                           << "needs 'component'";
        QTest::newRow("unknown component")
            << "goals:\n  - {metric: utilization, component: db, below: 0.5}\n"
            << 12 << "goals[0].component"
            << "no component 'db'";
        QTest::newRow("window past end")
            << "goals:\n  - {metric: p99_ms, below: 1,\n     to_s: 900}\n"
            << 13 << "goals[0].to_s"
            << "inside the run";
        QTest::newRow("unknown cause") << "goals:\n  - {metric: errors, cause: boom, below: 1}\n"
                                       << 12 << "goals[0].cause"
                                       << "no_backend";
        QTest::newRow("survives nobody")
            << "goals:\n  - {metric: availability, above: 0.9, survives: web9}\n"
            << 12 << "goals[0].survives"
            << "web9";
        QTest::newRow("not a list") << "goals: {metric: p99_ms}\n"
                                    << 11 << "goals"
                                    << "list";
        QTest::newRow("reveal unknown id") << "reveal:\n  - {show: [users, dbx]}\n"
                                           << 12 << "reveal[0].show[1]"
                                           << "dbx";
        QTest::newRow("reveal twice") << "reveal:\n  - {show: [users]}\n  - {show: [users]}\n"
                                      << 13 << "reveal[1].show[0]"
                                      << "already shown";
        QTest::newRow("reveal without show") << "reveal:\n  - {title: x}\n"
                                             << 12 << "reveal[0].show"
                                             << "needs 'show'";
    }

    void malformedIsPlaced()
    {
        QFETCH(QString, goals);
        QFETCH(int, line);
        QFETCH(QString, field);
        QFETCH(QString, words);
        const LoadResult r = parse(goals.toStdString());
        QVERIFY(!r.ok());
        const ScenarioError &e = r.errors.front();
        QVERIFY2(e.line == line && e.column > 0, r.message().c_str());
        QCOMPARE(QString::fromStdString(e.field), field);
        QVERIFY2(QString::fromStdString(e.message).contains(words), r.message().c_str());
        QVERIFY(
            QString::fromStdString(e.format()).startsWith("lesson.yaml:" + QString::number(line)));
    }

    void judgedBySimulation()
    {
        // M/M/1 at rho = 0.8: utilization about 0.8, mean wait 40 ms, p99 near 230 ms.
        const Scenario s = parsed("goals:\n"
                                  "  - {metric: utilization, component: s, above: 0.75}\n"
                                  "  - {metric: utilization, component: s, below: 0.75}\n"
                                  "  - {metric: p99_ms, below: 1000, from_s: 100, to_s: 300}\n"
                                  "  - {metric: p50_ms, below: 1}\n"
                                  "  - {metric: availability, above: 0.999}\n"
                                  "  - {metric: throughput_rps, above: 75, to_s: 200}\n"
                                  "  - {metric: availability, above: 0.9, survives: s}\n");
        RunResult whole;
        const std::vector<GoalStatus> st = evaluateGoals(s, &whole);
        QCOMPARE(st.size(), std::size_t(7));
        QCOMPARE(st[0].state, GoalState::Met);
        QCOMPARE(st[1].state, GoalState::Failed);
        QCOMPARE(st[0].value, st[1].value);
        QVERIFY(std::abs(st[0].value - 0.8) < 0.03);
        // The whole-run figure equals the run's own summary (same histogram, same counters).
        QCOMPARE(st[0].value, whole.component("s")->utilization);
        QCOMPARE(st[2].state, GoalState::Met);
        QCOMPARE(st[2].windowStart, 100.0);
        QCOMPARE(st[2].windowEnd, 300.0);
        QVERIFY(st[2].value > 50 && st[2].value < 1000);
        QCOMPARE(st[3].state, GoalState::Failed);
        QCOMPARE(st[3].value, whole.latency.p50);
        QCOMPARE(st[4].state, GoalState::Met);
        QCOMPARE(st[5].state, GoalState::Met);
        // Nothing fails and nothing checks s's health: the failure is never noticed.
        QCOMPARE(st[6].state, GoalState::Failed);
        QVERIFY(std::isnan(st[6].value));
        QVERIFY(!st[6].note.empty());
    }

    void judgingDoesNotChangeTheRun()
    {
        Scenario s = parsed("goals:\n  - {metric: p99_ms, below: 1000, from_s: 100, to_s: 300}\n");
        RunResult judged;
        evaluateGoals(s, &judged);
        Simulation plain(s);
        plain.run();
        const RunResult r = plain.result();
        QCOMPARE(judged.completed, r.completed);
        QCOMPARE(judged.latency.p99, r.latency.p99);
        QCOMPARE(judged.events, r.events);
    }

    void pendingUntilTheWindowCloses()
    {
        const Scenario s =
            parsed("goals:\n  - {metric: p99_ms, below: 1000, from_s: 100, to_s: 300}\n");
        Simulation sim(s);
        GoalTracker tracker(s);
        sim.runUntil(90);
        tracker.observe(sim);
        QCOMPARE(tracker.status()[0].state, GoalState::Pending);
        QVERIFY(!tracker.status()[0].open);
        sim.runUntil(100); // a window opens at the first look at or after its start
        tracker.observe(sim);
        QVERIFY(tracker.status()[0].open);
        sim.runUntil(200);
        tracker.observe(sim);
        QCOMPARE(tracker.status()[0].state, GoalState::Pending);
        QVERIFY(tracker.status()[0].open);
        QVERIFY(std::isfinite(tracker.status()[0].value));
        sim.runUntil(300);
        tracker.observe(sim);
        QCOMPARE(tracker.status()[0].state, GoalState::Met);
        QVERIFY(tracker.allMet());
    }
};

QTEST_APPLESS_MAIN(TestGoals)
#include "tst_goals.moc"
