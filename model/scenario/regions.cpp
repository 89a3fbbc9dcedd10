#include "scenario/regions.h"

#include "scenario/scenario.h"

#include <algorithm>

namespace scalelab {

const std::vector<RegionLatency> &defaultRegionLatencies()
{
    // Half of typical round trips between cloud regions of these areas.
    static const std::vector<RegionLatency> table = {
        {"us-east", "us-west", 35},        {"us-east", "europe", 40},
        {"us-east", "asia", 100},          {"us-east", "south-america", 60},
        {"us-east", "oceania", 100},       {"us-west", "europe", 70},
        {"us-west", "asia", 60},           {"us-west", "south-america", 85},
        {"us-west", "oceania", 70},        {"europe", "asia", 90},
        {"europe", "south-america", 100},  {"europe", "oceania", 140},
        {"asia", "south-america", 150},    {"asia", "oceania", 60},
        {"south-america", "oceania", 160},
    };
    return table;
}

const RegionLatency *findRegionLatency(const std::vector<RegionLatency> &table,
                                       const std::string &a, const std::string &b)
{
    for (const RegionLatency &l : table)
        if ((l.from == a && l.to == b) || (l.from == b && l.to == a))
            return &l;
    return nullptr;
}

double defaultRegionLatencyMs(const std::string &a, const std::string &b)
{
    if (a == b)
        return 0;
    if (const RegionLatency *l = findRegionLatency(defaultRegionLatencies(), a, b))
        return l->latency_ms;
    return kUnlistedRegionLatencyMs;
}

void setRegionLatency(std::vector<RegionLatency> &table, const std::string &a, const std::string &b,
                      std::optional<double> ms)
{
    const auto it = std::find_if(table.begin(), table.end(), [&](const RegionLatency &l) {
        return (l.from == a && l.to == b) || (l.from == b && l.to == a);
    });
    if (!ms) {
        if (it != table.end())
            table.erase(it);
    } else if (it != table.end()) {
        it->latency_ms = *ms;
    } else {
        table.push_back({a, b, *ms});
    }
}

std::string regionOf(const Scenario &s, const std::string &componentId)
{
    if (const Component *c = s.find(componentId))
        if (const auto *p = std::get_if<ClientsParams>(&c->params))
            return p->region;
    for (const Group &g : s.groups)
        if (g.kind == GroupKind::DataCenter && !g.region.empty() &&
            std::find(g.members.begin(), g.members.end(), componentId) != g.members.end())
            return g.region;
    return {};
}

double regionLatencyMs(const Scenario &s, const std::string &a, const std::string &b)
{
    if (a.empty() || b.empty() || a == b)
        return 0;
    if (const RegionLatency *l = findRegionLatency(s.region_latency, a, b))
        return l->latency_ms;
    return defaultRegionLatencyMs(a, b);
}

std::vector<std::string> regionsOf(const Scenario &s)
{
    std::vector<std::string> out;
    const auto add = [&out](const std::string &r) {
        if (!r.empty() && std::find(out.begin(), out.end(), r) == out.end())
            out.push_back(r);
    };
    for (const Component &c : s.components)
        if (const auto *p = std::get_if<ClientsParams>(&c.params))
            add(p->region);
    for (const Group &g : s.groups)
        if (g.kind == GroupKind::DataCenter)
            add(g.region);
    return out;
}

} // namespace scalelab
