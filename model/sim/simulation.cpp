// Construction, the request slots and the event loop (compiling the design:
// simulation_compile.cpp).
#include "sim/simulation.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <unordered_map>

namespace scalelab {

const char *toString(FailureCause c)
{
    switch (c) {
    case FailureCause::Rejected:
        return "rejected";
    case FailureCause::Timeout:
        return "timeout";
    case FailureCause::Down:
        return "down";
    case FailureCause::NoBackend:
        return "no_backend";
    case FailureCause::SimulatorLimit:
        return "simulator_limit";
    case FailureCause::Failover:
        return "failover";
    case FailureCause::ReadOnly:
        return "read_only";
    case FailureCause::SessionLost:
        return "session_lost";
    }
    return "?";
}

Simulation::Simulation(const Scenario &scenario, std::optional<std::uint64_t> seed)
    : m_seed(seed ? *seed : scenario.seed.value_or(1)), m_duration(scenario.run.duration_s),
      m_warmup(scenario.run.warmup_s)
{
    m_requests.reserve(1024);
    m_design = scenario;
    m_autoscaling.sync(m_design, *this);
    compileDesign();
    scheduleInitialEvents(scenario);
    if (m_observability.hasAlerts())
        setRecordTimeSeries(true); // alerts are judged on the per-second series
}

std::uint32_t Simulation::newRequest(std::uint32_t origin)
{
    const std::uint32_t slot = allocRequest();
    Request &r = m_requests[slot];
    r.created = m_now;
    r.measured = m_warm;
    r.origin = origin;
    r.station = origin;
    ++m_intervalArrived;
    if (r.measured)
        ++m_arrived;
    return slot;
}

void Simulation::enter(std::uint32_t slot, std::uint32_t l)
{
    if (requestsInFlight() > kMaxRequestsHeld) {
        // Memory is bounded whatever the design: past the ceiling, new requests are refused
        // at their source with a cause of their own, and the log says so once.
        if (!m_limitReached)
            logEvent(m_requests[slot].origin,
                     "the simulator's limit of " + std::to_string(kMaxRequestsHeld) +
                         " requests held at once is reached: new requests are refused "
                         "(simulator_limit) until some finish; the design is far beyond its "
                         "capacity (give components a capacity and users a timeout)");
        m_limitReached = true;
        fail(slot, FailureCause::SimulatorLimit, m_requests[slot].origin);
        return;
    }
    LinkRuntime &link = m_links[l];
    if (const Request &r = m_requests[slot]; r.measured && !r.internal && !r.message)
        m_observability.userSeen(r.user);
    if (linkLatencyS(link, m_requests[slot]) > 0) {
        sendOnLink(slot, l);
        return;
    }
    ++link.traversals;
    m_observability.linkUsed(link.from, link.to);
    m_requests[slot].arrivedBy = static_cast<std::int32_t>(l);
    arrive(slot, link.to);
}

std::uint32_t Simulation::newInternalRequest(std::uint32_t origin)
{
    if (requestsInFlight() > kMaxRequestsHeld)
        return kNoSlot;
    const std::uint32_t slot = allocRequest();
    Request &r = m_requests[slot];
    r.created = m_now;
    r.measured = false;
    r.internal = true;
    r.origin = origin;
    r.station = origin;
    return slot;
}

void Simulation::sendInternal(std::uint32_t slot, std::uint32_t to, double delayS)
{
    Request &r = m_requests[slot];
    r.station = to;
    r.link = -2; // on its way, on no drawn link
    m_queue.push(m_now + std::max(0.0, delayS), EventType::LinkArrival, to, slot, r.generation);
}

void Simulation::admit(std::uint32_t slot, std::uint32_t s)
{
    Station &st = m_stations[s];
    Request &r = m_requests[slot];
    r.station = s;
    r.entered = m_now;
    ++st.stats.arrived;
    enqueue(slot, s);
}

void Simulation::keyCommitted(std::uint32_t s, std::uint32_t key, std::uint32_t v)
{
    m_keyVersions.raise(key, v);
    for (const std::uint32_t w : m_writeWatchers[s])
        m_stations[w].behavior->onKeyWritten(*this, w, key);
}

void Simulation::countDatabaseRead(bool measured, bool stale)
{
    if (measured) {
        ++m_databaseReads;
        m_staleReads += stale ? 1 : 0;
    }
    m_intervalStaleReads += stale ? 1 : 0;
}

bool Simulation::promoteReplica(const std::string &id, std::string &why)
{
    const int s = stationIndex(id);
    if (s < 0) {
        why = "there is no component '" + id + "'";
        return false;
    }
    return m_replication.promoteByHand(*this, static_cast<std::uint32_t>(s), why);
}

void Simulation::keyWritten(std::uint32_t s, std::uint32_t key)
{
    m_keyVersions.bump(key);
    for (const std::uint32_t w : m_writeWatchers[s])
        m_stations[w].behavior->onKeyWritten(*this, w, key);
}

void Simulation::scheduleTimer(double t, std::uint32_t s, std::uint32_t aux)
{
    m_queue.push(t, EventType::KindTimer, s, m_stations[s].kindGeneration, aux);
}

std::uint32_t Simulation::allocRequest()
{
    std::uint32_t slot;
    if (!m_free.empty()) {
        slot = m_free.back();
        m_free.pop_back();
    } else {
        slot = static_cast<std::uint32_t>(m_requests.size());
        m_requests.emplace_back();
    }
    Request &r = m_requests[slot];
    r.active = true;
    r.link = -1;
    r.arrivedBy = -1;
    r.returning = false;
    r.depth = 0;
    r.hops = 0;
    r.inService = false;
    r.internal = false;
    r.message = false;
    r.stale = false;
    r.region = 0; // a message or the design's own work comes from no users' region
    r.term = 0;
    r.writeId = 0;
    return slot;
}

void Simulation::freeRequest(std::uint32_t slot)
{
    Request &r = m_requests[slot];
    r.active = false;
    ++r.generation;
    m_free.push_back(slot);
}

void Simulation::runUntil(double t)
{
    while (!m_queue.empty() && m_queue.top().time <= t) {
        const Event e = m_queue.pop();
        m_now = e.time;
        ++m_events;
        dispatch(e);
    }
    m_now = std::max(m_now, t);
}

bool Simulation::step()
{
    if (m_queue.empty() || m_queue.top().time > m_duration)
        return false;
    const Event e = m_queue.pop();
    m_now = e.time;
    ++m_events;
    dispatch(e);
    return true;
}

void Simulation::dispatch(const Event &e)
{
    switch (e.type) {
    case EventType::LinkArrival:
        if (m_requests[e.request].generation == e.aux) {
            Request &r = m_requests[e.request];
            r.arrivedBy = r.link;
            r.link = -1;
            arrive(e.request, e.component);
        }
        break;
    case EventType::ServiceDone:
        if (m_requests[e.request].generation == e.aux)
            serviceDone(e.request, e.component);
        break;
    case EventType::CallReturn:
        if (m_requests[e.request].generation == e.aux)
            callReturn(e.request, e.component);
        break;
    case EventType::ScheduledFault:
        scheduledFault(e.aux);
        break;
    case EventType::RandomFailure:
        randomFailure(e.aux);
        break;
    case EventType::RandomRepair:
        randomRepair(e.aux);
        break;
    case EventType::KindTimer:
        if (e.request == m_stations[e.component].kindGeneration)
            m_stations[e.component].behavior->onTimer(*this, e.component, e.aux);
        break;
    case EventType::Sample:
        sample();
        break;
    case EventType::WarmupEnd:
        endWarmup();
        break;
    case EventType::Autoscale:
        m_autoscaling.onEvent(*this, e.aux, e.component, e.request);
        break;
    }
}

} // namespace scalelab
