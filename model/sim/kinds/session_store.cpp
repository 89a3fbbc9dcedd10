#include "sim/kinds/session_store.h"

#include "sim/frame.h"
#include "sim/kinds/web_server.h"
#include "sim/simulation.h"

namespace scalelab {

void SessionStoreBehavior::start(Simulation &sim, std::uint32_t station)
{
    m_sessions = &sim.sessions();
    m_station = station;
    const int first = m_replicaOf.empty() ? -1 : sim.stationOf(m_replicaOf);
    sim.sessions().share(station, first < 0 ? station : static_cast<std::uint32_t>(first));
}

void SessionStoreBehavior::afterService(Simulation &sim, std::uint32_t slot, std::uint32_t station)
{
    const Request &r = sim.request(slot);
    const bool lost = needsSession(r) && !r.internal &&
                      sim.sessions().check(r.user, station) == Sessions::Outcome::Lost;
    if (lost) {
        // The user's session is in another server's memory or another store.
        sim.abandonAt(slot, station, FailureCause::SessionLost);
        return;
    }
    sim.leaveStation(slot, station);
    sim.finishHop(slot);
}

double SessionStoreBehavior::storedMb() const
{
    return m_sessions ? static_cast<double>(m_sessions->held(m_station)) * m_entryKb / 1024.0 : 0.0;
}

void SessionStoreBehavior::route(Simulation &sim, std::uint32_t slot, std::uint32_t)
{
    sim.finishHop(slot);
}

void SessionStoreBehavior::liveFigures(double, std::vector<LiveFigure> &out) const
{
    if (m_sessions)
        out.push_back({QT_TRANSLATE_NOOP("scalelab::Figure", "sessions"),
                       static_cast<double>(m_sessions->held(m_station))});
}

} // namespace scalelab
