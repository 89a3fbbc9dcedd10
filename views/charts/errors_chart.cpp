#include "charts/errors_chart.h"

#include <algorithm>

namespace scalelab {

ErrorsChart::ErrorsChart(QWidget *parent) : LiveChart(parent)
{
    setValueLabel(tr("failures and stale reads"), tr("req/s"));
    const std::pair<const char *, QColor> causes[] = {
        {QT_TR_NOOP("rejected"), QColor(0xf5, 0x9e, 0x0b)},
        {QT_TR_NOOP("timeout"), QColor(0x93, 0x33, 0xea)},
        {QT_TR_NOOP("down"), QColor(0xdc, 0x26, 0x26)},
        {QT_TR_NOOP("no backend"), QColor(0x64, 0x74, 0x8b)},
        {QT_TR_NOOP("failover"), QColor(0xdb, 0x27, 0x77)},
        {QT_TR_NOOP("read-only"), QColor(0x0e, 0x74, 0x90)},
        {QT_TR_NOOP("stale reads"), QColor(0xca, 0x8a, 0x04)},
        {QT_TR_NOOP("lost writes"), QColor(0x7f, 0x1d, 0x1d)},
        {QT_TR_NOOP("logged out"), QColor(0x7c, 0x3a, 0xed)},
    };
    for (const auto &[name, color] : causes) {
        QCPGraph *g = addSeries(tr(name), color);
        QColor fill = color;
        fill.setAlpha(45);
        g->setBrush(fill);
        m_causes.push_back(g);
    }
    yAxis2->setVisible(true);
    yAxis2->setLabel(tr("availability (%)"));
    yAxis2->setRange(0, 100.5);
    m_availability = addSeries(tr("availability"), QColor(0x16, 0xa3, 0x4a), Qt::SolidLine, yAxis2);
    applyPalette(palette());
}

void ErrorsChart::appendSamples(const Frame &frame)
{
    // Stale reads and lost writes are answers with wrong data, not failures, but they are
    // what replication costs: drawn here beside the errors.
    const char *columns[] = {"rejected_rps",    "timeout_rps",  "down_rps",
                             "no_backend_rps",  "failover_rps", "read_only_rps",
                             "stale_reads_rps", "lost_writes",  "session_lost_rps"};
    for (std::size_t i = 0; i < m_causes.size(); ++i)
        appendColumn(m_causes[i], frame, columns[i]);
    appendColumn(m_availability, frame, "availability", 100.0);
}

void ErrorsChart::adjustRanges(const QCPRange &keyRange)
{
    // Availability lives near 100 %: zoom onto the dip so that 99.9 % is not a flat line.
    bool found = false;
    const QCPRange r = m_availability->getValueRange(found, QCP::sdBoth, keyRange);
    const double low = found ? std::max(0.0, std::min(99.0, r.lower - 1.0)) : 0.0;
    yAxis2->setRange(low, 100.5);
}

QString ErrorsChart::formatValue(const QCPGraph *graph, double value) const
{
    if (graph == m_availability)
        return QStringLiteral("%1 %").arg(value, 0, 'f', 2);
    return LiveChart::formatValue(graph, value);
}

} // namespace scalelab
