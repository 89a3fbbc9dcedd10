#pragma once

// How one kind of component behaves in the simulation, behind a small interface: how it
// admits a request, how long a request takes, what happens after service, where a request
// goes next, what it does when a call returns, on a timer of its own, when its links
// change, and which figures it reports. Each kind lives in its own file beside this one
// and keeps its own state (a balancer's view of its targets, a DNS's client caches);
// Station keeps only the queueing core every kind shares.

#include "scenario/scenario.h"

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

namespace scalelab {

class Simulation;
enum class FailureCause : std::uint8_t;
struct CallFrame;
struct LiveFigure;
struct ComponentResult;
struct Request;
struct Station;

/// What a kind may need to know beyond its own component when it is configured.
struct KindContext {
    std::uint64_t seed = 1;
    double now = 0;
    int users = 1;              ///< distinct users of all clients together
    std::uint32_t userBase = 0; ///< clients: the number of its first user
    bool firstClients = false;  ///< clients: the first in the design (keeps the seed's streams)
    std::uint8_t region = 0;    ///< clients: the index of its region among the design's
    int keys = 0;               ///< the most keys any popularity model has
};

class KindBehavior {
public:
    virtual ~KindBehavior() = default;

    /// Takes the component's parameters, at the start and after every live edit.
    virtual void configure(const Component &c, const KindContext &context) = 0;
    /// Called once the design is compiled and after every live edit: start timers.
    virtual void start(Simulation &sim, std::uint32_t station);
    /// A request reaches the station. True when the kind has dealt with it without
    /// queueing (a client that still holds a fresh DNS answer skips the lookup).
    virtual bool bypass(Simulation &sim, std::uint32_t slot, std::uint32_t station);
    /// The service time of this request.
    virtual const Distribution &serviceTime(const Station &st, const Request &r) const;
    /// Service is over. By default the request leaves the station and is routed on.
    virtual void afterService(Simulation &sim, std::uint32_t slot, std::uint32_t station);
    /// Where a request that left goes next (each kind says: Simulation::routeByProbability
    /// is the usual answer).
    virtual void route(Simulation &sim, std::uint32_t slot, std::uint32_t station) = 0;
    /// A call this station made (holding its worker) has returned. By default it goes on
    /// with the calls after that one.
    virtual void onCallReturn(Simulation &sim, std::uint32_t slot, std::uint32_t station,
                              const CallFrame &frame);
    /// A timer the kind scheduled (Simulation::scheduleTimer) fired.
    virtual void onTimer(Simulation &sim, std::uint32_t station, std::uint32_t aux);
    /// A live edit has been applied (after every station's start and queue).
    virtual void edited(Simulation &sim, std::uint32_t station);
    /// How long the origin of a request waits for its response; 0 = for ever.
    virtual double patienceS() const;
    /// The station's outgoing links were rebuilt; oldTargets are the ids its links went to
    /// before, in the old order, so per-target state can follow its target.
    virtual void linksChanged(Simulation &sim, std::uint32_t station,
                              const std::vector<std::string> &oldTargets);
    /// Figures of its own for the report, e.g. a hit ratio.
    virtual void report(ComponentResult &out) const;
    /// True if it keeps users' sessions or cookies (the kernel then makes their tables).
    virtual bool usesSessions() const;
    /// The measurement starts (end of the warm-up): forget the figures counted so far.
    virtual void resetStats();
    /// True if it wants to hear of the writes its links' targets commit (a cache that
    /// invalidates).
    virtual bool watchesWrites() const;
    /// True if it hands work to its links' targets only when they have a free worker (a
    /// queue's consumers pull): the kernel then tells it when one has.
    virtual bool pullsFromTargets() const;
    /// Target station `target` of one of its links is up and has a free worker.
    virtual void onTargetFree(Simulation &sim, std::uint32_t station, std::uint32_t target);
    /// A component this one links to committed a write of key.
    virtual void onKeyWritten(Simulation &sim, std::uint32_t station, std::uint32_t key);
    /// Per-second time-series columns of its own, as suffixes of its id (".hit_ratio").
    virtual std::vector<const char *> seriesColumns() const;
    /// Writes one value per column of seriesColumns() for the second just ended, from out on.
    virtual void sampleSeries(double *out);
    /// What its card's queue bar shows, when that is not the requests waiting for a worker
    /// (a message queue: the messages waiting, of those it can hold). False: the requests.
    virtual bool backlog(std::int64_t &waiting, std::int64_t &room) const;
    /// Figures for its live card now (a cache's hit ratio over the last seconds).
    virtual void liveFigures(double now, std::vector<LiveFigure> &out) const;
    /// A request of the design's own (Request::internal) failed here, e.g. the station went
    /// down holding it; the kernel frees it after this.
    virtual void onInternalFailed(Simulation &sim, std::uint32_t slot, std::uint32_t station);
    /// The station just went down or came back up (Station::up says which).
    virtual void upChanged(Simulation &sim, std::uint32_t station);
    /// Asked by a sender that has another way for this request (users with an entry point
    /// besides their CDN): true if it should take that way now. It counts the requests it
    /// turns away.
    virtual bool redirect(Simulation &sim, std::uint32_t station);
    /// A new version of the site's static assets is deployed (a CDN's cached copies are old).
    virtual void deploy(Simulation &sim, std::uint32_t station);
    /// A scheduled add_shard (delta +1) or remove_shard (-1) names this station.
    virtual void reshard(Simulation &sim, std::uint32_t station, int delta);
    /// A message this station sent (callHoldingNoWorker with Request::message set) failed on
    /// its way with this cause; the kernel frees it after this (a router's join fails).
    virtual void onMessageFailed(Simulation &sim, std::uint32_t slot, std::uint32_t station,
                                 FailureCause cause);
    /// Host metrics: true if it writes to a disk (a database).
    virtual bool hasDisk() const;
    /// Writes it has made to its disk since the start (a database: the writes it served,
    /// its replication applies among them).
    virtual std::uint64_t diskWrites() const;
    /// Megabytes of what it keeps in memory now besides the requests it holds (a cache's
    /// keys, a session store's sessions).
    virtual double storedMb() const;
};

/// The behaviour of a kind (behaviors.cpp: the one list of kinds on this side).
std::unique_ptr<KindBehavior> makeBehavior(ComponentKind kind);

} // namespace scalelab
