#pragma once

#include "charts/live_chart.h"

namespace scalelab {

/// Failed requests per second by cause (rejected, timeout, down, no backend) and the
/// availability of each second on the right axis, in percent.
class ErrorsChart : public LiveChart {
    Q_OBJECT
public:
    explicit ErrorsChart(QWidget *parent = nullptr);

protected:
    void appendSamples(const Frame &frame) override;
    void adjustRanges(const QCPRange &keyRange) override;
    QString formatValue(const QCPGraph *graph, double value) const override;

private:
    std::vector<QCPGraph *> m_causes;
    QCPGraph *m_availability;
};

} // namespace scalelab
