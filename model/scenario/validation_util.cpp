#include "scenario/validation_util.h"

#include "scenario/number_text.h"

#include <algorithm>
#include <cctype>
#include <cmath>

namespace scalelab {

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

std::optional<std::pair<std::string, std::string>> linkProblem(const Scenario &s, const Link &link,
                                                               std::size_t linksBefore)
{
    using Problem = std::pair<std::string, std::string>;
    const Component *from = s.find(link.from);
    const Component *to = s.find(link.to);
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
    if (to->kind == ComponentKind::Dns)
        return Problem{".to", "'" + to->id +
                                  "' is a dns: clients ask it first, so it is an entry point "
                                  "and nothing links into it; link from the dns to the "
                                  "component it answers with instead"};
    if (from->kind == ComponentKind::Database)
        return Problem{".from", "'" + from->id +
                                    "' is a database: it answers queries and calls nothing in "
                                    "this version, so it cannot have outgoing links"};
    double sum[kRequestKindCount] = {};
    const std::size_t n = std::min(linksBefore, s.links.size());
    for (std::size_t i = 0; i < n; ++i) {
        const Link &other = s.links[i];
        if (other.from != link.from)
            continue;
        if (other.to == link.to)
            return Problem{".to", "there is already a link from '" + link.from + "' to '" +
                                      link.to + "'; change that link instead of adding another"};
        if (from->kind == ComponentKind::Dns)
            return Problem{".from", "'" + from->id + "' already links to '" + other.to +
                                        "'; a dns answers with one address, so it has exactly "
                                        "one outgoing link"};
        for (int k = 0; k < kRequestKindCount; ++k) {
            if (carries(other, static_cast<RequestKind>(k)) && std::isfinite(other.probability))
                sum[k] += other.probability;
        }
    }
    if (from->kind == ComponentKind::Service) {
        for (int k = 0; k < kRequestKindCount; ++k) {
            const auto kind = static_cast<RequestKind>(k);
            if (!carries(link, kind) || sum[k] + link.probability <= 1.0 + 1e-9)
                continue;
            return Problem{".probability",
                           "the links out of service '" + from->id + "' would pass on " +
                               numberText(std::round((sum[k] + link.probability) * 1000) / 10) +
                               "% of its finished " + toString(kind) +
                               " requests; a service sends each request along at most one "
                               "link, so their probabilities must add up to at most 1 (the "
                               "rest leave the system)"};
        }
    }
    return std::nullopt;
}

} // namespace scalelab
