// Student t and normal quantiles against table values, CDF round trips, and RunningStats
// against a two-pass computation.

#include "metrics/statistics.h"

#include <QtTest>

#include <cmath>
#include <random>
#include <vector>

using namespace scalelab;

class TestStatistics : public QObject {
    Q_OBJECT
private slots:
    void studentTTable_data()
    {
        QTest::addColumn<double>("p");
        QTest::addColumn<int>("dof");
        QTest::addColumn<double>("expected");
        QTest::newRow("0.975,1") << 0.975 << 1 << 12.7062;
        QTest::newRow("0.975,2") << 0.975 << 2 << 4.3027;
        QTest::newRow("0.975,3") << 0.975 << 3 << 3.1824;
        QTest::newRow("0.95,5") << 0.95 << 5 << 2.0150;
        QTest::newRow("0.975,10") << 0.975 << 10 << 2.2281;
        QTest::newRow("0.999,4") << 0.999 << 4 << 7.1732;
        QTest::newRow("0.995,30") << 0.995 << 30 << 2.7500;
        QTest::newRow("0.975,31") << 0.975 << 31 << 2.0395;
        QTest::newRow("0.9,63") << 0.9 << 63 << 1.2951;
        QTest::newRow("0.975,1000") << 0.975 << 1000 << 1.9623;
        QTest::newRow("0.025,10") << 0.025 << 10 << -2.2281;
    }
    void studentTTable()
    {
        QFETCH(double, p);
        QFETCH(int, dof);
        QFETCH(double, expected);
        const double got = studentTQuantile(p, dof);
        if (std::fabs(got - expected) > 1e-4)
            QFAIL(qPrintable(QStringLiteral("t(%1,%2) = %3, expected %4")
                                 .arg(p)
                                 .arg(dof)
                                 .arg(got, 0, 'g', 10)
                                 .arg(expected)));
    }

    void studentTRoundTrip()
    {
        for (int dof : {1, 2, 3, 4, 7, 15, 40, 120, 5000}) {
            for (double p : {0.0005, 0.01, 0.2, 0.5, 0.6, 0.9, 0.975, 0.995, 0.9995}) {
                const double t = studentTQuantile(p, dof);
                QVERIFY(std::fabs(studentTCdf(t, dof) - p) < 1e-9);
                QVERIFY(std::fabs(studentTQuantile(1.0 - p, dof) + t) < 1e-7);
            }
        }
        // Tends to the normal as dof grows, and is wider for fewer dof.
        QVERIFY(std::fabs(studentTQuantile(0.975, 100000) - normalQuantile(0.975)) < 1e-4);
        QVERIFY(studentTQuantile(0.975, 5) > studentTQuantile(0.975, 6));
        QVERIFY(std::isinf(studentTQuantile(1.0, 5)));
    }

    void normal()
    {
        QVERIFY(std::fabs(normalQuantile(0.975) - 1.959963985) < 1e-8);
        QVERIFY(std::fabs(normalQuantile(0.5)) < 1e-15);
        QVERIFY(std::fabs(normalQuantile(0.99) - 2.326347874) < 1e-8);
        QVERIFY(std::fabs(normalQuantile(1e-10) + 6.361340902) < 1e-7);
        for (double p = 0.0001; p < 1.0; p += 0.0123)
            QVERIFY(std::fabs(normalCdf(normalQuantile(p)) - p) < 1e-14);
        QVERIFY(std::isinf(normalQuantile(0.0)) && normalQuantile(0.0) < 0.0);
    }

    void incompleteBeta()
    {
        // I_x(1, 1) = x; I_x(2, 1) = x^2; I_x(a, b) = 1 - I_{1-x}(b, a).
        QVERIFY(std::fabs(regularizedIncompleteBeta(0.3, 1.0, 1.0) - 0.3) < 1e-14);
        QVERIFY(std::fabs(regularizedIncompleteBeta(0.3, 2.0, 1.0) - 0.09) < 1e-14);
        const double a = regularizedIncompleteBeta(0.42, 3.5, 7.25);
        const double b = regularizedIncompleteBeta(0.58, 7.25, 3.5);
        QVERIFY(std::fabs(a + b - 1.0) < 1e-13);
    }

    void runningStats()
    {
        std::mt19937_64 rng(8);
        std::normal_distribution<double> dist(1e6, 3.0); // large offset: Welford stays exact
        std::vector<double> data(10000);
        RunningStats all;
        RunningStats first;
        RunningStats second;
        for (std::size_t i = 0; i < data.size(); ++i) {
            data[i] = dist(rng);
            all.add(data[i]);
            (i < 3000 ? first : second).add(data[i]);
        }
        double mean = 0.0;
        for (double x : data)
            mean += x;
        mean /= static_cast<double>(data.size());
        double ss = 0.0;
        for (double x : data)
            ss += (x - mean) * (x - mean);
        const double variance = ss / static_cast<double>(data.size() - 1);
        QCOMPARE(all.count(), std::uint64_t{10000});
        QVERIFY(std::fabs(all.mean() - mean) < 1e-8);
        QVERIFY(std::fabs(all.variance() - variance) < 1e-8 * variance);
        QCOMPARE(all.min(), *std::min_element(data.begin(), data.end()));
        QCOMPARE(all.max(), *std::max_element(data.begin(), data.end()));

        first.merge(second);
        QCOMPARE(first.count(), all.count());
        QVERIFY(std::fabs(first.mean() - all.mean()) < 1e-8);
        QVERIFY(std::fabs(first.variance() - all.variance()) < 1e-8 * variance);
        QCOMPARE(first.min(), all.min());

        RunningStats one;
        one.add(4.0);
        QCOMPARE(one.variance(), 0.0);
        one.reset();
        QCOMPARE(one.count(), std::uint64_t{0});
    }
};

QTEST_APPLESS_MAIN(TestStatistics)
#include "tst_statistics.moc"
