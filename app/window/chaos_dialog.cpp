#include "window/chaos_dialog.h"

#include "atomic_file.h"
#include "sim/chaos.h"

#include <QDialogButtonBox>
#include <QFileDialog>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>
#include <sstream>

namespace scalelab {

namespace {

constexpr int kPollMs = 100;

QString percent(double fraction)
{
    return std::isfinite(fraction) ? QString::number(100.0 * fraction, 'f', 3) + " %"
                                   : QStringLiteral("–");
}

} // namespace

ChaosDialog::ChaosDialog(const Scenario &scenario, QWidget *parent)
    : QDialog(parent), m_scenario(scenario), m_header(new QLabel(this)),
      m_progress(new QProgressBar(this)), m_table(new QTableWidget(0, 5, this)),
      m_summary(new QLabel(this)), m_timer(new QTimer(this))
{
    setObjectName(QStringLiteral("ChaosDialog"));
    setWindowTitle(tr("Chaos Test"));
    setAttribute(Qt::WA_DeleteOnClose);
    resize(720, 480);
    const ChaosPlan plan = planChaos(m_scenario, {});
    m_header->setWordWrap(true);
    m_header->setText(
        tr("Each component fails at %1 s and stays down; measured from %1 s to %2 s. "
           "SLO: p99 at most %3 ms and availability at least %4 (the design's slo, or the "
           "defaults).")
            .arg(plan.at_s)
            .arg(plan.at_s + plan.window_s)
            .arg(plan.slo.p99_ms)
            .arg(percent(plan.slo.availability)));
    m_table->setObjectName(QStringLiteral("chaosTable"));
    m_table->setHorizontalHeaderLabels(
        {tr("Component"), tr("Kind"), tr("Availability"), tr("p99 (ms)"), tr("SLO")});
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_table->verticalHeader()->setVisible(false);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_summary->setWordWrap(true);

    auto *buttons = new QDialogButtonBox(this);
    m_cancel = buttons->addButton(tr("Cancel Runs"), QDialogButtonBox::RejectRole);
    m_export = buttons->addButton(tr("Export CSV…"), QDialogButtonBox::ActionRole);
    m_export->setEnabled(false);
    QPushButton *close = buttons->addButton(QDialogButtonBox::Close);
    connect(m_cancel, &QPushButton::clicked, this, &ChaosDialog::cancel);
    connect(m_export, &QPushButton::clicked, this, &ChaosDialog::chooseExport);
    connect(close, &QPushButton::clicked, this, &QDialog::close);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_header);
    layout->addWidget(m_progress);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_summary);
    layout->addWidget(buttons);

    if (!plan.problem.empty()) {
        m_summary->setText(
            tr("The chaos test cannot run: %1").arg(QString::fromStdString(plan.problem)));
        m_cancel->setEnabled(false);
        m_progress->setVisible(false);
        return;
    }
    m_progress->setRange(0, 1000);
    m_test = std::make_unique<ChaosTest>(m_scenario, plan, ParallelRuns::defaultJobs());
    m_summary->setText(tr("Running %1 simulations on %2 threads…")
                           .arg(plan.targets.size() + 1)
                           .arg(ParallelRuns::defaultJobs()));
    connect(m_timer, &QTimer::timeout, this, &ChaosDialog::poll);
    m_timer->start(kPollMs);
}

ChaosDialog::~ChaosDialog()
{
    if (m_test)
        m_test->cancel(); // the destructor waits for the threads to stop
}

bool ChaosDialog::finished() const
{
    return m_test && m_test->finished();
}

void ChaosDialog::poll()
{
    m_progress->setValue(static_cast<int>(1000 * m_test->progress()));
    if (!m_test->finished())
        return;
    m_timer->stop();
    m_test->wait();
    m_progress->setValue(1000);
    m_cancel->setEnabled(false);
    showRows();
    emit testFinished();
}

void ChaosDialog::cancel()
{
    if (m_test)
        m_test->cancel();
}

void ChaosDialog::showRows()
{
    const std::vector<ChaosRow> rows = m_test->rows();
    m_table->setRowCount(static_cast<int>(rows.size()));
    const QColor held = palette().color(QPalette::Base).lightness() > 128
                            ? QColor(0xc8, 0xe6, 0xc9)
                            : QColor(0x1b, 0x5e, 0x20);
    const QColor failed = palette().color(QPalette::Base).lightness() > 128
                              ? QColor(0xff, 0xcd, 0xd2)
                              : QColor(0x8e, 0x24, 0x24);
    QStringList points;
    int survived = 0;
    for (std::size_t i = 0; i < rows.size(); ++i) {
        const ChaosRow &r = rows[i];
        QString verdict = tr("held");
        if (!r.error.empty())
            verdict = tr("error: %1").arg(QString::fromStdString(r.error));
        else if (!r.finished)
            verdict = tr("not run");
        else if (!r.sloHeld())
            verdict = !r.availabilityHeld && !r.p99Held ? tr("failed: availability and p99")
                      : r.availabilityHeld              ? tr("failed: p99")
                                                        : tr("failed: availability");
        const QString cells[5] = {
            i == 0 ? tr("(nothing fails)") : QString::fromStdString(r.component),
            QString::fromStdString(r.kind), percent(r.availability),
            std::isfinite(r.p99_ms) ? QString::number(r.p99_ms, 'f', 1) : QStringLiteral("–"),
            verdict};
        for (int c = 0; c < 5; ++c) {
            auto *item = new QTableWidgetItem(cells[c]);
            if (r.finished)
                item->setBackground(r.sloHeld() ? held : failed);
            m_table->setItem(static_cast<int>(i), c, item);
        }
        if (i > 0 && r.finished && !r.sloHeld())
            points << QString::fromStdString(r.component);
        survived += i > 0 && r.finished && r.sloHeld() ? 1 : 0;
    }
    QString text = tr("%1 of %2 failures survived within the SLO.")
                       .arg(survived)
                       .arg(static_cast<int>(rows.size()) - 1);
    if (!points.isEmpty())
        text += " " + tr("Single points of failure: %1.").arg(points.join(QStringLiteral(", ")));
    if (std::any_of(rows.begin(), rows.end(),
                    [](const ChaosRow &r) { return !r.finished && r.error.empty(); }))
        text += " " + tr("Cancelled: the rows not run are marked so.");
    m_summary->setText(text);
    m_export->setEnabled(true);
}

QString ChaosDialog::exportCsv(const QString &path) const
{
    if (!finished())
        return tr("The chaos test has not finished.");
    std::ostringstream csv;
    writeChaosCsv(csv, m_test->rows());
    const std::string bytes = csv.str();
    return atomic_file::writeBytes(path, QByteArray::fromStdString(bytes));
}

void ChaosDialog::chooseExport()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export Chaos Test"), QStringLiteral("chaos.csv"), tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    if (const QString error = exportCsv(path); !error.isEmpty())
        QMessageBox::warning(this, tr("Export Chaos Test"), error);
}

} // namespace scalelab
