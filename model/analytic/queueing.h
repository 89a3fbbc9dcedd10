#pragma once

// Closed-form queueing results the simulation is checked against (tests) and drawn beside
// (charts): M/M/1, M/M/c, M/M/c/K, open Jackson networks of M/M/c stations, and
// availability of redundant components.
//
// Units: rates (lambda, mu, gamma) are per second; times (W, Wq, T) are in seconds unless
// the name ends in _ms. Every result carries a `stable` flag: when the offered load is at
// or above capacity the means are infinite, and the flag is false instead of NaNs (the
// other fields are then +infinity, utilization is capped at 1).

#include <vector>

namespace scalelab {

/// M/M/1: Poisson arrivals (lambda), one exponential server (mu).
struct Mm1Result {
    bool stable = false;
    double utilization = 0.0; ///< rho = lambda / mu
    double L = 0.0;           ///< mean number in system, rho / (1 - rho)
    double Lq = 0.0;          ///< mean number waiting, rho^2 / (1 - rho)
    double W = 0.0;           ///< mean response time (wait + service), 1 / (mu - lambda)
    double Wq = 0.0;          ///< mean wait in queue, rho / (mu - lambda)
    /// Response-time quantile: the response time is exponential with rate mu - lambda, so
    /// W(p) = -ln(1 - p) / (mu - lambda); p99 = ln(100) / (mu - lambda). +inf if unstable.
    double responseQuantile(double p) const;
};
Mm1Result mm1(double lambda, double mu);

/// Erlang B: blocking probability of M/M/c/c with offered load a = lambda / mu (erlangs),
/// by the stable recursion B(0) = 1, B(k) = a B(k-1) / (k + a B(k-1)). Fine for c = 10000.
double erlangB(int c, double a);
/// Erlang C: probability that an arrival waits in M/M/c, offered load a = lambda / mu.
/// C = B / (1 - rho (1 - B)) with rho = a / c; 1 when a >= c.
double erlangC(int c, double a);

/// M/M/c: Poisson arrivals, c identical exponential servers, unbounded queue.
struct MmcResult {
    bool stable = false;
    double utilization = 0.0; ///< rho = lambda / (c mu), busy fraction of each server
    double probWait = 0.0;    ///< Erlang C
    double Lq = 0.0;          ///< mean number waiting, C rho / (1 - rho)
    double L = 0.0;           ///< mean number in system, Lq + lambda / mu
    double Wq = 0.0;          ///< mean wait, C / (c mu - lambda)
    double W = 0.0;           ///< mean response time, Wq + 1 / mu
};
MmcResult mmc(double lambda, double mu, int c);
/// The p-quantile of the M/M/c response time (wait + service), seconds: the service is
/// Exp(mu) and the wait is 0 with probability 1 - C, else Exp(c mu - lambda), so
/// P(T > t) = (1 - C) e^(-mu t) + C P(Exp(mu) + Exp(c mu - lambda) > t), inverted by
/// bisection. For c = 1 it is -ln(1 - p) / (mu - lambda). +inf if unstable.
double mmcResponseQuantile(double lambda, double mu, int c, double p);

/// M/M/c/K: c servers, at most K requests in the system (in service + waiting, K >= c);
/// an arrival finding K inside is rejected. Always stable (finite), any load.
struct MmckResult {
    bool stable = true;           ///< false only for invalid parameters (c < 1, K < c, mu <= 0)
    std::vector<double> probs;    ///< P_n, n = 0..K, the stationary distribution
    double blocking = 0.0;        ///< P_K: the share of arrivals rejected
    double effectiveLambda = 0.0; ///< lambda (1 - P_K): the accepted (and served) rate
    double L = 0.0;               ///< mean number in system, sum n P_n
    double Lq = 0.0;              ///< mean number waiting, sum (n - c)+ P_n
    double W = 0.0;               ///< mean response time of accepted requests, L / effectiveLambda
    double Wq = 0.0;              ///< mean wait of accepted requests, Lq / effectiveLambda
    double utilization = 0.0;     ///< mean busy servers / c = effectiveLambda / (c mu)
};
/// Computed with terms normalised by their maximum in log space, so K up to 10000 and
/// loads far above capacity neither overflow nor underflow.
MmckResult mmck(double lambda, double mu, int c, int K);

/// One station of an open Jackson network.
struct JacksonStation {
    double gamma = 0.0; ///< external Poisson arrival rate into this station, per second
    double mu = 1.0;    ///< service rate of one server, per second
    int servers = 1;    ///< c
};

struct JacksonStationResult {
    bool stable = false;
    double lambda = 0.0;      ///< total arrival rate (solution of the traffic equations)
    double utilization = 0.0; ///< lambda / (c mu)
    double L = 0.0;           ///< mean number at the station (M/M/c with rate lambda)
    double W = 0.0;           ///< mean response time per visit
};

struct JacksonResult {
    bool stable = false; ///< every station has rho < 1 and the traffic equations solved
    bool solved = false; ///< false if I - P^T is singular (a closed loop with no exit)
    std::vector<JacksonStationResult> stations;
    double throughput = 0.0;  ///< sum of gamma_i: the rate that enters (and leaves) the network
    double meanSojourn = 0.0; ///< T = sum L_i / sum gamma_i (Little), seconds
};
/// routing[i][j] = probability that a request finishing at i goes next to j; the rest,
/// 1 - sum_j routing[i][j], leaves the network. Solves lambda = gamma + P^T lambda by
/// Gaussian elimination with partial pivoting. An empty routing means no routing at all.
JacksonResult jackson(const std::vector<JacksonStation> &stations,
                      const std::vector<std::vector<double>> &routing);

/// Steady-state availability of one component: mtbf / (mtbf + mttr).
double availability(double mtbf, double mttr);
/// n independent replicas with instant failover, each available a: 1 - (1 - a)^n.
double availabilityParallel(double a, int n);
/// Components in series (all must be up): the product of their availabilities.
double availabilitySeries(const std::vector<double> &availabilities);

} // namespace scalelab
