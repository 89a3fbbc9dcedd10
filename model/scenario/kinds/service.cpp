#include "scenario/kinds/service.h"

#include "scenario/kinds/kind_traits.h"
#include "scenario/scenario.h"

namespace scalelab {

const KindTraits &serviceTraits()
{
    static const KindTraits traits{
        .kind = ComponentKind::Service,
        .yamlName = "service",
        .displayName = QT_TRANSLATE_NOOP("scalelab::Kind", "Service"),
        .idStem = "svc",
        .description = QT_TRANSLATE_NOOP(
            "scalelab::Kind",
            "A generic queueing station: requests wait for one of its workers, are served, "
            "then move on along one outgoing link."),
        .colour = 0x546e7a,
        .outgoing = OutgoingUse::OneByProbability,
        .outgoingText = "a finished request follows at most one outgoing link, chosen by the "
                        "links' probabilities (which add up to at most 1); the rest leave",
        .cardKeys = {"service_ms", "speed"},
        .applyDefaults =
            [](Component &c) {
                c.workers = 1;
                c.service_ms = Distribution::exponential(10.0);
                // A bounded work queue, as a thread pool has.
                c.capacity = 1000;
                c.params = ServiceParams{};
            },
    };
    return traits;
}

} // namespace scalelab
