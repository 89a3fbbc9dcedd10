#include "window/regions_view.h"

#include "document/document.h"
#include "run/run_controller.h"
#include "scenario/regions.h"
#include "window/live_view.h"
#include "window/main_window.h"
#include "window/region_latency_dialog.h"
#include "world/world_latency_view.h"

#include <QAction>
#include <QDockWidget>
#include <QMenu>
#include <QMenuBar>

namespace scalelab {

namespace {

QMenu *menuNamed(MainWindow *window, const char *name)
{
    for (QMenu *menu :
         window->menuBar()->findChildren<QMenu *>(QString(), Qt::FindDirectChildrenOnly))
        if (menu->objectName() == QLatin1String(name))
            return menu;
    return nullptr;
}

QDockWidget *dockNamed(MainWindow *window, const char *name)
{
    return window->findChild<QDockWidget *>(QLatin1String(name));
}

} // namespace

RegionsView::RegionsView(MainWindow *window, LiveView *live)
    : QObject(window), m_window(window), m_live(live),
      m_latencies(new QAction(tr("Region &Latencies…"), window)),
      m_worldDock(new QDockWidget(tr("World latency"), window)), m_world(new WorldLatencyView)
{
    setObjectName(QStringLiteral("regionsView"));
    m_latencies->setObjectName(QStringLiteral("regionLatenciesAction"));
    m_latencies->setStatusTip(tr("Change the one-way latency between the regions this design "
                                 "uses (the default table, or your own values)"));
    connect(m_latencies, &QAction::triggered, this, &RegionsView::openLatencyDialog);
    if (QMenu *edit = menuNamed(window, "editMenu")) {
        // After Set Data Center Region…, its neighbour in meaning.
        const QList<QAction *> actions = edit->actions();
        QAction *before = nullptr;
        for (qsizetype i = 0; i + 1 < actions.size(); ++i)
            if (actions[i]->objectName() == QLatin1String("groupRegionAction"))
                before = actions[i + 1];
        edit->insertAction(before, m_latencies);
    }

    m_worldDock->setObjectName(QStringLiteral("worldLatencyDock"));
    m_worldDock->setWidget(m_world);
    m_worldDock->toggleViewAction()->setText(tr("&World Latency"));
    m_worldDock->toggleViewAction()->setObjectName(QStringLiteral("worldLatencyAction"));
    m_worldDock->toggleViewAction()->setStatusTip(
        tr("The design's regions on a world map, the latency between them and each region's "
           "live p95"));
    if (QDockWidget *beside = dockNamed(window, "throughputDock"))
        window->tabifyDockWidget(beside, m_worldDock);
    else
        window->addDockWidget(Qt::BottomDockWidgetArea, m_worldDock);
    // Shown or hidden with the first design (designApplied); a dock hidden before the
    // window is shown would not come back raised in its tab.
    if (QMenu *view = menuNamed(window, "viewMenu"))
        view->addAction(m_worldDock->toggleViewAction());

    Document *doc = window->document();
    for (const auto signal :
         {&Document::componentAdded, &Document::componentChanged, &Document::componentRemoved})
        connect(doc, signal, this, &RegionsView::syncWorld);
    for (const auto signal :
         {&Document::groupsChanged, &Document::regionLatenciesChanged, &Document::scenarioReset})
        connect(doc, signal, this, &RegionsView::syncWorld);
    RunController *run = live->controller();
    connect(run, &RunController::designApplied, this, &RegionsView::designApplied);
    connect(run, &RunController::frameShown, m_world,
            [this](const std::shared_ptr<const Frame> &f) {
                if (f)
                    m_world->appendFrame(*f);
            });
    connect(run, &RunController::runCleared, m_world, &WorldLatencyView::clearLive);
    syncWorld();
}

RegionsView *RegionsView::of(MainWindow *window)
{
    return window->findChild<RegionsView *>(QStringLiteral("regionsView"),
                                            Qt::FindDirectChildrenOnly);
}

RegionLatencyDialog *RegionsView::openLatencyDialog()
{
    if (!m_dialog)
        m_dialog = new RegionLatencyDialog(m_window->document(), m_window);
    m_dialog->show();
    m_dialog->raise();
    m_dialog->activateWindow();
    return m_dialog;
}

void RegionsView::syncWorld()
{
    m_world->setScenario(m_window->document()->scenario());
}

void RegionsView::designApplied(const Scenario &scenario)
{
    const bool regions = !regionsOf(scenario).empty();
    if (m_hadRegions == regions)
        return;
    m_hadRegions = regions;
    QDockWidget *chart = dockNamed(m_window, "regionsDock");
    for (QDockWidget *dock : {chart, m_worldDock}) {
        if (!dock)
            continue;
        dock->setVisible(regions);
        if (regions)
            dock->raise();
    }
}

} // namespace scalelab
