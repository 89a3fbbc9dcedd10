#pragma once

// Small statistics toolkit for the metrics: quantiles of the normal and Student t
// distributions (for confidence intervals) and Welford's running mean and variance.

#include <cstdint>
#include <limits>

namespace scalelab {

/// Standard normal quantile (inverse CDF), p in (0,1): Acklam's rational approximation
/// polished by one Halley step on erfc (near full double precision). -inf / +inf at p <= 0 / p
/// >= 1.
double normalQuantile(double p);

/// Standard normal CDF.
double normalCdf(double x);

/// Student t CDF with dof degrees of freedom (dof >= 1), via the regularized incomplete beta.
double studentTCdf(double t, int dof);

/// Student t quantile, p in (0,1), dof >= 1: exact closed forms for 1 and 2 degrees of
/// freedom, otherwise a Cornish-Fisher start polished by safeguarded Newton steps on the exact
/// CDF (absolute error well below 1e-6). dof <= 0 is treated as infinite (normal).
double studentTQuantile(double p, int dof);

/// Regularized incomplete beta I_x(a, b), a, b > 0, x in [0,1] (continued fraction).
double regularizedIncompleteBeta(double x, double a, double b);

/// Running mean, variance, min and max of a stream (Welford; numerically stable).
class RunningStats {
public:
    void add(double x);
    /// Combine with another stream's statistics (Chan et al. pairwise update).
    void merge(const RunningStats &other);
    void reset() { *this = RunningStats{}; }

    std::uint64_t count() const { return m_count; }
    double mean() const { return m_mean; }
    /// Sample variance (divides by n - 1); 0 with fewer than two samples.
    double variance() const;
    double stddev() const;
    /// 0 when empty.
    double min() const { return m_count ? m_min : 0.0; }
    double max() const { return m_count ? m_max : 0.0; }

private:
    std::uint64_t m_count = 0;
    double m_mean = 0.0;
    double m_m2 = 0.0; ///< sum of squared deviations from the mean
    double m_min = std::numeric_limits<double>::infinity();
    double m_max = -std::numeric_limits<double>::infinity();
};

} // namespace scalelab
