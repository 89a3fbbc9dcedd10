#include "queueing.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <stdexcept>

namespace scalelab {

namespace {
constexpr double kInf = std::numeric_limits<double>::infinity();
} // namespace

double Mm1Result::responseQuantile(double p) const
{
    if (!stable || p >= 1.0)
        return kInf;
    if (p <= 0.0)
        return 0.0;
    // Response time ~ Exponential(mu - lambda) and W = 1 / (mu - lambda).
    return -std::log1p(-p) * W;
}

Mm1Result mm1(double lambda, double mu)
{
    Mm1Result r;
    const double rho = mu > 0.0 ? lambda / mu : kInf;
    r.utilization = std::min(rho, 1.0);
    r.stable = lambda >= 0.0 && mu > 0.0 && rho < 1.0;
    if (!r.stable) {
        r.L = r.Lq = r.W = r.Wq = kInf;
        return r;
    }
    r.L = rho / (1.0 - rho);
    r.Lq = rho * rho / (1.0 - rho);
    r.W = 1.0 / (mu - lambda);
    r.Wq = rho / (mu - lambda);
    return r;
}

double erlangB(int c, double a)
{
    // B(k) = a B(k-1) / (k + a B(k-1)) stays in [0,1]: no factorials, no overflow.
    double b = 1.0;
    for (int k = 1; k <= c; ++k)
        b = a * b / (k + a * b);
    return b;
}

double erlangC(int c, double a)
{
    if (c < 1 || a >= c)
        return 1.0;
    if (a <= 0.0)
        return 0.0;
    const double b = erlangB(c, a);
    const double rho = a / c;
    return b / (1.0 - rho * (1.0 - b));
}

MmcResult mmc(double lambda, double mu, int c)
{
    MmcResult r;
    const double a = mu > 0.0 ? lambda / mu : kInf;
    const double rho = c >= 1 ? a / c : kInf;
    r.utilization = std::min(rho, 1.0);
    r.stable = lambda >= 0.0 && mu > 0.0 && c >= 1 && rho < 1.0;
    if (!r.stable) {
        r.probWait = 1.0;
        r.Lq = r.L = r.Wq = r.W = kInf;
        return r;
    }
    r.probWait = erlangC(c, a);
    r.Lq = r.probWait * rho / (1.0 - rho);
    r.Wq = r.probWait / (c * mu - lambda);
    r.W = r.Wq + 1.0 / mu;
    r.L = r.Lq + a;
    return r;
}

double mmcResponseQuantile(double lambda, double mu, int c, double p)
{
    const MmcResult r = mmc(lambda, mu, c);
    if (!r.stable || !(p > 0.0))
        return r.stable ? 0.0 : std::numeric_limits<double>::infinity();
    const double C = r.probWait;
    const double theta = c * mu - lambda;
    const auto tail = [&](double t) {
        // P(Exp(mu) + Exp(theta) > t): hypoexponential, or Erlang-2 when the rates agree.
        const double both =
            std::abs(theta - mu) < 1e-12 * mu
                ? (1.0 + mu * t) * std::exp(-mu * t)
                : (theta * std::exp(-mu * t) - mu * std::exp(-theta * t)) / (theta - mu);
        return (1.0 - C) * std::exp(-mu * t) + C * both;
    };
    const double target = 1.0 - std::min(p, 1.0 - 1e-15);
    double lo = 0.0;
    double hi = 1.0 / std::min(mu, theta);
    while (tail(hi) > target)
        hi *= 2.0;
    for (int i = 0; i < 200 && hi - lo > 1e-12 * hi; ++i) {
        const double mid = 0.5 * (lo + hi);
        (tail(mid) > target ? lo : hi) = mid;
    }
    return 0.5 * (lo + hi);
}

MmckResult mmck(double lambda, double mu, int c, int K)
{
    MmckResult r;
    if (c < 1 || K < c || mu <= 0.0 || lambda < 0.0) {
        r.stable = false;
        return r;
    }
    // Birth-death chain: P_n proportional to prod_{k=1..n} lambda / (min(k, c) mu). Build the
    // logarithms, then normalise by the largest term so exp() neither overflows nor
    // underflows everywhere at once (K = 10000 at rho = 2 would overflow a plain product).
    const double logA = std::log(lambda / mu); // -inf when lambda = 0: P_0 = 1
    std::vector<double> logTerm(static_cast<std::size_t>(K) + 1, 0.0);
    for (int n = 1; n <= K; ++n)
        logTerm[static_cast<std::size_t>(n)] =
            logTerm[static_cast<std::size_t>(n - 1)] + logA - std::log(std::min(n, c));
    const double top = *std::max_element(logTerm.begin(), logTerm.end());
    r.probs.resize(logTerm.size());
    double total = 0.0;
    for (std::size_t n = 0; n < logTerm.size(); ++n) {
        r.probs[n] = std::exp(logTerm[n] - top);
        total += r.probs[n];
    }
    double busy = 0.0;
    for (std::size_t n = 0; n < r.probs.size(); ++n) {
        r.probs[n] /= total;
        const auto count = static_cast<double>(n);
        r.L += count * r.probs[n];
        r.Lq += std::max(0.0, count - c) * r.probs[n];
        busy += std::min(count, static_cast<double>(c)) * r.probs[n];
    }
    r.blocking = r.probs.back();
    r.effectiveLambda = lambda * (1.0 - r.blocking);
    r.utilization = busy / c;
    if (r.effectiveLambda > 0.0) {
        r.W = r.L / r.effectiveLambda;
        r.Wq = r.Lq / r.effectiveLambda;
    } else {
        r.W = 1.0 / mu; // limit as lambda -> 0: a lone request is only served
        r.Wq = 0.0;
    }
    return r;
}

JacksonResult jackson(const std::vector<JacksonStation> &stations,
                      const std::vector<std::vector<double>> &routing)
{
    const std::size_t n = stations.size();
    if (!routing.empty()) {
        if (routing.size() != n)
            throw std::invalid_argument("jackson: routing must be n x n");
        for (const auto &row : routing) {
            if (row.size() != n)
                throw std::invalid_argument("jackson: routing must be n x n");
        }
    }
    JacksonResult r;
    // Traffic equations (I - P^T) lambda = gamma as an augmented matrix.
    std::vector<std::vector<double>> m(n, std::vector<double>(n + 1, 0.0));
    for (std::size_t j = 0; j < n; ++j) {
        for (std::size_t i = 0; i < n; ++i) {
            const double p = routing.empty() ? 0.0 : routing[i][j];
            m[j][i] = (i == j ? 1.0 : 0.0) - p;
        }
        m[j][n] = stations[j].gamma;
        r.throughput += stations[j].gamma;
    }
    for (std::size_t col = 0; col < n; ++col) {
        std::size_t pivot = col;
        for (std::size_t row = col + 1; row < n; ++row) {
            if (std::fabs(m[row][col]) > std::fabs(m[pivot][col]))
                pivot = row;
        }
        if (std::fabs(m[pivot][col]) < 1e-12)
            return r; // singular: requests circulate forever, solved = false
        std::swap(m[col], m[pivot]);
        for (std::size_t row = col + 1; row < n; ++row) {
            const double f = m[row][col] / m[col][col];
            for (std::size_t k = col; k <= n; ++k)
                m[row][k] -= f * m[col][k];
        }
    }
    std::vector<double> lambda(n, 0.0);
    for (std::size_t i = n; i-- > 0;) {
        double s = m[i][n];
        for (std::size_t k = i + 1; k < n; ++k)
            s -= m[i][k] * lambda[k];
        lambda[i] = s / m[i][i];
    }
    r.solved = true;
    r.stable = true;
    double totalL = 0.0;
    r.stations.resize(n);
    for (std::size_t i = 0; i < n; ++i) {
        const MmcResult q = mmc(lambda[i], stations[i].mu, stations[i].servers);
        auto &s = r.stations[i];
        s.stable = q.stable;
        s.lambda = lambda[i];
        s.utilization = q.utilization;
        s.L = q.L;
        s.W = q.W;
        r.stable = r.stable && q.stable;
        totalL += q.L;
    }
    if (!r.stable)
        r.meanSojourn = kInf;
    else
        r.meanSojourn = r.throughput > 0.0 ? totalL / r.throughput : 0.0;
    return r;
}

double availability(double mtbf, double mttr)
{
    const double total = mtbf + mttr;
    return total > 0.0 ? mtbf / total : 1.0;
}

double availabilityParallel(double a, int n)
{
    if (n <= 0)
        return 0.0;
    return 1.0 - std::pow(1.0 - a, n);
}

double availabilitySeries(const std::vector<double> &availabilities)
{
    double product = 1.0;
    for (double a : availabilities)
        product *= a;
    return product;
}

} // namespace scalelab
