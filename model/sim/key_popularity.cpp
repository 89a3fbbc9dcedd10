#include "sim/key_popularity.h"

#include <algorithm>
#include <cmath>

namespace scalelab {

namespace {

/// log(1 + x) / x, exact near 0.
double helper1(double x)
{
    return std::abs(x) > 1e-8 ? std::log1p(x) / x : 1.0 - x * (0.5 - x * (1.0 / 3.0 - 0.25 * x));
}

/// (exp(x) - 1) / x, exact near 0.
double helper2(double x)
{
    return std::abs(x) > 1e-8 ? std::expm1(x) / x
                              : 1.0 + x * 0.5 * (1.0 + x / 3.0 * (1.0 + 0.25 * x));
}

} // namespace

KeyPopularity::KeyPopularity(const KeysModel &model)
    : m_n(static_cast<std::uint32_t>(std::max(0, model.count))), m_s(model.zipf),
      m_hot(model.hot_share)
{
    if (m_n == 0 || m_s <= 0)
        return;
    m_hIntegralX1 = hIntegral(1.5) - 1.0;
    m_hIntegralN = hIntegral(m_n + 0.5);
    m_sThreshold = 2.0 - hIntegralInverse(hIntegral(2.5) - h(2.0));
}

double KeyPopularity::h(double x) const
{
    return std::exp(-m_s * std::log(x));
}

double KeyPopularity::hIntegral(double x) const
{
    // The integral of x^-s, shifted so it is continuous in s at s = 1 (log x there).
    const double logX = std::log(x);
    return helper2((1.0 - m_s) * logX) * logX;
}

double KeyPopularity::hIntegralInverse(double x) const
{
    double t = x * (1.0 - m_s);
    if (t < -1.0)
        t = -1.0; // rounding can push it just past the pole
    return std::exp(helper1(t) * x);
}

std::uint32_t KeyPopularity::draw(RandomStream &rng) const
{
    if (m_hot > 0 && rng.uniform() < m_hot)
        return 0;
    if (m_s <= 0)
        return rng.below(m_n);
    for (;;) {
        const double u = m_hIntegralN + rng.uniform() * (m_hIntegralX1 - m_hIntegralN);
        const double x = hIntegralInverse(u);
        double k = std::floor(x + 0.5);
        k = std::clamp(k, 1.0, static_cast<double>(m_n));
        if (k - x <= m_sThreshold || u >= hIntegral(k + 0.5) - h(k))
            return static_cast<std::uint32_t>(k) - 1;
    }
}

double KeyPopularity::probability(std::uint32_t key) const
{
    if (key >= m_n)
        return 0;
    double zipf = 1.0 / m_n;
    if (m_s > 0) {
        double norm = 0;
        for (std::uint32_t i = 1; i <= m_n; ++i)
            norm += std::pow(i, -m_s);
        zipf = std::pow(key + 1.0, -m_s) / norm;
    }
    return (1.0 - m_hot) * zipf + (key == 0 ? m_hot : 0.0);
}

void KeyVersions::bump(std::uint32_t key)
{
    if (key >= m_versions.size()) {
        if (key >= m_capacity)
            return; // not a key of the model (a key that is a user number)
        m_versions.resize(m_capacity, 0);
    }
    ++m_versions[key];
}

void KeyVersions::raise(std::uint32_t key, std::uint32_t v)
{
    if (version(key) < v)
        set(key, v);
}

void KeyVersions::set(std::uint32_t key, std::uint32_t v)
{
    if (key >= m_versions.size()) {
        if (key >= m_capacity)
            return;
        m_versions.resize(m_capacity, 0);
    }
    m_versions[key] = v;
}

} // namespace scalelab
