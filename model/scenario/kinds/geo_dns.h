#pragma once

// geo_dns: a DNS that answers each user with the nearest healthy data center's entry
// point (stage 9). It health-checks its links' targets at an interval; users keep an
// answer for the TTL, so after a data center dies its users fail until their answer
// expires and they ask again.

#include "scenario/kinds/dns.h"

namespace scalelab {

struct KindTraits;

struct GeoDnsParams {
    double ttl_s = 60.0;          ///< users keep an answer this long
    double health_check_s = 10.0; ///< how often it checks each data center's entry point
    DnsWhenDown when_down = DnsWhenDown::Fail;
    bool operator==(const GeoDnsParams &) const = default;
};

const KindTraits &geoDnsTraits();

} // namespace scalelab
