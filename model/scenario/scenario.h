#pragma once

// The scenario: a design (components and links), the load put on it, the faults injected
// and how long to run. Plain value types; the YAML reader/writer and the validator live
// beside this file, the simulation compiles a Scenario into its own run-time tables.

#include "scenario/alert.h"
#include "scenario/basic_types.h"
#include "scenario/goal.h"
#include "scenario/kinds/cache.h"
#include "scenario/kinds/cdn.h"
#include "scenario/kinds/clients.h"
#include "scenario/kinds/database.h"
#include "scenario/kinds/dns.h"
#include "scenario/kinds/geo_dns.h"
#include "scenario/kinds/kind_traits.h"
#include "scenario/kinds/load_balancer.h"
#include "scenario/kinds/queue.h"
#include "scenario/kinds/service.h"
#include "scenario/kinds/session_store.h"
#include "scenario/kinds/shard_router.h"
#include "scenario/kinds/web_server.h"
#include "scenario/regions.h"
#include "scenario/slo.h"

#include <cstdint>
#include <optional>
#include <string>
#include <variant>
#include <vector>

namespace scalelab {

/// The parameters only one kind has, in that kind's own struct (model/scenario/kinds/).
using KindParams = std::variant<ServiceParams, DnsParams, LoadBalancerParams, WebServerParams,
                                DatabaseParams, ClientsParams, CacheParams, CdnParams,
                                SessionStoreParams, QueueParams, GeoDnsParams, ShardRouterParams>;

/// One box on the canvas. Queueing kinds share the station fields (workers, capacity,
/// service time, timeout); what only one kind has lives in `params`.
struct Component {
    std::string id;
    ComponentKind kind = ComponentKind::Service;
    std::string label; ///< display name; empty = use the id

    // Queueing station.
    int workers = 1;             ///< parallel servers (cores, threads)
    std::optional<int> capacity; ///< most requests inside (in service + waiting); none = unbounded
    Distribution service_ms{};   ///< time a worker spends on one request
    std::optional<double> timeout_ms; ///< a request waiting longer than this fails (timeout)
    double speed = 1.0;               ///< CPU speed factor: service times are divided by it
    double request_kb = 64;           ///< memory one request held takes (host metrics)
    double cost_per_hour = 0.0;       ///< dollars, for the scale-up / scale-out comparison

    KindParams params; ///< the alternative of `kind` (defaultComponent sets it)

    std::optional<Position> position; ///< canvas position, kept and ignored by the simulation

    /// The kind's own parameters; the component must be of that kind.
    template <typename P> P &as() { return std::get<P>(params); }
    template <typename P> const P &as() const { return std::get<P>(params); }
    bool operator==(const Component &) const = default;
};

/// A directed connection. What it means depends on the kind at its source:
/// a service hands a finished request along one link chosen by probability; a web server
/// calls each matching link's target with that probability, holding its worker; a balancer
/// spreads requests over its links; a dns answers with its (first) link's target.
struct Link {
    std::string from;
    std::string to;
    double probability = 1.0;
    double latency_ms = 0.5;        ///< one way
    std::vector<RequestKind> kinds; ///< empty = every kind travels this link
    /// A second target: not called in the caller's normal sequence, only instead of a
    /// normal link (of an overlapping kind) whose target is down (the connection is
    /// refused). Allowed from components that call their links (a web server, a cache) and
    /// from users (a secondary nameserver).
    bool backup = false;
    bool operator==(const Link &) const = default;
};

/// promote: a replica becomes its set's primary (a planned switchover, or a failover by hand).
/// add_shard / remove_shard name a shard router: its next standby database becomes a
/// shard, or its last shard stops being one (model/scenario/kinds/shard_router.h).
enum class FaultAction : std::uint8_t {
    Fail,
    Recover,
    Slow,
    Promote,
    Deploy,
    AddShard,
    RemoveShard
};

/// Either scheduled (at_s set: fail, recover or slow by factor) or random (mtbf_s and
/// mttr_s set: exponential up and down times).
struct Fault {
    std::string component;
    std::optional<double> at_s;
    FaultAction action = FaultAction::Fail;
    double factor = 1.0; ///< slow: service times multiplied by this (1 restores)
    std::optional<double> mtbf_s;
    std::optional<double> mttr_s;
    bool isRandom() const { return mtbf_s.has_value(); }
    bool operator==(const Fault &) const = default;
};

enum class GroupKind : std::uint8_t { PrivateNetwork, DataCenter, Autoscaling };

/// How an autoscaling group follows its load (YAML `scaling:`). Every interval it measures
/// the mean utilization of its serving servers and aims for `target_utilization`: it adds
/// servers (each serves only after booting) when the load needs more, and drains the newest
/// when fewer would stay below 90 % of the target; it waits a cooldown after each action.
struct AutoscalingSettings {
    double target_utilization = 0.6;
    int min = 1;
    int max = 10;
    double cooldown_s = 60;
    double boot_s = 60;
    double interval_s = 10;
    bool operator==(const AutoscalingSettings &) const = default;
};

/// A drawn container around components: a private network behind a balancer, a data
/// center, or an autoscaling group. A private network is a picture for the student that the
/// simulation ignores; a data center with a region puts its members in that region (links
/// to other regions pay the latency between them) and can fail as one (a fault naming it);
/// an autoscaling group's servers are added and removed by the kernel,
/// each a copy of its first member (the template) with that member's links.
struct Group {
    std::string id;
    GroupKind kind = GroupKind::PrivateNetwork;
    std::string label;                ///< title shown on the box; empty = the kind's name
    std::vector<std::string> members; ///< component ids, in the order given
    AutoscalingSettings scaling{};    ///< used by kind autoscaling only
    std::string region;               ///< data_center only: where it stands (regions.h)
    bool operator==(const Group &) const = default;
};

struct RunSettings {
    double duration_s = 600.0;
    double warmup_s = 60.0; ///< statistics start after this
    bool operator==(const RunSettings &) const = default;
};

struct Scenario {
    int version = 1;
    std::string name;
    std::string description;
    std::optional<std::uint64_t> seed;
    RunSettings run{};
    std::vector<Component> components;
    std::vector<Link> links;
    std::vector<Fault> faults;
    std::vector<Group> groups;
    std::vector<RegionLatency> region_latency; ///< overrides of the default table
    std::vector<Goal> goals;                   ///< what a lesson asks the student to reach
    std::vector<RevealStep> reveal;            ///< the order a presenter shows the design in
    /// The design's service level objective (chaos tests); none: the defaults of Slo.
    std::optional<Slo> slo;
    std::vector<Alert> alerts;   ///< monitoring rules (sim/observability.h)
    BusinessSettings business{}; ///< what a request earns

    const Component *find(const std::string &id) const;
    Component *find(const std::string &id);
    int indexOf(const std::string &id) const; ///< -1 if absent
    /// The first clients component (where the load slider and the theory look), or null.
    const Component *firstClients() const;
    Component *firstClients();
    bool operator==(const Scenario &) const = default;
};

// Names as written in YAML (and shown in the GUI). fromString returns false if unknown.
const char *toString(RequestKind k);
const char *toString(DistKind k);
const char *toString(ArrivalProcess a);
const char *toString(FaultAction a);
const char *toString(GroupKind k);
bool fromString(const std::string &s, RequestKind &out);
bool fromString(const std::string &s, DistKind &out);
bool fromString(const std::string &s, ArrivalProcess &out);
bool fromString(const std::string &s, FaultAction &out);
bool fromString(const std::string &s, GroupKind &out);

/// A component of the given kind with sensible defaults for a student's first design.
Component defaultComponent(ComponentKind kind, const std::string &id);

} // namespace scalelab
