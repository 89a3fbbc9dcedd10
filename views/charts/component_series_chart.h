#pragma once

#include "charts/live_chart.h"
#include "charts/mmc_theory.h"

#include <QHash>
#include <QSet>

#include <limits>

namespace scalelab {

/// One line per component for a per-component column of the samples ("<id>.utilization",
/// "<id>.queue"), each shown or hidden by the student; and, for the theory component, the
/// queueing-theory prediction as a dashed line of the same colour beside the measured one,
/// computed from the arrival rate measured in the frames. Lines appear as components do.
class ComponentSeriesChart : public LiveChart {
    Q_OBJECT
public:
    /// The formulas are steady-state averages: they are fed the arrival rate smoothed
    /// exponentially over about this many simulated seconds, not each second's count.
    static constexpr double kRateSmoothingS = 10;

    /// suffix: the column name after the component id, e.g. ".utilization".
    ComponentSeriesChart(std::string suffix, QWidget *parent = nullptr);

    /// The design whose component configurations the prediction needs.
    void setScenario(const Scenario &scenario);
    /// Component ids in the order their columns first appeared.
    QStringList components() const { return m_order; }
    void setComponentVisible(const QString &id, bool visible);
    bool componentVisible(const QString &id) const;
    QColor componentColor(const QString &id) const;
    QCPGraph *measuredGraph(const QString &id) const;

    /// The component whose prediction is shown; empty = none.
    void setTheoryComponent(const QString &id);
    QString theoryComponent() const { return m_theoryId; }
    /// The dashed prediction line of a component, nullptr if it is no M/M/c station.
    QCPGraph *theoryGraph(const QString &id) const;
    /// Empty when the theory applies to the theory component, else why it does not.
    QString theoryProblem() const;

    /// A fresh run: drops every line, so the list beside the chart shows only the
    /// components of the run to come (lines the student hid stay hidden when they return).
    void clear() override;

signals:
    void componentsChanged();

protected:
    void observeFrame(const Frame &frame) override { m_arrivals.addFrame(frame); }
    void appendSamples(const Frame &frame) override;
    /// The predicted value in the chart's units, e.g. utilization in percent.
    virtual double theoryValue(const MmcPrediction &prediction) const = 0;
    /// Measured values are multiplied by this (100 for percentages).
    virtual double scale() const { return 1.0; }
    /// Empty when the theory applies to component `id`, else why it does not.
    virtual QString problemOf(const std::string &id) const;
    /// What theory predicts for component `cf` (configured as `config`) at arrival rate
    /// lambda, from the live figures of the frame.
    virtual MmcPrediction predict(const Frame &frame, const ComponentFrame &cf,
                                  const Component &config, double lambda) const;
    const Scenario &scenario() const { return m_scenario; }

private:
    struct Series {
        QCPGraph *measured = nullptr;
        QCPGraph *theory = nullptr; ///< only for M/M/c stations
        QColor color;
    };
    Series &seriesFor(const QString &id);
    void refreshTheoryVisibility();

    std::string m_suffix;
    Scenario m_scenario;
    ArrivalRateMeter m_arrivals;
    QHash<QString, Series> m_series;
    QHash<QString, std::pair<double, double>> m_lambda; ///< smoothed rate and its row time
    QStringList m_order;
    QSet<QString> m_hidden; ///< ids the student unticked, kept across runs
    QString m_theoryId;
};

/// Utilization of each component in percent, with the M/M/c(/K) prediction of rho.
class UtilizationChart : public ComponentSeriesChart {
    Q_OBJECT
public:
    explicit UtilizationChart(QWidget *parent = nullptr);

protected:
    double theoryValue(const MmcPrediction &p) const override { return 100.0 * p.utilization; }
    double scale() const override { return 100.0; }
    void adjustRanges(const QCPRange &keyRange) override;
};

/// Messages waiting in each message queue (time average per second), with Erlang C's
/// mean queue length Lq for its consumer: Poisson publishes and c exponential workers that
/// take a message only when free make an M/M/c queue whose waiting room is the queue.
class MessageDepthChart : public ComponentSeriesChart {
    Q_OBJECT
public:
    explicit MessageDepthChart(QWidget *parent = nullptr);

protected:
    double theoryValue(const MmcPrediction &p) const override { return p.Lq; }
    QString problemOf(const std::string &id) const override;
    MmcPrediction predict(const Frame &frame, const ComponentFrame &cf, const Component &config,
                          double lambda) const override;
};

/// Mean queue length (requests waiting) of each component per second, with the
/// M/M/c(/K) prediction of Lq.
class QueueChart : public ComponentSeriesChart {
    Q_OBJECT
public:
    explicit QueueChart(QWidget *parent = nullptr);

protected:
    double theoryValue(const MmcPrediction &p) const override { return p.Lq; }
};

/// Each replica's replication lag over time: the mean, per second, of the time from the
/// primary's commit to the replica's applying the write. No theory line.
class ReplicationLagChart : public ComponentSeriesChart {
    Q_OBJECT
public:
    explicit ReplicationLagChart(QWidget *parent = nullptr);

protected:
    double theoryValue(const MmcPrediction &) const override
    {
        return std::numeric_limits<double>::quiet_NaN();
    }
};

} // namespace scalelab
