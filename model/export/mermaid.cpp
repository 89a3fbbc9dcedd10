// Mermaid: a flowchart, left to right. Nodes are named by the design's ids (made safe),
// labelled "name<br/>kind" in quotes with every character Mermaid reads as markup
// written as an entity (#quot; #lt; …), shaped by kind; groups are subgraphs.
#include "export/diagram_formats.h"
#include "export/export_text.h"

#include <cstddef>
#include <cstdio>
#include <map>
#include <set>

namespace scalelab {

namespace {

using export_text::safeId;

/// Text inside a quoted Mermaid label.
std::string label(const std::string &text)
{
    std::string out;
    for (const char c : text) {
        switch (c) {
        case '"':
            out += "#quot;";
            break;
        case '#':
            out += "#35;";
            break;
        case '<':
            out += "#lt;";
            break;
        case '>':
            out += "#gt;";
            break;
        case '&':
            out += "#amp;";
            break;
        case '|':
            out += "#124;";
            break;
        case '`':
            out += "#96;";
            break;
        case '\n':
            out += "<br/>";
            break;
        case '\r':
            break;
        default:
            out += static_cast<unsigned char>(c) < 0x20 ? ' ' : c;
        }
    }
    return out;
}

std::string node(const DiagramNode &n)
{
    std::string text(1, '"');
    text += label(n.name);
    text += "<br/>";
    text += label(n.kindName);
    text += '"';
    const std::string id = safeId("c_", n.id);
    switch (n.shape) {
    case DiagramShape::Box:
        return id + "[" + text + "]";
    case DiagramShape::Cylinder:
        return id + "[(" + text + ")]";
    case DiagramShape::Queue:
        return id + "[[" + text + "]]";
    case DiagramShape::Hexagon:
        return id + "{{" + text + "}}";
    case DiagramShape::People:
        return id + "([" + text + "])";
    case DiagramShape::Cloud:
        return id + "(" + text + ")";
    }
    return id + "[" + text + "]";
}

} // namespace

std::string toMermaid(const Diagram &d)
{
    std::string out;
    if (!d.title.empty()) {
        // YAML front matter: a double-quoted scalar.
        std::string title;
        for (const char c : d.title)
            title += c == '"'    ? std::string("\\\"")
                     : c == '\\' ? std::string("\\\\")
                     : c == '\n' ? std::string(" ")
                                 : std::string(1, c);
        out += "---\ntitle: \"" + title + "\"\n---\n";
    }
    out += "flowchart LR\n";
    const auto indent = [](int depth) {
        return std::string(2 * static_cast<std::size_t>(depth) + 2, ' ');
    };
    walkTree(
        d, {.open =
                [&](const DiagramGroup &g, int depth) {
                    out += indent(depth) + "subgraph " + safeId("g_", g.id) + " [\"" +
                           label(g.title) + "\"]\n";
                },
            .node = [&](const DiagramNode &n, int depth) { out += indent(depth) + node(n) + "\n"; },
            .close = [&](const DiagramGroup &, int depth) { out += indent(depth) + "end\n"; }});
    for (const DiagramEdge &e : d.edges) {
        const std::string arrow = e.replication ? " -.->|\"" : " -->|\"";
        out += "  " + safeId("c_", d.nodes[static_cast<std::size_t>(e.from)].id) + arrow +
               label(e.label) + "\"| " + safeId("c_", d.nodes[static_cast<std::size_t>(e.to)].id) +
               "\n";
    }
    // Colours: one class per kind in use, one style per group.
    std::map<std::string, std::pair<std::uint32_t, std::vector<std::string>>> kinds;
    for (const DiagramNode &n : d.nodes) {
        auto &k = kinds[n.kindYaml];
        k.first = n.colour;
        k.second.push_back(safeId("c_", n.id));
    }
    for (const auto &[kind, use] : kinds) {
        out += "  classDef " + safeId("k_", kind) +
               " fill:" + hexColour(export_text::tint(use.first, 0.88)) +
               ",stroke:" + hexColour(use.first) + ",color:#111827\n";
        out += "  class ";
        for (std::size_t i = 0; i < use.second.size(); ++i) {
            out += (i ? "," : "");
            out += use.second[i];
        }
        out += ' ';
        out += safeId("k_", kind);
        out += '\n';
    }
    for (const DiagramGroup &g : d.groups) {
        out += "  style " + safeId("g_", g.id) +
               " fill:" + hexColour(export_text::tint(g.colour, 0.93)) +
               ",stroke:" + hexColour(g.colour) +
               (g.kind == GroupKind::PrivateNetwork ? ",stroke-dasharray:6 4" : "") + "\n";
    }
    return out;
}

std::string toMermaidMarkdown(const Diagram &d)
{
    return "```mermaid\n" + toMermaid(d) + "```\n";
}

} // namespace scalelab
