#pragma once

namespace scalelab {

/// Registers the compiled-in resources (icons). They live in the static scalelab_app
/// library, whose unreferenced resource object the linker would otherwise drop.
void initAppResources();

} // namespace scalelab
