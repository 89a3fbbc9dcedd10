#include "sim/chaos.h"

#include "scenario/number_text.h"
#include "scenario/scenario_limits.h"
#include "sim/goal_tracker.h"
#include "sim/run_result.h"

#include <cmath>
#include <ostream>

namespace scalelab {

namespace {

/// The default failure comes this long after the warm-up: not at a round time, where a
/// periodic health check (every 0.5 s, 1 s, 5 s from the start) would notice it at that
/// very instant and flatter the design.
constexpr double kDefaultDelayS = 0.123;

constexpr std::size_t kP99Goal = 0;
constexpr std::size_t kAvailabilityGoal = 1;
constexpr std::size_t kErrorsGoal = 2;

Goal windowGoal(GoalMetric metric, GoalBound bound, double value, const ChaosPlan &plan)
{
    Goal g;
    g.metric = metric;
    g.bound = bound;
    g.value = value;
    g.from_s = plan.at_s;
    g.to_s = plan.at_s + plan.window_s;
    return g;
}

} // namespace

ChaosPlan planChaos(const Scenario &scenario, const ChaosSettings &settings)
{
    ChaosPlan plan;
    plan.slo = settings.slo.value_or(scenario.slo.value_or(Slo{}));
    plan.seed = settings.seed;
    const RunSettings &run = scenario.run;
    plan.at_s = settings.at_s.value_or(run.warmup_s + kDefaultDelayS);
    plan.window_s = settings.window_s.value_or(run.duration_s - plan.at_s);
    for (const Component &c : scenario.components)
        if (traitsOf(c.kind).queueing) // the users are the load, not a part that can fail
            plan.targets.push_back(c.id);
    if (!(plan.at_s >= run.warmup_s) || !std::isfinite(plan.at_s))
        plan.problem = "the failure time (" + numberText(plan.at_s) +
                       " s) must not come before the end of the warm-up (" +
                       numberText(run.warmup_s) + " s): nothing is measured before it";
    else if (!(plan.window_s > 0) || !std::isfinite(plan.window_s))
        plan.problem = "the window after the failure must be longer than 0 s (the run ends at " +
                       numberText(run.duration_s) + " s)";
    else if (plan.at_s + plan.window_s > kMaxDurationS)
        plan.problem =
            "the failure time plus the window must be at most " + numberText(kMaxDurationS) + " s";
    else if (plan.targets.empty())
        plan.problem = "the design has no component to fail (only users)";
    return plan;
}

Scenario chaosScenario(const Scenario &scenario, const ChaosPlan &plan,
                       const std::string &component)
{
    Scenario s = scenario;
    s.faults.clear();
    if (plan.seed)
        s.seed = plan.seed;
    if (!component.empty()) {
        Fault f;
        f.component = component;
        f.at_s = plan.at_s;
        f.action = FaultAction::Fail;
        s.faults.push_back(f);
    }
    s.run.duration_s = plan.at_s + plan.window_s;
    s.goals = {windowGoal(GoalMetric::P99Ms, GoalBound::Below, plan.slo.p99_ms, plan),
               windowGoal(GoalMetric::Availability, GoalBound::Above, plan.slo.availability, plan),
               windowGoal(GoalMetric::Errors, GoalBound::Below,
                          std::numeric_limits<double>::infinity(), plan)};
    return s;
}

ChaosRow runChaosRow(const Scenario &scenario, const ChaosPlan &plan, const std::string &component,
                     const ParallelRuns::Progress &progress)
{
    ChaosRow row;
    row.component = component;
    if (const Component *c = scenario.find(component))
        row.kind = toString(c->kind);
    const Scenario s = chaosScenario(scenario, plan, component);
    bool stopped = false;
    const std::vector<GoalStatus> status = evaluateGoals(s, nullptr, [&](double fraction) {
        stopped = progress && !progress(fraction);
        return !stopped;
    });
    row.finished = !stopped;
    row.p99_ms = status[kP99Goal].value;
    row.availability = status[kAvailabilityGoal].value;
    const double errors = status[kErrorsGoal].value;
    row.failed = std::isfinite(errors) ? static_cast<std::uint64_t>(errors) : 0;
    // A window where nothing completed has no p99: every request failed, the SLO did not hold.
    row.p99Held = status[kP99Goal].state == GoalState::Met;
    row.availabilityHeld = status[kAvailabilityGoal].state == GoalState::Met;
    if (std::isfinite(row.availability) && row.availability < 1.0)
        row.completed = static_cast<std::uint64_t>(std::llround(
            static_cast<double>(row.failed) * row.availability / (1.0 - row.availability)));
    return row;
}

ChaosTest::ChaosTest(const Scenario &scenario, ChaosPlan plan, int jobs)
    : m_scenario(scenario), m_plan(std::move(plan)), m_rows(m_plan.targets.size() + 1),
      m_runs(m_plan.targets.size() + 1, jobs,
             [this](std::size_t i, const ParallelRuns::Progress &progress) {
                 m_rows[i] = runChaosRow(m_scenario, m_plan,
                                         i == 0 ? std::string() : m_plan.targets[i - 1], progress);
             })
{
}

std::vector<ChaosRow> ChaosTest::rows() const
{
    std::vector<ChaosRow> rows = m_rows;
    for (std::size_t i = 0; i < rows.size(); ++i) {
        if (i > 0 && rows[i].component.empty()) { // never started (cancelled)
            rows[i].component = m_plan.targets[i - 1];
            if (const Component *c = m_scenario.find(rows[i].component))
                rows[i].kind = toString(c->kind);
        }
        rows[i].error = m_runs.error(i);
        if (!rows[i].error.empty())
            rows[i].finished = false;
    }
    return rows;
}

namespace {

void writeRow(std::ostream &out, const ChaosRow &r)
{
    out << "{\"component\": " << (r.component.empty() ? "null" : jsonQuoted(r.component))
        << ", \"kind\": " << (r.kind.empty() ? "null" : jsonQuoted(r.kind))
        << ", \"availability\": " << jsonNumber(r.availability)
        << ", \"p99_ms\": " << jsonNumber(r.p99_ms) << ", \"failed\": " << r.failed
        << ", \"availability_held\": " << (r.availabilityHeld ? "true" : "false")
        << ", \"p99_held\": " << (r.p99Held ? "true" : "false")
        << ", \"slo_held\": " << (r.sloHeld() ? "true" : "false")
        << ", \"finished\": " << (r.finished ? "true" : "false");
    if (!r.error.empty())
        out << ", \"error\": " << jsonQuoted(r.error);
    out << "}";
}

} // namespace

void writeChaosJson(std::ostream &out, const std::string &name, const ChaosPlan &plan,
                    const std::vector<ChaosRow> &rows)
{
    bool all = !rows.empty();
    for (const ChaosRow &r : rows)
        all = all && r.finished && r.sloHeld();
    out << "{\n  \"name\": " << jsonQuoted(name)
        << ",\n  \"slo\": {\"p99_ms\": " << jsonNumber(plan.slo.p99_ms)
        << ", \"availability\": " << jsonNumber(plan.slo.availability)
        << "},\n  \"at_s\": " << jsonNumber(plan.at_s)
        << ",\n  \"window_s\": " << jsonNumber(plan.window_s)
        << ",\n  \"all_held\": " << (all ? "true" : "false") << ",\n  \"baseline\": ";
    if (rows.empty())
        out << "null";
    else
        writeRow(out, rows.front());
    out << ",\n  \"rows\": [";
    for (std::size_t i = 1; i < rows.size(); ++i) {
        out << (i > 1 ? ",\n    " : "\n    ");
        writeRow(out, rows[i]);
    }
    out << (rows.size() > 1 ? "\n  ]\n}\n" : "]\n}\n");
}

void writeChaosCsv(std::ostream &out, const std::vector<ChaosRow> &rows)
{
    const auto number = [](double v) { return std::isfinite(v) ? numberText(v) : std::string(); };
    const auto field = [](const std::string &text) {
        // Ids are plain names, but a quote or comma must not break the columns.
        if (text.find_first_of(",\"\n") == std::string::npos)
            return text;
        std::string quoted = "\"";
        for (const char c : text)
            quoted += c == '"' ? std::string("\"\"") : std::string(1, c);
        return quoted + "\"";
    };
    out << "component,kind,availability,p99_ms,failed,slo_held,finished\n";
    for (const ChaosRow &r : rows)
        out << field(r.component) << ',' << r.kind << ',' << number(r.availability) << ','
            << number(r.p99_ms) << ',' << r.failed << ',' << (r.sloHeld() ? "true" : "false") << ','
            << (r.finished ? "true" : "false") << '\n';
}

} // namespace scalelab
