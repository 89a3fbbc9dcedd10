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

const Component *Scenario::firstClients() const
{
    for (const Component &c : components)
        if (traitsOf(c.kind).outgoing == OutgoingUse::SendsToEntry)
            return &c;
    return nullptr;
}

Component *Scenario::firstClients()
{
    return const_cast<Component *>(std::as_const(*this).firstClients());
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

constexpr std::array<std::pair<ArrivalProcess, const char *>, 2> kArrivals{{
    {ArrivalProcess::Poisson, "poisson"},
    {ArrivalProcess::Constant, "constant"},
}};

constexpr std::array<std::pair<FaultAction, const char *>, 7> kFaultActions{{
    {FaultAction::Fail, "fail"},
    {FaultAction::Recover, "recover"},
    {FaultAction::Slow, "slow"},
    {FaultAction::Promote, "promote"},
    {FaultAction::Deploy, "deploy"},
    {FaultAction::AddShard, "add_shard"},
    {FaultAction::RemoveShard, "remove_shard"},
}};

constexpr std::array<std::pair<GroupKind, const char *>, 3> kGroupKinds{{
    {GroupKind::PrivateNetwork, "private_network"},
    {GroupKind::DataCenter, "data_center"},
    {GroupKind::Autoscaling, "autoscaling"},
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

Component defaultComponent(ComponentKind kind, const std::string &id)
{
    Component c;
    c.id = id;
    c.kind = kind;
    traitsOf(kind).applyDefaults(c);
    return c;
}

} // namespace scalelab
