#include "sim/kinds/session_store.h"

#include "sim/frame.h"
#include "sim/kinds/web_server.h"
#include "sim/simulation.h"

namespace scalelab {

void SessionStoreBehavior::start(Simulation &sim, std::uint32_t station)
{
    m_sessions = &sim.sessions();
    m_station = station;
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
