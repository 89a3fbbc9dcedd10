#pragma once

// A request in flight. Plain data in a pool indexed by slot; a generation number makes
// events about a slot that has since been reused recognisable as stale.

#include "scenario/scenario.h"

#include <cstdint>

namespace scalelab {

/// A web server waiting for the component it called, holding one of its workers.
struct CallFrame {
    std::uint32_t holder;      ///< station index
    std::uint32_t holderEpoch; ///< the holder's failure epoch when the call was made
    std::uint32_t nextLink;    ///< position in the holder's outgoing links to continue from
    float returnLatencyS;      ///< the link's latency, paid again on the way back
    double entered;            ///< s, when the request entered the holder
};

/// CallFrame::nextLink of a call that holds no worker of its holder (a queue delivering a
/// message): an error on the way frees nothing there, and the answer goes to the holder.
inline constexpr std::uint32_t kHoldsNoWorker = 0xffffffffu;

inline constexpr int kMaxCallDepth = 6;
/// Station visits of one request at most: routing loops (a -> b -> a with probability 1)
/// end here instead of running forever at one instant. A feedback loop of probability 0.5
/// reaches it with probability 2^-1000.
inline constexpr int kMaxHops = 1000;

struct Request {
    double created = 0;    ///< s, when the client sent it
    double entered = 0;    ///< s, when it entered its current station
    double linkDepart = 0; ///< s, while on a link
    double linkArrive = 0;
    std::uint32_t generation = 0;
    std::uint32_t user = 0;
    std::uint32_t key = 0;
    /// The version of its key a read was answered with; a replicated write's version.
    std::uint32_t readVersion = 0;
    /// Replication's own requests: the term of the primary that sent them, and the write
    /// whose answer waits for them (model/sim/kinds/replication.h).
    std::uint32_t term = 0;
    std::uint32_t writeId = 0;
    std::uint32_t origin = 0; ///< the clients station that sent it
    std::uint32_t station = 0;
    std::int32_t link = -1; ///< link travelled now, -1 when inside a station
    /// The link it reached its current station by (-1 none, -2 no drawn link); an answer
    /// goes back along it.
    std::int32_t arrivedBy = -1;
    std::uint32_t serviceSlot = 0; ///< index in the station's in-service list
    RequestKind kind = RequestKind::Read;
    std::uint8_t region = 0; ///< index of its clients' region among the design's
    bool mobile = false;     ///< sent from the mobile app (else a web browser)
    std::uint8_t depth = 0;  ///< call frames in use
    std::uint16_t hops = 0;  ///< stations visited so far (bounded by kMaxHops)
    bool measured = false;   ///< created after warm-up: counts in the statistics
    bool active = false;
    bool inService = false;
    /// Work the design makes for itself (a write replicated to a replica), not a user's
    /// request: it never counts in the end-to-end statistics.
    bool internal = false;
    bool stale = false; ///< answered with data older than the latest committed
    /// On `link` the other way: an answer going back to the component that called.
    bool returning = false;
    /// A queue's message on its way to a consumer: no user waits for it, so it counts in
    /// no end-to-end figure; the queue hears of it only through its acknowledgement.
    bool message = false;
    CallFrame stack[kMaxCallDepth];
};

/// Why a request failed. Names as in the report: rejected, timeout, down, no_backend,
/// simulator_limit (refused because the simulator holds as many requests as it may),
/// failover (a write while the primary is dead and no replica has been promoted yet),
/// read_only (a write sent to a replica), session_lost (the server it reached does not
/// hold the user's session: the user is logged out).
enum class FailureCause : std::uint8_t {
    Rejected,
    Timeout,
    Down,
    NoBackend,
    SimulatorLimit,
    Failover,
    ReadOnly,
    SessionLost
};
inline constexpr int kFailureCauseCount = 8;
const char *toString(FailureCause c);

} // namespace scalelab
