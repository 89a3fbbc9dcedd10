#include "sim/kinds/web_server.h"

#include "sim/frame.h"
#include "sim/simulation.h"

#include <cmath>

namespace scalelab {

bool needsSession(const Request &r)
{
    return r.kind == RequestKind::Read || r.kind == RequestKind::Write;
}

void WebServerBehavior::configure(const Component &c, const KindContext &)
{
    m_session = c.as<WebServerParams>().session;
}

void WebServerBehavior::start(Simulation &sim, std::uint32_t station)
{
    m_sessions = &sim.sessions();
    m_station = station;
}

void WebServerBehavior::afterService(Simulation &sim, std::uint32_t slot, std::uint32_t station)
{
    Request &r = sim.request(slot);
    if (m_session == SessionMode::Local && !r.internal && needsSession(r)) {
        m_keptSessions = true;
        if (sim.sessions().check(r.user, station) == Sessions::Outcome::Lost) {
            // Its memory has no session for this user: the answer is the login page, an
            // error here (counted failed at this server, not served).
            sim.abandonAt(slot, station, FailureCause::SessionLost);
            return;
        }
    }
    // The worker stays held during the calls; continueCalls frees it when they are done.
    sim.continueCalls(slot, station, 0, r.entered);
}

void WebServerBehavior::route(Simulation &sim, std::uint32_t slot, std::uint32_t)
{
    // Reached only if a response had to leave without its calls (never, today): it goes
    // back the way it came.
    sim.finishHop(slot);
}

void WebServerBehavior::upChanged(Simulation &sim, std::uint32_t station)
{
    // Sessions in memory do not survive the process: going down loses them all.
    if (sim.station(station).up || !m_keptSessions)
        return;
    const std::uint64_t lost = sim.sessions().drop(station);
    if (lost > 0)
        sim.logEvent(station, std::to_string(lost) + " sessions lost with it: those users are "
                                                     "logged out at their next request");
}

void WebServerBehavior::edited(Simulation &sim, std::uint32_t station)
{
    // Sessions no longer kept here are forgotten (an edit to session: none or store).
    if (m_keptSessions && m_session != SessionMode::Local) {
        m_keptSessions = false;
        sim.sessions().drop(station);
    }
}

void WebServerBehavior::liveFigures(double, std::vector<LiveFigure> &out) const
{
    if (m_session == SessionMode::Local && m_sessions)
        out.push_back({QT_TRANSLATE_NOOP("scalelab::Figure", "sessions"),
                       static_cast<double>(m_sessions->held(m_station))});
}

} // namespace scalelab
