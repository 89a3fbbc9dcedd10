// `scalelab bench --overload`: the stage-4 design far beyond its capacity for an hour of
// simulated time. It proves that memory stays bounded and that every refused request is
// counted by its cause; figures go to docs/benchmarks.md.
#include "cli/bench_overload.h"

#include "scenario/scenario_io.h"
#include "sim/simulation.h"

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <string>

namespace scalelab {

namespace {

/// The peak resident memory of this process so far, in KiB (VmHWM), or -1.
long peakResidentKiB()
{
    std::ifstream status("/proc/self/status");
    std::string line;
    while (std::getline(status, line))
        if (line.rfind("VmHWM:", 0) == 0)
            return std::strtol(line.c_str() + 6, nullptr, 10);
    return -1;
}

} // namespace

int benchOverload(const OverloadOptions &options)
{
    const std::string file = std::string(SCALELAB_EXAMPLES_DIR) + "/04-load-balancer.yaml";
    const LoadResult loaded = loadScenarioFile(file);
    if (!loaded.ok()) {
        std::fprintf(stderr, "%s\n", loaded.message().c_str());
        return 2;
    }
    Scenario s = *loaded.scenario;
    // Two web servers of 16 workers, each request holding one for about 23 ms (20 ms of its
    // own, half of them a 5.5 ms database call): about 1,400 requests/s at most.
    constexpr double kCapacityRps = 1400.0;
    s.run.duration_s = options.seconds;
    for (Component &c : s.components) {
        if (auto *p = std::get_if<ClientsParams>(&c.params)) {
            p->rate_rps = options.factor * kCapacityRps;
            if (options.unbounded)
                p->timeout_ms.reset();
        } else if (options.unbounded) {
            c.capacity.reset();
        }
    }
    std::printf("Overload: %s at %.0fx its capacity (%.0f requests/s) for %.0f simulated s, "
                "%s\n",
                file.c_str(), options.factor, options.factor * kCapacityRps, options.seconds,
                options.unbounded ? "every capacity unbounded and no client timeout"
                                  : "default capacities and client timeout");
    const auto start = std::chrono::steady_clock::now();
    Simulation sim(s, 1);
    sim.run();
    const double wall =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    const RunResult r = sim.result();
    std::printf("  wall %.1f s, %llu events, peak RSS %.1f MB (VmHWM), simulator limit %s\n", wall,
                static_cast<unsigned long long>(sim.eventsProcessed()),
                static_cast<double>(peakResidentKiB()) / 1024.0,
                sim.limitReached() ? "reached" : "not reached");
    std::printf("  measured requests: arrived %llu, completed %llu, failed %llu\n",
                static_cast<unsigned long long>(r.arrived),
                static_cast<unsigned long long>(r.completed),
                static_cast<unsigned long long>(r.failed));
    std::uint64_t counted = r.completed;
    for (int c = 0; c < kFailureCauseCount; ++c) {
        const std::uint64_t n = r.byCause[static_cast<std::size_t>(c)];
        counted += n;
        std::printf("    %-16s %llu\n", toString(static_cast<FailureCause>(c)),
                    static_cast<unsigned long long>(n));
    }
    const std::uint64_t open = sim.requestsInFlight();
    std::printf("  completed + failed = %llu; %llu still in flight at the end; %s\n",
                static_cast<unsigned long long>(counted), static_cast<unsigned long long>(open),
                counted + open >= r.arrived ? "every request accounted for"
                                            : "REQUESTS UNACCOUNTED FOR");
    return 0;
}

} // namespace scalelab
