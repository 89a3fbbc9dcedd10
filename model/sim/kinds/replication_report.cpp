// Replication's figures: the report, the time series and the live card.
#include "sim/kinds/replication.h"

#include "sim/frame.h"
#include "sim/run_result.h"
#include "sim/simulation.h"

#include <algorithm>
#include <limits>
#include <unordered_map>

namespace scalelab {

void Replication::resetStats()
{
    m_lostWrites = m_recoveredWrites = m_intervalLost = 0;
    for (Set &set : m_sets) {
        set.lost = set.recovered = set.promotions = 0;
        for (Member &m : set.members) {
            m.lag = LatencyHistogram{};
            m.reads = m.staleReads = 0;
        }
    }
}

std::uint64_t Replication::takeIntervalLost()
{
    const std::uint64_t n = m_intervalLost;
    m_intervalLost = 0;
    return n;
}

void Replication::report(std::uint32_t s, ComponentResult &out) const
{
    const Set *set = nullptr;
    const Member *m = member(s, &set);
    if (m == nullptr)
        return;
    const bool primary = m == &set->members[set->primary];
    out.figures.push_back({"primary", primary ? 1.0 : 0.0, true});
    out.figures.push_back({"stale_reads", static_cast<double>(m->staleReads), true});
    out.figures.push_back({"applied_writes", static_cast<double>(m->appliedWrites), true});
    if (!primary || m->lag.count()) {
        out.figures.push_back({"replication_lag_ms.mean", m->lag.mean(), false});
        out.figures.push_back(
            {"replication_lag_ms.p99", m->lag.count() ? m->lag.quantile(0.99) : 0.0, false});
    }
    if (s == set->members[0].station) {
        out.figures.push_back({"lost_writes", static_cast<double>(set->lost), true});
        out.figures.push_back({"recovered_writes", static_cast<double>(set->recovered), true});
        out.figures.push_back({"promotions", static_cast<double>(set->promotions), true});
    }
}

std::vector<const char *> Replication::seriesColumns(std::uint32_t s) const
{
    if (setOf(s) < 0)
        return {};
    return {".replication_lag_ms", ".stale_reads"};
}

void Replication::sampleSeries(std::uint32_t s, double *out)
{
    Member *m = member(s);
    if (m == nullptr)
        return;
    out[0] = m->intervalLagCount ? m->intervalLagSum / static_cast<double>(m->intervalLagCount)
                                 : std::numeric_limits<double>::quiet_NaN();
    out[1] = static_cast<double>(m->intervalStale);
    m->intervalLagSum = 0;
    m->intervalLagCount = m->intervalStale = 0;
}

void Replication::liveFigures(std::uint32_t s, double, std::vector<LiveFigure> &out) const
{
    const Set *set = nullptr;
    const Member *m = member(s, &set);
    if (m == nullptr)
        return;
    if (m == &set->members[set->primary]) {
        out.push_back({QT_TRANSLATE_NOOP("scalelab::Figure", "primary"),
                       std::numeric_limits<double>::quiet_NaN(), false});
        return;
    }
    out.push_back({QT_TRANSLATE_NOOP("scalelab::Figure", "lag"), m->lastLagMs, false, "ms"});
}

} // namespace scalelab
