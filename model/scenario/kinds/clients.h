#pragma once

// clients: the users, on web browsers and mobile apps. A clients component *is* the
// workload: how many users, how many requests per second (or a load curve), the request
// mix, how long a user waits for an answer, which data keys they ask for, and where they
// are. Its one link goes to the entry point (a DNS or a load balancer).

#include "scenario/basic_types.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace scalelab {

struct KindTraits;

enum class ArrivalProcess : std::uint8_t { Poisson, Constant };

/// Which data a request asks for. Keys are drawn independently per request: the key of
/// rank i with probability proportional to 1 / i^zipf (zipf 0 = uniform), and with
/// probability hot_share the one "celebrity" key (rank 1) instead.
struct KeysModel {
    int count = 0; ///< distinct keys; 0 = no key model: a request's key is its user
    double zipf = 1.0;
    double hot_share = 0.0;
    bool operator==(const KeysModel &) const = default;
};

struct ClientsParams {
    int users = 1000;       ///< distinct users (DNS caching, sessions)
    double rate_rps = 10.0; ///< requests per second, all users together
    ArrivalProcess arrival = ArrivalProcess::Poisson;
    std::vector<RatePoint> curve; ///< if not empty, the rate over time (linear between points)
    /// Request mix (read, write, static, async); shares, normalised when used.
    double mix[kRequestKindCount] = {1.0, 0.0, 0.0, 0.0};
    /// A user gives up: a longer answer fails (timeout). 10 s, as people and HTTP clients do.
    std::optional<double> timeout_ms = 10000.0;
    double web_share = 1.0; ///< share of users on a web browser; the rest on mobile
    KeysModel keys{};
    /// Which static asset a static request asks for (hot_share unused): the CDN's keys.
    KeysModel assets{.count = 1000, .zipf = 1.0, .hot_share = 0.0};
    std::string region; ///< where they are; empty = the one region
    bool operator==(const ClientsParams &) const = default;
};

const KindTraits &clientsTraits();

} // namespace scalelab
