// LiveView's docks: the charts, the Metrics dashboard, the event log and the run summary,
// each placed where it is read (a file of its own: live_view.cpp wires the run to them).
#include "window/live_view.h"

#include "charts/charts_panel.h"
#include "live/event_log_widget.h"
#include "live/metrics_dashboard.h"
#include "window/main_window.h"
#include "window/run_summary_dock.h"

#include <QAction>
#include <QDockWidget>
#include <QKeySequence>
#include <QMenu>
#include <QMenuBar>

namespace scalelab {

void LiveView::createDocks()
{
    QDockWidget *previous = nullptr;
    for (const ChartsPanel::Dock &d : m_charts->docks()) {
        auto *dock = new QDockWidget(d.title, m_window);
        dock->setObjectName(d.objectName);
        dock->setWidget(d.widget);
        QDockWidget *tab = nullptr;
        for (QDockWidget *other : std::as_const(m_docks))
            if (!d.tabWith.isEmpty() && other->objectName() == d.tabWith)
                tab = other;
        if (tab) {
            // Queue length shares a tab with utilization (both per component), the cache
            // hit ratio with throughput.
            m_window->tabifyDockWidget(tab, dock);
            tab->raise();
        } else if (previous) {
            m_window->splitDockWidget(previous, dock, Qt::Horizontal);
        } else {
            m_window->addDockWidget(Qt::BottomDockWidgetArea, dock);
        }
        if (!tab)
            previous = dock;
        m_docks.append(dock);
    }
    // The Metrics dashboard is one more tab among the charts, and in the View menu. It
    // starts hidden, so the charts keep their room: View > Metrics Dashboard (Ctrl+Shift+M)
    // shows it, and a design with alert rules shows it once, as the queue's chart is.
    m_metrics = new MetricsDashboard(m_window);
    m_metricsDock = new QDockWidget(tr("Metrics"), m_window);
    m_metricsDock->setObjectName(QStringLiteral("metricsDock"));
    m_metricsDock->setWidget(m_metrics);
    m_window->addDockWidget(Qt::BottomDockWidgetArea, m_metricsDock);
    // Beside the widest chart, so its tiles have room.
    for (QDockWidget *d : std::as_const(m_docks))
        if (d->objectName() == QLatin1String("errorsDock"))
            m_window->tabifyDockWidget(d, m_metricsDock);
    m_metricsDock->hide();
    m_docks.append(m_metricsDock);
    QAction *toggle = m_metricsDock->toggleViewAction();
    toggle->setText(tr("&Metrics Dashboard"));
    toggle->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M));
    connect(toggle, &QAction::toggled, m_metricsDock, [dock = m_metricsDock](bool on) {
        if (on)
            dock->raise();
    });
    for (QMenu *menu :
         m_window->menuBar()->findChildren<QMenu *>(QString(), Qt::FindDirectChildrenOnly))
        if (menu->objectName() == QLatin1String("viewMenu"))
            menu->addAction(toggle);
    // The log goes with the history on the right: both are lists of what happened.
    auto *logDock = new QDockWidget(tr("Event log"), m_window);
    logDock->setObjectName(QStringLiteral("eventLogDock"));
    logDock->setWidget(m_log);
    auto *history = m_window->findChild<QDockWidget *>(QStringLiteral("HistoryDock"));
    if (history && m_window->dockWidgetArea(history) != Qt::NoDockWidgetArea) {
        m_window->tabifyDockWidget(history, logDock);
        logDock->raise();
    } else {
        m_window->addDockWidget(Qt::RightDockWidgetArea, logDock);
    }
    m_docks.append(logDock);

    // The summary of a finished run goes with the inspector: read beside the design.
    m_summary = new RunSummaryDock(m_window);
    auto *inspector = m_window->findChild<QDockWidget *>(QStringLiteral("InspectorDock"));
    if (inspector && m_window->dockWidgetArea(inspector) != Qt::NoDockWidgetArea) {
        m_window->tabifyDockWidget(inspector, m_summary);
        inspector->raise();
    } else {
        m_window->addDockWidget(Qt::RightDockWidgetArea, m_summary);
    }
    m_docks.append(m_summary);
}

} // namespace scalelab
