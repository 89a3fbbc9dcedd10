// Where requests come from: the workload's rate over time and the clients' arrivals.
#include "sim/simulation.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace scalelab {

double Simulation::rateAt(double t) const
{
    const auto &curve = m_workload.curve;
    if (curve.empty())
        return m_workload.rate_rps;
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

void Simulation::scheduleNextArrival()
{
    const auto &curve = m_workload.curve;
    if (m_workload.arrival == ArrivalProcess::Constant) {
        const double rate = rateAt(m_now);
        if (rate > 0)
            m_queue.push(m_now + 1.0 / rate, EventType::ExternalArrival, 0, 0, m_arrivalGeneration);
        else if (!curve.empty() && m_now < curve.back().t_s)
            m_queue.push(m_now + 1.0, EventType::ExternalArrival, 0, 0, m_arrivalGeneration);
        return;
    }
    if (curve.empty()) {
        if (m_workload.rate_rps > 0)
            m_queue.push(m_now + m_arrivalRng.exponential(1.0 / m_workload.rate_rps),
                         EventType::ExternalArrival, 0, 0, m_arrivalGeneration);
        return;
    }
    // A Poisson process whose rate is piecewise linear in time, sampled exactly by
    // inverting its integral: find x with integral_{now}^{now+x} rate = E, E ~ Exp(1).
    double e = m_arrivalRng.exponential(1.0);
    double t = m_now;
    for (;;) {
        double segmentEnd = std::numeric_limits<double>::infinity();
        for (const RatePoint &p : curve)
            if (p.t_s > t) {
                segmentEnd = p.t_s;
                break;
            }
        const double r0 = rateAt(t);
        const double slope =
            std::isinf(segmentEnd) ? 0.0 : (rateAt(segmentEnd) - r0) / (segmentEnd - t);
        const double span = segmentEnd - t;
        const double mass = std::isinf(span) ? std::numeric_limits<double>::infinity()
                                             : r0 * span + 0.5 * slope * span * span;
        if (mass >= e) {
            const double disc = std::max(0.0, r0 * r0 + 2.0 * slope * e);
            const double x = 2.0 * e / (r0 + std::sqrt(disc));
            if (std::isfinite(x))
                m_queue.push(t + x, EventType::ExternalArrival, 0, 0, m_arrivalGeneration);
            return;
        }
        if (std::isinf(segmentEnd))
            return; // the rate stays at zero: no more arrivals
        e -= mass;
        t = segmentEnd;
    }
}

void Simulation::externalArrival()
{
    scheduleNextArrival();
    if (m_target < 0)
        return;
    const std::uint32_t slot = allocRequest();
    Request &r = m_requests[slot];
    r.created = m_now;
    r.measured = m_warm;
    r.user = m_mixRng.below(static_cast<std::uint32_t>(m_workload.users));
    r.key = r.user;
    const double u = m_mixRng.uniform();
    int kind = 0;
    while (kind < kRequestKindCount - 1 && u >= m_mixCumulative[kind])
        ++kind;
    r.kind = static_cast<RequestKind>(kind);
    ++m_intervalArrived;
    if (r.measured)
        ++m_arrived;
    arrive(slot, static_cast<std::uint32_t>(m_target));
}

} // namespace scalelab
