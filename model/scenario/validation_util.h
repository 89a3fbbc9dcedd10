#pragma once

// Pieces of the semantic checks shared by validateScenario and checkNewLink.

#include "scenario/scenario.h"

#include <optional>
#include <string>
#include <utility>

namespace scalelab {

/// Ids are short names made of letters, digits, '_', '-' and '.'.
bool isValidId(const std::string &id);
/// The text in single quotes, shortened if long; for echoing user text in messages.
std::string quoted(const std::string &text);
/// "ids are: a, b, c" (the first few), or a note that there are no components.
std::string knownIds(const Scenario &scenario);

/// Why link may not be added to a scenario that has only its first linksBefore links, as
/// {field suffix such as ".to", sentence}; nothing if it is fine.
std::optional<std::pair<std::string, std::string>>
linkProblem(const Scenario &scenario, const Link &link, std::size_t linksBefore);

} // namespace scalelab
