// The semantic rules of goals and reveal steps: bounds in range, windows inside the run,
// the components they name exist. Sentences a teacher writing a challenge can act on.
#include "scenario/goal_validation.h"

#include "scenario/number_text.h"
#include "scenario/validation_util.h"

#include <algorithm>
#include <cmath>
#include <set>

namespace scalelab {

namespace {

bool isFraction(GoalMetric m)
{
    return m == GoalMetric::Availability || m == GoalMetric::ErrorRate ||
           m == GoalMetric::Utilization || m == GoalMetric::HitRatio ||
           m == GoalMetric::StaleReadRatio;
}

void checkGoal(const Scenario &s, const ComponentIndex &index, std::size_t i,
               std::vector<ScenarioError> &errors)
{
    const Goal &g = s.goals[i];
    const std::string path = "goals[" + std::to_string(i) + "]";
    const std::string boundKey = path + "." + toString(g.bound);
    if (!std::isfinite(g.value) || g.value < 0)
        addError(errors, boundKey,
                 "the bound must be a number of at least 0, got " + numberText(g.value));
    else if (isFraction(g.metric) && g.value > 1)
        addError(errors, boundKey,
                 std::string(toString(g.metric)) +
                     " is a fraction from 0 to 1 (0.99 is 99 %), got " + numberText(g.value));
    const double end = s.run.duration_s;
    if (g.from_s && (!(*g.from_s >= 0) || *g.from_s >= end))
        addError(errors, path + ".from_s",
                 "the window must start inside the run (0 to " + numberText(end) + " s), got " +
                     numberText(*g.from_s));
    if (g.to_s && (!(*g.to_s > 0) || *g.to_s > end))
        addError(errors, path + ".to_s",
                 "the window must end inside the run (up to " + numberText(end) + " s), got " +
                     numberText(*g.to_s));
    if (g.to_s && *g.to_s <= std::max(g.from_s.value_or(0.0), s.run.warmup_s))
        addError(errors, path + ".to_s",
                 "the window must end after it starts (at " +
                     numberText(std::max(g.from_s.value_or(0.0), s.run.warmup_s)) +
                     " s, the later of from_s and the warm-up)");
    if (needsComponent(g.metric)) {
        if (g.component.empty())
            addError(errors, path + ".component",
                     std::string(toString(g.metric)) + " needs 'component': whose figure it is");
        else if (const Component *c = index.find(g.component); !c)
            addError(errors, path + ".component",
                     "there is no component " + quoted(g.component) + "; " + knownIds(s));
        else if (g.metric == GoalMetric::HitRatio && c->kind != ComponentKind::Cache &&
                 !traitsOf(c->kind).servesAssets)
            addError(errors, path + ".component",
                     "hit_ratio is a cache's or a CDN's figure; " + quoted(g.component) + " is a " +
                         toString(c->kind));
        else if (c->kind == ComponentKind::Clients)
            addError(errors, path + ".component",
                     quoted(g.component) +
                         " is the users; they have no workers or queue to measure");
    } else if (!g.component.empty()) {
        addError(errors, path + ".component",
                 std::string(toString(g.metric)) + " is a figure of the whole design; 'component' "
                                                   "applies to utilization and queue_length");
    }
    if (!g.cause.empty()) {
        const auto &causes = goalCauses();
        if (!allowsCause(g.metric))
            addError(errors, path + ".cause", "'cause' applies to errors and error_rate only");
        else if (std::find(causes.begin(), causes.end(), g.cause) == causes.end())
            addError(
                errors, path + ".cause",
                "unknown cause " + quoted(g.cause) + "; allowed are " + [&] {
                    std::string names;
                    for (const std::string &c : causes)
                        names += (names.empty() ? "" : ", ") + c;
                    return names;
                }());
    }
    if (!g.kind.empty()) {
        RequestKind kind = RequestKind::Read;
        if (!allowsKind(g.metric))
            addError(errors, path + ".kind", "'kind' applies to p50_ms, p95_ms and p99_ms only");
        else if (!fromString(g.kind, kind))
            addError(errors, path + ".kind",
                     "unknown request kind " + quoted(g.kind) +
                         "; allowed are read, write, static or async");
    }
    if (!g.region.empty()) {
        const std::vector<std::string> regions = regionsOf(s);
        if (!allowsKind(g.metric))
            addError(errors, path + ".region",
                     "'region' applies to p50_ms, p95_ms and p99_ms only");
        else if (!g.kind.empty())
            addError(errors, path + ".region",
                     "a goal measures one kind or one region's users, not both; remove kind or "
                     "region");
        else if (std::find(regions.begin(), regions.end(), g.region) == regions.end())
            addError(errors, path + ".region",
                     "no users or data center of the design are in region " + quoted(g.region) +
                         "; give a clients component that region");
    }
    if (!g.survives.empty() && !index.find(g.survives))
        addError(errors, path + ".survives",
                 "there is no component " + quoted(g.survives) + "; " + knownIds(s));
}

} // namespace

void validateGoals(const Scenario &s, std::vector<ScenarioError> &errors)
{
    const ComponentIndex index(s);
    for (std::size_t i = 0; i < s.goals.size(); ++i)
        checkGoal(s, index, i, errors);
    std::set<std::string> shown;
    for (std::size_t i = 0; i < s.reveal.size(); ++i) {
        const RevealStep &step = s.reveal[i];
        for (std::size_t j = 0; j < step.show.size(); ++j) {
            const std::string field =
                "reveal[" + std::to_string(i) + "].show[" + std::to_string(j) + "]";
            if (!index.find(step.show[j]))
                addError(errors, field,
                         "there is no component " + quoted(step.show[j]) + "; " + knownIds(s));
            else if (!shown.insert(step.show[j]).second)
                addError(errors, field,
                         quoted(step.show[j]) + " is already shown by an earlier step");
        }
    }
}

} // namespace scalelab
