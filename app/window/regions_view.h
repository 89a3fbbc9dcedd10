#pragma once

#include "scenario/scenario.h"

#include <QObject>
#include <QPointer>

#include <optional>

class QAction;
class QDockWidget;

namespace scalelab {

class LiveView;
class MainWindow;
class RegionLatencyDialog;
class WorldLatencyView;

/// Regions in the window (stage 9): Edit ▸ Region Latencies… (the latency table's
/// editor), View ▸ World Latency (a dock with the world map of the design's regions and
/// their live p95), and the Regions chart's dock, shown while the design has regions and
/// hidden while it has none.
class RegionsView : public QObject {
    Q_OBJECT
public:
    RegionsView(MainWindow *window, LiveView *live);
    /// The window's regions view (made by MainWindow's constructor), or null.
    static RegionsView *of(MainWindow *window);

    QAction *latenciesAction() const { return m_latencies; }
    QDockWidget *worldDock() const { return m_worldDock; }
    WorldLatencyView *world() const { return m_world; }
    /// Opens the latency editor (one per window) and returns it.
    RegionLatencyDialog *openLatencyDialog();

private:
    /// Shows the Regions chart and the world map when the design gains regions, hides
    /// them when it loses its last (the student's own choice stays in between).
    void designApplied(const Scenario &scenario);
    void syncWorld();

    MainWindow *m_window;
    LiveView *m_live;
    QAction *m_latencies;
    QDockWidget *m_worldDock;
    WorldLatencyView *m_world;
    QPointer<RegionLatencyDialog> m_dialog;
    std::optional<bool> m_hadRegions;
};

} // namespace scalelab
