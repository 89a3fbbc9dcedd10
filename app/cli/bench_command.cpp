// `scalelab bench`: how fast the simulation kernel is, as medians of several runs.
// Figures go to docs/benchmarks.md; run on demand, never as a timed unit test.
#include "cli/bench_overload.h"
#include "cli/bench_peak.h"
#include "cli/commands.h"
#include "cli/progress.h"
#include "cli/usage.h"
#include "scenario/scenario_io.h"
#include "sim/simulation.h"

#include <QCoreApplication>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <ctime>
#include <fstream>
#include <iterator>
#include <stdexcept>
#include <string>
#include <vector>

namespace scalelab {

namespace {

/// A benchmark scenario, written as a scenario file would be.
Scenario scenarioFrom(const std::string &yaml)
{
    const LoadResult r = parseScenario(yaml, "benchmark");
    if (!r.ok())
        throw std::logic_error("benchmark scenario: " + r.message());
    return *r.scenario;
}

Scenario singleStation()
{
    return scenarioFrom(R"(scalelab: 1
name: "M/M/1, utilization 0.8"
run: {duration_s: 200000, warmup_s: 0}
components:
  - {id: server, kind: service, workers: 1, service_ms: {dist: exponential, mean: 10}}
  - {id: users, kind: clients, rate_rps: 80}
links:
  - {from: users, to: server, latency_ms: 0}
)");
}

Scenario balancedWebTier()
{
    std::string yaml = R"(scalelab: 1
name: balancer + 4 web servers + database
run: {duration_s: 20000, warmup_s: 0}
components:
  - {id: lb, kind: load_balancer, workers: 64, health_check: {interval_s: 5}}
  - {id: db, kind: database, workers: 8}
)";
    for (int i = 1; i <= 4; ++i)
        yaml += "  - {id: web" + std::to_string(i) + ", kind: web_server, workers: 8}\n";
    yaml += "  - {id: users, kind: clients, rate_rps: 600}\nlinks:\n";
    for (int i = 1; i <= 4; ++i)
        yaml += "  - {from: lb, to: web" + std::to_string(i) +
                ", latency_ms: 0.2}\n  - {from: web" + std::to_string(i) +
                ", to: db, probability: 0.5}\n";
    yaml += "  - {from: users, to: lb, latency_ms: 0}\n";
    return scenarioFrom(yaml);
}

/// Reads over a million Zipf keys through an LRU cache of 100,000 keys to a database: the
/// cache's lookups, fills and evictions on every request.
Scenario cachedReads()
{
    return scenarioFrom(R"(scalelab: 1
name: cache in front of a database
run: {duration_s: 5000, warmup_s: 0}
components:
  - {id: users, kind: clients, rate_rps: 2000, mix: {read: 0.95, write: 0.05}, keys: {count: 1000000, zipf: 0.9}}
  - {id: cache, kind: cache, workers: 256, max_keys: 100000, eviction: lru}
  - {id: db, kind: database, workers: 32, read_ms: {dist: exponential, mean: 2}}
links:
  - {from: users, to: cache, latency_ms: 0}
  - {from: cache, to: db, latency_ms: 0.5}
)");
}

/// Stage 5 and 6 together: a web server reading through a cache from a primary and two
/// replicas (async), so every write is also two replication requests.
Scenario cachedReplicatedReads()
{
    return scenarioFrom(R"(scalelab: 1
name: cache and replicas
run: {duration_s: 3000, warmup_s: 0}
components:
  - {id: users, kind: clients, rate_rps: 2000, mix: {read: 0.9, write: 0.1}, keys: {count: 1000000, zipf: 0.9}}
  - {id: web, kind: web_server, workers: 128, service_ms: {dist: exponential, mean: 1}}
  - {id: cache, kind: cache, workers: 256, max_keys: 100000, eviction: lru}
  - {id: primary, kind: database, workers: 32, read_ms: {dist: exponential, mean: 2}, write_ms: {dist: exponential, mean: 2}, replication: {mode: async, lag_ms: {dist: exponential, mean: 100}}}
  - {id: replica1, kind: database, replica_of: primary, workers: 32, read_ms: {dist: exponential, mean: 2}, write_ms: {dist: exponential, mean: 1}}
  - {id: replica2, kind: database, replica_of: primary, workers: 32, read_ms: {dist: exponential, mean: 2}, write_ms: {dist: exponential, mean: 1}}
links:
  - {from: users, to: web, latency_ms: 0}
  - {from: web, to: cache, latency_ms: 0.3}
  - {from: cache, to: primary, latency_ms: 0.5}
  - {from: cache, to: replica1, latency_ms: 0.5}
  - {from: cache, to: replica2, latency_ms: 0.5}
)");
}

Scenario cdnInFront()
{
    return scenarioFrom(R"(scalelab: 1
name: cdn
run: {duration_s: 3000, warmup_s: 0}
components:
  - {id: users, kind: clients, rate_rps: 2000, mix: {read: 0.3, static: 0.7}, assets: {count: 100000, zipf: 0.9}}
  - {id: cdn, kind: cdn, ttl_s: 60}
  - {id: web, kind: web_server, workers: 128, service_ms: {dist: exponential, mean: 2}}
links:
  - {from: users, to: cdn, latency_ms: 5, kinds: [static]}
  - {from: users, to: web, latency_ms: 60}
  - {from: cdn, to: web, latency_ms: 60}
)");
}

Scenario stickySessions()
{
    return scenarioFrom(R"(scalelab: 1
name: sessions
run: {duration_s: 3000, warmup_s: 0}
components:
  - {id: users, kind: clients, users: 1000000, rate_rps: 2000}
  - {id: lb, kind: load_balancer, algorithm: sticky}
  - {id: web1, kind: web_server, session: local, workers: 32, service_ms: {dist: exponential, mean: 2}}
  - {id: web2, kind: web_server, session: local, workers: 32, service_ms: {dist: exponential, mean: 2}}
  - {id: web3, kind: web_server, session: store, workers: 32, service_ms: {dist: exponential, mean: 2}}
  - {id: store, kind: session_store}
links:
  - {from: users, to: lb}
  - {from: lb, to: web1}
  - {from: lb, to: web2}
  - {from: lb, to: web3}
  - {from: web3, to: store}
)");
}

Scenario queuedWork()
{
    // Two web servers publish the async share to a queue; two consumers pull from it near
    // their capacity (rho 0.9), so messages wait and every delivery is a pull.
    return scenarioFrom(R"(scalelab: 1
name: queue
run: {duration_s: 3000, warmup_s: 0}
components:
  - {id: users, kind: clients, rate_rps: 2000, mix: {read: 0.5, async: 0.5}}
  - {id: lb, kind: load_balancer}
  - {id: web1, kind: web_server, workers: 64, service_ms: {dist: exponential, mean: 2}}
  - {id: web2, kind: web_server, workers: 64, service_ms: {dist: exponential, mean: 2}}
  - {id: q, kind: queue, capacity: 1000000}
  - {id: c1, kind: service, workers: 9, capacity: 100, service_ms: {dist: exponential, mean: 16}}
  - {id: c2, kind: service, workers: 9, capacity: 100, service_ms: {dist: exponential, mean: 16}}
links:
  - {from: users, to: lb}
  - {from: lb, to: web1}
  - {from: lb, to: web2}
  - {from: web1, to: q, kinds: [async]}
  - {from: web2, to: q, kinds: [async]}
  - {from: q, to: c1}
  - {from: q, to: c2}
)");
}

Scenario twoRegions()
{
    // Users in two regions behind a geoDNS; each data center publishes the async share to
    // its own queue; the database replicates across the ocean. The us-east data center
    // fails half-way, so its users move and the replica is promoted.
    return scenarioFrom(R"(scalelab: 1
name: two regions
run: {duration_s: 3000, warmup_s: 0}
components:
  - {id: us, kind: clients, users: 100000, rate_rps: 1000, mix: {read: 0.6, write: 0.1, async: 0.3}, region: us-east}
  - {id: eu, kind: clients, users: 100000, rate_rps: 1000, mix: {read: 0.6, write: 0.1, async: 0.3}, region: europe}
  - {id: dns, kind: geo_dns, ttl_s: 30, health_check_s: 5, workers: 256, capacity: 100000}
  - {id: lb1, kind: load_balancer}
  - {id: web1, kind: web_server, workers: 64, service_ms: {dist: exponential, mean: 2}}
  - {id: q1, kind: queue, capacity: 1000000}
  - {id: c1, kind: service, workers: 16, capacity: 100, service_ms: {dist: exponential, mean: 16}}
  - {id: db1, kind: database, workers: 64, replication: {mode: async}, failover_s: 10}
  - {id: lb2, kind: load_balancer}
  - {id: web2, kind: web_server, workers: 64, service_ms: {dist: exponential, mean: 2}}
  - {id: q2, kind: queue, capacity: 1000000}
  - {id: c2, kind: service, workers: 16, capacity: 100, service_ms: {dist: exponential, mean: 16}}
  - {id: db2, kind: database, workers: 64, replica_of: db1}
links:
  - {from: us, to: dns}
  - {from: eu, to: dns}
  - {from: dns, to: lb1}
  - {from: dns, to: lb2}
  - {from: lb1, to: web1}
  - {from: lb2, to: web2}
  - {from: web1, to: q1, kinds: [async]}
  - {from: web2, to: q2, kinds: [async]}
  - {from: q1, to: c1}
  - {from: q2, to: c2}
  - {from: web1, to: db1, kinds: [read, write]}
  - {from: web1, to: db2, kinds: [write]}
  - {from: web2, to: db2, kinds: [read, write]}
  - {from: web2, to: db1, kinds: [write]}
faults:
  - {at_s: 1500, component: dc1, action: fail}
groups:
  - {id: dc1, kind: data_center, region: us-east, members: [lb1, web1, q1, c1, db1]}
  - {id: dc2, kind: data_center, region: europe, members: [lb2, web2, q2, c2, db2]}
)");
}

Scenario autoscaledDay()
{
    return scenarioFrom(R"(scalelab: 1
name: autoscaling
run: {duration_s: 3000, warmup_s: 0}
components:
  - {id: users, kind: clients, users: 100000, curve: [{t_s: 0, rate_rps: 500}, {t_s: 1500, rate_rps: 5000}, {t_s: 3000, rate_rps: 500}]}
  - {id: lb, kind: load_balancer}
  - {id: web1, kind: web_server, workers: 8, service_ms: {dist: exponential, mean: 10}}
links:
  - {from: users, to: lb}
  - {from: lb, to: web1}
groups:
  - {id: fleet, kind: autoscaling, members: [web1], scaling: {min: 1, max: 20, cooldown_s: 30, boot_s: 30}}
)");
}

/// CPU time of this thread: unlike wall time, not inflated when other processes share
/// the cores. On an idle machine the two agree.
double threadCpuSeconds()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return static_cast<double>(ts.tv_sec) + 1e-9 * static_cast<double>(ts.tv_nsec);
}

struct Rate {
    double perWallSecond;
    double perCpuSecond;
};

Rate eventsPerSecond(const Scenario &scenario, double scale, std::uint64_t seed)
{
    Scenario s = scenario;
    s.run.duration_s *= scale;
    Simulation sim(s, seed);
    const double cpuStart = threadCpuSeconds();
    const auto start = std::chrono::steady_clock::now();
    sim.run();
    const double wall =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    const double cpu = threadCpuSeconds() - cpuStart;
    const auto events = static_cast<double>(sim.eventsProcessed());
    return {events / wall, events / cpu};
}

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    const std::size_t n = v.size();
    return n % 2 ? v[n / 2] : 0.5 * (v[n / 2 - 1] + v[n / 2]);
}

long residentKiB()
{
    std::ifstream status("/proc/self/status");
    std::string line;
    while (std::getline(status, line))
        if (line.rfind("VmRSS:", 0) == 0)
            return std::strtol(line.c_str() + 6, nullptr, 10);
    return -1;
}

/// Memory per request in flight: 200,000 requests parked on a slow link (below the
/// kernel's ceiling of requests held).
double bytesPerInFlightRequest(std::size_t &inFlight)
{
    const Scenario s = scenarioFrom(R"(scalelab: 1
run: {duration_s: 30, warmup_s: 0}
components:
  - {id: a, kind: service, workers: 100000, capacity: unbounded, service_ms: {dist: constant, mean: 0}}
  - {id: b, kind: service, workers: 100000, capacity: unbounded, service_ms: {dist: constant, mean: 0}}
  - {id: users, kind: clients, rate_rps: 100000, arrival: constant}
links:
  - {from: a, to: b, latency_ms: 20000}
  - {from: users, to: a, latency_ms: 0}
)"); // 20 s on the wire
    const long before = residentKiB();
    Simulation sim(s, 1);
    sim.runUntil(2.0);
    inFlight = sim.requestsInFlight();
    const long after = residentKiB();
    return inFlight ? 1024.0 * static_cast<double>(after - before) / static_cast<double>(inFlight)
                    : 0.0;
}

} // namespace

int benchCommand(int argc, char **argv)
{
    bool quick = false;
    bool overload = false;
    OverloadOptions overloadOptions;
    bool peakHour = false;
    PeakHourOptions peakOptions;
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--quick") == 0) {
            quick = true;
        } else if (std::strcmp(argv[i], "--overload") == 0) {
            overload = true;
        } else if (std::strcmp(argv[i], "--unbounded") == 0) {
            overloadOptions.unbounded = true;
        } else if (std::strcmp(argv[i], "--peak-hour") == 0) {
            peakHour = true;
            if (i + 1 < argc && argv[i + 1][0] != '-')
                peakOptions.file = argv[++i];
        } else {
            std::fprintf(stderr, "scalelab bench: %s\n%s",
                         qPrintable(QCoreApplication::translate("scalelab::BenchCommand",
                                                                "unknown option '%1'")
                                        .arg(QString::fromLocal8Bit(argv[i]))),
                         usage::synopsis("bench").c_str());
            return 1;
        }
    }
    if (peakHour) {
        if (quick)
            peakOptions.seconds = 120;
        return benchPeakHour(peakOptions);
    }
    if (overload || overloadOptions.unbounded) {
        if (quick)
            overloadOptions.seconds = 120;
        return benchOverload(overloadOptions);
    }
    const int runs = quick ? 1 : 5;
    const double scale = quick ? 0.02 : 1.0;
    std::printf("ScaleLab kernel benchmark (median of %d runs)\n", runs);
    struct Case {
        const char *label;
        Scenario scenario;
        double target;
    };
    const Case cases[] = {{"single M/M/1 station", singleStation(), 10e6},
                          {"balancer + 4 web servers + database", balancedWebTier(), 3e6},
                          {"LRU cache (100k of 1M keys) + database", cachedReads(), 3e6},
                          {"web + cache + primary and 2 replicas", cachedReplicatedReads(), 3e6},
                          {"CDN (TTL edge, 100k assets) + origin", cdnInFront(), 3e6},
                          {"Sticky balancer, 1M users' sessions", stickySessions(), 3e6},
                          {"Autoscaling group, 1-20 servers a day", autoscaledDay(), 3e6},
                          {"web tier + message queue + 2 consumers", queuedWork(), 3e6},
                          {"two regions, geoDNS, queues, replication", twoRegions(), 3e6}};
    std::printf("  %-38s %16s %16s\n", "", "per CPU second", "per wall second");
    std::fflush(stdout);
    ProgressBar progress("scalelab bench");
    int done = 0;
    const int total = runs * static_cast<int>(std::size(cases));
    for (const Case &c : cases) {
        std::vector<double> wall;
        std::vector<double> cpu;
        for (int r = 0; r < runs; ++r) {
            progress.update(static_cast<double>(done++) / total);
            const Rate rate = eventsPerSecond(c.scenario, scale, 1000 + static_cast<unsigned>(r));
            wall.push_back(rate.perWallSecond);
            cpu.push_back(rate.perCpuSecond);
        }
        progress.clear();
        const double m = median(cpu);
        std::printf("  %-38s %7.2f million %7.2f million events/s  (target %.0f million per CPU "
                    "second: %s)\n",
                    c.label, m / 1e6, median(wall) / 1e6, c.target / 1e6,
                    m >= c.target ? "met" : "NOT met");
    }
    std::size_t inFlight = 0;
    const double perRequest = bytesPerInFlightRequest(inFlight);
    std::printf("  memory per request in flight: %.0f bytes (%zu in flight; request slot %zu "
                "bytes + its pending event)\n",
                perRequest, inFlight, Simulation::bytesPerRequest());
    return 0;
}

} // namespace scalelab
