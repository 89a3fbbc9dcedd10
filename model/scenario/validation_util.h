#pragma once

// Pieces of the semantic checks shared by validateScenario and checkNewLink.

#include "scenario/scenario.h"
#include "scenario/scenario_io.h"

#include <optional>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <utility>
#include <vector>

namespace scalelab {

struct KindTraits;

/// Ids are short names made of letters, digits, '_', '-' and '.'.
bool isValidId(const std::string &id);
/// The text in single quotes, shortened if long; for echoing user text in messages.
std::string quoted(const std::string &text);
/// "ids are: a, b, c" (the first few), or a note that there are no components.
std::string knownIds(const Scenario &scenario);

/// Appends an error at field (a path such as "groups[0].scaling.max"), without a line.
void addError(std::vector<ScenarioError> &errors, const std::string &field,
              const std::string &message);

/// Users of all clients components together.
long long totalUsers(const Scenario &scenario);

/// Component ids to their index, built once so that checks are linear in design size.
class ComponentIndex {
public:
    explicit ComponentIndex(const Scenario &scenario);
    /// The component with this id, or null (the first one when ids repeat).
    const Component *find(const std::string &id) const;

private:
    const Scenario &m_scenario;
    std::unordered_map<std::string, std::size_t> m_byId;
};

/// Checks links one after another, each against those before it, in linear time overall.
class LinkChecker {
public:
    explicit LinkChecker(const Scenario &scenario);
    /// Why `link` may not follow the links checked so far, as {field suffix such as ".to",
    /// sentence}; nothing if it is fine. Either way it then counts as one of them.
    std::optional<std::pair<std::string, std::string>> check(const Link &link);

private:
    /// A backup link: from a kind that calls its links, beside a normal link of its kinds.
    std::optional<std::pair<std::string, std::string>>
    checkBackup(const Link &link, const KindTraits &fromTraits) const;

    struct Outgoing {
        std::size_t count = 0;
        std::string first; ///< the target of its first link
        std::unordered_set<std::string> targets;
        /// Targets as counted against maxOutgoing: a primary and its replicas are one.
        std::unordered_set<std::string> dataSets;
        double sum[kRequestKindCount] = {};
    };
    const Scenario &m_scenario;
    ComponentIndex m_index;
    std::unordered_map<std::string, Outgoing> m_out;
};

} // namespace scalelab
