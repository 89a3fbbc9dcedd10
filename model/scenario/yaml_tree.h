#pragma once

// A small, bounded YAML document tree built from yaml-cpp's event parser. The reader works
// on this instead of YAML::Node because YAML::Load has no limits: aliases expand into
// shared nodes (billion laughs, cycles), duplicate keys are silently merged and deep
// nesting recurses without bound. Building the tree ourselves lets us refuse all of
// those with a position before anything large is allocated.

#include "scenario/scenario_io.h"

#include <cstdint>
#include <string>
#include <vector>

namespace scalelab {

/// One node of a parsed YAML document. Positions are 1-based.
struct YamlNode {
    enum class Type : std::uint8_t { Null, Scalar, Sequence, Map };
    Type type = Type::Null;
    bool quoted = false; ///< scalar written in quotes (or with a tag): text, never a number
    int line = 0;
    int column = 0;
    std::string value;         ///< scalar text
    std::vector<int> children; ///< sequence items; for a map: key, value, key, value...
};

/// Hard limits that keep any input cheap to parse.
struct YamlLimits {
    std::size_t maxBytes = 8u * 1024u * 1024u;
    int maxDepth = 64;
    /// Nodes after expanding aliases: a generous bound for 10000 components.
    long maxExpandedNodes = 1000000;
};

/// The nodes of one document; an alias is the same node index used twice, so the tree is
/// a DAG whose expanded size is bounded by YamlLimits::maxExpandedNodes.
class YamlTree {
public:
    const YamlNode &node(int index) const { return m_nodes[static_cast<std::size_t>(index)]; }
    int root() const { return m_root; }

    /// Parses text. On failure returns false and fills error (line, column, message).
    bool load(const std::string &text, const YamlLimits &limits, ScenarioError &error);

private:
    friend class YamlTreeBuilder;
    std::vector<YamlNode> m_nodes;
    int m_root = -1;
};

/// Describes a node's type for messages: "a number", "a list", "a map", "nothing".
std::string describeNode(const YamlNode &node);

} // namespace scalelab
