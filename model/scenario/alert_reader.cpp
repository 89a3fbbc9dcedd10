// Reading `alerts:` and `business:`, strictly like the rest of the file: unknown keys, a
// missing or doubled threshold are reported at their line and column. Whether the metric
// names a series the design has is checked by validateAlerts (sim/alert_validation.h).
#include "scenario/yaml_reader.h"

namespace scalelab {

namespace {

constexpr std::size_t kMaxAlerts = 100;

void readAlert(ReadContext &context, int node, const std::string &path, Alert &out)
{
    MapFields f(context, node, path, "alert " + path,
                {"name", "metric", "above", "below", "for_s"});
    if (!f.isMap())
        return;
    if (!f.has("name"))
        f.error("name", "an alert needs 'name': what the event log calls it");
    if (!f.has("metric"))
        f.error("metric", "an alert needs 'metric': a series name such as p95_ms or "
                          "web1.utilization");
    f.text("name", out.name, false);
    f.text("metric", out.metric, false);
    const bool below = f.has("below");
    const bool above = f.has("above");
    if (below == above)
        f.error(below ? "above" : "below",
                below ? "give either 'above' or 'below', not both"
                      : "an alert needs a threshold: 'above: N' or 'below: N'");
    out.bound = below && !above ? AlertBound::Below : AlertBound::Above;
    f.number(toString(out.bound), out.value);
    f.number("for_s", out.for_s);
}

} // namespace

const char *toString(AlertBound b)
{
    return b == AlertBound::Below ? "below" : "above";
}

void readAlerts(ReadContext &context, MapFields &top, std::vector<Alert> &out)
{
    if (const auto *items = listItems(context, top, "alerts", kMaxAlerts)) {
        out.resize(items->size());
        for (std::size_t i = 0; i < items->size(); ++i)
            readAlert(context, (*items)[i], "alerts[" + std::to_string(i) + "]", out[i]);
    }
}

void readBusiness(ReadContext &context, MapFields &top, BusinessSettings &out)
{
    if (const int v = top.find("business"); v >= 0) {
        MapFields b(context, v, "business", "business", {"revenue_per_request"});
        b.number("revenue_per_request", out.revenue_per_request);
    }
}

} // namespace scalelab
