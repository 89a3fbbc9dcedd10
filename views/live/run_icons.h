#pragma once

#include <QIcon>
#include <QPalette>

namespace scalelab {

/// The run controls' symbols, drawn in the palette's button text colour so they read on
/// light and dark themes alike (the style's stock media icons are dark grey on any
/// background). Each icon has a Disabled mode in the palette's disabled text colour.
enum class RunIcon { Run, Pause, StepEvent, StepSecond, Reset };

QIcon runIcon(RunIcon which, const QPalette &palette);

} // namespace scalelab
