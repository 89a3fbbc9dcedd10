#include "scenario/kinds/shard_router.h"

#include "scenario/kinds/kind_traits.h"
#include "scenario/scenario.h"
#include "scenario/scenario_limits.h"
#include "scenario/validation_util.h"

#include <set>

namespace scalelab {

namespace {

constexpr const char *kSharding = QT_TRANSLATE_NOOP("scalelab::Param", "Sharding");

std::vector<ParamSpec> shardRouterParams()
{
    using P = ShardRouterParams;
    return {
        bound<ShardKey>(
            {.key = "shard_key",
             .type = ParamType::Choice,
             .label = QT_TRANSLATE_NOOP("scalelab::Param", "Shard key"),
             .shortLabel = QT_TRANSLATE_NOOP("scalelab::Param", "by"),
             .tooltip = QT_TRANSLATE_NOOP(
                 "scalelab::Param",
                 "What decides a request's shard. User: the user's number (user_id), so all of "
                 "one user's data lives on one shard. Key: the data key the request reads or "
                 "writes (the clients' keys), so a celebrity key that everybody reads lands on "
                 "one shard."),
             .group = kSharding,
             .choices = {{"user", QT_TRANSLATE_NOOP("scalelab::Param", "User")},
                         {"key", QT_TRANSLATE_NOOP("scalelab::Param", "Data key")}}},
            [](Component &c) -> ShardKey & { return c.as<P>().shard_key; }),
        bound<ShardScheme>(
            {.key = "scheme",
             .type = ParamType::Choice,
             .label = QT_TRANSLATE_NOOP("scalelab::Param", "Scheme"),
             .tooltip = QT_TRANSLATE_NOOP(
                 "scalelab::Param",
                 "How a key finds its shard. Modulo: shard = key mod N; simple and even, but "
                 "adding a shard changes N and moves about N/(N+1) of all keys. Consistent "
                 "hashing: shards and keys are placed on a ring and a key belongs to the next "
                 "shard clockwise; adding a shard moves only the keys it takes over, about "
                 "1/(N+1)."),
             .group = kSharding,
             .choices = {{"modulo", QT_TRANSLATE_NOOP("scalelab::Param", "Modulo (key mod N)")},
                         {"consistent_hash",
                          QT_TRANSLATE_NOOP("scalelab::Param", "Consistent hashing")}}},
            [](Component &c) -> ShardScheme & { return c.as<P>().scheme; }),
        bound<int>({.key = "vnodes",
                    .type = ParamType::Integer,
                    .label = QT_TRANSLATE_NOOP("scalelab::Param", "Virtual nodes"),
                    .min = 1,
                    .max = 1000,
                    .tooltip = QT_TRANSLATE_NOOP(
                        "scalelab::Param",
                        "Consistent hashing only: points each shard has on the ring. With one "
                        "point the shards' arcs are very uneven; with a hundred or more each "
                        "shard holds close to 1/N of the keys."),
                    .group = kSharding},
                   [](Component &c) -> int & { return c.as<P>().vnodes; }),
        bound<std::optional<int>>(
            {.key = "initial_shards",
             .type = ParamType::OptionalInteger,
             .label = QT_TRANSLATE_NOOP("scalelab::Param", "Shards at the start"),
             .min = 1,
             .max = kMaxShards,
             .tooltip = QT_TRANSLATE_NOOP(
                 "scalelab::Param",
                 "How many of the linked databases (in link order) hold data from the start; "
                 "the others stand by until an add_shard (scheduled in faults:, or from the "
                 "router's menu in a run) brings in the next one. None: every linked database "
                 "is a shard."),
             .group = kSharding,
             .noneText = QT_TRANSLATE_NOOP("scalelab::Param", "every linked database"),
             .suggestion = 2},
            [](Component &c) -> std::optional<int> & { return c.as<P>().initial_shards; }),
        bound<double>(
            {.key = "migration_keys_per_s",
             .type = ParamType::Number,
             .label = QT_TRANSLATE_NOOP("scalelab::Param", "Migration rate"),
             .unit = "keys/s",
             .min = 1,
             .max = 100000,
             .decimals = 0,
             .tooltip = QT_TRANSLATE_NOOP(
                 "scalelab::Param",
                 "After a reshard, how many moved keys per second are copied: each is a read "
                 "on its old shard and a write on its new one, queued with the users' queries, "
                 "so both shards are busier until the copy is done. Faster finishes sooner "
                 "and loads the shards more."),
             .group = kSharding},
            [](Component &c) -> double & { return c.as<P>().migration_keys_per_s; }),
        bound<double>(
            {.key = "join_share",
             .type = ParamType::Number,
             .label = QT_TRANSLATE_NOOP("scalelab::Param", "Joins across shards"),
             .shortLabel = QT_TRANSLATE_NOOP("scalelab::Param", "joins"),
             .min = 0,
             .max = 1,
             .decimals = 2,
             .tooltip = QT_TRANSLATE_NOOP(
                 "scalelab::Param",
                 "The share of reads that need data from every shard (a join across users): "
                 "the router asks all shards at once and answers when the slowest has, so "
                 "such a read takes the longest of N shard reads and loads every shard. 0: "
                 "the data is denormalised, every read is answered by one shard."),
             .group = kSharding},
            [](Component &c) -> double & { return c.as<P>().join_share; }),
    };
}

/// A shard's name: the primary of its replication set, or the database itself.
std::string shardName(const Component &db)
{
    const auto &p = db.as<DatabaseParams>();
    return p.replica_of.empty() ? db.id : p.replica_of;
}

/// Its shards are databases, at most kMaxShards; the shard key must exist.
std::vector<std::pair<std::string, std::string>> checkShards(const Component &c, const Scenario &s)
{
    std::vector<std::pair<std::string, std::string>> out;
    std::set<std::string> shards;
    for (std::size_t i = 0; i < s.links.size() && i < kMaxLinks; ++i) {
        if (s.links[i].from != c.id)
            continue;
        const Component *to = s.find(s.links[i].to);
        if (to == nullptr)
            continue;
        if (to->kind != ComponentKind::Database)
            out.emplace_back("links[" + std::to_string(i) + "].to",
                             "a shard router's links go to its shards, which are databases; '" +
                                 to->id + "' is a " + toString(to->kind));
        else
            shards.insert(shardName(*to));
    }
    if (shards.size() > static_cast<std::size_t>(kMaxShards))
        out.emplace_back(".", "it has " + std::to_string(shards.size()) + " shards; at most " +
                                  std::to_string(kMaxShards) + " are simulated");
    const auto &p = c.as<ShardRouterParams>();
    if (p.shard_key == ShardKey::User && totalUsers(s) > kMaxSessionUsers)
        out.emplace_back(".shard_key", "sharding by user is simulated for at most " +
                                           std::to_string(kMaxSessionUsers) +
                                           " users in all; the design has " +
                                           std::to_string(totalUsers(s)));
    return out;
}

/// A router about to run needs a shard, and as many as it starts with.
std::vector<std::pair<std::string, std::string>> checkHasShards(const Component &c,
                                                                const Scenario &s)
{
    std::set<std::string> shards;
    for (const Link &l : s.links)
        if (l.from == c.id)
            if (const Component *to = s.find(l.to); to && to->kind == ComponentKind::Database)
                shards.insert(shardName(*to));
    if (shards.empty())
        return {{"", "a shard router needs at least one shard: link it to the databases that "
                     "hold the data"}};
    if (c.as<ShardRouterParams>().shard_key == ShardKey::Key) {
        bool keys = false;
        for (const Component &o : s.components)
            if (const auto *cp = std::get_if<ClientsParams>(&o.params))
                keys = keys || cp->keys.count > 0;
        if (!keys)
            return {{".shard_key", "no clients give their requests data keys (keys: {count: "
                                   "...}); give them keys, or shard by user"}};
    }
    const auto &initial = c.as<ShardRouterParams>().initial_shards;
    if (initial && static_cast<std::size_t>(*initial) > shards.size())
        return {{".initial_shards", "it starts with " + std::to_string(*initial) +
                                        " shards but links to " + std::to_string(shards.size()) +
                                        "; link more databases or start with fewer"}};
    return {};
}

} // namespace

const KindTraits &shardRouterTraits()
{
    static const KindTraits traits{
        .kind = ComponentKind::ShardRouter,
        .yamlName = "shard_router",
        .displayName = QT_TRANSLATE_NOOP("scalelab::Kind", "Shard router"),
        .idStem = "router",
        .description = QT_TRANSLATE_NOOP(
            "scalelab::Kind",
            "Splits the data over several databases (shards) by a shard key, such as the "
            "user id (Vitess, MongoDB's mongos): each request goes to the one shard that holds "
            "its key; a join across shards asks them all."),
        .colour = 0x4527a0,
        .outgoing = OutgoingUse::OneByShardKey,
        .outgoingText = "its links go to its shards (databases; a primary and its replicas are "
                        "one shard): each request goes to the shard its key maps to, a join "
                        "to every shard at once",
        .params = shardRouterParams(),
        .cardKeys = {"scheme", "shard_key", "join_share"},
        .checkInDesign = checkShards,
        .checkWhole = checkHasShards,
        .applyDefaults =
            [](Component &c) {
                // Parsing a query and looking up its shard: a fraction of a millisecond.
                c.workers = 64;
                c.service_ms = Distribution::constant(0.2);
                c.cost_per_hour = 0.05;
                c.capacity = 5000;
                c.params = ShardRouterParams{};
            },
    };
    return traits;
}

const char *toString(ShardScheme s)
{
    return choiceName(shardRouterTraits().params[1], static_cast<int>(s)).data();
}

} // namespace scalelab
