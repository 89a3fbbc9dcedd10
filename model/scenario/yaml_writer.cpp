// writeScenario: a stable, diff-friendly YAML text. Keys always come in the same order,
// optional values are written only when they differ from the component kind's defaults,
// and numbers use the shortest text that reads back to the same double, so
// parseScenario(writeScenario(s)) == s. Kind-specific fields of other kinds, and
// distribution parameters that the distribution does not use, are not written.

#include "scenario/number_text.h"
#include "scenario/scenario_io.h"

#include <algorithm>
#include <cctype>
#include <charconv>
#include <cstdio>

namespace scalelab {

namespace {

bool looksLikeNumber(const std::string &s)
{
    double v = 0.0;
    const char *begin = s.data() + (!s.empty() && (s[0] == '+' || s[0] == '-') ? 1 : 0);
    const auto [ptr, ec] = std::from_chars(begin, s.data() + s.size(), v);
    return ptr != begin || ec != std::errc::invalid_argument;
}

bool isYamlWord(const std::string &s)
{
    std::string lower;
    for (const char c : s)
        lower += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    for (const char *w : {"~", "null", "true", "false", "yes", "no", "on", "off", "y", "n"}) {
        if (lower == w)
            return true;
    }
    return false;
}

/// Plain when that is unambiguous, else double-quoted with escapes.
std::string scalarText(const std::string &s)
{
    bool plain = !s.empty() &&
                 (std::isalnum(static_cast<unsigned char>(s[0])) != 0 || s[0] == '_') &&
                 s.back() != ' ' && !isYamlWord(s) && !looksLikeNumber(s);
    for (const char c : s) {
        const auto u = static_cast<unsigned char>(c);
        if (std::isalnum(u) == 0 && std::string_view(" _.-/()").find(c) == std::string_view::npos)
            plain = false;
    }
    if (plain)
        return s;
    std::string out = "\"";
    for (const char c : s) {
        const auto u = static_cast<unsigned char>(c);
        switch (c) {
        case '"':
            out += "\\\"";
            break;
        case '\\':
            out += "\\\\";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\t':
            out += "\\t";
            break;
        case '\r':
            out += "\\r";
            break;
        default:
            if (u < 0x20u || u == 0x7Fu) {
                char buf[8];
                std::snprintf(buf, sizeof buf, "\\x%02X", u);
                out += buf;
            } else {
                out += c;
            }
        }
    }
    return out + "\"";
}

std::string distributionText(const Distribution &d)
{
    std::string out = std::string("{dist: ") + toString(d.kind);
    switch (d.kind) {
    case DistKind::Exponential:
    case DistKind::Constant:
        out += ", mean: " + numberText(d.mean);
        break;
    case DistKind::Uniform:
        out += ", min: " + numberText(d.min) + ", max: " + numberText(d.max);
        break;
    case DistKind::Lognormal:
        out += ", mean: " + numberText(d.mean) + ", cv: " + numberText(d.cv);
        break;
    case DistKind::Erlang:
        out += ", mean: " + numberText(d.mean) + ", k: " + std::to_string(d.k);
        break;
    }
    return out + "}";
}

/// Appends "key: value" lines at one indentation; the first line of a list item gets "- ".
class Block {
public:
    Block(std::string &out, std::string indent, bool listItem)
        : m_out(out), m_indent(std::move(indent)), m_listItem(listItem)
    {
    }
    void put(const char *key, const std::string &value)
    {
        if (m_listItem && m_first)
            m_out += m_indent.substr(0, m_indent.size() - 2) + "- ";
        else
            m_out += m_indent;
        m_first = false;
        m_out += key;
        m_out += value.empty() ? ":\n" : ": " + value + "\n";
    }

private:
    std::string &m_out;
    std::string m_indent;
    bool m_listItem;
    bool m_first = true;
};

std::string paramText(const ParamSpec &p, const ParamValue &v)
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
        return std::string(choiceName(p, std::get<int>(v)));
    case ParamType::Distribution:
        return distributionText(std::get<Distribution>(v));
    case ParamType::Curve: {
        std::string text = "[";
        for (const RatePoint &pt : std::get<std::vector<RatePoint>>(v))
            text += (text.size() > 1 ? ", " : "") + std::string("{t_s: ") + numberText(pt.t_s) +
                    ", rate_rps: " + numberText(pt.rate_rps) + "}";
        return text + "]";
    }
    case ParamType::Text:
        return scalarText(std::get<std::string>(v));
    }
    return {};
}

/// Each parameter is written only when it differs from the kind's default; a nested map
/// (health_check) is written whole when any of its fields differs.
void writeComponent(std::string &out, const Component &c)
{
    const Component d = defaultComponent(c.kind, c.id);
    Block b(out, "    ", true);
    b.put("id", scalarText(c.id));
    b.put("kind", toString(c.kind));
    if (!c.label.empty())
        b.put("label", scalarText(c.label));
    const auto &params = paramsOf(c.kind);
    std::vector<std::string_view> mapsDone;
    for (const ParamSpec *p : params) {
        const std::string_view map = p->mapKey();
        if (map.empty()) {
            if (p->get(c) != p->get(d))
                b.put(std::string(p->key).c_str(), paramText(*p, p->get(c)));
            continue;
        }
        if (std::find(mapsDone.begin(), mapsDone.end(), map) != mapsDone.end())
            continue;
        mapsDone.push_back(map);
        bool differs = false;
        for (const ParamSpec *q : params)
            differs = differs || (q->mapKey() == map && q->get(c) != q->get(d));
        if (!differs)
            continue;
        std::string text;
        for (const ParamSpec *q : params) {
            if (q->mapKey() != map)
                continue;
            const ParamValue v = q->get(c);
            if (q->zeroMissingSiblings && v == ParamValue(0.0))
                continue; // left out, it reads back as 0
            text +=
                (text.empty() ? "" : ", ") + std::string(q->leafKey()) + ": " + paramText(*q, v);
        }
        b.put(std::string(map).c_str(), "{" + text + "}");
    }
    if (c.position)
        b.put("position",
              "{x: " + numberText(c.position->x) + ", y: " + numberText(c.position->y) + "}");
}

void writeLink(std::string &out, const Link &l)
{
    const Link d;
    Block b(out, "    ", true);
    b.put("from", scalarText(l.from));
    b.put("to", scalarText(l.to));
    if (l.probability != d.probability)
        b.put("probability", numberText(l.probability));
    if (l.latency_ms != d.latency_ms)
        b.put("latency_ms", numberText(l.latency_ms));
    if (!l.kinds.empty()) {
        std::string kinds = "[";
        for (std::size_t i = 0; i < l.kinds.size(); ++i)
            kinds += (i > 0 ? ", " : "") + std::string(toString(l.kinds[i]));
        b.put("kinds", kinds + "]");
    }
    if (l.backup)
        b.put("backup", "true");
}

void writeFault(std::string &out, const Fault &f)
{
    Block b(out, "    ", true);
    if (!f.component.empty() || f.action != FaultAction::Deploy)
        b.put("component", scalarText(f.component));
    if (f.at_s)
        b.put("at_s", numberText(*f.at_s));
    if (f.at_s || f.action != FaultAction::Fail)
        b.put("action", toString(f.action));
    if (f.action == FaultAction::Slow || f.factor != 1.0)
        b.put("factor", numberText(f.factor));
    if (f.mtbf_s)
        b.put("mtbf_s", numberText(*f.mtbf_s));
    if (f.mttr_s)
        b.put("mttr_s", numberText(*f.mttr_s));
}

void writeGroup(std::string &out, const Group &g)
{
    Block b(out, "    ", true);
    b.put("id", scalarText(g.id));
    b.put("kind", toString(g.kind));
    if (!g.label.empty())
        b.put("label", scalarText(g.label));
    if (!g.region.empty())
        b.put("region", scalarText(g.region));
    std::string members = "[";
    for (std::size_t i = 0; i < g.members.size(); ++i)
        members += (i > 0 ? ", " : "") + scalarText(g.members[i]);
    b.put("members", members + "]");
    if (g.kind == GroupKind::Autoscaling) {
        const AutoscalingSettings &a = g.scaling;
        b.put("scaling", "{target_utilization: " + numberText(a.target_utilization) +
                             ", min: " + std::to_string(a.min) + ", max: " + std::to_string(a.max) +
                             ", cooldown_s: " + numberText(a.cooldown_s) +
                             ", boot_s: " + numberText(a.boot_s) +
                             ", interval_s: " + numberText(a.interval_s) + "}");
    }
}

void writeGoal(std::string &out, const Goal &g)
{
    Block b(out, "    ", true);
    b.put("metric", toString(g.metric));
    b.put(toString(g.bound), numberText(g.value));
    if (!g.component.empty())
        b.put("component", scalarText(g.component));
    if (!g.cause.empty())
        b.put("cause", scalarText(g.cause));
    if (!g.kind.empty())
        b.put("kind", scalarText(g.kind));
    if (!g.region.empty())
        b.put("region", scalarText(g.region));
    if (!g.survives.empty())
        b.put("survives", scalarText(g.survives));
    if (g.from_s)
        b.put("from_s", numberText(*g.from_s));
    if (g.to_s)
        b.put("to_s", numberText(*g.to_s));
    if (!g.text.empty())
        b.put("text", scalarText(g.text));
}

void writeAlert(std::string &out, const Alert &a)
{
    Block b(out, "    ", true);
    b.put("name", scalarText(a.name));
    b.put("metric", scalarText(a.metric));
    b.put(toString(a.bound), numberText(a.value));
    if (a.for_s != 0)
        b.put("for_s", numberText(a.for_s));
}

void writeRevealStep(std::string &out, const RevealStep &step)
{
    Block b(out, "    ", true);
    if (!step.title.empty())
        b.put("title", scalarText(step.title));
    std::string show = "[";
    for (std::size_t i = 0; i < step.show.size(); ++i)
        show += (i > 0 ? ", " : "") + scalarText(step.show[i]);
    b.put("show", show + "]");
}

} // namespace

std::string writeScenario(const Scenario &s)
{
    std::string out;
    out += "scalelab: " + std::to_string(s.version) + "\n";
    if (!s.name.empty())
        out += "name: " + scalarText(s.name) + "\n";
    if (!s.description.empty())
        out += "description: " + scalarText(s.description) + "\n";
    if (s.seed)
        out += "seed: " + std::to_string(*s.seed) + "\n";
    out += "run:\n";
    out += "  duration_s: " + numberText(s.run.duration_s) + "\n";
    out += "  warmup_s: " + numberText(s.run.warmup_s) + "\n";
    out += s.components.empty() ? "components: []\n" : "components:\n";
    for (const Component &c : s.components)
        writeComponent(out, c);
    if (!s.links.empty()) {
        out += "links:\n";
        for (const Link &l : s.links)
            writeLink(out, l);
    }
    if (!s.faults.empty()) {
        out += "faults:\n";
        for (const Fault &f : s.faults)
            writeFault(out, f);
    }
    if (!s.groups.empty()) {
        out += "groups:\n";
        for (const Group &g : s.groups)
            writeGroup(out, g);
    }
    if (!s.region_latency.empty()) {
        out += "region_latency:\n";
        for (const RegionLatency &l : s.region_latency)
            out += "  - {from: " + scalarText(l.from) + ", to: " + scalarText(l.to) +
                   ", latency_ms: " + numberText(l.latency_ms) + "}\n";
    }
    if (s.slo)
        out += "slo: {p99_ms: " + numberText(s.slo->p99_ms) +
               ", availability: " + numberText(s.slo->availability) + "}\n";
    if (!s.goals.empty()) {
        out += "goals:\n";
        for (const Goal &g : s.goals)
            writeGoal(out, g);
    }
    if (s.business != BusinessSettings{})
        out += "business:\n  revenue_per_request: " + numberText(s.business.revenue_per_request) +
               "\n";
    if (!s.alerts.empty()) {
        out += "alerts:\n";
        for (const Alert &a : s.alerts)
            writeAlert(out, a);
    }
    if (!s.reveal.empty()) {
        out += "reveal:\n";
        for (const RevealStep &step : s.reveal)
            writeRevealStep(out, step);
    }
    return out;
}

} // namespace scalelab
