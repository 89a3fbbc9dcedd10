#pragma once

// The run-time state of one component: the queueing core every kind shares (its workers,
// queue, capacity and time integrals), the statistics accumulated since the warm-up ended,
// and its kind's behaviour, which keeps whatever else that kind needs.

#include "scenario/scenario.h"
#include "sim/kinds/kind_behavior.h"
#include "sim/random_stream.h"

#include <cstdint>
#include <deque>
#include <limits>
#include <memory>
#include <string>
#include <vector>

namespace scalelab {

struct StationStats {
    std::uint64_t arrived = 0;  ///< attempts to enter, including the rejected
    std::uint64_t served = 0;   ///< left after service (or after their calls returned)
    std::uint64_t rejected = 0; ///< refused because the station was full
    std::uint64_t timedOut = 0; ///< waited longer than the timeout
    std::uint64_t failed = 0;   ///< lost inside it when it went down, or arrived while down
    double busyArea = 0;        ///< integral of busy workers over time
    double queueArea = 0;       ///< integral of waiting requests over time
    double systemArea = 0;      ///< integral of requests inside over time
    double downArea = 0;        ///< time spent down
    double responseSum = 0;     ///< s, summed time in the station of the served
};

struct Station {
    // Configuration.
    std::string id;
    ComponentKind kind = ComponentKind::Service;
    int workers = 1;
    int capacity = std::numeric_limits<int>::max();
    Distribution service;
    double timeoutS = std::numeric_limits<double>::infinity();
    double speed = 1.0;
    double costPerHour = 0;
    bool queueing = true; ///< false for kinds that are not a queue (they report nothing)
    /// What the kind does; it keeps the kind's own state (model/sim/kinds/).
    std::unique_ptr<KindBehavior> behavior;
    std::vector<std::uint32_t> out; ///< outgoing link indices
    std::uint8_t region = 0;        ///< index in Regions (sim/regions.h); 0 = none

    // State.
    bool up = true;
    bool removed = false;
    double downSinceS = 0; ///< when it last went down
    /// false while an autoscaling group boots or drains it: balancers send it nothing.
    bool inRotation = true;
    double slowFactor = 1.0;
    std::uint32_t epoch = 0; ///< incremented at each failure
    /// Incremented when another kind takes over its name: its old kind's timers are void.
    std::uint32_t kindGeneration = 0;
    int busy = 0;     ///< workers in use (serving or holding)
    int inSystem = 0; ///< requests inside (waiting, served or holding)
    std::deque<std::uint32_t> queue;
    std::vector<std::uint32_t> inService;
    double lastRejectS = -1e300; ///< when it last refused a request (bursts in the log)
    bool rejecting = false;      ///< inside a rejection burst
    std::uint64_t burstRejected = 0;
    RandomStream serviceRng;
    RandomStream routingRng;

    // Statistics.
    StationStats stats;
    double lastChange = 0; ///< s, when the areas were last brought up to date

    int waiting() const { return static_cast<int>(queue.size()); }
    /// Bring the time integrals up to `now`; call before any change of busy/queue/inSystem.
    void touch(double now)
    {
        const double dt = now - lastChange;
        stats.busyArea += busy * dt;
        stats.queueArea += static_cast<double>(queue.size()) * dt;
        stats.systemArea += inSystem * dt;
        if (!up)
            stats.downArea += dt;
        lastChange = now;
    }
};

} // namespace scalelab
