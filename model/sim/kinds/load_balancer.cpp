#include "sim/kinds/load_balancer.h"

#include "sim/simulation.h"

#include <limits>

namespace scalelab {

void LoadBalancerBehavior::configure(const Component &c, const KindContext &)
{
    m_algorithm = c.as<LoadBalancerParams>().algorithm;
    m_health = c.as<LoadBalancerParams>().health_check;
    m_cookieS = c.as<LoadBalancerParams>().cookie_s;
}

void LoadBalancerBehavior::start(Simulation &sim, std::uint32_t station)
{
    // One pending check per balancer: a new one, or one whose interval an edit turned on
    // (a chain of checks ends while the interval is 0).
    if (sim.station(station).removed || m_health.interval_s <= 0 || m_checkPending)
        return;
    m_checkPending = true;
    sim.scheduleTimer(sim.now() + m_health.interval_s, station, 0);
}

void LoadBalancerBehavior::route(Simulation &sim, std::uint32_t slot, std::uint32_t station)
{
    const int target = chooseTarget(sim, station, sim.request(slot));
    if (target < 0)
        sim.fail(slot, FailureCause::NoBackend, station);
    else
        sim.sendOnLink(slot, sim.station(station).out[static_cast<std::size_t>(target)]);
}

int LoadBalancerBehavior::chooseTarget(Simulation &sim, std::uint32_t station, const Request &r)
{
    const RequestKind kind = r.kind;
    Station &st = sim.station(station);
    const std::size_t n = st.out.size();
    if (n == 0)
        return -1;
    const bool instant = m_health.interval_s <= 0;
    auto usable = [&](std::size_t i) {
        const LinkRuntime &l = sim.links()[st.out[i]];
        if (!sim.linkAllows(l, kind))
            return false;
        const Station &target = sim.stations()[l.to];
        if (!target.inRotation) // booting or draining in an autoscaling group
            return false;
        return instant ? target.up && !target.removed : m_targets[i].healthy;
    };
    switch (m_algorithm) {
    case LbAlgorithm::RoundRobin:
        for (std::size_t k = 0; k < n; ++k) {
            const std::size_t i = (m_next + k) % n;
            if (usable(i)) {
                m_next = static_cast<std::uint32_t>((i + 1) % n);
                return static_cast<int>(i);
            }
        }
        return -1;
    case LbAlgorithm::LeastConnections: {
        int best = -1;
        int bestLoad = std::numeric_limits<int>::max();
        for (std::size_t k = 0; k < n; ++k) {
            const std::size_t i = (m_next + k) % n; // rotate to break ties fairly
            if (!usable(i))
                continue;
            const int load = sim.stations()[sim.links()[st.out[i]].to].inSystem;
            if (load < bestLoad) {
                bestLoad = load;
                best = static_cast<int>(i);
            }
        }
        if (best >= 0)
            m_next = static_cast<std::uint32_t>((static_cast<std::size_t>(best) + 1) % n);
        return best;
    }
    case LbAlgorithm::Random: {
        std::uint32_t count = 0;
        for (std::size_t i = 0; i < n; ++i)
            count += usable(i) ? 1u : 0u;
        if (count == 0)
            return -1;
        std::uint32_t pick = st.routingRng.below(count);
        for (std::size_t i = 0; i < n; ++i)
            if (usable(i) && pick-- == 0)
                return static_cast<int>(i);
        return -1;
    }
    case LbAlgorithm::Sticky:
        return stickyTarget(sim, st, r.user, usable);
    }
    return -1;
}

template <typename Usable>
int LoadBalancerBehavior::stickyTarget(Simulation &sim, const Station &st, std::uint32_t user,
                                       Usable usable)
{
    const std::int64_t named = sim.sessions().cookie(user, sim.now(), m_cookieS);
    int best = -1;
    std::uint64_t bestScore = 0;
    for (std::size_t i = 0; i < st.out.size(); ++i) {
        if (!usable(i))
            continue;
        const std::uint32_t to = sim.links()[st.out[i]].to;
        if (static_cast<std::int64_t>(to) == named)
            return static_cast<int>(i);
        // Rendezvous hashing: the user goes to the usable target with the highest score of
        // (user, target), so a target leaving moves only its own users.
        std::uint64_t h = (std::uint64_t(user) << 32 | to) * 0x9e3779b97f4a7c15ull;
        h ^= h >> 29;
        h *= 0xbf58476d1ce4e5b9ull;
        h ^= h >> 32;
        if (best < 0 || h > bestScore) {
            best = static_cast<int>(i);
            bestScore = h;
        }
    }
    // The user keeps one cookie: a balancer writes it only when it is empty or names one
    // of its own targets, so two sticky balancers in a row do not overwrite each other
    // (the second then goes by the hash alone, which moves only a lost target's users).
    bool mine = named < 0;
    for (std::size_t i = 0; i < st.out.size() && !mine; ++i)
        mine = static_cast<std::int64_t>(sim.links()[st.out[i]].to) == named;
    if (best >= 0 && mine)
        sim.sessions().setCookie(user, sim.links()[st.out[static_cast<std::size_t>(best)]].to,
                                 sim.now());
    return best;
}

void LoadBalancerBehavior::onTimer(Simulation &sim, std::uint32_t station, std::uint32_t)
{
    m_checkPending = false;
    if (sim.station(station).removed || m_health.interval_s <= 0)
        return;
    // A balancer that is down probes nothing, and learns nothing, until it is back.
    if (sim.station(station).up)
        probe(sim, station);
    m_checkPending = true;
    sim.scheduleTimer(sim.now() + m_health.interval_s, station, 0);
}

void LoadBalancerBehavior::probe(Simulation &sim, std::uint32_t station)
{
    const Station &st = sim.station(station);
    for (std::size_t i = 0; i < st.out.size(); ++i) {
        const Station &target = sim.stations()[sim.links()[st.out[i]].to];
        TargetHealth &h = m_targets[i];
        if (target.up && !target.removed) {
            h.failures = 0;
            ++h.successes;
            if (!h.healthy && h.successes >= m_health.healthy_after) {
                h.healthy = true;
                sim.logEvent(station, "health check: " + target.id + " is healthy again");
            }
        } else {
            h.successes = 0;
            ++h.failures;
            if (h.healthy && h.failures >= m_health.unhealthy_after) {
                h.healthy = false;
                sim.logEvent(station, "health check: " + target.id + " marked unhealthy after " +
                                          std::to_string(h.failures) + " failed checks");
            }
        }
    }
}

void LoadBalancerBehavior::linksChanged(Simulation &sim, std::uint32_t station,
                                        const std::vector<std::string> &oldTargets)
{
    // What it believes about a target follows the target's id across edits.
    const std::vector<TargetHealth> old = m_targets;
    const Station &st = sim.station(station);
    m_targets.assign(st.out.size(), TargetHealth{});
    for (std::size_t i = 0; i < st.out.size(); ++i) {
        const std::string &id = sim.stations()[sim.links()[st.out[i]].to].id;
        for (std::size_t j = 0; j < oldTargets.size() && j < old.size(); ++j)
            if (oldTargets[j] == id)
                m_targets[i] = old[j];
    }
}

} // namespace scalelab
