#include "scenario/scenario.h"

#include <algorithm>
#include <array>
#include <utility>

namespace scalelab {

const Component *Scenario::find(const std::string &id) const
{
    const int i = indexOf(id);
    return i < 0 ? nullptr : &components[static_cast<std::size_t>(i)];
}

Component *Scenario::find(const std::string &id)
{
    const int i = indexOf(id);
    return i < 0 ? nullptr : &components[static_cast<std::size_t>(i)];
}

int Scenario::indexOf(const std::string &id) const
{
    for (std::size_t i = 0; i < components.size(); ++i) {
        if (components[i].id == id)
            return static_cast<int>(i);
    }
    return -1;
}

namespace {

// One table per enum keeps toString and fromString from drifting apart.
template <typename E, std::size_t N>
const char *nameOf(const std::array<std::pair<E, const char *>, N> &table, E value)
{
    for (const auto &[e, name] : table) {
        if (e == value)
            return name;
    }
    return "?";
}

template <typename E, std::size_t N>
bool valueOf(const std::array<std::pair<E, const char *>, N> &table, const std::string &s, E &out)
{
    for (const auto &[e, name] : table) {
        if (s == name) {
            out = e;
            return true;
        }
    }
    return false;
}

constexpr std::array<std::pair<RequestKind, const char *>, 4> kRequestKinds{{
    {RequestKind::Read, "read"},
    {RequestKind::Write, "write"},
    {RequestKind::Static, "static"},
    {RequestKind::Async, "async"},
}};

constexpr std::array<std::pair<DistKind, const char *>, 5> kDistKinds{{
    {DistKind::Exponential, "exponential"},
    {DistKind::Constant, "constant"},
    {DistKind::Uniform, "uniform"},
    {DistKind::Lognormal, "lognormal"},
    {DistKind::Erlang, "erlang"},
}};

constexpr std::array<std::pair<ComponentKind, const char *>, 5> kComponentKinds{{
    {ComponentKind::Service, "service"},
    {ComponentKind::Dns, "dns"},
    {ComponentKind::LoadBalancer, "load_balancer"},
    {ComponentKind::WebServer, "web_server"},
    {ComponentKind::Database, "database"},
}};

constexpr std::array<std::pair<LbAlgorithm, const char *>, 3> kLbAlgorithms{{
    {LbAlgorithm::RoundRobin, "round_robin"},
    {LbAlgorithm::LeastConnections, "least_connections"},
    {LbAlgorithm::Random, "random"},
}};

constexpr std::array<std::pair<DbModel, const char *>, 2> kDbModels{{
    {DbModel::Relational, "relational"},
    {DbModel::KeyValue, "key_value"},
}};

constexpr std::array<std::pair<ArrivalProcess, const char *>, 2> kArrivals{{
    {ArrivalProcess::Poisson, "poisson"},
    {ArrivalProcess::Constant, "constant"},
}};

constexpr std::array<std::pair<FaultAction, const char *>, 3> kFaultActions{{
    {FaultAction::Fail, "fail"},
    {FaultAction::Recover, "recover"},
    {FaultAction::Slow, "slow"},
}};

constexpr std::array<std::pair<GroupKind, const char *>, 2> kGroupKinds{{
    {GroupKind::PrivateNetwork, "private_network"},
    {GroupKind::DataCenter, "data_center"},
}};

} // namespace

const char *toString(RequestKind k)
{
    return nameOf(kRequestKinds, k);
}
const char *toString(DistKind k)
{
    return nameOf(kDistKinds, k);
}
const char *toString(ComponentKind k)
{
    return nameOf(kComponentKinds, k);
}
const char *toString(LbAlgorithm a)
{
    return nameOf(kLbAlgorithms, a);
}
const char *toString(DbModel m)
{
    return nameOf(kDbModels, m);
}
const char *toString(ArrivalProcess a)
{
    return nameOf(kArrivals, a);
}
const char *toString(FaultAction a)
{
    return nameOf(kFaultActions, a);
}
const char *toString(GroupKind k)
{
    return nameOf(kGroupKinds, k);
}

bool fromString(const std::string &s, RequestKind &out)
{
    return valueOf(kRequestKinds, s, out);
}
bool fromString(const std::string &s, DistKind &out)
{
    return valueOf(kDistKinds, s, out);
}
bool fromString(const std::string &s, ComponentKind &out)
{
    return valueOf(kComponentKinds, s, out);
}
bool fromString(const std::string &s, LbAlgorithm &out)
{
    return valueOf(kLbAlgorithms, s, out);
}
bool fromString(const std::string &s, DbModel &out)
{
    return valueOf(kDbModels, s, out);
}
bool fromString(const std::string &s, ArrivalProcess &out)
{
    return valueOf(kArrivals, s, out);
}
bool fromString(const std::string &s, FaultAction &out)
{
    return valueOf(kFaultActions, s, out);
}
bool fromString(const std::string &s, GroupKind &out)
{
    return valueOf(kGroupKinds, s, out);
}

const char *describe(ComponentKind k)
{
    switch (k) {
    case ComponentKind::Service:
        return "A generic queueing station: requests wait for one of its workers, are served, "
               "then move on along one outgoing link.";
    case ComponentKind::Dns:
        return "Turns a domain name into an IP address; clients cache the answer for its TTL, "
               "so only some requests pay the lookup.";
    case ComponentKind::LoadBalancer:
        return "The public entry point that spreads requests over the servers behind it and "
               "stops sending to a server its health checks find dead.";
    case ComponentKind::WebServer:
        return "Runs the application: each request holds a worker while it calls the "
               "components behind it (database, cache) and waits for their answers.";
    case ComponentKind::Database:
        return "Stores the data: reads and writes take different times; relational supports "
               "joins but scales up, key-value is faster and scales out.";
    }
    return "";
}

const std::vector<ComponentKind> &allComponentKinds()
{
    // Palette order follows the request path: name lookup, entry, application, data.
    static const std::vector<ComponentKind> kinds = {
        ComponentKind::Dns, ComponentKind::LoadBalancer, ComponentKind::WebServer,
        ComponentKind::Database, ComponentKind::Service};
    return kinds;
}

Component defaultComponent(ComponentKind kind, const std::string &id)
{
    Component c;
    c.id = id;
    c.kind = kind;
    switch (kind) {
    case ComponentKind::Service:
        c.workers = 1;
        c.service_ms = Distribution::exponential(10.0);
        break;
    case ComponentKind::Dns:
        // A lookup costs a roughly fixed network round trip to the resolver.
        c.workers = 16;
        c.service_ms = Distribution::constant(20.0);
        c.ttl_s = 300.0;
        break;
    case ComponentKind::LoadBalancer:
        // Forwarding is cheap and nearly constant; many connections at once.
        c.workers = 64;
        c.service_ms = Distribution::constant(0.1);
        c.cost_per_hour = 0.025;
        break;
    case ComponentKind::WebServer:
        c.workers = 8;
        c.service_ms = Distribution::exponential(20.0);
        c.cost_per_hour = 0.10;
        break;
    case ComponentKind::Database:
        c.workers = 4;
        c.db_model = DbModel::Relational;
        c.service_ms = Distribution::exponential(5.0);
        c.read_ms = Distribution::exponential(5.0);
        c.write_ms = Distribution::exponential(10.0);
        c.cost_per_hour = 0.20;
        break;
    }
    return c;
}

} // namespace scalelab
