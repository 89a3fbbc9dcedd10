#include "window/course_menu.h"

#include "document/document.h"
#include "window/language.h"
#include "window/lesson_catalog.h"
#include "window/lessons_dock.h"
#include "window/main_window.h"
#include "window/presenter_mode.h"

#include <QAction>
#include <QActionGroup>
#include <QMenu>
#include <QMenuBar>
#include <QStatusBar>

namespace scalelab {

namespace {

QMenu *viewMenu(MainWindow *window)
{
    for (QMenu *menu :
         window->menuBar()->findChildren<QMenu *>(QString(), Qt::FindDirectChildrenOnly))
        if (menu->objectName() == QLatin1String("viewMenu"))
            return menu;
    return window->menuBar()->addMenu(MainWindow::tr("&View"));
}

void fillLessonsMenu(QMenu *menu, LessonsDock *dock)
{
    menu->clear();
    const QStringList done = LessonsDock::doneLessons();
    for (int i = 0; i < static_cast<int>(lessons().size()); ++i) {
        const Lesson &l = lessons()[static_cast<std::size_t>(i)];
        QAction *a = menu->addAction(lessonText(l.title), dock, [dock, i] { dock->openLesson(i); });
        a->setCheckable(true);
        a->setChecked(done.contains(QString::fromLatin1(l.id)));
        a->setToolTip(a->isChecked() ? LessonsDock::tr("Done: every goal was met")
                                     : LessonsDock::tr("Not done yet"));
    }
    menu->addSeparator();
    menu->addAction(dock->toggleViewAction());
    menu->addAction(LessonsDock::tr("Forget Progress"), dock, [] {
        for (const Lesson &l : lessons())
            LessonsDock::setDone(QString::fromLatin1(l.id), false);
    });
}

} // namespace

LessonsDock *installCourse(MainWindow *window)
{
    auto *dock = new LessonsDock(window);
    dock->toggleViewAction()->setText(LessonsDock::tr("Lessons &Panel"));
    window->addDockWidget(Qt::LeftDockWidgetArea, dock);

    QMenu *lessonsMenu = new QMenu(LessonsDock::tr("&Lessons"), window->menuBar());
    lessonsMenu->setObjectName(QStringLiteral("lessonsMenu"));
    window->menuBar()->addMenu(lessonsMenu);
    QObject::connect(lessonsMenu, &QMenu::aboutToShow, dock,
                     [lessonsMenu, dock] { fillLessonsMenu(lessonsMenu, dock); });
    fillLessonsMenu(lessonsMenu, dock);

    QMenu *view = viewMenu(window);
    view->addSeparator();
    auto *presenter = new QAction(PresenterMode::tr("&Presenter (F12; PageDown/PageUp step, Esc "
                                                    "leaves)"),
                                  window);
    presenter->setObjectName(QStringLiteral("presenterAction"));
    presenter->setShortcut(QKeySequence(Qt::Key_F12));
    presenter->setShortcutContext(Qt::WindowShortcut);
    QObject::connect(presenter, &QAction::triggered, window, [window] {
        auto *mode = new PresenterMode(window->document()->scenario(), true, window);
        QObject::connect(mode, &PresenterMode::closed, mode, &QObject::deleteLater);
    });
    view->addAction(presenter);
    window->addAction(presenter);

    QMenu *language = view->addMenu(PresenterMode::tr("&Language"));
    language->setObjectName(QStringLiteral("languageMenu"));
    auto *group = new QActionGroup(language);
    const QString chosen = chosenLanguage();
    QStringList codes = availableLanguages();
    codes.prepend(QString());
    for (const QString &code : codes) {
        QAction *a = language->addAction(code.isEmpty() ? PresenterMode::tr("System Language")
                                                        : languageName(code));
        a->setCheckable(true);
        a->setChecked(code == chosen);
        group->addAction(a);
        QObject::connect(a, &QAction::triggered, window, [window, code] {
            setChosenLanguage(code);
            window->statusBar()->showMessage(
                PresenterMode::tr("The language changes when ScaleLab starts again."));
        });
    }
    return dock;
}

} // namespace scalelab
