#include "sim/kinds/database.h"

#include "sim/simulation.h"

namespace scalelab {

void DatabaseBehavior::configure(const Component &c, const KindContext &)
{
    m_read = c.as<DatabaseParams>().read_ms;
    m_write = c.as<DatabaseParams>().write_ms;
}

void DatabaseBehavior::start(Simulation &sim, std::uint32_t station)
{
    m_replication = &sim.replication();
    m_station = station;
    m_replication->start(sim, station);
}

bool DatabaseBehavior::replicated() const
{
    return m_replication && m_replication->setOf(m_station) >= 0;
}

bool DatabaseBehavior::bypass(Simulation &sim, std::uint32_t slot, std::uint32_t station)
{
    return replicated() && m_replication->arrive(sim, slot, station);
}

const Distribution &DatabaseBehavior::serviceTime(const Station &, const Request &r) const
{
    return r.kind == RequestKind::Write ? m_write : m_read;
}

void DatabaseBehavior::afterService(Simulation &sim, std::uint32_t slot, std::uint32_t station)
{
    if (sim.request(slot).kind == RequestKind::Write)
        ++m_diskWrites; // a write it served reaches its disk, a replicated apply too
    if (replicated()) {
        if (m_replication->served(sim, slot, station) == Replication::Served::Answer)
            KindBehavior::afterService(sim, slot, station);
        return;
    }
    // A committed write makes every earlier copy of its key stale; a read answers with the
    // version it found (a cache fills with it).
    Request &r = sim.request(slot);
    if (r.kind == RequestKind::Write) {
        sim.keyWritten(station, r.key);
    } else {
        r.readVersion = sim.keyVersions().version(r.key);
        sim.countDatabaseRead(r.measured, false);
    }
    KindBehavior::afterService(sim, slot, station);
}

void DatabaseBehavior::route(Simulation &sim, std::uint32_t slot, std::uint32_t station)
{
    sim.routeByProbability(slot, station);
}

void DatabaseBehavior::onTimer(Simulation &sim, std::uint32_t, std::uint32_t aux)
{
    sim.replication().onTimer(sim, aux);
}

void DatabaseBehavior::onInternalFailed(Simulation &sim, std::uint32_t slot, std::uint32_t station)
{
    sim.replication().internalFailed(sim, slot, station);
}

void DatabaseBehavior::report(ComponentResult &out) const
{
    if (replicated())
        m_replication->report(m_station, out);
}

std::vector<const char *> DatabaseBehavior::seriesColumns() const
{
    return replicated() ? m_replication->seriesColumns(m_station) : std::vector<const char *>{};
}

void DatabaseBehavior::sampleSeries(double *out)
{
    if (replicated())
        m_replication->sampleSeries(m_station, out);
}

void DatabaseBehavior::liveFigures(double now, std::vector<LiveFigure> &out) const
{
    if (replicated())
        m_replication->liveFigures(m_station, now, out);
}

} // namespace scalelab
