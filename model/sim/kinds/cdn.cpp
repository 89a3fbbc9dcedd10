#include "sim/kinds/cdn.h"

#include "sim/run_result.h"
#include "sim/simulation.h"

#include <string>

namespace scalelab {

void CdnBehavior::configure(const Component &c, const KindContext &context)
{
    const auto &p = c.as<CdnParams>();
    CacheParams cache;
    cache.max_keys = p.max_assets;
    cache.ttl_s = p.ttl_s;
    cache.eviction = Eviction::Lru;
    cache.write_policy = WritePolicy::None;
    Component asCache = c;
    asCache.params = cache;
    CacheBehavior::configure(asCache, context);
    m_fallbackS = p.fallback_s;
}

bool CdnBehavior::cacheable(const Request &r) const
{
    return r.kind == RequestKind::Static;
}

std::uint32_t CdnBehavior::fillVersion(Simulation &, const Request &) const
{
    return m_version;
}

bool CdnBehavior::bypass(Simulation &sim, std::uint32_t, std::uint32_t station)
{
    // Down, it answers nothing: the kernel fails what reaches it (the users' browsers
    // time out on it) until the site points them at the origin.
    noticeRestart(sim.station(station));
    return false;
}

void CdnBehavior::upChanged(Simulation &sim, std::uint32_t station)
{
    const Station &st = sim.station(station);
    if (!st.up) {
        // The site notices after fallback_s, unless the CDN is back first (the epoch tells).
        m_pendingFallbackS = m_fallbackS;
        sim.scheduleTimer(sim.now() + m_fallbackS, station, st.epoch);
        return;
    }
    if (m_fallback) {
        m_fallback = false;
        sim.logEvent(station, "back up: users load static assets from the CDN again");
    }
}

void CdnBehavior::onTimer(Simulation &sim, std::uint32_t station, std::uint32_t aux)
{
    const Station &st = sim.station(station);
    // A CDN deleted from the design (removed after going down) falls back to nothing.
    if (st.removed || st.up || st.epoch != aux || m_fallback)
        return;
    const std::string after =
        "down for " + std::to_string(static_cast<long long>(m_pendingFallbackS)) + " s: ";
    if (!othersCanFallBack(sim, station)) {
        sim.logEvent(station, after + "its users have no other way to the assets (no link "
                                      "for every kind): their requests fail until it is back");
        return;
    }
    m_fallback = true;
    sim.logEvent(station, after + "users load static assets from the origin");
}

bool CdnBehavior::othersCanFallBack(const Simulation &sim, std::uint32_t station)
{
    // Senders whose link here names kinds and who also have a link for every kind.
    for (const LinkRuntime &in : sim.links()) {
        if (in.to != station || in.kindMask == 0xff)
            continue;
        for (const std::uint32_t l : sim.stations()[in.from].out)
            if (sim.links()[l].kindMask == 0xff)
                return true;
    }
    return false;
}

bool CdnBehavior::redirect(Simulation &, std::uint32_t)
{
    if (!m_fallback)
        return false;
    ++m_redirected;
    ++m_intervalRedirected;
    return true;
}

void CdnBehavior::deploy(Simulation &sim, std::uint32_t station)
{
    ++m_version;
    ++m_deploys;
    sim.logEvent(station, "new version deployed: every asset is fetched from the origin once");
}

void CdnBehavior::resetStats()
{
    CacheBehavior::resetStats();
    m_redirected = 0;
    m_deploys = 0;
}

void CdnBehavior::report(ComponentResult &out) const
{
    CacheBehavior::report(out);
    // Of the cache's figures, these say something about an edge.
    std::vector<ComponentResult::Figure> figures;
    for (const ComponentResult::Figure &f : out.figures)
        if (f.key == "hit_ratio" || f.key == "hits" || f.key == "misses" || f.key == "evictions" ||
            f.key == "expired")
            figures.push_back(f);
    figures.insert(
        figures.begin() + 1,
        ComponentResult::Figure{"origin_requests", static_cast<double>(misses() + passed()), true});
    figures.push_back({"assets", static_cast<double>(store().size()), true});
    figures.push_back({"redirected_to_origin", static_cast<double>(m_redirected), true});
    figures.push_back({"deploys", static_cast<double>(m_deploys), true});
    out.figures = std::move(figures);
}

std::vector<const char *> CdnBehavior::seriesColumns() const
{
    return {".hit_ratio", ".assets", ".redirected_rps"};
}

void CdnBehavior::sampleSeries(double *out)
{
    double cache[4];
    CacheBehavior::sampleSeries(cache);
    out[0] = cache[0];
    out[1] = cache[1];
    out[2] = static_cast<double>(m_intervalRedirected);
    m_intervalRedirected = 0;
}

} // namespace scalelab
