// `scalelab bench --peak-hour`: the million-user design (or any) held at its busiest
// moment for an hour of simulated time, on one core. The chapter's finale must simulate
// faster than real time; this prints the ratio. Figures go to docs/benchmarks.md.
#include "cli/bench_peak.h"

#include "scenario/scenario_io.h"
#include "sim/kinds/clients.h"
#include "sim/simulation.h"

#include <chrono>
#include <cstdio>
#include <ctime>
#include <set>

namespace scalelab {

namespace {

double cpuSeconds()
{
    timespec ts{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return static_cast<double>(ts.tv_sec) + 1e-9 * static_cast<double>(ts.tv_nsec);
}

} // namespace

int benchPeakHour(const PeakHourOptions &options)
{
    const std::string file = options.file.empty()
                                 ? std::string(SCALELAB_EXAMPLES_DIR) + "/13-millions.yaml"
                                 : options.file;
    const LoadResult loaded = loadScenarioFile(file);
    if (!loaded.ok()) {
        std::fprintf(stderr, "%s\n", loaded.message().c_str());
        return 2;
    }
    Scenario s = *loaded.scenario;
    // The busiest moment: the curves are linear between their points, so the total peaks at
    // one of them.
    std::set<double> times{0.0};
    for (const Component &c : s.components)
        if (const auto *p = std::get_if<ClientsParams>(&c.params))
            for (const RatePoint &pt : p->curve)
                times.insert(pt.t_s);
    double peakT = 0, peak = -1;
    std::uint64_t users = 0;
    for (double t : times) {
        double total = 0;
        for (const Component &c : s.components)
            if (const auto *p = std::get_if<ClientsParams>(&c.params))
                total += clientsRateAt(*p, t);
        if (total > peak) {
            peak = total;
            peakT = t;
        }
    }
    for (Component &c : s.components)
        if (auto *p = std::get_if<ClientsParams>(&c.params)) {
            p->rate_rps = clientsRateAt(*p, peakT);
            p->curve.clear();
            users += static_cast<std::uint64_t>(p->users);
        }
    s.faults.clear();
    s.run.duration_s = options.seconds;
    s.run.warmup_s = std::min(s.run.warmup_s, options.seconds / 10.0);
    std::printf("Peak hour: %s, %llu users held at its busiest moment (%.0f requests/s, "
                "t = %.0f s of its curve) for %.0f simulated s, one core, no faults\n",
                file.c_str(), static_cast<unsigned long long>(users), peak, peakT, options.seconds);
    std::fflush(stdout);
    const double cpu0 = cpuSeconds();
    const auto start = std::chrono::steady_clock::now();
    Simulation sim(s);
    sim.run();
    const double wall =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    const double cpu = cpuSeconds() - cpu0;
    const RunResult r = sim.result();
    std::printf("  wall %.1f s, CPU %.1f s, %.1f million events (%.2f million per CPU second)\n",
                wall, cpu, static_cast<double>(sim.eventsProcessed()) / 1e6,
                static_cast<double>(sim.eventsProcessed()) / 1e6 / std::max(cpu, 1e-9));
    std::printf("  %.0f requests/s served, p99 %.1f ms, availability %.5f\n", r.throughputRps,
                r.latency.p99, r.availability);
    const double ratio = options.seconds / std::max(cpu, 1e-9);
    std::printf("  %.1fx faster than real time per CPU second (%.1fx by the wall clock): %s\n",
                ratio, options.seconds / std::max(wall, 1e-9),
                ratio >= 1.0 ? "faster than real time" : "SLOWER than real time");
    return ratio >= 1.0 ? 0 : 1;
}

} // namespace scalelab
