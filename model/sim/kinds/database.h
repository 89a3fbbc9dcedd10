#pragma once

// database: reads and writes take their own service times; it calls nothing. A member of
// a replication set (a primary with replicas) leaves what replication changes to
// Replication (replication.h): which versions it holds, its replication work, refusing
// writes as a replica, promotion.

#include "sim/kinds/kind_behavior.h"

namespace scalelab {

class Replication;

class DatabaseBehavior : public KindBehavior {
public:
    void configure(const Component &c, const KindContext &context) override;
    void start(Simulation &sim, std::uint32_t station) override;
    bool bypass(Simulation &sim, std::uint32_t slot, std::uint32_t station) override;
    const Distribution &serviceTime(const Station &st, const Request &r) const override;
    void afterService(Simulation &sim, std::uint32_t slot, std::uint32_t station) override;
    void route(Simulation &sim, std::uint32_t slot, std::uint32_t station) override;
    void onTimer(Simulation &sim, std::uint32_t station, std::uint32_t aux) override;
    void onInternalFailed(Simulation &sim, std::uint32_t slot, std::uint32_t station) override;
    void report(ComponentResult &out) const override;
    std::vector<const char *> seriesColumns() const override;
    void sampleSeries(double *out) override;
    void liveFigures(double now, std::vector<LiveFigure> &out) const override;
    bool hasDisk() const override { return true; }
    std::uint64_t diskWrites() const override { return m_diskWrites; }

private:
    bool replicated() const;

    Distribution m_read;
    Distribution m_write;
    Replication *m_replication = nullptr; ///< the simulation's, once started
    std::uint32_t m_station = 0;
    std::uint64_t m_diskWrites = 0; ///< writes served: its own and replicated applies
};

} // namespace scalelab
