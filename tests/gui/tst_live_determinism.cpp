// The simulation thread is deterministic: the same edits at the same simulated times give
// the same numbers, whether they were scheduled ahead, sent while paused at that time, or
// the run was paced differently; and a frame not taken by the GUI loses no samples.
#include "run/simulation_thread.h"
#include "scenario/scenario_io.h"

#include "common/clients_helpers.h"

#include <QtTest>

#include <cmath>
#include <cstring>

using namespace scalelab;
using namespace scalelab::test;

namespace {

Scenario stage4()
{
    const LoadResult r = loadScenarioFile(SCALELAB_EXAMPLES_DIR "/04-load-balancer.yaml");
    if (!r.ok())
        qFatal("%s", r.message().c_str());
    Scenario s = *r.scenario;
    clientsOf(s).rate_rps = 900;
    return s;
}

Scenario withWeb3(Scenario s)
{
    Component web3 = *s.find("web2");
    web3.id = "web3";
    s.components.push_back(web3);
    s.links.push_back({"lb", "web3", 1.0, 0.2, {}});
    s.links.push_back({"web3", "db", 0.5, 0.5, {}});
    return s;
}

/// Every sample of the run, bit for bit, plus the log, as one comparable text.
QByteArray fingerprint(const Frame &f)
{
    QByteArray out;
    for (std::size_t r = 0; r < f.samples.size(); ++r) {
        out += QByteArray::number(f.sampleTimes[r], 'g', 17);
        for (double v : f.samples[r]) {
            std::uint64_t bits = 0;
            std::memcpy(&bits, &v, sizeof bits);
            out += ' ' + QByteArray::number(static_cast<qulonglong>(bits), 16);
        }
        out += '\n';
    }
    for (const LogEntry &e : f.newLog)
        out += QByteArray::number(e.t_s, 'g', 17) + ' ' + QByteArray::fromStdString(e.component) +
               ' ' + QByteArray::fromStdString(e.what) + '\n';
    return out;
}

/// The edit timeline, sent ahead with simulated times.
std::shared_ptr<const Frame> scheduledRun(double speed)
{
    SimulationThread t;
    t.load(stage4());
    t.applyScenario(withWeb3(stage4()), 20.0);
    t.failComponent("web1", 35.0);
    t.slowComponent("db", 5.0, 40.0);
    t.recoverComponent("web1", 50.0);
    t.pauseAt(70);
    t.setSpeed(speed);
    t.runSimulation();
    if (!t.waitUntilPaused(120000))
        return nullptr;
    return t.takeFrame(); // never taken before: every sample since 0 has been carried over
}

/// The same timeline by hand: pause at each time, then send the edit.
std::shared_ptr<const Frame> pausedRun()
{
    SimulationThread t;
    t.load(stage4());
    t.setSpeed(SimulationThread::kAsFastAsPossible);
    auto runTo = [&t](double at) {
        t.pauseAt(at);
        t.runSimulation();
        return t.waitUntilPaused(120000);
    };
    if (!runTo(20))
        return nullptr;
    t.applyScenario(withWeb3(stage4()));
    runTo(35);
    t.failComponent("web1");
    runTo(40);
    t.slowComponent("db", 5.0);
    runTo(50);
    t.recoverComponent("web1");
    runTo(70);
    const auto journal = t.journal();
    if (journal.size() != 4 || journal[0].t_s != 20 || journal[3].t_s != 50)
        return nullptr;
    return t.takeFrame();
}

/// The first line where two fingerprints differ, for a readable failure message.
QByteArray firstDifference(const QByteArray &a, const QByteArray &b)
{
    const QList<QByteArray> la = a.split('\n');
    const QList<QByteArray> lb = b.split('\n');
    for (qsizetype i = 0; i < std::max(la.size(), lb.size()); ++i) {
        const QByteArray x = i < la.size() ? la[i] : "<missing>";
        const QByteArray y = i < lb.size() ? lb[i] : "<missing>";
        if (x != y)
            return "line " + QByteArray::number(i + 1) + ":\n  " + x + "\n  " + y;
    }
    return {};
}

#define COMPARE_FINGERPRINTS(a, b)                                                                 \
    do {                                                                                           \
        const QByteArray fa = fingerprint(a), fb = fingerprint(b);                                 \
        QVERIFY2(fa == fb, firstDifference(fa, fb).constData());                                   \
    } while (false)

} // namespace

class TestLiveDeterminism : public QObject {
    Q_OBJECT
private slots:
    void sameEditsSameTimesSameNumbers()
    {
        const auto a = scheduledRun(SimulationThread::kAsFastAsPossible);
        const auto b = scheduledRun(SimulationThread::kAsFastAsPossible);
        const auto c = pausedRun();
        QVERIFY(a && b && c);
        QCOMPARE(a->t_s, 70.0);
        QCOMPARE(a->sampleTimes.size(), std::size_t(70));
        QCOMPARE(a->sampleTimes.front(), 1.0);
        QVERIFY(std::find(a->columns.begin(), a->columns.end(), "web3.utilization") !=
                a->columns.end());
        COMPARE_FINGERPRINTS(*a, *b);
        COMPARE_FINGERPRINTS(*a, *c);
        QCOMPARE(a->events, c->events);
    }

    void pacingDoesNotChangeTheNumbers()
    {
        // 70 simulated seconds at 50x real time take 1.4 s; the batch boundaries differ.
        const auto fast = scheduledRun(SimulationThread::kAsFastAsPossible);
        const auto paced = scheduledRun(50);
        QVERIFY(fast && paced);
        COMPARE_FINGERPRINTS(*fast, *paced);
    }

    void aDifferentTimeGivesDifferentNumbers()
    {
        // The check is not vacuous: the same fail a second later changes the run.
        SimulationThread t;
        t.load(stage4());
        t.failComponent("web1", 36.0);
        t.pauseAt(70);
        t.setSpeed(SimulationThread::kAsFastAsPossible);
        t.runSimulation();
        QVERIFY(t.waitUntilPaused(120000));
        const auto other = t.takeFrame();
        const auto base = scheduledRun(SimulationThread::kAsFastAsPossible);
        QVERIFY(other && base);
        QVERIFY(fingerprint(*other) != fingerprint(*base));
    }
};

QTEST_MAIN(TestLiveDeterminism)
#include "tst_live_determinism.moc"
