#pragma once

// cdn: edge servers near the users that serve static assets (images, video, CSS, JS). A
// static request that finds its asset at the edge is answered there; a miss is fetched
// from the origin the CDN links to, kept for the TTL, then answered. URLs carry the
// assets' version, so a deploy of a new version makes every asset a miss once. When the
// CDN is down, users' pages fall back to loading assets from the origin after a delay.

namespace scalelab {

struct KindTraits;

struct CdnParams {
    int max_assets = 100000; ///< assets the edge holds at most
    double ttl_s = 300;      ///< an asset expires this long after it was fetched; 0 = never
    double fallback_s = 10;  ///< how long users keep trying a dead CDN before using the origin
    bool operator==(const CdnParams &) const = default;
};

const KindTraits &cdnTraits();

} // namespace scalelab
