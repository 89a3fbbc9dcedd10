#include "charts/decimated_graph.h"

#include <cmath>
#include <limits>

namespace scalelab {

DecimatedGraph::DecimatedGraph(QCPAxis *keyAxis, QCPAxis *valueAxis) : QCPGraph(keyAxis, valueAxis)
{
}

void DecimatedGraph::getOptimizedLineData(QVector<QCPGraphData> *lineData,
                                          const QCPGraphDataContainer::const_iterator &begin,
                                          const QCPGraphDataContainer::const_iterator &end) const
{
    const QCPAxis *keyAxis = mKeyAxis.data();
    const auto count = end - begin;
    if (!lineData || !keyAxis || count <= 0 || !mAdaptiveSampling ||
        keyAxis->scaleType() != QCPAxis::stLinear) {
        QCPGraph::getOptimizedLineData(lineData, begin, end);
        return;
    }
    // Pixel of a key on a linear axis as a straight line: the loop below runs once per
    // sample, so it must not call into the axis.
    const double p0 = keyAxis->coordToPixel(0.0);
    const double slope = keyAxis->coordToPixel(1.0) - p0;
    const double first = p0 + slope * begin->key;
    const double last = p0 + slope * (end - 1)->key;
    const double span = std::abs(last - first);
    if (count <= 2 * span + 2) { // sparse enough: every sample is drawn
        QCPGraph::getOptimizedLineData(lineData, begin, end);
        return;
    }
    // Column index from the distance to the first sample's pixel (non-negative whatever
    // the axis direction), so truncation is floor.
    const double direction = slope >= 0 ? 1.0 : -1.0;
    const double origin = first - direction * 0.5;
    lineData->clear();
    lineData->reserve(static_cast<int>(2 * span) + 8);
    QCPGraphDataContainer::const_iterator lo = end, hi = end;
    const auto flush = [&] {
        if (lo == end)
            return;
        if (lo == hi) {
            lineData->append(*lo);
        } else if (lo < hi) {
            lineData->append(*lo);
            lineData->append(*hi);
        } else {
            lineData->append(*hi);
            lineData->append(*lo);
        }
        lo = hi = end;
    };
    // Columns are found by comparing keys with the next column's first key: data keys
    // ascend, and so does the column index whatever the axis direction.
    const auto columnOf = [&](double key) {
        return static_cast<long>(direction * (p0 + slope * key - origin));
    };
    const auto keyOfColumn = [&](long c) {
        return (direction * static_cast<double>(c) + origin - p0) / slope;
    };
    double nextColumnKey = -std::numeric_limits<double>::infinity();
    bool gap = false;
    for (auto it = begin; it != end; ++it) {
        if (it->key >= nextColumnKey) {
            flush();
            nextColumnKey = keyOfColumn(columnOf(it->key) + 1);
        }
        const double v = it->value;
        if (std::isnan(v)) {
            if (!gap) { // one NaN per run of them breaks the line
                flush();
                lineData->append(*it);
                gap = true;
            }
            continue;
        }
        gap = false;
        if (lo == end) {
            lo = hi = it;
        } else if (v < lo->value) {
            lo = it;
        } else if (v > hi->value) {
            hi = it;
        }
    }
    flush();
}

} // namespace scalelab
