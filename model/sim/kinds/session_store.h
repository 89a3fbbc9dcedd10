#pragma once

// session_store: a shared store of users' sessions (a NoSQL store or a cache cluster). A
// web server with session: store reads each read's or write's session from it (its link,
// a call holding the server's worker); a user logs in at the first request, and every
// server linked to the store finds the session there. The store keeps its sessions when
// it fails (they are on disk); while it is down the requests that need it fail. Stores of
// one set (replica_of) hold the same sessions: a session made at any member is found at
// every other, so web servers that reach a second member on a backup link while the first
// is down find their users still logged in, and a member that comes back has them all.

#include "sim/kinds/kind_behavior.h"

#include <string>

namespace scalelab {

class Sessions;

class SessionStoreBehavior : public KindBehavior {
public:
    void configure(const Component &c, const KindContext &) override
    {
        m_entryKb = c.as<SessionStoreParams>().entry_kb;
        m_replicaOf = c.as<SessionStoreParams>().replica_of;
    }
    void start(Simulation &sim, std::uint32_t station) override;
    void afterService(Simulation &sim, std::uint32_t slot, std::uint32_t station) override;
    void route(Simulation &sim, std::uint32_t slot, std::uint32_t station) override;
    bool usesSessions() const override { return true; }
    double storedMb() const override;
    void liveFigures(double now, std::vector<LiveFigure> &out) const override;

private:
    const Sessions *m_sessions = nullptr;
    std::uint32_t m_station = 0;
    double m_entryKb = 0;
    std::string m_replicaOf; ///< the first store of its set, or empty
};

} // namespace scalelab
