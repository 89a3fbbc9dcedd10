#include "scenario/autoscaling_validation.h"

#include "scenario/number_text.h"
#include "scenario/scenario_limits.h"
#include "scenario/validation_util.h"

#include <algorithm>
#include <cmath>
#include <set>
#include <string>

namespace scalelab {

namespace {

void range(std::vector<ScenarioError> &errors, const std::string &field, double value, double lo,
           double hi, const std::string &what)
{
    if (!std::isfinite(value) || value < lo || value > hi)
        addError(errors, field,
                 what + " must be at least " + numberText(lo) + " and at most " + numberText(hi) +
                     ", got " + numberText(value));
}

void checkGroup(const Scenario &s, std::size_t i, std::set<std::string> &scaled,
                std::vector<ScenarioError> &errors)
{
    const Group &g = s.groups[i];
    const std::string p = "groups[" + std::to_string(i) + "]";
    const AutoscalingSettings &a = g.scaling;
    const std::string q = p + ".scaling";
    if (!std::isfinite(a.target_utilization) || a.target_utilization < 0.05 ||
        a.target_utilization > 0.95)
        addError(errors, q + ".target_utilization",
                 "the target utilization must be a fraction from 0.05 to 0.95 (0.6 is "
                 "60 % busy), got " +
                     numberText(a.target_utilization));
    if (a.min < 1 || a.min > kMaxAutoscaled)
        addError(errors, q + ".min",
                 "min must be at least 1 and at most " + std::to_string(kMaxAutoscaled) +
                     " servers, got " + std::to_string(a.min));
    if (a.max < a.min || a.max > kMaxAutoscaled)
        addError(errors, q + ".max",
                 "max must be at least min (" + std::to_string(a.min) + ") and at most " +
                     std::to_string(kMaxAutoscaled) + " servers, got " + std::to_string(a.max));
    range(errors, q + ".cooldown_s", a.cooldown_s, 0, 86400, "the cooldown (s)");
    range(errors, q + ".boot_s", a.boot_s, 0, 3600, "the boot time (s)");
    range(errors, q + ".interval_s", a.interval_s, 1, 3600, "the check interval (s)");
    if (g.id.size() > 56)
        addError(errors, p + ".id",
                 "an autoscaling group's id names its new servers (" + g.id +
                     "-3 ...): use at most 56 characters");
    if (static_cast<int>(g.members.size()) > a.max)
        addError(errors, p + ".members",
                 "the group starts with " + std::to_string(g.members.size()) +
                     " servers, more than its max of " + std::to_string(a.max));
    const Component *first = nullptr;
    for (std::size_t j = 0; j < g.members.size(); ++j) {
        const Component *c = s.find(g.members[j]);
        if (c == nullptr)
            continue; // the group check names it
        const std::string field = p + ".members[" + std::to_string(j) + "]";
        if (!scaled.insert(c->id).second) {
            addError(errors, field,
                     "'" + c->id +
                         "' is in another autoscaling group already; a "
                         "server can follow one group only");
            continue;
        }
        if (!traitsOf(c->kind).scalesOut) {
            addError(errors, field,
                     "'" + c->id + "' is a " + toString(c->kind) +
                         "; an autoscaling group holds web servers");
            continue;
        }
        if (first == nullptr)
            first = c;
        else if (c->kind != first->kind)
            addError(errors, field,
                     "every server of the group must be of the same kind as '" + first->id + "'");
    }
    if (first == nullptr)
        return;
    // New servers copy the first member's links; what sends to them must be a balancer,
    // which spreads requests over the servers it has now.
    bool behind = false;
    for (std::size_t l = 0; l < s.links.size(); ++l) {
        const Link &link = s.links[l];
        if (link.to != first->id)
            continue;
        const Component *from = s.find(link.from);
        if (from == nullptr)
            continue;
        if (traitsOf(from->kind).outgoing != OutgoingUse::SpreadOverTargets)
            addError(errors, "links[" + std::to_string(l) + "].from",
                     "'" + first->id + "' leads autoscaling group '" + g.id +
                         "': only a load balancer may send to it (the balancer "
                         "spreads requests over the servers the group has now)");
        behind = true;
    }
    if (!behind)
        addError(errors, p + ".members[0]",
                 "the autoscaling group's first server '" + first->id +
                     "' needs a link from a load balancer: the group's servers serve "
                     "what a balancer spreads over them");
}

} // namespace

void validateAutoscaling(const Scenario &scenario, std::vector<ScenarioError> &errors)
{
    std::set<std::string> scaled;
    long long total = 0; // servers all groups may reach together
    long long added = 0; // of them, beyond the design's own components
    long long addedLinks = 0;
    bool capped = false; // the bound is said once, at the group that crosses it
    for (std::size_t i = 0; i < scenario.groups.size() && i < kMaxGroups; ++i) {
        const Group &g = scenario.groups[i];
        if (g.kind == GroupKind::Autoscaling) {
            checkGroup(scenario, i, scaled, errors);
            const int max = std::clamp(g.scaling.max, 0, kMaxAutoscaled);
            total += max;
            const long long beyond =
                std::max<long long>(0, max - static_cast<long long>(g.members.size()));
            added += beyond;
            if (!g.members.empty())
                for (const Link &l : scenario.links)
                    addedLinks +=
                        l.from == g.members.front() || l.to == g.members.front() ? beyond : 0;
            if (!capped && (total > kMaxAutoscaledTotal ||
                            added + static_cast<long long>(scenario.components.size()) >
                                static_cast<long long>(kMaxComponents) ||
                            addedLinks + static_cast<long long>(scenario.links.size()) >
                                static_cast<long long>(kMaxLinks))) {
                capped = true;
                addError(
                    errors, "groups[" + std::to_string(i) + "].scaling.max",
                    "the autoscaling groups may grow to " + std::to_string(total) +
                        " servers together (with their links, " +
                        std::to_string(added + static_cast<long long>(scenario.components.size())) +
                        " components and " +
                        std::to_string(addedLinks + static_cast<long long>(scenario.links.size())) +
                        " links): at most " + std::to_string(kMaxAutoscaledTotal) +
                        " servers in all groups, " + std::to_string(kMaxComponents) +
                        " components and " + std::to_string(kMaxLinks) + " links");
            }
        } else if (g.scaling != AutoscalingSettings{})
            addError(errors, "groups[" + std::to_string(i) + "].scaling",
                     "only an autoscaling group has scaling settings");
    }
}

} // namespace scalelab
