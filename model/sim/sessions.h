#pragma once

// Users' sessions and sticky cookies (stage 8). A user logs in at the first component that
// keeps sessions (a web server with session: local, or a session store) their request
// reaches: that component now holds the user's session. A later request reaching a
// component that keeps sessions finds it there, or it does not: the user is logged out
// (the request fails with cause session_lost) and logs in again with the next request.
// A web server that fails or is removed loses the sessions it held. Nothing here decides
// how many users are logged out: that follows from where requests go.
//
// Per user the kernel keeps who holds the session and the holder's generation (its count
// of losses when the session was made), and one cookie (the server a sticky balancer sent
// the user to). The tables are made only for a design that uses them, for at most
// kMaxSessionUsers users (the validator refuses more).

#include <cstdint>
#include <vector>

namespace scalelab {

class Sessions {
public:
    /// Whether anything in the design keeps sessions or cookies (the tables exist).
    bool enabled() const { return m_enabled; }
    /// Makes the tables for users numbered below `users` (they only grow).
    void enable(std::uint32_t users, std::size_t stations);

    enum class Outcome : std::uint8_t {
        Found,    ///< the user's session is here
        LoggedIn, ///< the user had none: it is made here
        Lost,     ///< it was elsewhere, or here before a failure: the user is logged out
    };
    /// Station s shares the sessions of station `first` (session stores of one set: a
    /// session made at any member is held by the set, and found at every member).
    void share(std::uint32_t s, std::uint32_t first);
    /// A request of `user` reaches station s, which keeps sessions.
    Outcome check(std::uint32_t user, std::uint32_t s);
    /// Station s lost every session it held (it failed or was removed); returns how many.
    std::uint64_t drop(std::uint32_t s);
    /// Sessions station s holds now.
    std::uint64_t held(std::uint32_t s) const
    {
        s = holderOf(s);
        return s < m_held.size() ? m_held[s] : 0;
    }
    /// Sessions station s lost since the measurement started.
    std::uint64_t dropped(std::uint32_t s) const
    {
        return s < m_droppedAt.size() ? m_droppedAt[s] : 0;
    }
    /// Sessions held by all stations now.
    std::uint64_t active() const { return m_active; }

    /// The server (station index) the user's cookie names, or -1 (none, or older than
    /// lifetimeS at time now; a lifetime of 0 lasts for good).
    std::int64_t cookie(std::uint32_t user, double now, double lifetimeS) const;
    void setCookie(std::uint32_t user, std::uint32_t station, double now);

    struct Counts {
        std::uint64_t logins = 0;
        std::uint64_t loggedOut = 0; ///< requests that found their session gone
        std::uint64_t dropped = 0;   ///< sessions lost with the component holding them
    };
    /// Since the measurement started, and since the last take (for the time series).
    const Counts &total() const { return m_total; }
    Counts takeInterval();
    void resetStats();

private:
    struct Entry {
        std::uint32_t holder = 0; ///< station index + 1; 0 = not logged in
        std::uint32_t generation = 0;
    };
    void ensureStation(std::uint32_t s);
    /// The station that holds s's sessions: s itself, or the first store of its set.
    std::uint32_t holderOf(std::uint32_t s) const
    {
        return s < m_holderOf.size() && m_holderOf[s] != 0 ? m_holderOf[s] - 1 : s;
    }

    bool m_enabled = false;
    std::vector<Entry> m_users;
    std::vector<std::uint32_t> m_cookies;    ///< station index + 1; 0 = none
    std::vector<float> m_cookieAt;           ///< s, when each cookie was written
    std::vector<std::uint32_t> m_generation; ///< per station: sessions lost so far (times)
    std::vector<std::uint64_t> m_held;       ///< per station
    std::vector<std::uint64_t> m_droppedAt;  ///< per station, since the measurement started
    std::vector<std::uint32_t> m_holderOf;   ///< per station: its set's first + 1; 0 = itself
    std::uint64_t m_active = 0;
    Counts m_total;
    Counts m_interval;
};

} // namespace scalelab
