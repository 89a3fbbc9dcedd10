#pragma once

// session_store: a shared store of users' sessions (a NoSQL store or a cache cluster). A
// web server with session: store reads each read's or write's session from it (its link,
// a call holding the server's worker); a user logs in at the first request, and every
// server linked to the store finds the session there. The store keeps its sessions when
// it fails (they are on disk); while it is down the requests that need it fail.

#include "sim/kinds/kind_behavior.h"

namespace scalelab {

class Sessions;

class SessionStoreBehavior : public KindBehavior {
public:
    void configure(const Component &, const KindContext &) override {}
    void start(Simulation &sim, std::uint32_t station) override;
    void afterService(Simulation &sim, std::uint32_t slot, std::uint32_t station) override;
    void route(Simulation &sim, std::uint32_t slot, std::uint32_t station) override;
    bool usesSessions() const override { return true; }
    void liveFigures(double now, std::vector<LiveFigure> &out) const override;

private:
    const Sessions *m_sessions = nullptr;
    std::uint32_t m_station = 0;
};

} // namespace scalelab
