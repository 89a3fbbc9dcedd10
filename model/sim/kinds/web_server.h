#pragma once

// web_server: thread-per-request. After its own service time it calls each link's target
// in turn (with the link's probability), holding its worker until every call returns.

#include "sim/kinds/kind_behavior.h"

namespace scalelab {

class WebServerBehavior : public KindBehavior {
public:
    void configure(const Component &, const KindContext &) override {}
    void afterService(Simulation &sim, std::uint32_t slot, std::uint32_t station) override;
    void route(Simulation &sim, std::uint32_t slot, std::uint32_t station) override;
};

} // namespace scalelab
