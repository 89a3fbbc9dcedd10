#include "charts/scaling_chart.h"

#include <algorithm>

namespace scalelab {

namespace {

const QColor kPalette[] = {QColor(0xef, 0x6c, 0x00), QColor(0x25, 0x63, 0xeb),
                           QColor(0x93, 0x33, 0xea), QColor(0x0f, 0x76, 0x6e)};

} // namespace

ScalingChart::ScalingChart(QWidget *parent) : LiveChart(parent)
{
    setValueLabel(tr("servers"), QString());
    yAxis2->setVisible(true);
    yAxis2->setLabel(tr("cost ($ per hour)"));
    m_cost = addSeries(tr("cost per hour"), QColor(0x16, 0xa3, 0x4a), Qt::DashLine, yAxis2);
    applyPalette(palette());
}

QCPGraph *ScalingChart::serversGraph(const QString &group) const
{
    const auto it = m_series.find(group);
    return it == m_series.end() ? nullptr : it->servers;
}

void ScalingChart::appendSamples(const Frame &frame)
{
    static const std::string suffix = ".servers";
    for (const std::string &name : frame.columns) {
        if (name.size() <= suffix.size() ||
            name.compare(name.size() - suffix.size(), suffix.size(), suffix) != 0)
            continue;
        const std::string group = name.substr(0, name.size() - suffix.size());
        const QString id = QString::fromStdString(group);
        auto it = m_series.find(id);
        if (it == m_series.end()) {
            const QColor color = kPalette[m_series.size() % std::size(kPalette)];
            Series s;
            s.servers = addSeries(tr("%1 servers").arg(id), color);
            s.serving = addSeries(tr("%1 serving").arg(id), color, Qt::DotLine);
            it = m_series.insert(id, s);
        }
        appendColumn(it->servers, frame, name);
        appendColumn(it->serving, frame, group + ".serving");
    }
    if (!m_series.isEmpty())
        appendColumn(m_cost, frame, "cost_per_hour");
}

void ScalingChart::adjustRanges(const QCPRange &keyRange)
{
    // Whole servers from 0, and the cost from 0 to a little above its highest.
    yAxis->setRangeLower(0);
    yAxis->setRangeUpper(std::max(2.0, yAxis->range().upper + 0.5));
    bool found = false;
    const QCPRange r = m_cost->getValueRange(found, QCP::sdBoth, keyRange);
    yAxis2->setRange(0, found && r.upper > 0 ? r.upper * 1.15 : 1.0);
}

QString ScalingChart::formatValue(const QCPGraph *graph, double value) const
{
    if (graph == m_cost)
        return QStringLiteral("$%1").arg(value, 0, 'f', 2);
    return QString::number(qRound(value));
}

void ScalingChart::clear()
{
    LiveChart::clear();
    for (const Series &s : std::as_const(m_series)) {
        removeGraph(s.servers);
        removeGraph(s.serving);
    }
    m_series.clear();
}

} // namespace scalelab
