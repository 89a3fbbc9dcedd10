#pragma once

// dns: answers a lookup with its one link's target. Each client keeps the answer for the
// TTL, and a client holding a fresh answer does not ask at all.

#include "sim/kinds/kind_behavior.h"

#include <vector>

namespace scalelab {

class DnsBehavior : public KindBehavior {
public:
    void configure(const Component &c, const KindContext &context) override;
    bool bypass(Simulation &sim, std::uint32_t slot, std::uint32_t station) override;
    void afterService(Simulation &sim, std::uint32_t slot, std::uint32_t station) override;
    void route(Simulation &sim, std::uint32_t slot, std::uint32_t station) override;

private:
    /// Each user's cached answer, in a table of at most kMaxSlots: exact for up to that
    /// many users; beyond, a user whose slot another took asks again (memory stays bounded
    /// whatever the user count).
    struct Cached {
        std::uint32_t user = 0;
        double expires = -1.0;
    };
    static constexpr std::size_t kMaxSlots = std::size_t(1) << 20;
    Cached &cached(std::uint32_t user) { return m_cache[user % m_cache.size()]; }

    double m_ttlS = 0;
    bool m_serveStale = false; ///< users keep their expired answers while it is down
    /// It only grows: requests already in flight keep the user numbers they were sent with
    /// when a live edit lowers the user count.
    std::vector<Cached> m_cache;
};

} // namespace scalelab
