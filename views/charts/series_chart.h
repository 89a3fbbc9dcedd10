#pragma once

#include "charts/live_chart.h"

#include <span>
#include <string>

namespace scalelab {

/// One time series chosen by name (any column the run writes: p95_ms, web1.memory_mb,
/// tier.database.utilization …), with the fault and alert markers of every live chart.
/// Choosing another series redraws it from a history its owner keeps.
class SeriesChart : public LiveChart {
    Q_OBJECT
public:
    explicit SeriesChart(QWidget *parent = nullptr);

    /// Shows `name`, whose past samples are values at times; `markers` are the log entries
    /// seen so far (the chart's markers are drawn again from them).
    void showSeries(const std::string &name, std::span<const double> times,
                    std::span<const double> values, const std::vector<LogEntry> &markers);
    const std::string &seriesName() const { return m_name; }
    /// Points drawn now (for tests).
    int pointCount() const;

protected:
    void appendSamples(const Frame &frame) override;

private:
    QCPGraph *m_graph;
    std::string m_name;
};

} // namespace scalelab
