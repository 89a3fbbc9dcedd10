#include "sim/sweep.h"

#include "analytic/queueing.h"
#include "scenario/number_text.h"
#include "scenario/scenario_limits.h"
#include "sim/kinds/clients.h"
#include "sim/simulation.h"

#include <algorithm>
#include <cmath>
#include <ostream>

namespace scalelab {

namespace {

/// The users' mean rate over [t0, t1]: exact for a piecewise-linear curve (trapezoids
/// between its points).
double meanRate(const ClientsParams &p, double t0, double t1)
{
    if (p.curve.empty() || !(t1 > t0))
        return clientsRateAt(p, t0);
    std::vector<double> times{t0, t1};
    for (const RatePoint &point : p.curve)
        if (point.t_s > t0 && point.t_s < t1)
            times.push_back(point.t_s);
    std::sort(times.begin(), times.end());
    double area = 0;
    for (std::size_t i = 1; i < times.size(); ++i)
        area += 0.5 * (clientsRateAt(p, times[i - 1]) + clientsRateAt(p, times[i])) *
                (times[i] - times[i - 1]);
    return area / (t1 - t0);
}

/// The single station queueing theory describes, or why the design is not one.
std::optional<SweepTheory> theoryOf(const Scenario &s, std::string &why)
{
    const Component *users = nullptr;
    const Component *station = nullptr;
    for (const Component &c : s.components) {
        const bool isUsers = std::holds_alternative<ClientsParams>(c.params);
        const Component *&slot = isUsers ? users : station;
        if (slot) {
            why = isUsers ? "the design has more than one group of users"
                          : "the design has more than one component besides the users";
            return std::nullopt;
        }
        slot = &c;
    }
    if (!users || !station) {
        why = "the design needs users and one component";
        return std::nullopt;
    }
    const ClientsParams &p = users->as<ClientsParams>();
    const KindTraits &traits = traitsOf(station->kind);
    // A service, or a web server that calls nothing: its answer is its own queue's.
    const bool plain =
        traits.queueing && (traits.outgoing == OutgoingUse::OneByProbability ||
                            (traits.outgoing == OutgoingUse::CallsEach && traits.machine));
    const auto calls = std::count_if(s.links.begin(), s.links.end(),
                                     [&](const Link &l) { return l.from == station->id; });
    if (!plain)
        why = std::string("a ") + toString(station->kind) + " is not a plain queueing station";
    else if (calls > 0)
        why = station->id + " sends requests on to other components";
    else if (station->service_ms.kind != DistKind::Exponential || !(station->service_ms.mean > 0))
        why = station->id + "'s service time is not exponential";
    else if (p.arrival != ArrivalProcess::Poisson)
        why = "the users' arrivals are not Poisson";
    else if (!p.curve.empty())
        why = "the users follow a load curve, not a steady rate";
    if (!why.empty())
        return std::nullopt;
    SweepTheory t;
    t.station = station->id;
    t.mu = 1000.0 / station->service_ms.mean * (station->speed > 0 ? station->speed : 1.0);
    t.servers = std::max(1, station->workers);
    t.capacity = station->capacity ? *station->capacity : -1;
    for (const Link &l : s.links)
        if (l.from == users->id && l.to == station->id)
            t.linkMs = l.latency_ms;
    return t;
}

} // namespace

SweepPlan planSweep(const Scenario &scenario, const SweepSettings &settings)
{
    SweepPlan plan;
    plan.duration_s = settings.duration_s.value_or(scenario.run.duration_s);
    plan.warmup_s = scenario.run.warmup_s;
    plan.seed = settings.seed;
    for (const Component &c : scenario.components)
        if (const auto *p = std::get_if<ClientsParams>(&c.params))
            plan.baseRate += meanRate(*p, plan.warmup_s, plan.duration_s);
    plan.theory = theoryOf(scenario, plan.noTheory);
    const double from = settings.from_rps;
    const double to = settings.to_rps;
    if (!(from > 0) || !(to <= kMaxRateRps) || !(from < to))
        plan.problem = "the rates must satisfy 0 < FROM < TO <= " + numberText(kMaxRateRps) +
                       " requests per second, got " + numberText(from) + ".." + numberText(to);
    else if (settings.steps < 2 || settings.steps > SweepSettings::kMaxSteps)
        plan.problem = "the number of steps must be 2 to " +
                       std::to_string(SweepSettings::kMaxSteps) + ", got " +
                       std::to_string(settings.steps);
    else if (!(plan.duration_s > plan.warmup_s) || plan.duration_s > kMaxDurationS)
        plan.problem = "the run (" + numberText(plan.duration_s) +
                       " s) must be longer than the warm-up (" + numberText(plan.warmup_s) + " s)";
    else if (!(plan.baseRate > 0))
        plan.problem = "the users send no requests to scale (their rate is 0)";
    if (!plan.problem.empty())
        return plan;
    for (int i = 0; i < settings.steps; ++i) {
        const double f = static_cast<double>(i) / (settings.steps - 1);
        plan.levels.push_back(settings.log ? from * std::pow(to / from, f)
                                           : from + (to - from) * f);
    }
    plan.levels.back() = to; // no rounding past the top
    double requests = 0;
    for (const double level : plan.levels)
        requests += level * plan.duration_s;
    if (requests > settings.maxRequests) {
        const double fits = std::floor(settings.maxRequests / (requests / plan.duration_s));
        plan.problem = "the sweep would simulate " + numberText(std::round(requests)) +
                       " requests, more than " + numberText(settings.maxRequests) +
                       "; give fewer steps, lower rates or a shorter run (e.g. --duration " +
                       numberText(std::max(fits, 1.0)) + ")";
        plan.levels.clear();
    }
    return plan;
}

Scenario scaledScenario(const Scenario &scenario, const SweepPlan &plan, double level)
{
    Scenario s = scenario;
    s.run.duration_s = plan.duration_s;
    if (plan.seed)
        s.seed = plan.seed;
    // The sweep measures the design at steady loads: no failures injected.
    s.faults.clear();
    const double factor = plan.baseRate > 0 ? level / plan.baseRate : 0.0;
    for (Component &c : s.components)
        if (auto *p = std::get_if<ClientsParams>(&c.params)) {
            p->rate_rps *= factor;
            for (RatePoint &point : p->curve)
                point.rate_rps *= factor;
        }
    return s;
}

SweepPoint predictLevel(const SweepTheory &t, double level)
{
    SweepPoint p;
    p.offered_rps = level;
    if (t.capacity >= t.servers) {
        const MmckResult r = mmck(level, t.mu, t.servers, t.capacity);
        if (r.stable) {
            p.theory_utilization = r.utilization;
            p.theory_mean_ms = 1000.0 * r.W + t.linkMs;
        }
    }
    const MmcResult r = mmc(level, t.mu, t.servers);
    if (!r.stable)
        return p;
    if (t.capacity < t.servers) {
        p.theory_utilization = r.utilization;
        p.theory_mean_ms = 1000.0 * r.W + t.linkMs;
    }
    // The quantiles of the unbounded queue: a capacity only trims the far tail of them.
    const auto q = [&](double prob) {
        return 1000.0 * mmcResponseQuantile(level, t.mu, t.servers, prob) + t.linkMs;
    };
    if (t.capacity < t.servers) {
        p.theory_p50_ms = q(0.50);
        p.theory_p95_ms = q(0.95);
        p.theory_p99_ms = q(0.99);
    }
    return p;
}

SweepPoint runSweepLevel(const Scenario &scenario, const SweepPlan &plan, double level,
                         const ParallelRuns::Progress &progress)
{
    SweepPoint p = plan.theory ? predictLevel(*plan.theory, level) : SweepPoint{};
    p.offered_rps = level;
    Simulation sim(scaledScenario(scenario, plan, level));
    constexpr int kSlices = 200;
    for (int i = 1; i <= kSlices; ++i) {
        sim.runUntil(plan.duration_s * i / kSlices);
        if (progress && !progress(static_cast<double>(i) / kSlices))
            return p;
    }
    const RunResult r = sim.result();
    p.completed = r.completed;
    p.failed = r.failed;
    p.availability = r.completed + r.failed > 0 ? r.availability : SweepPoint::kNaN;
    p.throughput_rps = r.throughputRps;
    p.cost_per_hour = r.autoscaling.empty() ? r.costPerHour : r.costPerHourMean;
    if (r.latency.count > 0) {
        p.mean_ms = r.latency.mean;
        p.p50_ms = r.latency.p50;
        p.p95_ms = r.latency.p95;
        p.p99_ms = r.latency.p99;
    }
    p.finished = true;
    return p;
}

CapacitySweep::CapacitySweep(const Scenario &scenario, SweepPlan plan, int jobs)
    : m_scenario(scenario), m_plan(std::move(plan)), m_points(m_plan.levels.size()),
      m_runs(m_plan.levels.size(), jobs,
             [this](std::size_t i, const ParallelRuns::Progress &progress) {
                 m_points[i] = runSweepLevel(m_scenario, m_plan, m_plan.levels[i], progress);
             })
{
}

std::vector<SweepPoint> CapacitySweep::points() const
{
    std::vector<SweepPoint> points = m_points;
    for (std::size_t i = 0; i < points.size(); ++i) {
        points[i].offered_rps = m_plan.levels[i];
        points[i].error = m_runs.error(i);
    }
    return points;
}

namespace {

std::string csvNumber(double v)
{
    return std::isfinite(v) ? numberText(v) : std::string();
}

} // namespace

void writeSweepCsv(std::ostream &out, const std::vector<SweepPoint> &points)
{
    out << "offered_rps,throughput_rps,availability,mean_ms,p50_ms,p95_ms,p99_ms,cost_per_hour,"
           "completed,failed,theory_utilization,theory_mean_ms,theory_p50_ms,theory_p95_ms,"
           "theory_p99_ms\n";
    for (const SweepPoint &p : points)
        out << csvNumber(p.offered_rps) << ',' << csvNumber(p.throughput_rps) << ','
            << csvNumber(p.availability) << ',' << csvNumber(p.mean_ms) << ','
            << csvNumber(p.p50_ms) << ',' << csvNumber(p.p95_ms) << ',' << csvNumber(p.p99_ms)
            << ',' << csvNumber(p.cost_per_hour) << ',' << p.completed << ',' << p.failed << ','
            << csvNumber(p.theory_utilization) << ',' << csvNumber(p.theory_mean_ms) << ','
            << csvNumber(p.theory_p50_ms) << ',' << csvNumber(p.theory_p95_ms) << ','
            << csvNumber(p.theory_p99_ms) << '\n';
}

} // namespace scalelab
