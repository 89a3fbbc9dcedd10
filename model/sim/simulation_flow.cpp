// How a request moves, whatever the kind: admission into a station, service, links, calls
// that hold the caller's worker, completion and failure. What differs by kind is asked of
// the station's behaviour (model/sim/kinds/).
#include "sim/simulation.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <string>

namespace scalelab {

void Simulation::arrive(std::uint32_t slot, std::uint32_t s)
{
    Station &st = m_stations[s];
    Request &r = m_requests[slot];
    r.station = s;
    r.entered = m_now;
    if (++r.hops > kMaxHops) {
        if (!m_hopLimitReached)
            logEvent(s, "a request visited " + std::to_string(kMaxHops) +
                            " components, the simulator's limit: the links form a loop that "
                            "requests rarely leave; such requests fail (simulator_limit)");
        m_hopLimitReached = true;
        fail(slot, FailureCause::SimulatorLimit, s);
        return;
    }

    if (st.behavior->bypass(*this, slot, s))
        return;
    ++st.stats.arrived;
    if (!st.up) {
        ++st.stats.failed;
        fail(slot, FailureCause::Down, s);
        return;
    }
    if (st.inSystem >= st.capacity) {
        ++st.stats.rejected;
        noteRejection(s);
        fail(slot, FailureCause::Rejected, s);
        return;
    }
    if (st.rejecting && m_now - st.lastRejectS > kRejectionBurstGapS)
        noteAdmission(s);
    enqueue(slot, s);
}

void Simulation::enqueue(std::uint32_t slot, std::uint32_t s)
{
    Station &st = m_stations[s];
    st.touch(m_now);
    ++st.inSystem;
    if (st.busy < st.workers)
        startService(slot, s);
    else
        st.queue.push_back(slot);
}

void Simulation::noteRejection(std::uint32_t s)
{
    // The log records bursts, not every refused request: a burst starts with the first
    // refusal after a quiet spell and ends at the first admission after another.
    Station &st = m_stations[s];
    if (!st.rejecting) {
        st.rejecting = true;
        st.burstRejected = 0;
        logEvent(s,
                 "rejecting requests: queue full (capacity " + std::to_string(st.capacity) + ")");
    }
    ++st.burstRejected;
    st.lastRejectS = m_now;
}

void Simulation::noteAdmission(std::uint32_t s)
{
    Station &st = m_stations[s];
    st.rejecting = false;
    logEvent(s,
             "stopped rejecting (" + std::to_string(st.burstRejected) + " refused in the burst)");
}

void Simulation::startService(std::uint32_t slot, std::uint32_t s)
{
    Station &st = m_stations[s];
    Request &r = m_requests[slot];
    st.touch(m_now);
    ++st.busy;
    r.inService = true;
    r.serviceSlot = static_cast<std::uint32_t>(st.inService.size());
    st.inService.push_back(slot);
    const Distribution &d = st.behavior->serviceTime(st, r);
    const double seconds = st.serviceRng.sample(d) * 0.001 * st.slowFactor / st.speed;
    m_queue.push(m_now + seconds, EventType::ServiceDone, s, slot, r.generation);
}

void Simulation::removeFromService(Station &st, Request &r)
{
    const std::uint32_t last = st.inService.back();
    st.inService[r.serviceSlot] = last;
    m_requests[last].serviceSlot = r.serviceSlot;
    st.inService.pop_back();
    r.inService = false;
}

void Simulation::serviceDone(std::uint32_t slot, std::uint32_t s)
{
    Station &st = m_stations[s];
    Request &r = m_requests[slot];
    removeFromService(st, r);
    st.behavior->afterService(*this, slot, s);
}

void Simulation::leaveStation(std::uint32_t slot, std::uint32_t s)
{
    Station &st = m_stations[s];
    st.touch(m_now);
    --st.busy;
    --st.inSystem;
    ++st.stats.served;
    st.stats.responseSum += m_now - m_requests[slot].entered;
    m_observability.served(s, m_now - m_requests[slot].entered, m_warm);
    pullNext(s);
}

void Simulation::pullNext(std::uint32_t s)
{
    Station &st = m_stations[s];
    while (st.up && st.busy < st.workers && !st.queue.empty()) {
        st.touch(m_now);
        const std::uint32_t slot = st.queue.front();
        st.queue.pop_front();
        if (m_now - m_requests[slot].entered > st.timeoutS && !m_requests[slot].internal) {
            // It gave up while waiting; it counts at the moment we find out.
            --st.inSystem;
            ++st.stats.timedOut;
            fail(slot, FailureCause::Timeout, s);
            continue;
        }
        startService(slot, s);
    }
    if (s < m_pullWatchers.size() && !m_pullWatchers[s].empty())
        notifyFree(s);
}

void Simulation::notifyFree(std::uint32_t s)
{
    // Those pulling from s hear of its free workers, in turn, until none is left.
    const Station &st = m_stations[s];
    for (std::size_t i = 0; i < m_pullWatchers[s].size(); ++i) {
        if (!st.up || st.busy >= st.workers || !st.queue.empty())
            return;
        const std::uint32_t w = m_pullWatchers[s][i];
        m_stations[w].behavior->onTargetFree(*this, w, s);
    }
}

void Simulation::callHoldingNoWorker(std::uint32_t slot, std::uint32_t holder, std::uint32_t l)
{
    Request &r = m_requests[slot];
    Station &h = m_stations[holder];
    r.stack[r.depth++] = CallFrame{holder, h.epoch, kHoldsNoWorker,
                                   static_cast<float>(linkLatencyS(m_links[l], r)), m_now};
    enter(slot, l);
}

void Simulation::routeByProbability(std::uint32_t slot, std::uint32_t s)
{
    Station &st = m_stations[s];
    if (st.out.empty()) {
        finishHop(slot);
        return;
    }
    const RequestKind kind = m_requests[slot].kind;
    const double u = st.routingRng.uniform();
    double cumulative = 0;
    for (std::uint32_t l : st.out) {
        if (!linkAllows(m_links[l], kind))
            continue;
        cumulative += m_links[l].probability;
        if (u < cumulative) {
            sendOnLink(slot, l);
            return;
        }
    }
    finishHop(slot);
}

void Simulation::sendOnLink(std::uint32_t slot, std::uint32_t l)
{
    Request &r = m_requests[slot];
    LinkRuntime &link = m_links[l];
    ++link.traversals;
    m_observability.linkUsed(link.from, link.to);
    r.link = static_cast<std::int32_t>(l);
    r.linkDepart = m_now;
    r.linkArrive = m_now + linkLatencyS(link, r);
    m_queue.push(r.linkArrive, EventType::LinkArrival, link.to, slot, r.generation);
}

std::uint32_t Simulation::standIn(std::uint32_t l, RequestKind kind) const
{
    const LinkRuntime &link = m_links[l];
    if (m_stations[link.to].up)
        return l;
    for (const std::uint32_t b : m_stations[link.from].out) {
        const LinkRuntime &o = m_links[b];
        if (o.backup && linkAllows(o, kind) && m_stations[o.to].up && !m_stations[o.to].removed)
            return b;
    }
    return l; // none is up: the call goes to the down target and fails there
}

void Simulation::continueCalls(std::uint32_t slot, std::uint32_t s, std::uint32_t fromLink,
                               double entered)
{
    Station &st = m_stations[s];
    Request &r = m_requests[slot];
    const auto abandon = [&](FailureCause cause) { abandonAt(slot, s, cause); };
    for (std::uint32_t i = fromLink; i < st.out.size(); ++i) {
        std::uint32_t chosen = st.out[i];
        const LinkRuntime &l = m_links[chosen];
        if (l.backup || !linkAllows(l, r.kind))
            continue;
        // Links into one replication set are one call: its first such link decides whether
        // the call is made, the set which member takes it.
        const int set = m_replication.setOf(l.to);
        if (set >= 0) {
            bool first = true;
            for (std::uint32_t j = 0; j < i && first; ++j)
                first = !(m_replication.setOf(m_links[st.out[j]].to) == set &&
                          linkAllows(m_links[st.out[j]], r.kind));
            if (!first || st.routingRng.uniform() >= l.probability)
                continue;
            const Replication::Pick pick = m_replication.pick(*this, set, s, r.kind);
            if (pick.link < 0) {
                abandon(pick.cause);
                return;
            }
            chosen = static_cast<std::uint32_t>(pick.link);
        } else if (st.routingRng.uniform() >= l.probability) {
            continue;
        } else {
            chosen = standIn(chosen, r.kind);
        }
        if (r.depth == kMaxCallDepth) {
            // Calls nested this deep are a loop in the design; refuse rather than recurse.
            abandon(FailureCause::Rejected);
            return;
        }
        r.stack[r.depth++] = CallFrame{
            s, st.epoch, i + 1, static_cast<float>(linkLatencyS(m_links[chosen], r)), entered};
        sendOnLink(slot, chosen);
        return;
    }
    // Every call has returned: the worker is free and the response goes back.
    st.touch(m_now);
    --st.busy;
    --st.inSystem;
    ++st.stats.served;
    st.stats.responseSum += m_now - entered;
    m_observability.served(s, m_now - entered, m_warm);
    pullNext(s);
    finishHop(slot);
}

void Simulation::abandonAt(std::uint32_t slot, std::uint32_t s, FailureCause cause)
{
    Station &st = m_stations[s];
    st.touch(m_now);
    --st.busy;
    --st.inSystem;
    ++st.stats.failed;
    pullNext(s);
    fail(slot, cause, s);
}

void Simulation::callReturn(std::uint32_t slot, std::uint32_t s)
{
    Request &r = m_requests[slot];
    r.link = -1;
    r.returning = false;
    const CallFrame frame = r.stack[--r.depth];
    Station &holder = m_stations[s];
    // A call that holds no worker (a queue's message) needs its holder up, not the same
    // life of it: the queue kept its messages through the failure.
    if (frame.nextLink == kHoldsNoWorker ? !holder.up : holder.epoch != frame.holderEpoch) {
        // The web server died while it waited: the response has nowhere to go.
        ++holder.stats.failed;
        fail(slot, FailureCause::Down, s);
        return;
    }
    r.station = s;
    holder.behavior->onCallReturn(*this, slot, s, frame);
}

void Simulation::finishHop(std::uint32_t slot)
{
    Request &r = m_requests[slot];
    r.link = -1;
    if (r.depth == 0) {
        complete(slot);
        return;
    }
    const CallFrame &frame = r.stack[r.depth - 1];
    if (frame.returnLatencyS > 0) {
        // The answer travels back along the call's link, drawn as it goes. The call may have
        // been passed on (a balancer forwards it): then back along the link the call left by.
        r.link = linkBetween(r, frame.holder, r.station);
        const std::vector<std::uint32_t> &out = m_stations[frame.holder].out;
        if (r.link < 0 && frame.nextLink != kHoldsNoWorker && frame.nextLink >= 1 &&
            frame.nextLink <= out.size())
            r.link = static_cast<std::int32_t>(out[frame.nextLink - 1]);
        r.returning = r.link >= 0;
        r.linkDepart = m_now;
        r.linkArrive = m_now + frame.returnLatencyS;
    }
    m_queue.push(m_now + frame.returnLatencyS, EventType::CallReturn, frame.holder, slot,
                 r.generation);
}

std::int32_t Simulation::linkBetween(const Request &r, std::uint32_t from, std::uint32_t to) const
{
    // Links are rebuilt on edits, so the link it came by is trusted only if its ends agree.
    if (r.arrivedBy >= 0 && static_cast<std::size_t>(r.arrivedBy) < m_links.size()) {
        const LinkRuntime &l = m_links[static_cast<std::size_t>(r.arrivedBy)];
        if (l.from == from && l.to == to)
            return r.arrivedBy;
    }
    if (from < m_stations.size())
        for (const std::uint32_t l : m_stations[from].out)
            if (m_links[l].to == to)
                return static_cast<std::int32_t>(l);
    return -1;
}

void Simulation::rememberAnswer(const Request &r)
{
    // Only answers from a component the users reach directly: a CDN edge, a lone server.
    const std::int32_t link = linkBetween(r, r.origin, r.station);
    if (link < 0)
        return;
    const LinkRuntime &l = m_links[static_cast<std::size_t>(link)];
    if (l.latencyS <= 0)
        return;
    const RecentAnswer a{m_now, l.from, l.to, static_cast<float>(l.latencyS), r.kind};
    if (m_recentAnswers.size() < kRecentAnswers) {
        m_recentAnswers.push_back(a);
    } else {
        m_recentAnswers[m_recentAnswerNext] = a;
        m_recentAnswerNext = (m_recentAnswerNext + 1) % kRecentAnswers;
    }
}

void Simulation::complete(std::uint32_t slot)
{
    Request &r = m_requests[slot];
    const double latency = m_now - r.created;
    const double patience = m_stations[r.origin].behavior->patienceS();
    if (patience > 0 && latency > patience) {
        fail(slot, FailureCause::Timeout, r.station);
        return;
    }
    const double ms = latency * 1000.0;
    ++m_intervalCompleted;
    if (m_recordSeries)
        m_intervalLatency.record(ms);
    m_regions.completed(r.region, ms, r.measured);
    if (r.measured) {
        ++m_completed;
        m_latency.record(ms);
        m_latencyByKind[static_cast<int>(r.kind)].record(ms);
        m_batches.add(ms);
    }
    rememberAnswer(r);
    freeRequest(slot);
}

void Simulation::releaseHolders(std::uint32_t slot)
{
    // An error travels back up the call chain and frees every worker held for it. The
    // request is found by its slot each time: freeing a worker lets others move on.
    while (m_requests[slot].depth > 0) {
        Request &r = m_requests[slot];
        const CallFrame frame = r.stack[--r.depth];
        Station &holder = m_stations[frame.holder];
        if (holder.epoch != frame.holderEpoch || frame.nextLink == kHoldsNoWorker)
            continue;
        holder.touch(m_now);
        --holder.busy;
        --holder.inSystem;
        ++holder.stats.failed;
        pullNext(frame.holder);
    }
}

void Simulation::remember(const RecentFailure &f)
{
    if (m_recentFailures.size() < kRecentFailures) {
        m_recentFailures.push_back(f);
    } else {
        m_recentFailures[m_recentFailureNext] = f;
        m_recentFailureNext = (m_recentFailureNext + 1) % kRecentFailures;
    }
}

void Simulation::mark(std::uint32_t s, Mark m)
{
    remember({m_now, s, FailureCause::Down, m});
}

void Simulation::fail(std::uint32_t slot, FailureCause cause, std::uint32_t station)
{
    Request &r = m_requests[slot];
    if (r.internal) {
        // The design's own work is no user's error: its kind keeps it for later.
        m_stations[station].behavior->onInternalFailed(*this, slot, station);
        freeRequest(slot);
        return;
    }
    remember({m_now, station, cause});
    const bool message = r.message;
    const bool measured = r.measured;
    const std::uint8_t region = r.region;
    const bool owned = message && r.depth > 0;
    const CallFrame owner = r.stack[0];
    releaseHolders(slot);
    if (message) {
        // A message no consumer finished: it stays the queue's until it is acknowledged; its
        // sender hears of it (a router's join part).
        if (owned && m_stations[owner.holder].up &&
            m_stations[owner.holder].epoch == owner.holderEpoch)
            m_stations[owner.holder].behavior->onMessageFailed(*this, slot, owner.holder, cause);
        freeRequest(slot);
        return;
    }
    m_regions.failed(region, measured);
    const auto c = static_cast<std::size_t>(cause);
    ++m_intervalFailed[c];
    if (measured)
        ++m_failed[c];
    freeRequest(slot);
}

} // namespace scalelab
