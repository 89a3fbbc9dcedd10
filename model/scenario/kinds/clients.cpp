#include "scenario/kinds/clients.h"

#include "scenario/kinds/kind_traits.h"
#include "scenario/region_validation.h"
#include "scenario/scenario.h"
#include "scenario/scenario_limits.h"

#include <cmath>

namespace scalelab {

namespace {

constexpr const char *kLoad = QT_TRANSLATE_NOOP("scalelab::Param", "Load");
constexpr const char *kMix = QT_TRANSLATE_NOOP("scalelab::Param", "Request mix");
constexpr const char *kData = QT_TRANSLATE_NOOP("scalelab::Param", "Data keys");
constexpr const char *kAssets = QT_TRANSLATE_NOOP("scalelab::Param", "Static assets");
using P = ClientsParams;

ParamSpec mixShare(std::string_view key, std::string_view label, std::string_view tooltip)
{
    return {.key = key,
            .type = ParamType::Number,
            .label = label,
            .min = 0,
            .max = 1e9,
            .decimals = 2,
            .tooltip = tooltip,
            .group = kMix,
            .zeroMissingSiblings = true};
}

std::vector<ParamSpec> clientsParams()
{
    std::vector<ParamSpec> p;
    p.push_back(bound<int>(
        {.key = "users",
         .type = ParamType::Integer,
         .label = QT_TRANSLATE_NOOP("scalelab::Param", "Users"),
         .shortLabel = QT_TRANSLATE_NOOP("scalelab::Param", "users"),
         .min = 1,
         .max = kMaxUsers,
         .tooltip = QT_TRANSLATE_NOOP(
             "scalelab::Param",
             "How many different people send the requests. Each keeps its own DNS answer for "
             "the TTL (and, in later stages, its own session), so more users means more "
             "lookups."),
         .group = kLoad},
        [](Component &c) -> int & { return c.as<P>().users; }));
    p.push_back(bound<double>(
        {.key = "rate_rps",
         .type = ParamType::Number,
         .label = QT_TRANSLATE_NOOP("scalelab::Param", "Request rate"),
         .unit = "rps",
         .min = 0,
         .max = kMaxRateRps,
         .decimals = 1,
         .tooltip = QT_TRANSLATE_NOOP(
             "scalelab::Param",
             "Requests per second from all these users together, while no load curve is "
             "given. Push it towards a component's capacity and watch latency bend."),
         .group = kLoad},
        [](Component &c) -> double & { return c.as<P>().rate_rps; }));
    p.push_back(bound<ArrivalProcess>(
        {.key = "arrival",
         .type = ParamType::Choice,
         .label = QT_TRANSLATE_NOOP("scalelab::Param", "Arrivals"),
         .tooltip = QT_TRANSLATE_NOOP(
             "scalelab::Param",
             "Poisson: requests come at random moments, as many independent users do (queues "
             "form even below capacity). Constant: evenly spaced, like a load-test tool."),
         .group = kLoad,
         .choices = {{"poisson", QT_TRANSLATE_NOOP("scalelab::Param", "Poisson (random)")},
                     {"constant", QT_TRANSLATE_NOOP("scalelab::Param", "Constant (even)")}}},
        [](Component &c) -> ArrivalProcess & { return c.as<P>().arrival; }));
    p.push_back(bound<std::vector<RatePoint>>(
        {.key = "curve",
         .type = ParamType::Curve,
         .label = QT_TRANSLATE_NOOP("scalelab::Param", "Load curve"),
         .unit = "rps",
         .tooltip = QT_TRANSLATE_NOOP(
             "scalelab::Param",
             "The rate over time, as points {t_s, rate_rps} joined by straight lines: a ramp "
             "from 10 to a million users, a daily cycle or a flash crowd. While a curve is "
             "given it replaces the constant rate."),
         .group = kLoad},
        [](Component &c) -> std::vector<RatePoint> & { return c.as<P>().curve; }));
    p.push_back(bound<std::optional<double>>(
        {.key = "timeout_ms",
         .type = ParamType::OptionalNumber,
         .label = QT_TRANSLATE_NOOP("scalelab::Param", "Client timeout"),
         .unit = "ms",
         .min = 0,
         .max = kMaxTimeMs,
         .minOpen = true,
         .decimals = 1,
         .tooltip = QT_TRANSLATE_NOOP(
             "scalelab::Param",
             "How long a user waits for an answer. A slower answer counts as a timeout error "
             "even if it arrives later. Default 10 s: people rarely wait longer for a page, "
             "and many HTTP clients and mobile apps give up about then. None: users wait "
             "forever, so an overloaded design shows no errors, only latency."),
         .group = kLoad,
         .noneText = QT_TRANSLATE_NOOP("scalelab::Param", "none"),
         .suggestion = 5000},
        [](Component &c) -> std::optional<double> & { return c.as<P>().timeout_ms; }));
    p.push_back(bound<double>(
        {.key = "web_share",
         .type = ParamType::Number,
         .label = QT_TRANSLATE_NOOP("scalelab::Param", "On the web"),
         .min = 0,
         .max = 1,
         .decimals = 2,
         .tooltip = QT_TRANSLATE_NOOP(
             "scalelab::Param",
             "The share of users on a web browser; the others use the mobile app. Both "
             "reach the same entry point."),
         .group = kLoad},
        [](Component &c) -> double & { return c.as<P>().web_share; }));
    p.push_back(bound<std::string>(
        {.key = "region",
         .type = ParamType::Text,
         .label = QT_TRANSLATE_NOOP("scalelab::Param", "Region"),
         .tooltip = QT_TRANSLATE_NOOP(
             "scalelab::Param",
             "Where these users are, e.g. asia or europe. Requests carry it, so latency can "
             "be measured per region. Empty: the one region of the design."),
         .group = kLoad},
        [](Component &c) -> std::string & { return c.as<P>().region; }));
    p.push_back(bound<double>(
        mixShare("mix.read", QT_TRANSLATE_NOOP("scalelab::Param", "Reads"),
                 QT_TRANSLATE_NOOP("scalelab::Param",
                                   "Share of requests that read data (pages, API lookups).")),
        [](Component &c) -> double & { return c.as<P>().mix[0]; }));
    p.push_back(bound<double>(
        mixShare("mix.write", QT_TRANSLATE_NOOP("scalelab::Param", "Writes"),
                 QT_TRANSLATE_NOOP("scalelab::Param",
                                   "Share of requests that change data: they must reach the "
                                   "database's primary.")),
        [](Component &c) -> double & { return c.as<P>().mix[1]; }));
    p.push_back(bound<double>(
        mixShare("mix.static", QT_TRANSLATE_NOOP("scalelab::Param", "Static assets"),
                 QT_TRANSLATE_NOOP("scalelab::Param",
                                   "Share of requests for images, CSS and scripts, which a "
                                   "CDN can serve near the user.")),
        [](Component &c) -> double & { return c.as<P>().mix[2]; }));
    p.push_back(bound<double>(
        mixShare("mix.async", QT_TRANSLATE_NOOP("scalelab::Param", "Background jobs"),
                 QT_TRANSLATE_NOOP("scalelab::Param",
                                   "Share of requests that start work nobody waits for (a "
                                   "message queue's job).")),
        [](Component &c) -> double & { return c.as<P>().mix[3]; }));
    p.push_back(bound<int>(
        {.key = "keys.count",
         .type = ParamType::Integer,
         .label = QT_TRANSLATE_NOOP("scalelab::Param", "Distinct keys"),
         .min = 0,
         .max = kMaxKeys,
         .tooltip = QT_TRANSLATE_NOOP(
             "scalelab::Param",
             "How many different data items (rows, pages, profiles) requests ask for. 0: no "
             "popularity model; each request asks for its user's own data."),
         .group = kData},
        [](Component &c) -> int & { return c.as<P>().keys.count; }));
    p.push_back(bound<double>(
        {.key = "keys.zipf",
         .type = ParamType::Number,
         .label = QT_TRANSLATE_NOOP("scalelab::Param", "Popularity skew (Zipf)"),
         .min = 0,
         .max = 5,
         .decimals = 2,
         .tooltip = QT_TRANSLATE_NOOP(
             "scalelab::Param",
             "How unevenly popular the keys are: the key of rank i is asked for in proportion "
             "to 1/i^zipf. 0: all keys alike; about 1: a few keys get most requests, as on "
             "real sites."),
         .group = kData},
        [](Component &c) -> double & { return c.as<P>().keys.zipf; }));
    p.push_back(bound<double>(
        {.key = "keys.hot_share",
         .type = ParamType::Number,
         .label = QT_TRANSLATE_NOOP("scalelab::Param", "Celebrity share"),
         .min = 0,
         .max = 1,
         .decimals = 3,
         .tooltip = QT_TRANSLATE_NOOP(
             "scalelab::Param",
             "The share of requests that ask for the one celebrity key (rank 1) on top of "
             "the Zipf popularity: the hot key that can overload one shard."),
         .group = kData},
        [](Component &c) -> double & { return c.as<P>().keys.hot_share; }));
    p.push_back(bound<int>(
        {.key = "assets.count",
         .type = ParamType::Integer,
         .label = QT_TRANSLATE_NOOP("scalelab::Param", "Static assets"),
         .min = 1,
         .max = kMaxKeys,
         .tooltip = QT_TRANSLATE_NOOP(
             "scalelab::Param",
             "How many different static files (images, videos, scripts, style sheets) the "
             "site's pages load. Each static request asks for one of them; a CDN keeps the "
             "ones asked for often."),
         .group = kAssets},
        [](Component &c) -> int & { return c.as<P>().assets.count; }));
    p.push_back(bound<double>(
        {.key = "assets.zipf",
         .type = ParamType::Number,
         .label = QT_TRANSLATE_NOOP("scalelab::Param", "Asset popularity skew (Zipf)"),
         .min = 0,
         .max = 5,
         .decimals = 2,
         .tooltip = QT_TRANSLATE_NOOP(
             "scalelab::Param",
             "How unevenly popular the static assets are: the asset of rank i is asked for in "
             "proportion to 1/i^zipf. The logo and the main script are on every page; most "
             "photos are seen rarely."),
         .group = kAssets},
        [](Component &c) -> double & { return c.as<P>().assets.zipf; }));
    return p;
}

std::vector<std::pair<std::string, std::string>> checkClients(const Component &c)
{
    std::vector<std::pair<std::string, std::string>> problems;
    const ClientsParams &p = c.as<ClientsParams>();
    if (p.keys.count == 0 && (p.keys.zipf != KeysModel{}.zipf || p.keys.hot_share != 0.0))
        problems.emplace_back(".keys.count", "give keys.count, the number of distinct keys, for "
                                             "the popularity model to apply");
    double total = 0.0;
    for (const double share : p.mix)
        total += std::isfinite(share) ? share : 0.0;
    if (!(total > 0.0))
        problems.emplace_back(".mix",
                              "the request mix is all zero; give at least one kind a share");
    // The same names as a data center's region, so users and data centers can meet.
    if (!p.region.empty())
        if (std::string why = regionNameProblem(p.region); !why.empty())
            problems.emplace_back(".region", std::move(why));
    return problems;
}

/// Each request kind has one way out: the link that names it in `kinds`, else the one
/// link that names none (the entry point). Fields are the links' own (absolute paths).
std::vector<std::pair<std::string, std::string>> checkClientLinks(const Component &c,
                                                                  const Scenario &s)
{
    std::vector<std::pair<std::string, std::string>> problems;
    int general = -1;
    int named[kRequestKindCount] = {-1, -1, -1, -1};
    for (std::size_t i = 0; i < s.links.size(); ++i) {
        const Link &l = s.links[i];
        // A backup link (a secondary nameserver) is asked only when its normal one is down.
        if (l.from != c.id || l.backup)
            continue;
        const std::string field = "links[" + std::to_string(i) + "]";
        if (l.kinds.empty()) {
            if (general >= 0)
                problems.emplace_back(field + ".kinds",
                                      "users already send every kind of request to '" +
                                          s.links[static_cast<std::size_t>(general)].to +
                                          "'; say which requests go to '" + l.to +
                                          "' instead, like kinds: [static] for a CDN");
            else
                general = static_cast<int>(i);
            continue;
        }
        for (const RequestKind k : l.kinds) {
            int &first = named[static_cast<int>(k)];
            if (first >= 0)
                problems.emplace_back(field + ".kinds",
                                      std::string("users already send their ") + toString(k) +
                                          " requests to '" +
                                          s.links[static_cast<std::size_t>(first)].to +
                                          "'; a kind of request goes along one link");
            else
                first = static_cast<int>(i);
        }
    }
    return problems;
}

} // namespace

const KindTraits &clientsTraits()
{
    static const KindTraits traits{
        .kind = ComponentKind::Clients,
        .yamlName = "clients",
        .displayName = QT_TRANSLATE_NOOP("scalelab::Kind", "Users"),
        .idStem = "users",
        .description = QT_TRANSLATE_NOOP(
            "scalelab::Kind",
            "The users on web browsers and mobile apps: how many, how many requests per "
            "second, what they ask for. Their link goes to the entry point (DNS or a load "
            "balancer); static assets may go to a CDN by a link of their own."),
        .colour = 0x43a047,
        .diagramShape = DiagramShape::People,
        .queueing = false,
        .acceptsIncoming = false,
        .incomingRefusal = "users start requests; nothing sends requests to them (responses "
                           "find their way back by themselves)",
        .needsOutgoing = true,
        .outgoing = OutgoingUse::SendsToEntry,
        .outgoingText = "every request starts here: it goes along the link whose `kinds` name "
                        "its kind (static assets to a CDN), else along the one link without "
                        "`kinds` (the entry point); the response comes back to it. A CDN that "
                        "has been down for its fallback_s sends its requests the second way",
        .params = clientsParams(),
        .cardKeys = {"users", "rate_rps", "curve"},
        .check = checkClients,
        .checkInDesign = checkClientLinks,
        .applyDefaults = [](Component &c) { c.params = ClientsParams{}; },
    };
    return traits;
}

} // namespace scalelab
