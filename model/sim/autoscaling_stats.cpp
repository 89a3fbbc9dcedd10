// Autoscaling statistics: the server count and cost integrals, their reset at the
// warm-up's end, and the report (split from autoscaling.cpp, which decides).
#include "sim/autoscaling.h"

#include "sim/simulation.h"

namespace scalelab {

void Autoscaling::noteCount(const Simulation &sim, Group &g) const
{
    const double dt = sim.now() - g.areaSince;
    g.serversArea += static_cast<double>(g.members.size()) * dt;
    g.costArea += groupCost(sim, g) * dt;
    g.liveTime += dt;
    g.areaSince = sim.now();
}

double Autoscaling::groupCost(const Simulation &sim, const Group &g) const
{
    double cost = 0;
    for (const Member &m : g.members)
        if (const int s = sim.stationOf(m.id); s >= 0)
            cost += sim.stations()[static_cast<std::size_t>(s)].costPerHour;
    return cost;
}

double Autoscaling::costPerHour(const Simulation &sim) const
{
    double cost = 0;
    for (const Group &g : m_groups)
        if (g.live)
            cost += groupCost(sim, g);
    return cost;
}

void Autoscaling::resetStats(Simulation &sim)
{
    for (Group &g : m_groups) {
        g.scaleOuts = g.scaleIns = 0;
        g.serversArea = g.costArea = g.liveTime = 0;
        g.areaSince = sim.now();
        g.serversMin = g.serversMax = static_cast<int>(g.members.size());
        // The busy areas restart: keep only what accrued since the last check.
        for (Member &m : g.members)
            if (const int s = sim.stationOf(m.id); s >= 0) {
                Station &st = sim.station(static_cast<std::uint32_t>(s));
                st.touch(sim.now());
                m.busyBase -= st.stats.busyArea;
            }
    }
}

void Autoscaling::report(const Simulation &sim, RunResult &r) const
{
    for (const Group &g : m_groups) {
        if (!g.live)
            continue;
        AutoscalingResult a;
        a.group = g.id;
        a.scaleOuts = g.scaleOuts;
        a.scaleIns = g.scaleIns;
        a.serversMin = g.serversMin;
        a.serversMax = g.serversMax;
        a.serversEnd = static_cast<int>(g.members.size());
        const double dt = sim.now() - g.areaSince;
        const double T = g.liveTime + dt; // since the warm-up, or since the group was made
        if (T > 0) {
            a.serversMean = (g.serversArea + static_cast<double>(g.members.size()) * dt) / T;
            a.costPerHourMean = (g.costArea + groupCost(sim, g) * dt) / T;
        }
        r.autoscaling.push_back(std::move(a));
    }
}

} // namespace scalelab
