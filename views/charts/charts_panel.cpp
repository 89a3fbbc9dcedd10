#include "charts/charts_panel.h"

#include "charts/component_chart_panel.h"
#include "charts/component_series_chart.h"
#include "charts/errors_chart.h"
#include "charts/hit_ratio_chart.h"
#include "charts/latency_chart.h"
#include "charts/regions_chart.h"
#include "charts/scaling_chart.h"
#include "charts/throughput_chart.h"

#include <QWidget>

namespace scalelab {

ChartsPanel::ChartsPanel(QWidget *parent)
    : QObject(parent), m_latency(new LatencyChart(parent)),
      m_throughput(new ThroughputChart(parent)), m_errors(new ErrorsChart(parent)),
      m_utilization(new UtilizationChart), m_queue(new QueueChart),
      m_hitRatio(new HitRatioChart(parent)),
      m_utilizationPanel(new ComponentChartPanel(m_utilization, parent)),
      m_queuePanel(new ComponentChartPanel(m_queue, parent)), m_lag(new ReplicationLagChart),
      m_lagPanel(new ComponentChartPanel(m_lag, parent)), m_scaling(new ScalingChart(parent)),
      m_depth(new MessageDepthChart), m_depthPanel(new ComponentChartPanel(m_depth, parent)),
      m_regions(new RegionsChart(parent))
{
    m_regions->setObjectName(QStringLiteral("regionsChart"));
    m_scaling->setObjectName(QStringLiteral("scalingChart"));
    m_depth->setObjectName(QStringLiteral("messageDepthChart"));
    m_lag->setObjectName(QStringLiteral("replicationLagChart"));
    m_latency->setObjectName(QStringLiteral("latencyChart"));
    m_throughput->setObjectName(QStringLiteral("throughputChart"));
    m_errors->setObjectName(QStringLiteral("errorsChart"));
    m_utilization->setObjectName(QStringLiteral("utilizationChart"));
    m_queue->setObjectName(QStringLiteral("queueChart"));
    m_hitRatio->setObjectName(QStringLiteral("hitRatioChart"));
}

QList<ChartsPanel::Dock> ChartsPanel::docks() const
{
    return {
        {QStringLiteral("latencyDock"), tr("Latency"), m_latency},
        {QStringLiteral("throughputDock"), tr("Throughput"), m_throughput},
        {QStringLiteral("errorsDock"), tr("Errors and availability"), m_errors},
        {QStringLiteral("utilizationDock"), tr("Utilization"), m_utilizationPanel},
        {QStringLiteral("queueDock"), tr("Queue length"), m_queuePanel,
         QStringLiteral("utilizationDock")},
        {QStringLiteral("hitRatioDock"), tr("Cache hit ratio"), m_hitRatio,
         QStringLiteral("throughputDock")},
        {QStringLiteral("replicationLagDock"), tr("Replication lag"), m_lagPanel,
         QStringLiteral("utilizationDock")},
        {QStringLiteral("messageDepthDock"), tr("Message queue"), m_depthPanel,
         QStringLiteral("utilizationDock")},
        {QStringLiteral("scalingDock"), tr("Servers and cost"), m_scaling,
         QStringLiteral("throughputDock")},
        {QStringLiteral("regionsDock"), tr("Regions"), m_regions, QStringLiteral("latencyDock")},
    };
}

QList<LiveChart *> ChartsPanel::charts() const
{
    return {m_latency,  m_throughput, m_errors,  m_utilization, m_queue,
            m_hitRatio, m_lag,        m_scaling, m_depth,       m_regions};
}

void ChartsPanel::appendFrame(const Frame &frame)
{
    // Staggered: on each frame only the charts of one of kReplotGroups groups may redraw,
    // so at 60 frames per second each chart redraws about 20 times per second and no frame
    // pays for all five replots.
    const QList<LiveChart *> all = charts();
    for (int i = 0; i < all.size(); ++i)
        all[i]->appendFrame(frame, i % kReplotGroups == m_turn);
    m_turn = (m_turn + 1) % kReplotGroups;
}

void ChartsPanel::setScenario(const Scenario &scenario)
{
    m_utilization->setScenario(scenario);
    m_queue->setScenario(scenario);
    m_hitRatio->setScenario(scenario);
    m_lag->setScenario(scenario);
    m_depth->setScenario(scenario);
}

void ChartsPanel::clear()
{
    for (LiveChart *c : charts())
        c->clear();
}

void ChartsPanel::applyPalette(const QPalette &palette)
{
    for (LiveChart *c : charts())
        c->applyPalette(palette);
}

void ChartsPanel::selectComponent(const QString &id)
{
    m_utilizationPanel->selectComponent(id);
    m_queuePanel->selectComponent(id);
}

} // namespace scalelab
