#pragma once

// service: a generic pipeline stage (a queue, workers, a service time, then one link on).

namespace scalelab {

struct KindTraits;

struct ServiceParams {
    bool operator==(const ServiceParams &) const = default;
};

const KindTraits &serviceTraits();

} // namespace scalelab
