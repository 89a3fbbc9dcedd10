// `scalelab bench`: how fast the simulation kernel is, as medians of several runs.
// Figures go to docs/benchmarks.md; run on demand, never as a timed unit test.
#include "cli/commands.h"
#include "sim/simulation.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <ctime>
#include <fstream>
#include <string>
#include <vector>

namespace scalelab {

namespace {

/// Users sending `rate` requests per second straight to `entry`.
void addUsers(Scenario &s, const std::string &entry, double rate,
              ArrivalProcess arrival = ArrivalProcess::Poisson)
{
    Component users = defaultComponent(ComponentKind::Clients, "users");
    users.as<ClientsParams>().rate_rps = rate;
    users.as<ClientsParams>().arrival = arrival;
    s.components.push_back(users);
    s.links.push_back({"users", entry, 1.0, 0.0, {}});
}

Scenario singleStation()
{
    Scenario s;
    s.name = "M/M/1, utilization 0.8";
    s.run = {2.0e5, 0.0};
    Component c = defaultComponent(ComponentKind::Service, "server");
    c.workers = 1;
    c.service_ms = Distribution::exponential(10.0);
    s.components.push_back(c);
    addUsers(s, "server", 80);
    return s;
}

Scenario balancedWebTier()
{
    Scenario s;
    s.name = "balancer + 4 web servers + database";
    s.run = {2.0e4, 0.0};
    Component lb = defaultComponent(ComponentKind::LoadBalancer, "lb");
    lb.workers = 64;
    lb.service_ms = Distribution::constant(0.1);
    lb.as<LoadBalancerParams>().health_check.interval_s = 5;
    s.components.push_back(lb);
    Component db = defaultComponent(ComponentKind::Database, "db");
    db.workers = 8;
    db.as<DatabaseParams>().read_ms = Distribution::exponential(5.0);
    s.components.push_back(db);
    for (int i = 1; i <= 4; ++i) {
        Component w = defaultComponent(ComponentKind::WebServer, "web" + std::to_string(i));
        w.workers = 8;
        w.service_ms = Distribution::exponential(20.0);
        s.components.push_back(w);
        s.links.push_back({"lb", w.id, 1.0, 0.2, {}});
        s.links.push_back({w.id, "db", 0.5, 0.5, {}});
    }
    addUsers(s, "lb", 600);
    return s;
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

/// Memory per request in flight: a million requests parked on a slow link.
double bytesPerInFlightRequest(std::size_t &inFlight)
{
    Scenario s;
    s.run = {30.0, 0.0};
    Component a = defaultComponent(ComponentKind::Service, "a");
    a.workers = 100000;
    a.service_ms = Distribution::constant(0.0);
    Component b = a;
    b.id = "b";
    s.components = {a, b};
    s.links.push_back({"a", "b", 1.0, 20000.0, {}}); // 20 s on the wire
    addUsers(s, "a", 100000, ArrivalProcess::Constant);
    const long before = residentKiB();
    Simulation sim(s, 1);
    sim.runUntil(10.0);
    inFlight = sim.requestsInFlight();
    const long after = residentKiB();
    return inFlight ? 1024.0 * static_cast<double>(after - before) / static_cast<double>(inFlight)
                    : 0.0;
}

} // namespace

int benchCommand(int argc, char **argv)
{
    bool quick = false;
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--quick") == 0) {
            quick = true;
        } else {
            std::fprintf(stderr,
                         "scalelab bench: unknown option '%s'\nusage: scalelab bench "
                         "[--quick]\n",
                         argv[i]);
            return 1;
        }
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
                          {"balancer + 4 web servers + database", balancedWebTier(), 3e6}};
    std::printf("  %-38s %16s %16s\n", "", "per CPU second", "per wall second");
    for (const Case &c : cases) {
        std::vector<double> wall;
        std::vector<double> cpu;
        for (int r = 0; r < runs; ++r) {
            const Rate rate = eventsPerSecond(c.scenario, scale, 1000 + static_cast<unsigned>(r));
            wall.push_back(rate.perWallSecond);
            cpu.push_back(rate.perCpuSecond);
        }
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
