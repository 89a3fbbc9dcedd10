#pragma once

// session_store: users' sessions kept outside the web servers, shared by all of them (a
// NoSQL store such as Redis or DynamoDB). Web servers with session: store link to it and
// read every request's session from it: the web tier becomes stateless.

namespace scalelab {

struct KindTraits;

struct SessionStoreParams {
    bool operator==(const SessionStoreParams &) const = default;
};

const KindTraits &sessionStoreTraits();

} // namespace scalelab
