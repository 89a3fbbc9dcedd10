#pragma once

#include "sim/run_result.h"

#include <QDockWidget>

class QPlainTextEdit;

namespace scalelab {

/// The end-of-run summary: when a run reaches its duration, the report `scalelab run`
/// prints (latency percentiles, errors by cause, availability, the per-component table),
/// written by the same code (writeReport). It stays until the next run starts, so the
/// student can keep it open beside the design and compare.
class RunSummaryDock : public QDockWidget {
    Q_OBJECT
public:
    explicit RunSummaryDock(QWidget *parent = nullptr);

    void showResult(const RunResult &result);
    /// A new run: the summary of the old one goes.
    void clear();
    QString text() const;

private:
    QPlainTextEdit *m_text;
};

} // namespace scalelab
