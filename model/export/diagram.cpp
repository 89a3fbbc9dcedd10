#include "export/diagram.h"

#include "scenario/number_text.h"

#include <algorithm>
#include <cstddef>
#include <cstdio>
#include <limits>
#include <map>

namespace scalelab {

namespace {

namespace geo = diagram_geometry;

std::string defaultGroupKindName(GroupKind kind)
{
    switch (kind) {
    case GroupKind::PrivateNetwork:
        return "Private network";
    case GroupKind::DataCenter:
        return "Data center";
    case GroupKind::Autoscaling:
        return "Autoscaling group";
    }
    return {};
}

std::string defaultReplicationLabel(const Component &primary)
{
    const auto *db = std::get_if<DatabaseParams>(&primary.params);
    std::string mode = db ? toString(db->replication.mode) : "async";
    std::replace(mode.begin(), mode.end(), '_', '-');
    return mode + " replication";
}

std::string linkLabel(const Link &l)
{
    std::string text = numberText(l.latency_ms) + " ms";
    if (l.probability < 1.0) {
        text += " \xC2\xB7 p ";
        text += numberText(l.probability);
    }
    if (!l.kinds.empty()) {
        text += " \xC2\xB7 ";
        for (std::size_t i = 0; i < l.kinds.size(); ++i) {
            text += i ? "/" : "";
            text += toString(l.kinds[i]);
        }
    }
    return text;
}

/// Canvas centres; components without a position go in a row below the others.
std::vector<Position> centres(const Scenario &s)
{
    double bottom = 0;
    double left = 0;
    bool any = false;
    for (const Component &c : s.components) {
        if (!c.position)
            continue;
        bottom = any ? std::max(bottom, c.position->y) : c.position->y;
        left = any ? std::min(left, c.position->x) : c.position->x;
        any = true;
    }
    const double rowY = any ? bottom + geo::kCardHeight + 80 : 0;
    std::vector<Position> out;
    int unplaced = 0;
    for (const Component &c : s.components)
        out.push_back(c.position ? *c.position
                                 : Position{left + (geo::kCardWidth + 40) * unplaced++, rowY});
    return out;
}

} // namespace

void walkTree(const Diagram &d, const DiagramTreeVisitor &visit)
{
    std::function<void(int, int)> contents = [&](int group, int depth) {
        for (std::size_t i = 0; i < d.groups.size(); ++i) {
            const DiagramGroup &g = d.groups[i];
            if (g.parent != group || g.box.isEmpty())
                continue;
            visit.open(g, depth);
            contents(static_cast<int>(i), depth + 1);
            visit.close(g, depth);
        }
        for (const DiagramNode &n : d.nodes)
            if (n.group == group)
                visit.node(n, depth);
    };
    contents(-1, 0);
}

std::uint32_t groupColour(GroupKind kind)
{
    switch (kind) {
    case GroupKind::PrivateNetwork:
        return 0x2e7d32;
    case GroupKind::DataCenter:
        return 0x455a64;
    case GroupKind::Autoscaling:
        return 0xef6c00;
    }
    return 0x455a64;
}

std::string hexColour(std::uint32_t rgb)
{
    char text[8];
    std::snprintf(text, sizeof text, "#%06x", static_cast<unsigned>(rgb & 0xffffffU));
    return text;
}

Diagram buildDiagram(const Scenario &s, const DiagramTexts &texts)
{
    Diagram d;
    d.title = s.name;
    std::map<std::string, int> index;
    const std::vector<Position> at = centres(s);
    for (std::size_t i = 0; i < s.components.size(); ++i) {
        const Component &c = s.components[i];
        const KindTraits &t = traitsOf(c.kind);
        DiagramNode n;
        n.id = c.id;
        n.name = c.label.empty() ? c.id : c.label;
        n.kindName = texts.kindName ? texts.kindName(c.kind) : std::string(t.displayName);
        n.kindYaml = std::string(t.yamlName);
        n.shape = t.diagramShape;
        n.colour = t.colour;
        n.card = geo::cardRect(at[i].x, at[i].y);
        index.emplace(c.id, static_cast<int>(d.nodes.size()));
        d.nodes.push_back(std::move(n));
    }
    for (const Link &l : s.links) {
        const auto from = index.find(l.from);
        const auto to = index.find(l.to);
        if (from != index.end() && to != index.end())
            d.edges.push_back({from->second, to->second, linkLabel(l), false});
    }
    for (const Component &c : s.components) {
        const auto *db = std::get_if<DatabaseParams>(&c.params);
        if (!db || db->replica_of.empty())
            continue;
        const auto primary = index.find(db->replica_of);
        if (primary == index.end())
            continue;
        const Component &p = s.components[static_cast<std::size_t>(primary->second)];
        d.edges.push_back(
            {primary->second, index.at(c.id),
             texts.replicationLabel ? texts.replicationLabel(p) : defaultReplicationLabel(p),
             true});
    }

    std::vector<std::vector<std::string>> members;
    for (const Group &g : s.groups)
        members.push_back(g.members);
    const std::vector<geo::GroupBox> boxes =
        geo::layoutGroupBoxes(members, [&](const std::string &id) {
            const auto it = index.find(id);
            return it == index.end() ? geo::Rect{}
                                     : d.nodes[static_cast<std::size_t>(it->second)].card;
        });
    for (std::size_t i = 0; i < s.groups.size(); ++i) {
        const Group &g = s.groups[i];
        DiagramGroup out;
        out.id = g.id;
        out.kindName =
            texts.groupKindName ? texts.groupKindName(g.kind) : defaultGroupKindName(g.kind);
        out.title = g.label.empty() ? out.kindName : g.label;
        out.kindYaml = toString(g.kind);
        out.kind = g.kind;
        out.colour = groupColour(g.kind);
        out.box = boxes[i].box;
        out.parent = boxes[i].parent;
        out.depth = boxes[i].depth;
        d.groups.push_back(std::move(out));
    }
    // Each node sits in the innermost group listing it: the one of least depth, of equal
    // depth the later (as the canvas nests equal lists).
    for (std::size_t gi = 0; gi < s.groups.size(); ++gi) {
        for (const std::string &m : s.groups[gi].members) {
            const auto it = index.find(m);
            if (it == index.end())
                continue;
            int &group = d.nodes[static_cast<std::size_t>(it->second)].group;
            if (group < 0 || d.groups[gi].depth <= d.groups[static_cast<std::size_t>(group)].depth)
                group = static_cast<int>(gi);
        }
    }

    // Shift everything so the whole starts at the margin.
    geo::Rect all;
    for (const DiagramNode &n : d.nodes)
        all = all.united(n.card);
    for (const DiagramGroup &g : d.groups)
        all = all.united(g.box);
    const double dx = kDiagramMargin - all.x;
    const double dy = kDiagramMargin - all.y;
    for (DiagramNode &n : d.nodes) {
        n.card.x += dx;
        n.card.y += dy;
    }
    for (DiagramGroup &g : d.groups) {
        g.box.x += dx;
        g.box.y += dy;
    }
    d.width = all.width + 2 * kDiagramMargin;
    d.height = all.height + 2 * kDiagramMargin;
    return d;
}

} // namespace scalelab
