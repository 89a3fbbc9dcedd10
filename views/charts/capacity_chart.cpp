#include "charts/capacity_chart.h"

#include <algorithm>
#include <cmath>

namespace scalelab {

namespace {

const QColor kColours[3] = {QColor(0x1e, 0x88, 0xe5), QColor(0xfb, 0x8c, 0x00),
                            QColor(0xe5, 0x39, 0x35)};

} // namespace

CapacityChart::CapacityChart(QWidget *parent) : QCustomPlot(parent)
{
    xAxis->setScaleType(QCPAxis::stLogarithmic);
    xAxis->setTicker(QSharedPointer<QCPAxisTickerLog>(new QCPAxisTickerLog));
    xAxis->setNumberFormat(QStringLiteral("gb"));
    xAxis->setLabel(tr("offered load (requests per second, log scale)"));
    yAxis->setLabel(tr("latency (ms)"));
    yAxis2->setVisible(true);
    yAxis2->setLabel(tr("availability (%)"));
    yAxis2->setRange(0, 101);
    const QString names[3] = {tr("p50"), tr("p95"), tr("p99")};
    const QString theoryNames[3] = {tr("p50, M/M/c"), tr("p95, M/M/c"), tr("p99, M/M/c")};
    for (int q = 0; q < 3; ++q) {
        m_measured[q] = addGraph();
        m_measured[q]->setName(names[q]);
        m_measured[q]->setPen(QPen(kColours[q], 2));
        m_measured[q]->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssCircle, 6));
        m_predicted[q] = addGraph();
        m_predicted[q]->setName(theoryNames[q]);
        m_predicted[q]->setPen(QPen(kColours[q], 1.5, Qt::DashLine));
    }
    m_availability = addGraph(xAxis, yAxis2);
    m_availability->setName(tr("availability"));
    m_availability->setPen(QPen(QColor(0x43, 0xa0, 0x47, 160), 1.5, Qt::DotLine));
    legend->setVisible(true);
    setInteractions(QCP::iRangeDrag | QCP::iRangeZoom);
    axisRect()->insetLayout()->setInsetAlignment(0, Qt::AlignTop | Qt::AlignLeft);
    setPoints({}, false);
}

void CapacityChart::setPoints(const std::vector<SweepPoint> &points, bool theory)
{
    QVector<double> x, p[3], tx, t[3], avail;
    double top = 1;
    double bottom = qInf(); // the smallest p99: the flat part of the stick
    double low = 1, high = 10;
    bool first = true;
    for (const SweepPoint &pt : points) {
        if (!pt.finished)
            continue;
        low = first ? pt.offered_rps : std::min(low, pt.offered_rps);
        high = first ? pt.offered_rps : std::max(high, pt.offered_rps);
        first = false;
        const double measured[3] = {pt.p50_ms, pt.p95_ms, pt.p99_ms};
        const double predicted[3] = {pt.theory_p50_ms, pt.theory_p95_ms, pt.theory_p99_ms};
        if (std::isfinite(pt.p99_ms)) {
            x.push_back(pt.offered_rps);
            for (int q = 0; q < 3; ++q)
                p[q].push_back(measured[q]);
            top = std::max(top, pt.p99_ms);
            bottom = std::min(bottom, pt.p99_ms);
        }
        if (std::isfinite(pt.availability))
            avail.push_back(100.0 * pt.availability);
        else
            avail.push_back(qQNaN());
        if (theory && std::isfinite(pt.theory_p99_ms)) {
            tx.push_back(pt.offered_rps);
            for (int q = 0; q < 3; ++q)
                t[q].push_back(predicted[q]);
        }
    }
    QVector<double> ax;
    for (const SweepPoint &pt : points)
        if (pt.finished)
            ax.push_back(pt.offered_rps);
    for (int q = 0; q < 3; ++q) {
        m_measured[q]->setData(x, p[q], true);
        m_predicted[q]->setData(tx, t[q], true);
        m_predicted[q]->setVisible(theory);
        if (theory)
            m_predicted[q]->addToLegend();
        else
            m_predicted[q]->removeFromLegend();
    }
    m_availability->setData(ax, avail, true);
    // A little room either side of the levels, in the log axis's own terms.
    xAxis->setRange(low / 1.3, high * 1.3);
    // Past saturation latency grows with the run's length, without bound: such levels
    // would flatten the knee into a wall, so the axis stops at 20x the flat part and they
    // leave through the top (drag or zoom to see them).
    if (std::isfinite(bottom) && bottom > 0)
        top = std::min(top, 20.0 * bottom);
    yAxis->setRange(0, top * 1.08);
    replot();
}

} // namespace scalelab
