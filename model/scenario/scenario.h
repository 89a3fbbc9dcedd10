#pragma once

// The scenario: a design (components and links), the load put on it, the faults injected
// and how long to run. Plain value types; the YAML reader/writer and the validator live
// beside this file, the simulation compiles a Scenario into its own run-time tables.

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace scalelab {

/// Kinds of request a client sends; later stages route by kind (writes to the primary,
/// static assets to the CDN, async work to a queue).
enum class RequestKind : std::uint8_t { Read, Write, Static, Async };
inline constexpr int kRequestKindCount = 4;

enum class DistKind : std::uint8_t { Exponential, Constant, Uniform, Lognormal, Erlang };

/// A service-time (or latency) distribution, in milliseconds.
/// exponential{mean}, constant{mean}, uniform{min,max}, lognormal{mean,cv}, erlang{mean,k}.
struct Distribution {
    DistKind kind = DistKind::Exponential;
    double mean = 10.0; ///< ms; for uniform it is derived as (min + max) / 2
    double min = 0.0;   ///< uniform only
    double max = 0.0;   ///< uniform only
    double cv = 1.0;    ///< lognormal only: standard deviation / mean
    int k = 2;          ///< erlang only: number of phases

    static Distribution exponential(double meanMs) { return {DistKind::Exponential, meanMs}; }
    static Distribution constant(double ms) { return {DistKind::Constant, ms}; }
    bool operator==(const Distribution &) const = default;
};

enum class ComponentKind : std::uint8_t { Service, Dns, LoadBalancer, WebServer, Database };

enum class LbAlgorithm : std::uint8_t { RoundRobin, LeastConnections, Random };

enum class DbModel : std::uint8_t { Relational, KeyValue };

struct HealthCheck {
    double interval_s = 5.0;  ///< 0 = the balancer learns of a failure at once
    int unhealthy_after = 2;  ///< consecutive failed checks before a target is taken out
    int healthy_after = 1;    ///< consecutive good checks before it is put back
    bool operator==(const HealthCheck &) const = default;
};

struct Position {
    double x = 0.0;
    double y = 0.0;
    bool operator==(const Position &) const = default;
};

/// One box on the canvas. All kinds share the queueing fields (workers, capacity,
/// service time, timeout); the kind-specific fields are ignored by the other kinds.
struct Component {
    std::string id;
    ComponentKind kind = ComponentKind::Service;
    std::string label; ///< display name; empty = use the id

    // Queueing station.
    int workers = 1;                 ///< parallel servers (cores, threads)
    std::optional<int> capacity;     ///< most requests inside (in service + waiting); none = unbounded
    Distribution service_ms{};       ///< time a worker spends on one request
    std::optional<double> timeout_ms; ///< a request waiting longer than this fails (timeout)
    double speed = 1.0;              ///< CPU speed factor: service times are divided by it
    double cost_per_hour = 0.0;      ///< dollars, for the scale-up / scale-out comparison

    // dns
    double ttl_s = 300.0; ///< clients keep an answer this long

    // load_balancer
    LbAlgorithm algorithm = LbAlgorithm::RoundRobin;
    HealthCheck health_check{};

    // database
    DbModel db_model = DbModel::Relational;
    Distribution read_ms = Distribution::exponential(5.0);
    Distribution write_ms = Distribution::exponential(10.0);

    std::optional<Position> position; ///< canvas position, kept and ignored by the simulation

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
    double latency_ms = 0.5;          ///< one way
    std::vector<RequestKind> kinds;   ///< empty = every kind travels this link
    bool operator==(const Link &) const = default;
};

/// One point of a piecewise-linear load curve.
struct RatePoint {
    double t_s = 0.0;
    double rate_rps = 0.0;
    bool operator==(const RatePoint &) const = default;
};

enum class ArrivalProcess : std::uint8_t { Poisson, Constant };

struct Workload {
    double rate_rps = 10.0;
    ArrivalProcess arrival = ArrivalProcess::Poisson;
    std::string target;               ///< component id where client requests enter
    std::vector<RatePoint> curve;     ///< if not empty, the rate over time (linear between points)
    /// Request mix; shares, normalised when used. Default: all reads.
    double mix[kRequestKindCount] = {1.0, 0.0, 0.0, 0.0};
    int users = 1000;                 ///< distinct users (DNS caching, later sessions)
    std::optional<double> timeout_ms; ///< client gives up: end-to-end latency above fails (timeout)
    bool operator==(const Workload &) const = default;
};

enum class FaultAction : std::uint8_t { Fail, Recover, Slow };

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

enum class GroupKind : std::uint8_t { PrivateNetwork, DataCenter };

/// A drawn container around components: a private network behind a balancer, or a data
/// center. It is a picture of the design for the student; the simulation ignores it.
struct Group {
    std::string id;
    GroupKind kind = GroupKind::PrivateNetwork;
    std::string label;                ///< title shown on the box; empty = the kind's name
    std::vector<std::string> members; ///< component ids, in the order given
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
    Workload workload{};
    std::vector<Component> components;
    std::vector<Link> links;
    std::vector<Fault> faults;
    std::vector<Group> groups;

    const Component *find(const std::string &id) const;
    Component *find(const std::string &id);
    int indexOf(const std::string &id) const; ///< -1 if absent
    bool operator==(const Scenario &) const = default;
};

// Names as written in YAML (and shown in the GUI). fromString returns false if unknown.
const char *toString(RequestKind k);
const char *toString(DistKind k);
const char *toString(ComponentKind k);
const char *toString(LbAlgorithm a);
const char *toString(DbModel m);
const char *toString(ArrivalProcess a);
const char *toString(FaultAction a);
const char *toString(GroupKind k);
bool fromString(const std::string &s, RequestKind &out);
bool fromString(const std::string &s, DistKind &out);
bool fromString(const std::string &s, ComponentKind &out);
bool fromString(const std::string &s, LbAlgorithm &out);
bool fromString(const std::string &s, DbModel &out);
bool fromString(const std::string &s, ArrivalProcess &out);
bool fromString(const std::string &s, FaultAction &out);
bool fromString(const std::string &s, GroupKind &out);

/// A one-line explanation of a component kind, for tooltips and docs.
const char *describe(ComponentKind k);
/// Every component kind, in palette order.
const std::vector<ComponentKind> &allComponentKinds();

/// A component of the given kind with sensible defaults for a student's first design.
Component defaultComponent(ComponentKind kind, const std::string &id);

} // namespace scalelab
