#pragma once

// database: stores the data; reads and writes take their own times.

#include "scenario/basic_types.h"

#include <cstdint>

namespace scalelab {

struct KindTraits;

enum class DbModel : std::uint8_t { Relational, KeyValue };

struct DatabaseParams {
    DbModel model = DbModel::Relational;
    Distribution read_ms = Distribution::exponential(5.0);
    Distribution write_ms = Distribution::exponential(10.0);
    bool operator==(const DatabaseParams &) const = default;
};

const KindTraits &databaseTraits();
const char *toString(DbModel m);

} // namespace scalelab
