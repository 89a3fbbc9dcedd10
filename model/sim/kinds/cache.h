#pragma once

// cache: a read looks its key up; a hit is answered after the lookup, a miss is fetched
// along the cache's link (holding a worker) and the answer fills the cache with the
// version the database read. A write passes on to the database; with write_policy
// invalidate the cache drops the key when the database commits it. A hit whose version is
// older than the latest committed one is a stale read. While the cache is down, requests
// go straight on to what it caches (bypassed); it comes back empty.

#include "sim/cache_store.h"
#include "sim/kinds/kind_behavior.h"

namespace scalelab {

class CacheBehavior : public KindBehavior {
public:
    void configure(const Component &c, const KindContext &context) override;
    bool bypass(Simulation &sim, std::uint32_t slot, std::uint32_t station) override;
    void afterService(Simulation &sim, std::uint32_t slot, std::uint32_t station) override;
    void route(Simulation &sim, std::uint32_t slot, std::uint32_t station) override;
    void onCallReturn(Simulation &sim, std::uint32_t slot, std::uint32_t station,
                      const CallFrame &frame) override;
    void report(ComponentResult &out) const override;
    void resetStats() override;
    bool watchesWrites() const override { return true; }
    void onKeyWritten(Simulation &sim, std::uint32_t station, std::uint32_t key) override;
    std::vector<const char *> seriesColumns() const override;
    void sampleSeries(double *out) override;
    void liveFigures(double now, std::vector<LiveFigure> &out) const override;

    const CacheStore &store() const { return m_store; }
    double storedMb() const override
    {
        return static_cast<double>(m_store.size()) * m_entryKb / 1024.0;
    }

protected:
    // What a kind that caches differently (the CDN) changes.
    /// Whether the request's key is looked up (a cache: reads).
    virtual bool cacheable(const Request &r) const;
    /// The version a miss fills with (a cache: the latest committed, unless the database
    /// it asks answers with another).
    virtual std::uint32_t fillVersion(Simulation &sim, const Request &r) const;
    /// Whether an entry filled with this version answers the request (a cache: always; it
    /// may be stale).
    virtual bool answers(std::uint32_t version) const;
    /// A hit has been found with this version (a cache counts it stale if a newer one was
    /// committed).
    virtual void hitWith(Simulation &sim, std::uint32_t station, const Request &r,
                         std::uint32_t version);
    void noticeRestart(const Station &st);
    std::uint64_t hits() const { return m_total.hits; }
    std::uint64_t misses() const { return m_total.misses; }
    /// Requests it does not look up, passed on to what it stands in front of.
    std::uint64_t passed() const { return m_total.passed; }

    struct Counts {
        std::uint64_t hits = 0;
        std::uint64_t misses = 0;
        std::uint64_t passed = 0;
        std::uint64_t staleReads = 0;
        std::uint64_t bypassed = 0;
        std::uint64_t invalidated = 0;
        std::uint64_t evictions = 0; ///< the store's count when these counts started
        std::uint64_t expired = 0;
    };
    void countLookup(double now, bool hit);
    /// The live hit ratio: lookups in the current and the previous window of kWindowS.
    static constexpr double kWindowS = 2.0;
    struct Window {
        double start = 0;
        std::uint64_t hits = 0;
        std::uint64_t lookups = 0;
    };

    CacheStore m_store;
    double m_entryKb = 0; ///< memory per key held (a CDN: per asset, the default 1 KB)
    WritePolicy m_writePolicy = WritePolicy::Invalidate;
    std::uint32_t m_epoch = 0;
    Counts m_total;    ///< since the measurement started
    Counts m_interval; ///< since the last time-series sample
    Window m_window, m_previousWindow;
};

} // namespace scalelab
