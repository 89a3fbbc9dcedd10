// The parameters every queueing kind shares: workers, capacity, service time, timeout,
// CPU speed and cost. Their defaults differ by kind (each kind's applyDefaults).
#include "scenario/kinds/kind_traits.h"
#include "scenario/scenario.h"
#include "scenario/scenario_limits.h"

namespace scalelab {

namespace {

constexpr const char *kCapacity = QT_TRANSLATE_NOOP("scalelab::Param", "Capacity");

std::vector<ParamSpec> makeQueueingParams()
{
    std::vector<ParamSpec> p;
    p.push_back(bound<int>(
        {.key = "workers",
         .type = ParamType::Integer,
         .label = QT_TRANSLATE_NOOP("scalelab::Param", "Workers"),
         .min = 1,
         .max = kMaxWorkers,
         .tooltip = QT_TRANSLATE_NOOP(
             "scalelab::Param",
             "How many requests it serves at the same time (cores, threads or connections). "
             "More workers raise the throughput it can sustain before requests start to "
             "queue."),
         .group = kCapacity},
        [](Component &c) -> int & { return c.workers; }));
    p.push_back(bound<std::optional<int>>(
        {.key = "capacity",
         .type = ParamType::OptionalInteger,
         .label = QT_TRANSLATE_NOOP("scalelab::Param", "Queue capacity"),
         .shortLabel = QT_TRANSLATE_NOOP("scalelab::Param", "cap"),
         .min = 1,
         .max = kMaxCapacity,
         .tooltip = QT_TRANSLATE_NOOP(
             "scalelab::Param",
             "The most requests it holds at once, in service plus waiting; at least the "
             "number of workers. A request that arrives when it is full is rejected at once "
             "(an error) instead of waiting, as a real server refuses connections when its "
             "accept queue is full. Defaults: web server 512 (nginx's listen backlog is 511), "
             "database 151 (MySQL's max_connections), load balancer 2000 (HAProxy's classic "
             "maxconn), dns 1024 (Unbound's queries per thread), cache 10000 (Redis's "
             "maxclients), service 1000 (a bounded work queue). Unbounded: the queue can grow "
             "without limit, and latency with it."),
         .group = kCapacity,
         .noneText = QT_TRANSLATE_NOOP("scalelab::Param", "unbounded"),
         .suggestion = 100},
        [](Component &c) -> std::optional<int> & { return c.capacity; }));
    p.push_back(bound<Distribution>(
        {.key = "service_ms",
         .type = ParamType::Distribution,
         .label = QT_TRANSLATE_NOOP("scalelab::Param", "Service time"),
         .unit = "ms",
         .tooltip = QT_TRANSLATE_NOOP(
             "scalelab::Param",
             "The time one worker spends on one request, not counting waiting in the queue "
             "or the components it calls."),
         .group = QT_TRANSLATE_NOOP("scalelab::Param", "Service time")},
        [](Component &c) -> Distribution & { return c.service_ms; }));
    p.push_back(bound<std::optional<double>>(
        {.key = "timeout_ms",
         .type = ParamType::OptionalNumber,
         .label = QT_TRANSLATE_NOOP("scalelab::Param", "Timeout"),
         .unit = "ms",
         .min = 0,
         .max = kMaxTimeMs,
         .minOpen = true,
         .decimals = 1,
         .tooltip = QT_TRANSLATE_NOOP(
             "scalelab::Param",
             "A request that has waited in the queue longer than this fails with a timeout "
             "instead of being served. None: requests wait as long as it takes."),
         .group = kCapacity,
         .noneText = QT_TRANSLATE_NOOP("scalelab::Param", "none"),
         .suggestion = 1000},
        [](Component &c) -> std::optional<double> & { return c.timeout_ms; }));
    p.push_back(bound<double>(
        {.key = "speed",
         .type = ParamType::Number,
         .label = QT_TRANSLATE_NOOP("scalelab::Param", "CPU speed"),
         .shortLabel = "×",
         .unit = "×",
         .min = 0,
         .max = kMaxSpeed,
         .minOpen = true,
         .decimals = 2,
         .tooltip = QT_TRANSLATE_NOOP(
             "scalelab::Param",
             "How fast the machine is compared with the standard one: service times are "
             "divided by it. Raising it is scaling up (a bigger machine); adding servers is "
             "scaling out."),
         .group = kCapacity},
        [](Component &c) -> double & { return c.speed; }));
    p.push_back(bound<double>(
        {.key = "cost_per_hour",
         .type = ParamType::Number,
         .label = QT_TRANSLATE_NOOP("scalelab::Param", "Cost"),
         .unit = "$/h",
         .min = 0,
         .max = 1e6,
         .decimals = 3,
         .tooltip = QT_TRANSLATE_NOOP("scalelab::Param",
                                      "What this machine costs per hour, in dollars: compare "
                                      "a few big machines with many small ones."),
         .group = kCapacity},
        [](Component &c) -> double & { return c.cost_per_hour; }));
    p.push_back(bound<double>(
        {.key = "request_kb",
         .type = ParamType::Number,
         .label = QT_TRANSLATE_NOOP("scalelab::Param", "Memory per request"),
         .unit = "KB",
         .min = 0,
         .max = 1e6,
         .decimals = 1,
         .tooltip = QT_TRANSLATE_NOOP(
             "scalelab::Param",
             "The memory one request takes while the machine holds it (its buffers and the "
             "state of the thread serving it). The host's memory figure is the requests it "
             "holds times this, plus what it stores (a cache's keys, a store's sessions)."),
         .group = QT_TRANSLATE_NOOP("scalelab::Param", "Host")},
        [](Component &c) -> double & { return c.request_kb; }));
    return p;
}

} // namespace

const std::vector<ParamSpec> &queueingParams()
{
    static const std::vector<ParamSpec> params = makeQueueingParams();
    return params;
}

} // namespace scalelab
