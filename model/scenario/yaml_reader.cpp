#include "scenario/yaml_reader.h"

#include "scenario/validation_util.h"

#include <algorithm>
#include <optional>

namespace scalelab {

namespace {

const std::vector<DistKind> kDistKindValues = {DistKind::Exponential, DistKind::Constant,
                                               DistKind::Uniform, DistKind::Lognormal,
                                               DistKind::Erlang};
const std::vector<RequestKind> kRequestKindValues = {RequestKind::Read, RequestKind::Write,
                                                     RequestKind::Static, RequestKind::Async};

} // namespace

/// The items of a list field, or nothing (with an error) if it is not a list or too long.
const std::vector<int> *listItems(ReadContext &context, MapFields &fields, std::string_view key,
                                  std::size_t maxItems)
{
    const int v = fields.find(key);
    if (v < 0)
        return nullptr;
    const YamlNode &n = context.tree().node(v);
    if (n.type == YamlNode::Type::Null)
        return nullptr; // `links:` with nothing after it is an empty list
    if (n.type != YamlNode::Type::Sequence) {
        fields.error(key, "expected a list (items starting with '-'), got " + describeNode(n));
        return nullptr;
    }
    if (n.children.size() > maxItems) {
        fields.error(key, "has " + std::to_string(n.children.size()) + " items; at most " +
                              std::to_string(maxItems) + " are allowed");
        return nullptr;
    }
    return &n.children;
}

const YamlNode *peek(const YamlTree &tree, int map, std::string_view key)
{
    const YamlNode &m = tree.node(map);
    if (m.type != YamlNode::Type::Map)
        return nullptr;
    for (std::size_t i = 0; i + 1 < m.children.size(); i += 2) {
        const YamlNode &k = tree.node(m.children[i]);
        if (k.type == YamlNode::Type::Scalar && k.value == key)
            return &tree.node(m.children[i + 1]);
    }
    return nullptr;
}

namespace {

std::vector<std::string_view> distParameters(DistKind kind)
{
    switch (kind) {
    case DistKind::Exponential:
        return {"mean"};
    case DistKind::Constant:
        return {"mean", "value"};
    case DistKind::Uniform:
        return {"min", "max"};
    case DistKind::Lognormal:
        return {"mean", "cv"};
    case DistKind::Erlang:
        return {"mean", "k"};
    }
    return {};
}

} // namespace

void readDistribution(ReadContext &context, int node, const std::string &path,
                      const std::string &owner, const Distribution &fallback, Distribution &out)
{
    DistKind kind = fallback.kind;
    if (const YamlNode *d = peek(context.tree(), node, "dist");
        d != nullptr && d->type == YamlNode::Type::Scalar)
        fromString(d->value, kind);
    std::vector<std::string_view> allowed = {"dist"};
    for (const std::string_view p : distParameters(kind))
        allowed.push_back(p);
    KeyHints hints;
    for (const std::string_view p : {"mean", "value", "min", "max", "cv", "k"}) {
        if (std::find(allowed.begin(), allowed.end(), p) == allowed.end()) {
            const std::string kindName = toString(kind);
            const bool vowel = kindName.find_first_of("aeiou") == 0;
            hints.emplace_back(p, std::string("does not apply to ") + (vowel ? "an " : "a ") +
                                      kindName + " distribution; it takes " +
                                      joinNames(distParameters(kind)));
        }
    }
    MapFields f(context, node, path, owner + " " + path.substr(path.rfind('.') + 1),
                std::move(allowed), hints);
    if (!f.isMap())
        return;
    Distribution d;
    d.kind = fallback.kind;
    f.name("dist", d.kind, kDistKindValues);
    d.kind = kind;
    d.mean = fallback.mean;
    switch (kind) {
    case DistKind::Exponential:
    case DistKind::Lognormal:
    case DistKind::Erlang:
        f.number("mean", d.mean);
        f.number("cv", d.cv);
        f.integer("k", d.k, 1, 1000);
        break;
    case DistKind::Constant:
        if (f.has("mean") && f.has("value"))
            f.error("value", "give either mean or value (they mean the same here), not both");
        f.number("mean", d.mean);
        f.number("value", d.mean);
        break;
    case DistKind::Uniform:
        if (!f.has("min") || !f.has("max"))
            f.error("dist", "a uniform distribution needs both min and max");
        f.number("min", d.min);
        f.number("max", d.max);
        d.mean = (d.min + d.max) / 2.0;
        break;
    }
    out = d;
}

namespace {

void readLink(ReadContext &context, int node, const std::string &path, Link &out)
{
    MapFields f(context, node, path, "link " + path,
                {"from", "to", "probability", "latency_ms", "kinds", "backup"});
    if (!f.isMap())
        return;
    for (const char *end : {"from", "to"}) {
        if (!f.has(end))
            f.error(end, std::string("a link needs '") + end + "': the id of a component");
    }
    f.text("from", out.from, false);
    f.text("to", out.to, false);
    f.number("probability", out.probability);
    f.number("latency_ms", out.latency_ms);
    if (const int b = f.find("backup"); b >= 0) {
        const YamlNode &n = context.tree().node(b);
        if (n.type == YamlNode::Type::Scalar && (n.value == "true" || n.value == "false"))
            out.backup = n.value == "true";
        else
            f.error("backup", "expected true or false, got " + describeNode(n));
    }
    const int v = f.find("kinds");
    if (v < 0)
        return;
    const YamlNode &list = context.tree().node(v);
    if (list.type != YamlNode::Type::Sequence) {
        f.error("kinds",
                "expected a list of request kinds like [read, write], got " + describeNode(list));
        return;
    }
    std::vector<std::string_view> names;
    for (const RequestKind k : kRequestKindValues)
        names.emplace_back(toString(k));
    for (std::size_t i = 0; i < list.children.size() && i < kRequestKindCount + 1; ++i) {
        const YamlNode &item = context.tree().node(list.children[i]);
        RequestKind kind = RequestKind::Read;
        const std::string field = f.path("kinds") + "[" + std::to_string(i) + "]";
        if (item.type != YamlNode::Type::Scalar || !fromString(item.value, kind)) {
            context.error(item, field,
                          "unknown request kind " + describeNode(item) +
                              "; allowed: " + joinNames(names));
        } else if (std::find(out.kinds.begin(), out.kinds.end(), kind) != out.kinds.end()) {
            context.error(item, field, "request kind '" + item.value + "' is listed twice");
        } else {
            out.kinds.push_back(kind);
        }
    }
}

void readFault(ReadContext &context, int node, const std::string &path, Fault &out)
{
    MapFields f(context, node, path, "fault " + path,
                {"component", "at_s", "action", "factor", "mtbf_s", "mttr_s"});
    if (!f.isMap())
        return;
    f.optionalNumber("at_s", out.at_s);
    f.name("action", out.action,
           {FaultAction::Fail, FaultAction::Recover, FaultAction::Slow, FaultAction::Promote,
            FaultAction::Deploy, FaultAction::AddShard, FaultAction::RemoveShard});
    // A deploy is the whole site's unless it names one CDN.
    if (!f.has("component") && out.action != FaultAction::Deploy)
        f.error("component", "a fault needs 'component': the id of the component it hits");
    f.text("component", out.component, out.action == FaultAction::Deploy);
    f.number("factor", out.factor);
    f.optionalNumber("mtbf_s", out.mtbf_s);
    f.optionalNumber("mttr_s", out.mttr_s);
}

void readGroup(ReadContext &context, int node, const std::string &path, Group &out)
{
    MapFields f(context, node, path, "group " + path,
                {"id", "kind", "label", "members", "scaling", "region"});
    if (!f.isMap())
        return;
    if (!f.has("id"))
        f.error("id", "a group needs 'id': a short unique name");
    if (!f.has("kind"))
        f.error("kind", "a group needs 'kind': private_network, data_center or autoscaling");
    f.text("id", out.id, false);
    f.name("kind", out.kind,
           {GroupKind::PrivateNetwork, GroupKind::DataCenter, GroupKind::Autoscaling});
    f.text("label", out.label, true);
    f.text("region", out.region, true);
    if (const int v = f.find("scaling"); v >= 0) {
        if (out.kind != GroupKind::Autoscaling)
            f.error("scaling", "only an autoscaling group has scaling settings; set kind: "
                               "autoscaling or remove scaling");
        MapFields m(context, v, f.path("scaling"), "group " + path + " scaling",
                    {"target_utilization", "min", "max", "cooldown_s", "boot_s", "interval_s"});
        if (m.isMap()) {
            AutoscalingSettings &a = out.scaling;
            m.number("target_utilization", a.target_utilization);
            m.integer("min", a.min, 0, 1000000);
            m.integer("max", a.max, 0, 1000000);
            m.number("cooldown_s", a.cooldown_s);
            m.number("boot_s", a.boot_s);
            m.number("interval_s", a.interval_s);
        }
    }
    if (const auto *items = listItems(context, f, "members", kMaxComponents)) {
        for (std::size_t i = 0; i < items->size(); ++i) {
            const YamlNode &item = context.tree().node((*items)[i]);
            const std::string field = f.path("members") + "[" + std::to_string(i) + "]";
            if (item.type != YamlNode::Type::Scalar) {
                context.error(item, field, "expected a component id, got " + describeNode(item));
                continue;
            }
            context.remember(field, item);
            out.members.push_back(item.value);
        }
    }
}

void readRegionLatency(ReadContext &context, int node, const std::string &path, RegionLatency &out)
{
    MapFields f(context, node, path, "region latency " + path, {"from", "to", "latency_ms"});
    if (!f.isMap())
        return;
    for (const char *key : {"from", "to", "latency_ms"})
        if (!f.has(key))
            f.error(key, std::string("a region latency needs '") + key +
                             "': write {from: us-east, to: europe, latency_ms: 40}");
    f.text("from", out.from, false);
    f.text("to", out.to, false);
    f.number("latency_ms", out.latency_ms);
}

/// A top-level workload, the form before the clients kind: it becomes a clients
/// component linked to its target.
struct LegacyWorkload {
    ClientsParams clients;
    std::string target;
};

void readWorkload(ReadContext &context, int node, LegacyWorkload &legacy)
{
    ClientsParams &w = legacy.clients;
    MapFields f(context, node, "workload", "the workload",
                {"rate_rps", "arrival", "target", "users", "timeout_ms", "mix", "curve"});
    if (!f.isMap())
        return;
    f.number("rate_rps", w.rate_rps);
    f.name("arrival", w.arrival, {ArrivalProcess::Poisson, ArrivalProcess::Constant});
    f.text("target", legacy.target, false);
    f.integer("users", w.users, 1, kMaxUsers);
    // `none`: users who wait forever, as in the clients kind.
    const int timeout = f.find("timeout_ms");
    const YamlNode *timeoutNode = timeout >= 0 ? &context.tree().node(timeout) : nullptr;
    if (timeoutNode && timeoutNode->type == YamlNode::Type::Scalar && timeoutNode->value == "none")
        w.timeout_ms.reset();
    else
        f.optionalNumber("timeout_ms", w.timeout_ms);
    if (const int v = f.find("mix"); v >= 0) {
        MapFields m(context, v, "workload.mix", "the request mix",
                    {"read", "write", "static", "async"});
        // Kinds left out of a given mix get no share (not the default all-reads).
        std::fill(std::begin(w.mix), std::end(w.mix), 0.0);
        for (int k = 0; k < kRequestKindCount; ++k)
            m.number(toString(static_cast<RequestKind>(k)), w.mix[k]);
    }
    readCurve(context, f, "curve", w.curve);
    if (legacy.target.empty())
        f.error("target", "the workload has no target; set target: to the id of the component "
                          "users send their requests to");
}

/// The workload as a clients component at the end of the components, with a link at the
/// end of the links (so every index the file gives stays right), drawn left of its target.
void convertWorkload(ReadContext &context, const LegacyWorkload &legacy, Scenario &out)
{
    for (const Component &c : out.components)
        if (c.kind == ComponentKind::Clients) {
            const auto at = context.positionOf("workload");
            context.errors.push_back({{},
                                      at ? at->first : 0,
                                      at ? at->second : 0,
                                      "workload",
                                      "give the users either as a top-level workload (the "
                                      "older form) or as clients components, not both"});
            return;
        }
    if (out.find(legacy.target) == nullptr) {
        const auto at = context.positionOf("workload.target");
        context.errors.push_back({{},
                                  at ? at->first : 0,
                                  at ? at->second : 0,
                                  "workload.target",
                                  "there is no component '" + legacy.target +
                                      "' to send requests to; " + knownIds(out)});
        return;
    }
    std::string id = "users";
    for (int n = 2; out.find(id) != nullptr; ++n)
        id = "users" + std::to_string(n);
    Component users = defaultComponent(ComponentKind::Clients, id);
    users.as<ClientsParams>() = legacy.clients;
    if (const Component *target = out.find(legacy.target); target && target->position)
        users.position = Position{target->position->x - 260.0, target->position->y};
    context.alias("components[" + std::to_string(out.components.size()) + "]", "workload");
    context.alias("links[" + std::to_string(out.links.size()) + "].to", "workload.target");
    context.alias("links[" + std::to_string(out.links.size()) + "]", "workload");
    out.components.push_back(std::move(users));
    out.links.push_back({id, legacy.target, 1.0, 0.0, {}});
}

} // namespace

void readScenario(ReadContext &context, Scenario &out)
{
    const YamlTree &tree = context.tree();
    MapFields top(context, tree.root(), "", "the scenario",
                  {"scalelab", "name", "description", "seed", "run", "workload", "components",
                   "links", "faults", "groups", "region_latency", "goals", "reveal", "slo",
                   "alerts", "business"});
    if (!top.isMap())
        return;
    if (!top.has("scalelab")) {
        top.error("scalelab", "the file does not start with 'scalelab: 1' (the format "
                              "version); add it as the first line");
    }
    top.integer("scalelab", out.version, 0, 1000000);
    top.text("name", out.name, true);
    top.text("description", out.description, true);
    top.unsignedInteger("seed", out.seed);
    if (const int v = top.find("run"); v >= 0) {
        MapFields r(context, v, "run", "run", {"duration_s", "warmup_s"});
        r.number("duration_s", out.run.duration_s);
        r.number("warmup_s", out.run.warmup_s);
    }
    std::optional<LegacyWorkload> legacy;
    if (const int v = top.find("workload"); v >= 0)
        readWorkload(context, v, legacy.emplace());
    if (const auto *items = listItems(context, top, "components", kMaxComponents)) {
        out.components.resize(items->size());
        for (std::size_t i = 0; i < items->size(); ++i)
            readComponent(context, (*items)[i], "components[" + std::to_string(i) + "]",
                          out.components[i]);
    }
    if (const auto *items = listItems(context, top, "links", kMaxLinks)) {
        out.links.resize(items->size());
        for (std::size_t i = 0; i < items->size(); ++i)
            readLink(context, (*items)[i], "links[" + std::to_string(i) + "]", out.links[i]);
    }
    if (const auto *items = listItems(context, top, "faults", kMaxFaults)) {
        out.faults.resize(items->size());
        for (std::size_t i = 0; i < items->size(); ++i)
            readFault(context, (*items)[i], "faults[" + std::to_string(i) + "]", out.faults[i]);
    }
    if (const auto *items = listItems(context, top, "groups", kMaxGroups)) {
        out.groups.resize(items->size());
        for (std::size_t i = 0; i < items->size(); ++i)
            readGroup(context, (*items)[i], "groups[" + std::to_string(i) + "]", out.groups[i]);
    }
    if (const auto *items = listItems(context, top, "region_latency", kMaxRegionLatencies)) {
        out.region_latency.resize(items->size());
        for (std::size_t i = 0; i < items->size(); ++i)
            readRegionLatency(context, (*items)[i], "region_latency[" + std::to_string(i) + "]",
                              out.region_latency[i]);
    }
    if (const int v = top.find("slo"); v >= 0) {
        MapFields m(context, v, "slo", "the SLO", {"p99_ms", "availability"});
        if (m.isMap()) {
            Slo &slo = out.slo.emplace();
            m.number("p99_ms", slo.p99_ms);
            m.number("availability", slo.availability);
        }
    }
    readGoals(context, top, out.goals);
    readReveal(context, top, out.reveal);
    readAlerts(context, top, out.alerts);
    readBusiness(context, top, out.business);
    if (legacy && !legacy->target.empty())
        convertWorkload(context, *legacy, out);
}

} // namespace scalelab
