// Simulation ▸ Chaos Test and ▸ Capacity Curve: the menu opens each for the open design;
// the chaos table marks the single server's row failed in red and the baseline held in
// green and exports as CSV; the capacity chart draws p50/p95/p99 on a log axis with the
// M/M/1 prediction beside them. Set SCALELAB_SCREENSHOTS_DIR to keep pictures of both.
#include "charts/capacity_chart.h"
#include "scenario/scenario_io.h"
#include "window/capacity_dialog.h"
#include "window/chaos_dialog.h"
#include "window/main_window.h"

#include <QAction>
#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QtTest>

using namespace scalelab;

namespace {

void keepPicture(QWidget *w, const char *name)
{
    const QString dir = qEnvironmentVariable("SCALELAB_SCREENSHOTS_DIR");
    if (!dir.isEmpty())
        QVERIFY(w->grab().save(QDir(dir).filePath(QString::fromLatin1(name))));
}

Scenario mm1()
{
    const LoadResult r = parseScenario("scalelab: 1\n"
                                       "seed: 2\n"
                                       "run: {duration_s: 300, warmup_s: 20}\n"
                                       "components:\n"
                                       "  - {id: users, kind: clients, rate_rps: 50, "
                                       "timeout_ms: none}\n"
                                       "  - {id: server, kind: service, capacity: unbounded, "
                                       "service_ms: {mean: 10}}\n"
                                       "links:\n"
                                       "  - {from: users, to: server, latency_ms: 0}\n");
    if (!r.ok())
        qFatal("%s", r.message().c_str());
    return *r.scenario;
}

} // namespace

class TestChaosCapacity : public QObject {
    Q_OBJECT
private slots:
    void menuOpensBoth()
    {
        const LoadResult r = loadScenarioFile(SCALELAB_EXAMPLES_DIR "/01-single-server.yaml");
        QVERIFY(r.ok());
        MainWindow window;
        window.setDialogsEnabled(false);
        window.openUntitled(*r.scenario);
        auto *chaos = window.findChild<QAction *>(QStringLiteral("chaosTestAction"));
        auto *capacity = window.findChild<QAction *>(QStringLiteral("capacityCurveAction"));
        QVERIFY(chaos && capacity);
        chaos->trigger();
        auto *dialog = window.findChild<ChaosDialog *>();
        QVERIFY(dialog);
        QCOMPARE(dialog->table()->rowCount(), 0); // filled when the runs are done
        capacity->trigger();
        QVERIFY(window.findChild<CapacityDialog *>());
    }

    void chaosTableColoursAndExports()
    {
        const LoadResult r = loadScenarioFile(SCALELAB_EXAMPLES_DIR "/01-single-server.yaml");
        QVERIFY(r.ok());
        Scenario s = *r.scenario;
        s.run = {660, 60};
        ChaosDialog dialog(s);
        dialog.setAttribute(Qt::WA_DeleteOnClose, false);
        dialog.show();
        QSignalSpy done(&dialog, &ChaosDialog::testFinished);
        QVERIFY(done.wait(120000));
        QTableWidget *t = dialog.table();
        QCOMPARE(t->rowCount(), 3);
        QCOMPARE(t->item(2, 0)->text(), QStringLiteral("server"));
        const QColor baseline = t->item(0, 4)->background().color();
        const QColor server = t->item(2, 4)->background().color();
        QVERIFY(baseline.green() > baseline.red()); // held: green
        QVERIFY(server.red() > server.green());     // failed: red
        QVERIFY(t->item(2, 4)->text().contains(QStringLiteral("availability")));
        keepPicture(&dialog, "chaos-test.png");
        QTemporaryDir dir;
        const QString csv = dir.filePath("chaos.csv");
        QCOMPARE(dialog.exportCsv(csv), QString());
        QFile f(csv);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray text = f.readAll();
        QVERIFY(text.startsWith("component,kind,availability,p99_ms"));
        QVERIFY(text.contains("\nserver,web_server,"));
        QVERIFY(text.contains(",false,true\n")); // the server's row: finished, SLO not held
    }

    void capacityChartDrawsTheHockeyStick()
    {
        CapacityDialog dialog(mm1());
        dialog.setAttribute(Qt::WA_DeleteOnClose, false);
        dialog.resize(1000, 640);
        dialog.show();
        dialog.setRange(5, 120, 10, true);
        QSignalSpy done(&dialog, &CapacityDialog::sweepFinished);
        dialog.start();
        QVERIFY(done.wait(120000));
        CapacityChart *chart = dialog.chart();
        QCOMPARE(chart->xAxis->scaleType(), QCPAxis::stLogarithmic);
        QCOMPARE(chart->measured(2)->data()->size(), 10);
        // The M/M/1 prediction exists below saturation only (mu = 100/s).
        const int predicted = chart->predicted(2)->data()->size();
        QVERIFY(predicted >= 7 && predicted < 10);
        QVERIFY(chart->predicted(2)->visible());
        // The stick: p99 at the top level far above the lowest.
        const auto *p99 = chart->measured(2)->data().data();
        QVERIFY(p99->at(9)->value > 10 * p99->at(0)->value);
        keepPicture(&dialog, "capacity-curve.png");
        QTemporaryDir dir;
        QCOMPARE(dialog.exportCsv(dir.filePath("c.csv")), QString());
    }
};

QTEST_MAIN(TestChaosCapacity)
#include "tst_chaos_capacity.moc"
