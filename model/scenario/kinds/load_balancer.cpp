#include "scenario/kinds/load_balancer.h"

#include "scenario/kinds/kind_traits.h"
#include "scenario/scenario.h"
#include "scenario/scenario_limits.h"
#include "scenario/validation_util.h"

namespace scalelab {

namespace {

constexpr const char *kBalancer = QT_TRANSLATE_NOOP("scalelab::Param", "Load balancer");

std::vector<ParamSpec> balancerParams()
{
    using P = LoadBalancerParams;
    return {
        bound<LbAlgorithm>(
            {.key = "algorithm",
             .type = ParamType::Choice,
             .label = QT_TRANSLATE_NOOP("scalelab::Param", "Algorithm"),
             .tooltip = QT_TRANSLATE_NOOP(
                 "scalelab::Param",
                 "How the next server is chosen. Round robin: each in turn. Least "
                 "connections: the one with the fewest requests in progress (best when "
                 "requests vary in length). Random: any, at random. Sticky: a user's "
                 "first request goes to the server the user's number hashes to, and a cookie "
                 "keeps the user there while that server is healthy, so sessions kept in a "
                 "server's memory are found again; but users are not all alike, so the load "
                 "is less even, and a recovered server gets only new users."),
             .group = kBalancer,
             .choices = {{"round_robin", QT_TRANSLATE_NOOP("scalelab::Param", "Round robin")},
                         {"least_connections",
                          QT_TRANSLATE_NOOP("scalelab::Param", "Least connections")},
                         {"random", QT_TRANSLATE_NOOP("scalelab::Param", "Random")},
                         {"sticky", QT_TRANSLATE_NOOP("scalelab::Param", "Sticky (cookie)")}}},
            [](Component &c) -> LbAlgorithm & { return c.as<P>().algorithm; }),
        bound<double>(
            {.key = "cookie_s",
             .type = ParamType::Number,
             .label = QT_TRANSLATE_NOOP("scalelab::Param", "Cookie lifetime"),
             .unit = "s",
             .min = 0,
             .max = 1e7,
             .decimals = 0,
             .tooltip = QT_TRANSLATE_NOOP(
                 "scalelab::Param",
                 "Sticky only: how long the cookie keeps a user on one server (0: for the "
                 "whole run). When it expires the user is hashed again over the servers there "
                 "are now: after a scale-out some users move to the new server, which evens "
                 "the load but, with sessions in the servers' memory, logs those users out."),
             .group = kBalancer},
            [](Component &c) -> double & { return c.as<P>().cookie_s; }),
        bound<double>(
            {.key = "health_check.interval_s",
             .type = ParamType::Number,
             .label = QT_TRANSLATE_NOOP("scalelab::Param", "Health-check interval"),
             .shortLabel = QT_TRANSLATE_NOOP("scalelab::Param", "hc"),
             .unit = "s",
             .min = 0,
             .max = 86400,
             .decimals = 1,
             .floor = 0.1,
             .floorWhy = "real health checks run every few seconds, and each probe is work "
                         "for the simulator: a shorter interval teaches nothing more and only "
                         "makes the run slow",
             .tooltip = QT_TRANSLATE_NOOP(
                 "scalelab::Param",
                 "How often the balancer probes each server. A dead server keeps receiving "
                 "traffic (and failing it) until it fails \"unhealthy after\" probes in a row. "
                 "0 means the balancer learns of a failure at once; otherwise at least 0.1 s "
                 "(real balancers probe every few seconds)."),
             .group = kBalancer},
            [](Component &c) -> double & { return c.as<P>().health_check.interval_s; }),
        bound<int>({.key = "health_check.unhealthy_after",
                    .type = ParamType::Integer,
                    .label = QT_TRANSLATE_NOOP("scalelab::Param", "Unhealthy after (checks)"),
                    .min = 1,
                    .max = 1000,
                    .tooltip = QT_TRANSLATE_NOOP(
                        "scalelab::Param",
                        "Failed probes in a row before a server is taken out of rotation. More "
                        "checks avoid removing a server for one slow answer, but detect a crash "
                        "later."),
                    .group = kBalancer},
                   [](Component &c) -> int & { return c.as<P>().health_check.unhealthy_after; }),
        bound<int>({.key = "health_check.healthy_after",
                    .type = ParamType::Integer,
                    .label = QT_TRANSLATE_NOOP("scalelab::Param", "Healthy after (checks)"),
                    .min = 1,
                    .max = 1000,
                    .tooltip = QT_TRANSLATE_NOOP(
                        "scalelab::Param",
                        "Good probes in a row before a recovered server gets traffic again."),
                    .group = kBalancer},
                   [](Component &c) -> int & { return c.as<P>().health_check.healthy_after; }),
    };
}

std::vector<std::pair<std::string, std::string>> checkSticky(const Component &c, const Scenario &s)
{
    if (c.as<LoadBalancerParams>().algorithm == LbAlgorithm::Sticky &&
        totalUsers(s) > kMaxSessionUsers)
        return {{".algorithm",
                 "sticky cookies are simulated for at most " + std::to_string(kMaxSessionUsers) +
                     " users in all; the design has " + std::to_string(totalUsers(s))}};
    return {};
}

} // namespace

const KindTraits &loadBalancerTraits()
{
    static const KindTraits traits{
        .kind = ComponentKind::LoadBalancer,
        .yamlName = "load_balancer",
        .displayName = QT_TRANSLATE_NOOP("scalelab::Kind", "Load balancer"),
        .idStem = "lb",
        .description = QT_TRANSLATE_NOOP(
            "scalelab::Kind",
            "The public entry point that spreads requests over the servers behind it and "
            "stops sending to a server its health checks find dead."),
        .colour = 0xef6c00,
        .diagramShape = DiagramShape::Hexagon,
        .outgoing = OutgoingUse::SpreadOverTargets,
        .outgoingText = "each request goes to one of its links' targets, chosen by the "
                        "algorithm among those it believes healthy",
        .params = balancerParams(),
        .cardKeys = {"algorithm", "health_check.interval_s"},
        .checkInDesign = checkSticky,
        .applyDefaults =
            [](Component &c) {
                // Forwarding is cheap and nearly constant; many connections at once.
                c.workers = 64;
                c.service_ms = Distribution::constant(0.1);
                c.cost_per_hour = 0.025;
                // HAProxy's classic default maxconn.
                c.capacity = 2000;
                c.params = LoadBalancerParams{};
            },
    };
    return traits;
}

const char *toString(LbAlgorithm a)
{
    return choiceName(loadBalancerTraits().params[0], static_cast<int>(a)).data();
}

} // namespace scalelab
