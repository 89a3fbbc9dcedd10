#include "scenario/kinds/kind_reference.h"

#include "scenario/number_text.h"
#include "scenario/scenario.h"

namespace scalelab {

namespace {

std::string distText(const Distribution &d)
{
    switch (d.kind) {
    case DistKind::Exponential:
        return "exponential " + numberText(d.mean);
    case DistKind::Constant:
        return "constant " + numberText(d.mean);
    case DistKind::Uniform:
        return "uniform " + numberText(d.min) + "–" + numberText(d.max);
    case DistKind::Lognormal:
        return "lognormal " + numberText(d.mean) + " cv " + numberText(d.cv);
    case DistKind::Erlang:
        return "erlang " + numberText(d.mean) + " k " + std::to_string(d.k);
    }
    return {};
}

std::string typeText(const ParamSpec &p)
{
    const std::string unit = p.unit.empty() ? "" : ", " + std::string(p.unit);
    switch (p.type) {
    case ParamType::Number:
    case ParamType::OptionalNumber:
        return "number" + unit;
    case ParamType::Integer:
    case ParamType::OptionalInteger:
        return "integer" + unit;
    case ParamType::Choice: {
        std::string names;
        for (std::size_t i = 0; i < p.choices.size(); ++i)
            names += (i ? ", `" : "`") + std::string(p.choices[i].name) + "`";
        return names;
    }
    case ParamType::Distribution:
        return "distribution" + unit;
    case ParamType::Curve:
        return "list of `{t_s, rate_rps}`";
    case ParamType::Text:
        return "text";
    }
    return {};
}

std::string rangeText(const ParamSpec &p)
{
    switch (p.type) {
    case ParamType::Number:
    case ParamType::OptionalNumber:
    case ParamType::Integer:
    case ParamType::OptionalInteger:
        if (p.floor > 0)
            return "0 or ≥ " + numberText(p.floor) + ", ≤ " + numberText(p.max);
        return std::string(p.minOpen ? "> " : "≥ ") + numberText(p.min) + ", ≤ " +
               numberText(p.max) +
               (p.isOptional() ? "; or `" + std::string(p.noneWord()) + "`" : "");
    case ParamType::Distribution:
        return "see Distributions";
    case ParamType::Curve:
        return "t_s in time order";
    case ParamType::Choice:
    case ParamType::Text:
        return "";
    }
    return {};
}

std::string valueText(const ParamSpec &p, const ParamValue &v)
{
    switch (p.type) {
    case ParamType::Number:
        return numberText(std::get<double>(v));
    case ParamType::Integer:
        return std::to_string(std::get<int>(v));
    case ParamType::OptionalNumber: {
        const auto &o = std::get<std::optional<double>>(v);
        return o ? numberText(*o) : std::string(p.noneWord());
    }
    case ParamType::OptionalInteger: {
        const auto &o = std::get<std::optional<int>>(v);
        return o ? std::to_string(*o) : std::string(p.noneWord());
    }
    case ParamType::Choice:
        return "`" + std::string(choiceName(p, std::get<int>(v))) + "`";
    case ParamType::Distribution:
        return distText(std::get<Distribution>(v));
    case ParamType::Curve:
        return std::get<std::vector<RatePoint>>(v).empty() ? "none" : "a curve";
    case ParamType::Text: {
        const std::string &s = std::get<std::string>(v);
        return s.empty() ? "empty" : s;
    }
    }
    return {};
}

} // namespace

std::string kindReference()
{
    std::string out;
    for (const ComponentKind kind : allComponentKinds()) {
        const KindTraits &t = traitsOf(kind);
        const Component d = defaultComponent(kind, std::string(t.idStem));
        out += "### `" + std::string(t.yamlName) + "` — " + std::string(t.displayName) + "\n\n";
        out += std::string(t.description) + "\n\n";
        out += "Outgoing links: " + std::string(t.outgoingText) + ".";
        if (!t.acceptsIncoming)
            out += " Nothing links into it: " + std::string(t.incomingRefusal) + ".";
        else if (t.entryOnly)
            out += " Only users link into it.";
        out += " New ones are named `" + std::string(t.idStem) + "1`, `" + std::string(t.idStem) +
               "2` …\n\n";
        out += "| key | type, unit | range | default | meaning |\n|---|---|---|---|---|\n";
        for (const ParamSpec *p : paramsOf(kind))
            out += "| `" + std::string(p->key) + "` | " + typeText(*p) + " | " + rangeText(*p) +
                   " | " + valueText(*p, p->get(d)) + " | " + std::string(p->tooltip) + " |\n";
        out += "\n";
    }
    return out;
}

} // namespace scalelab
