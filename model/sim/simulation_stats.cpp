// Statistics: the warm-up cut, the per-second time series and the final summary.
#include "sim/simulation.h"

#include <algorithm>
#include <limits>

namespace scalelab {

namespace {

LatencySummary summarize(const LatencyHistogram &h)
{
    LatencySummary s;
    s.count = h.count();
    if (s.count == 0)
        return s;
    s.mean = h.mean();
    s.p50 = h.quantile(0.50);
    s.p95 = h.quantile(0.95);
    s.p99 = h.quantile(0.99);
    s.max = h.max();
    return s;
}

} // namespace

void Simulation::endWarmup()
{
    m_warm = true;
    m_statsStart = m_now;
    m_autoscaling.resetStats(*this); // before the busy areas restart
    m_costArea = 0;
    m_costSince = m_now;
    for (Station &st : m_stations)
        st.touch(m_now);
    m_observability.resetStats(*this); // before the counters restart
    for (std::size_t s = 0; s < m_stations.size(); ++s) {
        Station &st = m_stations[s];
        st.touch(m_now);
        // The per-second series measure from the last sample's base: move it with the
        // counters, so the second in which the warm-up ends is not drawn as idle.
        // (Unsigned counts wrap and unwrap exactly.) A station with no base yet gets one
        // of zeros when the series are next set up, which matches its zeroed counters.
        StationStats unused;
        StationStats &base = s < m_intervalBase.size() ? m_intervalBase[s] : unused;
        base.arrived -= st.stats.arrived;
        base.served -= st.stats.served;
        base.rejected -= st.stats.rejected;
        base.timedOut -= st.stats.timedOut;
        base.failed -= st.stats.failed;
        base.busyArea -= st.stats.busyArea;
        base.queueArea -= st.stats.queueArea;
        base.systemArea -= st.stats.systemArea;
        base.downArea -= st.stats.downArea;
        base.responseSum -= st.stats.responseSum;
        st.stats = StationStats{};
        st.behavior->resetStats();
    }
    m_replication.resetStats();
    m_regions.resetStats();
    m_sessions.resetStats();
    m_databaseReads = m_staleReads = 0;
}

void Simulation::setRecordTimeSeries(bool on)
{
    on = on || m_observability.hasAlerts(); // alerts are judged on the series
    if (on && !m_recordSeries) {
        setupSeries();
        m_queue.push(std::floor(m_now) + 1.0, EventType::Sample, 0);
    }
    m_recordSeries = on;
}

void Simulation::setupSeries()
{
    for (const char *name :
         {"arrivals_rps", "throughput_rps", "errors_rps", "rejected_rps", "timeout_rps", "down_rps",
          "no_backend_rps", "p50_ms", "p95_ms", "p99_ms", "availability", "in_flight",
          "failover_rps", "read_only_rps", "stale_reads_rps", "lost_writes"})
        m_series.addColumn(name);
    if (m_sessions.enabled())
        for (const char *name : {"session_lost_rps", "logins_rps", "sessions_active"})
            m_series.addColumn(name);
    if (!m_autoscaling.empty()) {
        m_series.addColumn("cost_per_hour");
        for (const Autoscaling::Group &g : m_autoscaling.groups())
            for (const char *what : {".servers", ".serving", ".serving_utilization"})
                m_series.addColumn(g.id + what);
    }
    for (const std::string &region : m_regions.names())
        for (const char *what : {".p95_ms", ".throughput_rps", ".errors_rps"})
            m_series.addColumn("region." + region + what);
    for (const Station &st : m_stations) {
        if (!st.queueing)
            continue; // users have no queue to sample
        for (const char *what : {".utilization", ".queue", ".in_system", ".up", ".arrived_rps",
                                 ".served_rps", ".rejected_rps", ".response_ms"})
            m_series.addColumn(st.id + what);
        for (const char *what : st.behavior->seriesColumns())
            m_series.addColumn(st.id + what);
    }
    m_intervalBase.resize(m_stations.size());
    m_observability.addColumns(m_series, *this);
}

void Simulation::sampleAutoscaling(std::vector<double> &row)
{
    // Per group: its servers (booting and draining too), those serving, and their mean
    // utilization over the last second (before the stations' bases move on).
    if (m_autoscaling.empty())
        return;
    if (const std::ptrdiff_t col = m_series.columnIndex("cost_per_hour"); col >= 0)
        row[static_cast<std::size_t>(col)] = m_costNow;
    for (const Autoscaling::Group &g : m_autoscaling.groups()) {
        const std::ptrdiff_t col = m_series.columnIndex(g.id + ".servers");
        if (col < 0 || !g.live)
            continue;
        double busy = 0;
        double workers = 0;
        int serving = 0;
        for (const Autoscaling::Member &m : g.members) {
            const int s = stationIndex(m.id);
            if (s < 0 || m.state != Autoscaling::State::Serving || !m_stations[s].up)
                continue;
            Station &st = m_stations[static_cast<std::size_t>(s)];
            st.touch(m_now);
            ++serving;
            if (static_cast<std::size_t>(s) < m_intervalBase.size()) {
                busy += st.stats.busyArea - m_intervalBase[static_cast<std::size_t>(s)].busyArea;
                workers += st.workers;
            }
        }
        auto at = static_cast<std::size_t>(col);
        row[at++] = static_cast<double>(g.members.size());
        row[at++] = serving;
        row[at] = workers > 0 ? busy / workers : std::numeric_limits<double>::quiet_NaN();
    }
}

void Simulation::sample()
{
    if (!m_recordSeries)
        return;
    m_queue.push(m_now + 1.0, EventType::Sample, 0);
    bool groupsMissing = false;
    for (const Autoscaling::Group &g : m_autoscaling.groups())
        groupsMissing = groupsMissing || m_series.columnIndex(g.id + ".servers") < 0;
    if (m_intervalBase.size() < m_stations.size() || groupsMissing ||
        m_observability.columnsMissing(m_series) ||
        (m_sessions.enabled() && m_series.columnIndex("sessions_active") < 0) ||
        (!m_regions.names().empty() &&
         m_series.columnIndex("region." + m_regions.names().back() + ".p95_ms") < 0))
        setupSeries();
    std::vector<double> row(m_series.columnCount(), std::numeric_limits<double>::quiet_NaN());
    std::uint64_t failed = 0;
    for (std::uint64_t f : m_intervalFailed)
        failed += f;
    std::size_t c = 0;
    row[c++] = static_cast<double>(m_intervalArrived);
    row[c++] = static_cast<double>(m_intervalCompleted);
    row[c++] = static_cast<double>(failed);
    // One column per cause the charts show; simulator_limit counts in errors_rps only.
    for (int k = 0; k <= static_cast<int>(FailureCause::NoBackend); ++k)
        row[c++] = static_cast<double>(m_intervalFailed[static_cast<std::size_t>(k)]);
    const bool any = m_intervalLatency.count() > 0;
    row[c++] = any ? m_intervalLatency.quantile(0.50) : std::numeric_limits<double>::quiet_NaN();
    row[c++] = any ? m_intervalLatency.quantile(0.95) : std::numeric_limits<double>::quiet_NaN();
    row[c++] = any ? m_intervalLatency.quantile(0.99) : std::numeric_limits<double>::quiet_NaN();
    const std::uint64_t ended = m_intervalCompleted + failed;
    row[c++] = ended ? static_cast<double>(m_intervalCompleted) / static_cast<double>(ended) : 1.0;
    row[c++] = static_cast<double>(requestsInFlight());
    row[c++] =
        static_cast<double>(m_intervalFailed[static_cast<std::size_t>(FailureCause::Failover)]);
    row[c++] =
        static_cast<double>(m_intervalFailed[static_cast<std::size_t>(FailureCause::ReadOnly)]);
    row[c++] = static_cast<double>(m_intervalStaleReads);
    row[c++] = static_cast<double>(m_replication.takeIntervalLost());
    m_intervalStaleReads = 0;
    if (const std::ptrdiff_t col = m_series.columnIndex("session_lost_rps"); col >= 0) {
        const Sessions::Counts counts = m_sessions.takeInterval();
        auto at = static_cast<std::size_t>(col);
        row[at++] = static_cast<double>(counts.loggedOut);
        row[at++] = static_cast<double>(counts.logins);
        row[at] = static_cast<double>(m_sessions.active());
    }
    sampleAutoscaling(row);
    for (std::size_t i = 0; i < m_regions.names().size(); ++i) {
        const Regions::Interval in = m_regions.takeInterval(static_cast<std::uint8_t>(i + 1));
        const std::ptrdiff_t col =
            m_series.columnIndex("region." + m_regions.names()[i] + ".p95_ms");
        if (col < 0)
            continue;
        auto at = static_cast<std::size_t>(col);
        row[at++] = in.p95Ms;
        row[at++] = static_cast<double>(in.completed);
        row[at] = static_cast<double>(in.failed);
    }
    for (std::size_t s = 0; s < m_stations.size(); ++s) {
        Station &st = m_stations[s];
        st.touch(m_now);
        StationStats &base = m_intervalBase[s];
        const std::ptrdiff_t col = m_series.columnIndex(st.id + ".utilization");
        if (col >= 0) {
            auto at = static_cast<std::size_t>(col);
            row[at++] = (st.stats.busyArea - base.busyArea) / st.workers;
            row[at++] = st.stats.queueArea - base.queueArea;
            row[at++] = st.stats.systemArea - base.systemArea;
            row[at++] = st.up ? 1.0 : 0.0;
            row[at++] = static_cast<double>(st.stats.arrived - base.arrived);
            const auto served = static_cast<double>(st.stats.served - base.served);
            row[at++] = served;
            row[at++] = static_cast<double>(st.stats.rejected - base.rejected);
            row[at++] = served > 0 ? 1000.0 * (st.stats.responseSum - base.responseSum) / served
                                   : std::numeric_limits<double>::quiet_NaN();
            // The kind's own columns follow, if they were set up for this kind.
            const std::vector<const char *> own = st.behavior->seriesColumns();
            if (!own.empty() &&
                m_series.columnIndex(st.id + own.front()) == static_cast<std::ptrdiff_t>(at) &&
                at + own.size() <= row.size())
                st.behavior->sampleSeries(row.data() + at);
        }
        base = st.stats;
    }
    m_observability.sample(*this, m_series, row);
    m_series.append(m_now, row);
    m_intervalArrived = 0;
    m_intervalCompleted = 0;
    m_intervalFailed.fill(0);
    m_intervalLatency.reset();
}

RunResult Simulation::result() const
{
    RunResult r;
    r.seed = m_seed;
    r.simulatedS = m_now;
    r.measuredS = m_now - m_statsStart;
    r.events = m_events;
    r.arrived = m_arrived;
    r.completed = m_completed;
    r.byCause = m_failed;
    r.databaseReads = m_databaseReads;
    r.staleReads = m_staleReads;
    r.lostWrites = m_replication.lostWrites();
    r.recoveredWrites = m_replication.recoveredWrites();
    for (std::uint64_t f : m_failed)
        r.failed += f;
    // Requests still in flight at the end are neither successes nor failures.
    const std::uint64_t ended = r.completed + r.failed;
    r.availability = ended ? static_cast<double>(r.completed) / static_cast<double>(ended) : 1.0;
    r.throughputRps = r.measuredS > 0 ? static_cast<double>(r.completed) / r.measuredS : 0.0;
    r.latency = summarize(m_latency);
    r.latency.ci95 = m_batches.halfWidth(0.95);
    r.latency.ci99 = m_batches.halfWidth(0.99);
    for (int k = 0; k < kRequestKindCount; ++k)
        r.latencyByKind[static_cast<std::size_t>(k)] =
            summarize(m_latencyByKind[static_cast<std::size_t>(k)]);
    const double T = r.measuredS;
    for (const Station &st : m_stations) {
        if (st.removed || !st.queueing)
            continue;
        // The areas as they would be after a touch(now), without changing the state.
        const double dt = m_now - st.lastChange;
        const StationStats &s = st.stats;
        ComponentResult c;
        c.id = st.id;
        c.kind = st.kind;
        if (T > 0) {
            c.utilization = (s.busyArea + st.busy * dt) / (st.workers * T);
            c.meanQueueLength = (s.queueArea + static_cast<double>(st.queue.size()) * dt) / T;
            c.meanInSystem = (s.systemArea + st.inSystem * dt) / T;
            c.availability = 1.0 - (s.downArea + (st.up ? 0.0 : dt)) / T;
        }
        c.meanResponseMs = s.served ? 1000.0 * s.responseSum / static_cast<double>(s.served) : 0.0;
        c.arrived = s.arrived;
        c.served = s.served;
        c.rejected = s.rejected;
        c.timedOut = s.timedOut;
        c.failed = s.failed;
        c.blockingProbability =
            s.arrived ? static_cast<double>(s.rejected) / static_cast<double>(s.arrived) : 0.0;
        c.costPerHour = st.costPerHour;
        st.behavior->report(c);
        if (m_sessions.enabled() && st.behavior->usesSessions()) {
            const auto s32 = static_cast<std::uint32_t>(&st - m_stations.data());
            c.figures.push_back({"sessions", static_cast<double>(m_sessions.held(s32)), true});
            c.figures.push_back(
                {"sessions_dropped", static_cast<double>(m_sessions.dropped(s32)), true});
        }
        r.costPerHour += st.costPerHour;
        r.components.push_back(std::move(c));
    }
    addSpreads(r);
    if (!m_autoscaling.empty()) {
        m_autoscaling.report(*this, r);
        r.costPerHourMean =
            T > 0 ? (m_costArea + m_costNow * (m_now - m_costSince)) / T : m_costNow;
    }
    if (m_sessions.enabled()) {
        r.sessionsKept = true;
        r.logins = m_sessions.total().logins;
        r.loggedOut = m_sessions.total().loggedOut;
        r.sessionsDropped = m_sessions.total().dropped;
        r.sessionsActive = m_sessions.active();
    }
    addRegions(r);
    m_observability.report(*this, r);
    r.log = m_log;
    return r;
}

void Simulation::addRegions(RunResult &r) const
{
    // Each region's users, and what the components standing in each region cost.
    r.regions = m_regions.results();
    for (const Station &st : m_stations)
        if (!st.removed && st.region > 0 && st.region <= r.regions.size())
            r.regions[st.region - 1u].costPerHour += st.costPerHour;
    const Scenario design = m_autoscaling.empty() ? m_design : m_autoscaling.effective(m_design);
    for (const Group &g : design.groups) {
        if (g.kind != GroupKind::DataCenter || g.region.empty())
            continue;
        DataCenterResult dc{g.id, g.region, 0, 0};
        for (const std::string &m : g.members)
            if (const int s = stationIndex(m); s >= 0) {
                ++dc.components;
                dc.costPerHour += m_stations[static_cast<std::size_t>(s)].costPerHour;
            }
        r.dataCenters.push_back(std::move(dc));
    }
}

void Simulation::addSpreads(RunResult &r) const
{
    // How evenly a balancer's targets are loaded: the least and most utilized of them, and
    // the gap (sticky users and a recovered server leave it wide).
    std::unordered_map<std::string, std::size_t> at;
    for (std::size_t i = 0; i < r.components.size(); ++i)
        at.emplace(r.components[i].id, i);
    for (const Station &st : m_stations) {
        if (st.removed || traitsOf(st.kind).outgoing != OutgoingUse::SpreadOverTargets)
            continue;
        double low = 1e300;
        double high = -1e300;
        int targets = 0;
        for (const std::uint32_t l : st.out) {
            const auto found = at.find(m_stations[m_links[l].to].id);
            if (found == at.end())
                continue;
            const double u = r.components[found->second].utilization;
            low = std::min(low, u);
            high = std::max(high, u);
            ++targets;
        }
        const auto self = at.find(st.id);
        if (targets < 2 || self == at.end())
            continue;
        auto &figures = r.components[self->second].figures;
        figures.push_back({"targets.utilization_min", low});
        figures.push_back({"targets.utilization_max", high});
        figures.push_back({"targets.utilization_spread", high - low});
    }
}

} // namespace scalelab
