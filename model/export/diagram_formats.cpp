#include "export/diagram_formats.h"

#include <algorithm>
#include <cctype>

namespace scalelab {

namespace {

struct Extension {
    const char *suffix;
    DiagramFormat format;
};

constexpr Extension kExtensions[] = {
    {"mmd", DiagramFormat::Mermaid},   {"md", DiagramFormat::MermaidMarkdown},
    {"puml", DiagramFormat::PlantUml}, {"dot", DiagramFormat::Graphviz},
    {"drawio", DiagramFormat::DrawIo}, {"excalidraw", DiagramFormat::Excalidraw},
};

} // namespace

bool diagramFormatFor(const std::string &path, DiagramFormat &out)
{
    const std::size_t slash = path.find_last_of("/\\");
    const std::size_t dot = path.find_last_of('.');
    if (dot == std::string::npos || (slash != std::string::npos && dot < slash))
        return false;
    std::string suffix = path.substr(dot + 1);
    std::transform(suffix.begin(), suffix.end(), suffix.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    for (const Extension &e : kExtensions) {
        if (suffix == e.suffix) {
            out = e.format;
            return true;
        }
    }
    return false;
}

const std::vector<std::string> &diagramFormatExtensions()
{
    static const std::vector<std::string> all = [] {
        std::vector<std::string> v;
        for (const Extension &e : kExtensions)
            v.emplace_back(e.suffix);
        return v;
    }();
    return all;
}

std::string writeDiagram(const Diagram &d, DiagramFormat format, const IconSource &icons)
{
    switch (format) {
    case DiagramFormat::Mermaid:
        return toMermaid(d);
    case DiagramFormat::MermaidMarkdown:
        return toMermaidMarkdown(d);
    case DiagramFormat::PlantUml:
        return toPlantUml(d);
    case DiagramFormat::Graphviz:
        return toGraphviz(d);
    case DiagramFormat::DrawIo:
        return toDrawIo(d, icons);
    case DiagramFormat::Excalidraw:
        return toExcalidraw(d);
    }
    return {};
}

} // namespace scalelab
