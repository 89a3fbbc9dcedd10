#pragma once

#include "sim/frame.h"

#include <QObject>
#include <QPointer>

#include <memory>

class QDockWidget;
class QMenu;

namespace scalelab {

class ChartsPanel;
class ComponentMenuFilter;
class EventLogWidget;
class LiveOverlayItem;
class MainWindow;
class MetricsDashboard;
class RequestLayerItem;
class RunController;
class RunSummaryDock;
class RunToolbar;

/// The live side of the editor window: the run toolbar, the simulation (through a
/// RunController), the canvas layers that draw a frame (utilization tint, queue bars,
/// link traffic, requests in flight), the chart docks, the event log dock, and the
/// right-click run actions on a component. It pulls each frame once and hands it to every
/// view; it edits the design only through undo commands (the load slider).
class LiveView : public QObject {
    Q_OBJECT
public:
    explicit LiveView(MainWindow *window);
    /// The window's live view, made on first use.
    static LiveView *of(MainWindow *window);

    RunController *controller() const { return m_controller; }
    RunToolbar *toolbar() const { return m_toolbar; }
    ChartsPanel *charts() const { return m_charts; }
    EventLogWidget *eventLog() const { return m_log; }
    RequestLayerItem *requestLayer() const { return m_layer; }
    LiveOverlayItem *overlay() const { return m_overlay; }
    RunSummaryDock *summary() const { return m_summary; }
    /// The Metrics dock's dashboard (tiers, business, any series, alerts).
    MetricsDashboard *metrics() const { return m_metrics; }
    QList<QDockWidget *> docks() const { return m_docks; }

    /// The run actions for one component (fail, recover, slow down xN, normal speed),
    /// enabled as its last frame allows. The caller owns the menu.
    QMenu *createComponentMenu(const QString &id, QWidget *parent = nullptr);
    /// Fail or recover a data center as a whole (its title bar's right-click menu).
    QMenu *createDataCenterMenu(const scalelab::Group &dc, QWidget *parent);
    /// Shows a frame on canvas, charts and log (what the controller does for each frame).
    void showFrame(const std::shared_ptr<const Frame> &frame);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void createDocks();
    void connectController();
    void updateGeometry(const Frame &frame);
    /// The servers autoscaling groups added, as cards on the canvas.
    void showLiveServers(const Frame &frame);
    void clearRun();
    void chooseLoad(double rps);
    void syncLoadFromDocument();
    void selectFromLog(const QString &id);

    MainWindow *m_window;
    RunController *m_controller;
    RunToolbar *m_toolbar;
    ChartsPanel *m_charts;
    EventLogWidget *m_log;
    LiveOverlayItem *m_overlay;
    RequestLayerItem *m_layer;
    ComponentMenuFilter *m_menuFilter;
    RunSummaryDock *m_summary = nullptr;
    MetricsDashboard *m_metrics = nullptr;
    QDockWidget *m_metricsDock = nullptr;
    QList<QDockWidget *> m_docks;
    bool m_hadQueue = false;  ///< the design last applied has a message queue
    bool m_hadAlerts = false; ///< the design last applied has alert rules
};

} // namespace scalelab
