// Failures, recoveries, slow-downs and the health checks that let balancers notice them.
#include "sim/simulation.h"

#include "scenario/region_validation.h"

#include <string>
#include <utility>

namespace scalelab {

void Simulation::logEvent(std::uint32_t s, std::string what)
{
    logEventFor(m_stations[s].id, std::move(what));
}

void Simulation::logEventFor(const std::string &id, std::string what)
{
    // Bounded, so that a run with millions of random faults cannot exhaust memory.
    constexpr std::size_t kMaxLog = 100000;
    if (m_log.size() < kMaxLog)
        m_log.push_back({m_now, id, std::move(what)});
}

void Simulation::setDown(std::uint32_t s, const char *why)
{
    Station &st = m_stations[s];
    if (!st.up)
        return;
    st.touch(m_now);
    st.up = false;
    st.downSinceS = m_now;
    ++st.epoch; // requests this station holds workers for will find it gone on return
    logEvent(s, why);
    // Everything inside fails with cause "down". Take the lists first: failing a request
    // can free workers elsewhere, and those must not touch this station's lists.
    std::deque<std::uint32_t> waiting = std::move(st.queue);
    std::vector<std::uint32_t> serving = std::move(st.inService);
    st.queue.clear();
    st.inService.clear();
    st.busy = 0;
    st.inSystem = 0;
    for (std::uint32_t slot : serving) {
        m_requests[slot].inService = false;
        ++st.stats.failed;
        fail(slot, FailureCause::Down, s);
    }
    for (std::uint32_t slot : waiting) {
        ++st.stats.failed;
        fail(slot, FailureCause::Down, s);
    }
    m_stations[s].behavior->upChanged(*this, s);
}

void Simulation::setUp(std::uint32_t s, const char *why)
{
    Station &st = m_stations[s];
    if (st.up || st.removed)
        return;
    st.touch(m_now);
    st.up = true;
    logEvent(s, why);
    st.behavior->upChanged(*this, s);
    if (s < m_pullWatchers.size() && !m_pullWatchers[s].empty())
        notifyFree(s);
}

void Simulation::failComponent(const std::string &id)
{
    const int s = stationIndex(id);
    if (s >= 0)
        setDown(static_cast<std::uint32_t>(s), "failed (by hand)");
    else
        failDataCenter(id, false);
}

void Simulation::recoverComponent(const std::string &id)
{
    const int s = stationIndex(id);
    if (s >= 0)
        setUp(static_cast<std::uint32_t>(s), "recovered (by hand)");
    else
        failDataCenter(id, true);
}

void Simulation::slowComponent(const std::string &id, double factor)
{
    const int s = stationIndex(id);
    if (s < 0 || !(factor > 0))
        return;
    m_stations[static_cast<std::size_t>(s)].slowFactor = factor;
    logEvent(static_cast<std::uint32_t>(s),
             factor == 1.0 ? "back to normal speed" : "slowed down x" + std::to_string(factor));
}

void Simulation::scheduledFault(std::uint32_t index)
{
    const Fault &f = m_faults[index];
    if (f.action == FaultAction::Deploy && f.component.empty()) {
        deployAssets(""); // the whole site
        return;
    }
    const int s = stationIndex(f.component);
    if (s < 0) {
        dataCenterFault(f);
        return;
    }
    const auto station = static_cast<std::uint32_t>(s);
    switch (f.action) {
    case FaultAction::Fail:
        setDown(station, "failed (scheduled)");
        break;
    case FaultAction::Recover:
        setUp(station, "recovered (scheduled)");
        break;
    case FaultAction::Slow:
        slowComponent(f.component, f.factor);
        break;
    case FaultAction::Promote: {
        std::string why;
        if (!m_replication.promoteByHand(*this, station, why))
            logEvent(station, "not promoted (scheduled): " + why);
        break;
    }
    case FaultAction::Deploy:
        m_stations[station].behavior->deploy(*this, station);
        break;
    case FaultAction::AddShard:
    case FaultAction::RemoveShard:
        m_stations[station].behavior->reshard(*this, station,
                                              f.action == FaultAction::AddShard ? 1 : -1);
        break;
    }
}

void Simulation::dataCenterFault(const Fault &f)
{
    // Every component standing in it goes down (or comes back) at once.
    const Scenario design = m_autoscaling.empty() ? m_design : m_autoscaling.effective(m_design);
    const Group *dc = dataCenterNamed(design, f.component);
    if (dc == nullptr || (f.action != FaultAction::Fail && f.action != FaultAction::Recover))
        return;
    const bool fail = f.action == FaultAction::Fail;
    logEventFor(dc->id, fail ? "data center failed (scheduled): everything in it is down"
                             : "data center recovered (scheduled)");
    setDataCenter(*dc, !fail);
}

void Simulation::setDataCenter(const Group &dc, bool up)
{
    for (const std::string &m : dc.members)
        if (const int s = stationIndex(m); s >= 0) {
            if (up)
                setUp(static_cast<std::uint32_t>(s), "recovered with its data center");
            else
                setDown(static_cast<std::uint32_t>(s), "failed with its data center");
        }
}

bool Simulation::failDataCenter(const std::string &id, bool up)
{
    const Scenario design = m_autoscaling.empty() ? m_design : m_autoscaling.effective(m_design);
    const Group *dc = dataCenterNamed(design, id);
    if (dc == nullptr)
        return false;
    logEventFor(id, up ? "data center recovered (by hand)"
                       : "data center failed (by hand): everything in it is down");
    setDataCenter(*dc, up);
    return true;
}

void Simulation::deployAssets(const std::string &id)
{
    for (std::uint32_t s = 0; s < m_stations.size(); ++s)
        if (!m_stations[s].removed && (id.empty() || m_stations[s].id == id))
            m_stations[s].behavior->deploy(*this, s);
}

void Simulation::randomFailure(std::uint32_t process)
{
    RandomFaultProcess &p = m_randomFaults[process];
    if (m_stations[p.station].removed)
        return;
    if (!m_stations[p.station].up) {
        // Already down for another reason: try again after another up time.
        m_queue.push(m_now + p.rng.exponential(p.mtbfS), EventType::RandomFailure, p.station, 0,
                     process);
        return;
    }
    setDown(p.station, "failed (random, MTBF)");
    m_queue.push(m_now + p.rng.exponential(p.mttrS), EventType::RandomRepair, p.station, 0,
                 process);
}

void Simulation::randomRepair(std::uint32_t process)
{
    RandomFaultProcess &p = m_randomFaults[process];
    if (m_stations[p.station].removed)
        return;
    setUp(p.station, "repaired (random, MTTR)");
    m_queue.push(m_now + p.rng.exponential(p.mtbfS), EventType::RandomFailure, p.station, 0,
                 process);
}

} // namespace scalelab
