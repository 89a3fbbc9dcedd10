#include "window/capacity_dialog.h"

#include "atomic_file.h"
#include "charts/capacity_chart.h"
#include "scenario/scenario_limits.h"
#include "sim/sweep.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>
#include <sstream>

namespace scalelab {

namespace {

constexpr int kPollMs = 100;

} // namespace

CapacityDialog::CapacityDialog(const Scenario &scenario, QWidget *parent)
    : QDialog(parent), m_scenario(scenario), m_from(new QDoubleSpinBox(this)),
      m_to(new QDoubleSpinBox(this)), m_steps(new QSpinBox(this)),
      m_log(new QCheckBox(tr("&Log spacing"), this)), m_progress(new QProgressBar(this)),
      m_chart(new CapacityChart(this)), m_note(new QLabel(this)), m_timer(new QTimer(this))
{
    setObjectName(QStringLiteral("CapacityDialog"));
    setWindowTitle(tr("Capacity Curve"));
    setAttribute(Qt::WA_DeleteOnClose);
    resize(900, 600);
    // A sensible first range: from a tenth of what the users offer now to ten times it.
    const double base = std::max(1.0, planSweep(m_scenario, {}).baseRate);
    for (QDoubleSpinBox *box : {m_from, m_to}) {
        box->setRange(0.1, kMaxRateRps);
        box->setDecimals(1);
        box->setSuffix(tr(" req/s"));
    }
    m_from->setValue(std::max(0.1, base / 10.0));
    m_to->setValue(std::min(kMaxRateRps, base * 10.0));
    m_steps->setRange(2, SweepSettings::kMaxSteps);
    m_steps->setValue(12);
    m_log->setChecked(true);
    m_chart->setMinimumHeight(320);
    m_note->setWordWrap(true);

    auto *settings = new QHBoxLayout;
    settings->addWidget(new QLabel(tr("Lowest load:"), this));
    settings->addWidget(m_from);
    settings->addWidget(new QLabel(tr("Highest load:"), this));
    settings->addWidget(m_to);
    settings->addWidget(new QLabel(tr("Levels:"), this));
    settings->addWidget(m_steps);
    settings->addWidget(m_log);
    settings->addStretch(1);
    m_run = new QPushButton(tr("&Run Sweep"), this);
    settings->addWidget(m_run);

    auto *buttons = new QDialogButtonBox(this);
    m_cancel = buttons->addButton(tr("Cancel Runs"), QDialogButtonBox::RejectRole);
    m_export = buttons->addButton(tr("Export CSV…"), QDialogButtonBox::ActionRole);
    QPushButton *close = buttons->addButton(QDialogButtonBox::Close);
    m_cancel->setEnabled(false);
    m_export->setEnabled(false);
    connect(m_run, &QPushButton::clicked, this, &CapacityDialog::start);
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        if (m_sweep)
            m_sweep->cancel();
    });
    connect(m_export, &QPushButton::clicked, this, &CapacityDialog::chooseExport);
    connect(close, &QPushButton::clicked, this, &QDialog::close);
    connect(m_timer, &QTimer::timeout, this, &CapacityDialog::poll);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(settings);
    layout->addWidget(m_progress);
    layout->addWidget(m_chart, 1);
    layout->addWidget(m_note);
    layout->addWidget(buttons);
    m_progress->setRange(0, 1000);
}

QString CapacityDialog::theoryNote(const SweepPlan &plan) const
{
    return plan.theory ? tr("Dashed: the M/M/%1 prediction for %2.")
                             .arg(plan.theory->servers)
                             .arg(QString::fromStdString(plan.theory->station))
                       : tr("No M/M/c prediction: %1.").arg(QString::fromStdString(plan.noTheory));
}

CapacityDialog::~CapacityDialog()
{
    if (m_sweep)
        m_sweep->cancel(); // the destructor waits for the threads to stop
}

void CapacityDialog::setRange(double fromRps, double toRps, int steps, bool log)
{
    m_from->setValue(fromRps);
    m_to->setValue(toRps);
    m_steps->setValue(steps);
    m_log->setChecked(log);
}

bool CapacityDialog::finished() const
{
    return m_sweep && m_sweep->finished();
}

void CapacityDialog::start()
{
    m_sweep.reset(); // cancels and waits for a sweep still running
    SweepSettings settings;
    settings.from_rps = m_from->value();
    settings.to_rps = m_to->value();
    settings.steps = m_steps->value();
    settings.log = m_log->isChecked();
    SweepPlan plan = planSweep(m_scenario, settings);
    if (!plan.problem.empty()) {
        m_note->setText(tr("The sweep cannot run: %1").arg(QString::fromStdString(plan.problem)));
        return;
    }
    const QString theory = theoryNote(plan);
    m_note->setText(tr("Running %1 levels of %2 s each on %3 threads… %4")
                        .arg(plan.levels.size())
                        .arg(plan.duration_s)
                        .arg(ParallelRuns::defaultJobs())
                        .arg(theory));
    m_chart->setPoints({}, false);
    m_sweep =
        std::make_unique<CapacitySweep>(m_scenario, std::move(plan), ParallelRuns::defaultJobs());
    m_cancel->setEnabled(true);
    m_export->setEnabled(false);
    m_progress->setValue(0);
    m_timer->start(kPollMs);
}

void CapacityDialog::poll()
{
    m_progress->setValue(static_cast<int>(1000 * m_sweep->progress()));
    if (!m_sweep->finished())
        return;
    m_timer->stop();
    m_sweep->wait();
    m_progress->setValue(1000);
    m_cancel->setEnabled(false);
    const std::vector<SweepPoint> points = m_sweep->points();
    m_chart->setPoints(points, m_sweep->plan().theory.has_value());
    const auto done =
        std::count_if(points.begin(), points.end(), [](const SweepPoint &p) { return p.finished; });
    const SweepPlan &plan = m_sweep->plan();
    const QString theory = theoryNote(plan);
    m_note->setText(tr("%1 of %2 levels simulated, %3 s each. %4")
                        .arg(done)
                        .arg(points.size())
                        .arg(plan.duration_s)
                        .arg(theory));
    m_export->setEnabled(true);
    emit sweepFinished();
}

QString CapacityDialog::exportCsv(const QString &path) const
{
    if (!finished())
        return tr("The sweep has not finished.");
    std::ostringstream csv;
    writeSweepCsv(csv, m_sweep->points());
    return atomic_file::writeBytes(path, QByteArray::fromStdString(csv.str()));
}

void CapacityDialog::chooseExport()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export Capacity Curve"), QStringLiteral("capacity.csv"), tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    if (const QString error = exportCsv(path); !error.isEmpty())
        QMessageBox::warning(this, tr("Export Capacity Curve"), error);
}

} // namespace scalelab
