#include "sim/kinds/geo_dns.h"

#include "sim/run_result.h"
#include "sim/simulation.h"

#include <algorithm>

namespace scalelab {

void GeoDnsBehavior::configure(const Component &c, const KindContext &context)
{
    const auto &p = c.as<GeoDnsParams>();
    m_ttlS = p.ttl_s;
    m_serveStale = p.when_down == DnsWhenDown::ServeStale;
    m_intervalS = std::max(0.1, p.health_check_s);
    const auto slots = std::min(kMaxSlots, static_cast<std::size_t>(std::max(1, context.users)));
    if (m_cache.size() < slots) {
        std::vector<Cached> old = std::move(m_cache);
        m_cache.assign(slots, Cached{});
        for (const Cached &e : old)
            if (e.target != kNoTarget)
                cached(e.user) = e;
    }
}

void GeoDnsBehavior::start(Simulation &sim, std::uint32_t station)
{
    // Each compile starts one chain of checks; the chains before it end. The first at a
    // phase of its own, as a real monitor's is: a fault at a round time is not noticed at
    // that very instant. After an edit the next check stays when it was due, so frequent
    // redesigns (an autoscaling group at work) do not keep putting it off.
    ++m_timerSerial;
    if (m_nextCheckS < sim.now())
        m_nextCheckS =
            sim.now() + m_intervalS * (0.1 + 0.9 * sim.station(station).routingRng.uniform());
    sim.scheduleTimer(m_nextCheckS, station, m_timerSerial);
}

void GeoDnsBehavior::onTimer(Simulation &sim, std::uint32_t station, std::uint32_t aux)
{
    if (aux != m_timerSerial)
        return;
    // In link order, so that the log reads the same whatever the hash table's order.
    for (const std::uint32_t l : sim.station(station).out) {
        const std::uint32_t target = sim.links()[l].to;
        const auto found = m_healthy.find(target);
        if (found == m_healthy.end())
            continue;
        bool &healthy = found->second;
        const Station &t = sim.station(target);
        const bool now = t.up && !t.removed;
        if (now == healthy)
            continue;
        healthy = now;
        m_logNextMove = true;
        if (!now && sim.warm())
            ++m_checksFailed;
        sim.logEvent(station, now ? t.id + " passes its health check again: users near it are "
                                           "sent back as their answers expire"
                                  : t.id + " failed its health check: new answers send its "
                                           "users to the next nearest data center");
    }
    m_nextCheckS = sim.now() + m_intervalS;
    sim.scheduleTimer(m_nextCheckS, station, m_timerSerial);
}

void GeoDnsBehavior::linksChanged(Simulation &sim, std::uint32_t station,
                                  const std::vector<std::string> &)
{
    // Targets keep their last checked state; a new one counts as healthy until checked.
    std::unordered_map<std::uint32_t, bool> healthy;
    for (const std::uint32_t l : sim.station(station).out) {
        const std::uint32_t to = sim.links()[l].to;
        const auto old = m_healthy.find(to);
        healthy[to] = old == m_healthy.end() ? true : old->second;
    }
    m_healthy = std::move(healthy);
}

std::int32_t GeoDnsBehavior::linkTo(Simulation &sim, std::uint32_t station, std::uint32_t target,
                                    RequestKind kind)
{
    for (const std::uint32_t l : sim.station(station).out)
        if (sim.links()[l].to == target && sim.linkAllows(sim.links()[l], kind))
            return static_cast<std::int32_t>(l);
    return -1;
}

std::uint32_t GeoDnsBehavior::choose(Simulation &sim, std::uint32_t station, std::uint8_t region,
                                     RequestKind kind) const
{
    std::uint32_t best = kNoTarget;
    bool bestHealthy = false;
    double bestLatency = 0;
    for (const std::uint32_t l : sim.station(station).out) {
        const LinkRuntime &link = sim.links()[l];
        if (!sim.linkAllows(link, kind))
            continue;
        const auto h = m_healthy.find(link.to);
        const bool healthy = h == m_healthy.end() || h->second;
        const double latency = sim.regionLatencyS(region, sim.station(link.to).region);
        // Healthy before unhealthy, then nearest, then the first link.
        if (best == kNoTarget || (healthy && !bestHealthy) ||
            (healthy == bestHealthy && latency < bestLatency)) {
            best = link.to;
            bestHealthy = healthy;
            bestLatency = latency;
        }
    }
    return best;
}

bool GeoDnsBehavior::bypass(Simulation &sim, std::uint32_t slot, std::uint32_t station)
{
    const Request &r = sim.request(slot);
    const Cached &e = cached(r.user);
    const bool stale = e.expires <= sim.now();
    if (e.user != r.user || e.target == kNoTarget ||
        (stale && !(m_serveStale && !sim.station(station).up)))
        return false;
    const std::int32_t l = linkTo(sim, station, e.target, r.kind);
    if (l < 0)
        return false; // its answer's link was removed by an edit: ask again
    sim.sendOnLink(slot, static_cast<std::uint32_t>(l));
    return true;
}

void GeoDnsBehavior::afterService(Simulation &sim, std::uint32_t slot, std::uint32_t station)
{
    const Request &r = sim.request(slot);
    Cached &e = cached(r.user);
    const std::uint32_t target = choose(sim, station, r.region, r.kind);
    if (e.user == r.user && e.target != kNoTarget && target != kNoTarget && e.target != target) {
        const Station &from = sim.station(e.target);
        if (sim.warm()) {
            ++m_moves;
            if (!from.up) {
                // How long after the failure the user's last answer naming it held: the
                // time it kept going there (not the time it then stayed away idle).
                const double t = std::max(0.0, e.expires - from.downSinceS);
                ++m_movesAway;
                m_moveTimeSum += t;
                m_moveTimeMax = std::max(m_moveTimeMax, t);
            }
        }
        if (m_logNextMove) {
            m_logNextMove = false;
            sim.logEvent(station, "users move from " + from.id + " to " + sim.station(target).id +
                                      " as their answers expire");
        }
    }
    e = Cached{r.user, target, sim.now() + m_ttlS};
    KindBehavior::afterService(sim, slot, station);
}

void GeoDnsBehavior::route(Simulation &sim, std::uint32_t slot, std::uint32_t station)
{
    const Request &r = sim.request(slot);
    const Cached &e = cached(r.user);
    const std::int32_t l =
        e.user == r.user && e.target != kNoTarget ? linkTo(sim, station, e.target, r.kind) : -1;
    if (l >= 0)
        sim.sendOnLink(slot, static_cast<std::uint32_t>(l));
    else
        sim.finishHop(slot);
}

void GeoDnsBehavior::report(ComponentResult &out) const
{
    out.figures.push_back({"users_moved", static_cast<double>(m_moves), true});
    out.figures.push_back({"users_moved_away", static_cast<double>(m_movesAway), true});
    out.figures.push_back({"time_to_move_s.mean",
                           m_movesAway ? m_moveTimeSum / static_cast<double>(m_movesAway) : 0});
    out.figures.push_back({"time_to_move_s.max", m_moveTimeMax});
    out.figures.push_back({"health_checks_failed", static_cast<double>(m_checksFailed), true});
}

void GeoDnsBehavior::resetStats()
{
    m_moves = m_movesAway = m_checksFailed = 0;
    m_moveTimeSum = m_moveTimeMax = 0;
}

} // namespace scalelab
