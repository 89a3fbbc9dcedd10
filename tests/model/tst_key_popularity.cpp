// The key popularity model draws what it promises: each key's share of many draws agrees
// with its Zipf probability (plus the celebrity's extra share) within sampling error.
#include "sim/key_popularity.h"

#include <QtTest>

#include <cmath>
#include <vector>

using namespace scalelab;

class TestKeyPopularity : public QObject {
    Q_OBJECT
private slots:
    void frequenciesMatchTheProbabilities_data()
    {
        QTest::addColumn<int>("count");
        QTest::addColumn<double>("zipf");
        QTest::addColumn<double>("hot");
        QTest::newRow("uniform") << 50 << 0.0 << 0.0;
        QTest::newRow("zipf 0.8") << 200 << 0.8 << 0.0;
        QTest::newRow("zipf 1 (the log case)") << 200 << 1.0 << 0.0;
        QTest::newRow("zipf 1.3 with a celebrity") << 1000 << 1.3 << 0.2;
    }

    void frequenciesMatchTheProbabilities()
    {
        QFETCH(int, count);
        QFETCH(double, zipf);
        QFETCH(double, hot);
        const KeyPopularity keys(KeysModel{count, zipf, hot});
        RandomStream rng = RandomStream::forComponent(7, "keys", StreamPurpose::Keys);
        const int draws = 400000;
        std::vector<int> seen(static_cast<std::size_t>(count), 0);
        for (int i = 0; i < draws; ++i) {
            const std::uint32_t k = keys.draw(rng);
            QVERIFY(k < static_cast<std::uint32_t>(count));
            ++seen[k];
        }
        double total = 0;
        for (int k = 0; k < count; ++k) {
            const double p = keys.probability(static_cast<std::uint32_t>(k));
            total += p;
            const double expected = p * draws;
            const double sigma = std::sqrt(draws * p * (1 - p));
            QVERIFY2(std::abs(seen[static_cast<std::size_t>(k)] - expected) <= 5 * sigma + 1,
                     qPrintable(QStringLiteral("key %1: %2 draws, expected %3")
                                    .arg(k)
                                    .arg(seen[static_cast<std::size_t>(k)])
                                    .arg(expected)));
        }
        QVERIFY(std::abs(total - 1.0) < 1e-9);
    }

    void writesBumpVersionsOfModelKeysOnly()
    {
        KeyVersions v;
        v.reserve(10);
        QCOMPARE(v.version(3), 0u);
        v.bump(3);
        v.bump(3);
        QCOMPARE(v.version(3), 2u);
        v.bump(99); // a user number, not a key of the model: nothing kept
        QCOMPARE(v.version(99), 0u);
    }
};

QTEST_APPLESS_MAIN(TestKeyPopularity)
#include "tst_key_popularity.moc"
