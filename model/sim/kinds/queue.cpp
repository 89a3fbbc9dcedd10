#include "sim/kinds/queue.h"

#include "sim/frame.h"
#include "sim/run_result.h"
#include "sim/simulation.h"

#include <algorithm>
#include <iomanip>
#include <limits>
#include <sstream>

namespace scalelab {

namespace {

/// "30 s", "0.5 s": seconds as the log shows them.
std::string seconds(double s)
{
    std::ostringstream out;
    out << std::setprecision(3) << s << " s";
    return out.str();
}

} // namespace

void QueueBehavior::configure(const Component &c, const KindContext &)
{
    m_visibilityS = c.as<QueueParams>().visibility_timeout_s;
    m_capacity = c.capacity.value_or(0);
}

bool QueueBehavior::backlog(std::int64_t &waiting, std::int64_t &room) const
{
    waiting = static_cast<std::int64_t>(m_visible.size());
    room = m_capacity;
    return true;
}

void QueueBehavior::start(Simulation &sim, std::uint32_t station)
{
    // Also after every live edit: the messages stay, and more consumers may take them now.
    if (!m_sim) {
        m_depthSince = m_depthLast = m_intervalSince = sim.now();
    }
    m_sim = &sim;
    m_station = station;
    deliverSoon(sim, sim.now());
}

void QueueBehavior::touchDepth(double now)
{
    const double held = static_cast<double>(m_visible.size());
    m_depthArea += held * (now - m_depthLast);
    m_intervalArea += held * (now - m_depthLast);
    m_depthLast = now;
}

std::uint32_t QueueBehavior::newMessage()
{
    if (!m_free.empty()) {
        const std::uint32_t id = m_free.back();
        m_free.pop_back();
        return id;
    }
    m_messages.emplace_back();
    return static_cast<std::uint32_t>(m_messages.size() - 1);
}

bool QueueBehavior::bypass(Simulation &sim, std::uint32_t slot, std::uint32_t station)
{
    Station &st = sim.station(station);
    if (!st.up)
        return false; // the kernel fails it as down
    // Its capacity counts the messages it holds, waiting or in flight, and those arriving.
    const std::size_t held = m_visible.size() + m_inFlight + static_cast<std::size_t>(st.inSystem);
    if (held < static_cast<std::size_t>(st.capacity))
        return false;
    ++st.stats.arrived;
    ++st.stats.rejected;
    if (sim.now() - m_lastRefusal > kQuietSpellS)
        sim.logEvent(station, "full: refusing publishes (" + std::to_string(st.capacity) +
                                  " messages held)");
    m_lastRefusal = sim.now();
    ++m_counts.refused;
    ++m_intervalCounts.refused;
    sim.fail(slot, FailureCause::Rejected, station);
    return true;
}

void QueueBehavior::afterService(Simulation &sim, std::uint32_t slot, std::uint32_t station)
{
    // Stored: the publisher's answer goes back now; the message waits for a consumer.
    const Request &r = sim.request(slot);
    const double now = sim.now();
    touchDepth(now);
    const std::uint32_t id = newMessage();
    m_messages[id] = Message{now, now, 0, m_nextSerial++, r.key, r.user, true, false};
    m_visible.push_back(id);
    m_maxDepth = std::max(m_maxDepth, m_visible.size());
    ++m_counts.published;
    ++m_intervalCounts.published;
    ++m_everPublished;
    sim.leaveStation(slot, station);
    sim.finishHop(slot);
    deliver(sim);
}

void QueueBehavior::route(Simulation &sim, std::uint32_t slot, std::uint32_t)
{
    sim.finishHop(slot);
}

int QueueBehavior::freeWorkers(Simulation &sim, std::uint32_t consumer)
{
    // Booting or draining servers of an autoscaling group take nothing new.
    const Station &t = sim.station(consumer);
    if (!t.up || t.removed || !t.inRotation || !t.queue.empty())
        return 0;
    int travelling = 0;
    for (const Transit &x : m_transit)
        travelling += x.consumer == consumer ? 1 : 0;
    return t.workers - t.busy - travelling;
}

void QueueBehavior::deliver(Simulation &sim)
{
    // Delivering can reach a consumer at once and, through it, back here: one pass at a time.
    if (m_delivering)
        return;
    m_delivering = true;
    const double now = sim.now();
    // Messages that reached their consumer hold its worker themselves now.
    std::erase_if(m_transit, [now](const Transit &x) { return x.arrives <= now; });
    const Station &st = sim.station(m_station);
    while (st.up && !m_visible.empty()) {
        std::int32_t best = -1;
        int bestFree = 0;
        for (const std::uint32_t l : st.out) {
            const LinkRuntime &link = sim.links()[l];
            if (!sim.linkAllows(link, RequestKind::Async))
                continue;
            const int free = freeWorkers(sim, link.to);
            if (free > bestFree) {
                bestFree = free;
                best = static_cast<std::int32_t>(l);
            }
        }
        if (best < 0)
            break;
        if (sim.requestsInFlight() >= Simulation::kMaxRequestsHeld) {
            // The simulator's ceiling (enter() would refuse it): the messages wait.
            deliverSoon(sim, now + kCeilingRetryS);
            break;
        }
        const std::uint32_t slot = sim.newInternalRequest(m_station);
        touchDepth(now);
        const std::uint32_t id = m_visible.front();
        m_visible.pop_front();
        Message &m = m_messages[id];
        m.inFlight = true;
        m.deadline = now + m_visibilityS;
        ++m_inFlight;
        ++m_counts.delivered;
        ++m_intervalCounts.delivered;
        m_counts.waitSumS += now - m.visibleSince;
        Request &r = sim.request(slot);
        r.internal = false;
        r.message = true;
        r.kind = RequestKind::Async;
        r.key = m.key;
        r.user = m.user;
        // Fields a message's consumers never touch (databases rewrite readVersion).
        r.writeId = id;
        r.term = m.serial;
        const LinkRuntime &link = sim.links()[static_cast<std::size_t>(best)];
        if (const double latency = sim.linkLatencyS(link, r); latency > 0)
            m_transit.push_back({link.to, now + latency});
        sim.scheduleTimer(m.deadline, m_station, id);
        sim.callHoldingNoWorker(slot, m_station, static_cast<std::uint32_t>(best));
    }
    m_delivering = false;
}

void QueueBehavior::deliverSoon(Simulation &sim, double at)
{
    if (m_deliverPending)
        return;
    m_deliverPending = true;
    sim.scheduleTimer(at, m_station, kDeliverTimer);
}

void QueueBehavior::onTargetFree(Simulation &sim, std::uint32_t, std::uint32_t)
{
    deliverSoon(sim, sim.now());
}

void QueueBehavior::onCallReturn(Simulation &sim, std::uint32_t slot, std::uint32_t,
                                 const CallFrame &)
{
    // The consumer's acknowledgement: the message is done with.
    const Request &r = sim.request(slot);
    const std::uint32_t id = r.writeId;
    if (id < m_messages.size() && m_messages[id].active && m_messages[id].serial == r.term) {
        Message &m = m_messages[id];
        if (m.inFlight) {
            --m_inFlight;
        } else {
            // Made visible again before this late acknowledgement came: not needed now.
            touchDepth(sim.now());
            m_visible.erase(std::find(m_visible.begin(), m_visible.end(), id));
        }
        m_endToEnd.record((sim.now() - m.published) * 1000.0);
        ++m_counts.consumed;
        ++m_intervalCounts.consumed;
        ++m_everConsumed;
        m.active = false;
        m_free.push_back(id);
    } else {
        ++m_counts.duplicates; // processed twice: at-least-once delivery
    }
    sim.discard(slot);
}

void QueueBehavior::onTimer(Simulation &sim, std::uint32_t, std::uint32_t id)
{
    if (id == kDeliverTimer) {
        m_deliverPending = false;
        deliver(sim);
        return;
    }
    if (id >= m_messages.size())
        return;
    Message &m = m_messages[id];
    const double now = sim.now();
    if (!m.active || !m.inFlight || m.deadline > now)
        return; // acknowledged, or delivered again since this timer was set
    // Not acknowledged in time: its consumer may have crashed. Visible again, first in line.
    if (now - m_lastRedelivery > kQuietSpellS)
        sim.logEvent(m_station, "redelivering: a message was not acknowledged within " +
                                    seconds(m_visibilityS) +
                                    " (its consumer may have crashed); nothing is lost");
    m_lastRedelivery = now;
    touchDepth(now);
    m.inFlight = false;
    --m_inFlight;
    m.visibleSince = now;
    m_visible.push_front(id);
    m_maxDepth = std::max(m_maxDepth, m_visible.size());
    ++m_counts.redelivered;
    ++m_intervalCounts.redelivered;
    deliver(sim);
}

void QueueBehavior::upChanged(Simulation &sim, std::uint32_t station)
{
    if (sim.station(station).up)
        deliverSoon(sim, sim.now());
}

void QueueBehavior::report(ComponentResult &out) const
{
    const double now = m_sim ? m_sim->now() : m_depthLast;
    const double area = m_depthArea + static_cast<double>(m_visible.size()) * (now - m_depthLast);
    const double span = now - m_depthSince;
    const std::uint64_t held = m_visible.size() + m_inFlight;
    const auto count = [](std::uint64_t v) { return static_cast<double>(v); };
    // Its queue is its messages waiting (the publishes waiting to be stored are few).
    out.meanQueueLength = span > 0 ? area / span : 0.0;
    out.figures = {
        {"published", count(m_counts.published), true},
        {"consumed", count(m_counts.consumed), true},
        {"redelivered", count(m_counts.redelivered), true},
        {"refused", count(m_counts.refused), true},
        {"duplicates", count(m_counts.duplicates), true},
        // Whatever was stored and is neither consumed nor held any more.
        {"lost", count(m_everPublished - std::min(m_everPublished, m_everConsumed + held)), true},
        {"depth", count(m_visible.size()), true},
        {"in_flight", count(m_inFlight), true},
        {"mean_depth", span > 0 ? area / span : 0.0, false},
        {"max_depth", count(m_maxDepth), true},
        {"mean_wait_ms",
         m_counts.delivered ? m_counts.waitSumS / count(m_counts.delivered) * 1000.0 : 0.0, false},
        {"async_latency_ms.mean", m_endToEnd.mean(), false},
    };
    for (const auto &[key, q] :
         {std::pair{"async_latency_ms.p50", 0.5}, std::pair{"async_latency_ms.p95", 0.95},
          std::pair{"async_latency_ms.p99", 0.99}})
        out.figures.push_back({key, m_endToEnd.count() ? m_endToEnd.quantile(q) : 0.0, false});
}

void QueueBehavior::resetStats()
{
    const double now = m_sim ? m_sim->now() : m_depthLast;
    touchDepth(now);
    m_counts = Counts{};
    m_depthArea = 0;
    m_depthSince = now;
    m_maxDepth = m_visible.size();
    m_endToEnd.reset();
}

std::vector<const char *> QueueBehavior::seriesColumns() const
{
    return {".depth", ".in_flight", ".redelivered"};
}

void QueueBehavior::sampleSeries(double *out)
{
    const double now = m_sim ? m_sim->now() : m_depthLast;
    touchDepth(now);
    const double span = now - m_intervalSince;
    out[0] = span > 0 ? m_intervalArea / span : static_cast<double>(m_visible.size());
    out[1] = static_cast<double>(m_inFlight);
    out[2] = static_cast<double>(m_intervalCounts.redelivered);
    m_intervalArea = 0;
    m_intervalSince = now;
    m_intervalCounts = Counts{};
}

void QueueBehavior::liveFigures(double, std::vector<LiveFigure> &out) const
{
    out.push_back(
        {QT_TRANSLATE_NOOP("scalelab::Figure", "messages"), static_cast<double>(m_visible.size())});
    out.push_back(
        {QT_TRANSLATE_NOOP("scalelab::Figure", "in flight"), static_cast<double>(m_inFlight)});
}

} // namespace scalelab
