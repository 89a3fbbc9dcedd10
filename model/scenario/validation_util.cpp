#include "scenario/validation_util.h"

#include "scenario/number_text.h"

#include <algorithm>
#include <cctype>
#include <cmath>

namespace scalelab {

void addError(std::vector<ScenarioError> &errors, const std::string &field,
              const std::string &message)
{
    ScenarioError e;
    e.field = field;
    e.message = message;
    errors.push_back(std::move(e));
}

bool isValidId(const std::string &id)
{
    if (id.empty() || id.size() > 64)
        return false;
    return std::all_of(id.begin(), id.end(), [](char c) {
        return std::isalnum(static_cast<unsigned char>(c)) != 0 || c == '_' || c == '-' || c == '.';
    });
}

std::string quoted(const std::string &text)
{
    return "'" + (text.size() > 40 ? text.substr(0, 40) + "..." : text) + "'";
}

std::string knownIds(const Scenario &scenario)
{
    if (scenario.components.empty())
        return "the scenario has no components yet";
    std::string out = "ids are: ";
    for (std::size_t i = 0; i < scenario.components.size() && i < 10; ++i)
        out += (i > 0 ? ", " : "") + scenario.components[i].id;
    if (scenario.components.size() > 10)
        out += ", ...";
    return out;
}

namespace {

bool carries(const Link &link, RequestKind kind)
{
    return link.kinds.empty() ||
           std::find(link.kinds.begin(), link.kinds.end(), kind) != link.kinds.end();
}

} // namespace

ComponentIndex::ComponentIndex(const Scenario &scenario) : m_scenario(scenario)
{
    m_byId.reserve(scenario.components.size());
    for (std::size_t i = 0; i < scenario.components.size(); ++i)
        m_byId.emplace(scenario.components[i].id, i);
}

const Component *ComponentIndex::find(const std::string &id) const
{
    const auto it = m_byId.find(id);
    return it == m_byId.end() ? nullptr : &m_scenario.components[it->second];
}

LinkChecker::LinkChecker(const Scenario &scenario) : m_scenario(scenario), m_index(scenario) {}

std::optional<std::pair<std::string, std::string>> LinkChecker::check(const Link &link)
{
    using Problem = std::pair<std::string, std::string>;
    const Scenario &s = m_scenario;
    const Component *from = m_index.find(link.from);
    const Component *to = m_index.find(link.to);
    if (from == nullptr)
        return Problem{".from", "there is no component " + quoted(link.from) +
                                    " to start this link from; " + knownIds(s)};
    if (to == nullptr)
        return Problem{".to", "there is no component " + quoted(link.to) +
                                  " for this link to go to; " + knownIds(s)};
    if (link.from == link.to)
        return Problem{".to", "a link from '" + link.from +
                                  "' to itself is not allowed; connect it to another component"};
    if (!std::isfinite(link.probability) || link.probability < 0.0 || link.probability > 1.0)
        return Problem{".probability", "the probability of a link must be from 0 to 1, got " +
                                           numberText(link.probability)};
    if (!std::isfinite(link.latency_ms) || link.latency_ms < 0.0 || link.latency_ms > 1e6)
        return Problem{".latency_ms", "the latency of a link must be from 0 to 1000000 ms, got " +
                                          numberText(link.latency_ms)};
    for (std::size_t i = 0; i < link.kinds.size(); ++i) {
        if (std::find(link.kinds.begin(), link.kinds.begin() + static_cast<long>(i),
                      link.kinds[i]) != link.kinds.begin() + static_cast<long>(i))
            return Problem{".kinds", std::string("request kind '") + toString(link.kinds[i]) +
                                         "' is listed twice"};
    }
    const KindTraits &fromTraits = traitsOf(from->kind);
    const KindTraits &toTraits = traitsOf(to->kind);
    if (!toTraits.acceptsIncoming ||
        (toTraits.entryOnly && fromTraits.outgoing != OutgoingUse::SendsToEntry))
        return Problem{".to", "'" + to->id + "' is a " + std::string(toTraits.yamlName) + ": " +
                                  std::string(toTraits.incomingRefusal)};
    if (fromTraits.maxOutgoing == 0)
        return Problem{".from", "'" + from->id + "' is a " + std::string(fromTraits.yamlName) +
                                    ": " + std::string(fromTraits.outgoingRefusal)};
    Outgoing &out = m_out[link.from];
    if (!out.targets.insert(link.to).second)
        return Problem{".to", "there is already a link from '" + link.from + "' to '" + link.to +
                                  "'; change that link instead of adding another"};
    if (link.backup)
        return checkBackup(link, fromTraits);
    // A primary and its replicas answer as one (reads to a replica, writes to the primary).
    const auto *db = std::get_if<DatabaseParams>(&to->params);
    const std::string dataSet = db && !db->replica_of.empty() ? db->replica_of : link.to;
    if (fromTraits.maxOutgoing > 0 && out.dataSets.count(dataSet) == 0 &&
        out.dataSets.size() >= static_cast<std::size_t>(fromTraits.maxOutgoing))
        return Problem{".from", "'" + from->id + "' already links to '" + out.first + "'; " +
                                    std::string(fromTraits.outgoingRefusal)};
    out.dataSets.insert(dataSet);
    if (out.count++ == 0)
        out.first = link.to;
    for (int k = 0; k < kRequestKindCount; ++k) {
        const auto kind = static_cast<RequestKind>(k);
        if (!carries(link, kind))
            continue;
        out.sum[k] += link.probability;
        if (fromTraits.outgoing != OutgoingUse::OneByProbability || out.sum[k] <= 1.0 + 1e-9)
            continue;
        return Problem{".probability",
                       "the links out of " + std::string(fromTraits.yamlName) + " '" + from->id +
                           "' would pass on " + numberText(std::round(out.sum[k] * 1000) / 10) +
                           "% of its finished " + toString(kind) +
                           " requests; it sends each request along at most one link, so their "
                           "probabilities must add up to at most 1 (the rest leave the system)"};
    }
    return std::nullopt;
}

std::optional<std::pair<std::string, std::string>>
LinkChecker::checkBackup(const Link &link, const KindTraits &fromTraits) const
{
    using Problem = std::pair<std::string, std::string>;
    if (fromTraits.outgoing != OutgoingUse::CallsEach &&
        fromTraits.outgoing != OutgoingUse::SendsToEntry)
        return Problem{".backup", "'" + link.from + "' is a " + std::string(fromTraits.yamlName) +
                                      ": only a component that calls its links (a web server, "
                                      "a cache) or users can have a backup link"};
    // Backups stand in for a normal link whose target is down: one must carry its kinds.
    for (const Link &l : m_scenario.links) {
        if (l.backup || l.from != link.from || l.to == link.to)
            continue;
        for (int k = 0; k < kRequestKindCount; ++k)
            if (carries(l, static_cast<RequestKind>(k)) &&
                carries(link, static_cast<RequestKind>(k)))
                return std::nullopt;
    }
    return Problem{".backup", "a backup link stands in for a normal link whose target is down, "
                              "but '" +
                                  link.from +
                                  "' has no normal link carrying the kinds of "
                                  "this one; add that link first, or make this one normal"};
}

long long totalUsers(const Scenario &scenario)
{
    long long users = 0;
    for (const Component &c : scenario.components)
        if (const auto *p = std::get_if<ClientsParams>(&c.params))
            users += p->users;
    return users;
}

} // namespace scalelab
