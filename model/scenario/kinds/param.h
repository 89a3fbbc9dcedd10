#pragma once

// A component parameter, declared once: its YAML key, type, unit, range and the sentence a
// student reads in the inspector's tooltip. Its default is the value in the kind's default
// component. The YAML reader and writer, the validator, the inspector form and the format
// doc all walk these declarations, so they cannot disagree.

#include "scenario/basic_types.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <type_traits>
#include <variant>
#include <vector>

// Marks text for Qt's translation tools (lupdate reads the macro by name) without
// including Qt here; the views translate it with the context "scalelab::Param".
#ifndef QT_TRANSLATE_NOOP
#define QT_TRANSLATE_NOOP(scope, text) text
#endif

namespace scalelab {

struct Component;

enum class ParamType : std::uint8_t {
    Number,          ///< a double in [min, max]
    Integer,         ///< an int in [min, max]
    OptionalNumber,  ///< a double, or none (noneText says what none means)
    OptionalInteger, ///< an int, or none
    Choice,          ///< one of `choices`, by YAML name
    Distribution,    ///< a service-time distribution in ms
    Curve,           ///< a load curve: a list of {t_s, rate_rps}
    Text,            ///< a short name
};

using ParamValue = std::variant<double, int, std::optional<double>, std::optional<int>,
                                Distribution, std::vector<RatePoint>, std::string>;

struct ParamChoice {
    std::string_view name;  ///< as written in YAML
    std::string_view label; ///< as shown in the inspector (translatable)
};

struct ParamSpec {
    /// YAML key. "health_check.interval_s" is interval_s inside the health_check map.
    std::string_view key;
    ParamType type = ParamType::Number;
    std::string_view label;      ///< inspector label (translatable)
    std::string_view shortLabel; ///< on the card, before the value ("TTL"); empty = no label
    std::string_view unit;       ///< shown after the value ("ms", "s", "$/h"); empty for none
    double min = 0;
    double max = 0;
    bool minOpen = false; ///< the value must be above min, not equal to it
    int decimals = 0;     ///< digits after the point in the inspector
    /// A number above 0 must be at least this (0 keeps its own meaning): a smaller one only
    /// makes the run slow. floorWhy says why, in the validator's message and the docs.
    double floor = 0;
    std::string_view floorWhy;
    std::string_view tooltip;
    std::string_view group;    ///< the inspector box it appears in (translatable)
    std::string_view noneText; ///< optional types: what "none" means, e.g. "unbounded"
    double suggestion = 0;     ///< optional types: value offered when "none" is unticked
    std::vector<ParamChoice> choices;
    /// In a nested map given in a file, the siblings left out are 0 (the request mix), not
    /// their defaults.
    bool zeroMissingSiblings = false;
    ParamValue (*get)(const Component &) = nullptr;
    void (*set)(Component &, const ParamValue &) = nullptr;

    /// "health_check" for "health_check.interval_s"; empty for a top-level key.
    std::string_view mapKey() const;
    /// "interval_s" for "health_check.interval_s"; the key itself for a top-level key.
    std::string_view leafKey() const;
    /// The word the YAML writer uses for none: "unbounded" for a capacity, else "none"
    /// (the reader accepts either).
    std::string_view noneWord() const { return noneText == "unbounded" ? "unbounded" : "none"; }
    bool isOptional() const
    {
        return type == ParamType::OptionalNumber || type == ParamType::OptionalInteger;
    }
};

/// Gives a declaration its get/set from a captureless lambda returning a reference to the
/// field, e.g. `[](Component &c) -> double & { return c.as<DnsParams>().ttl_s; }`.
/// Enum fields travel as their index in `choices`.
template <typename T, typename Access> ParamSpec bound(ParamSpec spec, Access)
{
    spec.get = [](const Component &c) -> ParamValue {
        const T &v = Access{}(const_cast<Component &>(c));
        if constexpr (std::is_enum_v<T>)
            return static_cast<int>(v);
        else
            return v;
    };
    spec.set = [](Component &c, const ParamValue &v) {
        if constexpr (std::is_enum_v<T>)
            Access{}(c) = static_cast<T>(std::get<int>(v));
        else
            Access{}(c) = std::get<T>(v);
    };
    return spec;
}

/// The name of a choice value, or "?" when out of range.
std::string_view choiceName(const ParamSpec &spec, int index);
/// The index of a choice name, or -1.
int choiceIndex(const ParamSpec &spec, std::string_view name);

} // namespace scalelab
