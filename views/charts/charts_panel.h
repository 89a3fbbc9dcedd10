#pragma once

#include "sim/frame.h"

#include <QList>
#include <QObject>
#include <QString>

class QPalette;
class QWidget;

namespace scalelab {

class ComponentChartPanel;
class ErrorsChart;
class HitRatioChart;
class LatencyChart;
class LiveChart;
class QueueChart;
class RegionsChart;
class ReplicationLagChart;
class MessageDepthChart;
class ScalingChart;
class ThroughputChart;
class UtilizationChart;

/// Makes the live charts and feeds them: one appendFrame per frame reaches every chart.
/// The main window puts each widget of docks() into a dock of its own; the widgets are
/// children of the parent given here until a dock takes them.
class ChartsPanel : public QObject {
    Q_OBJECT
public:
    struct Dock {
        QString objectName; ///< stable, for saving the window layout
        QString title;
        QWidget *widget;
        QString tabWith = {}; ///< objectName of the dock it shares a tab with, if any
    };

    explicit ChartsPanel(QWidget *parent);

    QList<Dock> docks() const;
    void appendFrame(const Frame &frame);
    /// The design the theory lines need; call on Run and after each live edit.
    void setScenario(const Scenario &scenario);
    /// Empties every chart (a reset of the run).
    void clear();
    void applyPalette(const QPalette &palette);
    /// Points the per-component charts' theory line at a component (canvas selection).
    void selectComponent(const QString &id);

    LatencyChart *latency() const { return m_latency; }
    ThroughputChart *throughput() const { return m_throughput; }
    ErrorsChart *errors() const { return m_errors; }
    UtilizationChart *utilization() const { return m_utilization; }
    QueueChart *queue() const { return m_queue; }
    HitRatioChart *hitRatio() const { return m_hitRatio; }
    ReplicationLagChart *replicationLag() const { return m_lag; }
    ScalingChart *scaling() const { return m_scaling; }
    MessageDepthChart *messageDepth() const { return m_depth; }
    RegionsChart *regions() const { return m_regions; }
    QList<LiveChart *> charts() const;

private:
    static constexpr int kReplotGroups = 3;

    LatencyChart *m_latency;
    ThroughputChart *m_throughput;
    ErrorsChart *m_errors;
    UtilizationChart *m_utilization;
    QueueChart *m_queue;
    HitRatioChart *m_hitRatio;
    ComponentChartPanel *m_utilizationPanel;
    ComponentChartPanel *m_queuePanel;
    ReplicationLagChart *m_lag;
    ComponentChartPanel *m_lagPanel;
    ScalingChart *m_scaling;
    MessageDepthChart *m_depth;
    ComponentChartPanel *m_depthPanel;
    RegionsChart *m_regions;
    int m_turn = 0; ///< the group of charts that may redraw on the next frame
};

} // namespace scalelab
