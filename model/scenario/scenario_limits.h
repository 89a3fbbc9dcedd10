#pragma once

// Bounds shared by the reader and the validator: generous for any teaching scenario, small
// enough that a mistaken or hostile file is refused by counting instead of by working.

#include <cstddef>

namespace scalelab {

inline constexpr std::size_t kMaxComponents = 10000;
inline constexpr std::size_t kMaxLinks = 10000;
inline constexpr std::size_t kMaxFaults = 10000;
inline constexpr std::size_t kMaxGroups = 10000;
inline constexpr std::size_t kMaxRegionLatencies = 1000;
inline constexpr std::size_t kMaxCurvePoints = 10000;
inline constexpr int kMaxWorkers = 100000;
inline constexpr int kMaxCapacity = 10000000;
inline constexpr double kMaxDurationS = 1e7;
inline constexpr double kMaxTimeMs = 1e9; ///< any service time, latency or timeout
/// Requests per second of one clients component, and of all of them together: a million,
/// more than the front door of the busiest sites; it bounds the events per simulated second.
inline constexpr double kMaxRateRps = 1e6;
/// A load curve's times are 0 or at least this (s): a point closer to the start is a step.
inline constexpr double kMinCurveTimeS = 0.001;
/// Random faults: a machine fails at most this often and is repaired no faster (s).
inline constexpr double kMinMtbfS = 1.0;
inline constexpr double kMinMttrS = 0.1;
inline constexpr int kMaxUsers = 1000000000;
/// Users of a design that keeps sessions or sticky cookies: the kernel keeps 12 bytes for
/// each (10 million users, 120 MB).
inline constexpr int kMaxSessionUsers = 10000000;
/// Distinct data keys of a popularity model; the kernel keeps a version per key.
inline constexpr int kMaxKeys = 10000000;
/// Entries one cache holds (about 80 bytes each when full: 10 million keys, ~800 MB).
inline constexpr int kMaxCacheKeys = 10000000;
inline constexpr double kMaxSpeed = 100.0;
/// The largest single machine a web server or database can be scaled up to: the ceiling of
/// scaling up (stage 3). Beyond it the only way on is more machines.
inline constexpr int kMaxMachineCores = 128;
inline constexpr double kMaxMachineSpeed = 4.0;

} // namespace scalelab
