#pragma once

// Random numbers for the simulation: one independent stream per component and purpose,
// so that adding a component or changing one part of a design does not shift the numbers
// drawn everywhere else. xoshiro256++ seeded through splitmix64: fast, well tested, and the
// same sequence on every platform (std:: distributions are not, so we sample ourselves).

#include "scenario/scenario.h"

#include <cmath>
#include <cstdint>
#include <string_view>

namespace scalelab {

/// What a stream is used for; part of its seed.
enum class StreamPurpose : std::uint64_t {
    Service = 1,
    Routing = 2,
    Arrivals = 3,
    Mix = 4,
    Keys = 5, ///< data keys drawn by a popularity model
    Faults = 6,
    Assets = 7, ///< static assets drawn by the clients' asset popularity
};

class RandomStream {
public:
    RandomStream() : RandomStream(0) {}
    explicit RandomStream(std::uint64_t seed)
    {
        for (auto &word : m_s)
            word = splitmix64(seed);
    }
    /// A stream for (run seed, component id, purpose): stable under edits elsewhere.
    static RandomStream forComponent(std::uint64_t seed, std::string_view id, StreamPurpose p)
    {
        std::uint64_t h = 1469598103934665603ull; // FNV-1a of the id
        for (char c : id)
            h = (h ^ static_cast<unsigned char>(c)) * 1099511628211ull;
        return RandomStream(seed ^ (h * 0x9e3779b97f4a7c15ull) ^
                            (static_cast<std::uint64_t>(p) << 56));
    }

    std::uint64_t next()
    {
        const std::uint64_t result = rotl(m_s[0] + m_s[3], 23) + m_s[0];
        const std::uint64_t t = m_s[1] << 17;
        m_s[2] ^= m_s[0];
        m_s[3] ^= m_s[1];
        m_s[1] ^= m_s[2];
        m_s[0] ^= m_s[3];
        m_s[2] ^= t;
        m_s[3] = rotl(m_s[3], 45);
        return result;
    }
    /// Uniform in (0, 1): never 0, so log() is always finite.
    double uniform() { return (static_cast<double>(next() >> 11) + 0.5) * 0x1.0p-53; }
    double exponential(double mean) { return -mean * std::log(uniform()); }
    double normal()
    {
        // Box-Muller; the second value is thrown away to keep the stream stateless.
        const double u1 = uniform();
        const double u2 = uniform();
        return std::sqrt(-2.0 * std::log(u1)) * std::cos(6.283185307179586 * u2);
    }
    /// Uniform integer in [0, n).
    std::uint32_t below(std::uint32_t n)
    {
        return static_cast<std::uint32_t>(((next() >> 32) * n) >> 32); // Lemire's multiply-shift
    }

    /// A sample of the distribution, in the distribution's unit (ms).
    double sample(const Distribution &d)
    {
        switch (d.kind) {
        case DistKind::Exponential:
            return exponential(d.mean);
        case DistKind::Constant:
            return d.mean;
        case DistKind::Uniform:
            return d.min + (d.max - d.min) * uniform();
        case DistKind::Lognormal: {
            const double s2 = std::log1p(d.cv * d.cv);
            const double mu = std::log(d.mean) - 0.5 * s2;
            return std::exp(mu + std::sqrt(s2) * normal());
        }
        case DistKind::Erlang: {
            double product = 1.0;
            for (int i = 0; i < d.k; ++i)
                product *= uniform();
            return -d.mean / d.k * std::log(product);
        }
        }
        return d.mean;
    }

private:
    static std::uint64_t rotl(std::uint64_t x, int k) { return (x << k) | (x >> (64 - k)); }
    static std::uint64_t splitmix64(std::uint64_t &x)
    {
        std::uint64_t z = (x += 0x9e3779b97f4a7c15ull);
        z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ull;
        z = (z ^ (z >> 27)) * 0x94d049bb133111ebull;
        return z ^ (z >> 31);
    }
    std::uint64_t m_s[4];
};

} // namespace scalelab
