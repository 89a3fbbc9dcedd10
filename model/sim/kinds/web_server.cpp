#include "sim/kinds/web_server.h"

#include "sim/simulation.h"

namespace scalelab {

void WebServerBehavior::afterService(Simulation &sim, std::uint32_t slot, std::uint32_t station)
{
    // The worker stays held during the calls; continueCalls frees it when they are done.
    sim.continueCalls(slot, station, 0, sim.request(slot).entered);
}

void WebServerBehavior::route(Simulation &sim, std::uint32_t slot, std::uint32_t)
{
    // Reached only if a response had to leave without its calls (never, today): it goes
    // back the way it came.
    sim.finishHop(slot);
}

} // namespace scalelab
