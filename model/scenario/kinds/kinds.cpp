// The registry of component kinds: the one place that lists them all.
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

#include <array>
#include <cstdlib>

namespace scalelab {

const KindTraits &traitsOf(ComponentKind kind)
{
    switch (kind) {
    case ComponentKind::Service:
        return serviceTraits();
    case ComponentKind::Dns:
        return dnsTraits();
    case ComponentKind::LoadBalancer:
        return loadBalancerTraits();
    case ComponentKind::WebServer:
        return webServerTraits();
    case ComponentKind::Database:
        return databaseTraits();
    case ComponentKind::Clients:
        return clientsTraits();
    case ComponentKind::Cache:
        return cacheTraits();
    case ComponentKind::Cdn:
        return cdnTraits();
    case ComponentKind::SessionStore:
        return sessionStoreTraits();
    case ComponentKind::Queue:
        return queueTraits();
    case ComponentKind::GeoDns:
        return geoDnsTraits();
    case ComponentKind::ShardRouter:
        return shardRouterTraits();
    }
    std::abort(); // not a ComponentKind value: memory corruption
}

const std::vector<ComponentKind> &allComponentKinds()
{
    static const std::vector<ComponentKind> kinds = {
        ComponentKind::Clients,      ComponentKind::Dns,          ComponentKind::GeoDns,
        ComponentKind::Cdn,          ComponentKind::LoadBalancer, ComponentKind::WebServer,
        ComponentKind::SessionStore, ComponentKind::Cache,        ComponentKind::ShardRouter,
        ComponentKind::Database,     ComponentKind::Queue,        ComponentKind::Service};
    return kinds;
}

const std::vector<const ParamSpec *> &paramsOf(ComponentKind kind)
{
    static const auto table = [] {
        std::array<std::vector<const ParamSpec *>, 256> t;
        for (const ComponentKind k : allComponentKinds()) {
            const KindTraits &traits = traitsOf(k);
            auto &list = t[static_cast<std::size_t>(k)];
            if (traits.queueing)
                for (const ParamSpec &p : queueingParams())
                    list.push_back(&p);
            for (const ParamSpec &p : traits.params)
                list.push_back(&p);
        }
        return t;
    }();
    return table[static_cast<std::size_t>(kind)];
}

const char *toString(ComponentKind k)
{
    return traitsOf(k).yamlName.data();
}

bool fromString(const std::string &s, ComponentKind &out)
{
    for (const ComponentKind k : allComponentKinds())
        if (traitsOf(k).yamlName == s) {
            out = k;
            return true;
        }
    return false;
}

const char *describe(ComponentKind k)
{
    return traitsOf(k).description.data();
}

std::string_view ParamSpec::mapKey() const
{
    const auto dot = key.find('.');
    return dot == std::string_view::npos ? std::string_view() : key.substr(0, dot);
}

std::string_view ParamSpec::leafKey() const
{
    const auto dot = key.find('.');
    return dot == std::string_view::npos ? key : key.substr(dot + 1);
}

std::string_view choiceName(const ParamSpec &spec, int index)
{
    if (index < 0 || static_cast<std::size_t>(index) >= spec.choices.size())
        return "?";
    return spec.choices[static_cast<std::size_t>(index)].name;
}

int choiceIndex(const ParamSpec &spec, std::string_view name)
{
    for (std::size_t i = 0; i < spec.choices.size(); ++i)
        if (spec.choices[i].name == name)
            return static_cast<int>(i);
    return -1;
}

} // namespace scalelab
