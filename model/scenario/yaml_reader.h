#pragma once

// Turns a parsed YAML tree into a Scenario, strictly: every key, type and enum name is
// checked and reported with its position. Range and cross-reference checks are left to
// validateScenario, whose errors are then placed with ReadContext::positionOf.

#include "scenario/scenario_limits.h"
#include "scenario/yaml_fields.h"

namespace scalelab {

/// Reads the document in context.tree() into out; errors go to context.errors.
void readScenario(ReadContext &context, Scenario &out);

/// Reads one component map at `node` (components[i]) into out, keys and values checked
/// against its kind's parameter declarations (component_reader.cpp).
void readComponent(ReadContext &context, int node, const std::string &path, Component &out);

/// A distribution map. It starts from `fallback` (so `{mean: 30}` keeps the default's
/// shape) and keeps only the parameters of its kind, so values compare equal after a write
/// and a read. `owner` names what it belongs to in messages.
void readDistribution(ReadContext &context, int node, const std::string &path,
                      const std::string &owner, const Distribution &fallback, Distribution &out);

/// A load curve: a list of {t_s, rate_rps} maps under key in f.
void readCurve(ReadContext &context, MapFields &f, std::string_view key,
               std::vector<RatePoint> &out);

/// The items of a list field, or null (with an error) if it is not a list or too long;
/// null without an error when the key is absent or empty.
const std::vector<int> *listItems(ReadContext &context, MapFields &fields, std::string_view key,
                                  std::size_t maxItems);

/// The lesson parts of the top-level map: `goals:` and `reveal:` (goal_reader.cpp).
void readGoals(ReadContext &context, MapFields &top, std::vector<Goal> &out);
void readReveal(ReadContext &context, MapFields &top, std::vector<RevealStep> &out);

/// The monitoring parts: `alerts:` and `business:` (alert_reader.cpp).
void readAlerts(ReadContext &context, MapFields &top, std::vector<Alert> &out);
void readBusiness(ReadContext &context, MapFields &top, BusinessSettings &out);

/// The value node of key in a map node, without checking anything (to peek at 'kind').
const YamlNode *peek(const YamlTree &tree, int map, std::string_view key);

} // namespace scalelab
