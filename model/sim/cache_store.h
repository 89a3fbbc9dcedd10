#pragma once

// The contents of one cache: at most `capacity` keys, each with the version it was filled
// with and when it expires, evicted by LRU, LFU or FIFO. Every operation is O(1): a hash
// map from key to entry and intrusive doubly linked lists through a pool of entries (for
// LFU one list per use count, the classic O(1) LFU of Shah, Mitra and Matani, 2010; ties
// within a count go to the least recently used).

#include "scenario/kinds/cache.h"

#include <cstdint>
#include <unordered_map>
#include <vector>

namespace scalelab {

class CacheStore {
public:
    struct Lookup {
        bool hit = false;
        bool expired = false;      ///< it was there but its TTL had passed (now removed)
        std::uint32_t version = 0; ///< the version it was filled with, on a hit
    };

    /// Sets the limits; entries stay (the oldest are evicted if it shrank, use counts are
    /// forgotten if the policy changed).
    void configure(std::size_t capacity, Eviction eviction, double ttlS);
    /// Empties it (a cache that restarts comes back cold).
    void clear();

    /// Looks key up at time now; a hit counts as a use (LRU, LFU).
    Lookup lookup(std::uint32_t key, double now);
    /// Stores key (or refreshes it) with the version read, evicting one key if full.
    void fill(std::uint32_t key, std::uint32_t version, double now);
    /// Removes key; true if it was there.
    bool erase(std::uint32_t key);

    std::size_t size() const { return m_index.size(); }
    std::size_t capacity() const { return m_capacity; }
    std::uint64_t evictions() const { return m_evictions; }
    std::uint64_t expired() const { return m_expired; }
    void resetCounters() { m_evictions = m_expired = 0; }

private:
    static constexpr std::uint32_t kNone = 0xffffffffu;
    struct Entry {
        std::uint32_t key = 0;
        std::uint32_t version = 0;
        double expires = 0;
        std::uint32_t list = 0; ///< LFU: its use-count node; LRU and FIFO: 0
        std::uint32_t prev = kNone;
        std::uint32_t next = kNone;
    };
    /// A list of entries. LRU and FIFO use list 0 only; LFU keeps one per use count,
    /// chained in increasing count order, so the least used is always the first list.
    struct List {
        std::uint32_t head = kNone; ///< most recent
        std::uint32_t tail = kNone; ///< next to evict
        std::uint64_t uses = 1;
        std::uint32_t lower = kNone; ///< LFU: the list of the next smaller count
        std::uint32_t higher = kNone;
    };

    void link(std::uint32_t e, std::uint32_t list); ///< at the head of that list
    void unlink(std::uint32_t e); ///< out of its list (dropping an empty LFU list)
    void remove(std::uint32_t e);
    void evictOne();
    void touch(std::uint32_t e);
    std::uint32_t newList(std::uint64_t uses, std::uint32_t lower, std::uint32_t higher);
    void dropList(std::uint32_t list);
    /// LFU: the list of count 1, made if missing.
    std::uint32_t firstUseList();
    void resetLists();

    std::size_t m_capacity = 1;
    Eviction m_eviction = Eviction::Lru;
    double m_ttlS = 0;
    std::vector<Entry> m_entries;
    std::vector<std::uint32_t> m_free;
    std::unordered_map<std::uint32_t, std::uint32_t> m_index; ///< key -> entry
    std::vector<List> m_lists;
    std::vector<std::uint32_t> m_freeLists;
    std::uint32_t m_least = kNone; ///< LFU: the list of the smallest count
    std::uint64_t m_evictions = 0;
    std::uint64_t m_expired = 0;
};

} // namespace scalelab
