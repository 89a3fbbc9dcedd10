// `scalelab snapshot` run as the real program: a PNG of exactly the requested size, and
// exit code 2 with the loader's message for a broken scenario.
#include <QImage>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

class TestSnapshotCommand : public QObject {
    Q_OBJECT
private slots:
    void writesAPngOfTheRequestedSize()
    {
        QTemporaryDir dir;
        const QString out = dir.filePath(QStringLiteral("shot.png"));
        QProcess p;
        p.start(QStringLiteral(SCALELAB_BINARY),
                {QStringLiteral("snapshot"),
                 QStringLiteral(SCALELAB_EXAMPLES_DIR "/04-load-balancer.yaml"),
                 QStringLiteral("--at"), QStringLiteral("12.5"), QStringLiteral("-o"), out,
                 QStringLiteral("--size"), QStringLiteral("1000x700")});
        QVERIFY(p.waitForFinished(120000));
        QVERIFY2(p.exitCode() == 0, p.readAllStandardError().constData());
        const QImage image(out);
        QVERIFY(!image.isNull());
        QCOMPARE(image.size(), QSize(1000, 700));
        // Not a blank picture: the window has many colours.
        QSet<QRgb> colours;
        for (int y = 0; y < image.height(); y += 7)
            for (int x = 0; x < image.width(); x += 7)
                colours.insert(image.pixel(x, y));
        QVERIFY(colours.size() > 50);
    }

    void badScenarioExitsWithTheLoadersMessage()
    {
        QTemporaryDir dir;
        const QString bad = dir.filePath(QStringLiteral("bad.yaml"));
        QFile f(bad);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("scalelab: 1\nname: broken\ncomponents:\n  - id: a\n    kind: teapot\n");
        f.close();
        QProcess p;
        p.start(QStringLiteral(SCALELAB_BINARY),
                {QStringLiteral("snapshot"), bad, QStringLiteral("--at"), QStringLiteral("1"),
                 QStringLiteral("-o"), dir.filePath(QStringLiteral("x.png"))});
        QVERIFY(p.waitForFinished(60000));
        QCOMPARE(p.exitCode(), 2);
        const QString err = QString::fromUtf8(p.readAllStandardError());
        QVERIFY2(err.contains(QStringLiteral("bad.yaml")) && err.contains(QStringLiteral("teapot")),
                 qPrintable(err));
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("x.png"))));
    }
};

QTEST_GUILESS_MAIN(TestSnapshotCommand)
#include "tst_snapshot_command.moc"
