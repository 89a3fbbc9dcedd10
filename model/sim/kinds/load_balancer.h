#pragma once

// load_balancer: sends each request to one target it believes healthy, chosen by round
// robin, least connections or at random. With a health-check interval it learns of a dead
// target only after enough failed probes; with interval 0 it knows at once.

#include "sim/kinds/kind_behavior.h"

#include <vector>

namespace scalelab {

class LoadBalancerBehavior : public KindBehavior {
public:
    void configure(const Component &c, const KindContext &context) override;
    void start(Simulation &sim, std::uint32_t station) override;
    void route(Simulation &sim, std::uint32_t slot, std::uint32_t station) override;
    void onTimer(Simulation &sim, std::uint32_t station, std::uint32_t aux) override;
    void linksChanged(Simulation &sim, std::uint32_t station,
                      const std::vector<std::string> &oldTargets) override;
    bool usesSessions() const override { return m_algorithm == LbAlgorithm::Sticky; }

private:
    /// What the balancer believes about one target.
    struct TargetHealth {
        bool healthy = true;
        int failures = 0;  ///< consecutive failed probes
        int successes = 0; ///< consecutive good probes
    };
    int chooseTarget(Simulation &sim, std::uint32_t station, const Request &r);
    /// Sticky: the target the user's cookie names, else the one the user hashes to among
    /// those usable (and the cookie is written).
    template <typename Usable>
    int stickyTarget(Simulation &sim, const Station &st, std::uint32_t user, Usable usable);
    void probe(Simulation &sim, std::uint32_t station);

    LbAlgorithm m_algorithm = LbAlgorithm::RoundRobin;
    HealthCheck m_health;
    double m_cookieS = 0;                ///< sticky cookies' lifetime; 0 = for good
    std::vector<TargetHealth> m_targets; ///< parallel to the station's outgoing links
    std::uint32_t m_next = 0;            ///< where round robin (and tie breaking) goes on
    bool m_checkPending = false;         ///< a health-check timer is in the event queue
};

} // namespace scalelab
