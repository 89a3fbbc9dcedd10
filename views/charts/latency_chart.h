#pragma once

#include "charts/live_chart.h"

namespace scalelab {

/// End-to-end latency percentiles per simulated second: p50, p95 and p99 in milliseconds,
/// on a linear or logarithmic axis (the hockey stick reads best on log).
class LatencyChart : public LiveChart {
    Q_OBJECT
public:
    explicit LatencyChart(QWidget *parent = nullptr);

protected:
    void appendSamples(const Frame &frame) override;

private:
    QCPGraph *m_p50;
    QCPGraph *m_p95;
    QCPGraph *m_p99;
};

} // namespace scalelab
