#include "sim/regions.h"

#include <algorithm>
#include <limits>

namespace scalelab {

void Regions::compile(const Scenario &s)
{
    std::vector<std::string> names = regionsOf(s);
    if (names.size() > kMaxRegions)
        names.resize(kMaxRegions); // validation refuses more
    // Statistics follow their region's name through an edit.
    std::vector<Stats> stats(names.size() + 1);
    for (std::size_t i = 0; i < names.size(); ++i) {
        const auto old = std::find(m_names.begin(), m_names.end(), names[i]);
        if (old != m_names.end())
            stats[i + 1] = std::move(m_stats[static_cast<std::size_t>(old - m_names.begin()) + 1]);
    }
    m_names = std::move(names);
    m_stats = std::move(stats);
    const std::size_t n = m_names.size() + 1;
    m_latencyS.assign(n * n, 0.0);
    for (std::size_t a = 1; a < n; ++a)
        for (std::size_t b = 1; b < n; ++b)
            m_latencyS[a * n + b] = regionLatencyMs(s, m_names[a - 1], m_names[b - 1]) / 1000.0;
    const auto index = [this](const std::string &name) -> std::uint8_t {
        const auto it = std::find(m_names.begin(), m_names.end(), name);
        return it == m_names.end() ? 0 : static_cast<std::uint8_t>(it - m_names.begin() + 1);
    };
    m_placed.clear();
    for (const Component &c : s.components)
        if (const auto *p = std::get_if<ClientsParams>(&c.params); p && !p->region.empty())
            m_placed[c.id] = index(p->region);
    for (const Group &g : s.groups)
        if (g.kind == GroupKind::DataCenter && !g.region.empty())
            for (const std::string &m : g.members)
                m_placed.emplace(m, index(g.region));
}

std::uint8_t Regions::of(const std::string &id) const
{
    const auto it = m_placed.find(id);
    return it == m_placed.end() ? 0 : it->second;
}

const LatencyHistogram *Regions::latencyOf(const std::string &name) const
{
    const auto it = std::find(m_names.begin(), m_names.end(), name);
    return it == m_names.end()
               ? nullptr
               : &m_stats[static_cast<std::size_t>(it - m_names.begin()) + 1].latency;
}

void Regions::completed(std::uint8_t r, double ms, bool measured)
{
    if (r == 0 || r >= m_stats.size())
        return;
    Stats &s = m_stats[r];
    ++s.intervalCompleted;
    s.interval.record(ms);
    if (measured) {
        ++s.completed;
        s.latency.record(ms);
    }
}

void Regions::failed(std::uint8_t r, bool measured)
{
    if (r == 0 || r >= m_stats.size())
        return;
    Stats &s = m_stats[r];
    ++s.intervalFailed;
    if (measured)
        ++s.failed;
}

void Regions::resetStats()
{
    for (Stats &s : m_stats) {
        s.latency.reset();
        s.completed = s.failed = 0;
    }
}

Regions::Interval Regions::takeInterval(std::uint8_t r)
{
    if (r == 0 || r >= m_stats.size())
        return {std::numeric_limits<double>::quiet_NaN(), 0, 0};
    Stats &s = m_stats[r];
    const Interval out{s.interval.count() ? s.interval.quantile(0.95)
                                          : std::numeric_limits<double>::quiet_NaN(),
                       s.intervalCompleted, s.intervalFailed};
    s.interval.reset();
    s.intervalCompleted = s.intervalFailed = 0;
    return out;
}

std::vector<RegionResult> Regions::results() const
{
    std::vector<RegionResult> out;
    for (std::size_t i = 0; i < m_names.size(); ++i) {
        const Stats &s = m_stats[i + 1];
        RegionResult r;
        r.name = m_names[i];
        r.completed = s.completed;
        r.failed = s.failed;
        const std::uint64_t ended = s.completed + s.failed;
        r.availability = ended ? static_cast<double>(s.completed) / static_cast<double>(ended) : 1;
        if (s.latency.count() > 0) {
            r.latency.count = s.latency.count();
            r.latency.mean = s.latency.mean();
            r.latency.p50 = s.latency.quantile(0.50);
            r.latency.p95 = s.latency.quantile(0.95);
            r.latency.p99 = s.latency.quantile(0.99);
            r.latency.max = s.latency.max();
        }
        out.push_back(std::move(r));
    }
    return out;
}

} // namespace scalelab
