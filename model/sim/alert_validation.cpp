#include "sim/alert_validation.h"

#include "scenario/number_text.h"
#include "scenario/validation_util.h"
#include "scenario/yaml_fields.h"
#include "sim/simulation.h"

#include <algorithm>
#include <cmath>
#include <set>
#include <string_view>

namespace scalelab {

std::vector<std::string> metricNames(const Scenario &scenario)
{
    Simulation sim(scenario);
    sim.setRecordTimeSeries(true);
    return sim.timeSeries().columns();
}

void validateAlerts(const Scenario &s, std::vector<ScenarioError> &errors)
{
    const double rpr = s.business.revenue_per_request;
    if (!std::isfinite(rpr) || rpr < 0 || rpr > 1e6)
        addError(errors, "business.revenue_per_request",
                 "the revenue per request is dollars from 0 to 1000000, got " + numberText(rpr));
    if (s.alerts.empty())
        return;
    std::vector<std::string> names = metricNames(s);
    std::sort(names.begin(), names.end());
    const std::vector<std::string_view> options(names.begin(), names.end());
    std::set<std::string> seen;
    for (std::size_t i = 0; i < s.alerts.size(); ++i) {
        const Alert &a = s.alerts[i];
        const std::string path = "alerts[" + std::to_string(i) + "]";
        if (a.name.empty())
            addError(errors, path + ".name", "an alert needs a name");
        else if (!seen.insert(a.name).second)
            addError(errors, path + ".name",
                     "two alerts are called " + quoted(a.name) + "; give each its own name");
        if (!std::binary_search(names.begin(), names.end(), a.metric))
            addError(errors, path + ".metric",
                     "there is no series " + quoted(a.metric) + " in this design; " +
                         closestSuggestion(a.metric, options) +
                         "a metric is a time-series column such as p95_ms, errors_rps, "
                         "<component>.utilization or tier.<kind>.utilization");
        if (!std::isfinite(a.value))
            addError(errors, path + "." + toString(a.bound),
                     "the threshold must be a number, got " + numberText(a.value));
        if (!std::isfinite(a.for_s) || a.for_s < 0 || a.for_s > s.run.duration_s)
            addError(errors, path + ".for_s",
                     "for_s is how long the condition must hold, from 0 to the run's " +
                         numberText(s.run.duration_s) + " s, got " + numberText(a.for_s));
    }
}

} // namespace scalelab
