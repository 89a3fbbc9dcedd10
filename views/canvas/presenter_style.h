#pragma once

// The card text of presenter mode, shared by the cards that draw it and the presenter
// that sets it up: sizes in scene units, and the presenter never shows the canvas below
// 1:1, so on screen they are at least this many pixels tall.

namespace scalelab::presenter {

/// The scene property (bool) that switches the cards to presenter drawing.
inline constexpr const char *kSceneProperty = "scalelabPresenter";
inline constexpr int kTitlePx = 28;
inline constexpr int kDetailPx = 20;

} // namespace scalelab::presenter
