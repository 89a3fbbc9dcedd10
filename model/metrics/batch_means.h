#pragma once

// BatchMeans: a running confidence interval for the mean of a correlated series (latencies
// of successive requests, a queue length sampled each second), by the method of batch
// means. It is what lets a test say "the simulation agrees with M/M/c within its own 95%
// confidence interval".

#include <cstdint>
#include <vector>

namespace scalelab {

/// Batch means with a bounded number of batches. Samples are grouped into consecutive
/// batches of equal size; batch means of large enough batches are nearly independent and
/// nearly normal, so a Student t interval over them is valid even when the raw samples
/// are correlated. Keeps at most 2*B full batches: when that many are full, neighbouring
/// pairs are merged (B batches remain) and the batch size doubles, so memory is O(B) and
/// add() is O(1) amortised.
class BatchMeans {
public:
    /// minBatches = B: after the first 2*B samples there are always between B and 2*B
    /// full batches. Values below 2 are raised to 2.
    explicit BatchMeans(int minBatches = 32);

    void add(double x)
    {
        m_sum += x;
        ++m_count;
        m_partialSum += x;
        if (++m_partialCount == m_batchSize)
            closeBatch();
    }

    /// Mean of all samples (including those in the unfinished batch); 0 when empty.
    double mean() const { return m_count ? m_sum / static_cast<double>(m_count) : 0.0; }
    std::uint64_t count() const { return m_count; }
    /// Number of full batches used by halfWidth().
    int batchCount() const { return static_cast<int>(m_batchSums.size()); }
    /// Samples per batch at present (a power of two).
    std::uint64_t batchSize() const { return m_batchSize; }

    /// Half-width of the two-sided confidence interval (e.g. confidence 0.95) for the mean:
    /// t_{(1+confidence)/2, k-1} * s / sqrt(k) over the k full batch means. Infinity when
    /// there are fewer than two full batches.
    double halfWidth(double confidence = 0.95) const;

    void reset();

private:
    void closeBatch();

    int m_minBatches;
    std::uint64_t m_batchSize = 1;
    std::vector<double> m_batchSums; ///< sums (not means) of the full batches
    double m_partialSum = 0.0;
    std::uint64_t m_partialCount = 0;
    double m_sum = 0.0;
    std::uint64_t m_count = 0;
};

} // namespace scalelab
