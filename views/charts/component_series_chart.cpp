#include "charts/component_series_chart.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <set>
#include <string_view>

namespace scalelab {

namespace {

/// Distinct on light and dark backgrounds; red is left out, it means failure here.
const std::array<QColor, 10> kSeriesColors = {QColor(0x25, 0x63, 0xeb), QColor(0x16, 0xa3, 0x4a),
                                              QColor(0xf5, 0x9e, 0x0b), QColor(0x93, 0x33, 0xea),
                                              QColor(0x0e, 0xa5, 0xe9), QColor(0xdb, 0x27, 0x77),
                                              QColor(0x65, 0xa3, 0x0d), QColor(0xea, 0x58, 0x0c),
                                              QColor(0x0d, 0x94, 0x88), QColor(0x64, 0x74, 0x8b)};

} // namespace

ComponentSeriesChart::ComponentSeriesChart(std::string suffix, QWidget *parent)
    : LiveChart(parent), m_suffix(std::move(suffix))
{
    // The component list beside the chart is its legend, with the same colours; a second
    // legend above the plot would be cut off in a narrow dock.
    plotLayout()->take(legend);
    plotLayout()->simplify();
    legend->setVisible(false);
}

void ComponentSeriesChart::setScenario(const Scenario &scenario)
{
    m_scenario = scenario;
    m_arrivals.setScenario(scenario);
    // A station that stops (or starts) being M/M/c after an edit loses (or gains) its line
    // from now on; the points drawn so far stay as they were.
    for (const QString &id : std::as_const(m_order)) {
        Series &s = m_series[id];
        const bool applies = problemOf(id.toStdString()).isEmpty();
        if (applies && !s.theory) {
            s.theory =
                addSeries(tr("%1 · M/M/c theory").arg(id), s.color.darker(150), Qt::DashLine);
            s.theory->setVisible(false);
            s.theory->removeFromLegend();
        }
    }
    refreshTheoryVisibility();
}

QString ComponentSeriesChart::problemOf(const std::string &id) const
{
    return mmcStationProblem(m_scenario, id);
}

MmcPrediction ComponentSeriesChart::predict(const Frame &, const ComponentFrame &cf,
                                            const Component &config, double lambda) const
{
    return predictMmc(config, lambda, cf.workers, cf.capacity, cf.slowFactor);
}

ComponentSeriesChart::Series &ComponentSeriesChart::seriesFor(const QString &id)
{
    auto it = m_series.find(id);
    if (it != m_series.end())
        return *it;
    Series s;
    s.color = kSeriesColors[static_cast<std::size_t>(m_order.size()) % kSeriesColors.size()];
    s.measured = addSeries(id, s.color);
    if (problemOf(id.toStdString()).isEmpty()) {
        s.theory = addSeries(tr("%1 · M/M/c theory").arg(id), s.color.darker(150), Qt::DashLine);
        s.theory->setVisible(false);
        s.theory->removeFromLegend();
    }
    if (m_hidden.contains(id))
        s.measured->setVisible(false);
    m_order.append(id);
    return *m_series.insert(id, s);
}

void ComponentSeriesChart::appendSamples(const Frame &frame)
{
    const std::size_t before = static_cast<std::size_t>(m_order.size());
    // Series first, points second: a new series is padded with gaps up to the rows before
    // this frame, so it must exist before any series holds this frame's rows.
    // One line per component of the run: a tier's or a group's aggregate (tier.web_server.
    // utilization) is drawn on the Metrics dashboard, not here. (A frame that lists no
    // components, as a test's may, keeps every column.)
    std::set<std::string_view> live;
    for (const ComponentFrame &cf : frame.components)
        live.insert(cf.id);
    std::vector<std::pair<std::size_t, QCPGraph *>> columns;
    for (std::size_t c = 0; c < frame.columns.size(); ++c) {
        const std::string &name = frame.columns[c];
        if (name.size() <= m_suffix.size() ||
            name.compare(name.size() - m_suffix.size(), m_suffix.size(), m_suffix) != 0 ||
            (!live.empty() &&
             !live.contains(std::string_view(name).substr(0, name.size() - m_suffix.size()))))
            continue;
        const QString id = QString::fromStdString(name.substr(0, name.size() - m_suffix.size()));
        columns.emplace_back(c, seriesFor(id).measured);
    }
    for (const auto &[c, graph] : columns)
        for (std::size_t row = 0; row < frame.sampleTimes.size(); ++row)
            addPoint(graph, frame.sampleTimes[row], frame.samples[row][c] * scale());
    // Predictions use the live worker count, capacity and slow-down of the frame.
    for (const ComponentFrame &cf : frame.components) {
        const QString id = QString::fromStdString(cf.id);
        const auto it = m_series.constFind(id);
        const Component *config = m_scenario.find(cf.id);
        if (it == m_series.constEnd() || !it->theory || !config)
            continue;
        for (std::size_t row = 0; row < frame.sampleTimes.size(); ++row) {
            const double t = frame.sampleTimes[row];
            const double raw = m_arrivals.rate(frame, row, cf.id);
            auto smooth = m_lambda.find(id);
            if (smooth == m_lambda.end()) {
                smooth = m_lambda.insert(id, {raw, t});
            } else if (t > smooth->second) {
                const double a = 1.0 - std::exp(-(t - smooth->second) / kRateSmoothingS);
                smooth->first += a * (raw - smooth->first);
                smooth->second = t;
            }
            const double lambda = smooth->first;
            const MmcPrediction p = cf.up ? predict(frame, cf, *config, lambda) : MmcPrediction{};
            addPoint(it->theory, frame.sampleTimes[row], theoryValue(p));
        }
    }
    // Series without a value in these rows (removed components) get gaps, keeping the
    // rows of all series aligned.
    for (Series &s : m_series)
        for (QCPGraph *g : {s.measured, s.theory})
            if (g)
                for (double t : frame.sampleTimes)
                    if (g->data()->isEmpty() || (g->data()->constEnd() - 1)->key < t)
                        addPoint(g, t, std::numeric_limits<double>::quiet_NaN());
    if (static_cast<std::size_t>(m_order.size()) != before) {
        refreshTheoryVisibility();
        emit componentsChanged();
    }
}

void ComponentSeriesChart::setComponentVisible(const QString &id, bool visible)
{
    const auto it = m_series.constFind(id);
    if (it == m_series.constEnd())
        return;
    it->measured->setVisible(visible);
    if (visible)
        m_hidden.remove(id);
    else
        m_hidden.insert(id);
    if (visible)
        it->measured->addToLegend();
    else
        it->measured->removeFromLegend();
    refreshTheoryVisibility();
    replot(rpQueuedReplot);
}

bool ComponentSeriesChart::componentVisible(const QString &id) const
{
    const auto it = m_series.constFind(id);
    return it != m_series.constEnd() && it->measured->visible();
}

QColor ComponentSeriesChart::componentColor(const QString &id) const
{
    return m_series.value(id).color;
}

QCPGraph *ComponentSeriesChart::measuredGraph(const QString &id) const
{
    return m_series.value(id).measured;
}

QCPGraph *ComponentSeriesChart::theoryGraph(const QString &id) const
{
    return m_series.value(id).theory;
}

void ComponentSeriesChart::setTheoryComponent(const QString &id)
{
    m_theoryId = id;
    refreshTheoryVisibility();
    replot(rpQueuedReplot);
}

QString ComponentSeriesChart::theoryProblem() const
{
    if (m_theoryId.isEmpty())
        return tr("no component selected");
    return problemOf(m_theoryId.toStdString());
}

void ComponentSeriesChart::refreshTheoryVisibility()
{
    for (auto it = m_series.begin(); it != m_series.end(); ++it) {
        if (!it->theory)
            continue;
        const bool show = it.key() == m_theoryId && it->measured->visible();
        it->theory->setVisible(show);
        if (show)
            it->theory->addToLegend();
        else
            it->theory->removeFromLegend();
    }
}

void ComponentSeriesChart::clear()
{
    LiveChart::clear();
    m_arrivals.clear();
    m_lambda.clear();
    const bool had = !m_order.isEmpty();
    clearGraphs();
    m_series.clear();
    m_order.clear();
    if (had)
        emit componentsChanged();
}

UtilizationChart::UtilizationChart(QWidget *parent) : ComponentSeriesChart(".utilization", parent)
{
    setValueLabel(tr("utilization"), QStringLiteral("%"));
}

void UtilizationChart::adjustRanges(const QCPRange &)
{
    yAxis->setRange(0, 105); // a percentage: a fixed scale compares components at a glance
}

QueueChart::QueueChart(QWidget *parent) : ComponentSeriesChart(".queue", parent)
{
    setValueLabel(tr("mean queue length"), tr("requests"));
}

MessageDepthChart::MessageDepthChart(QWidget *parent) : ComponentSeriesChart(".depth", parent)
{
    setValueLabel(tr("mean depth"), tr("messages"));
}

QString MessageDepthChart::problemOf(const std::string &id) const
{
    return queueConsumerProblem(scenario(), id);
}

MmcPrediction MessageDepthChart::predict(const Frame &frame, const ComponentFrame &,
                                         const Component &config, double lambda) const
{
    // The consumer's live workers and slow-down; the queue is its unbounded waiting room.
    const Component *consumer = queueConsumer(scenario(), config.id);
    if (!consumer)
        return {};
    for (const ComponentFrame &c : frame.components)
        if (c.id == consumer->id)
            return c.up ? predictMmc(*consumer, lambda, c.workers, -1, c.slowFactor)
                        : MmcPrediction{};
    return {};
}

ReplicationLagChart::ReplicationLagChart(QWidget *parent)
    : ComponentSeriesChart(".replication_lag_ms", parent)
{
    setValueLabel(tr("replication lag"), QStringLiteral("ms"));
}

} // namespace scalelab
