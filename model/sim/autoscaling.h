#pragma once

// Autoscaling groups (stage 8): the kernel adds and removes web servers as the load moves.
// Each group measures the mean utilization of its serving servers every interval and aims
// for its target: when the load needs more servers it adds them (copies of the group's
// first member, the template, with that member's links), each serving only after it has
// booted; when fewer would still stay below 90 % of the target it drains the newest servers
// (their balancers stop sending to them) and removes each once it holds nothing. What a
// removed server kept is lost with it, like a live edit's deletion: local sessions log
// their users out, a shared store loses nobody.
//
// The design the kernel runs is the scenario with the groups' additions and removals
// (effective()); a live edit of the scenario keeps them.

#include "scenario/scenario.h"

#include <cstdint>
#include <limits>
#include <string>
#include <unordered_set>
#include <vector>

namespace scalelab {

class Simulation;
struct RunResult;

class Autoscaling {
public:
    enum class State : std::uint8_t { Booting, Serving, Draining };
    struct Member {
        std::string id;
        bool designed = false; ///< listed in the scenario's group (else added by the kernel)
        State state = State::Serving;
        std::uint32_t serial = 0; ///< names the member in its boot and drain events
        double since = 0;         ///< when it entered its state
        double busyBase = 0;      ///< its station's busy area at baseAt
        double baseAt = -1;       ///< when busyBase was read; < 0: not yet (not measured)
        double downSince = -1;    ///< when its station was first seen down; < 0: up
    };
    struct Group {
        std::string id;
        bool live = true; ///< false once a live edit removed the group (indices stay)
        bool checking = false;
        AutoscalingSettings settings;
        Component templ; ///< the first member as designed
        std::vector<Member> members;
        std::vector<std::string> removedDesigned; ///< designed members it scaled in
        std::uint32_t nextSerial = 0;
        double lastScaleOut = -std::numeric_limits<double>::infinity();
        double lastAction = -std::numeric_limits<double>::infinity();
        double lastCheck = 0;
        double lastUtilization = 0; ///< measured at the last check
        // Statistics since the warm-up.
        std::uint64_t scaleOuts = 0;
        std::uint64_t scaleIns = 0;
        int serversMin = 0;
        int serversMax = 0;
        double serversArea = 0; ///< integral of the server count over time
        double costArea = 0;    ///< integral of the group's dollars per hour over time
        double areaSince = 0;
        double liveTime = 0; ///< time the group existed since the warm-up, until areaSince
    };

    bool empty() const { return m_groups.empty(); }
    const std::vector<Group> &groups() const { return m_groups; }

    /// Reads the design's autoscaling groups at sim's time, keeping the state of those that
    /// still exist (a group removed and restored comes back as it was); a group below its min
    /// gets servers that serve at once. The statistics are brought up to now first.
    void sync(const Scenario &design, const Simulation &sim);
    /// The design the kernel runs: `design` with the servers the groups added and without
    /// those they removed.
    Scenario effective(const Scenario &design) const;
    /// After a compile: the stations of booting and draining members are out of rotation.
    void markStations(Simulation &sim) const;
    /// Schedules the first check of each group that has none yet.
    void start(Simulation &sim);
    /// An autoscaling event: what 0 = the check, 1 = member `serial` booted, 2 = drain check.
    void onEvent(Simulation &sim, std::uint32_t group, std::uint32_t what, std::uint32_t serial);
    /// At the warm-up's end, before the stations' statistics restart.
    void resetStats(Simulation &sim);
    /// Dollars per hour of every group's servers now.
    double costPerHour(const Simulation &sim) const;
    void report(const Simulation &sim, RunResult &r) const;

    static constexpr std::uint32_t kCheck = 0;
    static constexpr std::uint32_t kBooted = 1;
    static constexpr std::uint32_t kDrainCheck = 2;
    /// A server is removed this long after it stopped getting requests, once it is empty;
    /// at the latest after kDrainTimeoutS, failing what it still holds.
    static constexpr double kMinDrainS = 1.0;
    static constexpr double kDrainTimeoutS = 30.0;
    /// Scale in only to as many servers as stay below this share of the target.
    static constexpr double kScaleInMargin = 0.9;

private:
    void check(Simulation &sim, Group &g, std::uint32_t index);
    void addServers(Simulation &sim, Group &g, std::uint32_t index, int count, double u);
    void drain(Simulation &sim, Group &g, std::uint32_t index, int count, double u);
    void drainCheck(Simulation &sim, Group &g, std::uint32_t index, std::uint32_t serial);
    std::string newId(const Group &g) const;
    /// Takes the member's busy base from its station now.
    static void takeBase(Simulation &sim, Member &m);
    /// Brings the group's count and cost integrals up to now (before its members change).
    void noteCount(const Simulation &sim, Group &g) const;
    double groupCost(const Simulation &sim, const Group &g) const;

    std::vector<Group> m_groups;
    std::unordered_set<std::string> m_designIds; ///< the scenario's ids (new ids avoid them)
};

} // namespace scalelab
