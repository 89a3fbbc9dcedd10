#include "scenario/yaml_fields.h"

#include <algorithm>
#include <cctype>
#include <charconv>
#include <cmath>
#include <limits>

namespace scalelab {

void ReadContext::error(const YamlNode &at, const std::string &field, const std::string &message)
{
    ScenarioError e;
    e.line = at.line;
    e.column = at.column;
    e.field = field;
    e.message = message;
    errors.push_back(std::move(e));
}

void ReadContext::remember(const std::string &field, const YamlNode &at)
{
    m_positions.emplace(field, std::make_pair(at.line, at.column));
}

void ReadContext::alias(const std::string &internal, const std::string &inFile)
{
    m_aliases.emplace_back(internal, inFile);
}

std::string ReadContext::fieldInFile(const std::string &field) const
{
    for (const auto &[internal, inFile] : m_aliases)
        if (field.compare(0, internal.size(), internal) == 0 &&
            (field.size() == internal.size() || field[internal.size()] == '.' ||
             field[internal.size()] == '['))
            return inFile + field.substr(internal.size());
    return field;
}

std::optional<std::pair<int, int>> ReadContext::positionOf(std::string field) const
{
    field = fieldInFile(field);
    while (!field.empty()) {
        const auto it = m_positions.find(field);
        if (it != m_positions.end())
            return it->second;
        // Drop the last ".key" or "[index]" and try the enclosing path.
        const std::size_t cut = field.find_last_of(".[");
        field.resize(cut == std::string::npos ? 0 : cut);
    }
    return std::nullopt;
}

namespace {

std::size_t editDistance(std::string_view a, std::string_view b)
{
    std::vector<std::size_t> row(b.size() + 1);
    for (std::size_t j = 0; j <= b.size(); ++j)
        row[j] = j;
    for (std::size_t i = 1; i <= a.size(); ++i) {
        std::size_t diagonal = row[0];
        row[0] = i;
        for (std::size_t j = 1; j <= b.size(); ++j) {
            const std::size_t above = row[j];
            const std::size_t cost = a[i - 1] == b[j - 1] ? 0 : 1;
            row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + cost});
            diagonal = above;
        }
    }
    return row[b.size()];
}

bool isYamlNull(const YamlNode &n)
{
    if (n.type == YamlNode::Type::Null)
        return true;
    return n.type == YamlNode::Type::Scalar && !n.quoted &&
           (n.value == "~" || n.value == "null" || n.value == "Null" || n.value == "NULL");
}

} // namespace

std::string closestSuggestion(std::string_view word, const std::vector<std::string_view> &options)
{
    if (word.size() > 64)
        return {};
    std::string_view best;
    std::size_t bestDistance = std::max<std::size_t>(2, word.size() / 3) + 1;
    for (const std::string_view option : options) {
        const std::size_t d = editDistance(word, option);
        if (d < bestDistance) {
            bestDistance = d;
            best = option;
        }
    }
    return best.empty() ? std::string() : "did you mean '" + std::string(best) + "'? ";
}

std::string joinNames(const std::vector<std::string_view> &names)
{
    std::string out;
    for (std::size_t i = 0; i < names.size(); ++i) {
        if (i > 0)
            out += i + 1 == names.size() ? " or " : ", ";
        out += names[i];
    }
    return out;
}

bool parseNumber(const YamlNode &node, double &out, std::string &why)
{
    if (node.type != YamlNode::Type::Scalar) {
        why = "expected a number, got " + describeNode(node);
        return false;
    }
    if (node.quoted) {
        why =
            "expected a number, got the text \"" + node.value + "\"; write numbers without quotes";
        return false;
    }
    std::string_view s = node.value;
    std::string_view body = s;
    if (!body.empty() && (body.front() == '+' || body.front() == '-'))
        body.remove_prefix(1);
    if (body == ".inf" || body == ".Inf" || body == ".INF" || body == ".nan" || body == ".NaN" ||
        body == ".NAN") {
        why = "must be a finite number, got '" + node.value + "'";
        return false;
    }
    if (!s.empty() && s.front() == '+')
        s.remove_prefix(1);
    double value = 0.0;
    const auto [ptr, ec] = std::from_chars(s.data(), s.data() + s.size(), value);
    if (ec == std::errc::result_out_of_range) {
        why = "'" + node.value + "' is out of range for a number";
        return false;
    }
    if (ec != std::errc() || ptr != s.data() + s.size() || s.empty()) {
        why = "expected a number, got " + describeNode(node);
        if (ec == std::errc() && ptr != s.data() + s.size() &&
            std::isalpha(static_cast<unsigned char>(*ptr)) != 0)
            why += " (the unit is part of the key name, e.g. _ms or _s; write only the number)";
        return false;
    }
    if (!std::isfinite(value)) {
        why = "must be a finite number, got '" + node.value + "'";
        return false;
    }
    if (value == 0 && std::signbit(value)) {
        why = "'" + node.value +
              "' is a zero with a minus sign, most likely a typo; write 0, or the negative "
              "number you meant";
        return false;
    }
    out = value;
    return true;
}

MapFields::MapFields(ReadContext &context, int node, std::string path, std::string what,
                     std::vector<std::string_view> allowed, const KeyHints &hints)
    : m_context(context), m_node(node), m_path(std::move(path)), m_what(std::move(what))
{
    const YamlNode &map = context.tree().node(node);
    context.remember(m_path, map);
    if (map.type != YamlNode::Type::Map) {
        context.error(map, m_path,
                      "expected a map of keys (" + joinNames(allowed) + ") for " + m_what +
                          ", got " + describeNode(map));
        return;
    }
    m_isMap = true;
    for (std::size_t i = 0; i + 1 < map.children.size(); i += 2) {
        const YamlNode &key = context.tree().node(map.children[i]);
        const int value = map.children[i + 1];
        if (key.type != YamlNode::Type::Scalar) {
            context.error(key, m_path,
                          "a key in " + m_what + " must be a plain name, not " + describeNode(key));
            continue;
        }
        const std::string field = m_path.empty() ? key.value : m_path + "." + key.value;
        const auto previous = std::find_if(m_fields.begin(), m_fields.end(),
                                           [&](const auto &f) { return f.first == key.value; });
        if (previous != m_fields.end()) {
            const YamlNode &first = context.tree().node(previous->second);
            context.error(key, field,
                          "key '" + key.value + "' appears twice in " + m_what +
                              " (first on line " + std::to_string(first.line) + "); keep only one");
            continue;
        }
        if (std::find(allowed.begin(), allowed.end(), key.value) == allowed.end()) {
            const auto hint = std::find_if(hints.begin(), hints.end(),
                                           [&](const auto &h) { return h.first == key.value; });
            if (hint != hints.end()) {
                context.error(key, field, "key '" + key.value + "' " + hint->second);
            } else {
                context.error(key, field,
                              "unknown key '" + key.value + "' in " + m_what + "; " +
                                  closestSuggestion(key.value, allowed) +
                                  "allowed: " + joinNames(allowed));
            }
            continue;
        }
        const YamlNode &valueNode = context.tree().node(value);
        context.remember(field, valueNode.type == YamlNode::Type::Null ? key : valueNode);
        m_fields.emplace_back(key.value, value);
    }
}

int MapFields::find(std::string_view key) const
{
    for (const auto &[name, value] : m_fields) {
        if (name == key)
            return value;
    }
    return -1;
}

std::string MapFields::path(std::string_view key) const
{
    return m_path.empty() ? std::string(key) : m_path + "." + std::string(key);
}

void MapFields::error(std::string_view key, const std::string &message)
{
    const int v = find(key);
    const YamlNode &at = m_context.tree().node(v >= 0 ? v : m_node);
    const auto pos = m_context.positionOf(path(key));
    ScenarioError e;
    e.line = pos ? pos->first : at.line;
    e.column = pos ? pos->second : at.column;
    e.field = path(key);
    e.message = message;
    m_context.errors.push_back(std::move(e));
}

const YamlNode *MapFields::scalarOrError(std::string_view key, const char *expected)
{
    const int v = find(key);
    if (v < 0)
        return nullptr;
    const YamlNode &n = m_context.tree().node(v);
    if (n.type == YamlNode::Type::Null) {
        error(key, std::string("has no value; expected ") + expected);
        return nullptr;
    }
    return &n;
}

void MapFields::number(std::string_view key, double &out)
{
    const YamlNode *n = scalarOrError(key, "a number");
    std::string why;
    if (n != nullptr && !parseNumber(*n, out, why))
        error(key, why);
}

void MapFields::optionalNumber(std::string_view key, std::optional<double> &out)
{
    const int v = find(key);
    if (v < 0)
        return;
    const YamlNode &n = m_context.tree().node(v);
    if (isYamlNull(n)) {
        out.reset();
        return;
    }
    double value = 0.0;
    std::string why;
    if (parseNumber(n, value, why))
        out = value;
    else
        error(key, why);
}

void MapFields::integer(std::string_view key, int &out, long long min, long long max)
{
    const int v = find(key);
    if (v >= 0 && isYamlNull(m_context.tree().node(v))) {
        error(key, "has no value; expected a whole number");
        return;
    }
    std::optional<int> value;
    optionalInteger(key, value, min, max);
    if (value)
        out = *value;
}

void MapFields::optionalInteger(std::string_view key, std::optional<int> &out, long long min,
                                long long max)
{
    const int v = find(key);
    if (v < 0)
        return;
    const YamlNode &n = m_context.tree().node(v);
    if (isYamlNull(n)) {
        out.reset();
        return;
    }
    double value = 0.0;
    std::string why;
    const std::string range =
        "must be a whole number from " + std::to_string(min) + " to " + std::to_string(max);
    if (!parseNumber(n, value, why)) {
        error(key, why);
    } else if (value != std::floor(value)) {
        error(key, range + ", got '" + n.value + "' (not a whole number)");
    } else if (value < static_cast<double>(min) || value > static_cast<double>(max)) {
        error(key, range + ", got '" + n.value + "'");
    } else {
        out = static_cast<int>(value);
    }
}

void MapFields::unsignedInteger(std::string_view key, std::optional<std::uint64_t> &out)
{
    const int v = find(key);
    if (v < 0)
        return;
    const YamlNode &n = m_context.tree().node(v);
    if (isYamlNull(n)) {
        out.reset();
        return;
    }
    std::uint64_t value = 0;
    const std::string &s = n.value;
    const auto [ptr, ec] = std::from_chars(s.data(), s.data() + s.size(), value);
    if (n.type != YamlNode::Type::Scalar || n.quoted || s.empty() || ec != std::errc() ||
        ptr != s.data() + s.size()) {
        error(key, "must be a whole number from 0 to " +
                       std::to_string(std::numeric_limits<std::uint64_t>::max()) + ", got " +
                       describeNode(n));
        return;
    }
    out = value;
}

void MapFields::text(std::string_view key, std::string &out, bool allowEmpty)
{
    const int v = find(key);
    if (v < 0)
        return;
    const YamlNode &n = m_context.tree().node(v);
    if (isYamlNull(n) && allowEmpty) {
        out.clear();
    } else if (n.type == YamlNode::Type::Scalar && !isYamlNull(n)) {
        out = n.value;
    } else {
        error(key, "expected a text, got " + describeNode(n));
    }
}

void MapFields::nameError(const YamlNode &n, std::string_view key,
                          const std::vector<std::string_view> &names)
{
    std::string message = "unknown value " + describeNode(n) + "; ";
    if (n.type == YamlNode::Type::Scalar)
        message += closestSuggestion(n.value, names);
    error(key, message + "allowed: " + joinNames(names));
}

} // namespace scalelab
