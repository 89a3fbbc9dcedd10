#include "scenario/kinds/web_server.h"

#include "scenario/kinds/kind_traits.h"
#include "scenario/scenario.h"
#include "scenario/scenario_limits.h"
#include "scenario/validation_util.h"

namespace scalelab {

namespace {

using Problems = std::vector<std::pair<std::string, std::string>>;

std::vector<ParamSpec> webServerParams()
{
    return {
        bound<SessionMode>(
            {.key = "session",
             .type = ParamType::Choice,
             .label = QT_TRANSLATE_NOOP("scalelab::Param", "Sessions"),
             .shortLabel = QT_TRANSLATE_NOOP("scalelab::Param", "session"),
             .tooltip = QT_TRANSLATE_NOOP(
                 "scalelab::Param",
                 "Where the users' login sessions are kept. None: logging in is not "
                 "modelled. Local: in this server's memory. A user's next request must come "
                 "back to this server (a sticky balancer does that), or the user is logged "
                 "out; when the server fails or is removed, its users are logged out. Store: "
                 "in the session store this server links to, shared by every server: any "
                 "server can answer any user, and servers can come and go (a stateless web "
                 "tier), but every request now waits for the store."),
             .group = QT_TRANSLATE_NOOP("scalelab::Param", "Web server"),
             .choices = {{"none", QT_TRANSLATE_NOOP("scalelab::Param", "None")},
                         {"local", QT_TRANSLATE_NOOP("scalelab::Param", "Local (in memory)")},
                         {"store", QT_TRANSLATE_NOOP("scalelab::Param", "Session store")}}},
            [](Component &c) -> SessionMode & { return c.as<WebServerParams>().session; }),
    };
}

/// The links from c into session stores, by index in s.links.
std::vector<std::size_t> storeLinks(const Component &c, const Scenario &s)
{
    std::vector<std::size_t> found;
    for (std::size_t i = 0; i < s.links.size() && i < kMaxLinks; ++i)
        if (s.links[i].from == c.id)
            if (const Component *to = s.find(s.links[i].to);
                to && to->kind == ComponentKind::SessionStore)
                found.push_back(i);
    return found;
}

Problems checkSessions(const Component &c, const Scenario &s)
{
    Problems out;
    const SessionMode mode = c.as<WebServerParams>().session;
    if (mode != SessionMode::None && totalUsers(s) > kMaxSessionUsers)
        out.emplace_back(".session",
                         "sessions are simulated for at most " + std::to_string(kMaxSessionUsers) +
                             " users in all; the design has " + std::to_string(totalUsers(s)));
    const std::vector<std::size_t> stores = storeLinks(c, s);
    // A backup link to a second store (a replica, asked while the first is down) is no
    // second place to read sessions from.
    std::size_t normal = 0;
    for (std::size_t n = 0; n < stores.size(); ++n) {
        const std::size_t i = stores[n];
        const bool another = !s.links[i].backup && normal++ > 0;
        const std::string at = "links[" + std::to_string(i) + "]";
        if (mode != SessionMode::Store)
            out.emplace_back(
                at, "'" + c.id + "' keeps " +
                        (mode == SessionMode::Local ? std::string("its sessions in its own memory")
                                                    : std::string("no sessions")) +
                        "; set its session to store to read them from '" + s.links[i].to + "'");
        else if (another)
            out.emplace_back(at, "'" + c.id + "' already reads its sessions from '" +
                                     s.links[stores[0]].to + "'; a user's session is in one store");
        else if (s.links[i].probability != 1.0)
            out.emplace_back(at + ".probability",
                             "every request reads its session: a link to a session store has "
                             "probability 1");
        else if (!s.links[i].kinds.empty())
            out.emplace_back(at + ".kinds", "every read and write reads its session: a link to "
                                            "a session store carries every kind (remove kinds)");
    }
    return out;
}

Problems checkStoreLinked(const Component &c, const Scenario &s)
{
    if (c.as<WebServerParams>().session == SessionMode::Store && storeLinks(c, s).empty())
        return {{".session", "'" + c.id +
                                 "' keeps its sessions in a store: link it to a "
                                 "session_store"}};
    return {};
}

} // namespace

const KindTraits &webServerTraits()
{
    static const KindTraits traits{
        .kind = ComponentKind::WebServer,
        .yamlName = "web_server",
        .displayName = QT_TRANSLATE_NOOP("scalelab::Kind", "Web server"),
        .idStem = "web",
        .description = QT_TRANSLATE_NOOP(
            "scalelab::Kind",
            "Runs the application: each request holds a worker while it calls the components "
            "behind it (database, cache) and waits for their answers."),
        .colour = 0x1e88e5,
        .machine = true,
        .scalesOut = true,
        .outgoing = OutgoingUse::CallsEach,
        .outgoingText = "after its own service time it calls each link's target in turn, with "
                        "the link's probability, holding its worker until every call returns",
        .params = webServerParams(),
        .cardKeys = {"service_ms", "speed"},
        .checkInDesign = checkSessions,
        .checkWhole = checkStoreLinked,
        .applyDefaults =
            [](Component &c) {
                c.workers = 8;
                c.service_ms = Distribution::exponential(20.0);
                c.cost_per_hour = 0.10;
                // A web server's accept queue: about nginx's listen backlog (511).
                c.capacity = 512;
                c.params = WebServerParams{};
            },
    };
    return traits;
}

const char *toString(SessionMode m)
{
    return choiceName(webServerTraits().params[0], static_cast<int>(m)).data();
}

} // namespace scalelab
