#include "scenario/number_text.h"

#include <charconv>
#include <cmath>

namespace scalelab {

std::string numberText(double value)
{
    if (std::isnan(value))
        return ".nan";
    if (std::isinf(value))
        return value > 0 ? ".inf" : "-.inf";
    if (value == 0)
        return "0"; // also -0, which the reader refuses as a typo
    char buf[64];
    std::to_chars_result r{};
    if (value == std::floor(value) && std::fabs(value) < 1e15)
        r = std::to_chars(buf, buf + sizeof buf, value, std::chars_format::fixed);
    else
        r = std::to_chars(buf, buf + sizeof buf, value); // shortest that round-trips
    return std::string(buf, r.ptr);
}

} // namespace scalelab
