#pragma once

// Test helper: decodes an animated GIF with giflib (DGifSlurp) and composes its frames as
// a viewer shows them (each image over the last picture, transparent pixels keeping it).

#include <QByteArray>
#include <QImage>
#include <QSize>

#include <gif_lib.h>

#include <cstring>
#include <vector>

namespace scalelab::testing {

struct DecodedGif {
    QSize size;
    std::vector<QImage> frames; ///< composed, RGB32
    std::vector<int> delaysCs;  ///< per frame
    std::vector<int> disposals; ///< per frame
    std::vector<QRect> rects;   ///< the part each image covers
    bool loops = false;         ///< NETSCAPE2.0 with loop count 0
    int error = 0;
};

inline DecodedGif decodeGif(const QByteArray &bytes)
{
    struct Reader {
        const QByteArray *bytes;
        int at = 0;
    } reader{&bytes};
    const auto read = [](GifFileType *gif, GifByteType *out, int n) {
        auto *r = static_cast<Reader *>(gif->UserData);
        const int k = std::min(n, static_cast<int>(r->bytes->size()) - r->at);
        std::memcpy(out, r->bytes->constData() + r->at, static_cast<std::size_t>(k));
        r->at += k;
        return k;
    };
    DecodedGif out;
    GifFileType *gif = DGifOpen(&reader, read, &out.error);
    if (!gif)
        return out;
    if (DGifSlurp(gif) != GIF_OK) {
        out.error = gif->Error;
        DGifCloseFile(gif, nullptr);
        return out;
    }
    out.size = QSize(gif->SWidth, gif->SHeight);
    // DGifSlurp keeps the blocks before an image with that image, the rest with the file.
    const auto findLoop = [&out](const ExtensionBlock *blocks, int count) {
        for (int e = 0; e + 1 < count; ++e) {
            const ExtensionBlock &b = blocks[e];
            const ExtensionBlock &next = blocks[e + 1];
            if (b.Function == APPLICATION_EXT_FUNC_CODE && b.ByteCount == 11 &&
                std::memcmp(b.Bytes, "NETSCAPE2.0", 11) == 0 && next.ByteCount == 3)
                out.loops = next.Bytes[0] == 1 && next.Bytes[1] == 0 && next.Bytes[2] == 0;
        }
    };
    findLoop(gif->ExtensionBlocks, gif->ExtensionBlockCount);
    if (gif->ImageCount > 0)
        findLoop(gif->SavedImages[0].ExtensionBlocks, gif->SavedImages[0].ExtensionBlockCount);
    QImage canvas(out.size, QImage::Format_RGB32);
    canvas.fill(Qt::black);
    for (int i = 0; i < gif->ImageCount; ++i) {
        const SavedImage &img = gif->SavedImages[i];
        GraphicsControlBlock gcb{};
        gcb.TransparentColor = NO_TRANSPARENT_COLOR;
        DGifSavedExtensionToGCB(gif, i, &gcb);
        const ColorMapObject *map =
            img.ImageDesc.ColorMap ? img.ImageDesc.ColorMap : gif->SColorMap;
        const GifImageDesc &d = img.ImageDesc;
        for (int y = 0; y < d.Height; ++y)
            for (int x = 0; x < d.Width; ++x) {
                const int index = img.RasterBits[y * d.Width + x];
                if (index == gcb.TransparentColor || !map || index >= map->ColorCount)
                    continue;
                const GifColorType c = map->Colors[index];
                canvas.setPixel(d.Left + x, d.Top + y, qRgb(c.Red, c.Green, c.Blue));
            }
        out.frames.push_back(canvas.copy());
        out.delaysCs.push_back(gcb.DelayTime);
        out.disposals.push_back(gcb.DisposalMode);
        out.rects.push_back(QRect(d.Left, d.Top, d.Width, d.Height));
    }
    DGifCloseFile(gif, nullptr);
    return out;
}

} // namespace scalelab::testing
