#include "window/live_view.h"

#include "inspector/inspector_widget.h"

#include "canvas/canvas_scene.h"
#include "canvas/canvas_view.h"
#include "canvas/component_item.h"
#include "canvas/component_menu_filter.h"
#include "canvas/link_item.h"
#include "canvas/live_overlay_item.h"
#include "canvas/request_layer_item.h"
#include "charts/charts_panel.h"
#include "document/component_commands.h"
#include "document/document.h"
#include "document/scenario_commands.h"
#include "live/event_log_widget.h"
#include "live/metrics_dashboard.h"
#include "live/run_toolbar.h"
#include "run/run_controller.h"
#include "scenario/region_validation.h"
#include "window/main_window.h"
#include "window/run_summary_dock.h"

#include <QDockWidget>

#include <QEvent>
#include <QMenu>
#include <QMenuBar>
#include <QStatusBar>
#include <algorithm>

namespace scalelab {

namespace {
constexpr int kStatusTimeoutMs = 8000;
constexpr int kMinChartHeight = 160; ///< px; below this a chart cannot be read
constexpr double kSlowFactors[] = {2, 5, 10};
} // namespace

LiveView::LiveView(MainWindow *window)
    : QObject(window), m_window(window), m_controller(new RunController(window->document(), this)),
      m_toolbar(new RunToolbar(window)), m_charts(new ChartsPanel(window)),
      m_log(new EventLogWidget(window)), m_overlay(new LiveOverlayItem),
      m_layer(new RequestLayerItem), m_menuFilter(new ComponentMenuFilter(window->scene()))
{
    window->addToolBar(Qt::TopToolBarArea, m_toolbar);
    window->scene()->addItem(m_overlay);
    window->scene()->addItem(m_layer);
    createDocks();
    connectController();
    m_charts->applyPalette(static_cast<QWidget *>(window)->palette());
    window->installEventFilter(this);

    connect(m_toolbar, &RunToolbar::runRequested, m_controller, &RunController::run);
    connect(m_toolbar, &RunToolbar::pauseRequested, m_controller, &RunController::pause);
    connect(m_toolbar, &RunToolbar::stepEventRequested, m_controller, &RunController::stepEvent);
    connect(m_toolbar, &RunToolbar::stepSecondRequested, m_controller, &RunController::stepSecond);
    connect(m_toolbar, &RunToolbar::resetRequested, m_controller, &RunController::reset);
    connect(m_toolbar, &RunToolbar::speedChanged, m_controller, &RunController::setSpeed);
    connect(m_toolbar, &RunToolbar::loadChosen, this, &LiveView::chooseLoad);

    Document *doc = window->document();
    connect(doc, &Document::settingsChanged, this, &LiveView::syncLoadFromDocument);
    connect(doc, &Document::scenarioReset, this, &LiveView::syncLoadFromDocument);
    syncLoadFromDocument();

    connect(m_menuFilter, &ComponentMenuFilter::menuRequested, this,
            [this](const QString &id, const QPoint &screenPos) {
                QMenu *menu = createComponentMenu(id, m_window);
                menu->setAttribute(Qt::WA_DeleteOnClose);
                menu->popup(screenPos);
            });
    // The inspector offers the same run-time actions as the right-click menu.
    window->inspector()->setComponentMenuFactory(
        [this](const QString &id, QWidget *parent) { return createComponentMenu(id, parent); });
    connect(m_log, &EventLogWidget::componentActivated, this, &LiveView::selectFromLog);
    connect(window->scene(), &QGraphicsScene::selectionChanged, this, [this] {
        const QStringList ids = m_window->scene()->selectedComponentIds();
        if (!ids.isEmpty())
            m_charts->selectComponent(ids.first());
    });
}

LiveView *LiveView::of(MainWindow *window)
{
    if (auto *existing = window->findChild<LiveView *>(QString(), Qt::FindDirectChildrenOnly))
        return existing;
    return new LiveView(window);
}

void LiveView::connectController()
{
    connect(m_controller, &RunController::frameShown, this, &LiveView::showFrame);
    connect(m_controller, &RunController::runCleared, this, &LiveView::clearRun);
    connect(m_controller, &RunController::runFinished, this,
            [this](const std::shared_ptr<const RunResult> &result) {
                m_summary->showResult(*result);
                m_summary->show();
                m_summary->raise();
                m_window->statusBar()->showMessage(
                    tr("The run is over: its summary is in the Run summary panel."),
                    kStatusTimeoutMs);
            });
    connect(m_controller, &RunController::runningChanged, m_toolbar, &RunToolbar::setRunning);
    connect(m_controller, &RunController::designApplied, this, [this](const Scenario &s) {
        m_charts->setScenario(s);
        // A design that gains a message queue shows its depth chart, once.
        const bool queue =
            std::any_of(s.components.begin(), s.components.end(),
                        [](const Component &c) { return traitsOf(c.kind).messageQueue; });
        if (queue && !m_hadQueue)
            for (QDockWidget *d : std::as_const(m_docks))
                if (d->objectName() == QLatin1String("messageDepthDock"))
                    d->raise();
        m_hadQueue = queue;
        if (!s.alerts.empty() && !m_hadAlerts) {
            m_metricsDock->show();
            m_metricsDock->raise();
        }
        m_hadAlerts = !s.alerts.empty();
    });
    connect(m_controller, &RunController::editRefused, this, [this](const QString &message) {
        m_window->statusBar()->showMessage(tr("Not applied to the run: %1").arg(message),
                                           kStatusTimeoutMs);
    });
}

void LiveView::showFrame(const std::shared_ptr<const Frame> &frame)
{
    if (!frame)
        return;
    m_toolbar->setClock(frame->t_s);
    m_toolbar->setThroughputNote(
        frame->wallRequestsPerSecond > 0
            ? tr("≈ %1 in real time").arg(RunToolbar::formatRate(frame->wallRequestsPerSecond))
            : QString());
    QHash<QString, QPair<QString, QString>> replication;
    for (const ComponentFrame &c : frame->components) {
        if (c.role != ReplicaRole::Replica)
            continue;
        QString text = tr("replicating");
        for (const LiveFigure &f : c.figures)
            if (std::string_view(f.label) == "lag")
                text = tr("lag %1 ms").arg(qRound(f.value));
        if (!c.up)
            text = tr("replica down");
        replication.insert(QString::fromStdString(c.id),
                           {QString::fromStdString(c.primaryId), text});
    }
    m_window->scene()->setLiveReplication(replication);
    showLiveServers(*frame);
    updateGeometry(*frame);
    m_overlay->setFrame(frame);
    m_layer->setFrame(frame);
    m_charts->appendFrame(*frame);
    m_metrics->appendFrame(*frame);
    m_log->appendFrame(*frame);
}

void LiveView::showLiveServers(const Frame &frame)
{
    // The servers autoscaling groups added are in no scenario: each is drawn as a copy of
    // its group's first server, with that server's links.
    const Scenario &doc = m_window->document()->scenario();
    std::vector<CanvasScene::LiveServer> servers;
    for (const ComponentFrame &c : frame.components) {
        if (c.addedBy.empty())
            continue;
        const Component *first = doc.find(c.templateId);
        if (first == nullptr)
            continue;
        CanvasScene::LiveServer s;
        s.component = *first;
        s.component.id = c.id;
        s.component.label.clear();
        s.groupId = QString::fromStdString(c.addedBy);
        for (const Link &l : doc.links) {
            if (l.to == first->id) {
                s.links.push_back(l);
                s.links.back().to = c.id;
            }
            if (l.from == first->id) {
                s.links.push_back(l);
                s.links.back().from = c.id;
            }
        }
        servers.push_back(std::move(s));
    }
    m_window->scene()->setLiveServers(servers);
}

void LiveView::updateGeometry(const Frame &frame)
{
    // Cards move and links change while a run goes on, so the layers get fresh geometry
    // with every frame; it is a few dozen look-ups.
    const CanvasScene *scene = m_window->scene();
    std::vector<QRectF> rects;
    std::vector<QPointF> centers;
    rects.reserve(frame.components.size());
    centers.reserve(frame.components.size());
    for (const ComponentFrame &c : frame.components) {
        const ComponentItem *item = scene->componentItem(QString::fromStdString(c.id));
        const QPointF centre = item ? item->scenePos() : QPointF();
        const QRectF card = item ? item->cardRect().translated(centre) : QRectF(centre, QSizeF());
        rects.push_back(card);
        centers.push_back(centre);
    }
    // The paths the scene routed for its arrows, so that traffic and dots follow them.
    std::vector<LinkPath> paths;
    paths.reserve(frame.links.size());
    for (std::size_t i = 0; i < frame.links.size(); ++i)
        paths.push_back(
            scene->linkPath(static_cast<int>(i), frame.links[i].from, frame.links[i].to));
    m_layer->setGeometry(paths, std::move(centers));
    m_overlay->setGeometry(std::move(paths), std::move(rects));
}

void LiveView::clearRun()
{
    m_toolbar->setClock(0);
    m_toolbar->setThroughputNote({});
    m_overlay->setFrame(nullptr);
    m_layer->setFrame(nullptr);
    m_window->scene()->setLiveReplication({});
    m_window->scene()->setLiveServers({});
    m_charts->clear();
    m_metrics->clear();
    m_log->clear();
    m_summary->clear();
}

QMenu *LiveView::createDataCenterMenu(const Group &dc, QWidget *parent)
{
    // Fail enabled while anything in it is up, recover while anything is down.
    auto *menu = new QMenu(parent);
    menu->setObjectName(QStringLiteral("DataCenterRunMenu"));
    bool anyUp = true, anyDown = false;
    if (const std::shared_ptr<const Frame> f = m_controller->lastFrame()) {
        anyUp = false;
        for (const ComponentFrame &c : f->components)
            if (std::find(dc.members.begin(), dc.members.end(), c.id) != dc.members.end())
                (c.up ? anyUp : anyDown) = true;
    }
    const QString id = QString::fromStdString(dc.id);
    QAction *fail = menu->addAction(tr("Fail Data Center %1").arg(id));
    fail->setObjectName(QStringLiteral("failDataCenterAction"));
    fail->setToolTip(tr("Everything in it goes down at once, as in a power or network outage"));
    fail->setEnabled(anyUp);
    connect(fail, &QAction::triggered, m_controller,
            [this, id] { m_controller->failComponent(id); });
    QAction *recover = menu->addAction(tr("Recover Data Center %1").arg(id));
    recover->setObjectName(QStringLiteral("recoverDataCenterAction"));
    recover->setEnabled(anyDown);
    connect(recover, &QAction::triggered, m_controller,
            [this, id] { m_controller->recoverComponent(id); });
    return menu;
}

QMenu *LiveView::createComponentMenu(const QString &id, QWidget *parent)
{
    if (const Group *dc = dataCenterNamed(m_window->document()->scenario(), id.toStdString());
        dc && m_window->document()->scenario().find(id.toStdString()) == nullptr)
        return createDataCenterMenu(*dc, parent);
    auto *menu = new QMenu(parent);
    menu->setObjectName(QStringLiteral("ComponentRunMenu"));
    bool up = true;
    double slow = 1.0;
    ReplicaRole role = ReplicaRole::None;
    const int index = m_window->document()->scenario().indexOf(id.toStdString());
    const bool servesAssets =
        index >= 0 &&
        traitsOf(m_window->document()->scenario().components[static_cast<std::size_t>(index)].kind)
            .servesAssets;
    if (const std::shared_ptr<const Frame> f = m_controller->lastFrame()) {
        for (const ComponentFrame &c : f->components)
            if (c.id == id.toStdString()) {
                up = c.up;
                slow = c.slowFactor;
                role = c.role;
            }
    }
    QAction *fail = menu->addAction(tr("Fail %1").arg(id));
    fail->setObjectName(QStringLiteral("failAction"));
    fail->setEnabled(up);
    connect(fail, &QAction::triggered, m_controller,
            [this, id] { m_controller->failComponent(id); });
    QAction *recover = menu->addAction(tr("Recover %1").arg(id));
    recover->setObjectName(QStringLiteral("recoverAction"));
    recover->setEnabled(!up);
    connect(recover, &QAction::triggered, m_controller,
            [this, id] { m_controller->recoverComponent(id); });
    if (servesAssets) {
        QAction *deploy = menu->addAction(tr("Deploy a new version to %1").arg(id));
        deploy->setObjectName(QStringLiteral("deployToAction"));
        deploy->setToolTip(tr("Its assets get new URLs: each is fetched from the origin once"));
        connect(deploy, &QAction::triggered, m_controller,
                [this, id] { m_controller->deployAssets(id); });
    }
    const Component *component =
        index >= 0 ? &m_window->document()->scenario().components[static_cast<std::size_t>(index)]
                   : nullptr;
    if (component && std::holds_alternative<DatabaseParams>(component->params) &&
        component->as<DatabaseParams>().replica_of.empty()) {
        QAction *replica = menu->addAction(tr("Add a Replica of %1").arg(id));
        replica->setObjectName(QStringLiteral("addReplicaAction"));
        replica->setToolTip(tr("A copy of this database that receives its writes and answers "
                               "reads, linked from whatever reads from it"));
        connect(replica, &QAction::triggered, m_window, [this, id] { m_window->addReplicaOf(id); });
    }
    if (component && std::holds_alternative<ShardRouterParams>(component->params)) {
        QAction *shard = menu->addAction(tr("Add a Shard to %1").arg(id));
        shard->setObjectName(QStringLiteral("addShardAction"));
        shard->setToolTip(tr("A new database linked from this router: the keys whose shard "
                             "changes move to it, and copying them loads the shards for a while"));
        connect(shard, &QAction::triggered, m_window, [this, id] { m_window->addShardTo(id); });
    }
    if (role == ReplicaRole::Replica) {
        QAction *promote = menu->addAction(tr("Promote %1 to primary").arg(id));
        promote->setObjectName(QStringLiteral("promoteAction"));
        promote->setToolTip(tr("Make this replica the primary now: writes go to it; writes the "
                               "old primary committed that it never received are lost"));
        promote->setEnabled(up);
        connect(promote, &QAction::triggered, m_controller,
                [this, id] { m_controller->promoteReplica(id); });
    }
    menu->addSeparator();
    for (double factor : kSlowFactors) {
        QAction *a = menu->addAction(tr("Slow down ×%1").arg(factor));
        a->setObjectName(QStringLiteral("slow%1Action").arg(factor));
        a->setCheckable(true);
        a->setChecked(slow == factor);
        connect(a, &QAction::triggered, m_controller,
                [this, id, factor] { m_controller->slowComponent(id, factor); });
    }
    QAction *normal = menu->addAction(tr("Normal speed"));
    normal->setObjectName(QStringLiteral("normalSpeedAction"));
    normal->setEnabled(slow != 1.0);
    connect(normal, &QAction::triggered, m_controller,
            [this, id] { m_controller->slowComponent(id, 1.0); });
    return menu;
}

void LiveView::chooseLoad(double rps)
{
    Document *doc = m_window->document();
    const Component *users = doc->scenario().firstClients();
    if (users == nullptr)
        return;
    Component c = *users;
    ClientsParams &p = c.as<ClientsParams>();
    if (p.rate_rps == rps && p.curve.empty())
        return;
    p.rate_rps = rps;
    // A load curve would override the rate; the slider sets a constant load (undo restores).
    p.curve.clear();
    doc->pushChecked(new ChangeComponentCommand(doc, QString::fromStdString(c.id), c));
}

void LiveView::syncLoadFromDocument()
{
    if (const Component *users = m_window->document()->scenario().firstClients())
        m_toolbar->setLoad(users->as<ClientsParams>().rate_rps);
}

void LiveView::selectFromLog(const QString &id)
{
    CanvasScene *scene = m_window->scene();
    scene->selectComponents({id});
    if (ComponentItem *item = scene->componentItem(id))
        m_window->view()->ensureVisible(item);
}

bool LiveView::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_window && event->type() == QEvent::Show && !m_docks.isEmpty() &&
        m_docks.first()->height() < kMinChartHeight) {
        // First start (or a layout that squeezed the charts): about a third of the window.
        m_window->resizeDocks({m_docks.first()}, {m_window->height() * 32 / 100}, Qt::Vertical);
        // Equal widths for the charts side by side (a tabbed chart shares its tab's).
        QStringList tabbed;
        for (const ChartsPanel::Dock &d : m_charts->docks())
            if (!d.tabWith.isEmpty())
                tabbed.append(d.objectName);
        QList<QDockWidget *> row;
        for (QDockWidget *d : std::as_const(m_docks))
            if (!tabbed.contains(d->objectName()) &&
                m_window->dockWidgetArea(d) == Qt::BottomDockWidgetArea)
                row.append(d);
        m_window->resizeDocks(row, QList<int>(row.size(), m_window->width() / int(row.size())),
                              Qt::Horizontal);
    }
    if (watched == m_window && event->type() == QEvent::PaletteChange)
        m_charts->applyPalette(static_cast<QWidget *>(m_window)->palette());
    return QObject::eventFilter(watched, event);
}

} // namespace scalelab
