#include "scenario/kinds/geo_dns.h"

#include "scenario/kinds/dns.h"

#include "scenario/kinds/kind_traits.h"
#include "scenario/scenario.h"
#include "scenario/scenario_limits.h"

namespace scalelab {

namespace {

constexpr const char *kGroup = QT_TRANSLATE_NOOP("scalelab::Param", "GeoDNS");

std::vector<ParamSpec> geoDnsParams()
{
    return {
        bound<double>(
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
                 "How long a user keeps an answer. When a data center dies, its users keep "
                 "going to it until their answer expires: a short TTL moves them sooner, at "
                 "the price of more lookups."),
             .group = kGroup},
            [](Component &c) -> double & { return c.as<GeoDnsParams>().ttl_s; }),
        bound<double>(
            {.key = "health_check_s",
             .type = ParamType::Number,
             .label = QT_TRANSLATE_NOOP("scalelab::Param", "Health check interval"),
             .shortLabel = QT_TRANSLATE_NOOP("scalelab::Param", "check"),
             .unit = "s",
             .min = 0.1,
             .max = kMaxDurationS,
             .decimals = 1,
             .tooltip = QT_TRANSLATE_NOOP(
                 "scalelab::Param",
                 "How often it checks each data center's entry point. Until a check finds a "
                 "dead data center, new lookups are still answered with it."),
             .group = kGroup},
            [](Component &c) -> double & { return c.as<GeoDnsParams>().health_check_s; }),
        bound<DnsWhenDown>(
            dnsWhenDownSpec(kGroup),
            [](Component &c) -> DnsWhenDown & { return c.as<GeoDnsParams>().when_down; }),
    };
}

/// Its answers are data centers: each link's target must stand in a data center's region.
std::vector<std::pair<std::string, std::string>> checkAnswers(const Component &c, const Scenario &s)
{
    std::vector<std::pair<std::string, std::string>> out;
    for (std::size_t i = 0; i < s.links.size() && i < kMaxLinks; ++i)
        if (s.links[i].from == c.id && s.find(s.links[i].to) != nullptr &&
            regionOf(s, s.links[i].to).empty())
            out.emplace_back("links[" + std::to_string(i) + "].to",
                             "a geoDNS answers with the nearest data center; put '" +
                                 s.links[i].to +
                                 "' in a data_center group that has a region (groups: - {id: "
                                 "dc1, kind: data_center, region: europe, members: [...]})");
    return out;
}

} // namespace

const KindTraits &geoDnsTraits()
{
    static const KindTraits traits{
        .kind = ComponentKind::GeoDns,
        .yamlName = "geo_dns",
        .displayName = QT_TRANSLATE_NOOP("scalelab::Kind", "GeoDNS"),
        .idStem = "geodns",
        .description = QT_TRANSLATE_NOOP(
            "scalelab::Kind",
            "A DNS that answers each user with the nearest healthy data center (Route 53's "
            "latency routing): it health-checks each data center's entry point, and users keep "
            "its answer for the TTL."),
        .colour = 0x00695c,
        .diagramShape = DiagramShape::Hexagon,
        .entryOnly = true,
        .incomingRefusal = "users ask it first, so it is an entry point and only users link "
                           "into it; link from the geoDNS to each data center's entry point",
        .needsOutgoing = true,
        .outgoing = OutgoingUse::AnswersWithNearest,
        .outgoingText = "one link to each data center's entry point: it answers a user with the "
                        "entry point nearest to the user's region among those that passed "
                        "its last health check",
        .params = geoDnsParams(),
        .cardKeys = {"ttl_s", "health_check_s"},
        .checkWhole = checkAnswers,
        .applyDefaults =
            [](Component &c) {
                // As a plain dns: a lookup is a round trip to the resolver.
                dnsTraits().applyDefaults(c);
                c.params = GeoDnsParams{};
            },
    };
    return traits;
}

} // namespace scalelab
