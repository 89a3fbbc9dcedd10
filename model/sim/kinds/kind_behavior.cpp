// The defaults every kind shares unless it says otherwise.
#include "sim/kinds/kind_behavior.h"

#include "sim/simulation.h"

namespace scalelab {

void KindBehavior::start(Simulation &, std::uint32_t) {}

bool KindBehavior::bypass(Simulation &, std::uint32_t, std::uint32_t)
{
    return false;
}

const Distribution &KindBehavior::serviceTime(const Station &st, const Request &) const
{
    return st.service;
}

void KindBehavior::afterService(Simulation &sim, std::uint32_t slot, std::uint32_t station)
{
    sim.leaveStation(slot, station);
    route(sim, slot, station);
}

void KindBehavior::onCallReturn(Simulation &sim, std::uint32_t slot, std::uint32_t station,
                                const CallFrame &frame)
{
    sim.continueCalls(slot, station, frame.nextLink, frame.entered);
}

void KindBehavior::edited(Simulation &, std::uint32_t) {}

double KindBehavior::patienceS() const
{
    return 0;
}

void KindBehavior::onTimer(Simulation &, std::uint32_t, std::uint32_t) {}

void KindBehavior::linksChanged(Simulation &, std::uint32_t, const std::vector<std::string> &) {}

void KindBehavior::report(ComponentResult &) const {}

bool KindBehavior::usesSessions() const
{
    return false;
}

void KindBehavior::resetStats() {}

bool KindBehavior::watchesWrites() const
{
    return false;
}

bool KindBehavior::backlog(std::int64_t &, std::int64_t &) const
{
    return false;
}

bool KindBehavior::pullsFromTargets() const
{
    return false;
}

void KindBehavior::onTargetFree(Simulation &, std::uint32_t, std::uint32_t) {}

void KindBehavior::onKeyWritten(Simulation &, std::uint32_t, std::uint32_t) {}

std::vector<const char *> KindBehavior::seriesColumns() const
{
    return {};
}

void KindBehavior::sampleSeries(double *) {}

void KindBehavior::liveFigures(double, std::vector<LiveFigure> &) const {}

void KindBehavior::onInternalFailed(Simulation &, std::uint32_t, std::uint32_t) {}

void KindBehavior::upChanged(Simulation &, std::uint32_t) {}

bool KindBehavior::redirect(Simulation &, std::uint32_t)
{
    return false;
}

void KindBehavior::deploy(Simulation &, std::uint32_t) {}

void KindBehavior::reshard(Simulation &, std::uint32_t, int) {}

void KindBehavior::onMessageFailed(Simulation &, std::uint32_t, std::uint32_t, FailureCause) {}
bool KindBehavior::hasDisk() const
{
    return false;
}

std::uint64_t KindBehavior::diskWrites() const
{
    return 0;
}

double KindBehavior::storedMb() const
{
    return 0;
}

} // namespace scalelab
