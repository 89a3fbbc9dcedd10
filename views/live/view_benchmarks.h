#pragma once

// Timings of the live view's drawing, for `scalelab bench-gui` and docs/benchmarks.md:
// the request layer painting many dots, and a chart replotting many points. Both draw
// offscreen (a QImage, a hidden QCustomPlot), so they run without a display.

namespace scalelab {

struct DrawFigures {
    double medianMs = 0;
    double p99Ms = 0;
};

/// Paints a RequestLayerItem with `dots` dots spread over a grid of links into a 1600x900
/// QImage, `frames` times with the dots advancing, and times each paint.
DrawFigures benchmarkRequestLayer(int dots = 20000, int frames = 200);

/// Replots (rpImmediateRefresh) a LiveChart-configured QCustomPlot holding `series`
/// graphs of `points` points each, all visible, `replots` times.
DrawFigures benchmarkCharts(int series = 8, int points = 100000, int replots = 50);

} // namespace scalelab
