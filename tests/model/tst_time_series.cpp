// TimeSeries: columns, rows, and the exact CSV text (header, shortest round-trip numbers,
// NaN as an empty field, quoted names).

#include "metrics/time_series.h"

#include <QtTest>

#include <cmath>
#include <sstream>
#include <stdexcept>

using scalelab::TimeSeries;

class TestTimeSeries : public QObject {
    Q_OBJECT
private slots:
    void columnsAndRows()
    {
        TimeSeries ts(1.0);
        QCOMPARE(ts.addColumn("throughput_rps"), std::size_t{0});
        QCOMPARE(ts.addColumn("p99_ms"), std::size_t{1});
        QCOMPARE(ts.addColumn("throughput_rps"), std::size_t{0}); // existing name
        QCOMPARE(ts.columnIndex("p99_ms"), std::ptrdiff_t{1});
        QCOMPARE(ts.columnIndex("nope"), std::ptrdiff_t{-1});
        ts.append(1.0, {100.0, 12.5});
        ts.append(2.0, {110.0, 13.0});
        QCOMPARE(ts.rows(), std::size_t{2});
        QCOMPARE(ts.columnCount(), std::size_t{2});
        QCOMPARE(ts.value(1, 0), 110.0);
        QCOMPARE(ts.time(1), 2.0);
        QCOMPARE(ts.column(1)[0], 12.5);
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, ts.append(3.0, {1.0}));
        QCOMPARE(ts.rows(), std::size_t{2});

        ts.addColumn("late"); // earlier rows have no value
        QVERIFY(std::isnan(ts.value(0, 2)));
        ts.clearRows();
        QCOMPARE(ts.rows(), std::size_t{0});
        QCOMPARE(ts.columnCount(), std::size_t{3});
    }

    void csv()
    {
        TimeSeries ts;
        ts.addColumn("rps");
        ts.addColumn("p99,ms");
        ts.append(0.5, {1.0 / 3.0, 1e-7});
        ts.append(1.5, {250.0, std::nan("")});
        std::ostringstream out;
        ts.writeCsv(out);
        QCOMPARE(QString::fromStdString(out.str()), QStringLiteral("t_s,rps,\"p99,ms\"\n"
                                                                   "0.5,0.3333333333333333,1e-07\n"
                                                                   "1.5,250,\n"));
    }
};

QTEST_APPLESS_MAIN(TestTimeSeries)
#include "tst_time_series.moc"
