#pragma once

#include "window/main_window.h"

#include <QList>

class QAction;

namespace scalelab {

/// The window's actions, kept together so menus, toolbar and state updates share them.
struct MainWindow::Actions {
    QAction *newFile = nullptr;
    QAction *open = nullptr;
    QAction *save = nullptr;
    QAction *saveAs = nullptr;
    QAction *exportPng = nullptr;
    QAction *exportSvg = nullptr;
    QAction *exportPdf = nullptr;
    QList<QAction *> exportEditable; ///< Mermaid, Markdown, PlantUML, DOT, draw.io, Excalidraw
    QAction *exportLive = nullptr;   ///< a picture with the run's overlays
    QAction *quit = nullptr;
    QAction *undo = nullptr;
    QAction *redo = nullptr;
    QAction *cut = nullptr;
    QAction *copy = nullptr;
    QAction *paste = nullptr;
    QAction *duplicate = nullptr;
    QAction *remove = nullptr;
    QAction *selectAll = nullptr;
    QAction *groupNetwork = nullptr;
    QAction *groupDataCenter = nullptr;
    QAction *groupAutoscaling = nullptr;
    QAction *ungroup = nullptr;
    QAction *renameGroup = nullptr;
    QAction *groupRegion = nullptr;
    QAction *zoomIn = nullptr;
    QAction *zoomOut = nullptr;
    QAction *resetZoom = nullptr;
    QAction *fit = nullptr;
    QAction *snap = nullptr;
    QAction *lightTheme = nullptr;
    QAction *darkTheme = nullptr;
};

} // namespace scalelab
