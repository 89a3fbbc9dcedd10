#include "scenario/goal.h"

#include "scenario/number_text.h"

#include <algorithm>
#include <array>

namespace scalelab {

namespace {

constexpr std::array<const char *, kGoalMetricCount> kMetricNames = {
    "p50_ms",    "p95_ms",           "p99_ms",      "availability", "error_rate",
    "errors",    "cost_per_hour",    "utilization", "queue_length", "throughput_rps",
    "hit_ratio", "stale_read_ratio", "lost_writes"};

} // namespace

const char *toString(GoalMetric m)
{
    return kMetricNames[static_cast<std::size_t>(m)];
}

const char *toString(GoalBound b)
{
    return b == GoalBound::Below ? "below" : "above";
}

bool fromString(const std::string &s, GoalMetric &out)
{
    for (std::size_t i = 0; i < kMetricNames.size(); ++i)
        if (s == kMetricNames[i]) {
            out = static_cast<GoalMetric>(i);
            return true;
        }
    return false;
}

bool fromString(const std::string &s, GoalBound &out)
{
    if (s == "below" || s == "above") {
        out = s == "below" ? GoalBound::Below : GoalBound::Above;
        return true;
    }
    return false;
}

const char *unitOf(GoalMetric m)
{
    switch (m) {
    case GoalMetric::P50Ms:
    case GoalMetric::P95Ms:
    case GoalMetric::P99Ms:
        return "ms";
    case GoalMetric::CostPerHour:
        return "$/h";
    case GoalMetric::ThroughputRps:
        return "rps";
    default:
        return "";
    }
}

bool needsComponent(GoalMetric m)
{
    return m == GoalMetric::Utilization || m == GoalMetric::QueueLength ||
           m == GoalMetric::HitRatio;
}

bool allowsCause(GoalMetric m)
{
    return m == GoalMetric::Errors || m == GoalMetric::ErrorRate;
}

bool allowsKind(GoalMetric m)
{
    return m == GoalMetric::P50Ms || m == GoalMetric::P95Ms || m == GoalMetric::P99Ms;
}

const std::vector<std::string> &goalCauses()
{
    static const std::vector<std::string> causes = {
        "rejected", "timeout", "down", "no_backend", "failover", "read_only", "session_lost"};
    return causes;
}

std::string describeGoal(const Goal &g)
{
    std::string out = toString(g.metric);
    if (!g.kind.empty())
        out += " of " + g.kind + " requests";
    if (!g.region.empty())
        out += " of users in " + g.region;
    if (!g.component.empty())
        out += " of " + g.component;
    if (!g.cause.empty())
        out += " (" + g.cause + ")";
    out += std::string(" ") + toString(g.bound) + " " + numberText(g.value);
    if (*unitOf(g.metric))
        out += std::string(" ") + unitOf(g.metric);
    if (!g.survives.empty())
        out += " after " + g.survives + "'s failure is detected";
    if (g.from_s)
        out += " from " + numberText(*g.from_s) + " s";
    if (g.to_s)
        out += " to " + numberText(*g.to_s) + " s";
    return out;
}

std::vector<std::string> revealedAt(const std::vector<RevealStep> &steps, int step)
{
    std::vector<std::string> shown;
    if (step <= 0 || step > static_cast<int>(steps.size()))
        return shown; // caller treats empty as "everything"
    for (int i = 0; i < step; ++i)
        for (const std::string &id : steps[static_cast<std::size_t>(i)].show)
            if (std::find(shown.begin(), shown.end(), id) == shown.end())
                shown.push_back(id);
    return shown;
}

} // namespace scalelab
