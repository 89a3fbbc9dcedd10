#pragma once

// The future event list: plain structs in a binary heap ordered by (time, sequence).
// The sequence number breaks ties by insertion order, which makes runs reproducible.
// No std::function and no allocation per event: a tagged struct the kernel switches on.

#include <cstdint>
#include <vector>

namespace scalelab {

enum class EventType : std::uint16_t {
    LinkArrival,    ///< a request reaches `component` at the end of a link
    ServiceDone,    ///< a worker of `component` finishes `request`
    CallReturn,     ///< a response comes back to the web server holding a worker for it
    ScheduledFault, ///< faults[aux] of the scenario fires
    RandomFailure,  ///< component goes down (MTBF process aux)
    RandomRepair,   ///< component comes back (MTBF process aux)
    KindTimer,      ///< a timer of `component`'s kind (a balancer's health check); aux is its own
    Sample,         ///< per-second time-series sample
    WarmupEnd,      ///< statistics restart here
    Autoscale,      ///< autoscaling group aux: a check, a boot or a drain (component = which)
};

struct Event {
    double time;
    std::uint64_t seq;
    EventType type;
    std::uint32_t component;
    std::uint32_t request; ///< request slot, if the event is about one
    std::uint32_t aux;     ///< generation of the request (stale events are dropped), or an index
};

class EventQueue {
public:
    bool empty() const { return m_heap.empty(); }
    std::size_t size() const { return m_heap.size(); }
    const Event &top() const { return m_heap.front(); }
    std::uint64_t scheduled() const { return m_seq; }

    void push(double time, EventType type, std::uint32_t component, std::uint32_t request = 0,
              std::uint32_t aux = 0)
    {
        Event e{time, m_seq++, type, component, request, aux};
        std::size_t i = m_heap.size();
        m_heap.push_back(e);
        while (i > 0) {
            const std::size_t parent = (i - 1) / 2;
            if (!before(e, m_heap[parent]))
                break;
            m_heap[i] = m_heap[parent];
            i = parent;
        }
        m_heap[i] = e;
    }

    Event pop()
    {
        Event result = m_heap.front();
        const Event last = m_heap.back();
        m_heap.pop_back();
        const std::size_t n = m_heap.size();
        if (n > 0) {
            std::size_t i = 0;
            for (;;) {
                std::size_t child = 2 * i + 1;
                if (child >= n)
                    break;
                if (child + 1 < n && before(m_heap[child + 1], m_heap[child]))
                    ++child;
                if (!before(m_heap[child], last))
                    break;
                m_heap[i] = m_heap[child];
                i = child;
            }
            m_heap[i] = last;
        }
        return result;
    }

    void clear() { m_heap.clear(); }

private:
    static bool before(const Event &a, const Event &b)
    {
        return a.time < b.time || (a.time == b.time && a.seq < b.seq);
    }
    std::vector<Event> m_heap;
    std::uint64_t m_seq = 0;
};

} // namespace scalelab
