#pragma once

// What the rest of the program needs to know about a component kind, declared once per
// kind in its own file beside this one: its names, colour, description, which links it
// accepts, how it uses its outgoing links, and its parameters.

#include "scenario/kinds/param.h"

#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace scalelab {

struct Scenario;

/// Every kind of component. A new kind adds its value here, its traits file in this
/// folder, its behaviour in model/sim/kinds/, and one line in each of the two registries
/// (kinds.cpp here, behaviors.cpp there); the compiler finds every switch that misses it.
enum class ComponentKind : std::uint8_t {
    Service,
    Dns,
    LoadBalancer,
    WebServer,
    Database,
    Clients,
    Cache,
    Cdn,
    SessionStore,
    Queue,
    GeoDns,
    ShardRouter
};

/// How a kind uses its outgoing links (the simulation's routing, and the format doc).
enum class OutgoingUse : std::uint8_t {
    None,               ///< it calls nothing
    OneByProbability,   ///< a finished request follows at most one link, chosen by probability
    CallsEach,          ///< it calls each link's target with that probability, holding a worker
    SpreadOverTargets,  ///< each request goes to one target it believes healthy
    AnswersWithFirst,   ///< it answers with its (one) link's target
    AnswersWithNearest, ///< it answers with the target nearest the user that is healthy
    SendsToEntry,       ///< requests start here and go along its one link
    OneByShardKey,      ///< each request goes to the shard its key maps to (joins: to all)
};

/// The shape a kind takes in diagrams other tools draw (Mermaid, PlantUML, Graphviz,
/// draw.io, Excalidraw; model/export/): what an engineer reading the diagram expects.
enum class DiagramShape : std::uint8_t {
    Box,      ///< a server or a service: a rectangle
    Cylinder, ///< stores data: a database's drum
    Queue,    ///< holds messages in order
    Hexagon,  ///< directs traffic (name lookup, balancing)
    People,   ///< users
    Cloud,    ///< a network of machines outside the design (an edge network)
};

struct KindTraits {
    ComponentKind kind;
    std::string_view yamlName;                     ///< as written in a scenario file
    std::string_view displayName;                  ///< as shown to the student (translatable)
    std::string_view idStem;                       ///< new components are named stem1, stem2 ...
    std::string_view description;                  ///< one sentence (translatable)
    std::uint32_t colour;                          ///< 0xRRGGBB accent of its card
    DiagramShape diagramShape = DiagramShape::Box; ///< its shape in exported diagrams
    bool queueing = true;             ///< a queue with workers, capacity and a service time
    bool machine = false;             ///< one machine: cores and CPU speed have a ceiling
    bool acceptsIncoming = true;      ///< false: nothing may link into it
    bool entryOnly = false;           ///< only users (clients) may link into it
    bool servesAssets = false;        ///< it holds the site's static assets: a deploy renews them
    bool scalesOut = false;           ///< it may be a member of an autoscaling group
    bool messageQueue = false;        ///< it holds messages that its consumers pull
    std::string_view incomingRefusal; ///< why nothing (or only users) may link into it
    int maxOutgoing = -1;             ///< -1 = any number
    bool needsOutgoing = false;       ///< a design is incomplete without one
    std::string_view outgoingRefusal; ///< why it may not have (more) outgoing links
    OutgoingUse outgoing = OutgoingUse::OneByProbability;
    std::string_view outgoingText; ///< how it uses its links, for the format doc
    std::vector<ParamSpec> params; ///< its own parameters, after the queueing ones
    /// Keys of the parameters its card shows on its second line, in order.
    std::vector<std::string_view> cardKeys;
    /// Rules between its own parameters, beyond each one's range: {field suffix such as
    /// ".keys.count", sentence}. Null when there are none.
    std::vector<std::pair<std::string, std::string>> (*check)(const Component &) = nullptr;
    /// Rules against the rest of the design (a replica's primary must exist): as `check`,
    /// except that a field not starting with '.' is a whole path ("links[3].kinds").
    std::vector<std::pair<std::string, std::string>> (*checkInDesign)(const Component &,
                                                                      const Scenario &) = nullptr;
    /// As checkInDesign, for what only a design about to run must have (a link it needs):
    /// the editor lets a design lack it for a while.
    std::vector<std::pair<std::string, std::string>> (*checkWhole)(const Component &,
                                                                   const Scenario &) = nullptr;
    /// Sets the kind's defaults on a component whose shared fields are at their defaults.
    void (*applyDefaults)(Component &) = nullptr;
};

const KindTraits &traitsOf(ComponentKind kind);
/// Every component kind, in palette order (the request path: name lookup, entry,
/// application, data).
const std::vector<ComponentKind> &allComponentKinds();
/// The parameters of a kind: the shared queueing ones (for queueing kinds), then its own.
const std::vector<const ParamSpec *> &paramsOf(ComponentKind kind);
/// The queueing parameters every queueing kind shares (workers, capacity, service time ...).
const std::vector<ParamSpec> &queueingParams();

const char *toString(ComponentKind k);
bool fromString(const std::string &s, ComponentKind &out);
/// A one-line explanation of a component kind, for tooltips and docs.
const char *describe(ComponentKind k);

} // namespace scalelab
