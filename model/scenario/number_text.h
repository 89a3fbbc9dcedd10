#pragma once

// Numbers as text for YAML files and messages: whole numbers plainly ("3600", not
// "3.6e+03"), everything else in the shortest form that reads back to the same double.

#include <string>

namespace scalelab {

std::string numberText(double value);

} // namespace scalelab
