#pragma once

// dns: turns a domain name into an address; clients cache the answer for its TTL.

namespace scalelab {

struct KindTraits;

struct DnsParams {
    double ttl_s = 300.0; ///< clients keep an answer this long
    bool operator==(const DnsParams &) const = default;
};

const KindTraits &dnsTraits();

} // namespace scalelab
