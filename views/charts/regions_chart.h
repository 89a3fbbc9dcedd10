#pragma once

#include "charts/live_chart.h"

#include <QHash>
#include <QStringList>

namespace scalelab {

/// Stage 9's view of the users by where they are: each region's p95 latency per second
/// (solid, left axis) and its failed requests per second (dashed, same colour, right
/// axis), from the frames' "region.<r>.p95_ms" and "region.<r>.errors_rps" columns. A
/// region's lines appear with its columns; a design without regions draws nothing.
class RegionsChart : public LiveChart {
    Q_OBJECT
public:
    explicit RegionsChart(QWidget *parent = nullptr);

    /// Region names in the order their columns first appeared.
    QStringList regions() const { return m_order; }
    QCPGraph *p95Graph(const QString &region) const;
    QCPGraph *errorsGraph(const QString &region) const;
    void clear() override;

protected:
    void appendSamples(const Frame &frame) override;
    void adjustRanges(const QCPRange &keyRange) override;
    QString formatValue(const QCPGraph *graph, double value) const override;

private:
    struct Series {
        QCPGraph *p95 = nullptr;
        QCPGraph *errors = nullptr;
    };
    QHash<QString, Series> m_series;
    QStringList m_order;
};

} // namespace scalelab
