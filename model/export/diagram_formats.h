#pragma once

// Writers of a Diagram (diagram.h) in formats other tools open and edit. Each returns the
// whole file as UTF-8; the same diagram gives the same bytes (ids come from the design's
// ids, never from counters shared between runs or from the clock).

#include "export/diagram.h"

#include <functional>
#include <string>
#include <vector>

namespace scalelab {

enum class DiagramFormat {
    Mermaid,         ///< .mmd: a flowchart, left to right
    MermaidMarkdown, ///< .md: the same flowchart in a ```mermaid block
    PlantUml,        ///< .puml: a deployment diagram
    Graphviz,        ///< .dot
    DrawIo,          ///< .drawio: mxGraphModel XML, laid out as on the canvas
    Excalidraw,      ///< .excalidraw: scene JSON, laid out as on the canvas
};

/// The format a file name asks for by its extension (case-insensitive); false if none.
bool diagramFormatFor(const std::string &path, DiagramFormat &out);
/// The extensions diagramFormatFor knows, without the dot, in the order above.
const std::vector<std::string> &diagramFormatExtensions();

/// A kind's icon as an SVG document (empty: none); draw.io embeds it in the shape.
using IconSource = std::function<std::string(const std::string &kindYaml)>;

std::string toMermaid(const Diagram &d);
std::string toMermaidMarkdown(const Diagram &d);
std::string toPlantUml(const Diagram &d);
std::string toGraphviz(const Diagram &d);
std::string toDrawIo(const Diagram &d, const IconSource &icons = {});
std::string toExcalidraw(const Diagram &d);
/// The writer of `format`.
std::string writeDiagram(const Diagram &d, DiagramFormat format, const IconSource &icons = {});

} // namespace scalelab
