#include "sim/shard_map.h"

#include <algorithm>

namespace scalelab {

namespace {

/// SplitMix64's finaliser: every input bit moves every output bit.
std::uint64_t mix(std::uint64_t x)
{
    x += 0x9e3779b97f4a7c15ull;
    x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ull;
    x = (x ^ (x >> 27)) * 0x94d049bb133111ebull;
    return x ^ (x >> 31);
}

/// FNV-1a of a shard's name: its points stay put when other shards come and go.
std::uint64_t nameHash(const std::string &name)
{
    std::uint64_t h = 0xcbf29ce484222325ull;
    for (const char c : name) {
        h ^= static_cast<unsigned char>(c);
        h *= 0x100000001b3ull;
    }
    return h;
}

} // namespace

void ShardMap::build(ShardScheme scheme, int vnodes, std::vector<std::string> shards,
                     std::uint32_t keys)
{
    m_scheme = scheme;
    m_shards = std::move(shards);
    m_ring.clear();
    m_owner.assign(keys, 0);
    const auto n = static_cast<std::uint32_t>(m_shards.size());
    if (n == 0)
        return;
    if (scheme == ShardScheme::Modulo) {
        for (std::uint32_t k = 0; k < keys; ++k)
            m_owner[k] = static_cast<std::uint8_t>(k % n);
        return;
    }
    const int points = std::max(1, vnodes);
    m_ring.reserve(static_cast<std::size_t>(n) * static_cast<std::size_t>(points));
    for (std::uint32_t s = 0; s < n; ++s) {
        const std::uint64_t base = nameHash(m_shards[s]);
        for (int v = 0; v < points; ++v)
            m_ring.emplace_back(mix(base ^ mix(static_cast<std::uint64_t>(v))),
                                static_cast<std::uint8_t>(s));
    }
    std::sort(m_ring.begin(), m_ring.end());
    for (std::uint32_t k = 0; k < keys; ++k)
        m_owner[k] = static_cast<std::uint8_t>(lookup(mix(0x5ca1ab1eull + k)));
}

std::uint32_t ShardMap::lookup(std::uint64_t hash) const
{
    const auto it = std::lower_bound(m_ring.begin(), m_ring.end(),
                                     std::pair<std::uint64_t, std::uint8_t>{hash, 0});
    return (it == m_ring.end() ? m_ring.front() : *it).second;
}

std::vector<std::uint64_t> ShardMap::keysPerShard() const
{
    std::vector<std::uint64_t> out(m_shards.size(), 0);
    if (!out.empty())
        for (const std::uint8_t s : m_owner)
            ++out[s];
    return out;
}

std::vector<std::uint32_t> ShardMap::moved(const ShardMap &before, const ShardMap &after)
{
    std::vector<std::uint32_t> out;
    const std::uint32_t keys = std::min(before.keys(), after.keys());
    if (before.m_shards.empty() || after.m_shards.empty())
        return out;
    // Shard index in `before` -> index in `after` of the same name (or none).
    std::vector<int> same(before.m_shards.size(), -1);
    for (std::size_t i = 0; i < before.m_shards.size(); ++i)
        for (std::size_t j = 0; j < after.m_shards.size(); ++j)
            if (before.m_shards[i] == after.m_shards[j])
                same[i] = static_cast<int>(j);
    for (std::uint32_t k = 0; k < keys; ++k)
        if (same[before.m_owner[k]] != after.m_owner[k])
            out.push_back(k);
    return out;
}

} // namespace scalelab
