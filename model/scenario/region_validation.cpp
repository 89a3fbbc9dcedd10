#include "scenario/region_validation.h"

#include "scenario/number_text.h"
#include "scenario/scenario_limits.h"
#include "scenario/validation_util.h"

#include <cmath>
#include <map>
#include <set>
#include <utility>

namespace scalelab {

namespace {

void checkName(const std::string &name, const std::string &field,
               std::vector<ScenarioError> &errors)
{
    if (std::string why = regionNameProblem(name); !why.empty())
        addError(errors, field, why);
}

} // namespace

std::string regionNameProblem(const std::string &name)
{
    if (isValidId(name))
        return {};
    return "the region name " + quoted(name) +
           " is not allowed; use 1 to 64 letters, digits, '_', '-' or '.', like us-east or "
           "europe";
}

const Group *dataCenterNamed(const Scenario &s, const std::string &id)
{
    for (const Group &g : s.groups)
        if (g.kind == GroupKind::DataCenter && g.id == id)
            return &g;
    return nullptr;
}

void validateRegions(const Scenario &s, std::vector<ScenarioError> &errors)
{
    // Which data center (with a region) holds each component: one region per component.
    std::map<std::string, std::pair<std::string, std::string>> placed; // id -> {group, region}
    for (std::size_t i = 0; i < s.groups.size() && i < kMaxGroups; ++i) {
        const Group &g = s.groups[i];
        const std::string p = "groups[" + std::to_string(i) + "]";
        if (g.region.empty())
            continue;
        if (g.kind != GroupKind::DataCenter) {
            addError(errors, p + ".region",
                     "only a data center stands in a region; set kind: data_center or remove "
                     "region");
            continue;
        }
        checkName(g.region, p + ".region", errors);
        for (const std::string &m : g.members) {
            const auto [it, fresh] = placed.emplace(m, std::make_pair(g.id, g.region));
            if (!fresh && it->second.second != g.region)
                addError(errors, p + ".members",
                         "'" + m + "' is already in data center '" + it->second.first +
                             "' in region " + it->second.second +
                             "; a component stands in one region");
            if (const Component *c = s.find(m); c && c->kind == ComponentKind::Clients)
                addError(errors, p + ".members",
                         "'" + m +
                             "' is users: give them their region with the clients "
                             "component's region, not by a data center");
        }
    }
    const std::vector<std::string> regions = regionsOf(s);
    if (regions.size() > kMaxRegions)
        addError(errors, "groups",
                 "the design names " + std::to_string(regions.size()) + " regions; at most " +
                     std::to_string(kMaxRegions) + " are simulated");
    if (s.region_latency.size() > kMaxRegionLatencies)
        addError(errors, "region_latency",
                 "at most " + std::to_string(kMaxRegionLatencies) + " region latencies");
    std::set<std::pair<std::string, std::string>> pairs;
    for (std::size_t i = 0; i < s.region_latency.size() && i < kMaxRegionLatencies; ++i) {
        const RegionLatency &l = s.region_latency[i];
        const std::string p = "region_latency[" + std::to_string(i) + "]";
        checkName(l.from, p + ".from", errors);
        checkName(l.to, p + ".to", errors);
        if (l.from == l.to)
            addError(errors, p + ".to",
                     "a region is at no distance from itself; name two different regions");
        if (!std::isfinite(l.latency_ms) || l.latency_ms < 0 || l.latency_ms > 10000)
            addError(errors, p + ".latency_ms",
                     "the one-way latency between regions must be at least 0 and at most "
                     "10000 ms (half the world is about 150 ms away), got " +
                         numberText(l.latency_ms));
        const auto key =
            l.from < l.to ? std::make_pair(l.from, l.to) : std::make_pair(l.to, l.from);
        if (!pairs.insert(key).second)
            addError(errors, p,
                     "the latency between " + l.from + " and " + l.to +
                         " is given twice; keep one");
    }
}

bool checkDataCenterFault(const Scenario &s, std::size_t i, std::vector<ScenarioError> &errors)
{
    const Fault &f = s.faults[i];
    if (s.find(f.component) != nullptr || dataCenterNamed(s, f.component) == nullptr)
        return false;
    const std::string p = "faults[" + std::to_string(i) + "]";
    if (f.action != FaultAction::Fail && f.action != FaultAction::Recover)
        addError(errors, p + ".action",
                 "a data center fails or recovers as a whole (every component in it); use "
                 "action: fail or recover");
    if (f.mtbf_s || f.mttr_s)
        addError(errors, p,
                 "a data center's failure is scheduled (at_s); random faults (mtbf_s, mttr_s) "
                 "hit single components");
    else if (!f.at_s)
        addError(errors, p + ".at_s", "a fault needs at_s: when it happens, in seconds");
    else if (!std::isfinite(*f.at_s) || *f.at_s < 0 || *f.at_s > s.run.duration_s)
        addError(errors, p + ".at_s",
                 "the fault time at_s (within the run) must be at least 0 and at most " +
                     numberText(s.run.duration_s) + ", got " + numberText(*f.at_s));
    return true;
}

} // namespace scalelab
