#pragma once

// Canvas tests lay out their scenarios in code: a component of a kind, at a place.

#include "scenario/scenario.h"

#include <string>

namespace scalelab::test {

/// A component with its kind's defaults, centred at (x, y) on the canvas.
inline Component at(ComponentKind kind, const std::string &id, double x, double y)
{
    Component c = defaultComponent(kind, id);
    c.position = Position{x, y};
    return c;
}

} // namespace scalelab::test
