#pragma once

// Strict, typed access to the fields of one YAML map, shared by the scenario reader.
// Every problem becomes a ScenarioError with the position of the offending key or value
// and a sentence saying what is allowed; reading goes on so one pass reports them all.

#include "scenario/yaml_tree.h"

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace scalelab {

/// Errors found so far, and where each field path was read (so semantic checks done later
/// on the finished Scenario can still point at a line).
class ReadContext {
public:
    explicit ReadContext(const YamlTree &tree) : m_tree(tree) {}

    const YamlTree &tree() const { return m_tree; }
    void error(const YamlNode &at, const std::string &field, const std::string &message);
    void remember(const std::string &field, const YamlNode &at);
    /// The position recorded for field, or for the nearest enclosing path that has one.
    std::optional<std::pair<int, int>> positionOf(std::string field) const;

    /// A part of the scenario that the file gives under another name: errors about
    /// `internal` (e.g. "components[4]", the clients made from a top-level workload) are
    /// reported at `inFile` ("workload").
    void alias(const std::string &internal, const std::string &inFile);
    /// The field as the file names it (aliases applied).
    std::string fieldInFile(const std::string &field) const;

    std::vector<ScenarioError> errors;
    /// Where each field was read, for a caller that checks the scenario further.
    std::map<std::string, std::pair<int, int>> takePositions() { return std::move(m_positions); }

private:
    const YamlTree &m_tree;
    std::vector<std::pair<std::string, std::string>> m_aliases;
    std::map<std::string, std::pair<int, int>> m_positions;
};

/// Names a key could have been meant as, e.g. {"ttl_s", "applies only to dns components"}.
using KeyHints = std::vector<std::pair<std::string_view, std::string>>;

/// Reads one map: refuses keys that are not allowed (suggesting the closest allowed key),
/// keys given twice, and values of the wrong type or out of range.
class MapFields {
public:
    MapFields(ReadContext &context, int node, std::string path, std::string what,
              std::vector<std::string_view> allowed, const KeyHints &hints = {});

    bool isMap() const { return m_isMap; }
    bool has(std::string_view key) const { return find(key) >= 0; }
    /// The value node of key, or -1.
    int find(std::string_view key) const;
    std::string path(std::string_view key) const;
    const std::string &what() const { return m_what; }

    void number(std::string_view key, double &out);
    void optionalNumber(std::string_view key, std::optional<double> &out);
    void integer(std::string_view key, int &out, long long min, long long max);
    void optionalInteger(std::string_view key, std::optional<int> &out, long long min,
                         long long max);
    void unsignedInteger(std::string_view key, std::optional<std::uint64_t> &out);
    /// A string; null (`key:` or `~`) reads as empty when allowEmpty.
    void text(std::string_view key, std::string &out, bool allowEmpty);

    /// An enum value by its YAML name, using scalelab::fromString / toString.
    template <typename E> void name(std::string_view key, E &out, const std::vector<E> &values)
    {
        const int v = find(key);
        if (v < 0)
            return;
        const YamlNode &n = m_context.tree().node(v);
        if (n.type == YamlNode::Type::Scalar && fromString(n.value, out))
            return;
        std::vector<std::string_view> names;
        for (const E e : values)
            names.emplace_back(toString(e));
        nameError(n, key, names);
    }

    /// Reports "key: message" at the value of key (or at the map if key is absent).
    void error(std::string_view key, const std::string &message);

private:
    const YamlNode *scalarOrError(std::string_view key, const char *expected);
    void nameError(const YamlNode &n, std::string_view key,
                   const std::vector<std::string_view> &names);

    ReadContext &m_context;
    int m_node;
    std::string m_path;
    std::string m_what;
    bool m_isMap = false;
    std::vector<std::pair<std::string, int>> m_fields; ///< key -> value node
};

/// Parses a YAML plain scalar as a finite double. On failure returns false and says why.
bool parseNumber(const YamlNode &node, double &out, std::string &why);

/// "did you mean 'x'? " when a candidate is close to word, else empty.
std::string closestSuggestion(std::string_view word, const std::vector<std::string_view> &options);

/// "a, b or c".
std::string joinNames(const std::vector<std::string_view> &names);

} // namespace scalelab
