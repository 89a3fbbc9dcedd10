#pragma once

// geo_dns: answers a lookup with the entry point, among its links' targets, nearest to the
// user's region that passed its last health check. It checks every target at an interval;
// each user keeps the answer for the TTL and goes there, dead or alive, until it expires.

#include "sim/kinds/kind_behavior.h"

#include <unordered_map>
#include <vector>

namespace scalelab {

class GeoDnsBehavior : public KindBehavior {
public:
    void configure(const Component &c, const KindContext &context) override;
    void start(Simulation &sim, std::uint32_t station) override;
    bool bypass(Simulation &sim, std::uint32_t slot, std::uint32_t station) override;
    void afterService(Simulation &sim, std::uint32_t slot, std::uint32_t station) override;
    void route(Simulation &sim, std::uint32_t slot, std::uint32_t station) override;
    void onTimer(Simulation &sim, std::uint32_t station, std::uint32_t aux) override;
    void linksChanged(Simulation &sim, std::uint32_t station,
                      const std::vector<std::string> &oldTargets) override;
    void report(ComponentResult &out) const override;
    void resetStats() override;

    static constexpr std::uint32_t kNoTarget = 0xffffffffu;

private:
    /// A user's answer: the target station, kept until `expires`, and remembered after it
    /// (to count the user as moved when the next answer differs).
    struct Cached {
        std::uint32_t user = 0;
        std::uint32_t target = kNoTarget;
        double expires = -1.0;
    };
    static constexpr std::size_t kMaxSlots = std::size_t(1) << 20;
    Cached &cached(std::uint32_t user) { return m_cache[user % m_cache.size()]; }
    /// The healthy target nearest the user's region (any target if none is healthy).
    std::uint32_t choose(Simulation &sim, std::uint32_t station, std::uint8_t region,
                         RequestKind kind) const;
    /// The outgoing link to target that lets kind through, or -1.
    static std::int32_t linkTo(Simulation &sim, std::uint32_t station, std::uint32_t target,
                               RequestKind kind);

    double m_ttlS = 0;
    bool m_serveStale = false; ///< users keep their expired answers while it is down
    double m_intervalS = 10;
    std::vector<Cached> m_cache;
    /// Each target's state at the last health check, by station.
    std::unordered_map<std::uint32_t, bool> m_healthy;
    std::uint32_t m_timerSerial = 0; ///< a timer of an older start is void
    double m_nextCheckS = -1;        ///< when the next health check is due
    bool m_logNextMove = false;      ///< the first move after a health change goes in the log
    // Figures since the warm-up.
    std::uint64_t m_moves = 0;     ///< answers that sent a user elsewhere than before
    std::uint64_t m_movesAway = 0; ///< of them, away from a target that was down
    /// s from that target's failure to the expiry of the user's last answer naming it
    double m_moveTimeSum = 0;
    double m_moveTimeMax = 0;
    std::uint64_t m_checksFailed = 0; ///< health checks that found a healthy target dead
};

} // namespace scalelab
