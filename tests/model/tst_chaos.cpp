// The chaos test finds single points of failure: on the single-server example the server's
// row (and the DNS's) fails; on two web servers with a replicated database the DNS and the
// balancer are still single points; on a design redundant at every tier every row holds.
#include "scenario/scenario_io.h"
#include "sim/chaos.h"

#include <QtTest>

#include <cmath>
#include <set>
#include <sstream>

using namespace scalelab;

namespace {

Scenario load(const std::string &path)
{
    const LoadResult loaded = loadScenarioFile(path);
    if (!loaded.ok())
        qFatal("%s", loaded.message().c_str());
    return *loaded.scenario;
}

std::vector<ChaosRow> runAll(const Scenario &s, const ChaosSettings &settings)
{
    const ChaosPlan plan = planChaos(s, settings);
    if (!plan.problem.empty())
        qFatal("%s", plan.problem.c_str());
    ChaosTest test(s, plan, 2);
    test.wait();
    const std::vector<ChaosRow> rows = test.rows();
    for (const ChaosRow &r : rows)
        qInfo("%-10s availability %.5f p99 %8.1f ms failed %6llu %s",
              r.component.empty() ? "(baseline)" : r.component.c_str(), r.availability, r.p99_ms,
              static_cast<unsigned long long>(r.failed), r.sloHeld() ? "held" : "FAILED");
    return rows;
}

std::set<std::string> failing(const std::vector<ChaosRow> &rows)
{
    std::set<std::string> ids;
    for (std::size_t i = 1; i < rows.size(); ++i)
        if (!rows[i].sloHeld())
            ids.insert(rows[i].component);
    return ids;
}

} // namespace

class TestChaos : public QObject {
    Q_OBJECT
private slots:
    void planDefaultsAndRefusals()
    {
        Scenario s = load(SCALELAB_TESTDATA_DIR "/chaos-two-web.yaml");
        ChaosPlan plan = planChaos(s, {});
        QVERIFY(plan.problem.empty());
        QCOMPARE(plan.at_s, 60.123);                // just after the warm-up, off any round time
        QCOMPARE(plan.at_s + plan.window_s, 400.0); // to the end of the run
        QCOMPARE(plan.slo.p99_ms, 300.0);
        QCOMPARE(plan.targets.size(), std::size_t(7)); // every component but the users
        QVERIFY(std::find(plan.targets.begin(), plan.targets.end(), "users") == plan.targets.end());
        QVERIFY(!planChaos(s, {.at_s = 10}).problem.empty());  // before the warm-up ends
        QVERIFY(!planChaos(s, {.at_s = 400}).problem.empty()); // no window left
        s.slo.reset();
        plan = planChaos(s, {.slo = Slo{.p99_ms = 50, .availability = 0.9}});
        QCOMPARE(plan.slo.p99_ms, 50.0);
    }

    void rowScenarioFailsOneComponentOnly()
    {
        const Scenario s = load(SCALELAB_EXAMPLES_DIR "/01-single-server.yaml");
        const ChaosPlan plan = planChaos(s, {.at_s = 60, .window_s = 600});
        const Scenario row = chaosScenario(s, plan, "server");
        QCOMPARE(row.faults.size(), std::size_t(1)); // the example's own fault and recovery gone
        QCOMPARE(row.faults[0].component, std::string("server"));
        QCOMPARE(*row.faults[0].at_s, 60.0);
        QCOMPARE(row.run.duration_s, 660.0);
        QVERIFY(chaosScenario(s, plan, "").faults.empty());
    }

    void singleServerIsASinglePointOfFailure()
    {
        const Scenario s = load(SCALELAB_EXAMPLES_DIR "/01-single-server.yaml");
        const std::vector<ChaosRow> rows = runAll(s, {.at_s = 60, .window_s = 600});
        QCOMPARE(rows.size(), std::size_t(3)); // baseline, dns, server
        QVERIFY(rows[0].finished && rows[0].sloHeld());
        const ChaosRow &server = rows[2];
        QCOMPARE(server.component, std::string("server"));
        QVERIFY(server.finished);
        QVERIFY(!server.sloHeld());
        QVERIFY(server.availability < 0.01); // every request after the failure fails
        QVERIFY(failing(rows).count("server"));
    }

    void twoWebServersLeaveTheEntryASinglePoint()
    {
        const Scenario s = load(SCALELAB_TESTDATA_DIR "/chaos-two-web.yaml");
        const std::vector<ChaosRow> rows = runAll(s, {});
        QVERIFY(rows[0].sloHeld());
        QCOMPARE(failing(rows), (std::set<std::string>{"dns", "lb"}));
    }

    void redundantEverywhereEveryRowHolds()
    {
        const Scenario s = load(SCALELAB_TESTDATA_DIR "/chaos-redundant.yaml");
        const std::vector<ChaosRow> rows = runAll(s, {});
        QVERIFY(rows.size() > 5);
        for (const ChaosRow &r : rows) {
            QVERIFY(r.finished);
            QVERIFY2(r.sloHeld(), r.component.c_str());
        }
    }

    void sameSeedSameTable()
    {
        const Scenario s = load(SCALELAB_EXAMPLES_DIR "/01-single-server.yaml");
        const ChaosSettings settings{.at_s = 60, .window_s = 120};
        const ChaosPlan plan = planChaos(s, settings);
        std::ostringstream a, b;
        writeChaosJson(a, s.name, plan, runAll(s, settings));
        writeChaosJson(b, s.name, plan, runAll(s, settings));
        QCOMPARE(a.str(), b.str());
        QVERIFY(a.str().find("\"rows\": [") != std::string::npos);
        QVERIFY(a.str().find("\"slo_held\": false") != std::string::npos);
    }

    void cancelStopsEveryRun()
    {
        const Scenario s = load(SCALELAB_TESTDATA_DIR "/chaos-two-web.yaml");
        ChaosTest test(s, planChaos(s, {}), 2);
        test.cancel();
        test.wait();
        QVERIFY(test.finished());
        bool anyUnfinished = false;
        for (const ChaosRow &r : test.rows())
            anyUnfinished = anyUnfinished || !r.finished;
        QVERIFY(anyUnfinished);
    }
};

QTEST_APPLESS_MAIN(TestChaos)
#include "tst_chaos.moc"
