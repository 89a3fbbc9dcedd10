#pragma once

// database: reads and writes take their own service times; it calls nothing.

#include "sim/kinds/kind_behavior.h"

namespace scalelab {

class DatabaseBehavior : public KindBehavior {
public:
    void configure(const Component &c, const KindContext &context) override;
    const Distribution &serviceTime(const Station &st, const Request &r) const override;
    void afterService(Simulation &sim, std::uint32_t slot, std::uint32_t station) override;
    void route(Simulation &sim, std::uint32_t slot, std::uint32_t station) override;

private:
    Distribution m_read;
    Distribution m_write;
};

} // namespace scalelab
