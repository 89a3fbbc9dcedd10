#pragma once

#include "charts/live_chart.h"

#include <QHash>

namespace scalelab {

/// Autoscaling: each group's servers per second (all it pays for, booting and draining
/// ones too) and those serving, and on the right axis what the whole design costs per hour.
class ScalingChart : public LiveChart {
    Q_OBJECT
public:
    explicit ScalingChart(QWidget *parent = nullptr);

    QCPGraph *serversGraph(const QString &group) const;
    QCPGraph *costGraph() const { return m_cost; }
    void clear() override;

protected:
    void appendSamples(const Frame &frame) override;
    void adjustRanges(const QCPRange &keyRange) override;
    QString formatValue(const QCPGraph *graph, double value) const override;

private:
    struct Series {
        QCPGraph *servers = nullptr;
        QCPGraph *serving = nullptr;
    };
    QHash<QString, Series> m_series;
    QCPGraph *m_cost = nullptr;
};

} // namespace scalelab
