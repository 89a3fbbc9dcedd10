#include "scenario/kinds/cdn.h"

#include "scenario/kinds/kind_traits.h"
#include "scenario/scenario.h"
#include "scenario/scenario_limits.h"

namespace scalelab {

namespace {

constexpr const char *kEdge = QT_TRANSLATE_NOOP("scalelab::Param", "Edge");

std::vector<ParamSpec> cdnParams()
{
    using P = CdnParams;
    return {
        bound<int>({.key = "max_assets",
                    .type = ParamType::Integer,
                    .label = QT_TRANSLATE_NOOP("scalelab::Param", "Size (assets)"),
                    .shortLabel = "assets",
                    .min = 1,
                    .max = kMaxCacheKeys,
                    .tooltip = QT_TRANSLATE_NOOP(
                        "scalelab::Param",
                        "How many static assets (images, scripts, style sheets) the edge "
                        "servers hold at most. When full, the least recently used makes room."),
                    .group = kEdge},
                   [](Component &c) -> int & { return c.as<P>().max_assets; }),
        bound<double>(
            {.key = "ttl_s",
             .type = ParamType::Number,
             .label = QT_TRANSLATE_NOOP("scalelab::Param", "Time to live"),
             .shortLabel = "TTL",
             .unit = "s",
             .min = 0,
             .max = kMaxDurationS,
             .decimals = 1,
             .tooltip = QT_TRANSLATE_NOOP(
                 "scalelab::Param",
                 "An asset expires at the edge this long after it was fetched from the origin "
                 "(the Cache-Control max-age). The next request for it is a miss that fetches "
                 "it again. A long TTL hits more and spares the origin; a new version still "
                 "reaches users at once, because its URL is new. 0: assets never expire."),
             .group = kEdge},
            [](Component &c) -> double & { return c.as<P>().ttl_s; }),
        bound<double>(
            {.key = "fallback_s",
             .type = ParamType::Number,
             .label = QT_TRANSLATE_NOOP("scalelab::Param", "Fallback after"),
             .unit = "s",
             .min = 0,
             .max = kMaxDurationS,
             .decimals = 1,
             .tooltip = QT_TRANSLATE_NOOP(
                 "scalelab::Param",
                 "How long after the CDN goes down the site notices and points users' pages "
                 "at the origin for static assets. Until then those requests fail; after it "
                 "the origin takes them all. Users return to the CDN when it is back."),
             .group = kEdge},
            [](Component &c) -> double & { return c.as<P>().fallback_s; }),
    };
}

/// Every miss is fetched: its origin link carries every request, always.
std::vector<std::pair<std::string, std::string>> checkOriginLink(const Component &c,
                                                                 const Scenario &s)
{
    std::vector<std::pair<std::string, std::string>> out;
    for (std::size_t i = 0; i < s.links.size() && i < kMaxLinks; ++i) {
        const Link &l = s.links[i];
        if (l.from != c.id)
            continue;
        const std::string at = "links[" + std::to_string(i) + "]";
        if (l.probability != 1.0)
            out.emplace_back(
                at + ".probability",
                "a CDN fetches every miss from its origin: its link has probability 1");
        if (!l.kinds.empty())
            out.emplace_back(at + ".kinds", "a CDN fetches whatever misses from its origin: its "
                                            "link carries every kind (remove kinds)");
    }
    return out;
}

} // namespace

const KindTraits &cdnTraits()
{
    static const KindTraits traits{
        .kind = ComponentKind::Cdn,
        .yamlName = "cdn",
        .displayName = QT_TRANSLATE_NOOP("scalelab::Kind", "CDN"),
        .idStem = "cdn",
        .description = QT_TRANSLATE_NOOP(
            "scalelab::Kind",
            "Edge servers near the users that serve static assets (images, video, CSS, "
            "JavaScript): a hit is answered at the edge, a miss is fetched from the origin it "
            "links to and kept for its TTL."),
        .colour = 0x00897b,
        .diagramShape = DiagramShape::Cloud,
        .servesAssets = true,
        .maxOutgoing = 1,
        .needsOutgoing = true,
        .outgoingRefusal = "a CDN fetches from one origin (its one link goes to the web "
                           "servers' balancer, a web server or a store of the assets)",
        .outgoing = OutgoingUse::CallsEach,
        .outgoingText = "a static request that misses, and any other request, is fetched along "
                        "its one link from the origin, holding a worker until the answer comes "
                        "back; a hit is answered at the edge",
        .params = cdnParams(),
        .cardKeys = {"ttl_s"},
        .checkInDesign = checkOriginLink,
        .applyDefaults =
            [](Component &c) {
                c.workers = 1000;
                c.capacity = 100000;
                c.service_ms = Distribution::constant(1.0);
                c.cost_per_hour = 0.3;
                c.params = CdnParams{};
            },
    };
    return traits;
}

} // namespace scalelab
