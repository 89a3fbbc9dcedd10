#pragma once

#include <QPalette>
#include <QString>

namespace scalelab {

/// The two looks of the window. Both are tuned for a projector: strong text contrast and
/// a clearly visible selection colour.
enum class Theme { Light, Dark };

QPalette themePalette(Theme theme);
/// Sets the Fusion style and the theme's palette on the whole application.
void applyTheme(Theme theme);
QString themeName(Theme theme);
Theme themeFromName(const QString &name);

} // namespace scalelab
