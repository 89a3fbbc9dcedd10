#include "sim/kinds/replication.h"

#include "sim/frame.h"
#include "sim/run_result.h"
#include "sim/simulation.h"

#include <algorithm>
#include <cmath>
#include <map>

namespace scalelab {

namespace {

std::uint64_t bit(std::size_t m)
{
    return std::uint64_t{1} << m;
}

} // namespace

void Replication::compile(Simulation &sim, const Scenario &scenario, int keys)
{
    // Primaries in scenario order, each with its replicas in scenario order.
    std::vector<std::string> primaries;
    std::map<std::string, std::vector<std::string>> replicas;
    for (const Component &c : scenario.components)
        if (const auto *d = std::get_if<DatabaseParams>(&c.params); d && !d->replica_of.empty()) {
            if (replicas.find(d->replica_of) == replicas.end())
                primaries.push_back(d->replica_of);
            replicas[d->replica_of].push_back(c.id);
        }
    std::vector<Set> old = std::move(m_sets);
    m_sets.clear();
    m_setOf.assign(sim.stations().size(), -1);
    ++m_generation; // every timer of the sets before this edit is stale
    const std::size_t keyCount = static_cast<std::size_t>(std::max(1, keys));
    for (const std::string &primaryId : primaries) {
        const Component *pc = scenario.find(primaryId);
        const int ps = sim.stationOf(primaryId);
        if (pc == nullptr || ps < 0 || pc->kind != ComponentKind::Database)
            continue;
        auto previous = std::find_if(old.begin(), old.end(),
                                     [&](const Set &s) { return s.firstPrimary == primaryId; });
        Set set;
        if (previous != old.end())
            set = std::move(*previous);
        else
            set.lagRng = RandomStream::forComponent(sim.seed(), primaryId + "/replication",
                                                    StreamPurpose::Routing);
        const auto &p = pc->as<DatabaseParams>();
        set.firstPrimary = primaryId;
        set.mode = p.replication.mode;
        set.lag = p.replication.lag_ms;
        set.checkS = std::max(0.1, p.replication.check_s);
        set.failoverS = p.failover_s;
        set.replay = p.recovery == Recovery::Replay;
        set.issued.resize(keyCount, 0);
        set.serial = m_generation;
        // Members that stay keep what they hold; a new one starts as a copy of the primary.
        std::vector<std::uint32_t> stations{static_cast<std::uint32_t>(ps)};
        for (const std::string &r : replicas[primaryId])
            if (const int rs = sim.stationOf(r); rs >= 0)
                stations.push_back(static_cast<std::uint32_t>(rs));
        const std::uint32_t primaryNow =
            set.members.empty() ? stations[0] : set.members[set.primary].station;
        std::vector<Member> members;
        for (const std::uint32_t st : stations) {
            auto it = std::find_if(set.members.begin(), set.members.end(),
                                   [&](const Member &m) { return m.station == st; });
            if (it != set.members.end()) {
                members.push_back(std::move(*it));
            } else {
                Member m;
                m.station = st;
                members.push_back(std::move(m));
            }
            members.back().applied.resize(keyCount, 0);
        }
        set.members = std::move(members);
        set.primary = 0;
        for (std::size_t m = 0; m < set.members.size(); ++m)
            if (set.members[m].station == primaryNow)
                set.primary = m;
        for (Member &m : set.members)
            if (m.appliedWrites == 0 && &m != &set.members[set.primary])
                m.applied = set.members[set.primary].applied;
        for (const Member &m : set.members)
            m_setOf[m.station] = static_cast<int>(m_sets.size());
        m_sets.push_back(std::move(set));
    }
}

std::uint32_t Replication::timerAux(std::size_t set, bool promotion, bool acks) const
{
    return (m_sets[set].serial & 0x7fffu) << 17 | (acks ? 1u << 16 : 0u) |
           static_cast<std::uint32_t>(set & 0x7fffu) << 1 | (promotion ? 1u : 0u);
}

double Replication::distanceS(const Simulation &sim, const Set &set, std::size_t m)
{
    return sim.regionLatencyS(sim.stations()[set.members[set.primary].station].region,
                              sim.stations()[set.members[m].station].region);
}

void Replication::deliverAcks(Simulation &sim, Set &set)
{
    bool delivered = false;
    while (!set.acks.empty() && set.acks.front().dueS <= sim.now() + 1e-12) {
        std::pop_heap(set.acks.begin(), set.acks.end(), AckInFlight::later);
        const AckInFlight a = set.acks.back();
        set.acks.pop_back();
        delivered = true;
        for (std::size_t m = 0; m < set.members.size(); ++m)
            if (set.members[m].station == a.station) {
                ack(sim, set, a.writeId, m);
                break;
            }
    }
    // A timer that found nothing due was one of two for the same moment: no new chain.
    if (delivered && !set.acks.empty())
        sim.scheduleTimer(set.acks.front().dueS, set.members[0].station,
                          timerAux(static_cast<std::size_t>(&set - m_sets.data()), false, true));
}

void Replication::start(Simulation &sim, std::uint32_t s)
{
    // The set's checks run on its first primary's timer, once per compile.
    const int set = setOf(s);
    if (set < 0 || m_sets[static_cast<std::size_t>(set)].members[0].station != s)
        return;
    // The first check at a phase of its own, as a real monitor's is: a fault at a round
    // time is not noticed at that very instant.
    Set &s0 = m_sets[static_cast<std::size_t>(set)];
    sim.scheduleTimer(sim.now() + s0.checkS * (0.1 + 0.9 * s0.lagRng.uniform()), s,
                      timerAux(static_cast<std::size_t>(set), false));
    // Acknowledgements on their way when the design was edited arrive still.
    if (!s0.acks.empty())
        sim.scheduleTimer(std::max(sim.now(), s0.acks.front().dueS), s,
                          timerAux(static_cast<std::size_t>(set), false, true));
    // A failover under way when the design was edited goes on.
    if (s0.failingOver && s0.failoverS)
        sim.scheduleTimer(std::max(sim.now(), s0.promoteAtS), s,
                          timerAux(static_cast<std::size_t>(set), true));
}

void Replication::scheduleCheck(Simulation &sim, std::size_t set)
{
    sim.scheduleTimer(sim.now() + m_sets[set].checkS, m_sets[set].members[0].station,
                      timerAux(set, false));
}

Replication::Member *Replication::member(std::uint32_t s, Set **set)
{
    const int i = setOf(s);
    if (i < 0)
        return nullptr;
    Set &found = m_sets[static_cast<std::size_t>(i)];
    if (set)
        *set = &found;
    for (Member &m : found.members)
        if (m.station == s)
            return &m;
    return nullptr;
}

const Replication::Member *Replication::member(std::uint32_t s, const Set **set) const
{
    Set *found = nullptr;
    const Member *m = const_cast<Replication *>(this)->member(s, &found);
    if (set)
        *set = found;
    return m;
}

bool Replication::isPrimary(std::uint32_t s) const
{
    const int i = setOf(s);
    return i >= 0 && m_sets[static_cast<std::size_t>(i)]
                             .members[m_sets[static_cast<std::size_t>(i)].primary]
                             .station == s;
}

std::uint32_t Replication::primaryOf(std::uint32_t s) const
{
    const int i = setOf(s);
    if (i < 0)
        return s;
    const Set &set = m_sets[static_cast<std::size_t>(i)];
    return set.members[set.primary].station;
}

Replication::Pick Replication::pick(Simulation &sim, int setIndex, std::uint32_t from,
                                    RequestKind kind)
{
    Set &set = m_sets[static_cast<std::size_t>(setIndex)];
    const Station &st = sim.station(from);
    const auto linkTo = [&](std::uint32_t target) {
        for (const std::uint32_t l : st.out)
            if (sim.links()[l].to == target && sim.linkAllows(sim.links()[l], kind))
                return static_cast<int>(l);
        return -1;
    };
    const Member &primary = set.members[set.primary];
    if (kind == RequestKind::Write) {
        if (set.failingOver)
            return {-1, FailureCause::Failover};
        return {linkTo(primary.station), FailureCause::NoBackend};
    }
    // A read: the next replica in turn that the application believes healthy.
    const std::size_t n = set.members.size();
    for (std::size_t k = 0; k < n; ++k) {
        const std::size_t m = (set.nextRead + k) % n;
        if (m == set.primary || !set.members[m].believedUp)
            continue;
        if (const int l = linkTo(set.members[m].station); l >= 0) {
            set.nextRead = static_cast<std::uint32_t>((m + 1) % n);
            return {l, FailureCause::NoBackend};
        }
    }
    if (primary.believedUp)
        if (const int l = linkTo(primary.station); l >= 0)
            return {l, FailureCause::NoBackend};
    return {-1, set.failingOver ? FailureCause::Failover : FailureCause::NoBackend};
}

bool Replication::arrive(Simulation &sim, std::uint32_t slot, std::uint32_t s)
{
    Set *set = nullptr;
    Member *m = member(s, &set);
    Request &r = sim.request(slot);
    const Station &st = sim.station(s);
    if (r.internal) {
        if (r.term != set->term) {
            sim.discard(slot); // sent by a primary that is no longer one
            return true;
        }
        // Not received: the member is down, or the primary died before it shipped the
        // write (its log has it, to be sent again if it comes back).
        const bool unshipped = r.writeId != kReplayWrite && sim.station(r.origin).epoch != r.user;
        if (!st.up || unshipped) {
            keepForLater(*set, *m, r);
            sim.discard(slot);
            return true;
        }
        sim.admit(slot, s); // the replication stream is never refused
        return true;
    }
    if (r.kind == RequestKind::Write && m != &set->members[set->primary] && st.up) {
        ++sim.station(s).stats.arrived;
        ++sim.station(s).stats.failed;
        sim.fail(slot, FailureCause::ReadOnly, s);
        return true;
    }
    return false;
}

Replication::Served Replication::served(Simulation &sim, std::uint32_t slot, std::uint32_t s)
{
    Set *set = nullptr;
    Member *m = member(s, &set);
    Request &r = sim.request(slot);
    const std::size_t mi = static_cast<std::size_t>(m - set->members.data());
    if (r.internal) {
        // A copy: leaving the station and sending writes on may grow the request pool.
        const Request copy = r;
        sim.leaveStation(slot, s);
        if (copy.term == set->term) {
            if (copy.writeId == kReplayWrite && mi == set->primary)
                commitWrite(sim, *set, slot, true);
            else if (copy.writeId != kReplayWrite)
                apply(sim, *set, mi, copy.key, copy.readVersion, copy.created, copy.writeId);
            // Received before it was promoted: now the primary, it passes the write on.
            if (copy.writeId != kReplayWrite && mi == set->primary) {
                for (std::size_t k = 0; k < set->members.size(); ++k)
                    if (k != mi)
                        sendTo(sim, *set, k, copy.key, copy.readVersion, copy.created, 0,
                               set->lagRng.sample(set->lag) * 0.001);
            }
        }
        sim.discard(slot);
        return Served::Done;
    }
    if (r.kind == RequestKind::Write) {
        if (mi != set->primary) {
            // Promoted away while it waited here: this database no longer takes writes.
            sim.abandonAt(slot, s, FailureCause::ReadOnly);
            return Served::Done;
        }
        return commitWrite(sim, *set, slot, false) ? Served::Done : Served::Answer;
    }
    // A read answers with the version this member holds.
    r.readVersion = versionOf(*m, r.key);
    const bool stale = r.readVersion < sim.keyVersions().version(r.key);
    r.stale = stale;
    if (r.measured) {
        ++m->reads;
        m->staleReads += stale ? 1 : 0;
    }
    m->intervalStale += stale ? 1 : 0;
    if (stale)
        sim.mark(s, Mark::StaleRead);
    sim.countDatabaseRead(r.measured, stale);
    return Served::Answer;
}

bool Replication::commitWrite(Simulation &sim, Set &set, std::uint32_t slot, bool replayed)
{
    // Sending below may grow the request pool: nothing of the request is read after it.
    const std::uint32_t key = sim.request(slot).key;
    const std::uint32_t generation = sim.request(slot).generation;
    Member &primary = set.members[set.primary];
    std::uint32_t version = 0;
    if (key < set.issued.size()) {
        version = ++set.issued[key];
        primary.applied[key] = version;
    }
    ++primary.appliedWrites;
    std::uint64_t need = 0;
    for (std::size_t m = 0; m < set.members.size(); ++m)
        if (m != set.primary && set.members[m].believedUp)
            need |= bit(m);
    const std::uint32_t writeId = set.nextWriteId++;
    if (set.nextWriteId == kReplayWrite)
        set.nextWriteId = 1;
    for (std::size_t m = 0; m < set.members.size(); ++m)
        if (m != set.primary)
            sendTo(sim, set, m, key, version, sim.now(), writeId,
                   set.lagRng.sample(set.lag) * 0.001);
    if (replayed) {
        ++set.recovered;
        if (sim.warm())
            ++m_recoveredWrites;
        sim.keyCommitted(primary.station, key, version);
        return false;
    }
    const bool waits = set.mode != ReplicationMode::Async && need != 0;
    if (set.mode != ReplicationMode::Sync || !waits)
        sim.keyCommitted(primary.station, key, version);
    if (!waits)
        return false;
    set.pending.emplace(writeId, Pending{slot, generation, writeId, need, 0, key, version});
    sim.leaveStation(slot, primary.station); // the answer waits, the worker does not
    return true;
}

void Replication::sendTo(Simulation &sim, Set &set, std::size_t to, std::uint32_t key,
                         std::uint32_t version, double committedS, std::uint32_t writeId,
                         double delayS)
{
    Member &m = set.members[to];
    const std::uint32_t slot = sim.newInternalRequest(set.members[set.primary].station);
    if (slot == Simulation::kNoSlot) {
        // The simulator holds all it may: the replica catches up when it can.
        if (m.parked.size() < kMaxParked)
            m.parked.push_back({key, version, writeId, committedS});
        else
            m.needsResync = true;
        return;
    }
    Request &r = sim.request(slot);
    r.kind = RequestKind::Write;
    r.key = key;
    r.readVersion = version;
    r.created = committedS;
    r.term = set.term;
    r.writeId = writeId;
    r.user = sim.station(r.origin).epoch; // a primary that dies before then never ships it
    // A replica in another region gets it the distance between them later.
    sim.sendInternal(slot, m.station, delayS + distanceS(sim, set, to));
}

void Replication::apply(Simulation &sim, Set &set, std::size_t mi, std::uint32_t key,
                        std::uint32_t version, double committedS, std::uint32_t writeId)
{
    Member &m = set.members[mi];
    if (key < m.applied.size())
        m.applied[key] = std::max(m.applied[key], version);
    ++m.appliedWrites;
    const double lagMs = (sim.now() - committedS) * 1000.0;
    m.lastLagMs = lagMs;
    if (sim.warm() && committedS >= sim.warmup())
        m.lag.record(lagMs);
    m.intervalLagSum += lagMs;
    ++m.intervalLagCount;
    // A write the primary's answer waits for: the acknowledgement travels back.
    if (const double back = distanceS(sim, set, mi); back > 0 && set.pending.count(writeId)) {
        // One timer for the earliest due (deliverAcks then sets the next one).
        const double due = sim.now() + back;
        const bool first = set.acks.empty() || due < set.acks.front().dueS;
        set.acks.push_back({due, writeId, m.station});
        std::push_heap(set.acks.begin(), set.acks.end(), AckInFlight::later);
        if (first)
            sim.scheduleTimer(
                due, set.members[0].station,
                timerAux(static_cast<std::size_t>(&set - m_sets.data()), false, true));
        return;
    }
    ack(sim, set, writeId, mi);
}

void Replication::ack(Simulation &sim, Set &set, std::uint32_t writeId, std::size_t m)
{
    const auto it = set.pending.find(writeId);
    if (it == set.pending.end())
        return;
    it->second.acked |= bit(m);
    settle(sim, set);
}

void Replication::settle(Simulation &sim, Set &set)
{
    std::uint64_t up = 0;
    for (std::size_t m = 0; m < set.members.size(); ++m)
        if (set.members[m].believedUp)
            up |= bit(m);
    std::vector<Pending> done;
    for (auto it = set.pending.begin(); it != set.pending.end();) {
        const Pending &p = it->second;
        const std::uint64_t still = p.need & up & ~p.acked;
        const bool enough =
            set.mode == ReplicationMode::SemiSync ? p.acked != 0 || (p.need & up) == 0 : still == 0;
        if (enough) {
            done.push_back(p);
            it = set.pending.erase(it);
        } else {
            ++it;
        }
    }
    // In commit order (write ids count commits), whatever the hash map's order.
    std::sort(done.begin(), done.end(),
              [](const Pending &a, const Pending &b) { return a.writeId < b.writeId; });
    for (const Pending &p : done)
        finish(sim, set, p);
}

void Replication::finish(Simulation &sim, Set &set, const Pending &p)
{
    if (set.mode == ReplicationMode::Sync)
        sim.keyCommitted(set.members[set.primary].station, p.key, p.version);
    const Request &r = sim.request(p.slot);
    if (r.active && r.generation == p.generation)
        sim.finishHop(p.slot);
}

} // namespace scalelab
