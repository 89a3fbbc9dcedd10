#include "statistics.h"

#include <algorithm>
#include <cmath>
#include <numbers>

namespace scalelab {

namespace {

// Acklam's rational approximation of the normal quantile (relative error < 1.2e-9).
double acklam(double p)
{
    static constexpr double a[] = {-3.969683028665376e+01, 2.209460984245205e+02,
                                   -2.759285104469687e+02, 1.383577518672690e+02,
                                   -3.066479806614716e+01, 2.506628277459239e+00};
    static constexpr double b[] = {-5.447609879822406e+01, 1.615858368580409e+02,
                                   -1.556989798598866e+02, 6.680131188771972e+01,
                                   -1.328068155288572e+01};
    static constexpr double c[] = {-7.784894002430293e-03, -3.223964580411365e-01,
                                   -2.400758277161838e+00, -2.549732539343734e+00,
                                   4.374664141464968e+00,  2.938163982698783e+00};
    static constexpr double d[] = {7.784695709041462e-03, 3.224671290700398e-01,
                                   2.445134137142996e+00, 3.754408661907416e+00};
    constexpr double pLow = 0.02425;
    if (p < pLow) {
        const double q = std::sqrt(-2.0 * std::log(p));
        return (((((c[0] * q + c[1]) * q + c[2]) * q + c[3]) * q + c[4]) * q + c[5]) /
               ((((d[0] * q + d[1]) * q + d[2]) * q + d[3]) * q + 1.0);
    }
    if (p > 1.0 - pLow) {
        const double q = std::sqrt(-2.0 * std::log1p(-p));
        return -(((((c[0] * q + c[1]) * q + c[2]) * q + c[3]) * q + c[4]) * q + c[5]) /
               ((((d[0] * q + d[1]) * q + d[2]) * q + d[3]) * q + 1.0);
    }
    const double q = p - 0.5;
    const double r = q * q;
    return (((((a[0] * r + a[1]) * r + a[2]) * r + a[3]) * r + a[4]) * r + a[5]) * q /
           (((((b[0] * r + b[1]) * r + b[2]) * r + b[3]) * r + b[4]) * r + 1.0);
}

// Continued fraction of the incomplete beta (modified Lentz), converges for x < (a+1)/(a+b+2).
double betaContinuedFraction(double x, double a, double b)
{
    constexpr double tiny = 1e-300;
    constexpr double eps = 1e-15;
    const double qab = a + b;
    const double qap = a + 1.0;
    const double qam = a - 1.0;
    double c = 1.0;
    double d = 1.0 - qab * x / qap;
    if (std::fabs(d) < tiny)
        d = tiny;
    d = 1.0 / d;
    double h = d;
    for (int m = 1; m <= 5000; ++m) {
        const double m2 = 2.0 * m;
        double aa = m * (b - m) * x / ((qam + m2) * (a + m2));
        d = 1.0 + aa * d;
        d = std::fabs(d) < tiny ? tiny : d;
        c = 1.0 + aa / c;
        c = std::fabs(c) < tiny ? tiny : c;
        d = 1.0 / d;
        h *= d * c;
        aa = -(a + m) * (qab + m) * x / ((a + m2) * (qap + m2));
        d = 1.0 + aa * d;
        d = std::fabs(d) < tiny ? tiny : d;
        c = 1.0 + aa / c;
        c = std::fabs(c) < tiny ? tiny : c;
        d = 1.0 / d;
        const double del = d * c;
        h *= del;
        if (std::fabs(del - 1.0) < eps)
            break;
    }
    return h;
}

double studentTPdf(double t, double v)
{
    const double logPdf = std::lgamma(0.5 * (v + 1.0)) - std::lgamma(0.5 * v) -
                          0.5 * std::log(v * std::numbers::pi) -
                          0.5 * (v + 1.0) * std::log1p(t * t / v);
    return std::exp(logPdf);
}

// Cornish-Fisher expansion of the t quantile around the normal one: a good Newton start.
double cornishFisher(double z, double v)
{
    const double z2 = z * z;
    const double g1 = (z2 + 1.0) * z / 4.0;
    const double g2 = ((5.0 * z2 + 16.0) * z2 + 3.0) * z / 96.0;
    const double g3 = (((3.0 * z2 + 19.0) * z2 + 17.0) * z2 - 15.0) * z / 384.0;
    return z + g1 / v + g2 / (v * v) + g3 / (v * v * v);
}

} // namespace

double normalQuantile(double p)
{
    if (p <= 0.0)
        return -std::numeric_limits<double>::infinity();
    if (p >= 1.0)
        return std::numeric_limits<double>::infinity();
    double x = acklam(p);
    // One Halley step on the exact CDF brings it to full double precision.
    const double e = normalCdf(x) - p;
    const double u = e * std::sqrt(2.0 * std::numbers::pi) * std::exp(0.5 * x * x);
    x = x - u / (1.0 + 0.5 * x * u);
    return x;
}

double normalCdf(double x)
{
    return 0.5 * std::erfc(-x / std::numbers::sqrt2);
}

double regularizedIncompleteBeta(double x, double a, double b)
{
    if (x <= 0.0)
        return 0.0;
    if (x >= 1.0)
        return 1.0;
    const double logFront =
        std::lgamma(a + b) - std::lgamma(a) - std::lgamma(b) + a * std::log(x) + b * std::log1p(-x);
    const double front = std::exp(logFront);
    // Use the fraction on the side where it converges quickly, the symmetry otherwise.
    if (x < (a + 1.0) / (a + b + 2.0))
        return front * betaContinuedFraction(x, a, b) / a;
    return 1.0 - front * betaContinuedFraction(1.0 - x, b, a) / b;
}

double studentTCdf(double t, int dof)
{
    if (dof <= 0)
        return normalCdf(t);
    const double v = dof;
    const double tail = 0.5 * regularizedIncompleteBeta(v / (v + t * t), 0.5 * v, 0.5);
    return t > 0.0 ? 1.0 - tail : tail;
}

double studentTQuantile(double p, int dof)
{
    if (dof <= 0)
        return normalQuantile(p);
    if (p <= 0.0)
        return -std::numeric_limits<double>::infinity();
    if (p >= 1.0)
        return std::numeric_limits<double>::infinity();
    if (p < 0.5)
        return -studentTQuantile(1.0 - p, dof);
    if (p == 0.5)
        return 0.0;
    if (dof == 1)
        return std::tan(std::numbers::pi * (p - 0.5));
    if (dof == 2)
        return (2.0 * p - 1.0) / std::sqrt(2.0 * p * (1.0 - p));

    // Safeguarded Newton on the exact CDF: keep a bracket [lo, hi] around the root and
    // bisect whenever a Newton step would leave it, so heavy tails cannot make it diverge.
    const double v = dof;
    const double target = 1.0 - p; // work with the upper tail to keep precision near p = 1
    auto upperTail = [&](double t) {
        return 0.5 * regularizedIncompleteBeta(v / (v + t * t), 0.5 * v, 0.5);
    };
    double t = std::max(cornishFisher(normalQuantile(p), v), 1e-6);
    double lo = 0.0;
    double hi = t;
    while (upperTail(hi) > target)
        hi *= 2.0;
    for (int i = 0; i < 200; ++i) {
        const double f = upperTail(t) - target; // decreasing in t
        if (f > 0.0)
            lo = t;
        else
            hi = t;
        double next = t + f / studentTPdf(t, v);
        if (!(next > lo && next < hi))
            next = 0.5 * (lo + hi);
        if (std::fabs(next - t) <= 1e-13 * std::max(1.0, t))
            return next;
        t = next;
    }
    return t;
}

void RunningStats::add(double x)
{
    ++m_count;
    const double delta = x - m_mean;
    m_mean += delta / static_cast<double>(m_count);
    m_m2 += delta * (x - m_mean);
    m_min = std::min(m_min, x);
    m_max = std::max(m_max, x);
}

void RunningStats::merge(const RunningStats &other)
{
    if (other.m_count == 0)
        return;
    if (m_count == 0) {
        *this = other;
        return;
    }
    const auto n1 = static_cast<double>(m_count);
    const auto n2 = static_cast<double>(other.m_count);
    const double n = n1 + n2;
    const double delta = other.m_mean - m_mean;
    m_mean += delta * n2 / n;
    m_m2 += other.m_m2 + delta * delta * n1 * n2 / n;
    m_count += other.m_count;
    m_min = std::min(m_min, other.m_min);
    m_max = std::max(m_max, other.m_max);
}

double RunningStats::variance() const
{
    return m_count > 1 ? m_m2 / static_cast<double>(m_count - 1) : 0.0;
}

double RunningStats::stddev() const
{
    return std::sqrt(variance());
}

} // namespace scalelab
