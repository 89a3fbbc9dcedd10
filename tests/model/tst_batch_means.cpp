// BatchMeans: the 95% interval covers the true mean about 95% of the time, for independent
// and for correlated samples, and narrows as samples accumulate.

#include "metrics/batch_means.h"
#include "metrics/statistics.h"

#include <QtTest>

#include <cmath>
#include <random>

using scalelab::BatchMeans;

class TestBatchMeans : public QObject {
    Q_OBJECT
private slots:
    void tooFewBatchesIsInfinite()
    {
        BatchMeans bm;
        QVERIFY(std::isinf(bm.halfWidth(0.95)));
        bm.add(1.0);
        QCOMPARE(bm.batchCount(), 1);
        QVERIFY(std::isinf(bm.halfWidth(0.95)));
        bm.add(3.0);
        QCOMPARE(bm.batchCount(), 2);
        QVERIFY(std::isfinite(bm.halfWidth(0.95)));
        QCOMPARE(bm.mean(), 2.0);
    }

    void batchesStayBounded()
    {
        BatchMeans bm(32);
        double sum = 0.0;
        for (int i = 1; i <= 100000; ++i) {
            bm.add(i);
            sum += i;
            if (i >= 64) {
                QVERIFY(bm.batchCount() >= 32);
                QVERIFY(bm.batchCount() < 64);
            }
        }
        QCOMPARE(bm.count(), std::uint64_t{100000});
        QCOMPARE(bm.mean(), sum / 100000.0);
        const auto size = bm.batchSize();
        QVERIFY(size >= 100000 / 64 && size <= 100000 / 32);
        QCOMPARE(size & (size - 1), std::uint64_t{0}); // a power of two
        QVERIFY(static_cast<std::uint64_t>(bm.batchCount()) * size <= bm.count());

        bm.reset();
        QCOMPARE(bm.count(), std::uint64_t{0});
        QCOMPARE(bm.batchCount(), 0);
    }

    void coverageIndependentNormal()
    {
        std::mt19937_64 rng(2024);
        std::normal_distribution<double> dist(5.0, 2.0);
        int covered = 0;
        const int reps = 200;
        for (int r = 0; r < reps; ++r) {
            BatchMeans bm;
            for (int i = 0; i < 5000; ++i)
                bm.add(dist(rng));
            if (std::fabs(bm.mean() - 5.0) <= bm.halfWidth(0.95))
                ++covered;
        }
        const double coverage = static_cast<double>(covered) / reps;
        qInfo("iid coverage %.3f", coverage);
        QVERIFY(coverage >= 0.88);
        QVERIFY(coverage <= 0.99);
    }

    void coverageCorrelatedSeries()
    {
        // AR(1) with phi = 0.9: a naive iid interval is about sqrt(19) = 4.4 times too
        // narrow; batch means must still cover (this is why latency CIs use them).
        std::mt19937_64 rng(77);
        std::normal_distribution<double> noise(0.0, 1.0);
        const double phi = 0.9;
        const double trueMean = 10.0;
        int covered = 0;
        int naiveCovered = 0;
        const int reps = 200;
        for (int r = 0; r < reps; ++r) {
            BatchMeans bm;
            scalelab::RunningStats naive;
            double x = trueMean + noise(rng) / std::sqrt(1.0 - phi * phi); // stationary start
            for (int i = 0; i < 20000; ++i) {
                x = trueMean + phi * (x - trueMean) + noise(rng);
                bm.add(x);
                naive.add(x);
            }
            if (std::fabs(bm.mean() - trueMean) <= bm.halfWidth(0.95))
                ++covered;
            const double naiveHw = 1.96 * naive.stddev() / std::sqrt(naive.count());
            if (std::fabs(naive.mean() - trueMean) <= naiveHw)
                ++naiveCovered;
        }
        const double coverage = static_cast<double>(covered) / reps;
        const double naiveCoverage = static_cast<double>(naiveCovered) / reps;
        qInfo("AR(1) coverage: batch means %.3f, naive %.3f", coverage, naiveCoverage);
        QVERIFY(coverage >= 0.88);
        QVERIFY(coverage <= 0.99);
        QVERIFY(naiveCoverage < 0.7);
    }

    void halfWidthShrinks()
    {
        std::mt19937_64 rng(1);
        std::exponential_distribution<double> dist(1.0);
        BatchMeans bm;
        double hw1k = 0.0;
        double hw10k = 0.0;
        for (int i = 1; i <= 100000; ++i) {
            bm.add(dist(rng));
            if (i == 1000)
                hw1k = bm.halfWidth(0.95);
            if (i == 10000)
                hw10k = bm.halfWidth(0.95);
        }
        const double hw100k = bm.halfWidth(0.95);
        QVERIFY(hw10k < hw1k);
        QVERIFY(hw100k < hw10k);
        // About 1/sqrt(100) = 0.1 of the width at 1k samples.
        QVERIFY(hw100k < 0.25 * hw1k);
        QVERIFY(bm.halfWidth(0.99) > hw100k);
        QVERIFY(bm.halfWidth(0.90) < hw100k);
    }
};

QTEST_APPLESS_MAIN(TestBatchMeans)
#include "tst_batch_means.moc"
