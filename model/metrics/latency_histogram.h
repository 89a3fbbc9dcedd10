#pragma once

// LatencyHistogram: the per-request latency record of a component, a request kind or a
// region. It answers mean, min, max exactly and any quantile (p50, p95, p99) within a
// fixed relative error, in constant memory, with a recording cost of a few nanoseconds.

#include <algorithm>
#include <array>
#include <bit>
#include <cstdint>
#include <limits>

namespace scalelab {

/// HDR-style log-linear histogram of latencies in milliseconds.
///
/// Buckets: each power of two from 2^-10 ms (about 1 microsecond) up to 2^24 ms (about
/// 1.7e7 ms, 4.7 hours) is split into 128 equal sub-buckets, so a bucket is at most 1/128
/// of its lower edge wide. The bucket index is read straight from the IEEE-754 bits (the
/// exponent and the top 7 mantissa bits), which is why record() needs no logarithm.
/// A quantile is reported as its bucket's midpoint, so its relative error is at most
/// 1/256 (0.39%), see relativeErrorBound(). Values below 2^-10 ms land in a "zero" bucket
/// (absolute error below 1 microsecond); values at or above 2^24 ms land in the top bucket.
/// Quantiles are clamped to the exact [min, max], so the extremes are never off.
class LatencyHistogram {
public:
    static constexpr int kSubBucketBits = 7; ///< 128 sub-buckets per octave
    static constexpr int kMinExponent = -10; ///< 2^-10 ms ~ 0.98 us
    static constexpr int kMaxExponent = 24;  ///< 2^24 ms ~ 1.68e7 ms
    static constexpr int kOctaves = kMaxExponent - kMinExponent;
    static constexpr int kBucketCount = 1 + (kOctaves << kSubBucketBits); ///< incl. zero bucket

    /// Record one latency in ms. Negative values and NaN are recorded as 0.
    void record(double ms)
    {
        if (!(ms >= 0.0)) // also catches NaN
            ms = 0.0;
        ++m_count;
        m_sum += ms;
        m_min = std::min(m_min, ms);
        m_max = std::max(m_max, ms);
        ++m_buckets[bucketIndex(ms)];
    }

    std::uint64_t count() const { return m_count; }
    double sum() const { return m_sum; }
    /// Exact arithmetic mean (from the running sum); 0 when empty.
    double mean() const { return m_count ? m_sum / static_cast<double>(m_count) : 0.0; }
    /// Exact smallest value; 0 when empty.
    double min() const { return m_count ? m_min : 0.0; }
    /// Exact largest value; 0 when empty.
    double max() const { return m_count ? m_max : 0.0; }

    /// The q-quantile (q in [0,1], clamped) by the nearest-rank rule: the value of rank
    /// ceil(q * count) (at least 1) in sorted order, reported as its bucket's midpoint and
    /// clamped to [min(), max()]. q = 0 gives min(), q = 1 gives max(); 0 when empty.
    double quantile(double q) const;

    /// Add another histogram's samples to this one (same fixed bucket layout).
    void merge(const LatencyHistogram &other);
    void reset();

    /// Largest relative error of quantile() for values inside the bucketed range.
    static constexpr double relativeErrorBound() { return 1.0 / (2 << kSubBucketBits); }

    /// Bucket of a value (0 = the zero bucket); exposed for tests and charts.
    static int bucketIndex(double ms)
    {
        if (ms < kMinValue)
            return 0;
        const auto key = std::bit_cast<std::uint64_t>(ms) >> (52 - kSubBucketBits);
        return static_cast<int>(std::min<std::uint64_t>(key - kMinKey + 1, kBucketCount - 1));
    }
    /// Lower and upper edge (ms) of bucket i; the zero bucket is [0, 2^-10).
    static double bucketLower(int i);
    static double bucketUpper(int i);
    std::uint64_t bucketCountAt(int i) const { return m_buckets[static_cast<std::size_t>(i)]; }

private:
    static constexpr double kMinValue = 1.0 / 1024.0; // 2^kMinExponent
    static constexpr std::uint64_t kMinKey = std::bit_cast<std::uint64_t>(kMinValue) >>
                                             (52 - kSubBucketBits);
    static_assert(kMinExponent == -10, "kMinValue must equal 2^kMinExponent");

    std::array<std::uint64_t, kBucketCount> m_buckets{};
    std::uint64_t m_count = 0;
    double m_sum = 0.0;
    double m_min = std::numeric_limits<double>::infinity();
    double m_max = -std::numeric_limits<double>::infinity();
};

} // namespace scalelab
