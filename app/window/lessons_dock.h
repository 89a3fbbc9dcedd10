#pragma once

// The Lessons panel: the chapter's stages in order, the ones done marked; opening one
// loads its design and shows what the stage is, what to try and what to watch, and its
// goals, live (pending / met / failed, with the measured figure beside the bound) as the
// simulation judges them frame by frame. Lessons done are remembered (QSettings).

#include "sim/frame.h"

#include <QDockWidget>

#include <memory>

class QLabel;
class QListWidget;
class QTextBrowser;
class QTreeWidget;

namespace scalelab {

class MainWindow;

class LessonsDock : public QDockWidget {
    Q_OBJECT
public:
    explicit LessonsDock(MainWindow *window);

    /// Loads lesson `index` (in lessons() order) as an untitled copy; false if its file
    /// cannot be read (the message is shown in the panel).
    bool openLesson(int index);
    /// The lesson open now, or -1 (after the student opened some other design).
    int currentLesson() const { return m_current; }
    /// Ids of the lessons whose goals were all met once, as remembered.
    static QStringList doneLessons();
    static void setDone(const QString &id, bool done);

    QListWidget *lessonList() const { return m_list; }
    QTreeWidget *goalsView() const { return m_goals; }
    QTextBrowser *textView() const { return m_text; }

signals:
    /// Every goal of the open lesson was met in a run.
    void lessonDone(int index);

private:
    void showFrame(const std::shared_ptr<const Frame> &frame);
    void rebuildGoals();
    void refreshList();
    void showLessonText();

    MainWindow *m_window;
    QListWidget *m_list = nullptr;
    QTextBrowser *m_text = nullptr;
    QTreeWidget *m_goals = nullptr;
    QLabel *m_summary = nullptr;
    int m_current = -1;
    bool m_opening = false;
};

} // namespace scalelab
