#include "sim/cache_store.h"

#include <algorithm>
#include <limits>

namespace scalelab {

void CacheStore::resetLists()
{
    m_lists.assign(1, List{});
    m_freeLists.clear();
    m_least = m_eviction == Eviction::Lfu ? kNone : 0;
}

void CacheStore::configure(std::size_t capacity, Eviction eviction, double ttlS)
{
    m_capacity = capacity < 1 ? 1 : capacity;
    m_ttlS = ttlS;
    if (m_lists.empty() || eviction != m_eviction) {
        // Re-thread every entry into the new policy's lists, use counts forgotten.
        std::vector<std::uint32_t> order;
        order.reserve(m_index.size());
        for (const auto &[key, e] : m_index)
            order.push_back(e);
        m_eviction = eviction;
        resetLists();
        for (const std::uint32_t e : order)
            link(e, m_eviction == Eviction::Lfu ? firstUseList() : 0);
    }
    while (m_index.size() > m_capacity)
        evictOne();
}

void CacheStore::clear()
{
    m_entries.clear();
    m_free.clear();
    m_index.clear();
    resetLists();
}

std::uint32_t CacheStore::newList(std::uint64_t uses, std::uint32_t lower, std::uint32_t higher)
{
    std::uint32_t l;
    if (!m_freeLists.empty()) {
        l = m_freeLists.back();
        m_freeLists.pop_back();
    } else {
        l = static_cast<std::uint32_t>(m_lists.size());
        m_lists.emplace_back();
    }
    m_lists[l] = List{.uses = uses, .lower = lower, .higher = higher};
    if (lower != kNone)
        m_lists[lower].higher = l;
    else
        m_least = l;
    if (higher != kNone)
        m_lists[higher].lower = l;
    return l;
}

void CacheStore::dropList(std::uint32_t l)
{
    const List list = m_lists[l];
    if (list.lower != kNone)
        m_lists[list.lower].higher = list.higher;
    else
        m_least = list.higher;
    if (list.higher != kNone)
        m_lists[list.higher].lower = list.lower;
    m_freeLists.push_back(l);
}

std::uint32_t CacheStore::firstUseList()
{
    if (m_least != kNone && m_lists[m_least].uses == 1)
        return m_least;
    return newList(1, kNone, m_least);
}

void CacheStore::link(std::uint32_t e, std::uint32_t l)
{
    Entry &entry = m_entries[e];
    List &list = m_lists[l];
    entry.list = l;
    entry.prev = kNone;
    entry.next = list.head;
    if (list.head != kNone)
        m_entries[list.head].prev = e;
    list.head = e;
    if (list.tail == kNone)
        list.tail = e;
}

void CacheStore::unlink(std::uint32_t e)
{
    Entry &entry = m_entries[e];
    List &list = m_lists[entry.list];
    if (entry.prev != kNone)
        m_entries[entry.prev].next = entry.next;
    else
        list.head = entry.next;
    if (entry.next != kNone)
        m_entries[entry.next].prev = entry.prev;
    else
        list.tail = entry.prev;
    if (m_eviction == Eviction::Lfu && list.head == kNone)
        dropList(entry.list);
}

void CacheStore::remove(std::uint32_t e)
{
    unlink(e);
    m_index.erase(m_entries[e].key);
    m_free.push_back(e);
}

void CacheStore::evictOne()
{
    if (m_index.empty() || m_least == kNone)
        return;
    remove(m_lists[m_least].tail);
    ++m_evictions;
}

void CacheStore::touch(std::uint32_t e)
{
    switch (m_eviction) {
    case Eviction::Fifo:
        return; // the order of filling only
    case Eviction::Lru:
        unlink(e);
        link(e, 0);
        return;
    case Eviction::Lfu: {
        // Move it to the list of one more use, made right above its own if missing.
        const std::uint32_t from = m_entries[e].list;
        const std::uint64_t uses = m_lists[from].uses + 1;
        std::uint32_t to = m_lists[from].higher;
        if (to == kNone || m_lists[to].uses != uses)
            to = newList(uses, from, to);
        unlink(e); // may drop `from`, which `to` no longer needs
        link(e, to);
        return;
    }
    }
}

CacheStore::Lookup CacheStore::lookup(std::uint32_t key, double now)
{
    const auto it = m_index.find(key);
    if (it == m_index.end())
        return {};
    const std::uint32_t e = it->second;
    if (now >= m_entries[e].expires) {
        remove(e);
        ++m_expired;
        return {.hit = false, .expired = true};
    }
    touch(e);
    return {.hit = true, .version = m_entries[e].version};
}

void CacheStore::fill(std::uint32_t key, std::uint32_t version, double now)
{
    const double expires = m_ttlS > 0 ? now + m_ttlS : std::numeric_limits<double>::infinity();
    const auto it = m_index.find(key);
    if (it != m_index.end()) {
        // Filled again (two misses of one key were in flight): the later answer wins.
        Entry &entry = m_entries[it->second];
        entry.version = std::max(entry.version, version);
        entry.expires = expires;
        return;
    }
    if (m_index.size() >= m_capacity)
        evictOne();
    std::uint32_t e;
    if (!m_free.empty()) {
        e = m_free.back();
        m_free.pop_back();
    } else {
        e = static_cast<std::uint32_t>(m_entries.size());
        m_entries.emplace_back();
    }
    m_entries[e] = Entry{.key = key, .version = version, .expires = expires};
    m_index.emplace(key, e);
    link(e, m_eviction == Eviction::Lfu ? firstUseList() : 0);
}

bool CacheStore::erase(std::uint32_t key)
{
    const auto it = m_index.find(key);
    if (it == m_index.end())
        return false;
    remove(it->second);
    return true;
}

} // namespace scalelab
