// Reading `goals:` and `reveal:`, strictly like the rest of the file: unknown keys, missing
// or doubled bounds and unknown metric names are reported at their line and column. Range
// and reference checks (does the component exist?) are in goal_validation.cpp.
#include "scenario/yaml_reader.h"

namespace scalelab {

namespace {

constexpr std::size_t kMaxGoals = 100;
constexpr std::size_t kMaxRevealSteps = 100;

std::vector<GoalMetric> allMetrics()
{
    std::vector<GoalMetric> all;
    for (int i = 0; i < kGoalMetricCount; ++i)
        all.push_back(static_cast<GoalMetric>(i));
    return all;
}

void readGoal(ReadContext &context, int node, const std::string &path, Goal &out)
{
    MapFields f(context, node, path, "goal " + path,
                {"metric", "below", "above", "from_s", "to_s", "component", "cause", "kind",
                 "region", "survives", "text"});
    if (!f.isMap())
        return;
    if (!f.has("metric"))
        f.error("metric", "a goal needs 'metric': what it measures, e.g. p99_ms or availability");
    f.name("metric", out.metric, allMetrics());
    const bool below = f.has("below");
    const bool above = f.has("above");
    if (below == above) {
        f.error(below ? "above" : "below", below
                                               ? "give either 'below' or 'above', not both"
                                               : "a goal needs a bound: 'below: N' or 'above: N'");
    }
    out.bound = above && !below ? GoalBound::Above : GoalBound::Below;
    f.number(out.bound == GoalBound::Above ? "above" : "below", out.value);
    f.optionalNumber("from_s", out.from_s);
    f.optionalNumber("to_s", out.to_s);
    f.text("component", out.component, false);
    f.text("cause", out.cause, false);
    f.text("kind", out.kind, false);
    f.text("region", out.region, false);
    f.text("survives", out.survives, false);
    f.text("text", out.text, true);
}

void readStep(ReadContext &context, int node, const std::string &path, RevealStep &out)
{
    MapFields f(context, node, path, "reveal step " + path, {"title", "show"});
    if (!f.isMap())
        return;
    f.text("title", out.title, true);
    if (!f.has("show"))
        f.error("show", "a reveal step needs 'show': the ids of the components it adds");
    if (const auto *items = listItems(context, f, "show", kMaxComponents)) {
        for (std::size_t i = 0; i < items->size(); ++i) {
            const YamlNode &item = context.tree().node((*items)[i]);
            const std::string field = f.path("show") + "[" + std::to_string(i) + "]";
            if (item.type != YamlNode::Type::Scalar) {
                context.error(item, field, "expected a component id, got " + describeNode(item));
                continue;
            }
            context.remember(field, item);
            out.show.push_back(item.value);
        }
    }
}

} // namespace

void readGoals(ReadContext &context, MapFields &top, std::vector<Goal> &out)
{
    if (const auto *items = listItems(context, top, "goals", kMaxGoals)) {
        out.resize(items->size());
        for (std::size_t i = 0; i < items->size(); ++i)
            readGoal(context, (*items)[i], "goals[" + std::to_string(i) + "]", out[i]);
    }
}

void readReveal(ReadContext &context, MapFields &top, std::vector<RevealStep> &out)
{
    if (const auto *items = listItems(context, top, "reveal", kMaxRevealSteps)) {
        out.resize(items->size());
        for (std::size_t i = 0; i < items->size(); ++i)
            readStep(context, (*items)[i], "reveal[" + std::to_string(i) + "]", out[i]);
    }
}

} // namespace scalelab
