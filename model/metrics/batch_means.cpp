#include "batch_means.h"

#include "statistics.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace scalelab {

BatchMeans::BatchMeans(int minBatches) : m_minBatches(std::max(2, minBatches))
{
    m_batchSums.reserve(static_cast<std::size_t>(2 * m_minBatches));
}

void BatchMeans::closeBatch()
{
    m_batchSums.push_back(m_partialSum);
    m_partialSum = 0.0;
    m_partialCount = 0;
    if (static_cast<int>(m_batchSums.size()) < 2 * m_minBatches)
        return;
    // Full: merge neighbours so B batches of twice the size remain. Merging keeps the
    // batches consecutive in time, which is what makes their means nearly independent.
    for (int i = 0; i < m_minBatches; ++i) {
        const auto k = static_cast<std::size_t>(i);
        m_batchSums[k] = m_batchSums[2 * k] + m_batchSums[2 * k + 1];
    }
    m_batchSums.resize(static_cast<std::size_t>(m_minBatches));
    m_batchSize *= 2;
}

double BatchMeans::halfWidth(double confidence) const
{
    const std::size_t k = m_batchSums.size();
    if (k < 2)
        return std::numeric_limits<double>::infinity();
    const auto size = static_cast<double>(m_batchSize);
    double mean = 0.0;
    for (double s : m_batchSums)
        mean += s / size;
    mean /= static_cast<double>(k);
    double ss = 0.0;
    for (double s : m_batchSums) {
        const double d = s / size - mean;
        ss += d * d;
    }
    const double variance = ss / static_cast<double>(k - 1);
    const double p = 0.5 + 0.5 * std::clamp(confidence, 0.0, 1.0);
    const double t = studentTQuantile(p, static_cast<int>(k - 1));
    return t * std::sqrt(variance / static_cast<double>(k));
}

void BatchMeans::reset()
{
    m_batchSize = 1;
    m_batchSums.clear();
    m_partialSum = 0.0;
    m_partialCount = 0;
    m_sum = 0.0;
    m_count = 0;
}

} // namespace scalelab
