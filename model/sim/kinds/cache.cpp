#include "sim/kinds/cache.h"

#include "sim/frame.h"
#include "sim/run_result.h"
#include "sim/simulation.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace scalelab {

void CacheBehavior::configure(const Component &c, const KindContext &)
{
    const auto &p = c.as<CacheParams>();
    m_store.configure(static_cast<std::size_t>(p.max_keys), p.eviction, p.ttl_s);
    m_writePolicy = p.write_policy;
    m_entryKb = p.entry_kb;
}

void CacheBehavior::noticeRestart(const Station &st)
{
    // Its memory did not survive the failure: it comes back cold.
    if (st.epoch != m_epoch) {
        m_epoch = st.epoch;
        m_store.clear();
    }
}

bool CacheBehavior::bypass(Simulation &sim, std::uint32_t slot, std::uint32_t station)
{
    const Station &st = sim.station(station);
    noticeRestart(st);
    if (st.up)
        return false;
    // Down: the request goes straight on to what the cache stands in front of.
    ++m_total.bypassed;
    ++m_interval.bypassed;
    const RequestKind kind = sim.request(slot).kind;
    for (const std::uint32_t l : st.out)
        if (!sim.links()[l].backup && sim.linkAllows(sim.links()[l], kind)) {
            sim.sendOnLink(slot, sim.standIn(l, kind));
            return true;
        }
    return false; // nowhere to go: the kernel fails it as down
}

void CacheBehavior::afterService(Simulation &sim, std::uint32_t slot, std::uint32_t station)
{
    Request &r = sim.request(slot);
    if (cacheable(r)) {
        const CacheStore::Lookup found = m_store.lookup(r.key, sim.now());
        const bool hit = found.hit && answers(found.version);
        countLookup(sim.now(), hit);
        if (hit) {
            ++m_total.hits;
            ++m_interval.hits;
            hitWith(sim, station, r, found.version);
            sim.leaveStation(slot, station);
            sim.finishHop(slot);
            return;
        }
        ++m_total.misses;
        ++m_interval.misses;
        r.readVersion = fillVersion(sim, r);
    } else {
        ++m_total.passed;
    }
    sim.continueCalls(slot, station, 0, r.entered);
}

bool CacheBehavior::cacheable(const Request &r) const
{
    return r.kind == RequestKind::Read;
}

std::uint32_t CacheBehavior::fillVersion(Simulation &sim, const Request &r) const
{
    // What it will fill with, unless the database it asks says otherwise.
    return sim.keyVersions().version(r.key);
}

bool CacheBehavior::answers(std::uint32_t) const
{
    return true;
}

void CacheBehavior::hitWith(Simulation &sim, std::uint32_t station, const Request &r,
                            std::uint32_t version)
{
    if (version < sim.keyVersions().version(r.key)) {
        ++m_total.staleReads;
        ++m_interval.staleReads;
        sim.mark(station, Mark::StaleRead);
    }
}

void CacheBehavior::route(Simulation &sim, std::uint32_t slot, std::uint32_t)
{
    sim.finishHop(slot);
}

void CacheBehavior::onCallReturn(Simulation &sim, std::uint32_t slot, std::uint32_t station,
                                 const CallFrame &frame)
{
    const Request &r = sim.request(slot);
    if (cacheable(r))
        m_store.fill(r.key, r.readVersion, sim.now());
    // One link: the answer goes back now.
    sim.continueCalls(slot, station, std::numeric_limits<std::uint32_t>::max(), frame.entered);
}

void CacheBehavior::onKeyWritten(Simulation &, std::uint32_t, std::uint32_t key)
{
    if (m_writePolicy == WritePolicy::Invalidate && m_store.erase(key)) {
        ++m_total.invalidated;
        ++m_interval.invalidated;
    }
}

void CacheBehavior::resetStats()
{
    m_total = Counts{};
    m_total.evictions = m_store.evictions();
    m_total.expired = m_store.expired();
}

void CacheBehavior::report(ComponentResult &out) const
{
    const std::uint64_t lookups = m_total.hits + m_total.misses;
    out.figures = {
        {"hit_ratio",
         lookups ? static_cast<double>(m_total.hits) / static_cast<double>(lookups) : 0.0, false},
        {"hits", static_cast<double>(m_total.hits), true},
        {"misses", static_cast<double>(m_total.misses), true},
        {"evictions", static_cast<double>(m_store.evictions() - m_total.evictions), true},
        {"expired", static_cast<double>(m_store.expired() - m_total.expired), true},
        {"invalidated", static_cast<double>(m_total.invalidated), true},
        {"stale_reads", static_cast<double>(m_total.staleReads), true},
        {"bypassed", static_cast<double>(m_total.bypassed), true},
        {"keys", static_cast<double>(m_store.size()), true},
    };
}

std::vector<const char *> CacheBehavior::seriesColumns() const
{
    return {".hit_ratio", ".keys", ".stale_reads", ".bypassed_rps"};
}

void CacheBehavior::sampleSeries(double *out)
{
    const std::uint64_t lookups = m_interval.hits + m_interval.misses;
    out[0] = lookups ? static_cast<double>(m_interval.hits) / static_cast<double>(lookups)
                     : std::numeric_limits<double>::quiet_NaN();
    out[1] = static_cast<double>(m_store.size());
    out[2] = static_cast<double>(m_interval.staleReads);
    out[3] = static_cast<double>(m_interval.bypassed);
    m_interval = Counts{};
}

void CacheBehavior::countLookup(double now, bool hit)
{
    if (now >= m_window.start + kWindowS) {
        const bool adjacent = now < m_window.start + 2 * kWindowS;
        m_previousWindow = adjacent ? m_window : Window{};
        m_window = Window{.start = kWindowS * std::floor(now / kWindowS)};
    }
    ++m_window.lookups;
    m_window.hits += hit ? 1 : 0;
}

void CacheBehavior::liveFigures(double now, std::vector<LiveFigure> &out) const
{
    // Windows older than the one before now no longer say anything about now.
    std::uint64_t hits = 0, lookups = 0;
    for (const Window *w : {&m_window, &m_previousWindow})
        if (w->lookups && now < w->start + 2 * kWindowS) {
            hits += w->hits;
            lookups += w->lookups;
        }
    if (lookups)
        out.push_back({QT_TRANSLATE_NOOP("scalelab::Figure", "hit"),
                       static_cast<double>(hits) / static_cast<double>(lookups), true});
    out.push_back({QT_TRANSLATE_NOOP("scalelab::Figure", "filled"),
                   static_cast<double>(m_store.size()) /
                       static_cast<double>(std::max<std::size_t>(1, m_store.capacity())),
                   true});
}

} // namespace scalelab
