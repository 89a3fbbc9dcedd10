// The GIF encoder and its colour reduction, checked by decoding with giflib: sizes,
// delays, looping, the changed rectangle with its transparent pixels, and colours that
// come back as they went in (exactly when a frame has few, closely when it has many).
#include "common/gif_frames.h"
#include "record/frame_palette.h"
#include "record/gif_encoder.h"

#include <QPainter>
#include <QtTest>

#include <cmath>
#include <set>

using namespace scalelab;
using scalelab::testing::decodeGif;

namespace {

/// A picture with many colours: a smooth gradient, then some flat shapes.
QImage gradient(QSize size)
{
    QImage image(size, QImage::Format_RGB32);
    for (int y = 0; y < size.height(); ++y)
        for (int x = 0; x < size.width(); ++x)
            image.setPixel(x, y,
                           qRgb(x * 255 / size.width(), y * 255 / size.height(),
                                (x + y) * 127 / (size.width() + size.height())));
    return image;
}

int maxChannelError(const QImage &a, const QImage &b)
{
    int worst = 0;
    for (int y = 0; y < a.height(); ++y)
        for (int x = 0; x < a.width(); ++x) {
            const QRgb p = a.pixel(x, y);
            const QRgb q = b.pixel(x, y);
            worst = std::max({worst, std::abs(qRed(p) - qRed(q)), std::abs(qGreen(p) - qGreen(q)),
                              std::abs(qBlue(p) - qBlue(q))});
        }
    return worst;
}

} // namespace

class TestGifEncoder : public QObject {
    Q_OBJECT
private slots:
    void fewColoursAreKeptExactly()
    {
        const std::vector<QRgb> pixels = {qRgb(255, 255, 255), qRgb(0, 0, 0), qRgb(185, 28, 28),
                                          qRgb(255, 255, 255), qRgb(1, 2, 3)};
        const IndexedColours c = reduceColours(pixels, 255);
        QCOMPARE(c.palette.size(), std::size_t(4));
        QCOMPARE(c.indices.size(), pixels.size());
        for (std::size_t i = 0; i < pixels.size(); ++i)
            QCOMPARE(c.palette[c.indices[i]], pixels[i] | 0xFF000000u);
    }

    void manyColoursAreReducedToTheLimitAndStayClose()
    {
        const QImage image = gradient(QSize(200, 150));
        std::vector<QRgb> pixels;
        for (int y = 0; y < image.height(); ++y)
            for (int x = 0; x < image.width(); ++x)
                pixels.push_back(image.pixel(x, y));
        QVERIFY(std::set<QRgb>(pixels.begin(), pixels.end()).size() > 1000);
        const IndexedColours c = reduceColours(pixels, 255);
        QVERIFY(c.palette.size() <= 255);
        QVERIFY(c.palette.size() > 100);
        double error = 0;
        for (std::size_t i = 0; i < pixels.size(); ++i) {
            const QRgb a = pixels[i];
            const QRgb b = c.palette[c.indices[i]];
            error += std::abs(qRed(a) - qRed(b)) + std::abs(qGreen(a) - qGreen(b)) +
                     std::abs(qBlue(a) - qBlue(b));
        }
        // 255 colours for 30,000: about 5 per channel on average (giflib's boxes alone,
        // without the nearest-entry step, give about 18 here).
        QVERIFY2(error / pixels.size() < 16, qPrintable(QString::number(error / pixels.size())));
        // The same input, the same answer.
        const IndexedColours again = reduceColours(pixels, 255);
        QCOMPARE(again.palette, c.palette);
        QCOMPARE(again.indices, c.indices);
    }

    void whiteStaysWhiteAmongManyColours()
    {
        // giflib's own palette entries keep 5 bits per channel (255 -> 248); ours are means.
        std::vector<QRgb> pixels(5000, qRgb(255, 255, 255));
        for (int i = 0; i < 10000; ++i) // dark colours, far from white
            pixels.push_back(qRgb((i % 100) * 127 / 100, (i / 100) * 127 / 100, (i % 37) * 3));
        const IndexedColours c = reduceColours(pixels, 64);
        QCOMPARE(c.palette[c.indices[0]], qRgb(255, 255, 255));
    }

    void delaysAddUpToTheFrameRate()
    {
        QCOMPARE(GifEncoder::delayCs(0, 10), 10);
        QCOMPARE(GifEncoder::delayCs(7, 25), 4);
        int total = 0;
        for (int i = 0; i < 30; ++i) {
            const int d = GifEncoder::delayCs(i, 30);
            QVERIFY(d == 3 || d == 4);
            total += d;
        }
        QCOMPARE(total, 100); // 30 frames at 30 fps: one second
    }

    void framesDecodeWithTheirSizeDelayAndLooping()
    {
        const QSize size(160, 120);
        GifEncoder gif(size);
        QImage first = gradient(size);
        QImage second = first.copy();
        {
            QPainter p(&second);
            p.fillRect(QRect(40, 30, 20, 10), QColor(185, 28, 28));
        }
        const QImage third = second.copy(); // nothing moved
        QVERIFY(gif.addFrame(first, 10));
        QCOMPARE(gif.lastRect(), QRect(QPoint(0, 0), size));
        QVERIFY(gif.addFrame(second, 10));
        QCOMPARE(gif.lastRect(), QRect(40, 30, 20, 10)); // only what changed
        QVERIFY(gif.addFrame(third, 20));
        QCOMPARE(gif.lastRect().size(), QSize(1, 1));
        QVERIFY(!gif.addFrame(QImage(10, 10, QImage::Format_RGB32), 10)); // wrong size
        QVERIFY(!gif.error().isEmpty());

        GifEncoder ok(size);
        QVERIFY(ok.addFrame(first, 10));
        QVERIFY(ok.addFrame(second, 10));
        QVERIFY(ok.addFrame(third, 20));
        const QByteArray bytes = ok.finish();
        QVERIFY(bytes.startsWith("GIF89a"));
        const auto decoded = decodeGif(bytes);
        QCOMPARE(decoded.error, 0);
        QCOMPARE(decoded.size, size);
        QCOMPARE(decoded.frames.size(), std::size_t(3));
        QCOMPARE(decoded.delaysCs, (std::vector<int>{10, 10, 20}));
        QVERIFY(decoded.loops);
        for (int d : decoded.disposals)
            QCOMPARE(d, DISPOSE_DO_NOT);
        // The gradient comes back close; the red rectangle exactly; the rest unchanged.
        const int worst = maxChannelError(decoded.frames[0], first);
        QVERIFY2(worst <= 36, qPrintable(QString::number(worst))); // giflib's boxes: 45
        QCOMPARE(decoded.frames[1].pixel(45, 35), qRgb(185, 28, 28));
        QCOMPARE(decoded.frames[1].pixel(100, 100), decoded.frames[0].pixel(100, 100));
        QCOMPARE(decoded.frames[2], decoded.frames[1]);
    }
};

QTEST_MAIN(TestGifEncoder)
#include "tst_gif_encoder.moc"
