// `scalelab record` run as the real program: the GIF decodes with giflib to (to - from) x
// fps frames of the requested size and delay, the same arguments give the same bytes, and
// a frame from the stage-4 failover shows web2's DOWN card, as `scalelab snapshot` shows
// the window at that time.
#include "common/gif_frames.h"
#include "common/scalelab_process.h"

#include <QImage>
#include <QTemporaryDir>
#include <QtTest>

using scalelab::testing::decodeGif;

namespace {

const QString kStage4 = QStringLiteral(SCALELAB_EXAMPLES_DIR "/04-load-balancer.yaml");

using Outcome = scalelab::testing::ProgramOutcome;
using scalelab::testing::runScalelab;

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

/// Pixels of the DOWN plate's fill (#b91c1c), give or take the colour reduction.
int downPlatePixels(const QImage &image)
{
    int n = 0;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x) {
            const QRgb p = image.pixel(x, y);
            if (std::abs(qRed(p) - 0xb9) <= 8 && std::abs(qGreen(p) - 0x1c) <= 8 &&
                std::abs(qBlue(p) - 0x1c) <= 8)
                ++n;
        }
    return n;
}

} // namespace

class TestRecordCommand : public QObject {
    Q_OBJECT
private slots:
    void framesSizeAndDelayFollowTheArguments()
    {
        QTemporaryDir dir;
        const QString gif = dir.filePath(QStringLiteral("a.gif"));
        const QStringList args = {QStringLiteral("record"),
                                  kStage4,
                                  "--from",
                                  "10",
                                  "--to",
                                  "12",
                                  "--fps",
                                  "5",
                                  "--size",
                                  "640x360",
                                  "-o",
                                  gif};
        const Outcome o = runScalelab(args);
        QVERIFY2(o.exitCode == 0, o.err.constData());
        QVERIFY2(o.out.contains("10 frames"), o.out.constData());
        const QByteArray bytes = readAll(gif);
        const auto decoded = decodeGif(bytes);
        QCOMPARE(decoded.error, 0);
        QCOMPARE(decoded.size, QSize(640, 360));
        QCOMPARE(decoded.frames.size(), std::size_t(10)); // 2 s x 5 fps
        for (int d : decoded.delaysCs)
            QCOMPARE(d, 20);
        QVERIFY(decoded.loops);
        // Requests move between frames: the animation is not one picture repeated.
        QVERIFY(decoded.frames.front() != decoded.frames.back());

        const QString again = dir.filePath(QStringLiteral("b.gif"));
        QStringList args2 = args;
        args2.last() = again;
        QCOMPARE(runScalelab(args2).exitCode, 0);
        QVERIFY(readAll(again) == bytes); // deterministic: the same bytes
    }

    void aFailoverFrameShowsTheDownCardAsTheSnapshotDoes()
    {
        QTemporaryDir dir;
        const QString gif = dir.filePath(QStringLiteral("failover.gif"));
        const Outcome o = runScalelab({QStringLiteral("record"), kStage4, "--from", "296", "--to",
                                       "308", "--fps", "1", "-o", gif});
        QVERIFY2(o.exitCode == 0, o.err.constData());
        const auto decoded = decodeGif(readAll(gif));
        QCOMPARE(decoded.frames.size(), std::size_t(12));
        QCOMPARE(decoded.size, QSize(1280, 720));
        const QImage before = decoded.frames[0]; // t = 296 s: web2 still up
        const QImage after = decoded.frames[10]; // t = 306 s: web2 died at 300 s
        const int platesBefore = downPlatePixels(before);
        const int platesAfter = downPlatePixels(after);
        QVERIFY2(platesAfter > platesBefore + 300,
                 qPrintable(QStringLiteral("%1 -> %2").arg(platesBefore).arg(platesAfter)));

        // The same picture as `scalelab snapshot` at 306 s, up to the colour reduction.
        const QString png = dir.filePath(QStringLiteral("306.png"));
        const Outcome s = runScalelab(
            {QStringLiteral("snapshot"), kStage4, "--at", "306", "--size", "1280x720", "-o", png});
        QVERIFY2(s.exitCode == 0, s.err.constData());
        const QImage shot = QImage(png).convertToFormat(QImage::Format_RGB32);
        QCOMPARE(shot.size(), after.size());
        int differing = 0;
        for (int y = 0; y < shot.height(); ++y)
            for (int x = 0; x < shot.width(); ++x) {
                const QRgb a = shot.pixel(x, y);
                const QRgb b = after.pixel(x, y);
                if (std::abs(qRed(a) - qRed(b)) + std::abs(qGreen(a) - qGreen(b)) +
                        std::abs(qBlue(a) - qBlue(b)) >
                    60)
                    ++differing;
            }
        QVERIFY2(differing < shot.width() * shot.height() / 100,
                 qPrintable(QStringLiteral("%1 pixels differ").arg(differing)));
    }

    void canvasOnlyIsTheCanvas()
    {
        QTemporaryDir dir;
        const QString gif = dir.filePath(QStringLiteral("canvas.gif"));
        const Outcome o =
            runScalelab({QStringLiteral("record"), kStage4, "--from", "300", "--to", "301", "--fps",
                         "2", "--size", "800x450", "--canvas-only", "-o", gif});
        QVERIFY2(o.exitCode == 0, o.err.constData());
        const auto decoded = decodeGif(readAll(gif));
        QCOMPARE(decoded.frames.size(), std::size_t(2));
        QCOMPARE(decoded.size, QSize(800, 450));
        QVERIFY(downPlatePixels(decoded.frames[0]) > 300); // failed at 300 s exactly
    }

    void theDarkThemeIsDark()
    {
        QTemporaryDir dir;
        const auto meanBrightness = [&dir](const QString &theme) {
            const QString gif = dir.filePath(theme + QStringLiteral(".gif"));
            const Outcome o =
                runScalelab({QStringLiteral("record"), kStage4, "--from", "1", "--to", "1.5",
                             "--fps", "2", "--size", "640x360", "--theme", theme, "-o", gif});
            if (o.exitCode != 0)
                qFatal("%s", o.err.constData());
            const QImage frame = decodeGif(readAll(gif)).frames.at(0);
            double sum = 0;
            for (int y = 0; y < frame.height(); ++y)
                for (int x = 0; x < frame.width(); ++x)
                    sum += qGray(frame.pixel(x, y));
            return sum / (frame.width() * frame.height());
        };
        const double light = meanBrightness(QStringLiteral("light"));
        const double dark = meanBrightness(QStringLiteral("dark"));
        QVERIFY2(dark < light - 60, qPrintable(QStringLiteral("%1 vs %2").arg(dark).arg(light)));
    }

    void badArgumentsWriteNothing_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QByteArray>("message");
        QTest::newRow("fps") << QStringList{"--fps", "0"} << QByteArray("--fps");
        QTest::newRow("order") << QStringList{"--from", "20", "--to", "10"}
                               << QByteArray("frames are needed");
        QTest::newRow("size") << QStringList{"--size", "10x10"} << QByteArray("--size");
        QTest::newRow("fail") << QStringList{"--fail", "web2"} << QByteArray("--fail");
    }

    void badArgumentsWriteNothing()
    {
        QFETCH(QStringList, args);
        QFETCH(QByteArray, message);
        QTemporaryDir dir;
        const QString gif = dir.filePath(QStringLiteral("x.gif"));
        const Outcome o =
            runScalelab(QStringList{QStringLiteral("record"), kStage4, "-o", gif} + args);
        QCOMPARE(o.exitCode, 1);
        QVERIFY2(o.err.contains(message), o.err.constData());
        QVERIFY(!QFile::exists(gif));
        const Outcome png = runScalelab({QStringLiteral("record"), kStage4, "-o", "x.png"});
        QCOMPARE(png.exitCode, 1);
        QVERIFY(png.err.contains("-o FILE.gif"));
    }
};

QTEST_GUILESS_MAIN(TestRecordCommand)
#include "tst_record_command.moc"
