#include "scenario/kinds/database.h"

#include "scenario/kinds/kind_traits.h"
#include "scenario/scenario.h"

namespace scalelab {

namespace {

constexpr const char *kDatabase = QT_TRANSLATE_NOOP("scalelab::Param", "Database");

std::vector<ParamSpec> databaseParams()
{
    using P = DatabaseParams;
    return {
        bound<DbModel>(
            {.key = "model",
             .type = ParamType::Choice,
             .label = QT_TRANSLATE_NOOP("scalelab::Param", "Data model"),
             .tooltip = QT_TRANSLATE_NOOP(
                 "scalelab::Param",
                 "Relational: tables and joins, costlier queries, usually scaled up on a "
                 "bigger machine. Key-value: simple lookups by key, lower latency, scaled "
                 "out over many machines."),
             .group = kDatabase,
             .choices = {{"relational", QT_TRANSLATE_NOOP("scalelab::Param", "Relational (SQL)")},
                         {"key_value", QT_TRANSLATE_NOOP("scalelab::Param", "Key-value (NoSQL)")}}},
            [](Component &c) -> DbModel & { return c.as<P>().model; }),
        bound<Distribution>({.key = "read_ms",
                             .type = ParamType::Distribution,
                             .label = QT_TRANSLATE_NOOP("scalelab::Param", "Read time"),
                             .shortLabel = "R",
                             .unit = "ms",
                             .tooltip = QT_TRANSLATE_NOOP(
                                 "scalelab::Param", "Time a worker spends on one read query."),
                             .group = kDatabase},
                            [](Component &c) -> Distribution & { return c.as<P>().read_ms; }),
        bound<Distribution>(
            {.key = "write_ms",
             .type = ParamType::Distribution,
             .label = QT_TRANSLATE_NOOP("scalelab::Param", "Write time"),
             .shortLabel = "W",
             .unit = "ms",
             .tooltip = QT_TRANSLATE_NOOP("scalelab::Param",
                                          "Time a worker spends on one write; writes usually "
                                          "cost more than reads (indexes, durability)."),
             .group = kDatabase},
            [](Component &c) -> Distribution & { return c.as<P>().write_ms; }),
    };
}

} // namespace

const KindTraits &databaseTraits()
{
    static const KindTraits traits{
        .kind = ComponentKind::Database,
        .yamlName = "database",
        .displayName = QT_TRANSLATE_NOOP("scalelab::Kind", "Database"),
        .idStem = "db",
        .description = QT_TRANSLATE_NOOP(
            "scalelab::Kind",
            "Stores the data: reads and writes take different times; relational supports "
            "joins but scales up, key-value is faster and scales out."),
        .colour = 0x7b1fa2,
        .machine = true,
        .maxOutgoing = 0,
        .outgoingRefusal =
            "it answers queries and calls nothing in this version, so it cannot have outgoing "
            "links",
        .outgoing = OutgoingUse::None,
        .outgoingText = "none: it answers queries and calls nothing",
        .params = databaseParams(),
        .cardKeys = {"model", "read_ms", "write_ms"},
        .applyDefaults =
            [](Component &c) {
                c.workers = 4;
                c.service_ms = Distribution::exponential(5.0);
                c.cost_per_hour = 0.20;
                // MySQL's default max_connections; above the largest machine's 128 cores.
                c.capacity = 151;
                c.params = DatabaseParams{};
            },
    };
    return traits;
}

const char *toString(DbModel m)
{
    return choiceName(databaseTraits().params[0], static_cast<int>(m)).data();
}

} // namespace scalelab
