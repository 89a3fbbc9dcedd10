#include "sim/goal_tracker.h"

#include "sim/simulation.h"

#include <algorithm>
#include <cmath>

namespace scalelab {

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
constexpr double kDetectionStepS = 0.1;

/// The q-quantile (nearest rank, bucket midpoint) of the samples in `to` but not in `from`,
/// a histogram taken earlier in the same run.
double quantileOfDifference(const LatencyHistogram &to, const LatencyHistogram &from, double q)
{
    if (from.count() == 0)
        return to.quantile(q);
    const std::uint64_t n = to.count() - from.count();
    if (n == 0)
        return kNaN;
    const auto rank = std::max<std::uint64_t>(
        1, static_cast<std::uint64_t>(std::ceil(q * static_cast<double>(n))));
    std::uint64_t seen = 0;
    for (int i = 0; i < LatencyHistogram::kBucketCount; ++i) {
        seen += to.bucketCountAt(i) - from.bucketCountAt(i);
        if (seen >= rank)
            return i == 0 ? 0.0
                          : 0.5 * (LatencyHistogram::bucketLower(i) +
                                   LatencyHistogram::bucketUpper(i));
    }
    return to.max();
}

/// The FailureCause of a goal's cause, by name (goalCauses leaves out simulator_limit, so
/// its positions are not the causes' numbers); -1 for none.
int causeIndex(const std::string &cause)
{
    for (int c = 0; c < kFailureCauseCount; ++c)
        if (cause == toString(static_cast<FailureCause>(c)))
            return c;
    return -1;
}

bool meets(const Goal &g, double value)
{
    return g.bound == GoalBound::Below ? value <= g.value : value >= g.value;
}

} // namespace

const char *toString(GoalState s)
{
    switch (s) {
    case GoalState::Pending:
        return "pending";
    case GoalState::Met:
        return "met";
    case GoalState::Failed:
        return "failed";
    }
    return "";
}

GoalTracker::GoalTracker(const Scenario &scenario)
    : m_goals(scenario.goals), m_status(scenario.goals.size()), m_start(scenario.goals.size()),
      m_warmup(scenario.run.warmup_s), m_duration(scenario.run.duration_s)
{
    for (std::size_t i = 0; i < m_goals.size(); ++i)
        m_status[i].windowEnd = std::min(m_goals[i].to_s.value_or(m_duration), m_duration);
}

std::vector<double> GoalTracker::boundaries() const
{
    std::vector<double> times{m_warmup};
    for (std::size_t i = 0; i < m_goals.size(); ++i) {
        if (m_goals[i].survives.empty())
            times.push_back(std::max(m_goals[i].from_s.value_or(m_warmup), m_warmup));
        times.push_back(m_status[i].windowEnd);
    }
    std::sort(times.begin(), times.end());
    times.erase(std::unique(times.begin(), times.end()), times.end());
    return times;
}

bool GoalTracker::waitsForDetection() const
{
    for (std::size_t i = 0; i < m_goals.size(); ++i)
        if (!m_goals[i].survives.empty() && !m_status[i].open &&
            m_status[i].state == GoalState::Pending)
            return true;
    return false;
}

bool GoalTracker::allMet() const
{
    return !m_status.empty() && std::all_of(m_status.begin(), m_status.end(), [](const auto &s) {
        return s.state == GoalState::Met;
    });
}

std::optional<double> GoalTracker::detectionTime(const Simulation &sim, const std::string &id) const
{
    const std::string prefix = "health check: " + id + " marked unhealthy";
    for (const LogEntry &e : sim.log())
        if (e.what.rfind(prefix, 0) == 0)
            return e.t_s;
    return std::nullopt;
}

GoalTracker::Snapshot GoalTracker::take(const Simulation &sim, const RunResult &r,
                                        const Goal &g) const
{
    Snapshot s;
    s.t = sim.now();
    s.measuredS = r.measuredS;
    s.completed = r.completed;
    s.failed = r.byCause;
    s.databaseReads = r.databaseReads;
    s.staleReads = r.staleReads;
    s.lostWrites = r.lostWrites;
    s.costArea = sim.costArea();
    const ComponentResult *c = needsComponent(g.metric) ? r.component(g.component) : nullptr;
    if (c && g.metric == GoalMetric::HitRatio) {
        const ComponentResult::Figure *hits = c->figure("hits");
        const ComponentResult::Figure *misses = c->figure("misses");
        s.hits = hits ? hits->value : 0;
        s.lookups = s.hits + (misses ? misses->value : 0);
    } else if (c)
        s.componentArea =
            (g.metric == GoalMetric::Utilization ? c->utilization : c->meanQueueLength) *
            r.measuredS;
    if (g.metric == GoalMetric::P50Ms || g.metric == GoalMetric::P95Ms ||
        g.metric == GoalMetric::P99Ms) {
        RequestKind kind = RequestKind::Read;
        s.latency = g.kind.empty() || !fromString(g.kind, kind) ? sim.latencyHistogram()
                                                                : sim.latencyHistogram(kind);
        if (const LatencyHistogram *h = sim.regions().latencyOf(g.region); h && !g.region.empty())
            s.latency = *h;
    }
    return s;
}

double GoalTracker::figure(const Goal &g, const Snapshot &from, const Snapshot &to,
                           const RunResult &r) const
{
    const double seconds = to.measuredS - from.measuredS;
    const auto completed = static_cast<double>(to.completed - from.completed);
    double failed = 0;
    double failedOfCause = 0;
    const int cause = causeIndex(g.cause);
    for (int c = 0; c < kFailureCauseCount; ++c) {
        const auto n = static_cast<double>(to.failed[static_cast<std::size_t>(c)] -
                                           from.failed[static_cast<std::size_t>(c)]);
        failed += n;
        if (cause < 0 || cause == c)
            failedOfCause += n;
    }
    switch (g.metric) {
    case GoalMetric::P50Ms:
        return quantileOfDifference(to.latency, from.latency, 0.50);
    case GoalMetric::P95Ms:
        return quantileOfDifference(to.latency, from.latency, 0.95);
    case GoalMetric::P99Ms:
        return quantileOfDifference(to.latency, from.latency, 0.99);
    case GoalMetric::Availability:
        return completed + failed > 0 ? completed / (completed + failed) : kNaN;
    case GoalMetric::ErrorRate:
        return completed + failed > 0 ? failedOfCause / (completed + failed) : kNaN;
    case GoalMetric::Errors:
        return failedOfCause;
    case GoalMetric::CostPerHour:
        // Over the window, second by second: what an autoscaling group paid for.
        return seconds > 0 ? (to.costArea - from.costArea) / seconds : r.costPerHour;
    case GoalMetric::Utilization:
    case GoalMetric::QueueLength:
        if (!r.component(g.component))
            return kNaN;
        return seconds > 0 ? (to.componentArea - from.componentArea) / seconds : kNaN;
    case GoalMetric::ThroughputRps:
        return seconds > 0 ? completed / seconds : kNaN;
    case GoalMetric::HitRatio:
        return to.lookups > from.lookups ? (to.hits - from.hits) / (to.lookups - from.lookups)
                                         : kNaN;
    case GoalMetric::StaleReadRatio:
        return to.databaseReads > from.databaseReads
                   ? static_cast<double>(to.staleReads - from.staleReads) /
                         static_cast<double>(to.databaseReads - from.databaseReads)
                   : kNaN;
    case GoalMetric::LostWrites:
        return static_cast<double>(to.lostWrites - from.lostWrites);
    }
    return kNaN;
}

void GoalTracker::observe(const Simulation &sim)
{
    if (m_goals.empty())
        return;
    const double now = sim.now();
    const RunResult r = sim.result();
    for (std::size_t i = 0; i < m_goals.size(); ++i) {
        const Goal &g = m_goals[i];
        GoalStatus &st = m_status[i];
        if (st.state != GoalState::Pending)
            continue;
        if (!st.open) {
            double start = std::max(g.from_s.value_or(m_warmup), m_warmup);
            if (!g.survives.empty()) {
                const auto detected = detectionTime(sim, g.survives);
                if (!detected) {
                    if (now >= st.windowEnd) {
                        st.state = GoalState::Failed;
                        st.note = "the failure of " + g.survives + " was never noticed";
                    }
                    continue;
                }
                start = std::max(start, *detected);
            }
            if (now < start || now < m_warmup)
                continue;
            st.open = true;
            st.windowStart = start;
            m_start[i] = take(sim, r, g);
        }
        const Snapshot current = take(sim, r, g);
        st.value = figure(g, *m_start[i], current, r);
        if (now >= st.windowEnd) {
            if (std::isnan(st.value)) {
                st.state = GoalState::Failed;
                st.note = "nothing was measured in the window";
            } else {
                st.state = meets(g, st.value) ? GoalState::Met : GoalState::Failed;
            }
            m_start[i].reset();
        }
    }
}

std::vector<GoalStatus> evaluateGoals(const Scenario &scenario, RunResult *result,
                                      const GoalProgress &progress)
{
    Simulation sim(scenario);
    GoalTracker tracker(scenario);
    const std::vector<double> times = tracker.boundaries();
    tracker.observe(sim);
    while (sim.now() < sim.duration()) {
        double next = sim.duration();
        for (const double t : times)
            if (t > sim.now()) {
                next = std::min(next, t);
                break;
            }
        if (tracker.waitsForDetection())
            next = std::min(next, sim.now() + kDetectionStepS);
        if (progress) {
            // In slices of 1 % of the run, so that a long run can be followed and stopped.
            const double slice = sim.duration() / 100.0;
            while (sim.now() < next) {
                sim.runUntil(std::min(next, sim.now() + slice));
                if (!progress(sim.now() / sim.duration())) {
                    if (result)
                        *result = sim.result();
                    return tracker.status();
                }
            }
        } else {
            sim.runUntil(next);
        }
        tracker.observe(sim);
    }
    if (result)
        *result = sim.result();
    return tracker.status();
}

} // namespace scalelab
