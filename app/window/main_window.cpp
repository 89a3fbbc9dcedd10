#include "window/main_window.h"

#include "canvas/canvas_scene.h"
#include "canvas/canvas_view.h"
#include "canvas/component_item.h"
#include "canvas/diagram_export.h"
#include "canvas/diagram_renderer.h"
#include "canvas/palette_widget.h"
#include "document/document.h"
#include "inspector/inspector_widget.h"
#include "window/app_resources.h"
#include "window/course_menu.h"
#include "window/help_menu.h"
#include "window/live_view.h"
#include "window/main_window_actions.h"
#include "window/regions_view.h"
#include "window/simulation_menu.h"
#include "window/start_page.h"

#include <QCloseEvent>
#include <QDockWidget>
#include <QDragEnterEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenu>
#include <QMessageBox>
#include <QMimeData>
#include <QSettings>
#include <QStatusBar>
#include <QUndoView>

namespace scalelab {

namespace {
constexpr int kMaxRecentFiles = 8;
constexpr int kStatusTimeoutMs = 8000;
} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent), m_doc(new Document(this)), m_scene(new CanvasScene(this)),
      m_view(new CanvasView(this)), m_actions(new Actions)
{
    initAppResources();
    setObjectName(QStringLiteral("MainWindow"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/app.svg")));
    m_view->setScene(m_scene);
    setCentralWidget(m_view);
    setAcceptDrops(true);
    statusBar()->showMessage(tr("Drag a component from the palette; drag from a card's edge "
                                "handle to another card to connect them."));
    createDocks();
    createActions();
    createMenus();
    connectDocument();
    connectInspector();
    LiveView::of(this); // run toolbar, canvas layers, chart and log docks
    new SimulationMenu(this, LiveView::of(this));
    // Region latencies, the world map, the Regions chart.
    new RegionsView(this, LiveView::of(this));
    installCourse(this); // lessons panel and menu, presenter, language
    connect(new HelpMenu(this), &HelpMenu::startPageRequested, this,
            [this] { StartPage::showFor(this); });
    readSettings();
    updateTitle();
    updateActions();
}

MainWindow::~MainWindow()
{
    // Our children die after this body, when this window (and the LiveView that looks at
    // it) is half destroyed, and Qt announces from destructors: ~QUndoStack emits
    // cleanChanged, the scene's items emit selectionChanged. Silence those sources now.
    m_doc->blockSignals(true);
    m_doc->undoStack()->blockSignals(true);
    m_scene->blockSignals(true);
    // A field of the inspector that loses the focus as the window closes reports an edit.
    m_inspector->blockSignals(true);
    delete m_actions;
}

QString MainWindow::statusMessage() const
{
    return statusBar()->currentMessage();
}

void MainWindow::createDocks()
{
    m_paletteDock = new QDockWidget(tr("Palette"), this);
    m_paletteDock->setObjectName(QStringLiteral("PaletteDock"));
    m_palette = new PaletteWidget(m_paletteDock);
    m_paletteDock->setWidget(m_palette);
    connect(m_palette, &PaletteWidget::placeRequested, this, &MainWindow::placeComponent);
    addDockWidget(Qt::LeftDockWidgetArea, m_paletteDock);

    m_inspectorDock = new QDockWidget(tr("Inspector"), this);
    m_inspectorDock->setObjectName(QStringLiteral("InspectorDock"));
    m_inspector = new InspectorWidget(m_inspectorDock);
    m_inspectorDock->setWidget(m_inspector);
    addDockWidget(Qt::RightDockWidgetArea, m_inspectorDock);

    m_historyDock = new QDockWidget(tr("History"), this);
    m_historyDock->setObjectName(QStringLiteral("HistoryDock"));
    m_undoView = new QUndoView(m_doc->undoStack(), m_historyDock);
    m_undoView->setEmptyLabel(tr("<opened>"));
    m_historyDock->setWidget(m_undoView);
    addDockWidget(Qt::RightDockWidgetArea, m_historyDock);
}

void MainWindow::connectDocument()
{
    connect(m_doc, &Document::scenarioReset, this, [this] {
        m_scene->syncAll(m_doc->scenario());
        showGroupCosts();
        m_view->fitToView();
    });
    connect(m_doc, &Document::componentAdded, this, [this](const QString &id) {
        if (const Component *c = m_doc->scenario().find(id.toStdString()))
            m_scene->syncComponent(*c);
    });
    connect(m_doc, &Document::componentChanged, this, [this](const QString &id) {
        if (const Component *c = m_doc->scenario().find(id.toStdString()))
            m_scene->syncComponent(*c);
    });
    connect(m_doc, &Document::componentRemoved, m_scene, &CanvasScene::removeComponent);
    connect(m_doc, &Document::linksChanged, this,
            [this] { m_scene->syncLinks(m_doc->scenario().links); });
    connect(m_doc, &Document::filePathChanged, this, &MainWindow::updateTitle);
    connect(m_doc->undoStack(), &QUndoStack::cleanChanged, this, &MainWindow::updateTitle);

    connect(m_scene, &CanvasScene::moveRequested, this, &MainWindow::onMoveRequested);
    connect(m_scene, &CanvasScene::linkRequested, this, &MainWindow::onLinkRequested);
    connect(m_scene, &CanvasScene::componentDropped, this, &MainWindow::addComponentAt);
    connect(m_scene, &CanvasScene::fileDropped, this, [this](const QString &path) {
        if (maybeSave())
            openFile(path);
    });
    connect(m_scene, &QGraphicsScene::selectionChanged, this, &MainWindow::updateActions);
}

void MainWindow::updateTitle()
{
    setWindowTitle(tr("%1[*] — ScaleLab").arg(m_doc->displayName()));
    setWindowModified(m_doc->isModified());
    setWindowFilePath(m_doc->filePath());
}

void MainWindow::showError(const QString &title, const QString &message)
{
    statusBar()->showMessage(message.section(QLatin1Char('\n'), 0, 0), kStatusTimeoutMs);
    if (m_dialogsEnabled)
        QMessageBox::warning(this, title, message);
}

QString MainWindow::openFile(const QString &path)
{
    const QString error = m_doc->load(path);
    if (!error.isEmpty()) {
        showError(tr("Cannot open %1").arg(QFileInfo(path).fileName()), error);
        return error;
    }
    addRecentFile(m_doc->filePath());
    statusBar()->showMessage(tr("Opened %1").arg(m_doc->filePath()), kStatusTimeoutMs);
    return {};
}

void MainWindow::openUntitled(const Scenario &scenario)
{
    m_doc->reset(scenario, QString());
}

QString MainWindow::saveFile(const QString &path)
{
    const QString error = m_doc->save(path);
    if (!error.isEmpty()) {
        showError(tr("Cannot save"), error);
        return error;
    }
    addRecentFile(m_doc->filePath());
    statusBar()->showMessage(tr("Saved %1").arg(m_doc->filePath()), kStatusTimeoutMs);
    return {};
}

QString MainWindow::exportDiagram(const QString &path, bool liveState)
{
    diagram_export::Options options;
    options.liveScene = liveState ? m_scene : nullptr;
    const QString error = diagram_export::write(m_doc->scenario(), path, options);
    if (!error.isEmpty())
        showError(tr("Cannot export"), error);
    else
        statusBar()->showMessage(tr("Exported %1").arg(path), kStatusTimeoutMs);
    return error;
}

void MainWindow::newDesign()
{
    if (!maybeSave())
        return;
    Scenario empty;
    empty.name = tr("New design").toStdString();
    m_doc->reset(empty, QString());
}

void MainWindow::open()
{
    if (!maybeSave())
        return;
    const QString dir =
        m_doc->filePath().isEmpty() ? QString() : QFileInfo(m_doc->filePath()).path();
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Open design"), dir, tr("ScaleLab designs (*.yaml *.yml);;All files (*)"));
    if (!path.isEmpty())
        openFile(path);
}

bool MainWindow::save()
{
    if (m_doc->filePath().isEmpty())
        return saveAs();
    return saveFile(m_doc->filePath()).isEmpty();
}

bool MainWindow::saveAs()
{
    QString path = QFileDialog::getSaveFileName(this, tr("Save design as"), m_doc->filePath(),
                                                tr("ScaleLab designs (*.yaml *.yml)"));
    if (path.isEmpty())
        return false;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".yaml");
    return saveFile(path).isEmpty();
}

void MainWindow::exportAs(const QString &suffix)
{
    const QString base = m_doc->filePath().isEmpty()
                             ? tr("diagram")
                             : QFileInfo(m_doc->filePath()).completeBaseName();
    QString path =
        QFileDialog::getSaveFileName(this, tr("Export diagram"), base + QLatin1Char('.') + suffix,
                                     tr("%1 files (*.%2)").arg(suffix.toUpper(), suffix));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QLatin1Char('.') + suffix;
    exportDiagram(path);
}

void MainWindow::exportWithLiveState()
{
    const QString base = m_doc->filePath().isEmpty()
                             ? tr("diagram")
                             : QFileInfo(m_doc->filePath()).completeBaseName();
    QString path = QFileDialog::getSaveFileName(this, tr("Export with live state"),
                                                base + QStringLiteral("-live.png"),
                                                tr("Pictures (*.png *.svg *.pdf)"));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".png");
    if (!DiagramRenderer::isSupported(path)) {
        showError(
            tr("Cannot export"),
            tr("%1: the live state is a picture; use a .png, .svg or .pdf file name").arg(path));
        return;
    }
    exportDiagram(path, true);
}

bool MainWindow::maybeSave()
{
    if (!m_doc->isModified() || !m_dialogsEnabled)
        return true;
    const auto answer = QMessageBox::warning(
        this, tr("Unsaved changes"),
        tr("%1 has unsaved changes. Save them first?").arg(m_doc->displayName()),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Save)
        return save();
    return answer == QMessageBox::Discard;
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!maybeSave()) {
        event->ignore();
        return;
    }
    writeSettings();
    event->accept();
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    for (const QUrl &url : event->mimeData()->urls()) {
        if (url.isLocalFile()) {
            event->acceptProposedAction();
            return;
        }
    }
}

void MainWindow::dropEvent(QDropEvent *event)
{
    for (const QUrl &url : event->mimeData()->urls()) {
        if (url.isLocalFile()) {
            event->acceptProposedAction();
            if (maybeSave())
                openFile(url.toLocalFile());
            return;
        }
    }
}

void MainWindow::addRecentFile(const QString &path)
{
    if (path.isEmpty())
        return;
    m_recentFiles.removeAll(path);
    m_recentFiles.prepend(path);
    while (m_recentFiles.size() > kMaxRecentFiles)
        m_recentFiles.removeLast();
    QSettings().setValue(QStringLiteral("recentFiles"), m_recentFiles);
    rebuildRecentMenu();
}

void MainWindow::rebuildRecentMenu()
{
    m_recentMenu->clear();
    for (const QString &path : std::as_const(m_recentFiles)) {
        QAction *a = m_recentMenu->addAction(QFileInfo(path).fileName());
        a->setToolTip(path);
        connect(a, &QAction::triggered, this, [this, path] {
            if (maybeSave())
                openFile(path);
        });
    }
    m_recentMenu->setEnabled(!m_recentFiles.isEmpty());
}

void MainWindow::readSettings()
{
    QSettings settings;
    m_recentFiles = settings.value(QStringLiteral("recentFiles")).toStringList();
    rebuildRecentMenu();
    setTheme(themeFromName(settings.value(QStringLiteral("theme")).toString()));
    m_scene->setSnapToGrid(settings.value(QStringLiteral("snapToGrid"), true).toBool());
    m_actions->snap->setChecked(m_scene->snapToGrid());
    if (!restoreGeometry(settings.value(QStringLiteral("geometry")).toByteArray()))
        resize(1400, 900);
    if (!restoreState(settings.value(QStringLiteral("windowState")).toByteArray())) {
        // First start: give the canvas the room, the docks just what they need.
        resizeDocks({m_paletteDock, m_inspectorDock}, {170, 340}, Qt::Horizontal);
        resizeDocks({m_inspectorDock, m_historyDock}, {620, 180}, Qt::Vertical);
    }
}

void MainWindow::writeSettings()
{
    QSettings settings;
    settings.setValue(QStringLiteral("geometry"), saveGeometry());
    settings.setValue(QStringLiteral("windowState"), saveState());
    settings.setValue(QStringLiteral("theme"), themeName(m_theme));
    settings.setValue(QStringLiteral("snapToGrid"), m_scene->snapToGrid());
}

void MainWindow::setTheme(Theme theme)
{
    m_theme = theme;
    applyTheme(theme);
    // The scene keeps its own palette (exports switch it temporarily), so set it here.
    m_scene->setPalette(themePalette(theme));
    m_view->viewport()->update();
    m_actions->lightTheme->setChecked(theme == Theme::Light);
    m_actions->darkTheme->setChecked(theme == Theme::Dark);
}

} // namespace scalelab
