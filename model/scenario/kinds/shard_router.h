#pragma once

// shard_router: splits the data over shards by a shard key (the request's user or its
// data key). The databases it links to are its shards (a primary and its replicas are one
// shard); a scheme maps each key to one shard: modulo (key mod N) or consistent hashing
// (a ring with virtual nodes per shard). Adding or removing a shard moves the keys whose
// shard changes, which costs the shards work while they are copied; a share of the reads
// can be joins that need every shard.

#include <cstdint>
#include <optional>

namespace scalelab {

struct KindTraits;

enum class ShardKey : std::uint8_t { User, Key };
enum class ShardScheme : std::uint8_t { Modulo, ConsistentHash };

struct ShardRouterParams {
    ShardKey shard_key = ShardKey::User;
    ShardScheme scheme = ShardScheme::Modulo;
    int vnodes = 100; ///< consistent_hash: points on the ring per shard
    /// Shards that serve from the start, in link order; none: every linked database. The
    /// others stand by until an add_shard (scheduled or by hand) brings in the next one.
    std::optional<int> initial_shards;
    double migration_keys_per_s = 1000; ///< how fast moved keys are copied
    double join_share = 0;              ///< share of reads that join across every shard
    bool operator==(const ShardRouterParams &) const = default;
};

/// The most shards one router spreads its keys over.
inline constexpr int kMaxShards = 64;

const KindTraits &shardRouterTraits();
const char *toString(ShardScheme s);

} // namespace scalelab
