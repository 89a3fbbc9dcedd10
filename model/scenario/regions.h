#pragma once

// Regions (stage 9): where users are and where data centers stand. A clients component
// names its region; a data_center group names its region and puts its members there. A
// link between components of two regions pays the one-way latency between them on top of
// its own; so does replication between databases of two regions. The latencies come from a
// small default table of well-known region names, which a scenario's `region_latency:`
// overrides or extends.

#include <optional>
#include <string>
#include <vector>

namespace scalelab {

struct Scenario;

/// One-way latency between two regions (either order), YAML `region_latency:` items.
struct RegionLatency {
    std::string from;
    std::string to;
    double latency_ms = 0;
    bool operator==(const RegionLatency &) const = default;
};

/// The defaults: one-way latencies, rounded, between the regions named in this table
/// (us-east, us-west, europe, asia, south-america, oceania), as public cloud providers'
/// inter-region round trips halve to.
const std::vector<RegionLatency> &defaultRegionLatencies();
/// Between two named regions that neither table lists.
inline constexpr double kUnlistedRegionLatencyMs = 100.0;
/// Most distinct regions a design may name.
inline constexpr std::size_t kMaxRegions = 32;

/// The region a component is in: a clients component's own, or that of the data_center
/// group containing it; empty = no region (nothing extra on its links).
std::string regionOf(const Scenario &s, const std::string &componentId);
/// One-way latency between regions a and b, in ms: 0 if either is empty or they are the
/// same, else the scenario's table, then the default table, then kUnlistedRegionLatencyMs.
double regionLatencyMs(const Scenario &s, const std::string &a, const std::string &b);
/// The entry of a table for regions a and b (either order), or null.
const RegionLatency *findRegionLatency(const std::vector<RegionLatency> &table,
                                       const std::string &a, const std::string &b);
/// What regionLatencyMs gives without the scenario's own table: the default table, else
/// kUnlistedRegionLatencyMs (0 for a region and itself).
double defaultRegionLatencyMs(const std::string &a, const std::string &b);
/// Sets the scenario-table entry for a and b (updated in place, else appended), or removes
/// it when ms is empty (back to the default). Other entries keep their order.
void setRegionLatency(std::vector<RegionLatency> &table, const std::string &a, const std::string &b,
                      std::optional<double> ms);
/// Every region the design names (clients, then data centers), in order of appearance.
std::vector<std::string> regionsOf(const Scenario &s);

} // namespace scalelab
