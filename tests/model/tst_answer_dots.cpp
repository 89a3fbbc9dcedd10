// Answers are drawn going back: a call's answer travels back along the call's link (a
// cache hit turns back at the cache, a miss goes on to the database and comes back), and
// an answer from a component the users reach directly flies home along the users' link.
#include "scenario/scenario_io.h"
#include "sim/frame_builder.h"
#include "sim/simulation.h"

#include <QtTest>

#include <array>
#include <cmath>

using namespace scalelab;

namespace {

// One key, so every read after the first is a hit. Links, in order: 0 users -> web,
// 1 web -> cache, 2 cache -> db; each 100 ms one way.
constexpr const char *kYaml = R"(scalelab: 1
name: answers
seed: 5
run: {duration_s: 60, warmup_s: 0}
components:
  - {id: users, kind: clients, rate_rps: 2, mix: {read: 1}, keys: {count: 1}}
  - {id: web, kind: web_server, workers: 4, service_ms: {dist: constant, mean: 1}}
  - {id: cache, kind: cache, max_keys: 10, service_ms: {dist: constant, mean: 0.5}}
  - {id: db, kind: database, read_ms: {dist: constant, mean: 2}}
links:
  - {from: users, to: web, latency_ms: 100}
  - {from: web, to: cache, latency_ms: 100}
  - {from: cache, to: db, latency_ms: 100}
)";

Scenario design()
{
    const LoadResult loaded = parseScenario(kYaml, "answers.yaml");
    if (!loaded.ok())
        qFatal("%s", loaded.message().c_str());
    return *loaded.scenario;
}

struct Seen {
    std::array<int, 3> forward{};
    std::array<int, 3> answers{};
    int followed = 0; ///< answers seen again later, closer to the caller by the time passed
};

/// Frames every 10 ms from `from` to `to`.
Seen watch(Simulation &sim, double from, double to)
{
    Seen seen;
    FrameBuilder b;
    for (double t = from; t < to; t += 0.01) {
        sim.runUntil(t);
        const Frame f = b.build(sim);
        for (const DotFrame &d : f.dots) {
            if (d.link >= 3 || d.progress < 0 || d.progress > 1)
                qFatal("a dot off its link: link %u at %f", d.link, double(d.progress));
            ++(d.answer ? seen.answers : seen.forward)[d.link];
        }
        // A lone answer on the way back from the cache is 0.2 further back 20 ms later.
        if (f.dots.size() == 1 && f.dots[0].answer && f.dots[0].link == 1 &&
            f.dots[0].progress > 0.5f) {
            const float before = f.dots[0].progress;
            sim.runUntil(t + 0.02);
            const Frame later = b.build(sim);
            if (later.dots.size() == 1 && later.dots[0].answer && later.dots[0].link == 1) {
                if (std::abs(later.dots[0].progress - (before - 0.2f)) > 1e-3f)
                    qFatal("answer at %f, then %f", double(before), double(later.dots[0].progress));
                ++seen.followed;
            }
            t += 0.02;
        }
    }
    return seen;
}

} // namespace

class TestAnswerDots : public QObject {
    Q_OBJECT
private slots:
    void theFirstReadGoesOnToTheDatabaseAndComesBack()
    {
        Simulation sim(design());
        // Until the first read has filled the cache (its round trip takes about 0.6 s).
        const Seen seen = watch(sim, 0, 1.5);
        QVERIFY(seen.forward[2] > 0);
        QVERIFY(seen.answers[2] > 0);
        QVERIFY(seen.answers[1] > 0);
        QVERIFY(seen.answers[0] > 0);
    }

    void hitsTurnBackAtTheCache()
    {
        Simulation sim(design());
        sim.runUntil(5);
        const Seen seen = watch(sim, 5, 45);
        // Nothing goes on to the database: every answer turns back at the cache.
        QCOMPARE(seen.forward[2], 0);
        QCOMPARE(seen.answers[2], 0);
        // About 80 reads: each spends 0.1 s on each link each way, seen every 10 ms.
        QVERIFY(seen.forward[1] > 300);
        QVERIFY(seen.answers[1] > 300);
        QVERIFY(std::abs(seen.answers[1] - seen.forward[1]) < seen.forward[1] / 5);
        // The answer from the web server goes home to the users.
        QVERIFY(seen.answers[0] > 300);
        QVERIFY(seen.followed >= 3);
    }

    void theDotCountIncludesAnswers()
    {
        Simulation sim(design());
        FrameBuilder all;
        FrameBuilder few(FrameBuilder::Options{1, 2.0});
        bool sampled = false;
        for (double t = 5; t < 30 && !sampled; t += 0.01) {
            sim.runUntil(t);
            const Frame f = all.build(sim);
            QCOMPARE(f.dots.size(), f.dotsOnLinks);
            const Frame one = few.build(sim);
            QCOMPARE(one.dotsOnLinks, f.dotsOnLinks);
            QVERIFY(one.dots.size() <= 1);
            sampled = f.dotsOnLinks >= 2 && one.dots.size() == 1;
        }
        QVERIFY(sampled);
    }
};

QTEST_APPLESS_MAIN(TestAnswerDots)
#include "tst_answer_dots.moc"
