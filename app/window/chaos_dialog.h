#pragma once

#include "scenario/scenario.h"

#include <QDialog>

#include <memory>

class QLabel;
class QProgressBar;
class QPushButton;
class QTableWidget;
class QTimer;

namespace scalelab {

class ChaosTest;

/// Simulation ▸ Chaos Test: fails each component of the open design in turn, in the
/// background on the machine's cores (model/sim/chaos.h, as `scalelab chaos` does), and
/// shows the table: availability and p99 after each failure, held or failed against the
/// design's SLO, in green or red. Cancel stops the runs; the table exports as CSV.
class ChaosDialog : public QDialog {
    Q_OBJECT
public:
    /// Starts the runs at once; `scenario` must be valid.
    ChaosDialog(const Scenario &scenario, QWidget *parent = nullptr);
    ~ChaosDialog() override;

    QTableWidget *table() const { return m_table; }
    bool finished() const;
    /// Writes the table as CSV (the atomic write); an error message, or empty.
    QString exportCsv(const QString &path) const;

signals:
    void testFinished();

private:
    void poll();
    void showRows();
    void cancel();
    void chooseExport();

    Scenario m_scenario;
    std::unique_ptr<ChaosTest> m_test;
    QLabel *m_header;
    QProgressBar *m_progress;
    QTableWidget *m_table;
    QLabel *m_summary;
    QPushButton *m_cancel;
    QPushButton *m_export;
    QTimer *m_timer;
};

} // namespace scalelab
