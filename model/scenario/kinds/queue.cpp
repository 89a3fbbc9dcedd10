#include "scenario/kinds/queue.h"

#include "scenario/kinds/kind_traits.h"
#include "scenario/scenario.h"
#include "scenario/scenario_limits.h"

namespace scalelab {

namespace {

std::vector<ParamSpec> queueParams()
{
    return {
        bound<double>(
            {.key = "visibility_timeout_s",
             .type = ParamType::Number,
             .label = QT_TRANSLATE_NOOP("scalelab::Param", "Visibility timeout"),
             .shortLabel = "visibility",
             .unit = "s",
             // Shorter would redeliver messages still being processed, and slow the run.
             .min = 0.1,
             .max = kMaxDurationS,
             .decimals = 1,
             .tooltip = QT_TRANSLATE_NOOP(
                 "scalelab::Param",
                 "A consumer that took a message must acknowledge it within this long, or the "
                 "message becomes visible again and is delivered once more: a crashed "
                 "consumer loses nothing, at the price of some messages processed twice. "
                 "Longer than the consumers' slowest work, or messages are redelivered while "
                 "still being processed."),
             .group = QT_TRANSLATE_NOOP("scalelab::Param", "Queue")},
            [](Component &c) -> double & { return c.as<QueueParams>().visibility_timeout_s; }),
    };
}

std::vector<std::pair<std::string, std::string>> checkQueue(const Component &c)
{
    // Messages are kept until they are consumed: an unbounded queue could fill the memory.
    if (!c.capacity)
        return {{".capacity", "a queue needs a capacity: the most messages it holds (at most " +
                                  std::to_string(kMaxCapacity) + ")"}};
    return {};
}

/// Consumers take messages when their workers are free: queueing stations that answer.
std::vector<std::pair<std::string, std::string>> checkConsumers(const Component &c,
                                                                const Scenario &s)
{
    std::vector<std::pair<std::string, std::string>> out;
    for (std::size_t i = 0; i < s.links.size() && i < kMaxLinks; ++i)
        if (s.links[i].from == c.id)
            if (const Component *to = s.find(s.links[i].to);
                to && to->kind != ComponentKind::Service && to->kind != ComponentKind::WebServer)
                out.emplace_back("links[" + std::to_string(i) + "]",
                                 "a queue's consumers are services or web servers; '" + to->id +
                                     "' is a " + toString(to->kind));
    return out;
}

} // namespace

const KindTraits &queueTraits()
{
    static const KindTraits traits{
        .kind = ComponentKind::Queue,
        .yamlName = "queue",
        .displayName = QT_TRANSLATE_NOOP("scalelab::Kind", "Message queue"),
        .idStem = "queue",
        .description = QT_TRANSLATE_NOOP(
            "scalelab::Kind",
            "Holds messages until a consumer takes them (SQS, RabbitMQ): a publish returns as "
            "soon as the message is stored, and the components it links to take messages "
            "only when a worker is free, so a burst waits in the queue. Its capacity counts "
            "the messages it holds."),
        .colour = 0x8e24aa,
        .diagramShape = DiagramShape::Queue,
        .messageQueue = true,
        .needsOutgoing = true,
        .outgoing = OutgoingUse::SpreadOverTargets,
        .outgoingText = "its links go to its consumers: a message goes to a consumer that is up "
                        "and has a free worker (the one with the most), and comes back as an "
                        "acknowledgement when the consumer is done with it",
        .params = queueParams(),
        .cardKeys = {"visibility_timeout_s"},
        .check = checkQueue,
        .checkInDesign = checkConsumers,
        .applyDefaults =
            [](Component &c) {
                // Storing a message: a write to a replicated log, a millisecond or so.
                c.workers = 64;
                c.capacity = 100000;
                c.service_ms = Distribution::constant(1.0);
                c.cost_per_hour = 0.05;
                c.params = QueueParams{};
            },
    };
    return traits;
}

} // namespace scalelab
