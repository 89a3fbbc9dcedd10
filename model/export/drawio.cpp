// draw.io / diagrams.net: an mxfile holding one uncompressed mxGraphModel. Each component
// is a vertex at its card's place and size, in its kind's colour and shape, with its
// kind's icon as a child image (the SVG as a data URI); each group a container (a
// swimlane whose title bar is the group's) with its members and inner groups as children,
// their geometry relative to it; each link an edge labelled with its latency. Cell ids
// come from the design's ids: c-<component>, i-<component> (its icon), g-<group>, e-<n>.
#include "export/diagram_formats.h"
#include "export/export_text.h"

#include <cstddef>

namespace scalelab {

namespace {

using export_text::coordinate;
using export_text::xmlEscape;
namespace geo = diagram_geometry;

constexpr double kIconSize = 32;
constexpr double kIconInset = 12;

std::string shapeStyle(DiagramShape shape)
{
    switch (shape) {
    case DiagramShape::Box:
        return "rounded=1;arcSize=10;";
    case DiagramShape::Cylinder:
        return "shape=cylinder;boundedLbl=1;";
    case DiagramShape::Queue:
        return "shape=process;size=0.06;";
    case DiagramShape::Hexagon:
        return "shape=hexagon;perimeter=hexagonPerimeter;";
    case DiagramShape::People:
        return "rounded=1;arcSize=50;";
    case DiagramShape::Cloud:
        return "ellipse;shape=cloud;";
    }
    return "rounded=1;";
}

std::string geometry(const geo::Rect &r, double originX, double originY)
{
    return "<mxGeometry x=\"" + coordinate(r.x - originX) + "\" y=\"" + coordinate(r.y - originY) +
           "\" width=\"" + coordinate(r.width) + "\" height=\"" + coordinate(r.height) +
           "\" as=\"geometry\"/>";
}

struct Origin {
    std::string parent = "1";
    double x = 0;
    double y = 0;
};

Origin originOf(const Diagram &d, int group)
{
    if (group < 0)
        return {};
    const DiagramGroup &g = d.groups[static_cast<std::size_t>(group)];
    return {"g-" + g.id, g.box.x, g.box.y};
}

void writeGroup(const Diagram &d, std::size_t index, std::string &out)
{
    const DiagramGroup &g = d.groups[index];
    if (g.box.isEmpty())
        return;
    const Origin o = originOf(d, g.parent);
    out += "        <mxCell id=\"" + xmlEscape("g-" + g.id) + "\" value=\"" + xmlEscape(g.title) +
           "\" style=\"swimlane;shape=swimlane;startSize=" + coordinate(geo::kGroupTitleHeight) +
           ";rounded=1;arcSize=4;html=0;container=1;collapsible=0;foldable=0;align=left;spacingLeft=12;"
           "fontStyle=1;swimlaneFillColor=" +
           hexColour(export_text::tint(g.colour, 0.93)) +
           ";fillColor=" + hexColour(export_text::tint(g.colour, 0.8)) +
           ";strokeColor=" + hexColour(g.colour) + ";fontColor=" + hexColour(g.colour) +
           (g.kind == GroupKind::PrivateNetwork ? ";dashed=1" : "") + ";\" vertex=\"1\" parent=\"" +
           xmlEscape(o.parent) + "\">" + geometry(g.box, o.x, o.y) + "</mxCell>\n";
    for (std::size_t i = 0; i < d.groups.size(); ++i)
        if (d.groups[i].parent == static_cast<int>(index))
            writeGroup(d, i, out);
}

void writeNode(const Diagram &d, const DiagramNode &n, const IconSource &icons, std::string &out)
{
    const Origin o = originOf(d, n.group);
    const std::string id = "c-" + n.id;
    out += "        <mxCell id=\"" + xmlEscape(id) + "\" value=\"" +
           xmlEscape(n.name + "\n" + n.kindName) + "\" style=\"" + shapeStyle(n.shape) +
           "whiteSpace=wrap;html=0;foldable=0;collapsible=0;spacingLeft=" + coordinate(kIconSize) +
           ";fillColor=" + hexColour(export_text::tint(n.colour, 0.88)) +
           ";strokeColor=" + hexColour(n.colour) +
           ";fontColor=#111827;strokeWidth=2;\" vertex=\"1\" parent=\"" + xmlEscape(o.parent) +
           "\">" + geometry(n.card, o.x, o.y) + "</mxCell>\n";
    const std::string svg = icons ? icons(n.kindYaml) : std::string();
    if (svg.empty())
        return;
    // draw.io's styles are separated by ';', so the data URI leaves out ";base64".
    const geo::Rect icon{kIconInset, (n.card.height - kIconSize) / 2, kIconSize, kIconSize};
    out += "        <mxCell id=\"" + xmlEscape("i-" + n.id) +
           "\" value=\"\" style=\"shape=image;aspect=fixed;editable=0;movable=0;resizable=0;"
           "connectable=0;image=data:image/svg+xml," +
           export_text::base64(svg) + ";\" vertex=\"1\" parent=\"" + xmlEscape(id) + "\">" +
           geometry(icon, 0, 0) + "</mxCell>\n";
}

} // namespace

std::string toDrawIo(const Diagram &d, const IconSource &icons)
{
    const std::string name = d.title.empty() ? std::string("ScaleLab") : d.title;
    std::string out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                      "<mxfile host=\"ScaleLab\" type=\"device\">\n"
                      "  <diagram id=\"scalelab\" name=\"" +
                      xmlEscape(name) +
                      "\">\n"
                      "    <mxGraphModel dx=\"0\" dy=\"0\" grid=\"1\" gridSize=\"20\" guides=\"1\" "
                      "tooltips=\"1\" connect=\"1\" arrows=\"1\" fold=\"1\" page=\"0\" "
                      "pageScale=\"1\" pageWidth=\"" +
                      coordinate(d.width) + "\" pageHeight=\"" + coordinate(d.height) +
                      "\" math=\"0\" shadow=\"0\">\n"
                      "      <root>\n"
                      "        <mxCell id=\"0\"/>\n"
                      "        <mxCell id=\"1\" parent=\"0\"/>\n";
    // Outer groups first: a parent cell comes before its children.
    for (std::size_t i = 0; i < d.groups.size(); ++i)
        if (d.groups[i].parent < 0)
            writeGroup(d, i, out);
    for (const DiagramNode &n : d.nodes)
        writeNode(d, n, icons, out);
    for (std::size_t i = 0; i < d.edges.size(); ++i) {
        const DiagramEdge &e = d.edges[i];
        out +=
            "        <mxCell id=\"e-" + std::to_string(i) + "\" value=\"" + xmlEscape(e.label) +
            "\" style=\"edgeStyle=orthogonalEdgeStyle;rounded=1;html=0;endArrow=block;"
            "endFill=1;fontColor=#374151;fontSize=10;labelBackgroundColor=#ffffff;" +
            std::string(e.replication ? "dashed=1;strokeColor=#7b1fa2;" : "strokeColor=#4b5563;") +
            "\" edge=\"1\" parent=\"1\" source=\"" +
            xmlEscape("c-" + d.nodes[static_cast<std::size_t>(e.from)].id) + "\" target=\"" +
            xmlEscape("c-" + d.nodes[static_cast<std::size_t>(e.to)].id) +
            "\"><mxGeometry relative=\"1\" as=\"geometry\"/></mxCell>\n";
    }
    out += "      </root>\n    </mxGraphModel>\n  </diagram>\n</mxfile>\n";
    return out;
}

} // namespace scalelab
