#pragma once

// cdn: a cache of static assets at the edge (the cache's machinery, keyed by asset). A
// static request looks its asset up: a hit of the current version is answered at the
// edge, anything else is fetched from the origin along the one link (holding a worker)
// and fills the edge for the TTL. A deploy moves the assets' version on: versioned URLs
// make every asset a miss once. While the CDN is down its requests fail; once it has been
// down for fallback_s, the users' pages load static assets from the origin instead (the
// clients kind asks redirect()), until it is back.

#include "sim/kinds/cache.h"

namespace scalelab {

class CdnBehavior : public CacheBehavior {
public:
    void configure(const Component &c, const KindContext &context) override;
    bool bypass(Simulation &sim, std::uint32_t slot, std::uint32_t station) override;
    void upChanged(Simulation &sim, std::uint32_t station) override;
    void onTimer(Simulation &sim, std::uint32_t station, std::uint32_t aux) override;
    bool redirect(Simulation &sim, std::uint32_t station) override;
    void deploy(Simulation &sim, std::uint32_t station) override;
    void report(ComponentResult &out) const override;
    void resetStats() override;
    bool watchesWrites() const override { return false; }
    std::vector<const char *> seriesColumns() const override;
    void sampleSeries(double *out) override;

protected:
    bool cacheable(const Request &r) const override;
    std::uint32_t fillVersion(Simulation &sim, const Request &r) const override;
    bool answers(std::uint32_t version) const override { return version == m_version; }
    void hitWith(Simulation &, std::uint32_t, const Request &, std::uint32_t) override {}

private:
    double m_fallbackS = 10;
    static bool othersCanFallBack(const Simulation &sim, std::uint32_t station);
    double m_pendingFallbackS = 10;         ///< the delay of the fallback timer under way
    std::uint32_t m_version = 0;            ///< of the assets now deployed
    bool m_fallback = false;                ///< users load static assets from the origin
    std::uint64_t m_redirected = 0;         ///< since the measurement started
    std::uint64_t m_intervalRedirected = 0; ///< since the last time-series sample
    std::uint64_t m_deploys = 0;
};

} // namespace scalelab
