#pragma once

// Hit ratios of a cache under the independent reference model (each request asks for key
// i with probability p_i, independently), the figures the simulated cache is checked
// against and drawn beside:
// - LRU, Che's approximation (Che, Tung and Wang, 2002): key i is in the cache if it was
//   asked for within the last t_C, so h_i = 1 - exp(-p_i t_C), with the characteristic
//   time t_C (in requests) solving sum_i (1 - exp(-p_i t_C)) = C.
// - FIFO (and random replacement), its counterpart (Gelenbe, 1973; Martina, Garetto and
//   Leonardi, 2014): h_i = p_i t_C / (1 + p_i t_C), with sum_i h_i = C.
// - LFU under this model keeps the C most popular keys: sum of their p_i.
// - A TTL cache of unbounded size whose entries expire T after they are filled (a hit does
//   not extend them): each fill is followed by lambda p_i T hits on average, so
//   h_i = lambda p_i T / (1 + lambda p_i T).
// Each returns the overall hit ratio sum_i p_i h_i. Probabilities need not be normalised.

#include "scenario/scenario.h"

#include <string>
#include <vector>

namespace scalelab {

/// Keys that share one probability: `count` keys asked for with probability p each.
struct KeyClass {
    double p = 0;
    double count = 1;
};
/// Probabilities given key by key.
std::vector<KeyClass> keyClasses(const std::vector<double> &p);
/// A popularity model's keys, the first thousand ranks one by one and the rest in classes
/// of ranks within 0.5 % of each other (a million keys cost about two thousand classes;
/// the hit ratios move by less than 1e-4).
std::vector<KeyClass> keyClasses(const KeysModel &keys);

double cheLruHitRatio(const std::vector<KeyClass> &keys, double capacity);
double cheFifoHitRatio(const std::vector<KeyClass> &keys, double capacity);
double lfuHitRatio(const std::vector<KeyClass> &keys, double capacity);
/// lambda: reads per second reaching the cache; ttlS: the entries' time to live.
double ttlHitRatio(const std::vector<KeyClass> &keys, double lambda, double ttlS);

/// What theory predicts for a cache of a design, from its users' key popularity.
struct CachePrediction {
    bool applies = false;
    double hitRatio = 0;
    std::string whyNot; ///< when it does not apply, for the student
};
CachePrediction predictHitRatio(const Scenario &scenario, const std::string &cacheId);

} // namespace scalelab
