#pragma once

// The course in the editor window: the Lessons panel and menu, View ▸ Presenter (F12)
// and View ▸ Language. Installed once per window by MainWindow's constructor.

namespace scalelab {

class LessonsDock;
class MainWindow;

/// Adds the course's dock and menus to the window; returns the Lessons panel.
LessonsDock *installCourse(MainWindow *window);

} // namespace scalelab
