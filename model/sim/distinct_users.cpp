#include "sim/distinct_users.h"

#include <algorithm>
#include <cmath>

namespace scalelab {

void DistinctUsers::configure(std::uint64_t population)
{
    if (population == m_population && !m_bits.empty())
        return;
    m_population = population;
    m_hashed = population > kExactUsers;
    const std::uint64_t bits = std::max<std::uint64_t>(1, std::min(population, kExactUsers));
    m_bits.assign((bits + 63) / 64, 0);
    m_set = 0;
}

void DistinctUsers::add(std::uint32_t user)
{
    std::uint64_t i = user;
    if (m_hashed) {
        // splitmix64's finaliser: user numbers spread evenly over the bits.
        std::uint64_t z = i + 0x9e3779b97f4a7c15ull;
        z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ull;
        z = (z ^ (z >> 27)) * 0x94d049bb133111ebull;
        i = (z ^ (z >> 31)) % kExactUsers;
    }
    const std::uint64_t word = i / 64;
    if (word >= m_bits.size())
        return; // a user of a design edited smaller since: not counted
    const std::uint64_t bit = std::uint64_t{1} << (i % 64);
    if (!(m_bits[word] & bit)) {
        m_bits[word] |= bit;
        ++m_set;
    }
}

double DistinctUsers::count() const
{
    if (!m_hashed)
        return static_cast<double>(m_set);
    const auto m = static_cast<double>(kExactUsers);
    const double zero = m - static_cast<double>(m_set);
    return zero > 0 ? -m * std::log(zero / m) : m * std::log(m); // saturated: a floor
}

void DistinctUsers::reset()
{
    std::fill(m_bits.begin(), m_bits.end(), 0);
    m_set = 0;
}

double DistinctUsers::dailyActive(double seen, double arrivals, double windowS, double population)
{
    if (seen <= 0 || arrivals <= 0 || windowS <= 0 || population <= 0)
        return 0;
    constexpr double kDayS = 86400;
    const double inWindow = -std::expm1(-arrivals / population);
    const double inDay = -std::expm1(-arrivals * (kDayS / windowS) / population);
    return std::min(population, seen * inDay / inWindow);
}

} // namespace scalelab
