#include "sim/kinds/clients.h"

#include "sim/simulation.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace scalelab {

namespace {

/// Whether a user is on the mobile app: fixed per user (a hash of its number), so a
/// user keeps its device and no random number is spent on it.
/// Load-curve segments shorter than this (s) are steps.
constexpr double kStepS = 1e-9;

bool onMobile(std::uint32_t user, double webShare)
{
    std::uint64_t h = user * 0x9e3779b97f4a7c15ull;
    h ^= h >> 29;
    return static_cast<double>(h >> 11) * 0x1.0p-53 >= webShare;
}

} // namespace

void ClientsBehavior::configure(const Component &c, const KindContext &context)
{
    if (!m_streams) {
        // The first clients of a design draw from the streams the workload always had, so
        // files written before the clients kind give the same numbers to the last digit.
        const std::string id = context.firstClients ? std::string() : c.id;
        m_arrivalRng = RandomStream::forComponent(context.seed, id, StreamPurpose::Arrivals);
        m_mixRng = RandomStream::forComponent(context.seed, id, StreamPurpose::Mix);
        m_keyRng = RandomStream::forComponent(context.seed, c.id, StreamPurpose::Keys);
        m_assetRng = RandomStream::forComponent(context.seed, c.id, StreamPurpose::Assets);
        m_streams = true;
    } else {
        m_rateBeforeEdit = rateAt(context.now);
    }
    m_params = c.as<ClientsParams>();
    m_params.users = std::max(1, m_params.users);
    double total = 0;
    for (const double share : m_params.mix)
        total += std::max(0.0, share);
    double running = 0;
    for (int k = 0; k < kRequestKindCount; ++k) {
        running += total > 0 ? std::max(0.0, m_params.mix[k]) / total : (k == 0 ? 1.0 : 0.0);
        m_mixCumulative[k] = running;
    }
    m_mixCumulative[kRequestKindCount - 1] = 1.0;
    m_timeoutS = m_params.timeout_ms ? *m_params.timeout_ms / 1000.0 : 0.0;
    m_userBase = context.userBase;
    m_region = context.region;
    m_keys = KeyPopularity(m_params.keys);
    m_assets = KeyPopularity(m_params.assets); // its hot_share is never set: no celebrity asset
}

void ClientsBehavior::start(Simulation &sim, std::uint32_t station)
{
    m_toAssets = false;
    for (const std::uint32_t l : sim.station(station).out)
        m_toAssets = m_toAssets || traitsOf(sim.station(sim.links()[l].to).kind).servesAssets;
    if (m_started)
        return;
    m_started = true;
    scheduleNext(sim, station);
}

void ClientsBehavior::edited(Simulation &sim, std::uint32_t station)
{
    // The arrival process is memoryless: redraw the next arrival under the new rate.
    if (rateAt(sim.now()) != m_rateBeforeEdit || m_params.arrival == ArrivalProcess::Constant) {
        ++m_generation;
        scheduleNext(sim, station);
    }
}

void ClientsBehavior::onTimer(Simulation &sim, std::uint32_t station, std::uint32_t aux)
{
    if (aux == m_generation)
        arrival(sim, station);
}

void ClientsBehavior::route(Simulation &sim, std::uint32_t slot, std::uint32_t station)
{
    // A request starts here: along the link that names its kind (static assets to a CDN),
    // else along the link that carries every kind (the entry point). A CDN the site has
    // stopped pointing pages at sends its requests the second way.
    const Request &r = sim.request(slot);
    constexpr std::uint32_t kNone = 0xffffffffu;
    std::uint32_t named = kNone, general = kNone;
    for (const std::uint32_t l : sim.station(station).out) {
        const LinkRuntime &link = sim.links()[l];
        if (link.backup || !sim.linkAllows(link, r.kind))
            continue;
        std::uint32_t &which = link.kindMask == 0xff ? general : named;
        if (which == kNone)
            which = l;
    }
    std::uint32_t chosen = named != kNone ? named : general;
    if (chosen == named && general != kNone) {
        const std::uint32_t to = sim.links()[named].to;
        if (sim.station(to).behavior->redirect(sim, to))
            chosen = general;
    }
    if (chosen == kNone) {
        sim.fail(slot, FailureCause::NoBackend, station);
        return;
    }
    // A nameserver that is down: the users ask the secondary (a backup link), if one is up.
    sim.enter(slot, sim.standIn(chosen, r.kind));
}

double clientsRateAt(const ClientsParams &p, double t)
{
    const auto &curve = p.curve;
    if (curve.empty())
        return p.rate_rps;
    if (t <= curve.front().t_s)
        return curve.front().rate_rps;
    for (std::size_t i = 1; i < curve.size(); ++i) {
        const RatePoint &a = curve[i - 1];
        const RatePoint &b = curve[i];
        if (t <= b.t_s) {
            const double span = b.t_s - a.t_s;
            return span > 0 ? a.rate_rps + (b.rate_rps - a.rate_rps) * (t - a.t_s) / span
                            : b.rate_rps;
        }
    }
    return curve.back().rate_rps;
}

double ClientsBehavior::rateAt(double t) const
{
    return clientsRateAt(m_params, t);
}

void ClientsBehavior::scheduleNext(Simulation &sim, std::uint32_t station)
{
    const double now = sim.now();
    const auto &curve = m_params.curve;
    if (m_params.arrival == ArrivalProcess::Constant) {
        const double rate = rateAt(now);
        if (rate > 0)
            sim.scheduleTimer(now + 1.0 / rate, station, m_generation);
        else if (!curve.empty() && now < curve.back().t_s)
            sim.scheduleTimer(now + 1.0, station, m_generation);
        return;
    }
    if (curve.empty()) {
        if (m_params.rate_rps > 0)
            sim.scheduleTimer(now + m_arrivalRng.exponential(1.0 / m_params.rate_rps), station,
                              m_generation);
        return;
    }
    // A Poisson process whose rate is piecewise linear in time, sampled exactly by
    // inverting its integral: find x with integral_{now}^{now+x} rate = E, E ~ Exp(1).
    double e = m_arrivalRng.exponential(1.0);
    double t = now;
    for (;;) {
        double segmentEnd = std::numeric_limits<double>::infinity();
        for (const RatePoint &p : curve)
            if (p.t_s > t) {
                segmentEnd = p.t_s;
                break;
            }
        const double span = segmentEnd - t;
        if (span < kStepS) {
            // Points this close are a step: dividing by their distance would overflow.
            t = segmentEnd;
            continue;
        }
        const double r0 = rateAt(t);
        const double slope = std::isinf(segmentEnd) ? 0.0 : (rateAt(segmentEnd) - r0) / span;
        const double mass = std::isinf(span) ? std::numeric_limits<double>::infinity()
                                             : r0 * span + 0.5 * slope * span * span;
        if (mass >= e) {
            const double disc = std::max(0.0, r0 * r0 + 2.0 * slope * e);
            const double x = 2.0 * e / (r0 + std::sqrt(disc));
            if (std::isfinite(x))
                sim.scheduleTimer(t + x, station, m_generation);
            return;
        }
        if (std::isinf(segmentEnd))
            return; // the rate stays at zero: no more arrivals
        e -= mass;
        t = segmentEnd;
    }
}

void ClientsBehavior::arrival(Simulation &sim, std::uint32_t station)
{
    scheduleNext(sim, station);
    if (sim.station(station).out.empty())
        return; // not connected yet: the users have nowhere to send requests
    const std::uint32_t slot = sim.newRequest(station);
    Request &r = sim.request(slot);
    r.user = m_userBase + m_mixRng.below(static_cast<std::uint32_t>(m_params.users));
    const double u = m_mixRng.uniform();
    int kind = 0;
    while (kind < kRequestKindCount - 1 && u >= m_mixCumulative[kind])
        ++kind;
    r.kind = static_cast<RequestKind>(kind);
    if (r.kind == RequestKind::Static && m_toAssets && m_assets.enabled())
        r.key = m_assets.draw(m_assetRng); // an asset: the CDN's key
    else
        r.key = m_keys.enabled() ? m_keys.draw(m_keyRng) : r.user;
    r.region = m_region;
    r.mobile = onMobile(r.user, m_params.web_share);
    route(sim, slot, station);
}

} // namespace scalelab
