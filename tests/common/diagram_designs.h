#pragma once

// A design with a name that every diagram format treats specially, for the export tests.
#include "common/examples.h"

#include <string>

namespace scalelab::test {

/// A name with everything the formats treat specially.
inline const std::string kNasty =
    "Web \"main\" [1] {a} (b) | <b>&amp; #1;\n\xED\x95\x9C\xEA\xB5\xAD "
    "\xEC\x84\x9C\xEB\xB2\x84 **x** //y// \\n end";
inline const std::string kKorean = "\xED\x95\x9C\xEA\xB5\xAD \xEC\x84\x9C\xEB\xB2\x84"; // 한국 서버

/// Stage 9 with a nasty label on a web server and a private network nested in a data
/// center.
inline Scenario nastyDesign()
{
    Scenario s = example("09-data-centers.yaml");
    s.find("web-us1")->label = kNasty;
    s.groups.push_back(
        Group{"net-us", GroupKind::PrivateNetwork, "Private <net> \"us\"", {"web-us1", "web-us2"}});
    return s;
}

} // namespace scalelab::test
