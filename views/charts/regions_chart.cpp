#include "charts/regions_chart.h"

#include "world/world_places.h"

#include <algorithm>
#include <utility>
#include <vector>

namespace scalelab {

namespace {

const std::string kPrefix = "region.";
const std::string kP95 = ".p95_ms";

} // namespace

RegionsChart::RegionsChart(QWidget *parent) : LiveChart(parent)
{
    setValueLabel(tr("p95 latency"), QStringLiteral("ms"));
    setLogScaleAllowed(true);
    yAxis2->setVisible(true);
    yAxis2->setLabel(tr("failed requests (req/s)"));
    applyPalette(palette());
}

QCPGraph *RegionsChart::p95Graph(const QString &region) const
{
    return m_series.value(region).p95;
}

QCPGraph *RegionsChart::errorsGraph(const QString &region) const
{
    return m_series.value(region).errors;
}

void RegionsChart::appendSamples(const Frame &frame)
{
    // Series first, points second: a new series is padded with gaps up to the rows before
    // this frame (addSeries), so it must exist before any series holds this frame's rows.
    std::vector<std::pair<std::string, Series>> columns;
    for (const std::string &name : frame.columns) {
        if (name.size() <= kPrefix.size() + kP95.size() ||
            name.compare(0, kPrefix.size(), kPrefix) != 0 ||
            name.compare(name.size() - kP95.size(), kP95.size(), kP95) != 0)
            continue;
        const std::string region =
            name.substr(kPrefix.size(), name.size() - kPrefix.size() - kP95.size());
        const QString id = QString::fromStdString(region);
        auto it = m_series.find(id);
        if (it == m_series.end()) {
            const QColor color = regionColor(static_cast<int>(m_order.size()));
            Series s;
            s.p95 = addSeries(tr("%1 p95").arg(id), color);
            s.errors = addSeries(tr("%1 errors").arg(id), color, Qt::DashLine, yAxis2);
            m_order.append(id);
            it = m_series.insert(id, s);
        }
        columns.emplace_back(kPrefix + region, *it);
    }
    for (const auto &[stem, s] : columns) {
        appendColumn(s.p95, frame, stem + kP95);
        appendColumn(s.errors, frame, stem + ".errors_rps");
    }
}

void RegionsChart::adjustRanges(const QCPRange &keyRange)
{
    // Errors from 0 to a little above the highest; none at all still shows a scale.
    double top = 0;
    for (const Series &s : std::as_const(m_series)) {
        bool found = false;
        const QCPRange r = s.errors->getValueRange(found, QCP::sdBoth, keyRange);
        if (found)
            top = std::max(top, r.upper);
    }
    yAxis2->setRange(0, top > 0 ? top * 1.15 : 1.0);
}

QString RegionsChart::formatValue(const QCPGraph *graph, double value) const
{
    for (const Series &s : m_series)
        if (graph == s.errors)
            return tr("%1 req/s").arg(QString::number(value, 'g', 4));
    return LiveChart::formatValue(graph, value);
}

void RegionsChart::clear()
{
    LiveChart::clear();
    for (const Series &s : std::as_const(m_series)) {
        removeGraph(s.p95);
        removeGraph(s.errors);
    }
    m_series.clear();
    m_order.clear();
}

} // namespace scalelab
