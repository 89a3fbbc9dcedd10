// Queueing formulas against textbook values and against each other (M/M/c/K with c = 1
// against the closed M/M/1/K formula, with K = c against Erlang B, Jackson tandem against
// two M/M/1 stations).

#include "analytic/queueing.h"

#include <QtTest>

#include <cmath>

using namespace scalelab;

namespace {
bool near(double a, double b, double tol = 1e-12)
{
    return std::fabs(a - b) <= tol * std::max(1.0, std::fabs(b));
}
} // namespace

class TestQueueing : public QObject {
    Q_OBJECT
private slots:
    void mm1Textbook()
    {
        const Mm1Result r = mm1(0.5, 1.0);
        QVERIFY(r.stable);
        QVERIFY(near(r.utilization, 0.5));
        QVERIFY(near(r.W, 2.0));
        QVERIFY(near(r.L, 1.0));
        QVERIFY(near(r.Wq, 1.0));
        QVERIFY(near(r.Lq, 0.5));
        QVERIFY(near(r.L, 0.5 * r.W)); // Little
        QVERIFY(near(r.responseQuantile(0.99), std::log(100.0) * 2.0));
        QVERIFY(near(r.responseQuantile(0.5), std::log(2.0) * 2.0));

        const Mm1Result over = mm1(2.0, 1.0);
        QVERIFY(!over.stable);
        QCOMPARE(over.utilization, 1.0);
        QVERIFY(std::isinf(over.W));
        QVERIFY(std::isinf(over.responseQuantile(0.5)));
        QVERIFY(!mm1(1.0, 1.0).stable);
    }

    void erlang()
    {
        QVERIFY(near(erlangC(2, 1.0), 1.0 / 3.0));
        QVERIFY(near(erlangB(1, 1.0), 0.5));
        QVERIFY(near(erlangB(2, 1.0), 0.2)); // (1/2) / (1 + 1 + 1/2)
        QVERIFY(near(erlangC(1, 0.7), 0.7)); // M/M/1: P(wait) = rho
        QCOMPARE(erlangC(3, 3.0), 1.0);
        // Large c: finite, in (0, 1), and the usual square-root staffing behaviour.
        const double c = erlangC(10000, 9900.0);
        QVERIFY(c > 0.0 && c < 1.0);
        QVERIFY(erlangC(10000, 9990.0) > c);
    }

    void mmcTextbook()
    {
        const MmcResult r = mmc(1.0, 1.0, 2);
        QVERIFY(r.stable);
        QVERIFY(near(r.utilization, 0.5));
        QVERIFY(near(r.probWait, 1.0 / 3.0));
        QVERIFY(near(r.Wq, 1.0 / 3.0));
        QVERIFY(near(r.W, 4.0 / 3.0)); // 1 / (mu (1 - rho^2)) for M/M/2
        QVERIFY(near(r.L, 1.0 * r.W));
        QVERIFY(near(r.Lq, 1.0 * r.Wq));
        // c = 1 reduces to M/M/1.
        const MmcResult one = mmc(0.8, 1.0, 1);
        QVERIFY(near(one.W, mm1(0.8, 1.0).W));
        QVERIFY(!mmc(4.0, 1.0, 4).stable);
        QVERIFY(std::isinf(mmc(5.0, 1.0, 4).W));
    }

    void mmckAgainstMm1k()
    {
        for (double rho : {0.3, 0.9, 1.5}) {
            for (int K : {1, 5, 20}) {
                const MmckResult r = mmck(rho * 2.0, 2.0, 1, K);
                QVERIFY(r.stable);
                const double direct = (1.0 - rho) * std::pow(rho, K) / (1.0 - std::pow(rho, K + 1));
                QVERIFY(near(r.blocking, direct, 1e-10));
                QCOMPARE(static_cast<int>(r.probs.size()), K + 1);
                double total = 0.0;
                for (double p : r.probs)
                    total += p;
                QVERIFY(near(total, 1.0));
                QVERIFY(near(r.effectiveLambda, rho * 2.0 * (1.0 - direct)));
                QVERIFY(near(r.W, r.L / r.effectiveLambda));
                QVERIFY(near(r.utilization, 1.0 - r.probs[0], 1e-10)); // one server
            }
        }
        // rho = 1 exactly: uniform over 0..K.
        const MmckResult flat = mmck(3.0, 3.0, 1, 9);
        QVERIFY(near(flat.blocking, 0.1));
    }

    void mmckLimits()
    {
        // K = c is the Erlang loss system.
        QVERIFY(near(mmck(7.0, 1.0, 10, 10).blocking, erlangB(10, 7.0), 1e-10));
        // Huge K with rho < 1 approaches M/M/c.
        const MmckResult big = mmck(3.0, 1.0, 4, 10000);
        const MmcResult inf = mmc(3.0, 1.0, 4);
        QVERIFY(near(big.W, inf.W, 1e-9));
        QVERIFY(near(big.utilization, inf.utilization, 1e-9));
        // Huge K far above capacity: no overflow, blocking -> 1 - 1/rho for c = 1.
        const MmckResult over = mmck(2.0, 1.0, 1, 10000);
        QVERIFY(std::isfinite(over.L));
        QVERIFY(near(over.blocking, 0.5, 1e-9));
        QVERIFY(near(over.utilization, 1.0, 1e-9));
        // No arrivals: empty system.
        const MmckResult idle = mmck(0.0, 1.0, 2, 5);
        QVERIFY(near(idle.probs[0], 1.0));
        QCOMPARE(idle.blocking, 0.0);
        QVERIFY(!mmck(1.0, 1.0, 3, 2).stable); // K < c is invalid
    }

    void jacksonTandem()
    {
        const std::vector<JacksonStation> st = {{1.0, 2.0, 1}, {0.0, 3.0, 1}};
        const std::vector<std::vector<double>> P = {{0.0, 1.0}, {0.0, 0.0}};
        const JacksonResult r = jackson(st, P);
        QVERIFY(r.solved && r.stable);
        QVERIFY(near(r.stations[0].lambda, 1.0));
        QVERIFY(near(r.stations[1].lambda, 1.0));
        QVERIFY(near(r.meanSojourn, mm1(1.0, 2.0).W + mm1(1.0, 3.0).W));
        QVERIFY(near(r.meanSojourn, 1.5));
        QVERIFY(near(r.throughput, 1.0));
    }

    void jacksonFeedback()
    {
        // One M/M/1 with half of its output fed back: lambda = 2, W per visit 0.5, two visits.
        const JacksonResult one = jackson({{1.0, 4.0, 1}}, {{0.5}});
        QVERIFY(one.stable);
        QVERIFY(near(one.stations[0].lambda, 2.0));
        QVERIFY(near(one.stations[0].W, 0.5));
        QVERIFY(near(one.meanSojourn, 1.0));

        // Three stations: web (2 servers) -> db or cache, db -> web sometimes.
        const std::vector<JacksonStation> st = {{10.0, 8.0, 2}, {0.0, 20.0, 1}, {2.0, 30.0, 3}};
        const std::vector<std::vector<double>> P = {
            {0.0, 0.6, 0.3}, {0.2, 0.0, 0.0}, {0.0, 0.0, 0.0}};
        const JacksonResult r = jackson(st, P);
        QVERIFY(r.solved && r.stable);
        for (std::size_t j = 0; j < st.size(); ++j) {
            double in = st[j].gamma;
            for (std::size_t i = 0; i < st.size(); ++i)
                in += P[i][j] * r.stations[i].lambda;
            QVERIFY(near(r.stations[j].lambda, in, 1e-12)); // traffic equations hold
            const MmcResult q = mmc(r.stations[j].lambda, st[j].mu, st[j].servers);
            QVERIFY(near(r.stations[j].W, q.W));
        }
        double sumL = 0.0;
        for (const auto &s : r.stations)
            sumL += s.L;
        QVERIFY(near(r.meanSojourn, sumL / 12.0));
    }

    void jacksonUnstableAndSingular()
    {
        const JacksonResult hot = jackson({{1.0, 4.0, 1}}, {{0.8}}); // lambda = 5 > mu
        QVERIFY(hot.solved);
        QVERIFY(!hot.stable);
        QVERIFY(!hot.stations[0].stable);
        QVERIFY(std::isinf(hot.meanSojourn));

        const JacksonResult loop = jackson({{1.0, 4.0, 1}}, {{1.0}}); // never leaves
        QVERIFY(!loop.solved);
        QVERIFY(!loop.stable);

        const JacksonResult plain = jackson({{1.0, 2.0, 1}, {1.0, 2.0, 1}}, {});
        QVERIFY(plain.stable);
        QVERIFY(near(plain.meanSojourn, 1.0));
    }

    void availabilityFormulas()
    {
        QVERIFY(near(availability(999.0, 1.0), 0.999));
        QVERIFY(near(availabilityParallel(0.99, 2), 0.9999));
        QVERIFY(near(availabilityParallel(0.9, 3), 0.999));
        QVERIFY(near(availabilityParallel(0.9, 1), 0.9));
        QVERIFY(near(availabilitySeries({0.99, 0.9, 0.5}), 0.4455));
        QCOMPARE(availabilitySeries({}), 1.0);
    }
};

QTEST_APPLESS_MAIN(TestQueueing)
#include "tst_queueing.moc"
