#pragma once

// Tests build scenarios in code; the users are a clients component linked to the entry
// point, as a student would draw them.

#include "scenario/scenario.h"

#include <string>

namespace scalelab::test {

/// Adds a clients component (id "users") sending `rate` requests per second to `entry`
/// over a link without latency, and returns its parameters for further settings.
inline ClientsParams &addClients(Scenario &s, const std::string &entry, double rate = 10.0,
                                 const std::string &id = "users")
{
    Component c = defaultComponent(ComponentKind::Clients, id);
    c.as<ClientsParams>().rate_rps = rate;
    s.components.push_back(c);
    s.links.push_back({id, entry, 1.0, 0.0, {}});
    return s.components.back().as<ClientsParams>();
}

/// The parameters of the scenario's first clients component (it must have one).
inline ClientsParams &clientsOf(Scenario &s)
{
    return s.firstClients()->as<ClientsParams>();
}

} // namespace scalelab::test
