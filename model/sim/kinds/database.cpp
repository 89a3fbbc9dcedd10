#include "sim/kinds/database.h"

#include "sim/simulation.h"

namespace scalelab {

void DatabaseBehavior::configure(const Component &c, const KindContext &)
{
    m_read = c.as<DatabaseParams>().read_ms;
    m_write = c.as<DatabaseParams>().write_ms;
}

const Distribution &DatabaseBehavior::serviceTime(const Station &, const Request &r) const
{
    return r.kind == RequestKind::Write ? m_write : m_read;
}

void DatabaseBehavior::afterService(Simulation &sim, std::uint32_t slot, std::uint32_t station)
{
    // A committed write makes every earlier copy of its key stale; a read answers with the
    // version it found (a cache fills with it).
    Request &r = sim.request(slot);
    if (r.kind == RequestKind::Write)
        sim.keyWritten(station, r.key);
    else
        r.readVersion = sim.keyVersions().version(r.key);
    KindBehavior::afterService(sim, slot, station);
}

void DatabaseBehavior::route(Simulation &sim, std::uint32_t slot, std::uint32_t station)
{
    sim.routeByProbability(slot, station);
}

} // namespace scalelab
