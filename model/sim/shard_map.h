#pragma once

// Which shard holds each key of a key space (0 .. keys-1), by modulo (key mod N) or by
// consistent hashing (a ring of `vnodes` points per shard; a key belongs to the first point
// clockwise from its own hash). Shards are known by name, so two maps over different shard
// lists can be compared key by key: the keys that changed shards are exactly those a
// reshard must move.

#include "scenario/kinds/shard_router.h"

#include <cstdint>
#include <string>
#include <vector>

namespace scalelab {

class ShardMap {
public:
    /// The map of `keys` keys over these shards (at most kMaxShards; none: no owner).
    void build(ShardScheme scheme, int vnodes, std::vector<std::string> shards, std::uint32_t keys);
    std::uint32_t keys() const { return static_cast<std::uint32_t>(m_owner.size()); }
    const std::vector<std::string> &shards() const { return m_shards; }
    /// The index (in shards()) of the shard holding key; keys beyond the space wrap.
    std::uint32_t shardOf(std::uint32_t key) const
    {
        return m_owner.empty() ? 0 : m_owner[key % m_owner.size()];
    }
    /// Keys held by each shard.
    std::vector<std::uint64_t> keysPerShard() const;
    /// The keys whose shard (by name) is not the same in `after` as in `before`, in key
    /// order. Both maps must cover the same key space.
    static std::vector<std::uint32_t> moved(const ShardMap &before, const ShardMap &after);

private:
    std::uint32_t lookup(std::uint64_t hash) const;

    ShardScheme m_scheme = ShardScheme::Modulo;
    std::vector<std::string> m_shards;
    /// The ring: (position, shard index), sorted by position.
    std::vector<std::pair<std::uint64_t, std::uint8_t>> m_ring;
    std::vector<std::uint8_t> m_owner; ///< shard index of each key
};

} // namespace scalelab
