#pragma once

// Distinct users seen in the measured window, in bounded memory, and the daily active users
// scaled from that window. Users are numbered 0..population-1 by the clients (each request
// names its user), so up to kExactUsers a bitmap of one bit per user counts them exactly;
// beyond it, user numbers are hashed into a bitmap of kExactUsers bits and counted by linear
// counting (Whang et al. 1990: n ≈ −m ln(zero bits / m)).

#include <cstdint>
#include <vector>

namespace scalelab {

class DistinctUsers {
public:
    static constexpr std::uint64_t kExactUsers = std::uint64_t{1} << 26; ///< 8 MB of bits

    /// The design's users (all clients together); the bits are kept when it is unchanged.
    void configure(std::uint64_t population);
    void add(std::uint32_t user);
    /// Users seen since the last reset (exact, or the linear-counting estimate).
    double count() const;
    void reset();

    /// Daily active users from `seen` distinct users among `arrivals` requests in a window of
    /// windowS seconds, each request from a user drawn uniformly among `population`: a user
    /// is seen in the window with probability 1 − e^(−A/N) and in a day with 1 − e^(−A·86400/W
    /// / N), so the users seen are scaled by the ratio (the window stands for the whole day).
    static double dailyActive(double seen, double arrivals, double windowS, double population);

private:
    std::vector<std::uint64_t> m_bits;
    std::uint64_t m_population = 0;
    std::uint64_t m_set = 0; ///< bits set
    bool m_hashed = false;
};

} // namespace scalelab
