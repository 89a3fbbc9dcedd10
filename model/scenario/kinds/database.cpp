#include "scenario/kinds/database.h"

#include "scenario/kinds/kind_traits.h"
#include "scenario/scenario.h"

namespace scalelab {

namespace {

constexpr const char *kDatabase = QT_TRANSLATE_NOOP("scalelab::Param", "Database");
constexpr const char *kReplication = QT_TRANSLATE_NOOP("scalelab::Param", "Replication");

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
        bound<std::string>(
            {.key = "replica_of",
             .type = ParamType::Text,
             .label = QT_TRANSLATE_NOOP("scalelab::Param", "Replica of"),
             .shortLabel = QT_TRANSLATE_NOOP("scalelab::Param", "replica of"),
             .tooltip = QT_TRANSLATE_NOOP(
                 "scalelab::Param",
                 "The primary database this one copies. A replica receives every write the "
                 "primary commits, a little later (the replication lag), and answers reads; "
                 "it refuses writes. A read it answers before it has the latest write of its "
                 "key is a stale read. Empty: it is a database of its own (or a primary)."),
             .group = kReplication},
            [](Component &c) -> std::string & { return c.as<P>().replica_of; }),
        bound<ReplicationMode>(
            {.key = "replication.mode",
             .type = ParamType::Choice,
             .label = QT_TRANSLATE_NOOP("scalelab::Param", "Replication"),
             .tooltip = QT_TRANSLATE_NOOP(
                 "scalelab::Param",
                 "Set on the primary. Asynchronous: a write is answered as soon as the primary "
                 "commits it; replicas get it later, so reads there may be stale and a "
                 "failover may lose writes. Semi-synchronous: the answer waits until one "
                 "replica has the write. Synchronous: it waits for every replica, so nothing "
                 "is stale or lost, and writes are slower."),
             .group = kReplication,
             .choices = {{"async", QT_TRANSLATE_NOOP("scalelab::Param", "Asynchronous")},
                         {"semi_sync", QT_TRANSLATE_NOOP("scalelab::Param", "Semi-synchronous")},
                         {"sync", QT_TRANSLATE_NOOP("scalelab::Param", "Synchronous")}}},
            [](Component &c) -> ReplicationMode & { return c.as<P>().replication.mode; }),
        bound<Distribution>(
            {.key = "replication.lag_ms",
             .type = ParamType::Distribution,
             .label = QT_TRANSLATE_NOOP("scalelab::Param", "Replication lag"),
             .shortLabel = QT_TRANSLATE_NOOP("scalelab::Param", "lag"),
             .unit = "ms",
             .tooltip = QT_TRANSLATE_NOOP(
                 "scalelab::Param",
                 "Set on the primary: how long after the primary commits a write a replica "
                 "receives it (the network and the replication stream). The replica then "
                 "applies it as work of its own, queued with its reads, so a busy replica "
                 "lags more."),
             .group = kReplication},
            [](Component &c) -> Distribution & { return c.as<P>().replication.lag_ms; }),
        bound<double>(
            {.key = "replication.check_s",
             .type = ParamType::Number,
             .label = QT_TRANSLATE_NOOP("scalelab::Param", "Health-check interval"),
             .unit = "s",
             .min = 0.1,
             .max = 3600,
             .decimals = 1,
             .tooltip = QT_TRANSLATE_NOOP(
                 "scalelab::Param",
                 "Set on the primary: how often the application checks its databases. A dead "
                 "replica's reads move to the others at the next check; a dead primary is "
                 "noticed at the next check, and reads sent before that fail."),
             .group = kReplication},
            [](Component &c) -> double & { return c.as<P>().replication.check_s; }),
        bound<std::optional<double>>(
            {.key = "failover_s",
             .type = ParamType::OptionalNumber,
             .label = QT_TRANSLATE_NOOP("scalelab::Param", "Failover after"),
             .unit = "s",
             .min = 0,
             .max = 86400,
             .decimals = 1,
             .tooltip = QT_TRANSLATE_NOOP(
                 "scalelab::Param",
                 "Set on the primary: when its failure has been noticed, the most up-to-date "
                 "replica is promoted to primary this long after. Writes fail until then "
                 "(cause failover). Writes the old primary committed that the new one never "
                 "received are lost. None: a replica is promoted only by hand (its menu in a "
                 "run)."),
             .group = kReplication,
             .noneText = QT_TRANSLATE_NOOP("scalelab::Param", "by hand only"),
             .suggestion = 30},
            [](Component &c) -> std::optional<double> & { return c.as<P>().failover_s; }),
        bound<Recovery>(
            {.key = "recovery",
             .type = ParamType::Choice,
             .label = QT_TRANSLATE_NOOP("scalelab::Param", "Lost writes"),
             .tooltip = QT_TRANSLATE_NOOP(
                 "scalelab::Param",
                 "Set on the primary. None: writes lost at a failover stay lost. Replay: when "
                 "the old primary is back, a recovery script re-applies them on the new "
                 "primary (counted as recovered)."),
             .group = kReplication,
             .choices = {{"none", QT_TRANSLATE_NOOP("scalelab::Param", "Stay lost")},
                         {"replay",
                          QT_TRANSLATE_NOOP("scalelab::Param", "Replayed by a recovery script")}}},
            [](Component &c) -> Recovery & { return c.as<P>().recovery; }),
    };
}

/// A replica names an existing database that is itself no replica.
std::vector<std::pair<std::string, std::string>> checkReplication(const Component &c,
                                                                  const Scenario &s)
{
    const std::string &primary = c.as<DatabaseParams>().replica_of;
    if (primary.empty())
        return {};
    const auto problem = [](std::string m) {
        return std::vector<std::pair<std::string, std::string>>{{".replica_of", std::move(m)}};
    };
    if (primary == c.id)
        return problem("a database cannot be a replica of itself; name its primary");
    const Component *p = s.find(primary);
    if (p == nullptr)
        return problem("there is no component '" + primary + "' to be a replica of");
    if (p->kind != ComponentKind::Database)
        return problem("'" + primary + "' is a " + std::string(toString(p->kind)) +
                       "; replica_of must name a database");
    // Follow the chain: a cycle is refused as such, a replica of a replica as unsupported.
    std::string at = p->as<DatabaseParams>().replica_of;
    for (std::size_t steps = 0; !at.empty() && steps <= s.components.size(); ++steps) {
        if (at == c.id)
            return problem("replication forms a cycle (" + c.id + " -> " + primary + " -> ... -> " +
                           c.id + "); one database of the set must be the primary");
        const Component *next = s.find(at);
        if (next == nullptr || next->kind != ComponentKind::Database)
            break;
        at = next->as<DatabaseParams>().replica_of;
    }
    if (!p->as<DatabaseParams>().replica_of.empty())
        return problem("'" + primary + "' is itself a replica of '" +
                       p->as<DatabaseParams>().replica_of +
                       "'; replicas of replicas are not simulated: name the primary");
    int replicas = 0;
    for (const Component &o : s.components)
        if (const auto *d = std::get_if<DatabaseParams>(&o.params))
            replicas += d->replica_of == primary ? 1 : 0;
    if (replicas > kMaxReplicas)
        return problem("'" + primary + "' has " + std::to_string(replicas) + " replicas; at most " +
                       std::to_string(kMaxReplicas) + " are simulated");
    return {};
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
        .diagramShape = DiagramShape::Cylinder,
        .machine = true,
        .maxOutgoing = 0,
        .outgoingRefusal =
            "it answers queries and calls nothing in this version, so it cannot have outgoing "
            "links",
        .outgoing = OutgoingUse::None,
        .outgoingText = "none: it answers queries and calls nothing",
        .params = databaseParams(),
        .cardKeys = {"replica_of", "model", "read_ms", "write_ms"},
        .checkInDesign = checkReplication,
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

const char *toString(ReplicationMode m)
{
    return choiceName(databaseTraits().params[4], static_cast<int>(m)).data();
}

} // namespace scalelab
