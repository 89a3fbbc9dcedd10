#include "analytic/cache_theory.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace scalelab {

namespace {

double total(const std::vector<KeyClass> &keys)
{
    double sum = 0;
    for (const KeyClass &k : keys)
        sum += k.p * k.count;
    return sum;
}

/// Solves sum_i h(p_i t) = capacity for t by bisection (the occupancy grows with t), then
/// returns sum_i p_i h(p_i t).
template <typename H> double solve(const std::vector<KeyClass> &keys, double capacity, H h)
{
    const double sum = total(keys);
    double distinct = 0;
    for (const KeyClass &k : keys)
        distinct += k.p > 0 ? k.count : 0;
    if (sum <= 0 || capacity <= 0)
        return 0.0;
    if (capacity >= distinct)
        return 1.0; // everything asked for fits
    auto occupancy = [&](double t) {
        double n = 0;
        for (const KeyClass &k : keys)
            n += k.count * h(k.p / sum * t);
        return n;
    };
    double lo = 0, hi = 1;
    while (occupancy(hi) < capacity)
        hi *= 2;
    for (int i = 0; i < 100 && hi - lo > 1e-10 * hi; ++i) {
        const double mid = 0.5 * (lo + hi);
        (occupancy(mid) < capacity ? lo : hi) = mid;
    }
    const double t = 0.5 * (lo + hi);
    double ratio = 0;
    for (const KeyClass &k : keys)
        ratio += k.count * k.p / sum * h(k.p / sum * t);
    return ratio;
}

} // namespace

std::vector<KeyClass> keyClasses(const std::vector<double> &p)
{
    std::vector<KeyClass> keys;
    keys.reserve(p.size());
    for (const double x : p)
        keys.push_back({x, 1});
    return keys;
}

std::vector<KeyClass> keyClasses(const KeysModel &model)
{
    // Zipf weights (k + 1)^-s, in classes; then normalised and the celebrity's share added.
    std::vector<KeyClass> keys;
    const auto n = static_cast<std::uint32_t>(std::max(0, model.count));
    const double s = std::max(0.0, model.zipf);
    auto weight = [s](double rank0) { return std::pow(rank0 + 1.0, -s); };
    std::uint32_t rank = 0; // 0-based key
    for (; rank < std::min<std::uint32_t>(n, 1000); ++rank)
        keys.push_back({weight(rank), 1});
    while (rank < n) {
        const auto end = std::min<std::uint32_t>(
            n, std::max<std::uint32_t>(rank + 1, static_cast<std::uint32_t>(rank * 1.005)));
        // The class's mean weight, by the integral of x^-s over its ranks.
        const double a = rank + 0.5, b = end + 0.5;
        const double mean =
            std::abs(s - 1.0) < 1e-9
                ? std::log(b / a) / (b - a)
                : (std::pow(b, 1.0 - s) - std::pow(a, 1.0 - s)) / ((1.0 - s) * (b - a));
        keys.push_back({mean, static_cast<double>(end - rank)});
        rank = end;
    }
    const double sum = total(keys);
    if (sum <= 0)
        return keys;
    for (KeyClass &k : keys)
        k.p = (1.0 - model.hot_share) * k.p / sum;
    if (!keys.empty())
        keys.front().p += model.hot_share;
    return keys;
}

double cheLruHitRatio(const std::vector<KeyClass> &keys, double capacity)
{
    return solve(keys, capacity, [](double x) { return -std::expm1(-x); });
}

double cheFifoHitRatio(const std::vector<KeyClass> &keys, double capacity)
{
    return solve(keys, capacity, [](double x) { return x / (1.0 + x); });
}

double lfuHitRatio(const std::vector<KeyClass> &raw, double capacity)
{
    std::vector<KeyClass> keys = raw;
    std::sort(keys.begin(), keys.end(),
              [](const KeyClass &a, const KeyClass &b) { return a.p > b.p; });
    const double sum = total(keys);
    if (sum <= 0)
        return 0.0;
    double left = capacity, ratio = 0;
    for (const KeyClass &k : keys) {
        const double take = std::min(left, k.count);
        ratio += take * k.p / sum;
        left -= take;
        if (left <= 0)
            break;
    }
    return ratio;
}

double ttlHitRatio(const std::vector<KeyClass> &keys, double lambda, double ttlS)
{
    const double sum = total(keys);
    double ratio = 0;
    for (const KeyClass &k : keys) {
        const double p = sum > 0 ? k.p / sum : 0.0;
        const double a = lambda * p * ttlS;
        ratio += k.count * p * a / (1.0 + a);
    }
    return ratio;
}

namespace {

/// A TTL cache of unbounded size that every request of one kind of the users reaches.
CachePrediction ttlPrediction(const ClientsParams &clients, RequestKind kind,
                              const std::vector<KeyClass> &keys, double ttlS)
{
    CachePrediction out;
    if (!clients.curve.empty()) {
        out.whyNot = "a TTL cache's hit ratio depends on the rate, and the load curve changes it";
        return out;
    }
    double mixSum = 0;
    for (const double m : clients.mix)
        mixSum += m;
    const double share = clients.mix[static_cast<int>(kind)];
    out.applies = true;
    out.hitRatio = ttlHitRatio(keys, mixSum > 0 ? clients.rate_rps * share / mixSum : 0.0, ttlS);
    return out;
}

/// A CDN's edge: a TTL cache of the users' static assets, if it holds them all.
CachePrediction predictEdgeHitRatio(const Scenario &scenario, const CdnParams &p)
{
    CachePrediction out;
    const Component *users = nullptr;
    int groups = 0;
    for (const Component &c : scenario.components)
        if (std::holds_alternative<ClientsParams>(c.params)) {
            users = users ? users : &c;
            ++groups;
        }
    if (groups != 1) {
        out.whyNot = "several groups of users, each with its own assets";
        return out;
    }
    const ClientsParams &clients = users->as<ClientsParams>();
    if (p.ttl_s <= 0) {
        out.whyNot = "assets never expire: each misses once, then always hits";
        return out;
    }
    if (p.max_assets < clients.assets.count) {
        out.whyNot = "the edge holds fewer assets than the site has: no simple formula with a "
                     "TTL and a size limit";
        return out;
    }
    // Every static request of the users is assumed to reach this edge.
    return ttlPrediction(clients, RequestKind::Static, keyClasses(clients.assets), p.ttl_s);
}

} // namespace

CachePrediction predictHitRatio(const Scenario &scenario, const std::string &cacheId)
{
    CachePrediction out;
    const Component *cache = scenario.find(cacheId);
    if (cache && std::holds_alternative<CdnParams>(cache->params))
        return predictEdgeHitRatio(scenario, cache->as<CdnParams>());
    if (!cache || !std::holds_alternative<CacheParams>(cache->params)) {
        out.whyNot = "not a cache";
        return out;
    }
    const Component *users = nullptr;
    int withKeys = 0;
    for (const Component &c : scenario.components)
        if (const auto *p = std::get_if<ClientsParams>(&c.params); p && p->keys.count > 0) {
            users = users ? users : &c;
            ++withKeys;
        }
    if (!users) {
        out.whyNot = "the users have no key popularity model (keys.count): each asks for its "
                     "own data";
        return out;
    }
    if (withKeys > 1) {
        out.whyNot = "several groups of users, each with its own keys";
        return out;
    }
    const ClientsParams &clients = users->as<ClientsParams>();
    const CacheParams &p = cache->as<CacheParams>();
    const std::vector<KeyClass> keys = keyClasses(clients.keys);
    if (p.ttl_s <= 0 && p.eviction == Eviction::Lfu) {
        char best[32];
        std::snprintf(best, sizeof best, "%.0f%%", 100.0 * lfuHitRatio(keys, p.max_keys));
        out.whyNot = std::string("no simple formula for LFU that counts uses only while a key is "
                                 "cached; the best any cache of this size can do is ") +
                     best + " (always holding the most popular keys)";
        return out;
    }
    if (p.ttl_s <= 0) {
        out.applies = true;
        out.hitRatio = p.eviction == Eviction::Lru ? cheLruHitRatio(keys, p.max_keys)
                                                   : cheFifoHitRatio(keys, p.max_keys);
        return out;
    }
    if (p.max_keys < clients.keys.count) {
        out.whyNot = "both a TTL and a size limit: no simple formula (set ttl_s to 0, or make "
                     "the cache hold every key)";
        return out;
    }
    // Every read of the users is assumed to reach this cache.
    return ttlPrediction(clients, RequestKind::Read, keys, p.ttl_s);
}

} // namespace scalelab
