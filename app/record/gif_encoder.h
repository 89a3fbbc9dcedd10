#pragma once

// An animated GIF written with giflib, into memory (the caller writes the bytes atomically).
// Every frame after the first is only the rectangle that changed since the frame before,
// with the pixels that did not change left transparent, over the previous picture
// (disposal "do not dispose"): a screen recording where the dots move and the charts grow
// compresses to a small fraction of full frames. Each rectangle has its own palette
// (frame_palette.h). The animation loops forever (the NETSCAPE2.0 extension).

#include <QByteArray>
#include <QImage>
#include <QRect>
#include <QSize>
#include <QString>

#include <vector>

struct GifFileType;

namespace scalelab {

class GifEncoder {
public:
    explicit GifEncoder(QSize size);
    ~GifEncoder();
    GifEncoder(const GifEncoder &) = delete;
    GifEncoder &operator=(const GifEncoder &) = delete;

    /// Adds a frame of the encoder's size, shown for `delayCs` hundredths of a second.
    /// False (and error()) if giflib failed or the frame has another size.
    bool addFrame(const QImage &frame, int delayCs);
    /// Ends the animation and returns the whole file; empty (and error()) on failure.
    QByteArray finish();
    QString error() const { return m_error; }
    int frameCount() const { return m_frames; }
    /// The part of the last frame that was written (the changed rectangle).
    QRect lastRect() const { return m_lastRect; }

    /// Frame `index`'s delay at `fps` in hundredths of a second (GIF's unit), rounded so
    /// that the first n frames last n / fps seconds to the hundredth: 30 fps gives 3, 3, 4.
    static int delayCs(int index, double fps);

private:
    bool fail(const QString &what);
    bool writeRect(const QImage &frame, const QRect &rect, bool transparentUnchanged, int delayCs);

    QSize m_size;
    GifFileType *m_gif = nullptr;
    QByteArray m_bytes;
    QImage m_previous; ///< the last frame's source pixels (RGB32)
    QRect m_lastRect;
    int m_frames = 0;
    QString m_error;
};

} // namespace scalelab
