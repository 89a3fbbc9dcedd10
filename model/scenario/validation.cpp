// validateScenario and checkNewLink: the semantic rules of a scenario, written as
// sentences a student can act on. The YAML reader runs the same checks and adds positions.

#include "scenario/autoscaling_validation.h"
#include "scenario/goal_validation.h"
#include "scenario/number_text.h"
#include "scenario/region_validation.h"
#include "scenario/scenario_io.h"
#include "scenario/scenario_limits.h"
#include "scenario/validation_util.h"
#include "sim/alert_validation.h"

#include <algorithm>
#include <cmath>
#include <set>
#include <unordered_set>

namespace scalelab {

namespace {

/// The highest rate a clients component sends at: its rate, or its curve's highest point.
double peakRate(const ClientsParams &p)
{
    if (p.curve.empty())
        return p.rate_rps;
    double peak = 0;
    for (const RatePoint &pt : p.curve)
        peak = std::max(peak, pt.rate_rps);
    return peak;
}

/// Collects errors for one scenario; `check` adds one when a condition fails.
class Checker {
public:
    explicit Checker(const ComponentIndex &index) : m_index(index) {}

    std::vector<ScenarioError> errors;

    void add(const std::string &field, const std::string &message)
    {
        ScenarioError e;
        e.field = field;
        e.message = message;
        errors.push_back(std::move(e));
    }

    /// value must be finite and in [lo, hi] (or (lo, hi] when loOpen).
    void range(const std::string &field, double value, double lo, double hi, bool loOpen,
               const std::string &what)
    {
        const bool ok = std::isfinite(value) && (loOpen ? value > lo : value >= lo) && value <= hi;
        if (!ok) {
            add(field, what + " must be " + (loOpen ? "above " : "at least ") + numberText(lo) +
                           " and at most " + numberText(hi) + ", got " + numberText(value));
        }
    }

    void distribution(const std::string &field, const Distribution &d)
    {
        switch (d.kind) {
        case DistKind::Exponential:
            range(field + ".mean", d.mean, 0.0, kMaxTimeMs, true, "the mean (ms)");
            break;
        case DistKind::Constant:
            range(field + ".mean", d.mean, 0.0, kMaxTimeMs, false, "the time (ms)");
            break;
        case DistKind::Uniform:
            range(field + ".min", d.min, 0.0, kMaxTimeMs, false, "min (ms)");
            range(field + ".max", d.max, 0.0, kMaxTimeMs, false, "max (ms)");
            if (d.min > d.max)
                add(field + ".min", "min (" + numberText(d.min) + ") must not exceed max (" +
                                        numberText(d.max) + ")");
            break;
        case DistKind::Lognormal:
            range(field + ".mean", d.mean, 0.0, kMaxTimeMs, true, "the mean (ms)");
            range(field + ".cv", d.cv, 0.0, 100.0, true,
                  "the coefficient of variation cv (spread / mean)");
            break;
        case DistKind::Erlang:
            range(field + ".mean", d.mean, 0.0, kMaxTimeMs, true, "the mean (ms)");
            if (d.k < 1 || d.k > 1000)
                add(field + ".k",
                    "the number of phases k must be from 1 to 1000, got " + std::to_string(d.k));
            break;
        }
    }

    /// A declared parameter's value against its declared range.
    void param(const std::string &field, const std::string &who, const ParamSpec &p,
               const ParamValue &v)
    {
        const std::string what = who + ": " + std::string(p.label) +
                                 (p.unit.empty() ? "" : " (" + std::string(p.unit) + ")");
        switch (p.type) {
        case ParamType::Number:
            range(field, std::get<double>(v), p.min, p.max, p.minOpen, what);
            floor(field, std::get<double>(v), p, what);
            break;
        case ParamType::OptionalNumber:
            if (const auto &o = std::get<std::optional<double>>(v)) {
                range(field, *o, p.min, p.max, p.minOpen, what);
                floor(field, *o, p, what);
            }
            break;
        case ParamType::Integer:
            integer(field, std::get<int>(v), p, what);
            break;
        case ParamType::OptionalInteger:
            if (const auto &o = std::get<std::optional<int>>(v))
                integer(field, *o, p, what);
            break;
        case ParamType::Choice:
            if (choiceName(p, std::get<int>(v)) == "?")
                add(field, what + " is not one of the allowed values");
            break;
        case ParamType::Distribution:
            distribution(field, std::get<Distribution>(v));
            break;
        case ParamType::Curve:
            curve(field, std::get<std::vector<RatePoint>>(v));
            break;
        case ParamType::Text:
            if (std::get<std::string>(v).size() > 64)
                add(field, what + " must be at most 64 characters long");
            break;
        }
    }

    /// A positive value below the declared floor only makes the run slow.
    void floor(const std::string &field, double value, const ParamSpec &p, const std::string &what)
    {
        if (p.floor > 0 && value > 0 && value < p.floor)
            add(field, what + " must be 0 or at least " + numberText(p.floor) + ", got " +
                           numberText(value) + ": " + std::string(p.floorWhy));
    }

    void integer(const std::string &field, int value, const ParamSpec &p, const std::string &what)
    {
        if (value < p.min || value > p.max)
            add(field, what + " must be from " + numberText(p.min) + " to " + numberText(p.max) +
                           ", got " + std::to_string(value));
    }

    void curve(const std::string &field, const std::vector<RatePoint> &points)
    {
        if (points.size() > kMaxCurvePoints)
            add(field, "at most " + std::to_string(kMaxCurvePoints) + " points");
        for (std::size_t i = 0; i < points.size() && i < kMaxCurvePoints; ++i) {
            const std::string p = field + "[" + std::to_string(i) + "]";
            range(p + ".t_s", points[i].t_s, 0.0, kMaxDurationS, false, "t_s");
            if (points[i].t_s > 0 && points[i].t_s < kMinCurveTimeS)
                add(p + ".t_s", "t_s is in seconds and must be 0 or at least " +
                                    numberText(kMinCurveTimeS) + ", got " +
                                    numberText(points[i].t_s) +
                                    "; a point that close to the start is a step: write 0");
            range(p + ".rate_rps", points[i].rate_rps, 0.0, kMaxRateRps, false, "rate_rps");
            if (i > 0 && points[i].t_s < points[i - 1].t_s)
                add(p + ".t_s", "curve points must be in time order; " + numberText(points[i].t_s) +
                                    " s comes after " + numberText(points[i - 1].t_s) + " s");
        }
    }

    void component(const Scenario &s, std::size_t i, std::set<std::string> &ids)
    {
        const Component &c = s.components[i];
        const std::string p = "components[" + std::to_string(i) + "]";
        const std::string who = "component '" + c.id + "'";
        if (!isValidId(c.id)) {
            add(p + ".id", "the id " + quoted(c.id) +
                               " is not allowed; use 1 to 64 letters, digits, '_', '-' or '.'");
        } else if (!ids.insert(c.id).second) {
            add(p + ".id", "the id '" + c.id +
                               "' is used by another component; ids must be "
                               "unique");
        }
        if (c.params.index() != defaultComponent(c.kind, c.id).params.index())
            add(p + ".kind", who + ": its parameters belong to another kind");
        else
            for (const ParamSpec *spec : paramsOf(c.kind))
                param(p + "." + std::string(spec->key), who, *spec, spec->get(c));
        if (c.capacity && *c.capacity < c.workers && c.workers >= 1)
            add(p + ".capacity",
                who +
                    ": capacity counts requests in service plus waiting, so it must be at "
                    "least workers (" +
                    std::to_string(c.workers) + "), got " + std::to_string(*c.capacity) +
                    "; write capacity: unbounded for no limit");
        const KindTraits &traits = traitsOf(c.kind);
        if (traits.check && c.params.index() == defaultComponent(c.kind, c.id).params.index())
            for (const auto &[suffix, message] : traits.check(c))
                add(p + suffix, who + ": " + message);
        if (traits.checkInDesign &&
            c.params.index() == defaultComponent(c.kind, c.id).params.index())
            for (const auto &[field, message] : traits.checkInDesign(c, s))
                add(field.empty() || field.starts_with('.') ? p + field : field,
                    who + ": " + message);
        if (traits.machine && c.workers > kMaxMachineCores && c.workers <= kMaxWorkers)
            add(p + ".workers", who + ": the largest machine has " +
                                    std::to_string(kMaxMachineCores) + " cores, got " +
                                    std::to_string(c.workers) +
                                    "; scaling up stops here: scale out instead (more servers "
                                    "behind a load balancer)");
        if (traits.machine && c.speed > kMaxMachineSpeed && c.speed <= kMaxSpeed)
            add(p + ".speed", who + ": the fastest CPU is " + numberText(kMaxMachineSpeed) +
                                  "x, got " + numberText(c.speed) +
                                  "; scaling up stops here: scale out instead");
        if (c.position) {
            range(p + ".position.x", c.position->x, -1e7, 1e7, false, "x");
            range(p + ".position.y", c.position->y, -1e7, 1e7, false, "y");
        }
    }

    /// What a design about to run needs of each kind's components (a link it uses).
    void wholeComponents(const Scenario &s)
    {
        for (std::size_t i = 0; i < s.components.size(); ++i) {
            const Component &c = s.components[i];
            const KindTraits &traits = traitsOf(c.kind);
            if (!traits.checkWhole ||
                c.params.index() != defaultComponent(c.kind, c.id).params.index())
                continue;
            const std::string p = "components[" + std::to_string(i) + "]";
            for (const auto &[field, message] : traits.checkWhole(c, s))
                add(field.empty() || field.starts_with('.') ? p + field : field,
                    "component '" + c.id + "': " + message);
        }
    }

    /// A design needs users, and users need a way in.
    void clients(const Scenario &s)
    {
        bool any = false;
        double totalRate = 0;
        std::unordered_set<std::string> linked;
        for (const Link &l : s.links)
            linked.insert(l.from);
        for (std::size_t i = 0; i < s.components.size(); ++i) {
            const Component &c = s.components[i];
            const KindTraits &traits = traitsOf(c.kind);
            any = any || traits.outgoing == OutgoingUse::SendsToEntry;
            if (const auto *p = std::get_if<ClientsParams>(&c.params))
                totalRate += peakRate(*p);
            if (traits.needsOutgoing && linked.count(c.id) == 0)
                add("components[" + std::to_string(i) + "]",
                    "'" + c.id + "' is not connected: link it to the entry point (a dns or a " +
                        "load balancer) that its requests go to");
        }
        if (!any)
            add("components", "the design has no users: add a clients component and link it to "
                              "the entry point, or nothing sends requests");
        if (std::isfinite(totalRate) && totalRate > kMaxRateRps)
            add("components", "all users together send up to " + numberText(totalRate) +
                                  " requests per second; at most " + numberText(kMaxRateRps) +
                                  " are simulated (lower rate_rps or the curve's rates)");
    }

    void fault(const Scenario &s, std::size_t i)
    {
        const Fault &f = s.faults[i];
        const std::string p = "faults[" + std::to_string(i) + "]";
        const bool wholeSite = f.action == FaultAction::Deploy && f.component.empty();
        if (!wholeSite && checkDataCenterFault(s, i, errors))
            return;
        if (!wholeSite && m_index.find(f.component) == nullptr)
            add(p + ".component",
                "there is no component '" + f.component + "' to fail; " + knownIds(s));
        if (f.mtbf_s || f.mttr_s) {
            if (!f.mtbf_s || !f.mttr_s)
                add(p, "a random fault needs both mtbf_s (mean time between failures) and "
                       "mttr_s (mean time to repair)");
            // Each failure and repair is an event: tiny times would only make the run slow.
            if (f.mtbf_s)
                range(p + ".mtbf_s", *f.mtbf_s, kMinMtbfS, 1e9, false,
                      "mtbf_s (real machines run for days between failures)");
            if (f.mttr_s)
                range(p + ".mttr_s", *f.mttr_s, kMinMttrS, 1e9, false,
                      "mttr_s (a repair or restart takes seconds at least)");
            if (f.at_s)
                add(p + ".at_s", "a fault is either scheduled (at_s) or random (mtbf_s, "
                                 "mttr_s), not both");
            if (f.action != FaultAction::Fail)
                add(p + ".action", "a random fault fails and recovers by itself; remove "
                                   "action");
            return;
        }
        if (!f.at_s)
            add(p + ".at_s", "a fault needs at_s (when it happens, in seconds) or mtbf_s and "
                             "mttr_s (random failures)");
        else
            range(p + ".at_s", *f.at_s, 0.0, s.run.duration_s, false,
                  "the fault time at_s (within the run)");
        if (f.action == FaultAction::Promote)
            if (const Component *c = m_index.find(f.component);
                c &&
                (c->kind != ComponentKind::Database || c->as<DatabaseParams>().replica_of.empty()))
                add(p + ".action",
                    "only a replica can be promoted; '" + f.component + "' has no replica_of");
        if (f.action == FaultAction::Deploy)
            if (const Component *c = m_index.find(f.component);
                c && !traitsOf(c->kind).servesAssets)
                add(p + ".component", "a deploy renews a CDN's assets; '" + f.component +
                                          "' is a " + toString(c->kind) +
                                          " (name a cdn, or no component for the whole site)");
        if (f.action == FaultAction::AddShard || f.action == FaultAction::RemoveShard)
            if (const Component *c = m_index.find(f.component);
                c && traitsOf(c->kind).outgoing != OutgoingUse::OneByShardKey)
                add(p + ".component", std::string(toString(f.action)) +
                                          " names a shard router (its shards change); '" +
                                          f.component + "' is a " + toString(c->kind));
        if (f.action == FaultAction::Slow)
            range(p + ".factor", f.factor, 0.0, 1000.0, true, "the slow-down factor");
        else if (f.factor != 1.0)
            add(p + ".factor", "factor only applies to action: slow; set action: slow or "
                               "remove factor");
    }

    void group(const Scenario &s, std::size_t i, std::set<std::string> &groupIds)
    {
        const Group &g = s.groups[i];
        const std::string p = "groups[" + std::to_string(i) + "]";
        if (!isValidId(g.id)) {
            add(p + ".id", "the id " + quoted(g.id) +
                               " is not allowed; use 1 to 64 letters, digits, '_', '-' or '.'");
        } else if (m_index.find(g.id) != nullptr) {
            add(p + ".id",
                "the id '" + g.id + "' is a component's id; give the group a name of its own");
        } else if (!groupIds.insert(g.id).second) {
            add(p + ".id", "the id '" + g.id + "' is used by another group; ids must be unique");
        }
        if (g.members.empty())
            add(p + ".members", "a group needs at least one member: list the ids of the "
                                "components it contains, like members: [web1, web2]");
        std::set<std::string> seen;
        for (std::size_t j = 0; j < g.members.size(); ++j) {
            const std::string &m = g.members[j];
            const std::string field = p + ".members[" + std::to_string(j) + "]";
            if (m_index.find(m) == nullptr)
                add(field,
                    "there is no component '" + m + "' to put in this group; " + knownIds(s));
            else if (!seen.insert(m).second)
                add(field, "component '" + m + "' is listed twice in this group");
        }
    }

private:
    const ComponentIndex &m_index;
};

} // namespace

std::vector<ScenarioError> validateScenario(const Scenario &s, Completeness completeness)
{
    const ComponentIndex index(s);
    Checker check(index);
    if (s.version != 1)
        check.add("scalelab", "format version " + std::to_string(s.version) +
                                  " is not supported; this ScaleLab reads version 1");
    check.range("run.duration_s", s.run.duration_s, 0.0, kMaxDurationS, true,
                "the run duration (s)");
    if (!std::isfinite(s.run.warmup_s) || s.run.warmup_s < 0.0 ||
        s.run.warmup_s >= s.run.duration_s) {
        check.add("run.warmup_s", "the warm-up must be at least 0 and shorter than the run (" +
                                      numberText(s.run.duration_s) + " s), got " +
                                      numberText(s.run.warmup_s) + " s");
    }
    if (s.slo) {
        check.range("slo.p99_ms", s.slo->p99_ms, 0.0, kMaxTimeMs, true, "the SLO's p99 (ms)");
        check.range("slo.availability", s.slo->availability, 0.0, 1.0, false,
                    "the SLO's availability (a fraction, 0.999 for 99.9 %)");
    }
    if (s.components.size() > kMaxComponents)
        check.add("components", "at most " + std::to_string(kMaxComponents) + " components");
    if (s.links.size() > kMaxLinks)
        check.add("links", "at most " + std::to_string(kMaxLinks) + " links");
    if (s.faults.size() > kMaxFaults)
        check.add("faults", "at most " + std::to_string(kMaxFaults) + " faults");
    if (s.groups.size() > kMaxGroups)
        check.add("groups", "at most " + std::to_string(kMaxGroups) + " groups");
    if (!check.errors.empty() && s.components.size() > kMaxComponents)
        return check.errors;
    if (completeness == Completeness::Whole)
        check.clients(s);
    std::set<std::string> ids;
    for (std::size_t i = 0; i < s.components.size(); ++i)
        check.component(s, i, ids);
    if (completeness == Completeness::Whole)
        check.wholeComponents(s);
    LinkChecker links(s);
    for (std::size_t i = 0; i < s.links.size() && i < kMaxLinks; ++i) {
        if (const auto problem = links.check(s.links[i]))
            check.add("links[" + std::to_string(i) + "]" + problem->first, problem->second);
    }
    for (std::size_t i = 0; i < s.faults.size() && i < kMaxFaults; ++i)
        check.fault(s, i);
    std::set<std::string> groupIds;
    for (std::size_t i = 0; i < s.groups.size() && i < kMaxGroups; ++i)
        check.group(s, i, groupIds);
    validateAutoscaling(s, check.errors);
    validateRegions(s, check.errors);
    validateGoals(s, check.errors);
    // Alert metrics are checked against the series a simulation of the design makes, so
    // only a design that is otherwise valid (and whole) can be asked.
    if (check.errors.empty() && completeness == Completeness::Whole)
        validateAlerts(s, check.errors);
    return check.errors;
}

std::optional<std::string> checkNewLink(const Scenario &scenario, const Link &link)
{
    if (scenario.links.size() >= kMaxLinks)
        return "this design already has " + std::to_string(kMaxLinks) + " links, the most allowed";
    LinkChecker links(scenario);
    for (const Link &l : scenario.links)
        links.check(l);
    if (const auto problem = links.check(link))
        return problem->second;
    return std::nullopt;
}

} // namespace scalelab
