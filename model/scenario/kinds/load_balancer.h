#pragma once

// load_balancer: spreads requests over the servers behind it; health checks find the dead.

#include <cstdint>

namespace scalelab {

struct KindTraits;

/// Sticky: a user's first request goes to the server its number hashes to, which the
/// balancer writes into a cookie; the user's later requests follow the cookie while that
/// server is healthy (then the user is hashed over the others and the cookie rewritten).
enum class LbAlgorithm : std::uint8_t { RoundRobin, LeastConnections, Random, Sticky };

struct HealthCheck {
    double interval_s = 5.0; ///< 0 = the balancer learns of a failure at once
    int unhealthy_after = 2; ///< consecutive failed checks before a target is taken out
    int healthy_after = 1;   ///< consecutive good checks before it is put back
    bool operator==(const HealthCheck &) const = default;
};

struct LoadBalancerParams {
    LbAlgorithm algorithm = LbAlgorithm::RoundRobin;
    HealthCheck health_check{};
    double cookie_s = 0; ///< sticky: how long a cookie keeps a user on one server; 0 = for good
    bool operator==(const LoadBalancerParams &) const = default;
};

const KindTraits &loadBalancerTraits();
const char *toString(LbAlgorithm a);

} // namespace scalelab
