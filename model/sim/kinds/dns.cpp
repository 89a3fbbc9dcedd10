#include "sim/kinds/dns.h"

#include "sim/simulation.h"

#include <algorithm>

namespace scalelab {

void DnsBehavior::configure(const Component &c, const KindContext &context)
{
    m_ttlS = c.as<DnsParams>().ttl_s;
    m_serveStale = c.as<DnsParams>().when_down == DnsWhenDown::ServeStale;
    const auto slots = std::min(kMaxSlots, static_cast<std::size_t>(std::max(1, context.users)));
    if (m_cache.size() < slots) {
        // Re-place the answers already cached: a slot is the user number modulo the size.
        std::vector<Cached> old = std::move(m_cache);
        m_cache.assign(slots, Cached{});
        for (const Cached &e : old)
            if (e.expires >= 0)
                cached(e.user) = e;
    }
}

bool DnsBehavior::bypass(Simulation &sim, std::uint32_t slot, std::uint32_t station)
{
    const std::uint32_t user = sim.request(slot).user;
    const Cached &e = cached(user);
    const bool stale = e.expires <= sim.now();
    if (e.user != user || (stale && !(m_serveStale && !sim.station(station).up)))
        return false;
    route(sim, slot, station);
    return true;
}

void DnsBehavior::afterService(Simulation &sim, std::uint32_t slot, std::uint32_t station)
{
    const std::uint32_t user = sim.request(slot).user;
    cached(user) = Cached{user, sim.now() + m_ttlS};
    KindBehavior::afterService(sim, slot, station);
}

void DnsBehavior::route(Simulation &sim, std::uint32_t slot, std::uint32_t station)
{
    const RequestKind kind = sim.request(slot).kind;
    for (const std::uint32_t l : sim.station(station).out)
        if (sim.linkAllows(sim.links()[l], kind)) {
            sim.sendOnLink(slot, l);
            return;
        }
    sim.finishHop(slot);
}

} // namespace scalelab
