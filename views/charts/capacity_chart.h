#pragma once

#include "sim/sweep.h"

#include <qcustomplot.h>

#include <vector>

namespace scalelab {

/// The capacity curve of a design (Simulation ▸ Capacity Curve): p50, p95 and p99 latency
/// against the offered load on a log axis — the hockey stick — with the M/M/c prediction
/// as dashed lines where it applies, and the availability on the right axis.
class CapacityChart : public QCustomPlot {
    Q_OBJECT
public:
    explicit CapacityChart(QWidget *parent = nullptr);

    /// Draws the finished levels of a sweep (unfinished ones are left out).
    void setPoints(const std::vector<SweepPoint> &points, bool theory);
    QCPGraph *measured(int quantile) const { return m_measured[quantile]; } ///< 0 p50 .. 2 p99
    QCPGraph *predicted(int quantile) const { return m_predicted[quantile]; }
    QCPGraph *availability() const { return m_availability; }

private:
    QCPGraph *m_measured[3] = {};
    QCPGraph *m_predicted[3] = {};
    QCPGraph *m_availability = nullptr;
};

} // namespace scalelab
