#pragma once

#include "scenario/scenario.h"
#include "window/theme.h"

#include <QMainWindow>
#include <QPointF>

class QAction;
class QDockWidget;
class QMenu;
class QUndoView;

namespace scalelab {

class CanvasScene;
class CanvasView;
class Document;
class InspectorWidget;
class PaletteWidget;

/// The editor window: canvas in the middle, palette, inspector and history docks, menus.
/// It turns the canvas's intent signals into undo commands on the Document and keeps the
/// scene in step with the Document's change signals. File handling (new, open, save,
/// export, recent files) and window state also live here; actions and menus are built
/// in main_window_actions.cpp, edit operations in main_window_edit.cpp.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    Document *document() const { return m_doc; }
    CanvasScene *scene() const { return m_scene; }
    CanvasView *view() const { return m_view; }
    PaletteWidget *palette() const { return m_palette; }
    InspectorWidget *inspector() const { return m_inspector; }
    QString statusMessage() const;

    /// Message boxes (errors, the close prompt) are skipped when false, for tests; errors
    /// are still returned and shown in the status bar.
    void setDialogsEnabled(bool on) { m_dialogsEnabled = on; }

    /// Opens a file; on failure shows the loader's message, keeps the current design and
    /// returns the message. Does not ask about unsaved changes (see open()).
    QString openFile(const QString &path);
    /// Opens a design without a file (the default example, a new design).
    void openUntitled(const Scenario &scenario);
    /// Saves to `path`; returns an error message or an empty string.
    QString saveFile(const QString &path);
    /// Exports the diagram; the format follows the suffix (canvas/diagram_export.h). A
    /// clean diagram of the design unless `liveState`: then the picture shows the canvas
    /// as it is, with the run's overlays. Returns an error or empty.
    QString exportDiagram(const QString &path, bool liveState = false);

    void setTheme(Theme theme);
    Theme theme() const { return m_theme; }

    /// Asks whether to save unsaved changes; false means the user cancelled.
    bool maybeSave();

public slots:
    void newDesign();
    void open();
    bool save();
    bool saveAs();
    void exportAs(const QString &suffix);
    /// Asks for a PNG, SVG or PDF file and exports the canvas with the run's live state.
    void exportWithLiveState();

    void placeComponent(scalelab::ComponentKind kind);
    void addComponentAt(scalelab::ComponentKind kind, const QPointF &scenePos);
    /// A new replica of database `primaryId` beside it, linked from every component that
    /// links to the primary, as one undoable step; false (and a status message) if refused.
    bool addReplicaOf(const QString &primaryId);
    /// A new shard for shard router `routerId`: a copy of its last shard's machine and
    /// queries below it, linked from the router (and, when the router starts with a fixed
    /// number of shards, that number raised by one), as one undoable step. In a run the
    /// router reshards at once.
    bool addShardTo(const QString &routerId);
    void deleteSelection();
    void copySelection();
    void cutSelection();
    void paste();
    void duplicateSelection();
    void selectAll();
    /// Groups the selected components into a new box (main_window_groups.cpp).
    void groupSelection(scalelab::GroupKind kind);
    /// Removes the selected groups, keeping their members.
    void ungroupSelection();
    /// Gives a group a new title (one undo step); an empty label shows the kind's name.
    void renameGroup(const QString &groupId, const QString &label);
    void changeScaling(const QString &groupId, const scalelab::AutoscalingSettings &scaling);
    /// Puts a data center in a region (one undoable, validated step; empty: none).
    void setGroupRegion(const QString &groupId, const QString &region);
    /// Asks for a group's new title (the double-click on its title bar).
    void promptRenameGroup(const QString &groupId);
    /// Asks for a data center's region (Edit ▸ Set Data Center Region…).
    void promptGroupRegion(const QString &groupId);

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    struct Actions;

    void createDocks();
    void createActions();
    void createMenus();
    void createGroupActions();
    void updateGroupActions();
    /// Shows each data center's cost per hour on its box.
    void showGroupCosts();
    void connectDocument();
    void connectInspector();
    /// Shows the selected component or link, or the scenario when nothing is selected.
    void refreshInspector();
    /// Tells the student why an edit was refused and shows the design's values again.
    void refuse(const QString &why);
    void readSettings();
    void writeSettings();
    void updateTitle();
    void updateActions();
    void addRecentFile(const QString &path);
    void rebuildRecentMenu();
    void showError(const QString &title, const QString &message);
    void onMoveRequested(const QStringList &ids, const QList<QPointF> &positions);
    void onLinkRequested(const QString &from, const QString &to);
    /// Adds a copied fragment in free space beside where it was copied (paste_placement.h);
    /// returns how many components it added.
    int pasteText(const QByteArray &yaml, const QString &commandText);

    Document *m_doc = nullptr;
    CanvasScene *m_scene = nullptr;
    CanvasView *m_view = nullptr;
    PaletteWidget *m_palette = nullptr;
    InspectorWidget *m_inspector = nullptr;
    QDockWidget *m_paletteDock = nullptr;
    QDockWidget *m_inspectorDock = nullptr;
    QDockWidget *m_historyDock = nullptr;
    QUndoView *m_undoView = nullptr;
    QMenu *m_recentMenu = nullptr;
    Actions *m_actions = nullptr;
    QStringList m_recentFiles;
    Theme m_theme = Theme::Light;
    bool m_dialogsEnabled = true;
};

} // namespace scalelab
