// The sub-commands as a user runs them: --help and --version with no display, Ctrl+C on a
// long run, no progress bytes off a terminal, outputs that replace the old file whole,
// and a PDF export whose card texts are complete (not "16 wor…").
#include <QtTest>

#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryDir>

#include <csignal>
#include <sys/stat.h>

namespace {

QString example(const char *name)
{
    return QStringLiteral(SCALELAB_EXAMPLES_DIR "/") + QLatin1String(name);
}

/// An environment with no display and no platform chosen: what a CI box or ssh gives.
QProcessEnvironment noDisplay()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    env.remove(QStringLiteral("QT_QPA_PLATFORM"));
    return env;
}

struct Outcome {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

Outcome scalelab(const QStringList &args, int timeoutMs = 120000)
{
    QProcess p;
    p.setProcessEnvironment(noDisplay());
    p.start(QStringLiteral(SCALELAB_BINARY), args);
    if (!p.waitForFinished(timeoutMs))
        qFatal("scalelab did not finish");
    if (p.exitStatus() != QProcess::NormalExit)
        return {-1, p.readAllStandardOutput(), p.readAllStandardError()};
    return {p.exitCode(), p.readAllStandardOutput(), p.readAllStandardError()};
}

ino_t inode(const QString &path)
{
    struct stat st {};
    return ::stat(QFile::encodeName(path).constData(), &st) == 0 ? st.st_ino : 0;
}

void writeOld(const QString &path)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("the previous file\n");
}

} // namespace

class TestCli : public QObject {
    Q_OBJECT

private slots:
    void everyCommandAnswersHelpWithNoDisplay_data()
    {
        QTest::addColumn<QString>("command");
        QTest::addColumn<QString>("flag");
        for (const char *cmd :
             {"run", "check", "export", "snapshot", "record", "bench", "bench-gui"})
            for (const char *flag : {"--help", "-h"})
                QTest::newRow(qPrintable(QStringLiteral("%1 %2").arg(cmd, flag)))
                    << QString::fromLatin1(cmd) << QString::fromLatin1(flag);
    }

    void everyCommandAnswersHelpWithNoDisplay()
    {
        QFETCH(QString, command);
        QFETCH(QString, flag);
        const Outcome o = scalelab({command, flag}, 10000);
        QCOMPARE(o.exitCode, 0);
        QVERIFY2(o.out.startsWith("usage: scalelab " + command.toLatin1() + " "),
                 o.out.constData());
        QVERIFY2(o.err.isEmpty(), o.err.constData());
        // The same synopsis as in the program's usage: one table, not copies.
        const QByteArray synopsis = o.out.left(o.out.indexOf('\n')).mid(7);
        QVERIFY2(scalelab({QStringLiteral("--help")}, 10000).out.contains(synopsis),
                 synopsis.constData());
    }

    void helpCommandIsTheCommandsHelp()
    {
        for (const char *cmd :
             {"run", "check", "export", "snapshot", "record", "bench", "bench-gui"}) {
            const Outcome help =
                scalelab({QStringLiteral("help"), QString::fromLatin1(cmd)}, 10000);
            QCOMPARE(help.exitCode, 0);
            QCOMPARE(help.out,
                     scalelab({QString::fromLatin1(cmd), QStringLiteral("--help")}, 10000).out);
        }
        const Outcome unknown = scalelab({QStringLiteral("help"), QStringLiteral("teapot")}, 10000);
        QCOMPARE(unknown.exitCode, 1);
        QVERIFY(unknown.out.isEmpty());
        QVERIFY(unknown.err.contains("teapot"));
        QVERIFY(unknown.err.contains("usage: scalelab"));
    }

    void everyCommandAnswersVersion()
    {
        const QByteArray version = scalelab({QStringLiteral("--version")}, 10000).out;
        QVERIFY(version.startsWith("scalelab 0."));
        for (const char *cmd :
             {"run", "check", "export", "snapshot", "record", "bench", "bench-gui"}) {
            const Outcome o = scalelab({QString::fromLatin1(cmd), QStringLiteral("--version")});
            QCOMPARE(o.exitCode, 0);
            QCOMPARE(o.out, version);
        }
    }

    void aWrongOptionPrintsTheSynopsis()
    {
        const Outcome o = scalelab({QStringLiteral("run"), QStringLiteral("--bogus")});
        QCOMPARE(o.exitCode, 1);
        QVERIFY(o.err.contains("unknown option '--bogus'"));
        QVERIFY(o.err.contains("usage: scalelab run FILE.yaml"));
    }

    void ctrlCStopsALongRunWithTheReportSoFar()
    {
        QTemporaryDir dir;
        const QString json = dir.filePath(QStringLiteral("report.json"));
        QProcess p;
        p.setProcessEnvironment(noDisplay());
        // Ten million simulated seconds: hours of work, unless interrupted.
        p.start(QStringLiteral(SCALELAB_BINARY),
                {QStringLiteral("run"), example("04-load-balancer.yaml"),
                 QStringLiteral("--duration"), QStringLiteral("10000000"), QStringLiteral("--json"),
                 json});
        QVERIFY(p.waitForStarted());
        QThread::msleep(3000); // past loading and the warm-up
        QCOMPARE(::kill(static_cast<pid_t>(p.processId()), SIGINT), 0);
        QVERIFY2(p.waitForFinished(30000), "the run did not stop on SIGINT");
        QCOMPARE(p.exitStatus(), QProcess::NormalExit);
        QCOMPARE(p.exitCode(), 130);
        const QByteArray out = p.readAllStandardOutput();
        const QByteArray err = p.readAllStandardError();
        QVERIFY2(out.contains("Latency (ms)"), out.constData());
        QVERIFY2(out.contains("web1"), out.constData());
        QVERIFY2(err.contains("interrupted at t = "), err.constData());
        // stderr is a pipe here, not a terminal: no progress bar, no carriage returns.
        QVERIFY2(!err.contains('\r') && !err.contains("\033[") && !err.contains("[#"),
                 err.constData());
        QFile f(json);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QJsonObject j = QJsonDocument::fromJson(f.readAll()).object();
        QVERIFY(j["simulated_s"].toDouble() > 60);
        QVERIFY(j["simulated_s"].toDouble() < 1e7);
    }

    void noProgressBytesOffATerminal()
    {
        const Outcome o = scalelab({QStringLiteral("run"), example("04-load-balancer.yaml"),
                                    QStringLiteral("--duration"), QStringLiteral("3000")});
        QCOMPARE(o.exitCode, 0);
        QVERIFY2(o.err.isEmpty(), o.err.constData());
        QVERIFY(!o.out.contains('\r'));
    }

    void aTerminalShowsTheProgressBar()
    {
        // script(1) (util-linux, in every Debian) gives the run a pseudo-terminal.
        QProcess p;
        p.setProcessEnvironment(noDisplay());
        p.start(QStringLiteral("script"),
                {QStringLiteral("-qfec"),
                 QStringLiteral("'%1' run '%2' --duration 8000 > /dev/null")
                     .arg(QStringLiteral(SCALELAB_BINARY), example("04-load-balancer.yaml")),
                 QStringLiteral("/dev/null")});
        QVERIFY(p.waitForFinished(120000));
        QCOMPARE(p.exitCode(), 0);
        const QByteArray tty = p.readAllStandardOutput();
        QVERIFY2(tty.contains("\rscalelab run [") && tty.contains("% ") && tty.contains(" left"),
                 tty.constData());
        QVERIFY2(tty.endsWith("\r\033[K"), tty.right(40).constData()); // erased at the end
    }

    void everyOutputReplacesTheOldFileWhole_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("output");
        QTest::addColumn<QByteArray>("starts");
        const QString lb = example("04-load-balancer.yaml");
        QTest::newRow("export png")
            << QStringList{"export", lb, "-o", "@"} << "out.png" << QByteArray("\x89PNG");
        QTest::newRow("export svg")
            << QStringList{"export", lb, "-o", "@"} << "out.svg" << QByteArray("<?xml");
        QTest::newRow("export pdf")
            << QStringList{"export", lb, "-o", "@"} << "out.pdf" << QByteArray("%PDF");
        // The diagrams other tools edit (docs/exports.md), chosen by extension too.
        QTest::newRow("export mermaid")
            << QStringList{"export", lb, "-o", "@"} << "out.mmd" << QByteArray("---\ntitle:");
        QTest::newRow("export markdown")
            << QStringList{"export", lb, "-o", "@"} << "out.md" << QByteArray("```mermaid\n");
        QTest::newRow("export plantuml")
            << QStringList{"export", lb, "-o", "@"} << "out.puml" << QByteArray("@startuml\n");
        QTest::newRow("export dot")
            << QStringList{"export", lb, "-o", "@"} << "out.dot" << QByteArray("digraph ");
        QTest::newRow("export drawio")
            << QStringList{"export", lb, "-o", "@"} << "out.drawio" << QByteArray("<?xml");
        QTest::newRow("export excalidraw")
            << QStringList{"export", lb, "-o", "@"} << "out.excalidraw"
            << QByteArray("{\n  \"type\": \"excalidraw\"");
        QTest::newRow("snapshot") << QStringList{"snapshot", lb,  "--at",   "3",
                                                 "-o",       "@", "--size", "800x600"}
                                  << "shot.png" << QByteArray("\x89PNG");
        QTest::newRow("run json") << QStringList{"run", lb, "--duration", "100", "--json", "@"}
                                  << "report.json" << QByteArray("{");
        QTest::newRow("run csv") << QStringList{"run", lb, "--duration", "100", "--timeseries", "@"}
                                 << "series.csv" << QByteArray("t_s,");
    }

    void everyOutputReplacesTheOldFileWhole()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, output);
        QFETCH(QByteArray, starts);
        QTemporaryDir dir;
        const QString path = dir.filePath(output);
        writeOld(path);
        const ino_t before = inode(path);
        args.replace(args.indexOf(QStringLiteral("@")), path);
        const Outcome o = scalelab(args);
        QVERIFY2(o.exitCode == 0, o.err.constData());
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        QVERIFY2(bytes.startsWith(starts), bytes.left(40).constData());
        // A new file renamed over the old one (a kill -9 midway leaves the old one whole),
        // not the old one truncated and rewritten in place.
        QVERIFY(inode(path) != before);
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList{output});
    }

    void pdfShowsTheTextsOfTheSvg()
    {
        // The PDF used to draw its text about three times too large (the fonts scaled once
        // by its 300 dpi and again by the page transform), so the cards elided it:
        // "16 wor…", "Data…". It must carry the same texts as the SVG, which was right.
        if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
            QFAIL("pdftotext is missing: install poppler-utils (listed in .ci/build.sh)");
        QTemporaryDir dir;
        const QString pdf = dir.filePath(QStringLiteral("d.pdf"));
        const QString svg = dir.filePath(QStringLiteral("d.svg"));
        for (const QString &out : {pdf, svg})
            QCOMPARE(scalelab({QStringLiteral("export"), example("04-load-balancer.yaml"),
                               QStringLiteral("-o"), out})
                         .exitCode,
                     0);
        QProcess p;
        p.start(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
        QVERIFY(p.waitForFinished(30000));
        const QString text = QString::fromUtf8(p.readAllStandardOutput());
        QFile f(svg);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QString svgText = QString::fromUtf8(f.readAll());
        QStringList texts;
        const QRegularExpression element(QStringLiteral(">([^<>]+)</text>"));
        for (auto it = element.globalMatch(svgText); it.hasNext();)
            texts << it.next().captured(1).trimmed().replace(QStringLiteral("&amp;"), "&");
        QVERIFY(texts.size() > 20);
        for (const char *whole : {"16 workers", "Load balancer", "Database", "20000 users"})
            QVERIFY2(texts.filter(QLatin1String(whole)).size() > 0, whole);
        for (const QString &t : std::as_const(texts))
            QVERIFY2(text.contains(t), qPrintable(t + QStringLiteral(" missing from:\n") + text));
        QCOMPARE(text.count(QChar(0x2026)), svgText.count(QChar(0x2026))); // no extra "…"
    }
};

QTEST_APPLESS_MAIN(TestCli)
#include "tst_cli.moc"
