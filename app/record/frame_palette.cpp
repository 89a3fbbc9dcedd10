#include "record/frame_palette.h"

#include <gif_lib.h>

#include <algorithm>
#include <array>
#include <climits>
#include <stdexcept>
#include <unordered_map>

namespace scalelab {

namespace {

/// The colours as they are, if there are no more than `maxColours` of them.
bool exactColours(const std::vector<QRgb> &pixels, int maxColours, IndexedColours &out)
{
    std::unordered_map<QRgb, std::uint8_t> index;
    out.indices.resize(pixels.size());
    for (std::size_t i = 0; i < pixels.size(); ++i) {
        const QRgb rgb = pixels[i] & 0xFFFFFFu;
        auto it = index.find(rgb);
        if (it == index.end()) {
            if (static_cast<int>(out.palette.size()) == maxColours)
                return false;
            it = index.emplace(rgb, static_cast<std::uint8_t>(out.palette.size())).first;
            out.palette.push_back(qRgb(qRed(rgb), qGreen(rgb), qBlue(rgb)));
        }
        out.indices[i] = it->second;
    }
    return true;
}

} // namespace

IndexedColours reduceColours(const std::vector<QRgb> &pixels, int maxColours)
{
    maxColours = std::clamp(maxColours, 1, 256);
    IndexedColours out;
    if (pixels.empty() || exactColours(pixels, maxColours, out))
        return out;

    const std::size_t n = pixels.size();
    std::vector<GifByteType> red(n), green(n), blue(n);
    for (std::size_t i = 0; i < n; ++i) {
        red[i] = static_cast<GifByteType>(qRed(pixels[i]));
        green[i] = static_cast<GifByteType>(qGreen(pixels[i]));
        blue[i] = static_cast<GifByteType>(qBlue(pixels[i]));
    }
    std::array<GifColorType, 256> map{};
    int size = maxColours;
    out.indices.assign(n, 0);
    // One row of n pixels: the quantizer only looks at the colours, not their layout.
    if (GifQuantizeBuffer(static_cast<unsigned>(n), 1, &size, red.data(), green.data(), blue.data(),
                          out.indices.data(), map.data()) != GIF_OK)
        throw std::runtime_error("giflib could not quantize a frame");

    // Each entry: the mean of the pixels it stands for, at full precision.
    std::vector<std::array<std::uint64_t, 4>> sums(static_cast<std::size_t>(size));
    for (std::size_t i = 0; i < n; ++i) {
        auto &s = sums[out.indices[i]];
        s[0] += red[i];
        s[1] += green[i];
        s[2] += blue[i];
        ++s[3];
    }
    out.palette.resize(static_cast<std::size_t>(size));
    for (std::size_t c = 0; c < sums.size(); ++c) {
        const auto &s = sums[c];
        const std::uint64_t k = s[3];
        out.palette[c] = k == 0 ? qRgb(map[c].Red, map[c].Green, map[c].Blue)
                                : qRgb(static_cast<int>((s[0] + k / 2) / k),
                                       static_cast<int>((s[1] + k / 2) / k),
                                       static_cast<int>((s[2] + k / 2) / k));
    }
    // Each pixel to its nearest entry (the box it fell in may not hold the nearest mean);
    // once per distinct colour, and a screen has far fewer of those than pixels.
    std::unordered_map<QRgb, std::uint8_t> nearest;
    for (std::size_t i = 0; i < n; ++i) {
        const QRgb rgb = pixels[i] & 0xFFFFFFu;
        auto it = nearest.find(rgb);
        if (it == nearest.end()) {
            int best = 0;
            int bestDistance = INT_MAX;
            for (std::size_t c = 0; c < out.palette.size(); ++c) {
                const int dr = qRed(out.palette[c]) - red[i];
                const int dg = qGreen(out.palette[c]) - green[i];
                const int db = qBlue(out.palette[c]) - blue[i];
                const int d = dr * dr + dg * dg + db * db;
                if (d < bestDistance) {
                    bestDistance = d;
                    best = static_cast<int>(c);
                }
            }
            it = nearest.emplace(rgb, static_cast<std::uint8_t>(best)).first;
        }
        out.indices[i] = it->second;
    }
    return out;
}

} // namespace scalelab
