#include "charts/latency_chart.h"

namespace scalelab {

LatencyChart::LatencyChart(QWidget *parent) : LiveChart(parent)
{
    setValueLabel(tr("latency"), QStringLiteral("ms"));
    setLogScaleAllowed(true);
    m_p50 = addSeries(QStringLiteral("p50"), QColor(0x0e, 0xa5, 0xe9));
    m_p95 = addSeries(QStringLiteral("p95"), QColor(0xf5, 0x9e, 0x0b));
    m_p99 = addSeries(QStringLiteral("p99"), QColor(0xdc, 0x26, 0x26));
}

void LatencyChart::appendSamples(const Frame &frame)
{
    appendColumn(m_p50, frame, "p50_ms");
    appendColumn(m_p95, frame, "p95_ms");
    appendColumn(m_p99, frame, "p99_ms");
}

} // namespace scalelab
