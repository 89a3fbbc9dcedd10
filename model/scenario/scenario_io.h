#pragma once

// Reading and writing scenarios as YAML (format version 1, see docs/scenario-format.md),
// and checking them. The reader is strict: every mistake is reported with the file, line
// and column, what is wrong and what is allowed; it never crashes or hangs on any input.

#include "scenario/scenario.h"

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace scalelab {

struct ScenarioError {
    std::string file;  ///< as given by the caller; may be empty for text not from a file
    int line = 0;      ///< 1-based; 0 = no position (a semantic check on a Scenario value)
    int column = 0;    ///< 1-based
    std::string field; ///< dotted path, e.g. "components[2].service_ms.mean"
    std::string message;
    /// "file:line:column: field: message" (parts that are unknown are left out).
    std::string format() const;
};

/// Whether the rules of a whole design apply (it has users, and they are connected), or
/// only those of its parts (a clipboard fragment, a design while it is being edited).
enum class Completeness : std::uint8_t { Whole, Part };

struct LoadResult {
    std::optional<Scenario> scenario; ///< set only when errors is empty
    std::vector<ScenarioError> errors;
    /// Line and column of each field read from the file, e.g. "run.warmup_s".
    std::map<std::string, std::pair<int, int>> positions;
    bool ok() const { return scenario.has_value(); }
    /// The position of field, or of the nearest enclosing one read from the file.
    std::optional<std::pair<int, int>> positionOf(std::string field) const;
    /// All errors formatted, one per line.
    std::string message() const;
};

/// Parses YAML text. fileName is used in messages only.
LoadResult parseScenario(const std::string &yamlText, const std::string &fileName = {},
                         Completeness completeness = Completeness::Whole);
/// Reads and parses a file; a missing or unreadable file is an error naming the file.
LoadResult loadScenarioFile(const std::string &path,
                            Completeness completeness = Completeness::Whole);

/// Writes the scenario as YAML in a stable, diff-friendly order; parseScenario of the
/// result gives back an equal Scenario.
std::string writeScenario(const Scenario &scenario);

/// Semantic checks on a value (ranges, unknown ids, probabilities, duplicate ids...).
/// Errors carry a field path but no line. The reader runs these too.
std::vector<ScenarioError> validateScenario(const Scenario &scenario,
                                            Completeness completeness = Completeness::Whole);

/// Would adding this link be refused? Returns the reason a student should read, or
/// nothing if the link is fine. Used by the canvas to refuse a drag-to-connect.
std::optional<std::string> checkNewLink(const Scenario &scenario, const Link &link);

} // namespace scalelab
