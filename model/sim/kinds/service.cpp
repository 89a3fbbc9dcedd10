#include "sim/kinds/service.h"

#include "sim/simulation.h"

namespace scalelab {

void ServiceBehavior::route(Simulation &sim, std::uint32_t slot, std::uint32_t station)
{
    sim.routeByProbability(slot, station);
}

} // namespace scalelab
