// What a shard router reports: keys moved by its reshards, each shard's utilization and
// read latency, single-shard reads beside joins; its series and its live card.
#include "sim/frame.h"
#include "sim/kinds/shard_router.h"
#include "sim/run_result.h"
#include "sim/simulation.h"

namespace scalelab {

double ShardRouterBehavior::busyArea(std::size_t i, int &workers) const
{
    double area = 0;
    workers = 0;
    for (const std::uint32_t s : m_shards[i].stations) {
        const Station &st = m_sim->stations()[s];
        area += st.stats.busyArea + st.busy * (m_sim->now() - st.lastChange);
        workers += st.workers;
    }
    return area;
}

void ShardRouterBehavior::report(ComponentResult &out) const
{
    using F = ComponentResult::Figure;
    out.figures.push_back(F{"shards", static_cast<double>(m_map.shards().size()), true});
    out.figures.push_back(F{"keys", static_cast<double>(m_keys), true});
    out.figures.push_back(F{"reshards", static_cast<double>(m_reshards), true});
    out.figures.push_back(F{"keys_moved", static_cast<double>(m_keysMoved), true});
    out.figures.push_back(F{"keys_moved_ratio", m_lastRatio, false});
    out.figures.push_back(F{"keys_copied", static_cast<double>(m_copied), true});
    if (m_sim == nullptr)
        return;
    const double T = m_sim->now() - m_statsStartS;
    for (std::size_t i = 0; i < m_shards.size(); ++i) {
        int workers = 0;
        const double area = busyArea(i, workers);
        out.figures.push_back(F{"per_shard_utilization." + m_shards[i].name,
                                T > 0 && workers > 0 ? area / (workers * T) : 0.0, false});
    }
    for (const Shard &shard : m_shards) {
        const auto it = m_shardMs.find(shard.name);
        out.figures.push_back(F{"per_shard_read_ms." + shard.name,
                                it == m_shardMs.end() ? 0.0 : it->second.mean(), false});
    }
    out.figures.push_back(F{"reads.count", static_cast<double>(m_singleMs.count()), true});
    out.figures.push_back(F{"reads.mean_ms", m_singleMs.mean(), false});
    out.figures.push_back(F{"reads.p95_ms", m_singleMs.quantile(0.95), false});
    out.figures.push_back(F{"joins.count", static_cast<double>(m_joinMs.count()), true});
    out.figures.push_back(F{"joins.failed", static_cast<double>(m_joinsFailed), true});
    out.figures.push_back(F{"joins.mean_ms", m_joinMs.mean(), false});
    out.figures.push_back(F{"joins.p95_ms", m_joinMs.quantile(0.95), false});
}

void ShardRouterBehavior::resetStats()
{
    m_singleMs.reset();
    m_joinMs.reset();
    m_shardMs.clear();
    m_joinsFailed = 0;
    m_statsStartS = m_sim ? m_sim->now() : 0.0;
}

std::vector<const char *> ShardRouterBehavior::seriesColumns() const
{
    return {".shards", ".keys_to_copy"};
}

void ShardRouterBehavior::sampleSeries(double *out)
{
    out[0] = static_cast<double>(m_map.shards().size());
    out[1] = static_cast<double>(m_toCopy.size() - m_copyNext);
}

void ShardRouterBehavior::liveFigures(double now, std::vector<LiveFigure> &out) const
{
    out.push_back({QT_TRANSLATE_NOOP("scalelab::Figure", "shards"),
                   static_cast<double>(m_map.shards().size())});
    if (m_copyNext < m_toCopy.size())
        out.push_back({QT_TRANSLATE_NOOP("scalelab::Figure", "keys to copy"),
                       static_cast<double>(m_toCopy.size() - m_copyNext)});
    if (m_sim == nullptr)
        return;
    // Each shard's load over the last window of at least a second, as a bar.
    constexpr double kWindowS = 1.0;
    if (m_live.startS < 0 || m_live.busyArea.size() != m_shards.size() ||
        now - m_live.startS >= kWindowS) {
        std::vector<double> area(m_shards.size());
        std::vector<double> load(m_shards.size(), 0.0);
        for (std::size_t i = 0; i < m_shards.size(); ++i) {
            int workers = 0;
            area[i] = busyArea(i, workers);
            if (m_live.startS >= 0 && m_live.busyArea.size() == m_shards.size() && workers > 0)
                load[i] = (area[i] - m_live.busyArea[i]) / (workers * (now - m_live.startS));
        }
        // Statistics restarted at the warm-up: the window starts again.
        for (std::size_t i = 0; i < load.size(); ++i)
            load[i] = std::clamp(load[i], 0.0, 1.0);
        m_live.load = std::move(load);
        m_live.busyArea = std::move(area);
        m_live.startS = now;
    }
    for (const double load : m_live.load)
        out.push_back({"", load, true, "", true});
}

} // namespace scalelab
