#include "latency_histogram.h"

#include <cmath>

namespace scalelab {

double LatencyHistogram::bucketLower(int i)
{
    if (i <= 0)
        return 0.0;
    const std::uint64_t key = kMinKey + static_cast<std::uint64_t>(i - 1);
    return std::bit_cast<double>(key << (52 - kSubBucketBits));
}

double LatencyHistogram::bucketUpper(int i)
{
    if (i <= 0)
        return kMinValue;
    const std::uint64_t key = kMinKey + static_cast<std::uint64_t>(i);
    return std::bit_cast<double>(key << (52 - kSubBucketBits));
}

double LatencyHistogram::quantile(double q) const
{
    if (m_count == 0)
        return 0.0;
    q = std::clamp(q, 0.0, 1.0);
    const auto n = static_cast<double>(m_count);
    // Nearest rank; the small slack keeps q * n = 990.0000000001 from becoming rank 991.
    const auto rank =
        std::max<std::uint64_t>(1, static_cast<std::uint64_t>(std::ceil(q * n - 1e-9)));
    // The extreme ranks are known exactly; no need to report a bucket midpoint for them.
    if (rank <= 1)
        return m_min;
    if (rank >= m_count)
        return m_max;
    // Only the buckets between the extremes can hold samples.
    const int first = bucketIndex(m_min);
    const int last = bucketIndex(m_max);
    std::uint64_t seen = 0;
    for (int i = first; i <= last; ++i) {
        seen += m_buckets[static_cast<std::size_t>(i)];
        if (seen >= rank) {
            const double mid = 0.5 * (bucketLower(i) + bucketUpper(i));
            return std::clamp(mid, m_min, m_max);
        }
    }
    return m_max;
}

void LatencyHistogram::merge(const LatencyHistogram &other)
{
    if (other.m_count == 0)
        return;
    for (std::size_t i = 0; i < m_buckets.size(); ++i)
        m_buckets[i] += other.m_buckets[i];
    m_count += other.m_count;
    m_sum += other.m_sum;
    m_min = std::min(m_min, other.m_min);
    m_max = std::max(m_max, other.m_max);
}

void LatencyHistogram::reset()
{
    m_buckets.fill(0);
    m_count = 0;
    m_sum = 0.0;
    m_min = std::numeric_limits<double>::infinity();
    m_max = -std::numeric_limits<double>::infinity();
}

} // namespace scalelab
