#pragma once

// clients: where requests come from. Each clients component is an arrival process of its
// own (Poisson or evenly spaced, at a constant rate or along a load curve) over its own
// users; every request gets a user, a kind drawn from the mix, a data key drawn from the
// popularity model, the device and region of its users, and goes along the one link to
// the entry point. A response slower than the users' timeout counts as a timeout.

#include "sim/key_popularity.h"
#include "sim/kinds/kind_behavior.h"
#include "sim/random_stream.h"

namespace scalelab {

/// The users' request rate at time t: the load curve (linear between its points, flat
/// beyond its ends), or the constant rate.
double clientsRateAt(const ClientsParams &p, double t);

class ClientsBehavior : public KindBehavior {
public:
    void configure(const Component &c, const KindContext &context) override;
    void start(Simulation &sim, std::uint32_t station) override;
    void route(Simulation &sim, std::uint32_t slot, std::uint32_t station) override;
    void onTimer(Simulation &sim, std::uint32_t station, std::uint32_t aux) override;
    void edited(Simulation &sim, std::uint32_t station) override;
    double patienceS() const override { return m_timeoutS; }

    /// The request rate at time t (the curve, or the constant rate).
    double rateAt(double t) const;

private:
    void scheduleNext(Simulation &sim, std::uint32_t station);
    void arrival(Simulation &sim, std::uint32_t station);

    ClientsParams m_params;
    double m_mixCumulative[kRequestKindCount] = {1, 1, 1, 1};
    double m_timeoutS = 0;
    std::uint32_t m_userBase = 0;
    std::uint8_t m_region = 0;
    KeyPopularity m_keys;
    KeyPopularity m_assets;
    RandomStream m_assetRng;
    RandomStream m_arrivalRng;
    RandomStream m_mixRng;
    RandomStream m_keyRng;
    bool m_streams = false; ///< the streams are made once, at the first configure
    bool m_started = false; ///< the first arrival is scheduled
    /// A link goes to something holding the site's assets (a CDN): static requests then
    /// ask for an asset; without one they keep the data keys (numbers as before CDNs).
    bool m_toAssets = false;
    std::uint32_t m_generation = 0; ///< bumps when an edit redraws the next arrival
    double m_rateBeforeEdit = 0;
};

} // namespace scalelab
