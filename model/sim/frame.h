#pragma once

// A frame: an immutable snapshot of a running simulation, made by the simulation thread
// between batches of events and drawn by the canvas and charts. Plain values, so it can
// cross threads as std::shared_ptr<const Frame> (latest wins; the GUI never backs up).

#include "scenario/scenario.h"
#include "sim/goal_tracker.h"
#include "sim/run_result.h"

#include <cstdint>
#include <string>
#include <vector>

namespace scalelab {

class Simulation;

/// A figure of a kind's own on its live card, e.g. a cache's recent hit ratio.
struct LiveFigure {
    const char *label = ""; ///< short, translatable in the context "scalelab::Figure"
    double value = 0;
    bool percent = false;  ///< value is a fraction shown as a percentage
    const char *unit = ""; ///< after the value ("ms"); a NaN value shows the label alone
    bool bar = false;      ///< a load (0..1) drawn as one bar of a row (a router's shards)
};

/// A server's state in an autoscaling group.
enum class ScalingState : std::uint8_t { None, Booting, Serving, Draining };

/// A database's part in a replication set.
enum class ReplicaRole : std::uint8_t { None, Primary, Replica };

struct ComponentFrame {
    std::string id;
    ComponentKind kind = ComponentKind::Service;
    bool queueing = true; ///< false for users: no workers, no queue to draw
    bool up = true;
    double slowFactor = 1.0;
    int workers = 1;
    int busy = 0;    ///< workers in use now
    int waiting = 0; ///< queue length now
    int inSystem = 0;
    int capacity = -1;      ///< -1 = unbounded
    double utilization = 0; ///< busy / workers, averaged since the previous frame
    ReplicaRole role = ReplicaRole::None;
    std::string primaryId;           ///< a replica: the primary it copies now
    std::vector<LiveFigure> figures; ///< the kind's own, in display order
    ScalingState scaling = ScalingState::None;
    std::string scalingGroup; ///< the autoscaling group it is in, if any
    std::string addedBy;      ///< the group that added it (it is in no scenario), if any
    std::string templateId;   ///< the group's first server, which it copies
};

struct LinkFrame {
    std::string from;
    std::string to;
    double requestsPerSecond = 0; ///< traffic since the previous frame (simulated seconds)
};

/// One request drawn on a link. progress runs from 0 (at `from`) to 1 (at `to`).
struct DotFrame {
    std::uint32_t link = 0; ///< index into Frame::links
    float progress = 0;     ///< 0 at the link's `from` end, 1 at its `to` end
    RequestKind kind = RequestKind::Read;
    bool answer = false; ///< an answer going back, from `to` towards `from`
};

/// A request that failed recently, drawn red at the component where it failed.
struct FailureFrame {
    std::uint32_t component = 0; ///< index into Frame::components
    float age = 0;               ///< simulated seconds since it failed
    FailureCause cause = FailureCause::Down;
    /// 0 a failure; 1 a stale read, 2 a lost write (sim's Mark); 3 a user logged out
    std::uint8_t mark = 0;
};
inline constexpr std::uint8_t kLoggedOutMark = 3;

struct Frame {
    double t_s = 0;
    std::uint64_t events = 0;
    double wallRequestsPerSecond = 0;       ///< simulated requests per real second, recently
    std::vector<ComponentFrame> components; ///< in scenario order, removed ones left out
    std::vector<LinkFrame> links;           ///< in scenario order
    std::vector<DotFrame> dots;             ///< a sample when there are too many
    std::size_t dotsOnLinks = 0;            ///< the true number of requests on links
    std::vector<FailureFrame> failures;
    /// Time-series rows completed since the previous frame (columns as in `columns`).
    std::vector<std::string> columns;
    std::vector<double> sampleTimes;
    std::vector<std::vector<double>> samples; ///< one row per sample time
    std::vector<LogEntry> newLog;             ///< log entries since the previous frame
    std::vector<GoalStatus> goals;            ///< the scenario's goals as judged so far
    std::vector<AlertResult> alerts;          ///< the scenario's alerts as judged so far
};

} // namespace scalelab
