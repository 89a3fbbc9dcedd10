#include "scenario/kinds/web_server.h"

#include "scenario/kinds/kind_traits.h"
#include "scenario/scenario.h"

namespace scalelab {

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
        .outgoing = OutgoingUse::CallsEach,
        .outgoingText = "after its own service time it calls each link's target in turn, with "
                        "the link's probability, holding its worker until every call returns",
        .cardKeys = {"service_ms", "speed"},
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

} // namespace scalelab
