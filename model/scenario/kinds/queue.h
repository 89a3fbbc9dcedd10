#pragma once

// queue: a message queue (SQS, RabbitMQ, Kafka). A publish returns as soon as the queue
// has stored the message; the components it links to are its consumers, and each takes a
// message only when one of its workers is free, so the backlog waits in the queue.

namespace scalelab {

struct KindTraits;

struct QueueParams {
    /// A message a consumer took and has not acknowledged within this long becomes visible
    /// again and is delivered once more (its consumer may have crashed).
    double visibility_timeout_s = 30;
    bool operator==(const QueueParams &) const = default;
};

const KindTraits &queueTraits();

} // namespace scalelab
