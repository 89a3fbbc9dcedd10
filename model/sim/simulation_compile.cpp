// Compiling the design into stations and links: at the start, after a live edit
// (applyScenario) and after an autoscaling group's action (redesign).
#include "sim/simulation.h"

#include "scenario/region_validation.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <unordered_map>

namespace scalelab {
int Simulation::stationIndex(const std::string &id) const
{
    const auto it = m_stationIndex.find(id);
    return it == m_stationIndex.end() ? -1 : static_cast<int>(it->second);
}

static void configure(Station &st, const Component &c, const KindContext &context)
{
    if (!st.behavior || st.kind != c.kind)
        st.behavior = makeBehavior(c.kind);
    st.kind = c.kind;
    st.queueing = traitsOf(c.kind).queueing;
    st.workers = std::max(1, c.workers);
    st.capacity = c.capacity ? std::max(1, *c.capacity) : std::numeric_limits<int>::max();
    st.service = c.service_ms;
    st.timeoutS = c.timeout_ms ? *c.timeout_ms / 1000.0 : std::numeric_limits<double>::infinity();
    st.speed = c.speed > 0 ? c.speed : 1.0;
    st.costPerHour = c.cost_per_hour;
    st.behavior->configure(c, context);
}

void Simulation::compile(const Scenario &scenario)
{
    // Stations keep their index for the whole run (events and call frames refer to it);
    // a component removed by a live edit stays as a tombstone.
    std::unordered_map<std::string, std::size_t> wanted;
    wanted.reserve(scenario.components.size());
    for (std::size_t i = 0; i < scenario.components.size(); ++i)
        wanted.emplace(scenario.components[i].id, i);
    for (Station &st : m_stations)
        if (!st.removed && wanted.count(st.id) == 0) {
            setDown(static_cast<std::uint32_t>(&st - m_stations.data()), "removed");
            st.removed = true;
            // What it held is gone with it (a store too: nobody reads it again).
            m_sessions.drop(static_cast<std::uint32_t>(&st - m_stations.data()));
            m_removedIndex[st.id] = m_stationIndex[st.id];
            m_stationIndex.erase(st.id);
        }
    KindContext context;
    context.seed = m_seed;
    context.now = m_now;
    // Users of all clients together (numbered clients by clients), their keys; regions.
    long long users = 0;
    for (const Component &c : scenario.components)
        if (const auto *p = std::get_if<ClientsParams>(&c.params)) {
            users += std::max(1, p->users);
            context.keys = std::max(context.keys, p->keys.count);
        }
    m_regions.compile(scenario);
    context.users = static_cast<int>(std::clamp<long long>(users, 1, 2000000000));
    m_keyVersions.reserve(static_cast<std::uint32_t>(context.keys));
    std::uint32_t userBase = 0;
    bool firstClients = true;
    for (const Component &c : scenario.components) {
        if (const auto *p = std::get_if<ClientsParams>(&c.params)) {
            context.userBase = userBase;
            context.firstClients = firstClients;
            context.region = m_regions.of(c.id);
            userBase += static_cast<std::uint32_t>(std::max(1, p->users));
            firstClients = false;
        }
        int index = stationIndex(c.id);
        if (const auto gone = m_removedIndex.find(c.id);
            index < 0 && gone != m_removedIndex.end()) {
            // It comes back: its old station again, empty and up.
            index = static_cast<int>(gone->second);
            m_removedIndex.erase(gone); // gone is invalid from here
            Station &st = m_stations[static_cast<std::size_t>(index)];
            st.touch(m_now);
            st.removed = false;
            st.up = true;
            st.slowFactor = 1.0;
            m_stationIndex.emplace(c.id, static_cast<std::uint32_t>(index));
        }
        if (index < 0) {
            Station st;
            st.id = c.id;
            st.serviceRng = RandomStream::forComponent(m_seed, c.id, StreamPurpose::Service);
            st.routingRng = RandomStream::forComponent(m_seed, c.id, StreamPurpose::Routing);
            st.lastChange = m_now;
            m_stations.push_back(std::move(st));
            index = static_cast<int>(m_stations.size()) - 1;
            m_stationIndex.emplace(c.id, static_cast<std::uint32_t>(index));
        }
        Station &st = m_stations[static_cast<std::size_t>(index)];
        st.touch(m_now);
        if (st.behavior && st.kind != c.kind) {
            // Another kind under the same name: what the old one held goes, as if removed,
            // and its timers and pending answers are void.
            if (st.behavior->usesSessions()) {
                m_sessions.drop(static_cast<std::uint32_t>(index)); // a new kind keeps none
                m_sessions.share(static_cast<std::uint32_t>(index),
                                 static_cast<std::uint32_t>(index)); // nor shares a set's
            }
            setDown(static_cast<std::uint32_t>(index), "replaced by a component of another kind");
            Station &again = m_stations[static_cast<std::size_t>(index)];
            again.up = true;
            ++again.kindGeneration;
        }
        m_stations[static_cast<std::size_t>(index)].region = m_regions.of(c.id);
        configure(m_stations[static_cast<std::size_t>(index)], c, context);
    }
    // Sessions and cookies get their tables once anything keeps them (validation bounds
    // the users then); a design without them pays nothing.
    for (const Station &st : m_stations)
        if (!st.removed && st.behavior->usesSessions()) {
            m_sessions.enable(static_cast<std::uint32_t>(context.users), m_stations.size());
            break;
        }
    compileLinks(scenario);
    m_replication.compile(*this, scenario, context.keys);
    for (Station &st : m_stations)
        st.inRotation = true;
    m_autoscaling.markStations(*this);
    noteCost();
    m_observability.configure(*this, scenario);
}

void Simulation::compileDesign()
{
    if (m_autoscaling.empty())
        compile(m_design);
    else
        compile(m_autoscaling.effective(m_design));
}

void Simulation::noteCost()
{
    if (m_warm)
        m_costArea += m_costNow * (m_now - m_costSince);
    m_costSince = m_now;
    m_costNow = 0;
    for (const Station &st : m_stations)
        if (!st.removed)
            m_costNow += st.costPerHour;
}

void Simulation::compileLinks(const Scenario &scenario)
{
    // Kinds keep what they know about a target across edits (a balancer's view of its
    // health), keyed by the target's id; links keep their traffic counts, keyed by ends.
    std::vector<std::vector<std::string>> oldTargets(m_stations.size());
    std::unordered_map<std::string, std::uint64_t> oldTraffic;
    for (std::size_t s = 0; s < m_stations.size(); ++s)
        for (const std::uint32_t l : m_stations[s].out)
            oldTargets[s].push_back(m_stations[m_links[l].to].id);
    for (const LinkRuntime &l : m_links)
        oldTraffic[m_stations[l.from].id + '\n' + m_stations[l.to].id] = l.traversals;
    m_links.clear();
    for (Station &st : m_stations)
        st.out.clear();
    for (const Link &l : scenario.links) {
        const int from = stationIndex(l.from);
        const int to = stationIndex(l.to);
        if (from < 0 || to < 0)
            continue;
        std::uint8_t mask = 0;
        for (RequestKind k : l.kinds)
            mask |= static_cast<std::uint8_t>(1u << static_cast<int>(k));
        if (l.kinds.empty())
            mask = 0xff;
        const auto traffic = oldTraffic.find(l.from + '\n' + l.to);
        // Between regions, the distance between them on top of the link's own latency.
        const double latencyS =
            l.latency_ms / 1000.0 +
            m_regions.latencyS(m_stations[static_cast<std::size_t>(from)].region,
                               m_stations[static_cast<std::size_t>(to)].region);
        m_links.push_back({static_cast<std::uint32_t>(from), static_cast<std::uint32_t>(to),
                           l.probability, latencyS, mask,
                           traffic == oldTraffic.end() ? 0 : traffic->second,
                           m_stations[static_cast<std::size_t>(from)].region == 0 &&
                               m_stations[static_cast<std::size_t>(to)].region != 0,
                           l.backup});
        m_stations[static_cast<std::size_t>(from)].out.push_back(
            static_cast<std::uint32_t>(m_links.size() - 1));
    }
    m_writeWatchers.assign(m_stations.size(), {});
    m_pullWatchers.assign(m_stations.size(), {});
    for (std::size_t s = 0; s < m_stations.size(); ++s)
        if (!m_stations[s].removed && m_stations[s].behavior->pullsFromTargets())
            for (const std::uint32_t l : m_stations[s].out)
                m_pullWatchers[m_links[l].to].push_back(static_cast<std::uint32_t>(s));
    for (std::size_t s = 0; s < m_stations.size(); ++s)
        if (!m_stations[s].removed && m_stations[s].behavior->watchesWrites())
            for (const std::uint32_t l : m_stations[s].out)
                m_writeWatchers[m_links[l].to].push_back(static_cast<std::uint32_t>(s));
    for (std::size_t s = 0; s < m_stations.size(); ++s)
        m_stations[s].behavior->linksChanged(*this, static_cast<std::uint32_t>(s),
                                             s < oldTargets.size() ? oldTargets[s]
                                                                   : std::vector<std::string>{});
}

void Simulation::scheduleInitialEvents(const Scenario &scenario)
{
    startKinds(true);
    if (m_warmup > 0)
        m_queue.push(m_warmup, EventType::WarmupEnd, 0);
    else
        m_warm = true;
    m_faults = scenario.faults;
    for (std::size_t i = 0; i < m_faults.size(); ++i) {
        const Fault &f = m_faults[i];
        const bool wholeSite = f.action == FaultAction::Deploy && f.component.empty();
        // A data center's fault hits its members when it fires (scheduledFault).
        const bool dataCenter = f.at_s && stationIndex(f.component) < 0 &&
                                dataCenterNamed(scenario, f.component) != nullptr;
        const int station = wholeSite || dataCenter ? 0 : stationIndex(f.component);
        if (station < 0 || m_stations.empty())
            continue;
        if (f.at_s) {
            m_queue.push(*f.at_s, EventType::ScheduledFault, static_cast<std::uint32_t>(station), 0,
                         static_cast<std::uint32_t>(i));
        } else if (f.mtbf_s && f.mttr_s) {
            RandomFaultProcess p{
                static_cast<std::uint32_t>(station), *f.mtbf_s, *f.mttr_s,
                RandomStream::forComponent(m_seed + i, f.component, StreamPurpose::Faults)};
            const double firstFailure = p.rng.exponential(p.mtbfS);
            m_randomFaults.push_back(std::move(p));
            m_queue.push(firstFailure, EventType::RandomFailure,
                         static_cast<std::uint32_t>(station), 0,
                         static_cast<std::uint32_t>(m_randomFaults.size() - 1));
        }
    }
    startKinds();
    m_autoscaling.start(*this);
}

void Simulation::startKinds(bool sourcesOnly)
{
    for (std::size_t s = 0; s < m_stations.size(); ++s)
        if (!sourcesOnly || !m_stations[s].queueing)
            m_stations[s].behavior->start(*this, static_cast<std::uint32_t>(s));
}

void Simulation::applyScenario(const Scenario &scenario)
{
    m_design = scenario;
    m_autoscaling.sync(m_design, *this);
    redesign();
    if (m_observability.hasAlerts())
        setRecordTimeSeries(true); // alerts are judged on the per-second series
    m_autoscaling.start(*this);
    m_duration = std::max(m_duration, scenario.run.duration_s);
}

void Simulation::redesign()
{
    const std::size_t before = m_stations.size();
    compileDesign();
    startKinds();
    if (m_recordSeries && m_stations.size() != before)
        setupSeries();
    // More workers can start on waiting requests at once.
    for (std::size_t s = 0; s < m_stations.size(); ++s)
        pullNext(static_cast<std::uint32_t>(s));
    for (std::size_t s = 0; s < m_stations.size(); ++s)
        m_stations[s].behavior->edited(*this, static_cast<std::uint32_t>(s));
}

} // namespace scalelab
