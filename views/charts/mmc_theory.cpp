#include "charts/mmc_theory.h"

#include "analytic/queueing.h"

#include <algorithm>
#include <cmath>

namespace scalelab {

namespace {

double finiteOrNan(double v)
{
    return std::isfinite(v) ? v : std::numeric_limits<double>::quiet_NaN();
}

} // namespace

QString mmcStationProblem(const Scenario &scenario, const std::string &id)
{
    const Component *c = scenario.find(id);
    if (!c)
        return QStringLiteral("not in the design");
    if (c->kind != ComponentKind::Service && c->kind != ComponentKind::WebServer)
        return QStringLiteral("a %1 is not a plain queueing station")
            .arg(QString::fromUtf8(toString(c->kind)));
    if (c->service_ms.kind != DistKind::Exponential)
        return QStringLiteral("service time is not exponential");
    if (c->kind == ComponentKind::WebServer) {
        // A web server holds its worker while it calls others: not an M/M/c station.
        const bool calls = std::any_of(scenario.links.begin(), scenario.links.end(),
                                       [&id](const Link &l) { return l.from == id; });
        if (calls)
            return QStringLiteral("it waits for the components it calls");
    }
    if (!(c->service_ms.mean > 0))
        return QStringLiteral("service time is zero");
    return {};
}

const Component *queueConsumer(const Scenario &scenario, const std::string &id)
{
    const Component *consumer = nullptr;
    for (const Link &l : scenario.links)
        if (l.from == id) {
            if (consumer)
                return nullptr;
            consumer = scenario.find(l.to);
        }
    return consumer;
}

QString queueConsumerProblem(const Scenario &scenario, const std::string &id)
{
    const Component *c = scenario.find(id);
    if (!c)
        return QStringLiteral("not in the design");
    if (!traitsOf(c->kind).messageQueue)
        return QStringLiteral("a %1 is not a message queue")
            .arg(QString::fromUtf8(toString(c->kind)));
    const Component *consumer = queueConsumer(scenario, id);
    if (!consumer)
        return QStringLiteral("it needs exactly one consumer");
    if (consumer->kind != ComponentKind::Service)
        return QStringLiteral("its consumer is not a service");
    if (consumer->service_ms.kind != DistKind::Exponential || !(consumer->service_ms.mean > 0))
        return QStringLiteral("its consumer's service time is not exponential");
    return {};
}

MmcPrediction predictMmc(const Component &config, double lambda, int workers, int capacity,
                         double slowFactor)
{
    MmcPrediction p;
    p.lambda = std::max(0.0, lambda);
    const double speed = config.speed > 0 ? config.speed : 1.0;
    const double slow = slowFactor > 0 ? slowFactor : 1.0;
    p.mu = 1000.0 / config.service_ms.mean * speed / slow;
    p.servers = std::max(1, workers);
    p.capacity = capacity;
    if (capacity >= p.servers) {
        const MmckResult r = mmck(p.lambda, p.mu, p.servers, capacity);
        p.stable = r.stable;
        if (!r.stable)
            return p;
        p.utilization = r.utilization;
        p.L = r.L;
        p.Lq = r.Lq;
        p.W_ms = r.effectiveLambda > 0 ? r.W * 1000.0 : 1000.0 / p.mu;
        return p;
    }
    const MmcResult r = mmc(p.lambda, p.mu, p.servers);
    p.stable = r.stable;
    p.utilization = std::min(1.0, r.utilization);
    p.L = finiteOrNan(r.L);
    p.Lq = finiteOrNan(r.Lq);
    p.W_ms = finiteOrNan(r.W * 1000.0);
    return p;
}

void ArrivalRateMeter::addFrame(const Frame &frame)
{
    const double dt = m_lastT >= 0 ? frame.t_s - m_lastT : 0.0;
    if (dt > 0) {
        for (const LinkFrame &l : frame.links)
            m_count[l.to] += l.requestsPerSecond * dt;
        m_time += dt;
    }
    if (dt > 0 || m_lastT < 0)
        m_lastT = frame.t_s;
    if (!frame.sampleTimes.empty() && m_time > 0) {
        m_rate.clear();
        for (const auto &[id, count] : m_count)
            m_rate[id] = count / m_time;
        m_count.clear();
        m_time = 0;
    }
}

double ArrivalRateMeter::rate(const Frame &, std::size_t, const std::string &id) const
{
    double lambda = 0;
    if (const auto it = m_rate.find(id); it != m_rate.end())
        lambda = it->second;
    return lambda;
}

void ArrivalRateMeter::clear()
{
    m_lastT = -1;
    m_time = 0;
    m_count.clear();
    m_rate.clear();
}

} // namespace scalelab
