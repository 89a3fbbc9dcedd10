#pragma once

// web_server: runs the application; holds a worker while it calls what it links to.

#include <cstdint>

namespace scalelab {

struct KindTraits;

/// Where a web server keeps its users' sessions (stage 8). None: the design does not model
/// logging in. Local: in its own memory, lost when it fails or is removed, and a user whose
/// request reaches another server is logged out. Store: in the session store it links to,
/// shared by every server that links there (a stateless web tier).
enum class SessionMode : std::uint8_t { None, Local, Store };

struct WebServerParams {
    SessionMode session = SessionMode::None;
    bool operator==(const WebServerParams &) const = default;
};

const KindTraits &webServerTraits();
const char *toString(SessionMode m);

} // namespace scalelab
