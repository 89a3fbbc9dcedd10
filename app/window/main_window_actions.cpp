// The window's actions and menus: standard shortcuts for everything common.
#include "window/main_window.h"

#include "canvas/canvas_scene.h"
#include "canvas/canvas_view.h"
#include "document/document.h"
#include "window/export_run_dialog.h"
#include "window/main_window_actions.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QDockWidget>
#include <QMenuBar>
#include <QToolBar>
#include <QUndoStack>

#include <utility>

namespace scalelab {

void MainWindow::createActions()
{
    Actions &a = *m_actions;
    auto make = [this](const QString &text, QKeySequence key, auto slot) {
        auto *action = new QAction(text, this);
        if (!key.isEmpty())
            action->setShortcut(key);
        connect(action, &QAction::triggered, this, slot);
        return action;
    };
    a.newFile = make(tr("&New"), QKeySequence::New, &MainWindow::newDesign);
    a.open = make(tr("&Open…"), QKeySequence::Open, &MainWindow::open);
    a.save = make(tr("&Save"), QKeySequence::Save, &MainWindow::save);
    a.saveAs = make(tr("Save &As…"), QKeySequence::SaveAs, &MainWindow::saveAs);
    a.exportPng = make(tr("Export as &PNG…"), QKeySequence(tr("Ctrl+E")),
                       [this] { exportAs(QStringLiteral("png")); });
    a.exportSvg = make(tr("Export as &SVG…"), {}, [this] { exportAs(QStringLiteral("svg")); });
    a.exportPdf = make(tr("Export as P&DF…"), {}, [this] { exportAs(QStringLiteral("pdf")); });
    // Diagrams other tools open and edit (model/export/).
    static constexpr std::pair<const char *, const char *> kEditable[] = {
        {"mmd", QT_TRANSLATE_NOOP("scalelab::MainWindow", "Export as &Mermaid (.mmd)…")},
        {"md",
         QT_TRANSLATE_NOOP("scalelab::MainWindow", "Export as Mar&kdown with Mermaid (.md)…")},
        {"puml", QT_TRANSLATE_NOOP("scalelab::MainWindow", "Export as Plant&UML (.puml)…")},
        {"dot", QT_TRANSLATE_NOOP("scalelab::MainWindow", "Export as &Graphviz DOT (.dot)…")},
        {"drawio", QT_TRANSLATE_NOOP("scalelab::MainWindow", "Export as draw.&io (.drawio)…")},
        {"excalidraw",
         QT_TRANSLATE_NOOP("scalelab::MainWindow", "Export as E&xcalidraw (.excalidraw)…")},
    };
    for (const auto &[suffix, text] : kEditable) {
        const QString s = QString::fromLatin1(suffix);
        a.exportEditable << make(tr(text), {}, [this, s] { exportAs(s); });
    }
    a.exportLive = make(tr("Export with &Live State…"), {}, &MainWindow::exportWithLiveState);
    a.exportLive->setToolTip(tr("A picture of the canvas as it is now, with the run's "
                                "utilization, queue bars and requests in flight; the other "
                                "exports show the design alone"));
    a.quit = make(tr("&Quit"), QKeySequence::Quit, &QWidget::close);

    // Fixed texts, so the toolbar keeps its width as edits come; what would be undone is
    // in the tooltip (and the History dock).
    QUndoStack *stack = m_doc->undoStack();
    a.undo = make(tr("&Undo"), QKeySequence::Undo, [stack] { stack->undo(); });
    a.undo->setObjectName(QStringLiteral("undoAction"));
    a.redo = make(tr("&Redo"), QKeySequence::Redo, [stack] { stack->redo(); });
    a.redo->setObjectName(QStringLiteral("redoAction"));
    auto sync = [stack, undo = a.undo, redo = a.redo] {
        undo->setEnabled(stack->canUndo());
        redo->setEnabled(stack->canRedo());
        undo->setToolTip(stack->canUndo() ? tr("Undo: %1").arg(stack->undoText()) : tr("Undo"));
        redo->setToolTip(stack->canRedo() ? tr("Redo: %1").arg(stack->redoText()) : tr("Redo"));
    };
    connect(stack, &QUndoStack::indexChanged, this, sync);
    connect(stack, &QUndoStack::canUndoChanged, this, sync);
    connect(stack, &QUndoStack::canRedoChanged, this, sync);
    sync();
    a.cut = make(tr("Cu&t"), QKeySequence::Cut, &MainWindow::cutSelection);
    a.copy = make(tr("&Copy"), QKeySequence::Copy, &MainWindow::copySelection);
    a.paste = make(tr("&Paste"), QKeySequence::Paste, &MainWindow::paste);
    a.duplicate =
        make(tr("D&uplicate"), QKeySequence(tr("Ctrl+D")), &MainWindow::duplicateSelection);
    a.remove = make(tr("&Delete"), QKeySequence::Delete, &MainWindow::deleteSelection);
    // Backspace deletes too: laptops without a Delete key.
    a.remove->setShortcuts({QKeySequence::Delete, QKeySequence(Qt::Key_Backspace)});
    a.selectAll = make(tr("Select &All"), QKeySequence::SelectAll, &MainWindow::selectAll);

    a.zoomIn = make(tr("Zoom &In"), QKeySequence::ZoomIn, [this] { m_view->zoomIn(); });
    a.zoomOut = make(tr("Zoom &Out"), QKeySequence::ZoomOut, [this] { m_view->zoomOut(); });
    a.resetZoom =
        make(tr("&Actual Size"), QKeySequence(tr("Ctrl+0")), [this] { m_view->resetZoom(); });
    a.fit = make(tr("&Fit to View"), QKeySequence(tr("Ctrl+1")), [this] { m_view->fitToView(); });
    // Ctrl+G groups (the usual key for it), so the grid toggle has Ctrl+' (as in many
    // drawing programs).
    a.snap = make(tr("&Snap to Grid (hold Alt to place freely)"), QKeySequence(tr("Ctrl+'")),
                  [this](bool on) { m_scene->setSnapToGrid(on); });
    a.snap->setCheckable(true);
    a.snap->setChecked(true);

    auto *themes = new QActionGroup(this);
    a.lightTheme = make(tr("&Light Theme"), {}, [this] { setTheme(Theme::Light); });
    a.darkTheme = make(tr("&Dark Theme"), {}, [this] { setTheme(Theme::Dark); });
    for (QAction *t : {a.lightTheme, a.darkTheme}) {
        t->setCheckable(true);
        themes->addAction(t);
    }
    a.lightTheme->setChecked(true);
    createGroupActions();

    // Shortcuts must work wherever the focus is in the window, docks included.
    for (QAction *action : findChildren<QAction *>())
        action->setShortcutContext(Qt::WindowShortcut);
    // ...except editing keys, which belong to a focused text field when there is one.
    for (QAction *action : {a.cut, a.copy, a.paste, a.remove, a.selectAll, a.undo, a.redo})
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_view->addActions({a.cut, a.copy, a.paste, a.remove, a.selectAll, a.undo, a.redo});
}

void MainWindow::createMenus()
{
    Actions &a = *m_actions;
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addActions({a.newFile, a.open});
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    file->addSeparator();
    file->addActions({a.save, a.saveAs});
    file->addSeparator();
    QMenu *exportMenu = file->addMenu(tr("&Export"));
    exportMenu->setToolTipsVisible(true);
    exportMenu->addActions({a.exportPng, a.exportSvg, a.exportPdf});
    exportMenu->addSeparator();
    exportMenu->addActions(a.exportEditable);
    exportMenu->addSeparator();
    exportMenu->addAction(a.exportLive);
    file->addAction(tr("Export &Run…"), this, [this] { exportRun(this); });
    file->addSeparator();
    file->addAction(a.quit);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    edit->setObjectName(QStringLiteral("editMenu"));
    edit->addActions({a.undo, a.redo});
    edit->addSeparator();
    edit->addActions({a.cut, a.copy, a.paste, a.duplicate, a.remove});
    edit->addSeparator();
    edit->addActions({a.groupNetwork, a.groupDataCenter, a.groupAutoscaling, a.ungroup,
                      a.renameGroup, a.groupRegion});
    edit->addSeparator();
    edit->addAction(a.selectAll);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->setObjectName(QStringLiteral("viewMenu"));
    view->addActions({a.zoomIn, a.zoomOut, a.resetZoom, a.fit});
    view->addSeparator();
    view->addAction(a.snap);
    view->addSeparator();
    view->addActions({a.lightTheme, a.darkTheme});
    view->addSeparator();
    for (QDockWidget *dock : {m_paletteDock, m_inspectorDock, m_historyDock})
        view->addAction(dock->toggleViewAction());

    QToolBar *tools = addToolBar(tr("Main"));
    tools->setObjectName(QStringLiteral("MainToolBar"));
    tools->setToolButtonStyle(Qt::ToolButtonTextOnly);
    tools->addActions({a.newFile, a.open, a.save});
    tools->addSeparator();
    tools->addActions({a.undo, a.redo});
    tools->addSeparator();
    tools->addActions({a.zoomIn, a.zoomOut, a.fit});
}

void MainWindow::updateActions()
{
    const bool hasComponents = !m_scene->selectedComponentIds().isEmpty();
    const bool hasSelection = hasComponents || !m_scene->selectedLinkIndices().isEmpty() ||
                              !m_scene->selectedGroupIds().isEmpty();
    m_actions->cut->setEnabled(hasComponents);
    m_actions->copy->setEnabled(hasComponents);
    m_actions->duplicate->setEnabled(hasComponents);
    m_actions->remove->setEnabled(hasSelection);
}

} // namespace scalelab
