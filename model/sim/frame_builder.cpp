#include "sim/frame_builder.h"

#include "sim/simulation.h"

#include <algorithm>
#include <limits>
#include <string_view>
#include <unordered_map>

namespace scalelab {

void FrameBuilder::restart()
{
    m_first = true;
    m_lastT = 0;
    m_stations.clear();
    m_links.clear();
    m_rowsSeen = 0;
    m_logSeen = 0;
}

Frame FrameBuilder::build(const Simulation &sim)
{
    Frame f;
    f.t_s = sim.now();
    f.events = sim.eventsProcessed();
    // Rates need simulated time to pass; a paused run keeps showing the last rates.
    const double dt = m_first ? 0.0 : sim.now() - m_lastT;
    std::vector<std::int32_t> frameIndexOfStation;
    addComponents(sim, f, dt, frameIndexOfStation);
    addLinks(sim, f, dt);
    addDots(sim, f);
    addFailures(sim, f, frameIndexOfStation);
    addSamples(sim, f);
    addLog(sim, f);
    if (dt > 0 || m_first)
        m_lastT = sim.now();
    m_first = false;
    return f;
}

void FrameBuilder::addComponents(const Simulation &sim, Frame &f, double dt,
                                 std::vector<std::int32_t> &frameIndexOfStation)
{
    const std::vector<Station> &stations = sim.stations();
    m_stations.resize(stations.size());
    frameIndexOfStation.assign(stations.size(), -1);

    std::vector<std::size_t> order;
    if (m_order.empty()) {
        for (std::size_t s = 0; s < stations.size(); ++s)
            order.push_back(s);
    } else {
        // The scenario's order, then what the kernel added (an autoscaling group's servers).
        std::unordered_map<std::string_view, std::size_t> live;
        for (std::size_t s = 0; s < stations.size(); ++s)
            if (!stations[s].removed)
                live.emplace(stations[s].id, s);
        std::vector<bool> taken(stations.size(), false);
        for (const std::string &id : m_order)
            if (const auto it = live.find(id); it != live.end() && !taken[it->second]) {
                order.push_back(it->second);
                taken[it->second] = true;
            }
        for (const Autoscaling::Group &g : sim.autoscaling().groups())
            for (const Autoscaling::Member &m : g.members)
                if (const auto it = live.find(m.id);
                    g.live && !m.designed && it != live.end() && !taken[it->second]) {
                    order.push_back(it->second);
                    taken[it->second] = true;
                }
    }

    for (std::size_t s : order) {
        const Station &st = stations[s];
        if (st.removed)
            continue;
        StationMemory &mem = m_stations[s];
        // The busy-time integral as a touch(now) would leave it, without changing the kernel.
        const double area = st.stats.busyArea + st.busy * (sim.now() - st.lastChange);
        const double instant = static_cast<double>(st.busy) / st.workers;
        if (dt > 0) {
            const double delta = area - mem.busyArea;
            // The areas restart at the end of the warm-up: fall back to the current load.
            mem.utilization = delta >= 0 ? std::min(1.0, delta / (st.workers * dt)) : instant;
        } else if (m_first) {
            mem.utilization = instant;
        }
        if (dt > 0 || m_first)
            mem.busyArea = area;

        ComponentFrame c;
        c.id = st.id;
        c.kind = st.kind;
        c.queueing = st.queueing;
        c.up = st.up;
        c.slowFactor = st.slowFactor;
        c.workers = st.workers;
        c.busy = st.busy;
        c.waiting = st.waiting();
        c.inSystem = st.inSystem;
        c.capacity = st.capacity == std::numeric_limits<int>::max() ? -1 : st.capacity;
        if (std::int64_t waiting = 0, room = 0; st.behavior->backlog(waiting, room)) {
            // The card's bar shows waiting of (capacity - workers): room for `room` waiting.
            c.waiting =
                static_cast<int>(std::min<std::int64_t>(waiting, std::numeric_limits<int>::max()));
            c.capacity = static_cast<int>(
                std::min<std::int64_t>(room + c.workers, std::numeric_limits<int>::max()));
        }
        c.utilization = mem.utilization;
        st.behavior->liveFigures(sim.now(), c.figures);
        if (sim.replication().setOf(static_cast<std::uint32_t>(s)) >= 0) {
            const bool primary = sim.replication().isPrimary(static_cast<std::uint32_t>(s));
            c.role = primary ? ReplicaRole::Primary : ReplicaRole::Replica;
            if (!primary)
                c.primaryId =
                    sim.stations()[sim.replication().primaryOf(static_cast<std::uint32_t>(s))].id;
        }
        frameIndexOfStation[s] = static_cast<std::int32_t>(f.components.size());
        f.components.push_back(std::move(c));
    }
    for (const Autoscaling::Group &g : sim.autoscaling().groups()) {
        if (!g.live)
            continue;
        for (const Autoscaling::Member &m : g.members) {
            const int s = sim.stationOf(m.id);
            if (s < 0 || frameIndexOfStation[static_cast<std::size_t>(s)] < 0)
                continue;
            ComponentFrame &c = f.components[static_cast<std::size_t>(
                frameIndexOfStation[static_cast<std::size_t>(s)])];
            c.scalingGroup = g.id;
            c.addedBy = m.designed ? std::string() : g.id;
            c.templateId = g.templ.id;
            c.scaling = m.state == Autoscaling::State::Booting   ? ScalingState::Booting
                        : m.state == Autoscaling::State::Serving ? ScalingState::Serving
                                                                 : ScalingState::Draining;
        }
    }
}

void FrameBuilder::addLinks(const Simulation &sim, Frame &f, double dt)
{
    const std::vector<Station> &stations = sim.stations();
    const std::vector<LinkRuntime> &links = sim.links();
    std::vector<LinkMemory> next;
    next.reserve(links.size());
    for (std::size_t i = 0; i < links.size(); ++i) {
        const LinkRuntime &l = links[i];
        // Links are rebuilt on every edit; match the previous frame's by their ends.
        const LinkMemory *prev = nullptr;
        if (i < m_links.size() && m_links[i].from == l.from && m_links[i].to == l.to)
            prev = &m_links[i];
        for (std::size_t j = 0; !prev && j < m_links.size(); ++j)
            if (m_links[j].from == l.from && m_links[j].to == l.to)
                prev = &m_links[j];
        double rate = prev ? prev->rate : 0.0;
        if (dt > 0) {
            const std::uint64_t before = prev ? prev->traversals : l.traversals;
            rate = l.traversals >= before ? static_cast<double>(l.traversals - before) / dt : 0.0;
        }
        const bool advance = dt > 0 || m_first || !prev;
        next.push_back({l.from, l.to, advance ? l.traversals : prev->traversals, rate});
        f.links.push_back({stations[l.from].id, stations[l.to].id, rate});
    }
    m_links = std::move(next);
}

void FrameBuilder::addDots(const Simulation &sim, Frame &f) const
{
    const double now = sim.now();
    // Answers sent straight back to the users, still on their way home.
    std::vector<DotFrame> home;
    for (const RecentAnswer &a : sim.recentAnswers()) {
        const double age = now - a.t_s;
        if (age < 0 || age >= a.latencyS)
            continue;
        for (const std::uint32_t l : sim.stations()[a.from].out)
            if (sim.links()[l].to == a.to) {
                home.push_back({l, static_cast<float>(1.0 - age / a.latencyS), a.kind, true});
                break;
            }
    }
    std::size_t onLinks = 0;
    sim.forEachOnLink([&onLinks](const Request &) { ++onLinks; });
    const std::size_t total = onLinks + home.size();
    f.dotsOnLinks = total;
    if (total == 0 || m_options.maxDots == 0)
        return;
    const std::size_t want = std::min(total, m_options.maxDots);
    f.dots.reserve(want);
    // Evenly spaced picks: dot n is drawn when floor(n * want / total) steps up.
    std::size_t n = 0;
    const auto picked = [&] {
        const std::size_t slotBefore = n * want / total;
        const std::size_t slotAfter = (n + 1) * want / total;
        ++n;
        return slotAfter != slotBefore;
    };
    sim.forEachOnLink([&](const Request &r) {
        if (!picked())
            return;
        const double span = r.linkArrive - r.linkDepart;
        const double p = std::clamp(span > 0 ? (now - r.linkDepart) / span : 1.0, 0.0, 1.0);
        DotFrame d;
        d.link = static_cast<std::uint32_t>(r.link);
        d.progress = static_cast<float>(r.returning ? 1.0 - p : p);
        d.kind = r.kind;
        d.answer = r.returning;
        f.dots.push_back(d);
    });
    for (const DotFrame &d : home)
        if (picked())
            f.dots.push_back(d);
}

void FrameBuilder::addFailures(const Simulation &sim, Frame &f,
                               const std::vector<std::int32_t> &frameIndexOfStation) const
{
    const std::vector<RecentFailure> &ring = sim.recentFailures();
    const std::size_t start = sim.recentFailureStart();
    const double now = sim.now();
    // Newest first, stopping at the first one older than the window.
    for (std::size_t k = 0; k < ring.size(); ++k) {
        const RecentFailure &rf = ring[(start + ring.size() - 1 - k) % ring.size()];
        const double age = now - rf.t_s;
        if (age > m_options.failureWindowS)
            break;
        if (rf.station >= frameIndexOfStation.size() || frameIndexOfStation[rf.station] < 0)
            continue;
        f.failures.push_back({static_cast<std::uint32_t>(frameIndexOfStation[rf.station]),
                              static_cast<float>(age), rf.cause,
                              rf.cause == FailureCause::SessionLost && rf.mark == Mark::Failure
                                  ? kLoggedOutMark
                                  : static_cast<std::uint8_t>(rf.mark)});
    }
}

void FrameBuilder::addSamples(const Simulation &sim, Frame &f)
{
    const TimeSeries &ts = sim.timeSeries();
    f.columns = ts.columns();
    if (ts.rows() < m_rowsSeen)
        m_rowsSeen = 0;
    for (std::size_t row = m_rowsSeen; row < ts.rows(); ++row) {
        f.sampleTimes.push_back(ts.time(row));
        std::vector<double> values(ts.columnCount());
        for (std::size_t c = 0; c < values.size(); ++c)
            values[c] = ts.value(row, c);
        f.samples.push_back(std::move(values));
    }
    m_rowsSeen = ts.rows();
}

void FrameBuilder::addLog(const Simulation &sim, Frame &f)
{
    const std::vector<LogEntry> &log = sim.log();
    if (log.size() < m_logSeen)
        m_logSeen = 0;
    f.newLog.assign(log.begin() + static_cast<std::ptrdiff_t>(m_logSeen), log.end());
    f.alerts = sim.observability().alerts();
    m_logSeen = log.size();
}

} // namespace scalelab
