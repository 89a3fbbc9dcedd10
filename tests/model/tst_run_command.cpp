// `scalelab run` as a user calls it: exit codes, the report, the JSON keys, the CSV.
#include <QtTest>

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>

#include <QTemporaryDir>
#include <cstring>

namespace {

struct Outcome {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

Outcome scalelab(const QStringList &args)
{
    QProcess p;
    p.start(SCALELAB_BINARY, args);
    if (!p.waitForFinished(120000))
        qFatal("scalelab did not finish");
    return {p.exitCode(), p.readAllStandardOutput(), p.readAllStandardError()};
}

QString example(const char *name)
{
    return QString(SCALELAB_EXAMPLES_DIR) + "/" + name;
}

} // namespace

class TestRunCommand : public QObject {
    Q_OBJECT
private slots:
    void helpAndVersionNeedNoDisplay()
    {
        // Without a display, Qt's window system would abort; these answer before it starts.
        for (const char *arg : {"--help", "-h", "help", "--version"}) {
            QProcess p;
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.remove(QStringLiteral("DISPLAY"));
            env.remove(QStringLiteral("WAYLAND_DISPLAY"));
            env.remove(QStringLiteral("QT_QPA_PLATFORM"));
            p.setProcessEnvironment(env);
            p.start(QStringLiteral(SCALELAB_BINARY), {QString::fromLatin1(arg)});
            QVERIFY(p.waitForFinished(10000));
            QCOMPARE(p.exitStatus(), QProcess::NormalExit);
            QCOMPARE(p.exitCode(), 0);
            const QByteArray out = p.readAllStandardOutput();
            QVERIFY2(out.startsWith(std::strcmp(arg, "--version") == 0 ? "scalelab " : "usage:"),
                     out.constData());
        }
    }

    void reportByDefault()
    {
        const Outcome o = scalelab({"run", example("04-load-balancer.yaml")});
        QCOMPARE(o.exitCode, 0);
        QVERIFY(o.out.contains("Latency (ms)"));
        QVERIFY(o.out.contains("web2: failed (scheduled)"));
        QVERIFY(o.err.isEmpty());
    }

    void jsonHasTheDocumentedKeys()
    {
        const Outcome o = scalelab({"run", example("04-load-balancer.yaml"), "--json", "-",
                                    "--duration", "200", "--warmup", "20", "--seed", "9"});
        QCOMPARE(o.exitCode, 0);
        QJsonParseError error;
        const QJsonObject j = QJsonDocument::fromJson(o.out, &error).object();
        QCOMPARE(error.error, QJsonParseError::NoError);
        for (const char *key : {"mean", "p50", "p95", "p99"})
            QVERIFY2(j["latency_ms"].toObject()[key].toDouble() > 0, key);
        const QJsonObject requests = j["requests"].toObject();
        QVERIFY(requests["arrived"].toDouble() > 0);
        QVERIFY(requests["completed"].toDouble() > 0);
        QVERIFY(requests.contains("failed"));
        QVERIFY(requests["by_cause"].toObject().contains("rejected"));
        QVERIFY(j["availability"].toDouble() > 0.9);
        QVERIFY(j["throughput_rps"].toDouble() > 100);
        QVERIFY(j["events"].toDouble() > 1000);
        QVERIFY(j.contains("wall_s"));
        QCOMPARE(j["simulated_s"].toDouble(), 200.0);
        QCOMPARE(j["seed"].toInt(), 9);
        const QJsonObject web1 = j["components"].toObject()["web1"].toObject();
        for (const char *key : {"utilization", "mean_response_ms", "mean_queue_length", "arrived",
                                "rejected", "blocking_probability"})
            QVERIFY2(web1.contains(key), key);
        QVERIFY(web1["utilization"].toDouble() > 0);
    }

    void seedChangesTheNumbers()
    {
        const QStringList base = {"run",        example("02-web-and-data-tier.yaml"),
                                  "--json",     "-",
                                  "--duration", "120",
                                  "--warmup",   "10"};
        auto latency = [](const Outcome &o) {
            return QJsonDocument::fromJson(o.out)
                .object()["latency_ms"]
                .toObject()["mean"]
                .toDouble();
        };
        const Outcome a = scalelab(base + QStringList{"--seed", "1"});
        const Outcome b = scalelab(base + QStringList{"--seed", "1"});
        const Outcome c = scalelab(base + QStringList{"--seed", "2"});
        QCOMPARE(latency(a), latency(b));
        QVERIFY(latency(a) != latency(c));
    }

    void timeSeriesCsv()
    {
        QTemporaryDir dir;
        const QString csv = dir.filePath("series.csv");
        const Outcome o = scalelab(
            {"run", example("01-single-server.yaml"), "--duration", "30", "--timeseries", csv});
        QCOMPARE(o.exitCode, 0);
        QFile f(csv);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = f.readAll().split('\n');
        QVERIFY(lines[0].startsWith("t_s,arrivals_rps,throughput_rps"));
        QVERIFY(lines[0].contains("server.utilization"));
        QVERIFY(lines.size() >= 30);
    }

    void invalidScenarioExitsTwoWithPosition()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath("broken.yaml");
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("scalelab: 1\nname: broken\nworkload: {rate_rps: 10, target: a}\n"
                "components:\n  - {id: a, kind: service, wokers: 2}\n");
        f.close();
        const Outcome o = scalelab({"run", path});
        QCOMPARE(o.exitCode, 2);
        QVERIFY2(o.err.contains("broken.yaml:5:"), o.err.constData());
        QVERIFY2(o.err.contains("workers"), o.err.constData()); // the suggestion
        QVERIFY2(o.err.endsWith("\n"), o.err.constData());
        QVERIFY(o.out.isEmpty());
    }

    void shortDurationNamesWarmupAtItsLine()
    {
        // Stage 2's file warms up for 60 s (line 9): a 50 s run is refused at that place,
        // and the message says how to go on.
        const Outcome o =
            scalelab({"run", example("02-web-and-data-tier.yaml"), "--duration", "50"});
        QCOMPARE(o.exitCode, 2);
        QVERIFY2(o.err.contains("02-web-and-data-tier.yaml:9:"), o.err.constData());
        QVERIFY2(o.err.contains("run.warmup_s: the warm-up (60 s) must be shorter than the run "
                                "(50 s, set by --duration)"),
                 o.err.constData());
        QVERIFY2(o.err.contains("--warmup 10"), o.err.constData());
        QVERIFY2(o.err.endsWith("\n"), o.err.constData());
        const Outcome fixed = scalelab(
            {"run", example("02-web-and-data-tier.yaml"), "--duration", "50", "--warmup", "10"});
        QCOMPARE(fixed.exitCode, 0);
        const Outcome option =
            scalelab({"run", example("01-single-server.yaml"), "--warmup", "5000"});
        QVERIFY2(option.err.startsWith("scalelab run: --warmup 5000 must be shorter than the run"),
                 option.err.constData());
    }

    void benchOverloadCountsEveryDrop()
    {
        const Outcome o = scalelab({"bench", "--overload", "--quick"});
        QCOMPARE(o.exitCode, 0);
        QVERIFY2(o.out.contains("peak RSS"), o.out.constData());
        QVERIFY2(o.out.contains("simulator_limit"), o.out.constData());
        QVERIFY2(o.out.contains("every request accounted for"), o.out.constData());
    }

    void missingFileExitsTwo()
    {
        const Outcome o = scalelab({"run", "/nonexistent/scenario.yaml"});
        QCOMPARE(o.exitCode, 2);
        QVERIFY(o.err.contains("/nonexistent/scenario.yaml"));
    }

    void badUsageExitsOne()
    {
        QCOMPARE(scalelab({"run"}).exitCode, 1);
        QCOMPARE(scalelab({"run", example("01-single-server.yaml"), "--frobnicate"}).exitCode, 1);
        const Outcome o = scalelab({"run", example("01-single-server.yaml"), "--duration", "-5"});
        QCOMPARE(o.exitCode, 1);
        QVERIFY(o.err.contains("--duration"));
        QCOMPARE(scalelab({"run", example("01-single-server.yaml"), "--warmup", "5000"}).exitCode,
                 2);
    }

    void benchQuickPrintsFigures()
    {
        const Outcome o = scalelab({"bench", "--quick"});
        QCOMPARE(o.exitCode, 0);
        QVERIFY(o.out.contains("million events/s"));
        QVERIFY(o.out.contains("per CPU second"));
        QVERIFY(o.out.contains("memory per request in flight"));
    }

    void benchPeakHourHoldsTheBusiestMoment()
    {
        // examples/08-stateless.yaml's curve peaks at 900 requests/s at 700 s.
        const Outcome o =
            scalelab({"bench", "--peak-hour", example("08-stateless.yaml"), "--quick"});
        QCOMPARE(o.exitCode, 0);
        QVERIFY2(o.out.contains("(900 requests/s, t = 700 s of its curve) for 120 simulated s"),
                 o.out.constData());
        QVERIFY2(o.out.contains("faster than real time"), o.out.constData());
        const Outcome missing = scalelab({"bench", "--peak-hour", "/nonexistent.yaml", "--quick"});
        QCOMPARE(missing.exitCode, 2);
        QVERIFY(missing.err.contains("/nonexistent.yaml"));
    }
};

QTEST_GUILESS_MAIN(TestRunCommand)
#include "tst_run_command.moc"
