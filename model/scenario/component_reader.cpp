// readComponent: one component map, read against its kind's parameter declarations. The
// allowed keys, the "applies only to" hints, the types and the ranges all come from
// model/scenario/kinds/, so a new kind or parameter needs nothing here.
#include "scenario/yaml_reader.h"

#include <algorithm>
#include <map>

namespace scalelab {

namespace {

bool isNoneWord(const YamlNode &n)
{
    return n.type == YamlNode::Type::Scalar && (n.value == "none" || n.value == "unbounded");
}

void readChoice(ReadContext &context, MapFields &f, std::string_view key, const ParamSpec &p,
                int &out)
{
    const int v = f.find(key);
    if (v < 0)
        return;
    const YamlNode &n = context.tree().node(v);
    std::vector<std::string_view> names;
    for (const ParamChoice &c : p.choices)
        names.push_back(c.name);
    if (n.type == YamlNode::Type::Scalar) {
        const int index = choiceIndex(p, n.value);
        if (index >= 0) {
            out = index;
            return;
        }
        f.error(key, "unknown value '" + n.value + "'; " + closestSuggestion(n.value, names) +
                         "allowed: " + joinNames(names));
        return;
    }
    f.error(key, "expected one of " + joinNames(names) + ", got " + describeNode(n));
}

/// Reads one declared parameter from the map `f` (the component's, or a nested one).
void readParam(ReadContext &context, MapFields &f, const ParamSpec &p, const std::string &owner,
               Component &c)
{
    const std::string_view key = p.leafKey();
    const int node = f.find(key);
    if (node < 0)
        return;
    ParamValue value = p.get(c);
    switch (p.type) {
    case ParamType::Number:
        f.number(key, std::get<double>(value));
        break;
    case ParamType::Integer:
        f.integer(key, std::get<int>(value), static_cast<long long>(p.min),
                  static_cast<long long>(p.max));
        break;
    case ParamType::OptionalNumber:
        if (isNoneWord(context.tree().node(node)))
            std::get<std::optional<double>>(value).reset();
        else
            f.optionalNumber(key, std::get<std::optional<double>>(value));
        break;
    case ParamType::OptionalInteger:
        if (isNoneWord(context.tree().node(node)))
            std::get<std::optional<int>>(value).reset();
        else
            f.optionalInteger(key, std::get<std::optional<int>>(value),
                              static_cast<long long>(p.min), static_cast<long long>(p.max));
        break;
    case ParamType::Choice:
        readChoice(context, f, key, p, std::get<int>(value));
        break;
    case ParamType::Distribution: {
        Distribution &d = std::get<Distribution>(value);
        readDistribution(context, node, f.path(key), owner, d, d);
        break;
    }
    case ParamType::Curve:
        readCurve(context, f, key, std::get<std::vector<RatePoint>>(value));
        break;
    case ParamType::Text:
        f.text(key, std::get<std::string>(value), true);
        break;
    }
    p.set(c, value);
}

/// Where a key of another kind would have applied, so a misplaced key is explained.
KeyHints hintsFor(ComponentKind kind, const std::vector<std::string_view> &allowed,
                  const std::string &owner)
{
    KeyHints hints = {{"db_model", "is written 'model' in a scenario file"}};
    std::map<std::string_view, std::vector<std::string_view>> elsewhere;
    for (const ComponentKind k : allComponentKinds()) {
        if (k == kind)
            continue;
        for (const ParamSpec *p : paramsOf(k)) {
            const std::string_view top = p->mapKey().empty() ? p->key : p->mapKey();
            if (std::find(allowed.begin(), allowed.end(), top) != allowed.end())
                continue;
            auto &kinds = elsewhere[top];
            if (std::find(kinds.begin(), kinds.end(), traitsOf(k).yamlName) == kinds.end())
                kinds.push_back(traitsOf(k).yamlName);
        }
    }
    for (const auto &[key, kinds] : elsewhere)
        hints.emplace_back(key, "applies only to " + joinNames(kinds) + " components, and " +
                                    owner + " is a " + toString(kind));
    return hints;
}

} // namespace

void readCurve(ReadContext &context, MapFields &f, std::string_view key,
               std::vector<RatePoint> &out)
{
    const int v = f.find(key);
    if (v < 0)
        return;
    const YamlNode &list = context.tree().node(v);
    if (list.type == YamlNode::Type::Null) {
        out.clear();
        return;
    }
    if (list.type != YamlNode::Type::Sequence) {
        f.error(key, "expected a list of points like - {t_s: 0, rate_rps: 10}, got " +
                         describeNode(list));
        return;
    }
    if (list.children.size() > kMaxCurvePoints) {
        f.error(key, "has " + std::to_string(list.children.size()) + " points; at most " +
                         std::to_string(kMaxCurvePoints) + " are allowed");
        return;
    }
    out.clear();
    for (std::size_t i = 0; i < list.children.size(); ++i) {
        const std::string path = f.path(key) + "[" + std::to_string(i) + "]";
        MapFields p(context, list.children[i], path, "curve point " + path, {"t_s", "rate_rps"});
        RatePoint point;
        if (!p.has("t_s") || !p.has("rate_rps"))
            p.error("t_s", "a curve point needs both t_s and rate_rps");
        p.number("t_s", point.t_s);
        p.number("rate_rps", point.rate_rps);
        out.push_back(point);
    }
}

void readComponent(ReadContext &context, int node, const std::string &path, Component &out)
{
    const YamlTree &tree = context.tree();
    std::string owner = "component " + path;
    if (const YamlNode *id = peek(tree, node, "id");
        id != nullptr && id->type == YamlNode::Type::Scalar)
        owner = "component '" + id->value + "'";
    const YamlNode &at = tree.node(node);
    std::vector<std::string_view> kindNames;
    for (const ComponentKind k : allComponentKinds())
        kindNames.emplace_back(toString(k));
    if (at.type != YamlNode::Type::Map) {
        context.error(at, path,
                      "expected a component (a map with id and kind), got " + describeNode(at));
        return;
    }
    const YamlNode *kindNode = peek(tree, node, "kind");
    ComponentKind kind = ComponentKind::Service;
    if (kindNode == nullptr) {
        context.error(at, path + ".kind",
                      owner + " has no kind; add kind: " + joinNames(kindNames));
        return;
    }
    if (kindNode->type != YamlNode::Type::Scalar || !fromString(kindNode->value, kind)) {
        const std::string suggestion = kindNode->type == YamlNode::Type::Scalar
                                           ? closestSuggestion(kindNode->value, kindNames)
                                           : std::string();
        context.error(*kindNode, path + ".kind",
                      "unknown component kind " + describeNode(*kindNode) + "; " + suggestion +
                          "allowed: " + joinNames(kindNames));
        return;
    }

    // Top-level keys: the shared ones, then each parameter's key or its nested map's key.
    std::vector<std::string_view> allowed = {"id", "kind", "label"};
    std::vector<std::string_view> maps;
    for (const ParamSpec *p : paramsOf(kind)) {
        const std::string_view top = p->mapKey().empty() ? p->key : p->mapKey();
        if (std::find(allowed.begin(), allowed.end(), top) == allowed.end())
            allowed.push_back(top);
        if (!p->mapKey().empty() && std::find(maps.begin(), maps.end(), top) == maps.end())
            maps.push_back(top);
    }
    allowed.push_back("position");
    const KeyHints hints = hintsFor(kind, allowed, owner);
    MapFields f(context, node, path, owner, allowed, hints);

    Component c = defaultComponent(kind, {});
    if (!f.has("id"))
        f.error("id", owner + " has no id; add id: <a short unique name>");
    f.text("id", c.id, false);
    f.text("label", c.label, true);
    for (const ParamSpec *p : paramsOf(kind))
        if (p->mapKey().empty())
            readParam(context, f, *p, owner, c);
    for (const std::string_view map : maps) {
        const int v = f.find(map);
        if (v < 0)
            continue;
        std::vector<std::string_view> leaves;
        for (const ParamSpec *p : paramsOf(kind))
            if (p->mapKey() == map)
                leaves.push_back(p->leafKey());
        MapFields m(context, v, f.path(map), owner + " " + std::string(map), leaves);
        if (!m.isMap())
            continue;
        for (const ParamSpec *p : paramsOf(kind)) {
            if (p->mapKey() != map)
                continue;
            if (p->zeroMissingSiblings && !m.has(p->leafKey())) {
                ParamValue zero = p->get(c);
                std::visit(
                    [](auto &x) {
                        if constexpr (std::is_same_v<std::decay_t<decltype(x)>, double>)
                            x = 0.0;
                    },
                    zero);
                p->set(c, zero);
            }
            readParam(context, m, *p, owner, c);
        }
    }
    if (const int v = f.find("position"); v >= 0) {
        MapFields p(context, v, f.path("position"), owner + " position", {"x", "y"});
        Position pos;
        p.number("x", pos.x);
        p.number("y", pos.y);
        c.position = pos;
    }
    out = std::move(c);
}

} // namespace scalelab
