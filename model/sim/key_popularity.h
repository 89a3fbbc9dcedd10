#pragma once

// Which data key a request asks for: rank i of n with probability proportional to
// 1 / i^s (Zipf; s = 0 is uniform), drawn exactly and in constant time by rejection-
// inversion (Hörmann and Derflinger, 1996), so a million keys cost no table. With
// probability hotShare the celebrity key (rank 1) is asked for instead.
// Keys are 0-based: key k is rank k + 1.

#include "scenario/kinds/clients.h"
#include "sim/random_stream.h"

#include <cstdint>
#include <vector>

namespace scalelab {

class KeyPopularity {
public:
    KeyPopularity() = default;
    explicit KeyPopularity(const KeysModel &model);

    bool enabled() const { return m_n > 0; }
    std::uint32_t draw(RandomStream &rng) const;
    /// The exact probability of key k (for tests and the analytic side).
    double probability(std::uint32_t key) const;

private:
    double h(double x) const;
    double hIntegral(double x) const;
    double hIntegralInverse(double x) const;

    std::uint32_t m_n = 0;
    double m_s = 1.0;
    double m_hot = 0.0;
    double m_hIntegralX1 = 0;
    double m_hIntegralN = 0;
    double m_sThreshold = 0;
};

/// A version per key, bumped by every committed write, so a later read can tell whether
/// what it got is the latest (stale reads are counted exactly, not estimated). Sized on
/// first use to the number of keys.
class KeyVersions {
public:
    void bump(std::uint32_t key);
    /// The latest version becomes at least v (a replicated write committed out of order).
    void raise(std::uint32_t key, std::uint32_t v);
    /// The latest version becomes v, older or not (a failover lost the newer writes).
    void set(std::uint32_t key, std::uint32_t v);
    std::uint32_t keys() const { return m_capacity; }
    std::uint32_t version(std::uint32_t key) const
    {
        return key < m_versions.size() ? m_versions[key] : 0;
    }
    void reserve(std::uint32_t keys) { m_capacity = keys; }

private:
    std::uint32_t m_capacity = 0;
    std::vector<std::uint32_t> m_versions;
};

} // namespace scalelab
