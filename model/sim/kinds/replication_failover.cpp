// Replication's failures: members noticed down and back, promotion, lost and replayed
// writes.
#include "sim/kinds/replication.h"

#include "sim/frame.h"
#include "sim/run_result.h"
#include "sim/simulation.h"

#include <algorithm>
#include <limits>
#include <unordered_map>

namespace scalelab {

namespace {

constexpr std::uint32_t kLinkInTransit = static_cast<std::uint32_t>(-2);

} // namespace

void Replication::internalFailed(Simulation &sim, std::uint32_t slot, std::uint32_t s)
{
    // s failed holding replication work: a replica applies it once it is back; a replayed
    // write waits for the recovery script's next run. (The kernel frees the slot after.)
    Set *set = nullptr;
    Member *m = member(s, &set);
    const Request &r = sim.request(slot);
    if (m != nullptr && r.term == set->term)
        keepForLater(*set, *m, r);
}

void Replication::keepForLater(Set &set, Member &m, const Request &r)
{
    if (r.writeId == kReplayWrite)
        set.lostKeys.push_back(r.key);
    else if (m.parked.size() < kMaxParked)
        m.parked.push_back({r.key, r.readVersion, r.writeId, r.created});
    else
        m.needsResync = true;
}

void Replication::onTimer(Simulation &sim, std::uint32_t aux)
{
    const std::size_t set = (aux >> 1) & 0x7fffu;
    if (set >= m_sets.size() || ((aux >> 17) & 0x7fffu) != (m_sets[set].serial & 0x7fffu))
        return; // a timer of the design before an edit
    if (aux & (1u << 16)) {
        deliverAcks(sim, m_sets[set]);
        return;
    }
    if (aux & 1u) {
        Set &s = m_sets[set];
        if (s.failingOver && sim.now() >= s.promoteAtS - 1e-9) {
            // The most up-to-date replica that is up takes over.
            std::size_t best = s.members.size();
            for (std::size_t m = 0; m < s.members.size(); ++m)
                if (m != s.primary && s.members[m].believedUp &&
                    sim.station(s.members[m].station).up &&
                    (best == s.members.size() ||
                     s.members[m].appliedWrites > s.members[best].appliedWrites))
                    best = m;
            if (best == s.members.size()) {
                sim.logEvent(s.members[s.primary].station,
                             "no replica is up to be promoted; writes keep failing");
                s.promoteAtS = sim.now() + s.checkS;
                sim.scheduleTimer(s.promoteAtS, s.members[0].station, timerAux(set, true));
            } else {
                promote(sim, set, best, "automatically");
            }
        }
        return;
    }
    check(sim, set);
    scheduleCheck(sim, set);
}

void Replication::check(Simulation &sim, std::size_t setIndex)
{
    Set &set = m_sets[setIndex];
    bool changed = false;
    for (std::size_t m = 0; m < set.members.size(); ++m) {
        Member &mem = set.members[m];
        const Station &st = sim.station(mem.station);
        const bool up = st.up && !st.removed;
        if (up == mem.believedUp)
            continue;
        changed = true;
        mem.believedUp = up;
        if (m == set.primary) {
            if (!up) {
                set.failingOver = true;
                std::string what = "primary noticed down: writes fail (failover) until a "
                                   "replica is promoted";
                if (set.failoverS) {
                    set.promoteAtS = sim.now() + *set.failoverS;
                    sim.scheduleTimer(set.promoteAtS, set.members[0].station,
                                      timerAux(setIndex, true));
                    what += " in " + std::to_string(static_cast<long long>(*set.failoverS)) + " s";
                } else {
                    what += " by hand";
                }
                sim.logEvent(mem.station, what);
            } else if (set.failingOver) {
                set.failingOver = false;
                sim.logEvent(mem.station, "primary back before any failover; writes resume");
                // Its log still has what it had not shipped: the replicas get it now.
                for (std::size_t k = 0; k < set.members.size(); ++k)
                    if (k != m && set.members[k].believedUp && !set.members[k].parked.empty())
                        rejoin(sim, set, k);
            }
            continue;
        }
        if (!up) {
            sim.logEvent(mem.station, "replica noticed down: its reads move to the others");
            continue;
        }
        rejoin(sim, set, m);
    }
    // Writes a member missed in an outage shorter than a check (or that found the simulator
    // full) reach it now, if the primary that has them is up.
    const bool primaryUp = sim.station(set.members[set.primary].station).up;
    for (std::size_t m = 0; m < set.members.size(); ++m) {
        const Member &mem = set.members[m];
        if (m != set.primary && primaryUp && mem.believedUp && !mem.demoted &&
            !mem.parked.empty() && sim.station(mem.station).up)
            rejoin(sim, set, m);
    }
    if (changed)
        settle(sim, set);
}

void Replication::rejoin(Simulation &sim, Set &set, std::size_t m)
{
    Member &mem = set.members[m];
    const Member &primary = set.members[set.primary];
    if (mem.demoted || mem.needsResync) {
        // Rebuilt from the primary: what it held that the primary lacks is gone.
        mem.applied = primary.applied;
        mem.parked.clear();
        const bool wasPrimary = mem.demoted;
        mem.demoted = mem.needsResync = false;
        sim.logEvent(mem.station,
                     wasPrimary ? "back: rejoins as a replica of " + sim.station(primary.station).id
                                : "back: rebuilt from the primary");
        if (wasPrimary && set.replay && !set.lostKeys.empty()) {
            // The recovery script: the old primary's log has the lost writes.
            std::vector<std::uint32_t> keys = std::move(set.lostKeys);
            set.lostKeys.clear();
            for (const std::uint32_t key : keys) {
                const std::uint32_t slot = sim.newInternalRequest(primary.station);
                if (slot == Simulation::kNoSlot) {
                    set.lostKeys.push_back(key);
                    continue;
                }
                Request &r = sim.request(slot);
                r.kind = RequestKind::Write;
                r.key = key;
                r.term = set.term;
                r.writeId = kReplayWrite;
                sim.sendInternal(slot, primary.station, 0.0);
            }
            sim.logEvent(primary.station,
                         "recovery script replays " + std::to_string(keys.size()) + " lost writes");
        }
        return;
    }
    // Back with its data: it catches up on what it missed, as work of its own.
    std::deque<Parked> missed = std::move(mem.parked);
    mem.parked.clear();
    sim.logEvent(mem.station,
                 "catching up on " + std::to_string(missed.size()) + " writes it had not received");
    for (const Parked &p : missed)
        sendTo(sim, set, m, p.key, p.version, p.committedS, p.writeId, 0.0);
}

bool Replication::promote(Simulation &sim, std::size_t setIndex, std::size_t m, const char *how)
{
    Set &set = m_sets[setIndex];
    Member &next = set.members[m];
    const std::uint32_t ns = next.station;
    // What the new primary never received is lost: writes still on their way to it (a
    // sync write not yet answered was never committed), and writes it missed while down.
    std::vector<std::uint32_t> lostKeys;
    std::unordered_map<std::uint32_t, std::uint32_t> received;
    sim.forEachRequest([&](Request &r) {
        if (!r.internal || r.term != set.term || r.writeId == kReplayWrite)
            return;
        if (r.station != ns)
            return;
        if (static_cast<std::uint32_t>(r.link) == kLinkInTransit) {
            if (set.mode == ReplicationMode::Sync && set.pending.count(r.writeId))
                return;
            lostKeys.push_back(r.key);
        } else {
            // Already in its queue: received, applied under the new term.
            auto &v = received[r.key];
            v = std::max(v, r.readVersion);
            r.term = set.term + 1;
        }
    });
    for (const Parked &p : next.parked)
        if (set.mode != ReplicationMode::Sync || !set.pending.count(p.writeId))
            lostKeys.push_back(p.key);
    next.parked.clear();
    ++set.term;
    // The latest committed version of a lost key is whatever the new primary will hold.
    for (std::size_t k = 0; k < lostKeys.size() && k < Simulation::kRecentFailures; ++k)
        sim.mark(ns, Mark::LostWrite);
    for (const std::uint32_t key : lostKeys) {
        const auto r = received.find(key);
        sim.rollbackKey(key, std::max(versionOf(next, key), r == received.end() ? 0 : r->second));
    }
    // Writes waiting for replicas lose their answer.
    std::vector<Pending> waiting;
    for (const auto &[id, p] : set.pending)
        waiting.push_back(p);
    set.pending.clear();
    std::sort(waiting.begin(), waiting.end(),
              [](const Pending &a, const Pending &b) { return a.writeId < b.writeId; });
    const std::size_t old = set.primary;
    set.primary = m;
    set.failingOver = false;
    set.members[old].demoted = true;
    set.members[old].believedUp = sim.station(set.members[old].station).up;
    for (std::size_t k = 0; k < set.members.size(); ++k) {
        if (k == m || k == old)
            continue;
        set.members[k].applied = next.applied;
        set.members[k].parked.clear();
    }
    if (set.members[old].believedUp)
        rejoin(sim, set, old); // a switchover: the old primary stays, as a replica
    ++set.promotions;
    set.lost += lostKeys.size();
    if (sim.warm()) {
        m_lostWrites += lostKeys.size();
        m_intervalLost += lostKeys.size();
    }
    if (set.replay)
        for (const std::uint32_t key : lostKeys)
            if (set.lostKeys.size() < kMaxParked)
                set.lostKeys.push_back(key);
    sim.logEvent(
        ns, std::string("promoted to primary (") + how + "); " + std::to_string(lostKeys.size()) +
                " writes the old primary had committed never reached it: lost" +
                (set.replay && !lostKeys.empty() ? " until the recovery script runs" : ""));
    for (const Pending &p : waiting) {
        const Request &r = sim.request(p.slot);
        if (r.active && r.generation == p.generation)
            sim.fail(p.slot, FailureCause::Failover, ns);
    }
    return true;
}

bool Replication::promoteByHand(Simulation &sim, std::uint32_t s, std::string &why)
{
    Set *set = nullptr;
    const Member *m = member(s, &set);
    if (m == nullptr) {
        why = "it is no replica";
        return false;
    }
    const std::size_t mi = static_cast<std::size_t>(m - set->members.data());
    if (mi == set->primary) {
        why = "it is the primary already";
        return false;
    }
    if (!sim.station(s).up) {
        why = "it is down";
        return false;
    }
    return promote(sim, static_cast<std::size_t>(set - m_sets.data()), mi, "by hand");
}

} // namespace scalelab
