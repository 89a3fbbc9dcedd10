#pragma once

// web_server: thread-per-request. After its own service time it calls each link's target
// in turn (with the link's probability), holding its worker until every call returns.
// With session: local it keeps its users' sessions in memory (model/sim/sessions.h): a
// read or write whose user has no session here logs in, or, if the session is elsewhere,
// fails as session_lost (the user is logged out). Failing or being removed loses them.

#include "sim/kinds/kind_behavior.h"

namespace scalelab {

class Sessions;

/// Whether a request is a logged-in user's (reads and writes; static assets and async work
/// need no session): the one rule for web servers and session stores alike.
bool needsSession(const Request &r);

class WebServerBehavior : public KindBehavior {
public:
    void configure(const Component &c, const KindContext &context) override;
    void start(Simulation &sim, std::uint32_t station) override;
    void afterService(Simulation &sim, std::uint32_t slot, std::uint32_t station) override;
    void route(Simulation &sim, std::uint32_t slot, std::uint32_t station) override;
    void upChanged(Simulation &sim, std::uint32_t station) override;
    void edited(Simulation &sim, std::uint32_t station) override;
    bool usesSessions() const override { return m_session == SessionMode::Local; }
    void liveFigures(double now, std::vector<LiveFigure> &out) const override;

private:
    SessionMode m_session = SessionMode::None;
    bool m_keptSessions = false; ///< it held sessions before the last edit
    const Sessions *m_sessions = nullptr;
    std::uint32_t m_station = 0;
};

} // namespace scalelab
