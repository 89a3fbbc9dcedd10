#pragma once

// cache: a read-through cache in front of what it caches (usually a database). A read
// looks up its key: a hit is answered at once, a miss is fetched along the cache's link
// and the answer fills the cache. Which reads hit emerges from the keys' popularity, the
// cache's size, its TTL and its eviction policy.

#include <cstdint>

namespace scalelab {

struct KindTraits;

enum class Eviction : std::uint8_t { Lru, Lfu, Fifo };
enum class WritePolicy : std::uint8_t { Invalidate, None };

struct CacheParams {
    int max_keys = 1000; ///< entries it holds at most
    double ttl_s = 60;   ///< an entry expires this long after it was filled; 0 = never
    Eviction eviction = Eviction::Lru;
    WritePolicy write_policy = WritePolicy::Invalidate;
    double entry_kb = 1; ///< memory per key held (host metrics)
    bool operator==(const CacheParams &) const = default;
};

const KindTraits &cacheTraits();
const char *toString(Eviction e);
const char *toString(WritePolicy w);

} // namespace scalelab
