// The one list of kinds on the kernel side.
#include "sim/kinds/cache.h"
#include "sim/kinds/cdn.h"
#include "sim/kinds/clients.h"
#include "sim/kinds/database.h"
#include "sim/kinds/dns.h"
#include "sim/kinds/geo_dns.h"
#include "sim/kinds/kind_behavior.h"
#include "sim/kinds/load_balancer.h"
#include "sim/kinds/queue.h"
#include "sim/kinds/service.h"
#include "sim/kinds/session_store.h"
#include "sim/kinds/shard_router.h"
#include "sim/kinds/web_server.h"

#include <cstdlib>

namespace scalelab {

std::unique_ptr<KindBehavior> makeBehavior(ComponentKind kind)
{
    switch (kind) {
    case ComponentKind::Service:
        return std::make_unique<ServiceBehavior>();
    case ComponentKind::Dns:
        return std::make_unique<DnsBehavior>();
    case ComponentKind::LoadBalancer:
        return std::make_unique<LoadBalancerBehavior>();
    case ComponentKind::WebServer:
        return std::make_unique<WebServerBehavior>();
    case ComponentKind::Database:
        return std::make_unique<DatabaseBehavior>();
    case ComponentKind::Clients:
        return std::make_unique<ClientsBehavior>();
    case ComponentKind::Cache:
        return std::make_unique<CacheBehavior>();
    case ComponentKind::Cdn:
        return std::make_unique<CdnBehavior>();
    case ComponentKind::SessionStore:
        return std::make_unique<SessionStoreBehavior>();
    case ComponentKind::Queue:
        return std::make_unique<QueueBehavior>();
    case ComponentKind::GeoDns:
        return std::make_unique<GeoDnsBehavior>();
    case ComponentKind::ShardRouter:
        return std::make_unique<ShardRouterBehavior>();
    }
    std::abort(); // not a ComponentKind value: memory corruption
}

} // namespace scalelab
