#pragma once

// A design as the diagram exports draw it: every component a node with its name, kind,
// shape, colour and card on the canvas; every link an edge labelled with its latency; each
// database replica a dashed edge from its primary; every group a box, nested as on the
// canvas. The writers of the formats (Mermaid, PlantUML, Graphviz DOT, draw.io, Excalidraw:
// diagram_formats.h) read only this, so they agree on what a diagram holds.

#include "scenario/diagram_geometry.h"
#include "scenario/scenario.h"

#include <cstdint>
#include <functional>
#include <string>
#include <vector>

namespace scalelab {

struct DiagramNode {
    std::string id;       ///< the component's id
    std::string name;     ///< its label, or its id when it has none
    std::string kindName; ///< "Database" (in the texts' language)
    std::string kindYaml; ///< "database": names its icon too
    DiagramShape shape = DiagramShape::Box;
    std::uint32_t colour = 0; ///< 0xRRGGBB, the accent of its card
    diagram_geometry::Rect card;
    int group = -1; ///< the innermost group holding it (index into groups), or -1
};

struct DiagramEdge {
    int from = 0; ///< index into nodes
    int to = 0;
    std::string label;        ///< "0.5 ms · p 0.3 · read/write"
    bool replication = false; ///< primary to replica, not a link requests travel
};

struct DiagramGroup {
    std::string id;
    std::string title; ///< its label, or its kind's name
    std::string kindName;
    std::string kindYaml; ///< "data_center"
    GroupKind kind = GroupKind::PrivateNetwork;
    std::uint32_t colour = 0;
    diagram_geometry::Rect box;
    int parent = -1; ///< the innermost group holding this one, or -1
    int depth = 0;   ///< 0: holds no other group
};

/// The words a diagram shows, in the reader's language: the app passes its translations;
/// the defaults are English.
struct DiagramTexts {
    std::function<std::string(ComponentKind)> kindName;
    std::function<std::string(GroupKind)> groupKindName;
    /// The label of a replication edge, given the primary.
    std::function<std::string(const Component &)> replicationLabel;
};

struct Diagram {
    std::string title;
    std::vector<DiagramNode> nodes;   ///< in the scenario's order
    std::vector<DiagramEdge> edges;   ///< links in the scenario's order, then replication
    std::vector<DiagramGroup> groups; ///< in the scenario's order
    double width = 0;                 ///< everything fits in (0, 0, width, height)
    double height = 0;
};

/// Margin around the diagram: positions are shifted so that the whole starts here.
inline constexpr double kDiagramMargin = 40;

/// The diagram of a design. Cards stand where the canvas shows them (shifted so the
/// whole starts at the margin); a component with no position yet is put in a row below.
Diagram buildDiagram(const Scenario &scenario, const DiagramTexts &texts = {});

/// Visits the diagram as a tree, for the formats that nest: `open` before a group's
/// contents (its inner groups, then its nodes), `close` after them, `node` for each node in
/// its innermost group; the top-level groups first, then the nodes in no group. `depth` is
/// 0 at the top. Groups with no box (no member drawn) are left out.
struct DiagramTreeVisitor {
    std::function<void(const DiagramGroup &, int depth)> open;
    std::function<void(const DiagramNode &, int depth)> node;
    std::function<void(const DiagramGroup &, int depth)> close;
};
void walkTree(const Diagram &d, const DiagramTreeVisitor &visit);

/// The accent of a group's box: green for a private network, slate for a data center,
/// amber for an autoscaling group (0xRRGGBB).
std::uint32_t groupColour(GroupKind kind);

/// "#7b1fa2".
std::string hexColour(std::uint32_t rgb);

} // namespace scalelab
