#include "window/app_resources.h"

#include <QtGlobal>

// Q_INIT_RESOURCE declares the resource function in the enclosing namespace, so it must be
// used outside namespace scalelab.
static void initResourcesOnce()
{
    Q_INIT_RESOURCE(resources);
}

namespace scalelab {

void initAppResources()
{
    static const bool done = [] {
        initResourcesOnce();
        return true;
    }();
    Q_UNUSED(done);
}

} // namespace scalelab
