#pragma once

// Colour reduction for GIF frames: at most 256 colours per frame. A frame with few colours
// (a screen's flat fills) keeps them exactly; otherwise giflib's median cut
// (GifQuantizeBuffer, Heckbert's algorithm over 5 bits per channel) chooses the boxes and
// each palette entry becomes the mean of the pixels in its box, so that white stays white
// (giflib's own entries keep only 5 bits per channel: 255 would become 248); then each
// pixel takes its nearest entry (one step of Lloyd's refinement).

#include <QRgb>

#include <cstdint>
#include <vector>

namespace scalelab {

struct IndexedColours {
    std::vector<QRgb> palette;         ///< at most the requested number of colours
    std::vector<std::uint8_t> indices; ///< one per input pixel, into `palette`
};

/// Reduces `pixels` (their alpha is ignored) to at most `maxColours` (1..256) colours.
/// Deterministic: the same pixels give the same palette and indices.
IndexedColours reduceColours(const std::vector<QRgb> &pixels, int maxColours);

} // namespace scalelab
