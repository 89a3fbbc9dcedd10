#pragma once

// shard_router: each request goes to the one shard its shard key maps to (ShardMap); a
// shard is a database or a replication set, whose member the set picks. The router waits
// for the shard's answer without holding a worker, so it sees every answer: it measures
// single-shard reads, and a join (join_share of the reads) asks every shard at once and
// answers when the slowest has. When the shards change (a link drawn or removed in a run,
// a scheduled add_shard or remove_shard) it compares the old map with the new one key by
// key, logs the keys that move and copies them at migration_keys_per_s: each copy is a
// read on the old shard and then a write on the new one, the shards' own work.

#include "metrics/latency_histogram.h"
#include "sim/kinds/kind_behavior.h"
#include "sim/shard_map.h"

#include <optional>
#include <unordered_map>
#include <vector>

namespace scalelab {

class ShardRouterBehavior : public KindBehavior {
public:
    void configure(const Component &c, const KindContext &context) override;
    void start(Simulation &sim, std::uint32_t station) override;
    void route(Simulation &sim, std::uint32_t slot, std::uint32_t station) override;
    void onCallReturn(Simulation &sim, std::uint32_t slot, std::uint32_t station,
                      const CallFrame &frame) override;
    void onMessageFailed(Simulation &sim, std::uint32_t slot, std::uint32_t station,
                         FailureCause cause) override;
    void onTimer(Simulation &sim, std::uint32_t station, std::uint32_t aux) override;
    void upChanged(Simulation &sim, std::uint32_t station) override;
    void reshard(Simulation &sim, std::uint32_t station, int delta) override;
    void report(ComponentResult &out) const override;
    void resetStats() override;
    std::vector<const char *> seriesColumns() const override;
    void sampleSeries(double *out) override;
    void liveFigures(double now, std::vector<LiveFigure> &out) const override;

private:
    /// One shard: a database, or the members of a replication set the router links to.
    struct Shard {
        std::string name;                 ///< the database's id, or its set's primary's
        int set = -1;                     ///< replication set, or -1
        std::vector<std::uint32_t> links; ///< the router's links into it (global indices)
        std::vector<std::uint32_t> stations;
    };
    /// A join waiting for its parts.
    struct Join {
        std::uint32_t slot;
        std::uint32_t generation;
        int remaining;
        double startedS;
    };
    enum Tag : std::uint32_t { kJoinPart = 1, kCopyRead = 2, kCopyWrite = 3 };
    static constexpr std::uint32_t kCopyTimer = 0;
    static constexpr std::uint32_t kFailJoinsTimer = 1;

    /// The shards from the router's links now; rebuilds the map when they changed.
    void rebuild(Simulation &sim, std::uint32_t station, const char *how);
    int shardNamed(const std::string &name) const;
    /// The router's link for a request of this kind into shard i (a set picks its member);
    /// < 0 when none (cause says why).
    int linkInto(Simulation &sim, std::uint32_t station, std::size_t i, RequestKind kind,
                 FailureCause &cause);
    std::uint32_t shardKeyOf(const Request &r) const;
    /// The index in m_shards of the shard holding key now, or -1.
    int shardFor(std::uint32_t key) const
    {
        return m_mapToShard.empty() ? -1 : m_mapToShard[m_map.shardOf(key)];
    }
    void fanOut(Simulation &sim, std::uint32_t slot, std::uint32_t station);
    /// Sends a message of the router's own to shard i (a join's part, a copy step).
    bool sendMessage(Simulation &sim, std::uint32_t slot, std::uint32_t station, std::size_t i);
    void copyNext(Simulation &sim, std::uint32_t station);
    void failJoin(Simulation &sim, std::uint32_t station, std::uint32_t id, FailureCause cause);
    /// Busy area of shard i's stations now, and their workers.
    double busyArea(std::size_t i, int &workers) const;

    ShardRouterParams m_params;
    std::uint32_t m_keys = 1;
    const Simulation *m_sim = nullptr;
    std::uint32_t m_station = 0;
    std::vector<Shard> m_shards; ///< every linked shard, in link order
    int m_active = -1;           ///< shards holding data (the first ones); -1 until started
    int m_linked = 0;            ///< shards linked at the last rebuild
    std::optional<int> m_configuredInitial; ///< initial_shards as last configured
    bool m_countEdited = false;             ///< an edit changed initial_shards
    ShardMap m_map;
    std::vector<int> m_mapToShard; ///< index in m_map.shards() -> index in m_shards
    ShardScheme m_mapScheme = ShardScheme::Modulo;
    int m_mapVnodes = 0;
    bool m_built = false;
    // Resharding.
    std::uint64_t m_reshards = 0, m_keysMoved = 0, m_copied = 0, m_copyLost = 0;
    double m_lastRatio = 0;
    ShardMap m_before;                   ///< the map the keys being copied come from
    std::vector<std::uint32_t> m_toCopy; ///< keys still to copy, from m_copyNext on
    std::size_t m_copyNext = 0;
    bool m_copyPending = false;
    std::uint64_t m_copyOutstanding = 0;
    double m_copyStartS = 0;
    // Joins.
    std::unordered_map<std::uint32_t, Join> m_joins;
    std::uint32_t m_nextJoin = 1;
    std::vector<std::pair<Join, FailureCause>> m_joinsToFail;
    bool m_failPending = false;
    // Figures since the warm-up.
    LatencyHistogram m_singleMs, m_joinMs;
    std::unordered_map<std::string, LatencyHistogram> m_shardMs; ///< by shard name
    double m_statsStartS = 0;
    /// The live card's per-shard load: utilization over the last window of a second or more.
    struct LiveWindow {
        double startS = -1;
        std::vector<double> busyArea; ///< per shard, at the window's start
        std::vector<double> load;     ///< per shard, over the last window
    };
    mutable LiveWindow m_live;
    std::uint64_t m_joinsFailed = 0;
};

} // namespace scalelab
