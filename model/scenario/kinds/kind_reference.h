#pragma once

// The per-kind reference of docs/scenario-format.md, written from the kinds' declarations
// (tests/model/tst_kind_declarations checks the doc against it), so the doc cannot drift.

#include <string>

namespace scalelab {

/// Markdown: for every kind, its description, its links, and a table of its parameters
/// (key, type and unit, range, default, meaning).
std::string kindReference();

} // namespace scalelab
