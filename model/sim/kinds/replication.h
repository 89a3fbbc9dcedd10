#pragma once

// Database replication: a primary and its replicas (replica_of), as one set.
//
// Writes go to the primary. Each write it commits gets a new version of its key and is
// sent to every replica as a request of the design's own (Request::internal): it arrives
// after the replication lag and is then applied as work on the replica, queued with its
// reads, so a busy replica lags more. Each member keeps the version of every key it has
// applied; a read it answers with an older version than the latest committed one is a
// stale read, counted exactly. In async mode a write is committed (and answered) when the
// primary has it; semi_sync answers when one replica has applied it; sync commits and
// answers only when every replica has it, so no read is stale and no write is lost.
//
// A web server's (or cache's) links into the members of a set count as one call: a write
// takes the link to the current primary, a read one link to a replica believed healthy, in
// turn (the primary's when none is). The application checks its databases every check_s:
// a dead replica's reads move to the others; a dead primary makes writes fail with cause
// failover until a replica is promoted (failover_s after, or by hand). Promotion starts a
// new term: writes the old primary committed that the new primary had not received are
// lost (counted); requests of the old term are dropped. With recovery: replay they are
// written again once the old primary is back, which then rejoins as a replica.

#include "metrics/latency_histogram.h"
#include "scenario/scenario.h"
#include "sim/random_stream.h"
#include "sim/request.h"

#include <cstdint>
#include <deque>
#include <limits>
#include <string>
#include <unordered_map>
#include <vector>

namespace scalelab {

class Simulation;
struct ComponentResult;
struct LiveFigure;

class Replication {
public:
    /// Builds the sets from the scenario, at the start and after every live edit; a set
    /// keeps its state (the primary now, what each member holds) while its first primary's
    /// id stays.
    void compile(Simulation &sim, const Scenario &scenario, int keys);
    /// The set station s belongs to, or -1.
    int setOf(std::uint32_t s) const { return s < m_setOf.size() ? m_setOf[s] : -1; }
    /// The id the scenario names as the set's primary (a shard's name behind a router).
    const std::string &setName(int set) const
    {
        return m_sets[static_cast<std::size_t>(set)].firstPrimary;
    }
    bool isPrimary(std::uint32_t s) const;
    /// The station its set's writes go to now; s itself when it is in no set.
    std::uint32_t primaryOf(std::uint32_t s) const;

    /// Which of station from's links into a set a request of this kind takes: link < 0
    /// when it may take none (cause says why).
    struct Pick {
        int link = -1;
        FailureCause cause = FailureCause::NoBackend;
    };
    Pick pick(Simulation &sim, int set, std::uint32_t from, RequestKind kind);

    // The database kind's hooks for a member s.
    /// A request reaches s; true when dealt with here (replication work, a refused write).
    bool arrive(Simulation &sim, std::uint32_t slot, std::uint32_t s);
    enum class Served : std::uint8_t {
        Done,   ///< dealt with: it left the station (and waits, or is gone)
        Answer, ///< it leaves the station and its answer goes back
    };
    Served served(Simulation &sim, std::uint32_t slot, std::uint32_t s);
    /// A request of replication's own was lost at s (s failed holding it).
    void internalFailed(Simulation &sim, std::uint32_t slot, std::uint32_t s);
    void onTimer(Simulation &sim, std::uint32_t aux);
    void start(Simulation &sim, std::uint32_t s);
    /// Promotes replica s by hand; false (why says why) when it cannot be.
    bool promoteByHand(Simulation &sim, std::uint32_t s, std::string &why);

    // Figures.
    void resetStats();
    void report(std::uint32_t s, ComponentResult &out) const;
    std::vector<const char *> seriesColumns(std::uint32_t s) const;
    void sampleSeries(std::uint32_t s, double *out);
    void liveFigures(std::uint32_t s, double now, std::vector<LiveFigure> &out) const;
    std::uint64_t lostWrites() const { return m_lostWrites; }
    std::uint64_t recoveredWrites() const { return m_recoveredWrites; }
    /// Lost since the last call (the per-second series).
    std::uint64_t takeIntervalLost();

private:
    /// A write a member has not received yet (it was down): applied when it is back.
    struct Parked {
        std::uint32_t key;
        std::uint32_t version;
        std::uint32_t writeId;
        double committedS;
    };
    struct Member {
        std::uint32_t station = 0;
        bool believedUp = true; ///< as the application's last check saw it
        bool demoted = false;   ///< an old primary: rejoins as a replica when back
        bool needsResync = false;
        std::vector<std::uint32_t> applied; ///< version of each key it holds
        std::uint64_t appliedWrites = 0;
        std::deque<Parked> parked;
        LatencyHistogram lag; ///< ms from the primary's commit to its applying it
        double lastLagMs = 0;
        std::uint64_t reads = 0, staleReads = 0;
        // Since the last time-series sample.
        double intervalLagSum = 0;
        std::uint64_t intervalLagCount = 0, intervalStale = 0;
    };
    /// A write whose answer waits for replicas (semi_sync, sync).
    struct Pending {
        std::uint32_t slot;
        std::uint32_t generation;
        std::uint32_t writeId;
        std::uint64_t need; ///< bit per member that was up when it was committed
        std::uint64_t acked = 0;
        std::uint32_t key;
        std::uint32_t version;
    };
    struct AckInFlight {
        double dueS;
        std::uint32_t writeId;
        std::uint32_t station; ///< the replica that sent it
        static bool later(const AckInFlight &a, const AckInFlight &b) { return a.dueS > b.dueS; }
    };
    struct Set {
        std::string firstPrimary; ///< the id the scenario names as primary
        std::vector<Member> members;
        std::size_t primary = 0; ///< index in members
        ReplicationMode mode = ReplicationMode::Async;
        Distribution lag;
        double checkS = 2;
        std::optional<double> failoverS;
        bool replay = false;
        RandomStream lagRng;
        std::uint32_t term = 1;
        std::uint32_t serial = 0; ///< timers of an older serial are stale (edits)
        bool failingOver = false;
        double promoteAtS = 0;
        std::vector<std::uint32_t> issued;   ///< the last version given to each key
        std::vector<std::uint32_t> lostKeys; ///< for the recovery script
        std::unordered_map<std::uint32_t, Pending> pending;
        /// Acknowledgements on their way back from replicas in another region, a min-heap
        /// by arrival (AckInFlight::later).
        std::vector<AckInFlight> acks;
        std::uint32_t nextWriteId = 1;
        std::uint32_t nextRead = 0; ///< round robin over the replicas
        std::uint64_t lost = 0, recovered = 0, promotions = 0;
    };
    static constexpr std::uint32_t kReplayWrite = std::numeric_limits<std::uint32_t>::max();
    static constexpr std::size_t kMaxParked = 1'000'000;

    Member *member(std::uint32_t s, Set **set = nullptr);
    const Member *member(std::uint32_t s, const Set **set = nullptr) const;
    static std::uint32_t versionOf(const Member &m, std::uint32_t key)
    {
        return key < m.applied.size() ? m.applied[key] : 0;
    }
    /// Replication work that did not reach m: it gets it when it is back (a replayed write:
    /// at the recovery script's next run).
    static void keepForLater(Set &set, Member &m, const Request &r);
    /// True when the write's answer waits for replicas.
    bool commitWrite(Simulation &sim, Set &set, std::uint32_t slot, bool replayed);
    void sendTo(Simulation &sim, Set &set, std::size_t to, std::uint32_t key, std::uint32_t version,
                double committedS, std::uint32_t writeId, double delayS);
    void apply(Simulation &sim, Set &set, std::size_t m, std::uint32_t key, std::uint32_t version,
               double committedS, std::uint32_t writeId);
    void ack(Simulation &sim, Set &set, std::uint32_t writeId, std::size_t m);
    /// Answers the waiting writes whose replicas are all in (or no longer up).
    void settle(Simulation &sim, Set &set);
    void finish(Simulation &sim, Set &set, const Pending &p);
    void check(Simulation &sim, std::size_t set);
    void rejoin(Simulation &sim, Set &set, std::size_t m);
    bool promote(Simulation &sim, std::size_t set, std::size_t m, const char *how);
    void scheduleCheck(Simulation &sim, std::size_t set);
    std::uint32_t timerAux(std::size_t set, bool promotion, bool acks = false) const;
    /// The one-way latency between the set's primary and member m (regions apart), s.
    static double distanceS(const Simulation &sim, const Set &set, std::size_t m);
    /// Acknowledgements due by now reach the primary.
    void deliverAcks(Simulation &sim, Set &set);

    std::vector<Set> m_sets;
    std::vector<int> m_setOf;
    std::uint64_t m_lostWrites = 0, m_recoveredWrites = 0, m_intervalLost = 0;
    std::uint32_t m_generation = 0; ///< compiles so far: numbers the sets' timers
};

} // namespace scalelab
