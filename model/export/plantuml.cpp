// PlantUML: a deployment diagram, left to right. Elements are named by the design's ids
// (made safe) and show "name\nkind"; a character PlantUML would read as markup or an
// escape (quotes, backslashes, angle brackets, doubled markup such as ** or //) is written
// as <U+XXXX>; groups are rectangles holding their members.
#include "export/diagram_formats.h"
#include "export/export_text.h"

#include <cstddef>
#include <cstdio>
#include <string_view>

namespace scalelab {

namespace {

using export_text::safeId;

std::string codePoint(char32_t cp)
{
    char text[16];
    std::snprintf(text, sizeof text, "<U+%04X>", static_cast<unsigned>(cp));
    return text;
}

/// Text inside a quoted display name (or after a link's colon).
std::string label(const std::string &text)
{
    std::string out;
    char32_t previous = 0;
    export_text::forEachCharacter(text, [&](char32_t cp, std::string_view bytes) {
        // Creole markup comes in pairs (**bold**, //italic//, --strike--, __under__,
        // ~~wave~~, ""mono"", [[link]]): spelling the second of a pair breaks it.
        constexpr std::string_view paired = "*/-_~=[]";
        const bool pair = cp < 0x80 && cp == previous &&
                          paired.find(static_cast<char>(cp)) != std::string_view::npos;
        if (cp == '\n')
            out += "\\n";
        else if (cp == '\r' || cp == '\t' || cp < 0x20)
            out += ' ';
        else if (cp == '"' || cp == '\\' || cp == '<' || cp == '>' || cp == '~' || pair)
            out += codePoint(cp);
        else
            out += bytes;
        previous = pair ? 0 : cp;
    });
    return out;
}

std::string keyword(DiagramShape shape)
{
    switch (shape) {
    case DiagramShape::Box:
        return "node";
    case DiagramShape::Cylinder:
        return "database";
    case DiagramShape::Queue:
        return "queue";
    case DiagramShape::Hexagon:
        return "boundary";
    case DiagramShape::People:
        return "actor";
    case DiagramShape::Cloud:
        return "cloud";
    }
    return "node";
}

std::string colourSpec(std::uint32_t rgb, double fillTint, bool dashed)
{
    // #back;line:colour — without the '#' PlantUML would read a name.
    std::string spec =
        hexColour(export_text::tint(rgb, fillTint)) + ";line:" + hexColour(rgb).substr(1);
    if (dashed)
        spec += ";line.dashed";
    return spec;
}

void writeNode(const DiagramNode &n, const std::string &indent, std::string &out)
{
    out += indent + keyword(n.shape) + " \"" + label(n.name) + "\\n" + label(n.kindName) +
           "\" as " + safeId("c_", n.id) + " " + colourSpec(n.colour, 0.88, false) + "\n";
}

} // namespace

std::string toPlantUml(const Diagram &d)
{
    std::string out = "@startuml\n";
    if (!d.title.empty())
        out += "title " + label(d.title) + "\n";
    out += "left to right direction\n"
           "skinparam shadowing false\n"
           "skinparam defaultFontName SansSerif\n"
           "skinparam rectangle {\n  RoundCorner 12\n}\n";
    const auto indent = [](int depth) {
        return std::string(2 * static_cast<std::size_t>(depth), ' ');
    };
    walkTree(d, {.open =
                     [&](const DiagramGroup &g, int depth) {
                         out += indent(depth) + "rectangle \"" + label(g.title) + "\" as " +
                                safeId("g_", g.id) + " " +
                                colourSpec(g.colour, 0.93, g.kind == GroupKind::PrivateNetwork) +
                                " {\n";
                     },
                 .node = [&](const DiagramNode &n, int depth) { writeNode(n, indent(depth), out); },
                 .close = [&](const DiagramGroup &, int depth) { out += indent(depth) + "}\n"; }});
    for (const DiagramEdge &e : d.edges) {
        out += safeId("c_", d.nodes[static_cast<std::size_t>(e.from)].id) +
               (e.replication ? " ..> " : " --> ") +
               safeId("c_", d.nodes[static_cast<std::size_t>(e.to)].id) + " : " + label(e.label) +
               "\n";
    }
    out += "@enduml\n";
    return out;
}

} // namespace scalelab
