#include "sim/sessions.h"

#include <algorithm>

namespace scalelab {

void Sessions::enable(std::uint32_t users, std::size_t stations)
{
    m_enabled = true;
    if (m_users.size() < users) {
        m_users.resize(users);
        m_cookies.resize(users, 0);
        m_cookieAt.resize(users, 0.0f);
    }
    if (stations > 0)
        ensureStation(static_cast<std::uint32_t>(stations - 1));
}

void Sessions::ensureStation(std::uint32_t s)
{
    if (m_held.size() <= s) {
        m_held.resize(s + 1, 0);
        m_generation.resize(s + 1, 0);
        m_droppedAt.resize(s + 1, 0);
    }
}

void Sessions::share(std::uint32_t s, std::uint32_t first)
{
    ensureStation(std::max(s, first));
    if (m_holderOf.size() <= s)
        m_holderOf.resize(static_cast<std::size_t>(s) + 1, 0);
    m_holderOf[s] = s == first ? 0 : first + 1;
}

Sessions::Outcome Sessions::check(std::uint32_t user, std::uint32_t s)
{
    s = holderOf(s);
    // A user numbered past the tables (a live edit added users): they grow to fit.
    if (user >= m_users.size()) {
        m_users.resize(static_cast<std::size_t>(user) + 1);
        m_cookies.resize(static_cast<std::size_t>(user) + 1, 0);
        m_cookieAt.resize(static_cast<std::size_t>(user) + 1, 0.0f);
    }
    ensureStation(s);
    Entry &e = m_users[user];
    if (e.holder == s + 1 && e.generation == m_generation[s])
        return Outcome::Found;
    if (e.holder == 0) {
        e = Entry{s + 1, m_generation[s]};
        ++m_held[s];
        ++m_active;
        ++m_total.logins;
        ++m_interval.logins;
        return Outcome::LoggedIn;
    }
    // The session is gone from where it was made, or was never here: logged out. If its
    // holder still has it (the request went to another server), the holder forgets it.
    const std::uint32_t h = e.holder - 1;
    if (h < m_generation.size() && e.generation == m_generation[h] && m_held[h] > 0) {
        --m_held[h];
        --m_active;
    }
    e = Entry{};
    ++m_total.loggedOut;
    ++m_interval.loggedOut;
    return Outcome::Lost;
}

std::uint64_t Sessions::drop(std::uint32_t s)
{
    if (!m_enabled)
        return 0;
    ensureStation(s);
    // The entries naming s at its old generation are stale from now on: no walk over users.
    ++m_generation[s];
    const std::uint64_t n = m_held[s];
    m_held[s] = 0;
    m_active -= n;
    m_droppedAt[s] += n;
    m_total.dropped += n;
    m_interval.dropped += n;
    return n;
}

std::int64_t Sessions::cookie(std::uint32_t user, double now, double lifetimeS) const
{
    if (user >= m_cookies.size() || m_cookies[user] == 0)
        return -1;
    if (lifetimeS > 0 && now - m_cookieAt[user] >= lifetimeS)
        return -1; // expired: the balancer chooses again
    return static_cast<std::int64_t>(m_cookies[user]) - 1;
}

void Sessions::setCookie(std::uint32_t user, std::uint32_t station, double now)
{
    if (user >= m_cookies.size()) {
        m_users.resize(static_cast<std::size_t>(user) + 1);
        m_cookies.resize(static_cast<std::size_t>(user) + 1, 0);
        m_cookieAt.resize(static_cast<std::size_t>(user) + 1, 0.0f);
    }
    m_cookies[user] = station + 1;
    m_cookieAt[user] = static_cast<float>(now);
}

Sessions::Counts Sessions::takeInterval()
{
    const Counts c = m_interval;
    m_interval = Counts{};
    return c;
}

void Sessions::resetStats()
{
    m_total = Counts{};
    std::fill(m_droppedAt.begin(), m_droppedAt.end(), 0);
}

} // namespace scalelab
