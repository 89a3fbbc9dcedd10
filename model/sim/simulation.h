#pragma once

// The discrete-event simulation of one scenario. It compiles the scenario into stations
// (one per component) and links, then processes events in (time, sequence) order. Each
// station is a queue with parallel workers and a service-time distribution; a full queue
// rejects, a request that waits longer than its timeout fails. What a component does
// beyond that — where a request goes next, whether it holds its worker while it calls
// others, timers of its own — is its kind's behaviour (model/sim/kinds/), reached through
// the KindBehavior interface; the generic flow here never asks which kind it serves.
//
// The simulation knows nothing of any GUI: a front end drives it with runUntil()/step(),
// reads its state between calls, and injects faults or edits at the current time.

#include "metrics/batch_means.h"
#include "metrics/latency_histogram.h"
#include "metrics/time_series.h"
#include "scenario/scenario.h"
#include "sim/autoscaling.h"
#include "sim/event_queue.h"
#include "sim/key_popularity.h"
#include "sim/kinds/replication.h"
#include "sim/observability.h"
#include "sim/random_stream.h"
#include "sim/regions.h"
#include "sim/request.h"
#include "sim/run_result.h"
#include "sim/sessions.h"
#include "sim/station.h"

#include <array>
#include <cstdint>
#include <string>
#include <unordered_map>
#include <vector>

namespace scalelab {

/// A link compiled for the kernel: indices instead of ids, seconds instead of ms.
struct LinkRuntime {
    std::uint32_t from;
    std::uint32_t to;
    double probability;
    double latencyS;
    std::uint8_t kindMask;        ///< bit per RequestKind that may travel it
    std::uint64_t traversals = 0; ///< requests sent along it so far (for traffic display)
    /// From a component in no region (a DNS, a CDN edge: near each user) to one in a
    /// region: a request on it also travels from its users' region to that one.
    bool fromAnywhere = false;
    /// Called only instead of a normal link whose target is down (Simulation::standIn).
    bool backup = false;
};

/// What the live view marks at a component: a failed request, or an answer with wrong
/// data (a stale read, a write a failover lost), which is no failure.
enum class Mark : std::uint8_t { Failure, StaleRead, LostWrite };

/// A request failure (or a mark), kept in a short ring for the live view to draw.
struct RecentFailure {
    double t_s;
    std::uint32_t station;
    FailureCause cause;
    Mark mark = Mark::Failure;
};

/// An answer that goes straight back to the users it came from (a CDN hit at the edge):
/// the kernel counts a link's latency once, on the way there, so this way home is only
/// drawn, from a short ring like the failures'.
struct RecentAnswer {
    double t_s; ///< when it was answered
    std::uint32_t from;
    std::uint32_t to; ///< the stations at the ends of the link it came by
    float latencyS;
    RequestKind kind;
};

class Simulation {
public:
    /// Compiles the scenario (assumed valid: see validateScenario). The seed overrides the
    /// scenario's own; without either the seed is 1.
    explicit Simulation(const Scenario &scenario, std::optional<std::uint64_t> seed = {});

    /// Process every event up to and including time t (seconds); the clock ends at t.
    void runUntil(double t);
    /// Runs to the scenario's duration.
    void run() { runUntil(m_duration); }
    /// Processes one event; false if there is none before the end of the run.
    bool step();
    double now() const { return m_now; }
    double duration() const { return m_duration; }
    double warmup() const { return m_warmup; }
    std::uint64_t eventsProcessed() const { return m_events; }

    // Faults injected by a front end at the current time; an id of a data center fails
    // or recovers everything in it.
    void failComponent(const std::string &id);
    void recoverComponent(const std::string &id);
    /// Fails (up false) or recovers every component of data center `id` now; false if
    /// there is no data center of that id.
    bool failDataCenter(const std::string &id, bool up = false);
    void slowComponent(const std::string &id, double factor);
    /// Promotes a replica to primary now; false (why says why) when it cannot be.
    bool promoteReplica(const std::string &id, std::string &why);
    /// Deploys a new version of the static assets now, to the component with this id, or
    /// to every component when id is empty (a CDN's cached assets all become misses).
    void deployAssets(const std::string &id);

    /// Applies an edited scenario at the current time, keeping the state of every
    /// component and link that still exists (live edits: scale out while running).
    void applyScenario(const Scenario &scenario);

    /// Keep a per-second time series (off by default; costs a little per second).
    void setRecordTimeSeries(bool on);
    const TimeSeries &timeSeries() const { return m_series; }

    /// The summary of everything measured since the warm-up.
    RunResult result() const;
    /// End-to-end latencies of the requests completed since the warm-up (for goals).
    const LatencyHistogram &latencyHistogram() const { return m_latency; }
    /// The same, of the requests of one kind.
    const LatencyHistogram &latencyHistogram(RequestKind k) const
    {
        return m_latencyByKind[static_cast<std::size_t>(k)];
    }

    // Read access for front ends (between calls, from the thread that drives the run).
    const std::vector<Station> &stations() const { return m_stations; }
    const std::vector<LinkRuntime> &links() const { return m_links; }
    const std::vector<LogEntry> &log() const { return m_log; }
    /// The last failures (at most kRecentFailures), oldest first at recentFailureStart().
    const std::vector<RecentFailure> &recentFailures() const { return m_recentFailures; }
    std::size_t recentFailureStart() const { return m_recentFailureNext; }
    static constexpr std::size_t kRecentFailures = 2048;
    /// The last answers sent straight back to users (at most kRecentAnswers), oldest first
    /// at recentAnswerStart().
    const std::vector<RecentAnswer> &recentAnswers() const { return m_recentAnswers; }
    std::size_t recentAnswerStart() const { return m_recentAnswerNext; }
    static constexpr std::size_t kRecentAnswers = 8192;
    /// Calls fn(const Request&) for every request travelling on a link now.
    template <typename Fn> void forEachOnLink(Fn &&fn) const
    {
        for (const Request &r : m_requests)
            if (r.active && r.link >= 0)
                fn(r);
    }
    std::size_t requestsInFlight() const { return m_requests.size() - m_free.size(); }
    /// The most requests the kernel holds at once, whatever the design: beyond it new
    /// requests are refused with FailureCause::SimulatorLimit (about 60 MB of requests).
    static constexpr std::size_t kMaxRequestsHeld = 250000;
    /// Whether the ceiling above was reached during the run.
    bool limitReached() const { return m_limitReached; }
    /// Bytes the kernel keeps per request slot (for the benchmark's memory figure).
    static constexpr std::size_t bytesPerRequest() { return sizeof(Request); }

    // The kernel's operations, for the kinds (model/sim/kinds/). Indices are stable for
    // the whole run.
    Station &station(std::uint32_t s) { return m_stations[s]; }
    Request &request(std::uint32_t slot) { return m_requests[slot]; }
    /// How long request r takes along link l (its region's distance included).
    double linkLatencyS(const LinkRuntime &l, const Request &r) const
    {
        return l.fromAnywhere ? l.latencyS + m_regions.latencyS(r.region, m_stations[l.to].region)
                              : l.latencyS;
    }
    /// The link to take instead of l: l itself, unless its target is down (the caller
    /// knows at once: the connection is refused) and a backup link of the same caller that
    /// lets kind through leads to a target that is up; then the first such.
    std::uint32_t standIn(std::uint32_t l, RequestKind kind) const;
    bool linkAllows(const LinkRuntime &l, RequestKind kind) const
    {
        return (l.kindMask >> static_cast<int>(kind)) & 1u;
    }
    /// The request leaves station s after service: its worker is free for the next one.
    void leaveStation(std::uint32_t slot, std::uint32_t s);
    /// Along one outgoing link chosen by the links' probabilities; past their sum, the
    /// request is done here (its response goes back).
    void routeByProbability(std::uint32_t slot, std::uint32_t s);
    void sendOnLink(std::uint32_t slot, std::uint32_t link);
    /// The request is done at this hop: back to the caller holding a worker for it, or
    /// complete when nobody is.
    void finishHop(std::uint32_t slot);
    void fail(std::uint32_t slot, FailureCause cause, std::uint32_t station);
    /// Station s (holding a worker for the request) calls its outgoing links' targets from
    /// position fromLink on, one at a time; when none is left its worker is freed.
    void continueCalls(std::uint32_t slot, std::uint32_t s, std::uint32_t fromLink, double entered);
    /// onTimer(aux) of station s's kind runs at time t.
    void scheduleTimer(double t, std::uint32_t s, std::uint32_t aux);
    /// A new request from the clients at station origin, created now; it counts as
    /// arrived. The caller fills in its user, kind and key, then sends it with enter().
    std::uint32_t newRequest(std::uint32_t origin);
    /// Along link l into the design: at once when the link has no latency.
    void enter(std::uint32_t slot, std::uint32_t l);
    /// Station `holder` hands the request to link l's target without holding a worker for
    /// it (a queue delivers a message): its answer comes back to holder's onCallReturn.
    void callHoldingNoWorker(std::uint32_t slot, std::uint32_t holder, std::uint32_t l);
    /// Station s may take work now (it came into rotation): those pulling from it hear.
    void wakePullers(std::uint32_t s)
    {
        if (s < m_pullWatchers.size() && !m_pullWatchers[s].empty())
            notifyFree(s);
    }
    /// One-way latency between the regions of index a and b (Station::region), seconds.
    double regionLatencyS(std::uint8_t a, std::uint8_t b) const { return m_regions.latencyS(a, b); }
    const Regions &regions() const { return m_regions; }
    /// A version per data key, bumped by writes (for stale reads).
    KeyVersions &keyVersions() { return m_keyVersions; }
    /// Station s committed a write of key: its version moves on, and the kinds linking to
    /// s that watch writes (caches) hear of it.
    void keyWritten(std::uint32_t s, std::uint32_t key);
    void logEvent(std::uint32_t station, std::string what);
    /// The same, for something that is not a station (an autoscaling group).
    void logEventFor(const std::string &id, std::string what);

    // For replication (model/sim/kinds/replication.h): work the design makes for itself.
    std::uint64_t seed() const { return m_seed; }
    bool warm() const { return m_warm; }
    int stationOf(const std::string &id) const { return stationIndex(id); }
    Replication &replication() { return m_replication; }
    const Replication &replication() const { return m_replication; }
    /// Autoscaling groups (model/sim/autoscaling.h): their events, and compiling the design
    /// again when they add or remove a server (the last applied scenario with their changes).
    void scheduleAutoscaling(double t, std::uint32_t group, std::uint32_t what,
                             std::uint32_t serial)
    {
        m_queue.push(t, EventType::Autoscale, what, serial, group);
    }
    void redesign();
    const Autoscaling &autoscaling() const { return m_autoscaling; }
    /// Dollars per hour of every component there is now.
    double costPerHourNow() const { return m_costNow; }
    /// Dollars per hour integrated over the measured seconds so far.
    double costArea() const
    {
        return m_costArea + (m_warm ? m_costNow * (m_now - m_costSince) : 0.0);
    }
    /// Host, tier and business metrics and the alerts (model/sim/observability.h).
    const Observability &observability() const { return m_observability; }
    /// Users' sessions and sticky cookies (model/sim/sessions.h).
    Sessions &sessions() { return m_sessions; }
    const Sessions &sessions() const { return m_sessions; }
    static constexpr std::uint32_t kNoSlot = 0xffffffffu;
    /// A request of the design's own (Request::internal), or kNoSlot at the ceiling.
    std::uint32_t newInternalRequest(std::uint32_t origin);
    /// It reaches station `to` after delayS, travelling no drawn link.
    void sendInternal(std::uint32_t slot, std::uint32_t to, double delayS);
    /// Into station s's queue or service, whatever its capacity.
    void admit(std::uint32_t slot, std::uint32_t s);
    /// The request fails at station s, which was holding a worker for it.
    void abandonAt(std::uint32_t slot, std::uint32_t s, FailureCause cause);
    /// Frees a request that needs no answer.
    void discard(std::uint32_t slot) { freeRequest(slot); }
    /// Station s committed version v of key: the latest becomes at least v, and the kinds
    /// linking to s that watch writes hear of it.
    void keyCommitted(std::uint32_t s, std::uint32_t key, std::uint32_t v);
    /// A failover lost the newer writes of key: the latest committed is v again.
    void rollbackKey(std::uint32_t key, std::uint32_t v) { m_keyVersions.set(key, v); }
    /// A database answered a read (stale: with older data than the latest committed).
    void countDatabaseRead(bool measured, bool stale);
    /// Something the live view marks at station s (a stale read, a lost write).
    void mark(std::uint32_t s, Mark m);
    /// Calls fn(Request&) for every request held now.
    template <typename Fn> void forEachRequest(Fn &&fn)
    {
        for (Request &r : m_requests)
            if (r.active)
                fn(r);
    }

private:
    void compile(const Scenario &scenario);
    /// compile() of the design with the autoscaling groups' servers.
    void compileDesign();
    /// The cost integral, brought up to now and set to the stations' cost now.
    void noteCost();
    void compileLinks(const Scenario &scenario);
    void scheduleInitialEvents(const Scenario &scenario);
    /// Lets every kind start its timers; sourcesOnly: only the kinds that are no queue (the
    /// clients, whose first arrival comes before anything else is scheduled).
    void startKinds(bool sourcesOnly = false);
    void dispatch(const Event &e);

    // Routing (simulation_flow.cpp).
    void arrive(std::uint32_t reqSlot, std::uint32_t station);
    /// Into service if a worker is free, else into the queue.
    void enqueue(std::uint32_t reqSlot, std::uint32_t station);
    void startService(std::uint32_t reqSlot, std::uint32_t station);
    void serviceDone(std::uint32_t reqSlot, std::uint32_t station);
    void callReturn(std::uint32_t reqSlot, std::uint32_t station);
    void removeFromService(Station &st, Request &r);
    void complete(std::uint32_t reqSlot);
    void releaseHolders(std::uint32_t slot);
    void remember(const RecentFailure &f);
    /// The link from `from` to `to` the request came by, else the first such link, else -1.
    std::int32_t linkBetween(const Request &r, std::uint32_t from, std::uint32_t to) const;
    void rememberAnswer(const Request &r);
    void pullNext(std::uint32_t station);
    void noteRejection(std::uint32_t station);
    void noteAdmission(std::uint32_t station);
    /// A station that refused nothing for this long has ended its rejection burst.
    static constexpr double kRejectionBurstGapS = 1.0;

    // Faults and health checks (simulation_faults.cpp).
    void setDown(std::uint32_t station, const char *why);
    void setUp(std::uint32_t station, const char *why);
    void scheduledFault(std::uint32_t index);
    void dataCenterFault(const Fault &f);
    void setDataCenter(const Group &dc, bool up);
    void randomFailure(std::uint32_t process);
    void randomRepair(std::uint32_t process);

    // Statistics (simulation_stats.cpp).
    void endWarmup();
    void sample();
    void sampleAutoscaling(std::vector<double> &row);
    void setupSeries();
    /// The spread of utilization over each balancer's targets, as its figures.
    void addSpreads(RunResult &r) const;
    /// The figures per region and per data center.
    void addRegions(RunResult &r) const;

    std::uint32_t allocRequest();
    void freeRequest(std::uint32_t slot);
    int stationIndex(const std::string &id) const;

    std::uint64_t m_seed = 1;
    double m_now = 0;
    double m_duration = 0;
    double m_warmup = 0;
    double m_statsStart = 0;
    bool m_warm = false;
    std::uint64_t m_events = 0;
    EventQueue m_queue;

    KeyVersions m_keyVersions;
    Replication m_replication;
    Sessions m_sessions;
    Regions m_regions;
    Observability m_observability;
    Scenario m_design; ///< the last scenario applied (autoscaling adds to it)
    Autoscaling m_autoscaling;
    double m_costNow = 0;
    double m_costArea = 0;
    double m_costSince = 0;
    std::uint64_t m_databaseReads = 0;
    std::uint64_t m_staleReads = 0;
    std::uint64_t m_intervalStaleReads = 0;
    std::vector<Station> m_stations;
    /// Live (not removed) stations by id, so look-ups stay constant-time in big designs.
    std::unordered_map<std::string, std::uint32_t> m_stationIndex;
    /// Removed stations by id: a component that comes back (an autoscaled server's id
    /// reused, an undone deletion) gets its old station, index and series columns again.
    std::unordered_map<std::string, std::uint32_t> m_removedIndex;
    std::vector<LinkRuntime> m_links;
    /// Per station: the stations linking to it that watch its writes.
    std::vector<std::vector<std::uint32_t>> m_writeWatchers;
    /// Per station, the stations that pull from it when it has a free worker (queues).
    std::vector<std::vector<std::uint32_t>> m_pullWatchers;
    void notifyFree(std::uint32_t s);
    std::vector<Request> m_requests;
    std::vector<std::uint32_t> m_free;

    // Faults.
    std::vector<Fault> m_faults;
    struct RandomFaultProcess {
        std::uint32_t station;
        double mtbfS;
        double mttrS;
        RandomStream rng;
    };
    std::vector<RandomFaultProcess> m_randomFaults;

    // End-to-end statistics (requests created after the warm-up).
    std::uint64_t m_arrived = 0;
    std::uint64_t m_completed = 0;
    std::array<std::uint64_t, kFailureCauseCount> m_failed{};
    LatencyHistogram m_latency;
    std::array<LatencyHistogram, kRequestKindCount> m_latencyByKind;
    BatchMeans m_batches;

    // Time series (per second) and the interval accumulators behind it.
    bool m_recordSeries = false;
    TimeSeries m_series;
    LatencyHistogram m_intervalLatency;
    std::uint64_t m_intervalArrived = 0;
    std::uint64_t m_intervalCompleted = 0;
    std::array<std::uint64_t, kFailureCauseCount> m_intervalFailed{};
    std::vector<StationStats> m_intervalBase;
    std::vector<LogEntry> m_log;
    bool m_limitReached = false;
    bool m_hopLimitReached = false;
    std::vector<RecentFailure> m_recentFailures;
    std::size_t m_recentFailureNext = 0;
    std::vector<RecentAnswer> m_recentAnswers;
    std::size_t m_recentAnswerNext = 0;
};

} // namespace scalelab
