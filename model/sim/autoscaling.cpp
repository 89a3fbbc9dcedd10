#include "sim/autoscaling.h"

#include "sim/simulation.h"

#include <algorithm>
#include <cmath>
#include <unordered_set>

namespace scalelab {

namespace {

std::string percent(double u)
{
    return std::to_string(static_cast<int>(std::lround(100.0 * u))) + " %";
}

} // namespace

void Autoscaling::sync(const Scenario &design, const Simulation &sim)
{
    const double now = sim.now();
    std::vector<bool> wasLive(m_groups.size());
    for (std::size_t i = 0; i < m_groups.size(); ++i) {
        Group &g = m_groups[i];
        wasLive[i] = g.live;
        if (g.live)
            noteCount(sim, g); // until now, with the members it had
        g.live = false;
    }
    m_designIds.clear();
    for (const Component &c : design.components)
        m_designIds.insert(c.id);
    for (const scalelab::Group &sg : design.groups) {
        if (sg.kind != GroupKind::Autoscaling || sg.members.empty())
            continue;
        const Component *templ = design.find(sg.members.front());
        if (templ == nullptr)
            continue;
        auto it = std::find_if(m_groups.begin(), m_groups.end(),
                               [&](const Group &g) { return g.id == sg.id; });
        if (it != m_groups.end() && !wasLive[static_cast<std::size_t>(it - m_groups.begin())]) {
            // Restored (an undo): the time it was gone is not its time, and its servers'
            // stations were rebuilt.
            it->areaSince = now;
            for (Member &m : it->members)
                m.baseAt = -1;
        }
        if (it == m_groups.end()) {
            Group g;
            g.id = sg.id;
            g.lastCheck = now;
            g.areaSince = now;
            m_groups.push_back(std::move(g));
            it = m_groups.end() - 1;
        }
        Group &g = *it;
        g.live = true;
        g.settings = sg.scaling;
        g.templ = *templ;
        // A designed server it scaled in comes back as the design's once the student takes
        // it out of the group.
        std::erase_if(g.removedDesigned, [&](const std::string &id) {
            return std::find(sg.members.begin(), sg.members.end(), id) == sg.members.end();
        });
        // Designed members as the scenario lists them now (less those scaled in), then the
        // servers the group added.
        std::vector<Member> members;
        for (const std::string &id : sg.members) {
            if (design.find(id) == nullptr ||
                std::find(g.removedDesigned.begin(), g.removedDesigned.end(), id) !=
                    g.removedDesigned.end())
                continue;
            const auto old = std::find_if(g.members.begin(), g.members.end(),
                                          [&](const Member &m) { return m.id == id; });
            if (old != g.members.end()) {
                members.push_back(*old);
            } else {
                Member m;
                m.id = id;
                m.designed = true;
                m.serial = g.nextSerial++;
                m.since = now;
                members.push_back(m);
            }
        }
        for (const Member &m : g.members)
            if (!m.designed && m_designIds.count(m.id) == 0)
                members.push_back(m);
        g.members = std::move(members);
        // Below its min from the start (or after an edit): the missing servers are there.
        while (static_cast<int>(g.members.size()) < g.settings.min) {
            Member m;
            m.id = newId(g);
            m.serial = g.nextSerial++;
            m.since = now;
            g.members.push_back(m);
        }
        g.serversMin = g.serversMin == 0
                           ? static_cast<int>(g.members.size())
                           : std::min(g.serversMin, static_cast<int>(g.members.size()));
        g.serversMax = std::max(g.serversMax, static_cast<int>(g.members.size()));
    }
}

std::string Autoscaling::newId(const Group &g) const
{
    // The lowest free number: a removed server's name (and its station) is reused, so a long
    // run that scales out and in keeps as many stations as its largest fleet.
    for (std::size_t n = 1;; ++n) {
        const std::string id = g.id + "-" + std::to_string(n);
        const bool taken =
            m_designIds.count(id) > 0 || std::any_of(g.members.begin(), g.members.end(),
                                                     [&](const Member &m) { return m.id == id; });
        if (!taken)
            return id;
    }
}

void Autoscaling::takeBase(Simulation &sim, Member &m)
{
    if (const int s = sim.stationOf(m.id); s >= 0) {
        Station &st = sim.station(static_cast<std::uint32_t>(s));
        st.touch(sim.now());
        m.busyBase = st.stats.busyArea;
        m.baseAt = sim.now();
    }
}

Scenario Autoscaling::effective(const Scenario &design) const
{
    if (m_groups.empty())
        return design;
    Scenario e = design;
    std::unordered_set<std::string> gone;
    for (const Group &g : m_groups)
        if (g.live)
            gone.insert(g.removedDesigned.begin(), g.removedDesigned.end());
    if (!gone.empty()) {
        std::erase_if(e.components, [&](const Component &c) { return gone.count(c.id) > 0; });
        std::erase_if(
            e.links, [&](const Link &l) { return gone.count(l.from) > 0 || gone.count(l.to) > 0; });
    }
    for (const Group &g : m_groups) {
        if (!g.live)
            continue;
        for (const Member &m : g.members) {
            if (m.designed)
                continue;
            Component c = g.templ;
            c.id = m.id;
            c.label.clear();
            c.position.reset();
            e.components.push_back(std::move(c));
            for (const Link &l : design.links) {
                if (l.to == g.templ.id) {
                    Link copy = l;
                    copy.to = m.id;
                    e.links.push_back(std::move(copy));
                }
                if (l.from == g.templ.id) {
                    Link copy = l;
                    copy.from = m.id;
                    e.links.push_back(std::move(copy));
                }
            }
        }
        for (scalelab::Group &sg : e.groups)
            if (sg.id == g.id) {
                sg.members.clear();
                for (const Member &m : g.members)
                    sg.members.push_back(m.id);
            }
        // Copies stand in the template's data center: its region, its outage, its cost.
        for (scalelab::Group &dc : e.groups) {
            if (dc.kind != GroupKind::DataCenter ||
                std::find(dc.members.begin(), dc.members.end(), g.templ.id) == dc.members.end())
                continue;
            for (const Member &m : g.members)
                if (std::find(dc.members.begin(), dc.members.end(), m.id) == dc.members.end())
                    dc.members.push_back(m.id);
        }
    }
    return e;
}

void Autoscaling::markStations(Simulation &sim) const
{
    for (const Group &g : m_groups) {
        if (!g.live)
            continue;
        for (const Member &m : g.members)
            if (const int s = sim.stationOf(m.id); s >= 0)
                sim.station(static_cast<std::uint32_t>(s)).inRotation = m.state == State::Serving;
    }
}

void Autoscaling::start(Simulation &sim)
{
    for (std::size_t i = 0; i < m_groups.size(); ++i) {
        Group &g = m_groups[i];
        if (!g.live || g.checking)
            continue;
        g.checking = true;
        g.lastCheck = sim.now();
        for (Member &m : g.members)
            takeBase(sim, m);
        sim.scheduleAutoscaling(sim.now() + g.settings.interval_s, static_cast<std::uint32_t>(i),
                                kCheck, 0);
    }
}

void Autoscaling::onEvent(Simulation &sim, std::uint32_t index, std::uint32_t what,
                          std::uint32_t serial)
{
    if (index >= m_groups.size())
        return;
    Group &g = m_groups[index];
    if (!g.live) {
        // Removed by a live edit, perhaps to come back (an undo): its check chain ends, and
        // its members finish booting or draining as if it were there.
        if (what == kCheck) {
            g.checking = false;
        } else if (what == kBooted) {
            for (Member &m : g.members)
                if (m.serial == serial && m.state == State::Booting) {
                    m.state = State::Serving;
                    m.since = sim.now();
                    m.baseAt = -1;
                }
        } else {
            const auto it = std::find_if(g.members.begin(), g.members.end(), [&](const Member &m) {
                return m.serial == serial && m.state == State::Draining;
            });
            if (it != g.members.end()) {
                if (it->designed)
                    g.removedDesigned.push_back(it->id); // gone when the group comes back
                g.members.erase(it);
            }
        }
        return;
    }
    if (what == kCheck) {
        sim.scheduleAutoscaling(sim.now() + g.settings.interval_s, index, kCheck, 0);
        check(sim, g, index);
        return;
    }
    if (what == kDrainCheck) {
        drainCheck(sim, g, index, serial);
        return;
    }
    for (Member &m : g.members)
        if (m.serial == serial && m.state == State::Booting) {
            m.state = State::Serving;
            m.since = sim.now();
            if (const int s = sim.stationOf(m.id); s >= 0) {
                sim.station(static_cast<std::uint32_t>(s)).inRotation = true;
                sim.wakePullers(static_cast<std::uint32_t>(s)); // a queue may feed it now
            }
            takeBase(sim, m);
            sim.logEventFor(m.id, "booted: in rotation in autoscaling group " + g.id);
        }
}

void Autoscaling::check(Simulation &sim, Group &g, std::uint32_t index)
{
    const double now = sim.now();
    const AutoscalingSettings &a = g.settings;
    const double dt = now - g.lastCheck;
    g.lastCheck = now;
    double busy = 0;
    double capacity = 0;
    int serving = 0;
    int measured = 0; // serving members with a busy base
    int booting = 0;
    std::vector<std::string> replace; // added servers down for a whole interval
    for (Member &m : g.members) {
        const int s = sim.stationOf(m.id);
        if (s < 0)
            continue;
        Station &st = sim.station(static_cast<std::uint32_t>(s));
        st.touch(now);
        if (m.state == State::Booting) {
            ++booting;
        } else if (m.state == State::Serving && !st.up) {
            if (m.downSince < 0)
                m.downSince = now;
            else if (!m.designed && now - m.downSince >= a.interval_s)
                replace.push_back(m.id);
        } else if (m.state == State::Serving) {
            m.downSince = -1;
            ++serving;
            capacity += st.workers * dt;
            // A member without a base (new to the design, or restored by an undo) is
            // measured from now on; its station's busy area says nothing of this interval.
            if (m.baseAt >= 0) {
                busy += st.stats.busyArea - m.busyBase;
                ++measured;
            }
        }
        m.busyBase = st.stats.busyArea;
        m.baseAt = now;
    }
    if (!replace.empty()) {
        // Like a cloud's health check: a failed server the group added is terminated, and the
        // group starts another if the load needs it. A designed one waits for its repair.
        noteCount(sim, g);
        std::string names;
        for (const std::string &id : replace) {
            std::erase_if(g.members, [&](const Member &m) { return m.id == id; });
            names += (names.empty() ? "" : ", ") + id;
        }
        g.serversMin = std::min(g.serversMin, static_cast<int>(g.members.size()));
        sim.logEventFor(g.id, "replaced: " + names + " down for " +
                                  std::to_string(static_cast<int>(std::lround(a.interval_s))) +
                                  " s, removed (" + std::to_string(g.members.size()) + " servers)");
        sim.redesign();
    }
    if (serving > 0 && measured == 0)
        return; // nothing measured yet: decide at the next check
    // The unmeasured are taken to be as busy as the measured.
    if (measured > 0)
        busy *= static_cast<double>(serving) / measured;
    const double u = capacity > 0 ? busy / capacity : 0.0;
    g.lastUtilization = u;
    const double load = u * serving; // in servers' worth of work
    const int planned = serving + booting;
    const int desired =
        std::clamp(static_cast<int>(std::ceil(load / a.target_utilization - 1e-9)), a.min, a.max);
    // A designed server that is down counts toward max: it comes back when repaired.
    const int room = a.max - static_cast<int>(g.members.size());
    if (desired > planned && room > 0 && now - g.lastScaleOut >= a.cooldown_s) {
        addServers(sim, g, index, std::min(desired - planned, room), u);
        return;
    }
    // Above a max the student lowered: drained at once.
    if (planned > a.max && serving >= 2) {
        drain(sim, g, index, std::min(planned - a.max, serving - 1), u);
        return;
    }
    // Those left must still stay below the target, with a margin, so that the group does
    // not add back at the next check what it removes now.
    const int keep = std::clamp(
        static_cast<int>(std::ceil(load / (a.target_utilization * kScaleInMargin) - 1e-9)), a.min,
        a.max);
    if (keep < planned && booting == 0 && serving >= 2 && now - g.lastAction >= a.cooldown_s)
        drain(sim, g, index, std::min(planned - keep, serving - 1), u);
}

void Autoscaling::addServers(Simulation &sim, Group &g, std::uint32_t index, int count, double u)
{
    noteCount(sim, g);
    std::string names;
    std::vector<std::uint32_t> serials;
    for (int k = 0; k < count; ++k) {
        Member m;
        m.id = newId(g);
        m.serial = g.nextSerial++;
        m.since = sim.now();
        m.state = g.settings.boot_s > 0 ? State::Booting : State::Serving;
        names += (names.empty() ? "" : ", ") + m.id;
        serials.push_back(m.serial);
        g.members.push_back(std::move(m));
    }
    g.lastScaleOut = g.lastAction = sim.now();
    if (sim.warm())
        g.scaleOuts += static_cast<std::uint64_t>(count);
    g.serversMax = std::max(g.serversMax, static_cast<int>(g.members.size()));
    sim.logEventFor(
        g.id, "scale out: +" + std::to_string(count) + " (utilization " + percent(u) + ", target " +
                  percent(g.settings.target_utilization) + ", " + std::to_string(g.members.size()) +
                  " servers): " + names +
                  (g.settings.boot_s > 0
                       ? " booting for " +
                             std::to_string(static_cast<int>(std::lround(g.settings.boot_s))) + " s"
                       : " in rotation"));
    sim.redesign();
    for (Member &m : g.members)
        if (std::find(serials.begin(), serials.end(), m.serial) != serials.end())
            takeBase(sim, m);
    if (g.settings.boot_s > 0)
        for (const std::uint32_t serial : serials)
            sim.scheduleAutoscaling(sim.now() + g.settings.boot_s, index, kBooted, serial);
}

void Autoscaling::drain(Simulation &sim, Group &g, std::uint32_t index, int count, double u)
{
    // The newest servers that serve go first; the template (the first member) stays.
    std::string names;
    int drained = 0;
    for (std::size_t k = g.members.size(); k-- > 1 && drained < count;) {
        Member &m = g.members[k];
        const int s = sim.stationOf(m.id);
        if (m.state != State::Serving || s < 0 || !sim.station(static_cast<std::uint32_t>(s)).up)
            continue;
        m.state = State::Draining;
        m.since = sim.now();
        sim.station(static_cast<std::uint32_t>(s)).inRotation = false;
        sim.scheduleAutoscaling(sim.now() + kMinDrainS, index, kDrainCheck, m.serial);
        names += (names.empty() ? "" : ", ") + m.id;
        ++drained;
    }
    if (drained == 0)
        return;
    g.lastAction = sim.now();
    sim.logEventFor(g.id, "scale in: draining " + names + " (utilization " + percent(u) +
                              ", target " + percent(g.settings.target_utilization) + ")");
}

void Autoscaling::drainCheck(Simulation &sim, Group &g, std::uint32_t index, std::uint32_t serial)
{
    const auto it = std::find_if(g.members.begin(), g.members.end(), [&](const Member &m) {
        return m.serial == serial && m.state == State::Draining;
    });
    if (it == g.members.end())
        return;
    const int s = sim.stationOf(it->id);
    const bool empty = s < 0 || sim.station(static_cast<std::uint32_t>(s)).inSystem == 0;
    if (!empty && sim.now() - it->since < kDrainTimeoutS) {
        sim.scheduleAutoscaling(sim.now() + kMinDrainS, index, kDrainCheck, serial);
        return;
    }
    noteCount(sim, g);
    const std::string id = it->id;
    if (it->designed)
        g.removedDesigned.push_back(id);
    g.members.erase(it);
    if (sim.warm())
        ++g.scaleIns;
    g.serversMin = std::min(g.serversMin, static_cast<int>(g.members.size()));
    sim.logEventFor(g.id,
                    "scale in: " + id + " removed" +
                        (empty ? std::string(" (drained)")
                               : " after " + std::to_string(static_cast<int>(kDrainTimeoutS)) +
                                     " s of draining, with requests still inside") +
                        ", " + std::to_string(g.members.size()) + " servers");
    sim.redesign();
}

} // namespace scalelab
