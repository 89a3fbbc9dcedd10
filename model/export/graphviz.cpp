// Graphviz DOT: a digraph, left to right, nodes named by the design's ids in quotes,
// groups as nested clusters.
#include "export/diagram_formats.h"
#include "export/export_text.h"

#include <cstddef>

namespace scalelab {

namespace {

/// A DOT double-quoted string: quotes and backslashes escaped (so \l, \N … stay literal),
/// a newline as \n.
std::string quoted(const std::string &text)
{
    std::string out = "\"";
    for (const char c : text) {
        if (c == '"' || c == '\\')
            out += '\\';
        if (c == '\n')
            out += "\\n";
        else if (c == '\r' || (static_cast<unsigned char>(c) < 0x20 && c != '\n'))
            out += ' ';
        else
            out += c;
    }
    return out + "\"";
}

std::string shape(DiagramShape s)
{
    switch (s) {
    case DiagramShape::Box:
        return "box";
    case DiagramShape::Cylinder:
        return "cylinder";
    case DiagramShape::Queue:
        return "cds";
    case DiagramShape::Hexagon:
        return "hexagon";
    case DiagramShape::People:
        return "oval";
    case DiagramShape::Cloud:
        return "egg";
    }
    return "box";
}

void writeNode(const DiagramNode &n, const std::string &indent, std::string &out)
{
    out += indent + quoted(n.id) + " [label=" + quoted(n.name + "\n" + n.kindName) +
           ", shape=" + shape(n.shape) +
           ", fillcolor=" + quoted(hexColour(export_text::tint(n.colour, 0.88))) +
           ", color=" + quoted(hexColour(n.colour)) + "];\n";
}

} // namespace

std::string toGraphviz(const Diagram &d)
{
    std::string out = "digraph " + quoted(d.title) + " {\n";
    out += "  graph [rankdir=LR, fontname=\"Helvetica\", labelloc=t, label=" + quoted(d.title) +
           "];\n"
           "  node [style=\"rounded,filled\", fontname=\"Helvetica\", fontsize=11];\n"
           "  edge [fontname=\"Helvetica\", fontsize=9, color=\"#4b5563\"];\n";
    const auto indent = [](int depth) {
        return std::string(2 * static_cast<std::size_t>(depth) + 2, ' ');
    };
    walkTree(d, {.open =
                     [&](const DiagramGroup &g, int depth) {
                         const std::string in = indent(depth);
                         out += in + "subgraph " + quoted("cluster_" + g.id) + " {\n";
                         out += in + "  label=" + quoted(g.title) + ";\n";
                         out += in + "  style=" +
                                quoted(g.kind == GroupKind::PrivateNetwork ? "dashed,rounded,filled"
                                                                           : "rounded,filled") +
                                ";\n";
                         out += in + "  color=" + quoted(hexColour(g.colour)) + ";\n";
                         out += in + "  fillcolor=" +
                                quoted(hexColour(export_text::tint(g.colour, 0.93))) + ";\n";
                     },
                 .node = [&](const DiagramNode &n, int depth) { writeNode(n, indent(depth), out); },
                 .close = [&](const DiagramGroup &, int depth) { out += indent(depth) + "}\n"; }});
    for (const DiagramEdge &e : d.edges) {
        out += "  " + quoted(d.nodes[static_cast<std::size_t>(e.from)].id) + " -> " +
               quoted(d.nodes[static_cast<std::size_t>(e.to)].id) + " [label=" + quoted(e.label) +
               (e.replication ? ", style=dashed" : "") + "];\n";
    }
    out += "}\n";
    return out;
}

} // namespace scalelab
