#include "charts/throughput_chart.h"

namespace scalelab {

ThroughputChart::ThroughputChart(QWidget *parent) : LiveChart(parent)
{
    setValueLabel(tr("rate"), tr("req/s"));
    m_arrivals = addSeries(tr("arrivals"), QColor(0x94, 0xa3, 0xb8), Qt::DashLine);
    m_throughput = addSeries(tr("throughput (completed)"), QColor(0x25, 0x63, 0xeb));
}

void ThroughputChart::appendSamples(const Frame &frame)
{
    appendColumn(m_arrivals, frame, "arrivals_rps");
    appendColumn(m_throughput, frame, "throughput_rps");
}

} // namespace scalelab
