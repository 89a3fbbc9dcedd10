#pragma once

#include "charts/live_chart.h"

#include <QHash>

namespace scalelab {

/// Each cache's hit ratio per second in percent, and beside it as a dashed line of the
/// same colour what theory predicts for its size, eviction and the keys' popularity
/// (model/analytic/cache_theory.h), where a formula applies.
class HitRatioChart : public LiveChart {
    Q_OBJECT
public:
    explicit HitRatioChart(QWidget *parent = nullptr);

    /// The design the predictions come from: on Run and after every live edit.
    void setScenario(const Scenario &scenario);
    QCPGraph *measuredGraph(const QString &id) const;
    QCPGraph *theoryGraph(const QString &id) const;
    /// The prediction for a cache in percent (NaN when no formula applies) and why not.
    double theoryPercent(const QString &id) const;
    QString theoryProblem(const QString &id) const;

    void clear() override;

protected:
    void appendSamples(const Frame &frame) override;
    /// Always 0 to 100 %.
    void adjustRanges(const QCPRange &keyRange) override;

private:
    struct Series {
        QCPGraph *measured = nullptr;
        QCPGraph *theory = nullptr;
    };
    Series &seriesFor(const QString &id);

    QHash<QString, Series> m_series;
    QHash<QString, std::pair<double, QString>> m_theory; ///< percent (or NaN) and why not
};

} // namespace scalelab
