#pragma once

// service: a pipeline stage. It frees its worker when service ends and hands the request
// along one link chosen by probability (networks of them are Jackson networks).

#include "sim/kinds/kind_behavior.h"

namespace scalelab {

class ServiceBehavior : public KindBehavior {
public:
    void configure(const Component &, const KindContext &) override {}
    void route(Simulation &sim, std::uint32_t slot, std::uint32_t station) override;
};

} // namespace scalelab
