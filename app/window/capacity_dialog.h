#pragma once

#include "scenario/scenario.h"

#include <QDialog>

#include <memory>

class QCheckBox;
class QDoubleSpinBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QTimer;

namespace scalelab {

class CapacityChart;
class CapacitySweep;
struct SweepPlan;

/// Simulation ▸ Capacity Curve: runs the open design at a series of offered loads in the
/// background (model/sim/sweep.h, as `scalelab sweep` does) and draws the hockey stick:
/// p50/p95/p99 against the load on a log axis, with the M/M/c prediction where the design
/// is one station. Cancel stops the runs; the levels export as CSV.
class CapacityDialog : public QDialog {
    Q_OBJECT
public:
    CapacityDialog(const Scenario &scenario, QWidget *parent = nullptr);
    ~CapacityDialog() override;

    CapacityChart *chart() const { return m_chart; }
    /// Starts a sweep with the fields' settings (cancels one still running).
    void start();
    void setRange(double fromRps, double toRps, int steps, bool log);
    bool finished() const;
    QString exportCsv(const QString &path) const;

signals:
    void sweepFinished();

private:
    void poll();
    void chooseExport();
    QString theoryNote(const SweepPlan &plan) const;

    Scenario m_scenario;
    std::unique_ptr<CapacitySweep> m_sweep;
    QDoubleSpinBox *m_from;
    QDoubleSpinBox *m_to;
    QSpinBox *m_steps;
    QCheckBox *m_log;
    QPushButton *m_run;
    QPushButton *m_cancel;
    QPushButton *m_export;
    QProgressBar *m_progress;
    CapacityChart *m_chart;
    QLabel *m_note;
    QTimer *m_timer;
};

} // namespace scalelab
