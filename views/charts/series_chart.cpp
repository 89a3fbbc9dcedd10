#include "charts/series_chart.h"

namespace scalelab {

SeriesChart::SeriesChart(QWidget *parent) : LiveChart(parent)
{
    setValueLabel(tr("value"), QString());
    m_graph = addSeries(QString(), QColor(0x7c, 0x3a, 0xed));
}

void SeriesChart::showSeries(const std::string &name, std::span<const double> times,
                             std::span<const double> values, const std::vector<LogEntry> &markers)
{
    clear();
    m_name = name;
    m_graph->setName(QString::fromStdString(name));
    for (std::size_t i = 0; i < times.size() && i < values.size(); ++i)
        addPoint(m_graph, times[i], values[i]);
    Frame past; // no samples: the markers again, and the window slid to the last time
    past.newLog = markers;
    past.t_s = times.empty() ? 0.0 : times.back();
    appendFrame(past);
}

int SeriesChart::pointCount() const
{
    return m_graph->data()->size();
}

void SeriesChart::appendSamples(const Frame &frame)
{
    if (!m_name.empty())
        appendColumn(m_graph, frame, m_name);
}

} // namespace scalelab
