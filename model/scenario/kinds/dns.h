#pragma once

// dns: turns a domain name into an address; clients cache the answer for its TTL.

#include "scenario/kinds/param.h"

#include <cstdint>

namespace scalelab {

struct KindTraits;

/// What a user whose answer has expired does while the DNS is down: the lookup fails, or
/// the user's resolver keeps serving the expired answer (serve-stale, RFC 8767).
enum class DnsWhenDown : std::uint8_t { Fail, ServeStale };

struct DnsParams {
    double ttl_s = 300.0; ///< clients keep an answer this long
    DnsWhenDown when_down = DnsWhenDown::Fail;
    bool operator==(const DnsParams &) const = default;
};

const KindTraits &dnsTraits();
/// The `when_down` parameter, declared once for the dns and the geo_dns (bind it with
/// bound<DnsWhenDown> to the kind's field).
ParamSpec dnsWhenDownSpec(std::string_view group);

} // namespace scalelab
