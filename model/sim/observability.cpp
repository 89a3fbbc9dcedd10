// Host, tier and business metrics and alerts (observability.h): their columns, the
// per-second samples, the alert rules' judgement and the report.
#include "sim/observability.h"

#include "scenario/number_text.h"
#include "scenario/validation_util.h"
#include "sim/simulation.h"

#include <cmath>
#include <cstdio>
#include <limits>

namespace scalelab {

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
constexpr const char *kAggregateColumns[] = {".throughput_rps", ".p95_ms", ".error_rate",
                                             ".utilization"};

std::uint64_t errorsOf(const StationStats &s)
{
    return s.rejected + s.timedOut + s.failed;
}

/// Three significant digits, for the event log.
std::string shortNumber(double v)
{
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.3g", v);
    return buf;
}

} // namespace

std::uint32_t Observability::aggregate(const std::string &name)
{
    const auto [it, added] =
        m_aggregateIndex.emplace(name, static_cast<std::uint32_t>(m_aggregates.size()));
    if (added)
        m_aggregates.push_back({name, {}, {}, {}});
    return it->second;
}

void Observability::configure(const Simulation &sim, const Scenario &design)
{
    const std::vector<Station> &stations = sim.stations();
    const std::size_t n = stations.size();
    m_memberOf.assign(n, {});
    m_requestKb.resize(n, 0);
    m_network.resize(n, 0);
    m_networkAtWarm.resize(n, 0);
    m_diskAtWarm.resize(n, 0);
    m_base.resize(n);
    for (Aggregate &a : m_aggregates)
        a.members.clear();
    const auto join = [&](std::uint32_t s, const std::string &name) {
        const std::uint32_t a = aggregate(name);
        m_aggregates[a].members.push_back(s);
        m_memberOf[s].push_back(a);
    };
    // Tiers in the order their kinds first appear, then the group boxes.
    for (const Component &c : design.components) {
        const int s = sim.stationOf(c.id);
        if (s < 0 || !stations[static_cast<std::size_t>(s)].queueing)
            continue;
        m_requestKb[static_cast<std::size_t>(s)] = c.request_kb;
        join(static_cast<std::uint32_t>(s), std::string("tier.") + toString(c.kind));
    }
    for (const Group &g : design.groups)
        for (const std::string &id : g.members)
            if (const int s = sim.stationOf(id);
                s >= 0 && stations[static_cast<std::size_t>(s)].queueing)
                join(static_cast<std::uint32_t>(s), "group." + g.id);
    m_population = static_cast<double>(std::max<long long>(1, totalUsers(design)));
    m_users.configure(static_cast<std::uint64_t>(m_population));
    m_revenuePerRequest = design.business.revenue_per_request;
    bool same = design.alerts.size() == m_alerts.size();
    for (std::size_t i = 0; same && i < m_alerts.size(); ++i)
        same = m_alerts[i].rule == design.alerts[i];
    if (!same) {
        // Rules changed (a live edit): they start again from nothing.
        m_alerts.clear();
        m_alertResults.clear();
        for (const Alert &rule : design.alerts) {
            m_alerts.push_back({rule});
            AlertResult res;
            res.name = rule.name;
            res.metric = rule.metric;
            res.above = rule.bound == AlertBound::Above;
            res.threshold = rule.value;
            res.forS = rule.for_s;
            m_alertResults.push_back(res);
        }
    }
}

void Observability::resetStats(const Simulation &sim)
{
    // Called before the stations' counters restart: the per-second bases move with them
    // (as the kernel's own do), so the second in which the warm-up ends is measured whole.
    // Unsigned counts wrap and unwrap exactly.
    for (Aggregate &a : m_aggregates)
        a.total.reset();
    const std::vector<Station> &stations = sim.stations();
    for (std::size_t s = 0; s < stations.size() && s < m_base.size(); ++s) {
        const StationStats &st = stations[s].stats;
        Base &b = m_base[s];
        b.busy -= st.busyArea;
        b.system -= st.systemArea;
        b.arrived -= st.arrived;
        b.served -= st.served;
        b.errors -= errorsOf(st);
        m_diskAtWarm[s] = stations[s].behavior->diskWrites();
        m_networkAtWarm[s] = m_network[s];
    }
    m_users.reset();
    m_userArrivals = 0;
    m_windowStart = sim.now();
}

void Observability::addColumns(TimeSeries &series, const Simulation &sim) const
{
    series.addColumn("users_seen");
    series.addColumn("daily_active_users");
    series.addColumn("cost_per_hour");
    if (m_revenuePerRequest > 0) {
        series.addColumn("revenue_per_hour");
        series.addColumn("margin_per_hour");
    }
    for (const Aggregate &a : m_aggregates)
        if (!a.members.empty())
            for (const char *what : kAggregateColumns)
                series.addColumn(a.name + what);
    for (const Station &st : sim.stations()) {
        if (st.removed || !st.queueing)
            continue;
        series.addColumn(st.id + ".memory_mb");
        series.addColumn(st.id + ".network_rps");
        if (st.behavior->hasDisk())
            series.addColumn(st.id + ".disk_writes_ps");
    }
}

bool Observability::columnsMissing(const TimeSeries &series) const
{
    for (const Aggregate &a : m_aggregates)
        if (!a.members.empty() && series.columnIndex(a.name + kAggregateColumns[0]) < 0)
            return true;
    return false;
}

void Observability::sample(Simulation &sim, const TimeSeries &series, std::vector<double> &row)
{
    const auto put = [&](const std::string &name, double v) {
        const std::ptrdiff_t c = series.columnIndex(name);
        if (c >= 0 && static_cast<std::size_t>(c) < row.size())
            row[static_cast<std::size_t>(c)] = v;
    };
    const std::vector<Station> &stations = sim.stations();
    for (std::size_t s = 0; s < stations.size() && s < m_base.size(); ++s) {
        const Station &st = stations[s];
        if (st.removed || !st.queueing)
            continue;
        const Base &b = m_base[s];
        put(st.id + ".memory_mb",
            (st.stats.systemArea - b.system) * m_requestKb[s] / 1024.0 + st.behavior->storedMb());
        put(st.id + ".network_rps", static_cast<double>(m_network[s] - b.network));
        if (st.behavior->hasDisk())
            put(st.id + ".disk_writes_ps", static_cast<double>(st.behavior->diskWrites() - b.disk));
    }
    sampleAggregates(sim, series, row);
    for (std::size_t s = 0; s < stations.size() && s < m_base.size(); ++s) {
        const StationStats &st = stations[s].stats;
        m_base[s] = {st.busyArea, st.systemArea, st.arrived,
                     st.served,   errorsOf(st),  stations[s].behavior->diskWrites(),
                     m_network[s]};
    }
    const double seen = m_users.count();
    put("users_seen", seen);
    put("daily_active_users", DistinctUsers::dailyActive(seen, static_cast<double>(m_userArrivals),
                                                         sim.now() - m_windowStart, m_population));
    put("cost_per_hour", sim.costPerHourNow());
    if (m_revenuePerRequest > 0) {
        const std::ptrdiff_t done = series.columnIndex("throughput_rps");
        const double revenue =
            done >= 0 ? row[static_cast<std::size_t>(done)] * 3600.0 * m_revenuePerRequest : kNaN;
        put("revenue_per_hour", revenue);
        put("margin_per_hour", revenue - sim.costPerHourNow());
    }
    judge(sim, series, row);
}

void Observability::sampleAggregates(const Simulation &sim, const TimeSeries &series,
                                     std::vector<double> &row)
{
    const std::vector<Station> &stations = sim.stations();
    for (Aggregate &a : m_aggregates) {
        const std::ptrdiff_t col = series.columnIndex(a.name + kAggregateColumns[0]);
        if (col < 0 || a.members.empty()) {
            a.interval.reset();
            continue;
        }
        double busy = 0;
        double workers = 0;
        std::uint64_t served = 0;
        std::uint64_t arrived = 0;
        std::uint64_t errors = 0;
        for (const std::uint32_t s : a.members) {
            const Station &st = stations[s];
            const Base &b = m_base[s];
            busy += st.stats.busyArea - b.busy;
            workers += st.workers;
            served += st.stats.served - b.served;
            arrived += st.stats.arrived - b.arrived;
            errors += errorsOf(st.stats) - b.errors;
        }
        auto at = static_cast<std::size_t>(col);
        row[at++] = static_cast<double>(served);
        row[at++] = a.interval.count() ? a.interval.quantile(0.95) : kNaN;
        row[at++] = arrived ? static_cast<double>(errors) / static_cast<double>(arrived) : kNaN;
        row[at] = workers > 0 ? busy / workers : kNaN;
        a.interval.reset();
    }
}

void Observability::judge(Simulation &sim, const TimeSeries &series, const std::vector<double> &row)
{
    const double t = sim.now();
    for (std::size_t i = 0; i < m_alerts.size(); ++i) {
        AlertState &a = m_alerts[i];
        AlertResult &res = m_alertResults[i];
        const std::ptrdiff_t col = series.columnIndex(a.rule.metric);
        const double v = col >= 0 ? row[static_cast<std::size_t>(col)] : kNaN;
        res.lastValue = v;
        if (!std::isfinite(v))
            continue; // no data this second (nothing completed): the state stays
        const bool above = a.rule.bound == AlertBound::Above;
        if (above ? !(v > a.rule.value) : !(v < a.rule.value)) {
            a.pending = false;
            if (res.firing) {
                res.firing = false;
                ++res.resolved;
                res.firingS += t - a.firedAt;
                sim.logEventFor(a.rule.name, "alert resolved: " + a.rule.metric + " " +
                                                 shortNumber(v) + " (fired at " +
                                                 numberText(a.firedAt) + " s)");
            }
            continue;
        }
        if (!a.pending) {
            a.pending = true;
            a.since = t;
        }
        if (!res.firing && t - a.since >= a.rule.for_s - 1e-9) {
            res.firing = true;
            ++res.fired;
            a.firedAt = t;
            if (std::isnan(res.firstFiredS))
                res.firstFiredS = t;
            sim.logEventFor(
                a.rule.name,
                "alert firing: " + a.rule.metric + " " + shortNumber(v) + " " +
                    toString(a.rule.bound) + " " + numberText(a.rule.value) +
                    (a.rule.for_s > 0 ? " for " + numberText(a.rule.for_s) + " s" : std::string()));
        }
    }
}

TierResult Observability::tierResult(const Simulation &sim, const Aggregate &a,
                                     const RunResult &r) const
{
    TierResult t;
    t.name = a.name.substr(a.name.find('.') + 1);
    double busy = 0;
    double workers = 0;
    std::uint64_t arrived = 0;
    for (const std::uint32_t s : a.members) {
        const Station &st = sim.stations()[s];
        const ComponentResult *c = r.component(st.id);
        if (!c)
            continue;
        ++t.members;
        busy += c->utilization * st.workers;
        workers += st.workers;
        t.served += c->served;
        t.errors += c->rejected + c->timedOut + c->failed;
        arrived += c->arrived;
    }
    t.throughputRps = r.measuredS > 0 ? static_cast<double>(t.served) / r.measuredS : 0.0;
    t.p95Ms = a.total.count() ? a.total.quantile(0.95) : 0.0;
    t.errorRate = arrived ? static_cast<double>(t.errors) / static_cast<double>(arrived) : 0.0;
    t.utilization = workers > 0 ? busy / workers : 0.0;
    return t;
}

void Observability::report(const Simulation &sim, RunResult &r) const
{
    const double T = r.measuredS;
    const std::vector<Station> &stations = sim.stations();
    for (ComponentResult &c : r.components) {
        const int si = sim.stationOf(c.id);
        if (si < 0 || static_cast<std::size_t>(si) >= m_base.size())
            continue;
        const auto s = static_cast<std::size_t>(si);
        const Station &st = stations[s];
        c.figures.push_back({"host.cpu", c.utilization});
        c.figures.push_back(
            {"host.memory_mb", c.meanInSystem * m_requestKb[s] / 1024.0 + st.behavior->storedMb()});
        c.figures.push_back(
            {"host.network_rps",
             T > 0 ? static_cast<double>(m_network[s] - m_networkAtWarm[s]) / T : 0.0});
        if (st.behavior->hasDisk())
            c.figures.push_back(
                {"host.disk_writes_ps",
                 T > 0 ? static_cast<double>(st.behavior->diskWrites() - m_diskAtWarm[s]) / T
                       : 0.0});
    }
    for (const Aggregate &a : m_aggregates) {
        if (a.members.empty())
            continue;
        TierResult t = tierResult(sim, a, r);
        (a.name.rfind("tier.", 0) == 0 ? r.tiers : r.groupTiers).push_back(std::move(t));
    }
    BusinessResult &b = r.business;
    b.usersSeen = m_users.count();
    b.dailyActiveUsers = DistinctUsers::dailyActive(
        b.usersSeen, static_cast<double>(m_userArrivals), T, m_population);
    b.requestsServed = r.completed;
    b.revenuePerRequest = m_revenuePerRequest;
    b.revenuePerHour =
        T > 0 ? static_cast<double>(r.completed) * m_revenuePerRequest * 3600.0 / T : 0.0;
    b.costPerHour = r.autoscaling.empty() ? r.costPerHour : r.costPerHourMean;
    b.marginPerHour = b.revenuePerHour - b.costPerHour;
    r.alerts = m_alertResults;
    for (std::size_t i = 0; i < r.alerts.size(); ++i)
        if (r.alerts[i].firing)
            r.alerts[i].firingS += sim.now() - m_alerts[i].firedAt;
}

} // namespace scalelab
