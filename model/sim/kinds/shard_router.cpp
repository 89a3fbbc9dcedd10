#include "sim/kinds/shard_router.h"

#include "sim/simulation.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace scalelab {

namespace {

/// A copied key of a user-keyed router names no data key.
constexpr std::uint32_t kNoKey = 0xffffffffu;

std::string percentText(double ratio)
{
    char text[32];
    std::snprintf(text, sizeof text, "%.1f%%", 100.0 * ratio);
    return text;
}

} // namespace

void ShardRouterBehavior::configure(const Component &c, const KindContext &context)
{
    m_params = c.as<ShardRouterParams>();
    // An edit of the starting count sets the count now; other edits keep the count a
    // scheduled add_shard or remove_shard left.
    m_countEdited = m_active >= 0 && m_params.initial_shards != m_configuredInitial;
    m_configuredInitial = m_params.initial_shards;
    const int space = m_params.shard_key == ShardKey::User ? context.users : context.keys;
    m_keys = static_cast<std::uint32_t>(std::max(1, space));
}

void ShardRouterBehavior::start(Simulation &sim, std::uint32_t station)
{
    m_sim = &sim;
    m_station = station;
    rebuild(sim, station, "an edit");
}

int ShardRouterBehavior::shardNamed(const std::string &name) const
{
    for (std::size_t i = 0; i < m_shards.size(); ++i)
        if (m_shards[i].name == name)
            return static_cast<int>(i);
    return -1;
}

void ShardRouterBehavior::rebuild(Simulation &sim, std::uint32_t station, const char *how)
{
    std::vector<Shard> shards;
    const Station &st = sim.station(station);
    for (const std::uint32_t l : st.out) {
        const std::uint32_t to = sim.links()[l].to;
        if (sim.stations()[to].removed)
            continue;
        const int set = sim.replication().setOf(to);
        const std::string &name = set >= 0 ? sim.replication().setName(set) : sim.stations()[to].id;
        auto it = std::find_if(shards.begin(), shards.end(),
                               [&](const Shard &s) { return s.name == name; });
        if (it == shards.end())
            it = shards.insert(shards.end(), Shard{name, set, {}, {}});
        it->links.push_back(l);
        if (std::find(it->stations.begin(), it->stations.end(), to) == it->stations.end())
            it->stations.push_back(to);
    }
    const int linked = static_cast<int>(std::min<std::size_t>(shards.size(), kMaxShards));
    if (m_active < 0 || m_countEdited)
        m_active = m_configuredInitial.value_or(linked);
    else if (!m_configuredInitial)
        m_active += linked - m_linked; // every linked database is a shard: links drawn join
    m_countEdited = false;
    m_linked = linked;
    m_active = std::clamp(m_active, 0, linked);
    m_shards = std::move(shards);
    m_live = {};
    std::vector<std::string> names;
    for (int i = 0; i < m_active; ++i)
        names.push_back(m_shards[static_cast<std::size_t>(i)].name);
    const bool same = m_built && names == m_map.shards() && m_map.keys() == m_keys &&
                      m_mapScheme == m_params.scheme &&
                      (m_params.scheme == ShardScheme::Modulo || m_mapVnodes == m_params.vnodes);
    if (!same) {
        ShardMap next;
        next.build(m_params.scheme, m_params.vnodes, names, m_keys);
        if (m_built && !m_map.shards().empty() && !names.empty() && m_map.keys() == m_keys) {
            std::vector<std::uint32_t> moved = ShardMap::moved(m_map, next);
            ++m_reshards;
            m_keysMoved += moved.size();
            m_lastRatio = static_cast<double>(moved.size()) / static_cast<double>(m_keys);
            const double copyS = static_cast<double>(moved.size()) / m_params.migration_keys_per_s;
            sim.logEvent(station, "resharded (" + std::string(toString(m_params.scheme)) + ", " +
                                      std::to_string(m_map.shards().size()) + " -> " +
                                      std::to_string(names.size()) + " shards, " + how +
                                      "): " + std::to_string(moved.size()) + " of " +
                                      std::to_string(m_keys) + " keys move (" +
                                      percentText(m_lastRatio) + "); copying them takes about " +
                                      std::to_string(static_cast<long long>(std::ceil(copyS))) +
                                      " s");
            m_before = m_map;
            m_toCopy = std::move(moved);
            m_copyNext = 0;
            m_copyStartS = sim.now();
            if (!m_toCopy.empty() && !m_copyPending) {
                m_copyPending = true;
                sim.scheduleTimer(sim.now(), station, kCopyTimer);
            }
        }
        m_map = std::move(next);
        m_mapScheme = m_params.scheme;
        m_mapVnodes = m_params.vnodes;
        m_built = true;
    }
    m_mapToShard.clear();
    for (const std::string &name : m_map.shards())
        m_mapToShard.push_back(shardNamed(name));
}

void ShardRouterBehavior::reshard(Simulation &sim, std::uint32_t station, int delta)
{
    const int linked = static_cast<int>(std::min<std::size_t>(m_shards.size(), kMaxShards));
    const int wanted = m_active + delta;
    if (wanted < 1 || wanted > linked) {
        sim.logEvent(station, delta > 0 ? "add_shard: no standby database is linked to become a "
                                          "shard (link one first)"
                                        : "remove_shard: the last shard cannot be removed");
        return;
    }
    m_active = wanted;
    rebuild(sim, station, delta > 0 ? "add_shard" : "remove_shard");
}

std::uint32_t ShardRouterBehavior::shardKeyOf(const Request &r) const
{
    return m_params.shard_key == ShardKey::Key ? r.key : r.user;
}

int ShardRouterBehavior::linkInto(Simulation &sim, std::uint32_t station, std::size_t i,
                                  RequestKind kind, FailureCause &cause)
{
    const Shard &shard = m_shards[i];
    if (shard.set >= 0) {
        const Replication::Pick pick = sim.replication().pick(sim, shard.set, station, kind);
        cause = pick.cause;
        return pick.link;
    }
    for (const std::uint32_t l : shard.links)
        if (sim.linkAllows(sim.links()[l], kind))
            return static_cast<int>(l);
    cause = FailureCause::NoBackend;
    return -1;
}

void ShardRouterBehavior::route(Simulation &sim, std::uint32_t slot, std::uint32_t station)
{
    Request &r = sim.request(slot);
    if (m_map.shards().empty()) {
        sim.fail(slot, FailureCause::NoBackend, station);
        return;
    }
    if (r.depth >= kMaxCallDepth) {
        sim.fail(slot, FailureCause::Rejected, station); // calls nested this deep: a loop
        return;
    }
    if (r.kind == RequestKind::Read && m_params.join_share > 0 && m_map.shards().size() > 1 &&
        sim.station(station).routingRng.uniform() < m_params.join_share) {
        fanOut(sim, slot, station);
        return;
    }
    const int shard = shardFor(shardKeyOf(r));
    FailureCause cause = FailureCause::NoBackend;
    const int link =
        shard < 0 ? -1 : linkInto(sim, station, static_cast<std::size_t>(shard), r.kind, cause);
    if (link < 0) {
        sim.fail(slot, cause, station);
        return;
    }
    // The router waits for the answer (holding no worker) and passes it back.
    sim.callHoldingNoWorker(slot, station, static_cast<std::uint32_t>(link));
}

bool ShardRouterBehavior::sendMessage(Simulation &sim, std::uint32_t slot, std::uint32_t station,
                                      std::size_t i)
{
    FailureCause cause = FailureCause::NoBackend;
    const int link = linkInto(sim, station, i, sim.request(slot).kind, cause);
    if (link < 0)
        return false;
    sim.callHoldingNoWorker(slot, station, static_cast<std::uint32_t>(link));
    return true;
}

void ShardRouterBehavior::fanOut(Simulation &sim, std::uint32_t slot, std::uint32_t station)
{
    std::uint32_t id = m_nextJoin++;
    if (id == 0) // 0 names no join
        id = m_nextJoin++;
    const std::size_t parts = m_map.shards().size();
    m_joins[id] = Join{slot, sim.request(slot).generation, static_cast<int>(parts), sim.now()};
    for (std::size_t m = 0; m < parts && m_joins.count(id) != 0; ++m) {
        const std::uint32_t part = sim.newInternalRequest(station);
        if (part == Simulation::kNoSlot) {
            failJoin(sim, station, id, FailureCause::SimulatorLimit);
            return;
        }
        // The pool may have grown: the original is found by its slot again.
        const Request &o = sim.request(slot);
        Request &p = sim.request(part);
        p.internal = false;
        p.message = true; // no user waits for a part: it counts in no end-to-end figure
        p.kind = RequestKind::Read;
        p.key = o.key;
        p.user = o.user;
        p.region = o.region;
        p.measured = o.measured;
        const int shard = m_mapToShard[m];
        p.writeId = id;
        p.term = kJoinPart | static_cast<std::uint32_t>(std::max(shard, 0)) << 8;
        if (shard < 0 || !sendMessage(sim, part, station, static_cast<std::size_t>(shard))) {
            sim.discard(part);
            failJoin(sim, station, id, FailureCause::NoBackend);
        }
    }
}

void ShardRouterBehavior::failJoin(Simulation &sim, std::uint32_t station, std::uint32_t id,
                                   FailureCause cause)
{
    const auto it = m_joins.find(id);
    if (it == m_joins.end())
        return;
    // Failed from a timer: a part's failure is heard inside the kernel's own failure path.
    m_joinsToFail.emplace_back(it->second, cause);
    m_joins.erase(it);
    if (!m_failPending) {
        m_failPending = true;
        sim.scheduleTimer(sim.now(), station, kFailJoinsTimer);
    }
}

void ShardRouterBehavior::onCallReturn(Simulation &sim, std::uint32_t slot, std::uint32_t station,
                                       const CallFrame &frame)
{
    Request &r = sim.request(slot);
    const double ms = (sim.now() - frame.entered) * 1000.0;
    if (!r.message || r.origin != station) {
        // A user's request answered by its shard: the answer goes on back.
        if (r.kind == RequestKind::Read && r.measured) {
            m_singleMs.record(ms);
            if (const int shard = shardFor(shardKeyOf(r)); shard >= 0)
                m_shardMs[m_shards[static_cast<std::size_t>(shard)].name].record(ms);
        }
        sim.finishHop(slot);
        return;
    }
    const std::uint32_t tag = r.term & 0xffu;
    const std::size_t shard = r.term >> 8;
    if (tag == kJoinPart) {
        const std::uint32_t id = r.writeId;
        if (r.measured && shard < m_shards.size())
            m_shardMs[m_shards[shard].name].record(ms);
        sim.discard(slot);
        const auto it = m_joins.find(id);
        if (it == m_joins.end() || --it->second.remaining > 0)
            return;
        const Join join = it->second;
        m_joins.erase(it);
        const Request &o = sim.request(join.slot);
        if (!o.active || o.generation != join.generation)
            return;
        if (o.measured)
            m_joinMs.record((sim.now() - join.startedS) * 1000.0);
        sim.finishHop(join.slot);
        return;
    }
    if (tag == kCopyRead) {
        // Read from the old shard: now written to the key's shard.
        const int target = shardFor(r.user);
        r.kind = RequestKind::Write;
        r.term = kCopyWrite | static_cast<std::uint32_t>(std::max(target, 0)) << 8;
        if (target < 0 || !sendMessage(sim, slot, station, static_cast<std::size_t>(target))) {
            sim.discard(slot);
            ++m_copyLost;
            --m_copyOutstanding;
        }
        return;
    }
    sim.discard(slot);
    ++m_copied;
    --m_copyOutstanding;
    if (m_copyOutstanding == 0 && m_copyNext >= m_toCopy.size() && !m_toCopy.empty()) {
        sim.logEvent(
            station,
            "resharding done: " + std::to_string(m_toCopy.size()) + " keys copied in " +
                std::to_string(static_cast<long long>(std::round(sim.now() - m_copyStartS))) +
                " s");
        m_toCopy.clear();
        m_copyNext = 0;
    }
}

void ShardRouterBehavior::onMessageFailed(Simulation &sim, std::uint32_t slot,
                                          std::uint32_t station, FailureCause cause)
{
    const Request &r = sim.request(slot);
    if (r.origin != station)
        return;
    if ((r.term & 0xffu) == kJoinPart) {
        failJoin(sim, station, r.writeId, cause);
    } else {
        ++m_copyLost;
        --m_copyOutstanding;
    }
}

void ShardRouterBehavior::copyNext(Simulation &sim, std::uint32_t station)
{
    if (m_copyNext >= m_toCopy.size() || sim.station(station).removed)
        return;
    const double next = sim.now() + 1.0 / m_params.migration_keys_per_s;
    if (sim.station(station).up) {
        const std::uint32_t k = m_toCopy[m_copyNext];
        const std::uint32_t slot = sim.newInternalRequest(station);
        if (slot != Simulation::kNoSlot) {
            ++m_copyNext;
            const int from = shardNamed(m_before.shards()[m_before.shardOf(k)]);
            const int to = shardFor(k);
            Request &p = sim.request(slot);
            p.internal = false;
            p.message = true;
            p.user = k;
            p.key = m_params.shard_key == ShardKey::Key ? k : kNoKey;
            // Read on the old shard; when it is no longer linked, only the write is done.
            p.kind = from >= 0 ? RequestKind::Read : RequestKind::Write;
            const int target = from >= 0 ? from : to;
            p.term = (from >= 0 ? kCopyRead : kCopyWrite) |
                     static_cast<std::uint32_t>(std::max(target, 0)) << 8;
            ++m_copyOutstanding;
            if (target < 0 || !sendMessage(sim, slot, station, static_cast<std::size_t>(target))) {
                sim.discard(slot);
                ++m_copyLost;
                --m_copyOutstanding;
            }
        }
    }
    if (m_copyNext < m_toCopy.size()) {
        m_copyPending = true;
        sim.scheduleTimer(next, station, kCopyTimer);
    }
}

void ShardRouterBehavior::onTimer(Simulation &sim, std::uint32_t station, std::uint32_t aux)
{
    if (aux == kCopyTimer) {
        m_copyPending = false;
        copyNext(sim, station);
        return;
    }
    m_failPending = false;
    const std::vector<std::pair<Join, FailureCause>> failing = std::move(m_joinsToFail);
    m_joinsToFail.clear();
    for (const auto &[join, cause] : failing) {
        const Request &o = sim.request(join.slot);
        if (!o.active || o.generation != join.generation)
            continue;
        if (o.measured)
            ++m_joinsFailed;
        sim.fail(join.slot, cause, station);
    }
}

void ShardRouterBehavior::upChanged(Simulation &sim, std::uint32_t station)
{
    // The joins it was waiting for die with it; their parts' answers find nobody.
    if (sim.station(station).up)
        return;
    std::vector<std::uint32_t> ids;
    for (const auto &[id, join] : m_joins)
        ids.push_back(id);
    std::sort(ids.begin(), ids.end()); // the failures in a fixed order, whatever the hashing
    for (const std::uint32_t id : ids)
        failJoin(sim, station, id, FailureCause::Down);
}

} // namespace scalelab
