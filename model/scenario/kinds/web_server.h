#pragma once

// web_server: runs the application; holds a worker while it calls what it links to.

namespace scalelab {

struct KindTraits;

struct WebServerParams {
    bool operator==(const WebServerParams &) const = default;
};

const KindTraits &webServerTraits();

} // namespace scalelab
