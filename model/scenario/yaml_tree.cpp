#include "scenario/yaml_tree.h"

#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/exceptions.h>
#include <yaml-cpp/mark.h>
#include <yaml-cpp/parser.h>

#include <algorithm>
#include <cstdio>
#include <new>
#include <sstream>
#include <unordered_map>

namespace scalelab {

namespace {

/// Thrown from inside the event handler to stop yaml-cpp at the first refused node.
struct BuildError {
    int line;
    int column;
    std::string message;
};

void positionOf(const std::string &text, std::size_t offset, int &line, int &column)
{
    line = 1;
    column = 1;
    for (std::size_t i = 0; i < offset && i < text.size(); ++i) {
        const auto c = static_cast<unsigned char>(text[i]);
        if (c == '\n') {
            ++line;
            column = 1;
        } else if ((c & 0xC0u) != 0x80u) { // count characters, not UTF-8 continuation bytes
            ++column;
        }
    }
}

/// Length of the UTF-8 sequence starting at i, or 0 if it is malformed.
std::size_t utf8Length(const std::string &text, std::size_t i)
{
    const auto b0 = static_cast<unsigned char>(text[i]);
    std::size_t len = 0;
    std::uint32_t cp = 0;
    if (b0 < 0x80u)
        return 1;
    if ((b0 & 0xE0u) == 0xC0u) {
        len = 2;
        cp = b0 & 0x1Fu;
    } else if ((b0 & 0xF0u) == 0xE0u) {
        len = 3;
        cp = b0 & 0x0Fu;
    } else if ((b0 & 0xF8u) == 0xF0u) {
        len = 4;
        cp = b0 & 0x07u;
    } else {
        return 0;
    }
    if (i + len > text.size())
        return 0;
    for (std::size_t k = 1; k < len; ++k) {
        const auto b = static_cast<unsigned char>(text[i + k]);
        if ((b & 0xC0u) != 0x80u)
            return 0;
        cp = (cp << 6) | (b & 0x3Fu);
    }
    const bool overlong =
        (len == 2 && cp < 0x80u) || (len == 3 && cp < 0x800u) || (len == 4 && cp < 0x10000u);
    const bool surrogate = cp >= 0xD800u && cp <= 0xDFFFu;
    return (overlong || surrogate || cp > 0x10FFFFu) ? 0 : len;
}

/// yaml-cpp decodes the escapes "\\N" and "\\_" of a double-quoted scalar to the single
/// bytes 0x85 and 0xA0, its Latin-1 code points, not their UTF-8 form, so a scenario read
/// from valid UTF-8 text could hold a name the writer cannot write back. The input was
/// checked to be UTF-8 before parsing, so every malformed byte in a decoded scalar is such
/// a code point: encode it as UTF-8.
std::string repairedUtf8(const std::string &value)
{
    std::string out;
    std::size_t i = 0;
    while (i < value.size()) {
        const std::size_t len = utf8Length(value, i);
        if (len == 0) {
            const auto b = static_cast<unsigned char>(value[i]);
            out += static_cast<char>(0xC0u | (b >> 6));
            out += static_cast<char>(0x80u | (b & 0x3Fu));
            ++i;
        } else {
            out.append(value, i, len);
            i += len;
        }
    }
    return out;
}

/// Checks the raw bytes before yaml-cpp sees them: size, text encoding, and the depth of
/// flow brackets, since yaml-cpp's parser recurses once per '[' or '{'.
bool prescan(const std::string &text, const YamlLimits &limits, ScenarioError &error)
{
    if (text.size() > limits.maxBytes) {
        char buf[160];
        std::snprintf(buf, sizeof buf,
                      "the file is %.1f MiB; a scenario file may be at most %.0f MiB",
                      static_cast<double>(text.size()) / 1048576.0,
                      static_cast<double>(limits.maxBytes) / 1048576.0);
        error.message = buf;
        return false;
    }
    std::size_t i = 0;
    if (text.compare(0, 3, "\xEF\xBB\xBF") == 0)
        i = 3; // a UTF-8 byte order mark is allowed
    int depth = 0;
    char quote = 0;
    bool escaped = false; // the previous character was a backslash inside "..."
    bool comment = false;
    char prev = '\n';
    while (i < text.size()) {
        const char c = text[i];
        const auto u = static_cast<unsigned char>(c);
        if ((u < 0x20u && c != '\n' && c != '\r' && c != '\t') || u == 0x7Fu) {
            positionOf(text, i, error.line, error.column);
            char buf[160];
            std::snprintf(buf, sizeof buf,
                          "the file contains binary data (byte 0x%02X); a scenario must be "
                          "UTF-8 text",
                          u);
            error.message = buf;
            return false;
        }
        const std::size_t len = utf8Length(text, i);
        if (len == 0) {
            positionOf(text, i, error.line, error.column);
            error.message = "the file is not valid UTF-8 text; save it as UTF-8";
            return false;
        }
        if (c == '\n') {
            comment = false;
        } else if (comment) {
            // brackets inside comments do not nest
        } else if (quote != 0) {
            // The character after a backslash cannot end the string, but it is still
            // checked above: this scan's idea of where a quote starts is a guess, and
            // yaml-cpp may read the same bytes as a plain scalar that keeps them raw.
            if (escaped)
                escaped = false;
            else if (quote == '"' && c == '\\')
                escaped = true;
            else if (c == quote)
                quote = 0;
        } else if (c == '#' && (prev == ' ' || prev == '\t' || prev == '\n')) {
            comment = true;
        } else if ((c == '"' || c == '\'') &&
                   std::string_view(" \t\n[{,:-").find(prev) != std::string_view::npos) {
            quote = c;
        } else if (c == '[' || c == '{') {
            if (++depth > limits.maxDepth) {
                positionOf(text, i, error.line, error.column);
                error.message = "nesting is deeper than " + std::to_string(limits.maxDepth) +
                                " levels; a scenario needs only a few";
                return false;
            }
        } else if ((c == ']' || c == '}') && depth > 0) {
            --depth;
        }
        prev = c;
        i += len;
    }
    return true;
}

} // namespace

/// Receives yaml-cpp's events and appends nodes, enforcing the limits as it goes.
class YamlTreeBuilder : public YAML::EventHandler {
public:
    YamlTreeBuilder(YamlTree &tree, const YamlLimits &limits) : m_tree(tree), m_limits(limits) {}

    void OnDocumentStart(const YAML::Mark &mark) override
    {
        // Stop at the start of a second document: its content is never built.
        if (++m_documents == 2) {
            throw BuildError{mark.line + 1, mark.column + 1,
                             "a scenario file holds one YAML document; remove the second "
                             "document (after '---')"};
        }
    }
    void OnDocumentEnd() override {}

    void OnNull(const YAML::Mark &mark, YAML::anchor_t anchor) override
    {
        const int n = add(YamlNode::Type::Null, mark);
        finish(n, anchor);
    }

    void OnAlias(const YAML::Mark &mark, YAML::anchor_t anchor) override
    {
        const auto it = m_anchors.find(anchor);
        if (it == m_anchors.end()) {
            throw BuildError{mark.line + 1, mark.column + 1,
                             "this alias refers to the node that contains it; a cyclic "
                             "alias is not allowed"};
        }
        const int target = it->second;
        const std::size_t t = static_cast<std::size_t>(target);
        m_expanded += m_size[t];
        if (m_expanded > m_limits.maxExpandedNodes) {
            throw BuildError{mark.line + 1, mark.column + 1,
                             "aliases expand the document to more than " +
                                 std::to_string(m_limits.maxExpandedNodes) +
                                 " nodes; write the data out instead of multiplying it with "
                                 "aliases"};
        }
        if (static_cast<int>(m_stack.size()) + m_height[t] > m_limits.maxDepth) {
            throw BuildError{mark.line + 1, mark.column + 1,
                             "this alias nests the document deeper than " +
                                 std::to_string(m_limits.maxDepth) + " levels"};
        }
        attach(target);
    }

    void OnScalar(const YAML::Mark &mark, const std::string &tag, YAML::anchor_t anchor,
                  const std::string &value) override
    {
        const int n = add(YamlNode::Type::Scalar, mark);
        YamlNode &node = m_tree.m_nodes.back();
        node.value = repairedUtf8(value);
        node.quoted = tag != "?"; // "!" marks a quoted scalar, anything else an explicit tag
        finish(n, anchor);
    }

    void OnSequenceStart(const YAML::Mark &mark, const std::string &, YAML::anchor_t anchor,
                         YAML::EmitterStyle::value) override
    {
        open(YamlNode::Type::Sequence, mark, anchor);
    }
    void OnSequenceEnd() override { close(); }

    void OnMapStart(const YAML::Mark &mark, const std::string &, YAML::anchor_t anchor,
                    YAML::EmitterStyle::value) override
    {
        open(YamlNode::Type::Map, mark, anchor);
    }
    void OnMapEnd() override { close(); }

private:
    struct Open {
        int node;
        YAML::anchor_t anchor;
    };

    int add(YamlNode::Type type, const YAML::Mark &mark)
    {
        if (++m_expanded > m_limits.maxExpandedNodes) {
            throw BuildError{mark.line + 1, mark.column + 1,
                             "the document has more than " +
                                 std::to_string(m_limits.maxExpandedNodes) + " nodes"};
        }
        YamlNode node;
        node.type = type;
        node.line = mark.line + 1;
        node.column = mark.column + 1;
        m_tree.m_nodes.push_back(std::move(node));
        m_size.push_back(1);
        m_height.push_back(1);
        return static_cast<int>(m_tree.m_nodes.size()) - 1;
    }

    void open(YamlNode::Type type, const YAML::Mark &mark, YAML::anchor_t anchor)
    {
        if (static_cast<int>(m_stack.size()) >= m_limits.maxDepth) {
            throw BuildError{mark.line + 1, mark.column + 1,
                             "nesting is deeper than " + std::to_string(m_limits.maxDepth) +
                                 " levels; a scenario needs only a few"};
        }
        const int n = add(type, mark);
        m_stack.push_back({n, anchor});
    }

    void close()
    {
        const Open top = m_stack.back();
        m_stack.pop_back();
        finish(top.node, top.anchor);
    }

    /// A node is complete: compute its expanded size and height, make it available to
    /// aliases (only now, so an alias inside its own anchor is a cycle) and attach it.
    void finish(int n, YAML::anchor_t anchor)
    {
        const std::size_t u = static_cast<std::size_t>(n);
        long size = 1;
        int height = 1;
        for (const int child : m_tree.m_nodes[u].children) {
            size += m_size[static_cast<std::size_t>(child)];
            height = std::max(height, 1 + m_height[static_cast<std::size_t>(child)]);
        }
        m_size[u] = size;
        m_height[u] = height;
        if (anchor != YAML::NullAnchor)
            m_anchors[anchor] = n;
        attach(n);
    }

    void attach(int n)
    {
        if (m_stack.empty()) {
            if (m_tree.m_root < 0)
                m_tree.m_root = n;
            return;
        }
        m_tree.m_nodes[static_cast<std::size_t>(m_stack.back().node)].children.push_back(n);
    }

    YamlTree &m_tree;
    const YamlLimits &m_limits;
    std::vector<Open> m_stack;
    std::vector<long> m_size;
    std::vector<int> m_height;
    std::unordered_map<YAML::anchor_t, int> m_anchors;
    long m_expanded = 0;
    int m_documents = 0;
};

bool YamlTree::load(const std::string &text, const YamlLimits &limits, ScenarioError &error)
{
    m_nodes.clear();
    m_root = -1;
    if (!prescan(text, limits, error))
        return false;
    try {
        std::istringstream in(text);
        YAML::Parser parser(in);
        YamlTreeBuilder builder(*this, limits);
        if (!parser.HandleNextDocument(builder) || m_root < 0) {
            error.message = "the file is empty; a scenario starts with 'scalelab: 1'";
            return false;
        }
        parser.HandleNextDocument(builder); // throws if a second document starts
        return true;
    } catch (const BuildError &e) {
        error.line = e.line;
        error.column = e.column;
        error.message = e.message;
    } catch (const YAML::Exception &e) {
        if (!e.mark.is_null()) {
            error.line = e.mark.line + 1;
            error.column = e.mark.column + 1;
        }
        error.message = "YAML syntax error: " + e.msg;
    } catch (const std::bad_alloc &) {
        error.message = "the file is too large to read";
    }
    m_nodes.clear();
    m_root = -1;
    return false;
}

std::string describeNode(const YamlNode &node)
{
    switch (node.type) {
    case YamlNode::Type::Null:
        return "nothing";
    case YamlNode::Type::Sequence:
        return "a list";
    case YamlNode::Type::Map:
        return "a map";
    case YamlNode::Type::Scalar:
        break;
    }
    return "'" + (node.value.size() > 40 ? node.value.substr(0, 40) + "..." : node.value) + "'";
}

} // namespace scalelab
