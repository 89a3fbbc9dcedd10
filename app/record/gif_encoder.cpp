#include "record/gif_encoder.h"

#include "record/frame_palette.h"

#include <QCoreApplication>

#include <gif_lib.h>

#include <algorithm>
#include <cmath>
#include <cstring>

namespace scalelab {

namespace {

int appendBytes(GifFileType *gif, const GifByteType *data, int length)
{
    auto *bytes = static_cast<QByteArray *>(gif->UserData);
    bytes->append(reinterpret_cast<const char *>(data), length);
    return length;
}

QString giflibError(int code)
{
    const char *text = GifErrorString(code);
    return QString::fromLatin1(text ? text : "unknown error");
}

/// The smallest rectangle holding every pixel that differs between two RGB32 images.
QRect changedRect(const QImage &a, const QImage &b)
{
    int top = -1;
    int bottom = -1;
    int left = a.width();
    int right = -1;
    for (int y = 0; y < a.height(); ++y) {
        const auto *pa = reinterpret_cast<const QRgb *>(a.constScanLine(y));
        const auto *pb = reinterpret_cast<const QRgb *>(b.constScanLine(y));
        if (std::memcmp(pa, pb, static_cast<std::size_t>(a.width()) * sizeof(QRgb)) == 0)
            continue;
        if (top < 0)
            top = y;
        bottom = y;
        int x0 = 0;
        while (pa[x0] == pb[x0])
            ++x0;
        int x1 = a.width() - 1;
        while (pa[x1] == pb[x1])
            --x1;
        left = std::min(left, x0);
        right = std::max(right, x1);
    }
    if (top < 0)
        return {};
    return QRect(QPoint(left, top), QPoint(right, bottom));
}

} // namespace

GifEncoder::GifEncoder(QSize size) : m_size(size)
{
    int error = 0;
    m_gif = EGifOpen(&m_bytes, appendBytes, &error);
    if (!m_gif) {
        fail(giflibError(error));
        return;
    }
    EGifSetGifVersion(m_gif, true); // GIF89a: delays, transparency, looping
    if (EGifPutScreenDesc(m_gif, size.width(), size.height(), 8, 0, nullptr) == GIF_ERROR) {
        fail(giflibError(m_gif->Error));
        return;
    }
    // Loop forever: the NETSCAPE2.0 application extension, loop count 0.
    static const GifByteType kNetscape[] = {'N', 'E', 'T', 'S', 'C', 'A', 'P', 'E', '2', '.', '0'};
    static const GifByteType kLoopForever[] = {1, 0, 0};
    if (EGifPutExtensionLeader(m_gif, APPLICATION_EXT_FUNC_CODE) == GIF_ERROR ||
        EGifPutExtensionBlock(m_gif, sizeof kNetscape, kNetscape) == GIF_ERROR ||
        EGifPutExtensionBlock(m_gif, sizeof kLoopForever, kLoopForever) == GIF_ERROR ||
        EGifPutExtensionTrailer(m_gif) == GIF_ERROR)
        fail(giflibError(m_gif->Error));
}

GifEncoder::~GifEncoder()
{
    if (m_gif)
        EGifCloseFile(m_gif, nullptr);
}

bool GifEncoder::fail(const QString &what)
{
    if (m_error.isEmpty())
        m_error = QCoreApplication::translate("scalelab::GifEncoder", "GIF encoding failed: %1")
                      .arg(what);
    return false;
}

int GifEncoder::delayCs(int index, double fps)
{
    const auto at = [fps](int i) { return static_cast<int>(std::lround(100.0 * i / fps)); };
    return std::max(1, at(index + 1) - at(index));
}

bool GifEncoder::addFrame(const QImage &frame, int delayCs)
{
    if (!m_error.isEmpty())
        return false;
    if (frame.size() != m_size)
        return fail(QStringLiteral("frame of %1x%2 in an animation of %3x%4")
                        .arg(frame.width())
                        .arg(frame.height())
                        .arg(m_size.width())
                        .arg(m_size.height()));
    QImage rgb = frame.convertToFormat(QImage::Format_RGB32);
    bool ok = false;
    if (m_previous.isNull()) {
        ok = writeRect(rgb, rgb.rect(), false, delayCs);
    } else {
        QRect rect = changedRect(m_previous, rgb);
        if (rect.isEmpty())
            rect = QRect(0, 0, 1, 1); // nothing moved: one transparent pixel holds the delay
        ok = writeRect(rgb, rect, true, delayCs);
    }
    m_previous = std::move(rgb);
    ++m_frames;
    return ok;
}

bool GifEncoder::writeRect(const QImage &frame, const QRect &rect, bool transparentUnchanged,
                           int delayCs)
{
    // The pixels to colour: every pixel of the rectangle, or only those that changed.
    std::vector<QRgb> changed;
    std::vector<bool> keep(static_cast<std::size_t>(rect.width()) * rect.height(), false);
    changed.reserve(keep.size());
    for (int y = rect.top(); y <= rect.bottom(); ++y) {
        const auto *now = reinterpret_cast<const QRgb *>(frame.constScanLine(y));
        const auto *before = transparentUnchanged
                                 ? reinterpret_cast<const QRgb *>(m_previous.constScanLine(y))
                                 : nullptr;
        for (int x = rect.left(); x <= rect.right(); ++x) {
            if (before && before[x] == now[x])
                keep[static_cast<std::size_t>(y - rect.top()) * rect.width() + (x - rect.left())] =
                    true;
            else
                changed.push_back(now[x]);
        }
    }
    // One palette index is kept for "transparent" when some pixels stay as they were.
    const bool anyKept = changed.size() < keep.size();
    const IndexedColours colours = reduceColours(changed, anyKept ? 255 : 256);
    const int used = static_cast<int>(colours.palette.size());
    const int transparent = anyKept ? used : NO_TRANSPARENT_COLOR;
    const int entries = std::max(2, 1 << GifBitSize(std::max(1, used + (anyKept ? 1 : 0))));
    std::vector<GifColorType> map(static_cast<std::size_t>(entries), GifColorType{0, 0, 0});
    for (int i = 0; i < used; ++i)
        map[static_cast<std::size_t>(i)] = {static_cast<GifByteType>(qRed(colours.palette[i])),
                                            static_cast<GifByteType>(qGreen(colours.palette[i])),
                                            static_cast<GifByteType>(qBlue(colours.palette[i]))};
    ColorMapObject *colourMap = GifMakeMapObject(entries, map.data());
    if (!colourMap)
        return fail(QStringLiteral("out of memory"));

    GraphicsControlBlock gcb{};
    gcb.DisposalMode = DISPOSE_DO_NOT;
    gcb.UserInputFlag = false;
    gcb.DelayTime = delayCs;
    gcb.TransparentColor = transparent;
    GifByteType extension[4];
    const auto extensionLength = EGifGCBToExtension(&gcb, extension);
    const bool headerOk =
        EGifPutExtension(m_gif, GRAPHICS_EXT_FUNC_CODE, static_cast<int>(extensionLength),
                         extension) != GIF_ERROR &&
        EGifPutImageDesc(m_gif, rect.left(), rect.top(), rect.width(), rect.height(), false,
                         colourMap) != GIF_ERROR;
    GifFreeMapObject(colourMap);
    if (!headerOk)
        return fail(giflibError(m_gif->Error));

    std::vector<GifPixelType> line(static_cast<std::size_t>(rect.width()));
    std::size_t next = 0;
    for (int y = 0; y < rect.height(); ++y) {
        for (int x = 0; x < rect.width(); ++x)
            line[static_cast<std::size_t>(x)] = keep[static_cast<std::size_t>(y) * rect.width() + x]
                                                    ? static_cast<GifPixelType>(transparent)
                                                    : colours.indices[next++];
        if (EGifPutLine(m_gif, line.data(), rect.width()) == GIF_ERROR)
            return fail(giflibError(m_gif->Error));
    }
    m_lastRect = rect;
    return true;
}

QByteArray GifEncoder::finish()
{
    if (!m_gif)
        return {};
    int error = 0;
    const int closed = EGifCloseFile(m_gif, &error);
    m_gif = nullptr;
    if (closed == GIF_ERROR) {
        fail(giflibError(error));
        return {};
    }
    if (!m_error.isEmpty())
        return {};
    return m_bytes;
}

} // namespace scalelab
