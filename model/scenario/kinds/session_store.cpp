#include "scenario/kinds/session_store.h"

#include "scenario/kinds/kind_traits.h"
#include "scenario/scenario.h"
#include "scenario/scenario_limits.h"
#include "scenario/validation_util.h"

namespace scalelab {

namespace {

/// Only web servers read sessions; anything else linking here is a mistake in the design.
std::vector<std::pair<std::string, std::string>> checkCallers(const Component &c, const Scenario &s)
{
    std::vector<std::pair<std::string, std::string>> out;
    // It keeps a session per user: the same bound as a web server's sessions.
    if (totalUsers(s) > kMaxSessionUsers)
        out.emplace_back("", "sessions are simulated for at most " +
                                 std::to_string(kMaxSessionUsers) +
                                 " users in all; the design has " + std::to_string(totalUsers(s)));
    for (std::size_t i = 0; i < s.links.size() && i < kMaxLinks; ++i)
        if (s.links[i].to == c.id)
            if (const Component *from = s.find(s.links[i].from);
                from && from->kind != ComponentKind::WebServer)
                out.emplace_back("links[" + std::to_string(i) + "]",
                                 "only web servers read sessions from a session store; '" +
                                     from->id + "' is a " + toString(from->kind));
    // A replica names the first store of its set, which is itself no replica.
    const std::string &first = c.as<SessionStoreParams>().replica_of;
    const Component *p = first.empty() ? nullptr : s.find(first);
    if (first.empty())
        return out;
    if (first == c.id) {
        out.emplace_back(".replica_of", "a session store cannot be a replica of itself; name the "
                                        "first store of its set");
    } else if (p == nullptr) {
        out.emplace_back(".replica_of", "there is no component '" + first + "' to be a replica of");
    } else if (p->kind != ComponentKind::SessionStore) {
        out.emplace_back(".replica_of", "'" + first + "' is a " + std::string(toString(p->kind)) +
                                            "; replica_of must name a session store");
    } else if (!p->as<SessionStoreParams>().replica_of.empty()) {
        out.emplace_back(".replica_of", "'" + first + "' is itself a replica of '" +
                                            p->as<SessionStoreParams>().replica_of +
                                            "'; name the first store of the set");
    }
    return out;
}

std::vector<ParamSpec> sessionStoreParams()
{
    using P = SessionStoreParams;
    return {
        bound<double>(
            {.key = "entry_kb",
             .type = ParamType::Number,
             .label = QT_TRANSLATE_NOOP("scalelab::Param", "Memory per entry"),
             .unit = "KB",
             .min = 0,
             .max = 1e6,
             .decimals = 2,
             .tooltip = QT_TRANSLATE_NOOP("scalelab::Param",
                                          "The memory one user session takes: the memory figure of "
                                          "the host counts the sessions held times this."),
             .group = QT_TRANSLATE_NOOP("scalelab::Param", "Host")},
            [](Component &c) -> double & { return c.as<P>().entry_kb; }),
        bound<std::string>(
            {.key = "replica_of",
             .type = ParamType::Text,
             .label = QT_TRANSLATE_NOOP("scalelab::Param", "Replica of"),
             .shortLabel = QT_TRANSLATE_NOOP("scalelab::Param", "replica of"),
             .tooltip = QT_TRANSLATE_NOOP(
                 "scalelab::Param",
                 "The session store this one mirrors. The stores of a set hold the same "
                 "sessions (each is copied to every member as it is made): web servers that "
                 "reach this one on a backup link, while the first is down, find their users "
                 "still logged in. Empty: a store of its own."),
             .group = QT_TRANSLATE_NOOP("scalelab::Param", "Replication")},
            [](Component &c) -> std::string & { return c.as<P>().replica_of; }),
    };
}

} // namespace

const KindTraits &sessionStoreTraits()
{
    static const KindTraits traits{
        .kind = ComponentKind::SessionStore,
        .yamlName = "session_store",
        .displayName = QT_TRANSLATE_NOOP("scalelab::Kind", "Session store"),
        .idStem = "sessions",
        .description = QT_TRANSLATE_NOOP(
            "scalelab::Kind",
            "Keeps the users' login sessions outside the web servers (a NoSQL store such as "
            "Redis or DynamoDB), so that any server can answer any user: web servers with "
            "session: store read every request's session from it."),
        .colour = 0x6d4c41,
        .diagramShape = DiagramShape::Cylinder,
        .maxOutgoing = 0,
        .outgoingRefusal = "a session store answers from what it holds; it calls nothing",
        .outgoing = OutgoingUse::None,
        .outgoingText = "it calls nothing: it answers with the user's session, or logs in a "
                        "user who has none",
        .params = sessionStoreParams(),
        .cardKeys = {"service_ms"},
        .checkInDesign = checkCallers,
        .applyDefaults =
            [](Component &c) {
                // A key-value read: about a millisecond, many at once.
                c.workers = 32;
                c.service_ms = Distribution::exponential(1.0);
                c.cost_per_hour = 0.05;
                c.capacity = 10000;
                c.params = SessionStoreParams{};
            },
    };
    return traits;
}

} // namespace scalelab
