#pragma once

#include "charts/live_chart.h"

namespace scalelab {

/// Completed requests per second beside the clients' arrivals: when they part, requests
/// are failing or piling up.
class ThroughputChart : public LiveChart {
    Q_OBJECT
public:
    explicit ThroughputChart(QWidget *parent = nullptr);

protected:
    void appendSamples(const Frame &frame) override;

private:
    QCPGraph *m_arrivals;
    QCPGraph *m_throughput;
};

} // namespace scalelab
