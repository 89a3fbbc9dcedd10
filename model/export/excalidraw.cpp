// Excalidraw: the scene JSON (type "excalidraw", version 2). Each group is a rectangle
// with its title as text; each component a rectangle (an ellipse for users and edge
// networks, a diamond for what directs traffic) at its card's place, with its name and
// kind as text bound to it; each link an arrow bound to both cards (startBinding and
// endBinding on the arrow, the arrow in both cards' boundElements) with its latency as
// text bound to the arrow. Ids come from the design's ids; seeds are hashes of them.
#include "export/diagram_formats.h"
#include "export/export_text.h"

#include <algorithm>
#include <cmath>
#include <cstddef>
#include <map>
#include <vector>

namespace scalelab {

namespace {

using export_text::coordinate;
using export_text::jsonEscape;
namespace geo = diagram_geometry;

constexpr double kFontSize = 16;
constexpr double kLabelFontSize = 12;
constexpr double kLineHeight = 1.25;
constexpr double kArrowGap = 4;

std::string str(const std::string &text)
{
    std::string out(1, '"');
    out += jsonEscape(text);
    out += '"';
    return out;
}

/// A rough text size: Excalidraw measures again when the text is edited.
std::pair<double, double> textSize(const std::string &text, double fontSize)
{
    double widest = 0;
    double width = 0;
    int lines = 1;
    export_text::forEachCharacter(text, [&](char32_t cp, std::string_view) {
        if (cp == '\n') {
            ++lines;
            width = 0;
            return;
        }
        width += fontSize * (cp >= 0x1100 ? 1.0 : 0.6); // CJK and Hangul are wide
        widest = std::max(widest, width);
    });
    return {std::ceil(widest), fontSize * kLineHeight * lines};
}

/// The properties every element has, up to its own.
std::string common(const std::string &id, const std::string &type, const geo::Rect &r,
                   const std::string &stroke, const std::string &background,
                   const std::string &strokeStyle, const std::string &roundness)
{
    const std::uint32_t seed = export_text::stableHash(id) % 2000000000U + 1;
    const std::uint32_t nonce = export_text::stableHash(id + "#") % 2000000000U + 1;
    return "{\"id\":" + str(id) + ",\"type\":" + str(type) + ",\"x\":" + coordinate(r.x) +
           ",\"y\":" + coordinate(r.y) + ",\"width\":" + coordinate(r.width) +
           ",\"height\":" + coordinate(r.height) + ",\"angle\":0,\"strokeColor\":" + str(stroke) +
           ",\"backgroundColor\":" + str(background) +
           ",\"fillStyle\":\"solid\",\"strokeWidth\":2,\"strokeStyle\":" + str(strokeStyle) +
           ",\"roughness\":0,\"opacity\":100,\"groupIds\":[],"
           "\"frameId\":null,\"roundness\":" +
           roundness + ",\"seed\":" + std::to_string(seed) +
           ",\"version\":1,\"versionNonce\":" + std::to_string(nonce) +
           ",\"isDeleted\":false,\"updated\":1,\"link\":null,\"locked\":false";
}

std::string boundList(const std::vector<std::pair<std::string, std::string>> &bound)
{
    if (bound.empty())
        return "null";
    std::string out = "[";
    for (std::size_t i = 0; i < bound.size(); ++i)
        out += std::string(i ? "," : "") + "{\"id\":" + str(bound[i].first) +
               ",\"type\":" + str(bound[i].second) + "}";
    return out + "]";
}

std::string text(const std::string &id, const geo::Rect &r, const std::string &content,
                 double fontSize, const std::string &colour, const std::string &container,
                 const std::string &align)
{
    return common(id, "text", r, colour, "transparent", "solid", "null") +
           ",\"boundElements\":null,\"text\":" + str(content) +
           ",\"fontSize\":" + coordinate(fontSize) +
           ",\"fontFamily\":2,\"textAlign\":" + str(align) +
           ",\"verticalAlign\":" + str(container.empty() ? "top" : "middle") +
           ",\"containerId\":" + (container.empty() ? std::string("null") : str(container)) +
           ",\"originalText\":" + str(content) +
           ",\"autoResize\":true,\"lineHeight\":" + coordinate(kLineHeight) + "}";
}

geo::Rect centred(double cx, double cy, std::pair<double, double> size)
{
    return {cx - size.first / 2, cy - size.second / 2, size.first, size.second};
}

/// Where the line from a's centre towards b's centre leaves a's card.
std::pair<double, double> border(const geo::Rect &a, const geo::Rect &b, double gap)
{
    const double cx = a.x + a.width / 2;
    const double cy = a.y + a.height / 2;
    const double dx = b.x + b.width / 2 - cx;
    const double dy = b.y + b.height / 2 - cy;
    const double len = std::hypot(dx, dy);
    if (len == 0)
        return {cx, cy};
    const double t = std::min(dx != 0 ? (a.width / 2) / std::fabs(dx) : 1e9,
                              dy != 0 ? (a.height / 2) / std::fabs(dy) : 1e9);
    return {cx + dx * t + dx / len * gap, cy + dy * t + dy / len * gap};
}

std::string elementType(DiagramShape shape)
{
    switch (shape) {
    case DiagramShape::People:
    case DiagramShape::Cloud:
        return "ellipse";
    case DiagramShape::Hexagon:
        return "diamond";
    case DiagramShape::Box:
    case DiagramShape::Cylinder:
    case DiagramShape::Queue:
        return "rectangle";
    }
    return "rectangle";
}

} // namespace

std::string toExcalidraw(const Diagram &d)
{
    std::vector<std::string> elements;
    // Outer groups first, so inner boxes lie on top of them.
    std::vector<std::size_t> order(d.groups.size());
    for (std::size_t i = 0; i < order.size(); ++i)
        order[i] = i;
    std::stable_sort(order.begin(), order.end(), [&d](std::size_t a, std::size_t b) {
        return d.groups[a].depth > d.groups[b].depth;
    });
    for (const std::size_t i : order) {
        const DiagramGroup &g = d.groups[i];
        if (g.box.isEmpty())
            continue;
        const std::string id = "group-" + g.id;
        const std::string colour = hexColour(g.colour);
        elements.push_back(
            common(id, "rectangle", g.box, colour, hexColour(export_text::tint(g.colour, 0.93)),
                   g.kind == GroupKind::PrivateNetwork ? "dashed" : "solid", "{\"type\":3}") +
            ",\"boundElements\":null}");
        const auto size = textSize(g.title, kFontSize);
        elements.push_back(text(id + "-title",
                                {g.box.x + 12, g.box.y + (geo::kGroupTitleHeight - size.second) / 2,
                                 size.first, size.second},
                                g.title, kFontSize, colour, "", "left"));
    }

    // Which arrows each card is bound to, in edge order.
    std::map<std::size_t, std::vector<std::pair<std::string, std::string>>> bound;
    for (std::size_t i = 0; i < d.nodes.size(); ++i)
        bound[i].emplace_back("text-" + d.nodes[i].id, "text");
    for (std::size_t i = 0; i < d.edges.size(); ++i) {
        const std::string id = "link-" + std::to_string(i);
        bound[static_cast<std::size_t>(d.edges[i].from)].emplace_back(id, "arrow");
        if (d.edges[i].to != d.edges[i].from)
            bound[static_cast<std::size_t>(d.edges[i].to)].emplace_back(id, "arrow");
    }
    for (std::size_t i = 0; i < d.nodes.size(); ++i) {
        const DiagramNode &n = d.nodes[i];
        const std::string id = "component-" + n.id;
        elements.push_back(common(id, elementType(n.shape), n.card, hexColour(n.colour),
                                  hexColour(export_text::tint(n.colour, 0.88)), "solid",
                                  n.shape == DiagramShape::Box || n.shape == DiagramShape::Queue ||
                                          n.shape == DiagramShape::Cylinder
                                      ? "{\"type\":3}"
                                      : "{\"type\":2}") +
                           ",\"boundElements\":" + boundList(bound[i]) + "}");
        const std::string content = n.name + "\n" + n.kindName;
        elements.push_back(text("text-" + n.id,
                                centred(n.card.x + n.card.width / 2, n.card.y + n.card.height / 2,
                                        textSize(content, kFontSize)),
                                content, kFontSize, "#111827", id, "center"));
    }
    for (std::size_t i = 0; i < d.edges.size(); ++i) {
        const DiagramEdge &e = d.edges[i];
        const DiagramNode &from = d.nodes[static_cast<std::size_t>(e.from)];
        const DiagramNode &to = d.nodes[static_cast<std::size_t>(e.to)];
        const std::string id = "link-" + std::to_string(i);
        const auto [x0, y0] = border(from.card, to.card, kArrowGap);
        const auto [x1, y1] = border(to.card, from.card, kArrowGap);
        const geo::Rect box{x0, y0, std::fabs(x1 - x0), std::fabs(y1 - y0)};
        const std::string labelId = id + "-label";
        const std::string colour = e.replication ? "#7b1fa2" : "#4b5563";
        elements.push_back(
            common(id, "arrow", box, colour, "transparent", e.replication ? "dashed" : "solid",
                   "{\"type\":2}") +
            ",\"boundElements\":" + boundList({{labelId, "text"}}) + ",\"points\":[[0,0],[" +
            coordinate(x1 - x0) + "," + coordinate(y1 - y0) +
            "]],\"lastCommittedPoint\":null,\"startBinding\":{\"elementId\":" +
            str("component-" + from.id) + ",\"focus\":0,\"gap\":" + coordinate(kArrowGap) +
            "},\"endBinding\":{\"elementId\":" + str("component-" + to.id) +
            ",\"focus\":0,\"gap\":" + coordinate(kArrowGap) +
            "},\"startArrowhead\":null,\"endArrowhead\":\"arrow\",\"elbowed\":false}");
        elements.push_back(
            text(labelId, centred((x0 + x1) / 2, (y0 + y1) / 2, textSize(e.label, kLabelFontSize)),
                 e.label, kLabelFontSize, colour, id, "center"));
    }

    std::string out = "{\n  \"type\": \"excalidraw\",\n  \"version\": 2,\n"
                      "  \"source\": \"ScaleLab\",\n  \"elements\": [\n";
    for (std::size_t i = 0; i < elements.size(); ++i)
        out += "    " + elements[i] + (i + 1 < elements.size() ? ",\n" : "\n");
    out += "  ],\n  \"appState\": {\"gridSize\": 20, \"viewBackgroundColor\": \"#ffffff\"},\n"
           "  \"files\": {}\n}\n";
    return out;
}

} // namespace scalelab
