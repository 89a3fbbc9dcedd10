#include "scenario/kinds/dns.h"

#include "scenario/kinds/kind_traits.h"
#include "scenario/scenario.h"
#include "scenario/scenario_limits.h"

namespace scalelab {

ParamSpec dnsWhenDownSpec(std::string_view group)
{
    return {.key = "when_down",
            .type = ParamType::Choice,
            .label = QT_TRANSLATE_NOOP("scalelab::Param", "When down"),
            .tooltip = QT_TRANSLATE_NOOP(
                "scalelab::Param",
                "What a user whose answer has expired gets while this DNS is down. Fail: the "
                "lookup fails, so after one TTL nobody reaches the site. Serve stale: the "
                "user's resolver keeps using the expired answer (RFC 8767, as the large public "
                "resolvers do), so users keep reaching the address they had."),
            .group = group,
            .choices = {{"fail", QT_TRANSLATE_NOOP("scalelab::Param", "Fail")},
                        {"serve_stale", QT_TRANSLATE_NOOP("scalelab::Param", "Serve stale")}}};
}

const KindTraits &dnsTraits()
{
    static const KindTraits traits{
        .kind = ComponentKind::Dns,
        .yamlName = "dns",
        .displayName = QT_TRANSLATE_NOOP("scalelab::Kind", "DNS"),
        .idStem = "dns",
        .description = QT_TRANSLATE_NOOP(
            "scalelab::Kind",
            "Turns a domain name into an IP address; clients cache the answer for its TTL, so "
            "only some requests pay the lookup."),
        .colour = 0x00897b,
        .diagramShape = DiagramShape::Hexagon,
        .entryOnly = true,
        .incomingRefusal = "users ask it first, so it is an entry point and only users link "
                           "into it; link from the dns to the component it answers with instead",
        .maxOutgoing = 1,
        .outgoingRefusal = "a dns answers with one address, so it has exactly one outgoing link",
        .outgoing = OutgoingUse::AnswersWithFirst,
        .outgoingText = "it answers with its one link's target, where the request goes next; "
                        "a client holding a fresh answer skips the lookup",
        .params =
            {bound<double>(
                 {.key = "ttl_s",
                  .type = ParamType::Number,
                  .label = QT_TRANSLATE_NOOP("scalelab::Param", "TTL"),
                  .shortLabel = QT_TRANSLATE_NOOP("scalelab::Param", "TTL"),
                  .unit = "s",
                  .min = 0,
                  .max = kMaxDurationS,
                  .decimals = 1,
                  .tooltip = QT_TRANSLATE_NOOP(
                      "scalelab::Param",
                      "Time to live: how long a client keeps an answer before asking again. A long "
                      "TTL saves lookups, but after a failover clients keep going to the old "
                      "address until it expires."),
                  .group = QT_TRANSLATE_NOOP("scalelab::Param", "DNS")},
                 [](Component &c) -> double & { return c.as<DnsParams>().ttl_s; }),
             bound<DnsWhenDown>(
                 dnsWhenDownSpec(QT_TRANSLATE_NOOP("scalelab::Param", "DNS")),
                 [](Component &c) -> DnsWhenDown & { return c.as<DnsParams>().when_down; })},
        .cardKeys = {"service_ms", "ttl_s"},
        .applyDefaults =
            [](Component &c) {
                // A lookup costs a roughly fixed network round trip to the resolver.
                c.workers = 16;
                c.service_ms = Distribution::constant(20.0);
                // A resolver's queries in progress: Unbound's num-queries-per-thread.
                c.capacity = 1024;
                c.params = DnsParams{};
            },
    };
    return traits;
}

} // namespace scalelab
