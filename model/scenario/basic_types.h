#pragma once

// The small value types every part of a scenario uses: request kinds, service-time
// distributions, canvas positions and load-curve points.

#include <cstdint>

namespace scalelab {

/// Kinds of request a client sends; later stages route by kind (writes to the primary,
/// static assets to the CDN, async work to a queue).
enum class RequestKind : std::uint8_t { Read, Write, Static, Async };
inline constexpr int kRequestKindCount = 4;

enum class DistKind : std::uint8_t { Exponential, Constant, Uniform, Lognormal, Erlang };

/// A service-time (or latency) distribution, in milliseconds.
/// exponential{mean}, constant{mean}, uniform{min,max}, lognormal{mean,cv}, erlang{mean,k}.
struct Distribution {
    DistKind kind = DistKind::Exponential;
    double mean = 10.0; ///< ms; for uniform it is derived as (min + max) / 2
    double min = 0.0;   ///< uniform only
    double max = 0.0;   ///< uniform only
    double cv = 1.0;    ///< lognormal only: standard deviation / mean
    int k = 2;          ///< erlang only: number of phases

    static Distribution exponential(double meanMs) { return {DistKind::Exponential, meanMs}; }
    static Distribution constant(double ms) { return {DistKind::Constant, ms}; }
    bool operator==(const Distribution &) const = default;
};

struct Position {
    double x = 0.0;
    double y = 0.0;
    bool operator==(const Position &) const = default;
};

/// One point of a piecewise-linear load curve.
struct RatePoint {
    double t_s = 0.0;
    double rate_rps = 0.0;
    bool operator==(const RatePoint &) const = default;
};

} // namespace scalelab
