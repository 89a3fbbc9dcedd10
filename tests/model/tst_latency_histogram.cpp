// LatencyHistogram: quantiles within the design error bound against exact sorted
// quantiles, exact min/max/mean, merge, and the edges (zero, tiny, huge, negative).

#include "metrics/latency_histogram.h"

#include <QtTest>

#include <algorithm>
#include <cmath>
#include <random>
#include <vector>

using scalelab::LatencyHistogram;

namespace {

// Nearest-rank quantile of sorted data: the same definition LatencyHistogram uses.
double exactQuantile(const std::vector<double> &sorted, double q)
{
    const auto n = static_cast<double>(sorted.size());
    auto rank = static_cast<std::size_t>(std::ceil(q * n - 1e-9));
    rank = std::clamp<std::size_t>(rank, 1, sorted.size());
    return sorted[rank - 1];
}

void checkQuantiles(const std::vector<double> &data)
{
    LatencyHistogram h;
    for (double x : data)
        h.record(x);
    std::vector<double> sorted = data;
    std::sort(sorted.begin(), sorted.end());
    const double bound = LatencyHistogram::relativeErrorBound();
    QVERIFY(bound <= 0.01);
    for (double q : {0.0, 0.001, 0.01, 0.1, 0.25, 0.5, 0.75, 0.9, 0.95, 0.99, 0.999, 1.0}) {
        const double exact = exactQuantile(sorted, q);
        const double got = h.quantile(q);
        const double rel = std::fabs(got - exact) / exact;
        if (rel > bound * (1.0 + 1e-12))
            QFAIL(qPrintable(QStringLiteral("q=%1 exact=%2 got=%3 rel=%4")
                                 .arg(q)
                                 .arg(exact, 0, 'g', 17)
                                 .arg(got, 0, 'g', 17)
                                 .arg(rel)));
    }
}

} // namespace

class TestLatencyHistogram : public QObject {
    Q_OBJECT
private slots:
    void emptyIsZero()
    {
        LatencyHistogram h;
        QCOMPARE(h.count(), std::uint64_t{0});
        QCOMPARE(h.mean(), 0.0);
        QCOMPARE(h.min(), 0.0);
        QCOMPARE(h.max(), 0.0);
        QCOMPARE(h.quantile(0.99), 0.0);
    }

    void uniformQuantiles()
    {
        std::mt19937_64 rng(42);
        std::uniform_real_distribution<double> dist(0.1, 1000.0);
        std::vector<double> data(100000);
        for (double &x : data)
            x = dist(rng);
        checkQuantiles(data);
    }

    void exponentialQuantiles()
    {
        std::mt19937_64 rng(7);
        std::exponential_distribution<double> dist(1.0 / 20.0); // mean 20 ms
        std::vector<double> data(100000);
        for (double &x : data)
            x = dist(rng) + 0.01; // keep clear of the zero bucket
        checkQuantiles(data);
    }

    void wideLognormalQuantiles()
    {
        // Six decades, 1 ms to about 1e6 ms: every octave's layout is exercised.
        std::mt19937_64 rng(99);
        std::lognormal_distribution<double> dist(std::log(50.0), 2.5);
        std::vector<double> data(50000);
        for (double &x : data)
            x = std::clamp(dist(rng), 0.002, 1e7);
        checkQuantiles(data);
    }

    void exactMinMaxMean()
    {
        std::mt19937_64 rng(3);
        std::uniform_real_distribution<double> dist(0.5, 80.0);
        LatencyHistogram h;
        double sum = 0.0;
        double lo = 1e300;
        double hi = -1e300;
        for (int i = 0; i < 10000; ++i) {
            const double x = dist(rng);
            h.record(x);
            sum += x;
            lo = std::min(lo, x);
            hi = std::max(hi, x);
        }
        QCOMPARE(h.count(), std::uint64_t{10000});
        QCOMPARE(h.min(), lo); // exact, not bucketed
        QCOMPARE(h.max(), hi);
        QCOMPARE(h.mean(), sum / 10000.0);
        QCOMPARE(h.quantile(0.0), lo);
        QCOMPARE(h.quantile(1.0), hi);
    }

    void bucketsContainTheirValues()
    {
        std::mt19937_64 rng(11);
        std::uniform_real_distribution<double> exponent(-10.0, 24.0);
        for (int i = 0; i < 20000; ++i) {
            const double x = std::exp2(exponent(rng));
            const int b = LatencyHistogram::bucketIndex(x);
            QVERIFY(b >= 1 && b < LatencyHistogram::kBucketCount);
            QVERIFY(LatencyHistogram::bucketLower(b) <= x);
            QVERIFY(x < LatencyHistogram::bucketUpper(b));
            const double width =
                LatencyHistogram::bucketUpper(b) - LatencyHistogram::bucketLower(b);
            QVERIFY(width / LatencyHistogram::bucketLower(b) <= 1.0 / 128.0 + 1e-15);
        }
        QVERIFY(LatencyHistogram::bucketIndex(1.0) < LatencyHistogram::bucketIndex(1.01));
    }

    void mergeEqualsWhole()
    {
        std::mt19937_64 rng(5);
        std::exponential_distribution<double> dist(0.1);
        LatencyHistogram a;
        LatencyHistogram b;
        LatencyHistogram whole;
        for (int i = 0; i < 20000; ++i) {
            const double x = dist(rng);
            (i % 3 == 0 ? a : b).record(x);
            whole.record(x);
        }
        a.merge(b);
        QCOMPARE(a.count(), whole.count());
        QCOMPARE(a.min(), whole.min());
        QCOMPARE(a.max(), whole.max());
        QVERIFY(std::fabs(a.mean() - whole.mean()) < 1e-12 * whole.mean());
        for (double q : {0.1, 0.5, 0.9, 0.99, 0.999})
            QCOMPARE(a.quantile(q), whole.quantile(q));
        for (int i = 0; i < LatencyHistogram::kBucketCount; ++i)
            QCOMPARE(a.bucketCountAt(i), whole.bucketCountAt(i));

        LatencyHistogram empty;
        a.merge(empty);
        QCOMPARE(a.count(), whole.count());
        empty.merge(whole);
        QCOMPARE(empty.min(), whole.min());
    }

    void zeroTinyHugeNegative()
    {
        LatencyHistogram zeros;
        for (int i = 0; i < 3; ++i)
            zeros.record(0.0);
        QCOMPARE(zeros.quantile(0.5), 0.0);
        QCOMPARE(zeros.max(), 0.0);
        QCOMPARE(LatencyHistogram::bucketIndex(0.0), 0);
        QCOMPARE(LatencyHistogram::bucketIndex(1e-5), 0);

        LatencyHistogram h;
        h.record(-4.0); // recorded as 0
        h.record(1e-5);
        h.record(1e9); // beyond the top octave: top bucket, max still exact
        h.record(std::numeric_limits<double>::quiet_NaN());
        QCOMPARE(h.count(), std::uint64_t{4});
        QCOMPARE(h.min(), 0.0);
        QCOMPARE(h.max(), 1e9);
        QCOMPARE(h.quantile(1.0), 1e9);
        QVERIFY(std::isfinite(h.mean()));
        QVERIFY(h.quantile(0.5) < 1e-3); // the two zeros and the tiny value: below 1 us
        QCOMPARE(LatencyHistogram::bucketIndex(1e9), LatencyHistogram::kBucketCount - 1);
        QCOMPARE(LatencyHistogram::bucketIndex(std::numeric_limits<double>::infinity()),
                 LatencyHistogram::kBucketCount - 1);

        h.reset();
        QCOMPARE(h.count(), std::uint64_t{0});
        QCOMPARE(h.quantile(0.5), 0.0);
        h.record(12.5);
        QCOMPARE(h.quantile(0.5), 12.5); // a single value: clamped to [min, max]
    }
};

QTEST_APPLESS_MAIN(TestLatencyHistogram)
#include "tst_latency_histogram.moc"
