#pragma once

// session_store: users' sessions kept outside the web servers, shared by all of them (a
// NoSQL store such as Redis or DynamoDB). Web servers with session: store link to it and
// read every request's session from it: the web tier becomes stateless.

#include <string>

namespace scalelab {

struct KindTraits;

struct SessionStoreParams {
    double entry_kb = 4; ///< memory per session held (host metrics)
    /// The session store this one mirrors: members of one set hold the same sessions (a
    /// synchronous copy); empty: a store of its own (or the first of a set).
    std::string replica_of;
    bool operator==(const SessionStoreParams &) const = default;
};

const KindTraits &sessionStoreTraits();

} // namespace scalelab
