// The report and the JSON form of a run's results.
#include "sim/run_result.h"

#include <charconv>
#include <cmath>
#include <cstdio>
#include <iomanip>
#include <sstream>

namespace scalelab {

const ComponentResult::Figure *ComponentResult::figure(std::string_view key) const
{
    for (const Figure &f : figures)
        if (f.key == key)
            return &f;
    return nullptr;
}

const ComponentResult *RunResult::component(const std::string &id) const
{
    for (const ComponentResult &c : components)
        if (c.id == id)
            return &c;
    return nullptr;
}

std::string jsonNumber(double v)
{
    if (!std::isfinite(v))
        return "null";
    char buf[64];
    const auto res = std::to_chars(buf, buf + sizeof buf, v);
    return std::string(buf, res.ptr);
}

namespace {

std::string number(double v)
{
    return jsonNumber(v);
}

void writeLatency(std::ostream &out, const LatencySummary &l)
{
    out << "{\"count\": " << l.count << ", \"mean\": " << number(l.mean)
        << ", \"p50\": " << number(l.p50) << ", \"p95\": " << number(l.p95)
        << ", \"p99\": " << number(l.p99) << ", \"max\": " << number(l.max)
        << ", \"ci95\": " << number(l.ci95) << ", \"ci99\": " << number(l.ci99) << "}";
}

} // namespace

std::string jsonQuoted(const std::string &s)
{
    std::string out = "\"";
    for (char ch : s) {
        const auto c = static_cast<unsigned char>(ch);
        if (c == '"' || c == '\\') {
            out += '\\';
            out += ch;
        } else if (c < 0x20) {
            char esc[8];
            std::snprintf(esc, sizeof esc, "\\u%04x", c);
            out += esc;
        } else {
            out += ch;
        }
    }
    return out + "\"";
}

void writeJson(std::ostream &out, const RunResult &r)
{
    out << "{\n";
    out << "  \"name\": " << jsonQuoted(r.name) << ",\n";
    out << "  \"seed\": " << r.seed << ",\n";
    out << "  \"simulated_s\": " << number(r.simulatedS) << ",\n";
    out << "  \"measured_s\": " << number(r.measuredS) << ",\n";
    out << "  \"events\": " << r.events << ",\n";
    out << "  \"wall_s\": " << number(r.wallS) << ",\n"; // the one line that varies
    // latency_ms: the overall figures, then by_kind: the same per request kind that ran.
    std::ostringstream overall;
    writeLatency(overall, r.latency);
    std::string text = overall.str();
    text.pop_back(); // its closing brace
    out << "  \"latency_ms\": " << text << ", \"by_kind\": {";
    bool first = true;
    for (int k = 0; k < kRequestKindCount; ++k) {
        const LatencySummary &l = r.latencyByKind[static_cast<std::size_t>(k)];
        if (l.count == 0)
            continue;
        out << (first ? "\n    " : ",\n    ") << jsonQuoted(toString(static_cast<RequestKind>(k)))
            << ": ";
        writeLatency(out, l);
        first = false;
    }
    out << (first ? "}" : "\n  }");
    if (!r.regions.empty()) {
        out << ", \"by_region\": {";
        for (std::size_t i = 0; i < r.regions.size(); ++i) {
            out << (i ? ",\n    " : "\n    ") << jsonQuoted(r.regions[i].name) << ": ";
            writeLatency(out, r.regions[i].latency);
        }
        out << "\n  }";
    }
    out << "},\n";
    out << "  \"requests\": {\"arrived\": " << r.arrived << ", \"completed\": " << r.completed
        << ", \"failed\": " << r.failed << ", \"by_cause\": {";
    for (int c = 0; c < kFailureCauseCount; ++c)
        out << (c ? ", " : "") << jsonQuoted(toString(static_cast<FailureCause>(c))) << ": "
            << r.byCause[static_cast<std::size_t>(c)];
    out << "}, \"database_reads\": " << r.databaseReads << ", \"stale_reads\": " << r.staleReads
        << ", \"stale_read_ratio\": " << number(r.staleReadRatio())
        << ", \"lost_writes\": " << r.lostWrites << ", \"recovered_writes\": " << r.recoveredWrites
        << "},\n";
    if (r.sessionsKept)
        out << "  \"sessions\": {\"logins\": " << r.logins << ", \"logged_out\": " << r.loggedOut
            << ", \"dropped\": " << r.sessionsDropped << ", \"active\": " << r.sessionsActive
            << "},\n";
    out << "  \"availability\": " << number(r.availability) << ",\n";
    out << "  \"throughput_rps\": " << number(r.throughputRps) << ",\n";
    out << "  \"cost_per_hour\": " << number(r.costPerHour) << ",\n";
    if (!r.regions.empty()) {
        out << "  \"regions\": {";
        for (std::size_t i = 0; i < r.regions.size(); ++i) {
            const RegionResult &g = r.regions[i];
            out << (i ? ",\n    " : "\n    ") << jsonQuoted(g.name)
                << ": {\"completed\": " << g.completed << ", \"failed\": " << g.failed
                << ", \"availability\": " << number(g.availability)
                << ", \"cost_per_hour\": " << number(g.costPerHour) << "}";
        }
        out << "\n  },\n";
    }
    if (!r.dataCenters.empty()) {
        out << "  \"data_centers\": {";
        for (std::size_t i = 0; i < r.dataCenters.size(); ++i) {
            const DataCenterResult &d = r.dataCenters[i];
            out << (i ? ",\n    " : "\n    ") << jsonQuoted(d.id)
                << ": {\"region\": " << jsonQuoted(d.region) << ", \"components\": " << d.components
                << ", \"cost_per_hour\": " << number(d.costPerHour) << "}";
        }
        out << "\n  },\n";
    }
    if (!r.autoscaling.empty()) {
        out << "  \"cost_per_hour_mean\": " << number(r.costPerHourMean) << ",\n";
        out << "  \"autoscaling\": {";
        for (std::size_t i = 0; i < r.autoscaling.size(); ++i) {
            const AutoscalingResult &a = r.autoscaling[i];
            out << (i ? ",\n    " : "\n    ") << jsonQuoted(a.group)
                << ": {\"scale_outs\": " << a.scaleOuts << ", \"scale_ins\": " << a.scaleIns
                << ", \"servers\": {\"min\": " << a.serversMin << ", \"max\": " << a.serversMax
                << ", \"mean\": " << number(a.serversMean) << ", \"end\": " << a.serversEnd
                << "}, \"cost_per_hour_mean\": " << number(a.costPerHourMean) << "}";
        }
        out << "\n  },\n";
    }
    writeObservabilityJson(out, r);
    out << "  \"components\": {";
    for (std::size_t i = 0; i < r.components.size(); ++i) {
        const ComponentResult &c = r.components[i];
        out << (i ? ",\n    " : "\n    ") << jsonQuoted(c.id)
            << ": {\"kind\": " << jsonQuoted(toString(c.kind))
            << ", \"utilization\": " << number(c.utilization)
            << ", \"mean_response_ms\": " << number(c.meanResponseMs)
            << ", \"mean_queue_length\": " << number(c.meanQueueLength)
            << ", \"mean_in_system\": " << number(c.meanInSystem) << ", \"arrived\": " << c.arrived
            << ", \"served\": " << c.served << ", \"rejected\": " << c.rejected
            << ", \"timed_out\": " << c.timedOut << ", \"failed\": " << c.failed
            << ", \"blocking_probability\": " << number(c.blockingProbability)
            << ", \"availability\": " << number(c.availability)
            << ", \"cost_per_hour\": " << number(c.costPerHour);
        // "a.b" keys in a row are one object a: {b: ...}.
        std::string open;
        for (const ComponentResult::Figure &f : c.figures) {
            const auto dot = f.key.find('.');
            const std::string group = dot == std::string::npos ? "" : f.key.substr(0, dot);
            if (!open.empty() && group != open)
                out << "}";
            if (!group.empty() && group != open)
                out << ", " << jsonQuoted(group) << ": {";
            else
                out << ", ";
            out << jsonQuoted(group.empty() ? f.key : f.key.substr(dot + 1)) << ": ";
            open = group;
            if (f.integer)
                out << static_cast<std::uint64_t>(f.value);
            else
                out << number(f.value);
        }
        if (!open.empty())
            out << "}";
        out << "}";
    }
    out << (r.components.empty() ? "},\n" : "\n  },\n");
    out << "  \"log\": [";
    for (std::size_t i = 0; i < r.log.size(); ++i)
        out << (i ? ",\n    " : "\n    ") << "{\"t_s\": " << number(r.log[i].t_s)
            << ", \"component\": " << jsonQuoted(r.log[i].component)
            << ", \"what\": " << jsonQuoted(r.log[i].what) << "}";
    out << (r.log.empty() ? "]\n" : "\n  ]\n");
    out << "}\n";
}

void writeReport(std::ostream &out, const RunResult &r)
{
    const auto flags = out.flags();
    out << std::fixed;
    out << "Scenario: " << r.name << "  (seed " << r.seed << ")\n";
    out << std::setprecision(1) << "Simulated " << r.simulatedS << " s, measured the last "
        << r.measuredS << " s; " << r.events << " events in " << std::setprecision(3) << r.wallS
        << " s wall\n\n";
    out << std::setprecision(2);
    out << "Latency (ms)   mean " << r.latency.mean << " ± " << r.latency.ci95 << " (95% CI)"
        << "   p50 " << r.latency.p50 << "   p95 " << r.latency.p95 << "   p99 " << r.latency.p99
        << "   max " << r.latency.max << "\n";
    out << "Requests       arrived " << r.arrived << "   completed " << r.completed << "   failed "
        << r.failed;
    for (int c = 0; c < kFailureCauseCount; ++c)
        if (r.byCause[static_cast<std::size_t>(c)])
            out << "   " << toString(static_cast<FailureCause>(c)) << " "
                << r.byCause[static_cast<std::size_t>(c)];
    out << "\n";
    if (r.staleReads || r.lostWrites)
        out << "Data           stale reads " << r.staleReads << " of " << r.databaseReads
            << " database reads   lost writes " << r.lostWrites << "   recovered "
            << r.recoveredWrites << "\n";
    if (r.sessionsKept)
        out << "Sessions       logins " << r.logins << "   logged out " << r.loggedOut
            << "   lost with their server " << r.sessionsDropped << "   held at the end "
            << r.sessionsActive << "\n";
    for (const RegionResult &g : r.regions)
        out << std::setprecision(2) << "Region " << g.name << "   p50 " << g.latency.p50
            << "   p95 " << g.latency.p95 << "   p99 " << g.latency.p99 << " ms   completed "
            << g.completed << "   failed " << g.failed << "   cost $" << g.costPerHour
            << " per hour\n";
    out << std::setprecision(4) << "Availability   " << 100.0 * r.availability << " %\n";
    out << std::setprecision(1) << "Throughput     " << r.throughputRps << " requests/s\n";
    if (r.costPerHour > 0 && r.autoscaling.empty())
        out << std::setprecision(2) << "Cost           $" << r.costPerHour << " per hour\n";
    if (!r.autoscaling.empty())
        out << std::setprecision(2) << "Cost           $" << r.costPerHourMean
            << " per hour on average ($" << r.costPerHour << " at the end)\n";
    for (const AutoscalingResult &a : r.autoscaling)
        out << std::setprecision(1) << "Autoscaling    " << a.group << ": " << a.serversMin
            << " to " << a.serversMax << " servers (mean " << a.serversMean << "), " << a.scaleOuts
            << " added, " << a.scaleIns << " removed\n";
    out << "\n"
        << std::left << std::setw(16) << "component" << std::setw(15) << "kind" << std::right
        << std::setw(8) << "util %" << std::setw(11) << "resp ms" << std::setw(9) << "queue"
        << std::setw(11) << "arrived" << std::setw(10) << "rejected" << std::setw(9) << "failed"
        << "\n";
    for (const ComponentResult &c : r.components)
        out << std::left << std::setw(16) << c.id << std::setw(15) << toString(c.kind) << std::right
            << std::setprecision(1) << std::setw(8) << 100.0 * c.utilization << std::setprecision(2)
            << std::setw(11) << c.meanResponseMs << std::setw(9) << c.meanQueueLength
            << std::setw(11) << c.arrived << std::setw(10) << c.rejected << std::setw(9)
            << c.failed + c.timedOut << "\n";
    for (const ComponentResult &c : r.components) {
        if (c.figures.empty())
            continue;
        out << std::left << std::setw(16) << c.id << std::right;
        for (std::size_t i = 0; i < c.figures.size(); ++i) {
            const ComponentResult::Figure &f = c.figures[i];
            out << (i ? ", " : "") << f.key << " ";
            if (f.integer)
                out << static_cast<std::uint64_t>(f.value);
            else
                out << std::setprecision(4) << f.value;
        }
        out << "\n";
    }
    writeObservabilityReport(out, r);
    if (!r.log.empty()) {
        out << "\nEvents\n";
        const std::size_t shown = std::min<std::size_t>(r.log.size(), 40);
        for (std::size_t i = 0; i < shown; ++i)
            out << std::setprecision(3) << std::setw(12) << r.log[i].t_s << " s  "
                << r.log[i].component << ": " << r.log[i].what << "\n";
        if (shown < r.log.size())
            out << "  ... and " << r.log.size() - shown << " more\n";
    }
    out.flags(flags);
}

} // namespace scalelab
