// Stage 11's figures in the JSON output and the readable report.
#include "sim/observability_result.h"
#include "sim/run_result.h"

#include <iomanip>
#include <ostream>

namespace scalelab {

namespace {

void writeTiers(std::ostream &out, const char *key, const std::vector<TierResult> &tiers)
{
    if (tiers.empty())
        return;
    out << "  " << jsonQuoted(key) << ": {";
    for (std::size_t i = 0; i < tiers.size(); ++i) {
        const TierResult &t = tiers[i];
        out << (i ? ",\n    " : "\n    ") << jsonQuoted(t.name) << ": {\"members\": " << t.members
            << ", \"throughput_rps\": " << jsonNumber(t.throughputRps)
            << ", \"p95_ms\": " << jsonNumber(t.p95Ms)
            << ", \"error_rate\": " << jsonNumber(t.errorRate)
            << ", \"utilization\": " << jsonNumber(t.utilization) << ", \"served\": " << t.served
            << ", \"errors\": " << t.errors << "}";
    }
    out << "\n  },\n";
}

} // namespace

void writeObservabilityJson(std::ostream &out, const RunResult &r)
{
    writeTiers(out, "tiers", r.tiers);
    writeTiers(out, "groups", r.groupTiers);
    const BusinessResult &b = r.business;
    out << "  \"business\": {\"users_seen\": " << jsonNumber(b.usersSeen)
        << ", \"daily_active_users\": " << jsonNumber(b.dailyActiveUsers)
        << ", \"requests_served\": " << b.requestsServed
        << ", \"revenue_per_request\": " << jsonNumber(b.revenuePerRequest)
        << ", \"revenue_per_hour\": " << jsonNumber(b.revenuePerHour)
        << ", \"cost_per_hour\": " << jsonNumber(b.costPerHour)
        << ", \"margin_per_hour\": " << jsonNumber(b.marginPerHour) << "},\n";
    if (r.alerts.empty())
        return;
    out << "  \"alerts\": {";
    for (std::size_t i = 0; i < r.alerts.size(); ++i) {
        const AlertResult &a = r.alerts[i];
        out << (i ? ",\n    " : "\n    ") << jsonQuoted(a.name)
            << ": {\"metric\": " << jsonQuoted(a.metric) << ", "
            << (a.above ? "\"above\"" : "\"below\"") << ": " << jsonNumber(a.threshold)
            << ", \"for_s\": " << jsonNumber(a.forS) << ", \"fired\": " << a.fired
            << ", \"resolved\": " << a.resolved
            << ", \"first_fired_s\": " << jsonNumber(a.firstFiredS)
            << ", \"firing_s\": " << jsonNumber(a.firingS)
            << ", \"firing_at_end\": " << (a.firing ? "true" : "false") << "}";
    }
    out << "\n  },\n";
}

void writeObservabilityReport(std::ostream &out, const RunResult &r)
{
    const auto flags = out.flags();
    out << std::fixed;
    if (!r.tiers.empty() || !r.groupTiers.empty())
        out << "\ntier            members  throughput/s   p95 ms   errors %   util %\n";
    for (const auto *list : {&r.tiers, &r.groupTiers})
        for (const TierResult &t : *list)
            out << std::left << std::setw(16) << t.name << std::right << std::setw(7) << t.members
                << std::setprecision(1) << std::setw(14) << t.throughputRps << std::setprecision(2)
                << std::setw(9) << t.p95Ms << std::setw(11) << 100.0 * t.errorRate
                << std::setprecision(1) << std::setw(9) << 100.0 * t.utilization << "\n";
    const BusinessResult &b = r.business;
    out << std::setprecision(0) << "\nBusiness       daily active users " << b.dailyActiveUsers
        << " (" << b.usersSeen << " seen)   requests served " << b.requestsServed;
    if (b.revenuePerRequest > 0)
        out << std::setprecision(2) << "   revenue $" << b.revenuePerHour << "/h   cost $"
            << b.costPerHour << "/h   margin $" << b.marginPerHour << "/h";
    out << "\n";
    for (const AlertResult &a : r.alerts) {
        out << "Alert " << a.name << "   fired " << a.fired << " times";
        if (a.fired)
            out << std::setprecision(0) << ", first at " << a.firstFiredS << " s, " << a.firingS
                << " s firing" << (a.firing ? " (firing at the end)" : "");
        out << "\n";
    }
    out.flags(flags);
}

} // namespace scalelab
