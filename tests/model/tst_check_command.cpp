// `scalelab check` as a teacher calls it on a class's files: verdicts and figures per
// goal, exit 0 only when every goal of every file is met, JSON on request.
#include <QtTest>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QThread>

#include <csignal>

namespace {

struct Outcome {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

Outcome scalelab(const QStringList &args)
{
    QProcess p;
    p.start(QStringLiteral(SCALELAB_BINARY), args);
    if (!p.waitForFinished(300000))
        qFatal("scalelab did not finish");
    return {p.exitCode(), p.readAllStandardOutput(), p.readAllStandardError()};
}

QString example(const char *name)
{
    return QString(SCALELAB_EXAMPLES_DIR) + "/" + name;
}

const char *kDesign = "scalelab: 1\n"
                      "seed: 3\n"
                      "run: {duration_s: 200, warmup_s: 20}\n"
                      "components:\n"
                      "  - {id: users, kind: clients, rate_rps: 50}\n"
                      "  - {id: s, kind: service, workers: 2, service_ms: {mean: 10}}\n"
                      "links:\n"
                      "  - {from: users, to: s, latency_ms: 0}\n";

} // namespace

class TestCheckCommand : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;

    QString write(const char *name, const QByteArray &text)
    {
        const QString path = m_dir.filePath(QString::fromLatin1(name));
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly))
            qFatal("cannot write %s", qPrintable(path));
        f.write(text);
        return path;
    }

private slots:
    void allMetExitsZero()
    {
        const QString file =
            write("good.yaml", QByteArray(kDesign) + "goals:\n"
                                                     "  - {metric: availability, above: 0.99}\n"
                                                     "  - {metric: utilization, component: s, "
                                                     "below: 0.5}\n");
        const Outcome o = scalelab({"check", file});
        QVERIFY2(o.exitCode == 0, o.out + o.err);
        QVERIFY(o.out.contains("met     availability above 0.99"));
        QVERIFY(o.out.contains("2 of 2 goals met"));
        QVERIFY(o.out.contains("1 of 1 files have every goal met"));
    }

    void oneGoalMissedExitsOne()
    {
        const QString good = write("good2.yaml", QByteArray(kDesign) +
                                                     "goals:\n  - {metric: p99_ms, below: 5000}\n");
        const QString bad =
            write("bad.yaml", QByteArray(kDesign) + "goals:\n  - {metric: p50_ms, below: 1}\n");
        const Outcome o = scalelab({"check", good, bad});
        QCOMPARE(o.exitCode, 1);
        QVERIFY2(o.out.contains("failed  p50_ms below 1 ms: measured"), o.out);
        QVERIFY(o.out.contains("1 of 2 files have every goal met"));
    }

    void noGoalsIsNotAPass()
    {
        const QString file = write("none.yaml", kDesign);
        const Outcome o = scalelab({"check", file});
        QCOMPARE(o.exitCode, 1);
        QVERIFY(o.out.contains("no goals to check"));
    }

    void malformedGoalsArePlaced()
    {
        const QString file =
            write("broken.yaml", QByteArray(kDesign) + "goals:\n  - {metric: p99, below: 1}\n");
        const Outcome o = scalelab({"check", file});
        QCOMPARE(o.exitCode, 1);
        QVERIFY2(o.out.contains("broken.yaml:10:") && o.out.contains("goals[0].metric"), o.out);
        // The error ends its line: the summary starts a line of its own.
        QVERIFY2(o.out.contains("\n0 of 1 files have every goal met"), o.out);
    }

    void ctrlCStopsWithTheReportSoFar()
    {
        // A run of ten million simulated seconds: hours of work, unless interrupted.
        QByteArray design(kDesign);
        design.replace("duration_s: 200", "duration_s: 10000000");
        const QString first = write(
            "short.yaml", QByteArray(kDesign) + "goals:\n  - {metric: p99_ms, below: 5000}\n");
        const QString slow =
            write("long.yaml", design + "goals:\n  - {metric: p99_ms, below: 5000}\n");
        const QString json = m_dir.filePath(QStringLiteral("grades.json"));
        QFile::remove(json);
        QProcess p;
        p.start(QStringLiteral(SCALELAB_BINARY),
                {QStringLiteral("check"), first, slow, QStringLiteral("--json"), json});
        QVERIFY(p.waitForStarted());
        QThread::msleep(3000);
        QCOMPARE(::kill(static_cast<pid_t>(p.processId()), SIGINT), 0);
        QVERIFY2(p.waitForFinished(30000), "check did not stop on SIGINT");
        QCOMPARE(p.exitStatus(), QProcess::NormalExit);
        QCOMPARE(p.exitCode(), 130);
        const QByteArray out = p.readAllStandardOutput();
        const QByteArray err = p.readAllStandardError();
        QVERIFY2(err.contains("interrupted in") && err.contains("long.yaml"), err.constData());
        QVERIFY2(!err.contains('\r'), err.constData()); // no progress bar off a terminal
        // The first file was judged; the long one's window is not over.
        QVERIFY2(out.contains("met     p99_ms below 5000 ms"), out.constData());
        QVERIFY2(out.contains("pending p99_ms below 5000 ms"), out.constData());
        QFile f(json);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QJsonDocument doc = QJsonDocument::fromJson(f.readAll());
        QCOMPARE(doc["files"].toArray().size(), 2);
    }

    void jsonToAnUnwritablePlaceKeepsTheOldFile()
    {
        // The report is written whole or not at all: a folder in the way is refused.
        const QString folder = m_dir.filePath(QStringLiteral("taken"));
        QVERIFY(QDir().mkpath(folder));
        const Outcome o = scalelab({QStringLiteral("check"), example("01-single-server.yaml"),
                                    QStringLiteral("--json"), folder});
        QCOMPARE(o.exitCode, 2);
        QVERIFY2(o.err.contains("scalelab check:"), o.err.constData());
        QVERIFY(QFileInfo(folder).isDir());
    }

    void badArgumentsExitTwo()
    {
        QCOMPARE(scalelab({"check"}).exitCode, 2);
        QCOMPARE(scalelab({"check", "--frobnicate", example("01-single-server.yaml")}).exitCode, 2);
        QCOMPARE(scalelab({"check", example("01-single-server.yaml"), "--json"}).exitCode, 2);
    }

    void jsonOfTheUntouchedLessons()
    {
        const Outcome o = scalelab({"check", example("02-web-and-data-tier.yaml"),
                                    example("04-load-balancer.yaml"), "--json", "-"});
        QCOMPARE(o.exitCode, 1); // the lessons wait for the student's edits
        QJsonParseError error{};
        const QJsonDocument doc = QJsonDocument::fromJson(o.out, &error);
        QVERIFY2(error.error == QJsonParseError::NoError, o.out);
        QCOMPARE(doc["all_met"].toBool(true), false);
        const QJsonArray files = doc["files"].toArray();
        QCOMPARE(files.size(), 2);
        const QJsonArray stage2 = files[0]["goals"].toArray();
        QCOMPARE(stage2.size(), 3);
        QCOMPARE(stage2[0]["state"].toString(), QStringLiteral("met"));
        QCOMPARE(stage2[1]["state"].toString(), QStringLiteral("failed"));
        QCOMPARE(stage2[1]["component"].toString(), QStringLiteral("db"));
        QVERIFY(stage2[1]["value"].toDouble() > 0.7); // the database is over 70 % busy
        const QJsonArray stage4 = files[1]["goals"].toArray();
        QCOMPARE(stage4[1]["survives"].toString(), QStringLiteral("web2"));
        // The window opens when the health check notices, a little after the failure.
        const double start = stage4[1]["window_start_s"].toDouble();
        QVERIFY2(start > 300 && start < 320, qPrintable(QString::number(start)));
        QCOMPARE(stage4[1]["state"].toString(), QStringLiteral("met"));
    }

    void jsonToAFileKeepsTheReport()
    {
        const QString path = m_dir.filePath(QStringLiteral("grades.json"));
        const Outcome o = scalelab({"check", example("01-single-server.yaml"), "--json", path});
        QCOMPARE(o.exitCode, 1);
        QVERIFY(o.out.contains("goals met"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QJsonDocument doc = QJsonDocument::fromJson(f.readAll());
        const QJsonArray files = doc["files"].toArray();
        QCOMPARE(files.at(0).toObject().value("goals").toArray().size(), 3);
    }
};

QTEST_APPLESS_MAIN(TestCheckCommand)
#include "tst_check_command.moc"
