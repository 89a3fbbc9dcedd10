#pragma once

// queue: a message queue. A publish is stored (the queue's service time) and answered at
// once; the message waits, visible, until a consumer (a station the queue links to) is up
// and has a free worker, the kernel telling the queue when one has (pullsFromTargets).
// A delivered message is in flight until the consumer's acknowledgement (the answer of a
// call that holds no worker of the queue) comes back; one not acknowledged within the
// visibility timeout becomes visible again and is delivered once more (at-least-once).
// Messages are kept while the queue is down: only a full queue refuses a publish.

#include "metrics/latency_histogram.h"
#include "sim/kinds/kind_behavior.h"

#include <deque>
#include <vector>

namespace scalelab {

class QueueBehavior : public KindBehavior {
public:
    void configure(const Component &c, const KindContext &context) override;
    void start(Simulation &sim, std::uint32_t station) override;
    bool bypass(Simulation &sim, std::uint32_t slot, std::uint32_t station) override;
    void afterService(Simulation &sim, std::uint32_t slot, std::uint32_t station) override;
    void route(Simulation &sim, std::uint32_t slot, std::uint32_t station) override;
    void onCallReturn(Simulation &sim, std::uint32_t slot, std::uint32_t station,
                      const CallFrame &frame) override;
    void onTimer(Simulation &sim, std::uint32_t station, std::uint32_t aux) override;
    bool pullsFromTargets() const override { return true; }
    void onTargetFree(Simulation &sim, std::uint32_t station, std::uint32_t target) override;
    void upChanged(Simulation &sim, std::uint32_t station) override;
    void report(ComponentResult &out) const override;
    void resetStats() override;
    std::vector<const char *> seriesColumns() const override;
    void sampleSeries(double *out) override;
    void liveFigures(double now, std::vector<LiveFigure> &out) const override;
    bool backlog(std::int64_t &waiting, std::int64_t &room) const override;

    std::size_t depth() const { return m_visible.size(); }
    std::size_t inFlight() const { return m_inFlight; }

private:
    struct Message {
        double published = 0;     ///< s, when it was stored
        double visibleSince = 0;  ///< s, since when it waits to be delivered
        double deadline = 0;      ///< s, in flight: when it becomes visible again
        std::uint32_t serial = 0; ///< unique per message: tells its acknowledgements apart
        std::uint32_t key = 0;
        std::uint32_t user = 0;
        bool active = false;
        bool inFlight = false;
    };
    /// A message delivered along a link, until it reaches its consumer: the consumer's
    /// worker is spoken for while it travels.
    struct Transit {
        std::uint32_t consumer;
        double arrives;
    };

    void deliver(Simulation &sim);
    void touchDepth(double now);
    int freeWorkers(Simulation &sim, std::uint32_t consumer);
    std::uint32_t newMessage();

    double m_visibilityS = 30;
    std::int64_t m_capacity = 0;
    std::uint32_t m_station = 0;
    const Simulation *m_sim = nullptr;
    std::vector<Message> m_messages;
    std::vector<std::uint32_t> m_free;
    std::deque<std::uint32_t> m_visible; ///< waiting to be delivered, oldest first
    std::size_t m_inFlight = 0;
    std::deque<Transit> m_transit;
    std::uint32_t m_nextSerial = 1;
    bool m_delivering = false;
    /// A delivery pass asked for from outside (a consumer's worker freed): it runs as an
    /// event of its own, so that no kernel path that holds a request finds the pool grown.
    bool m_deliverPending = false;
    static constexpr std::uint32_t kDeliverTimer = 0xffffffffu;
    /// While the simulator holds all the requests it may, deliveries retry this often.
    static constexpr double kCeilingRetryS = 1.0;
    void deliverSoon(Simulation &sim, double at);
    /// The log tells of redeliveries and refusals once per spell, not once per message.
    static constexpr double kQuietSpellS = 5.0;
    double m_lastRedelivery = -1e300;
    double m_lastRefusal = -1e300;

    // The figures, since the measurement started; the time average of the depth.
    struct Counts {
        std::uint64_t published = 0;
        std::uint64_t consumed = 0;
        std::uint64_t redelivered = 0;
        std::uint64_t refused = 0;
        std::uint64_t duplicates = 0; ///< acknowledgements of a message already consumed
        std::uint64_t delivered = 0;
        double waitSumS = 0; ///< over deliveries: the time each message waited visible
    };
    Counts m_counts;
    Counts m_intervalCounts;
    std::uint64_t m_everPublished = 0; ///< the whole run: published = consumed + held + lost
    std::uint64_t m_everConsumed = 0;
    double m_depthArea = 0, m_depthSince = 0, m_depthLast = 0;
    double m_intervalArea = 0, m_intervalSince = 0;
    std::size_t m_maxDepth = 0;
    LatencyHistogram m_endToEnd; ///< publish to acknowledgement, ms
};

} // namespace scalelab
