#include "inspector/inspector_scenario_page.h"

#include "inspector/inspector_fields.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace scalelab {

namespace {

constexpr double kDefaultClientTimeoutMs = 5000.0;

const char *const kMixNames[kRequestKindCount] = {"Reads", "Writes", "Static", "Async"};
const char *const kMixTips[kRequestKindCount] = {
    "Share of dynamic reads (pages, API answers built from stored data).",
    "Share of writes (orders, posts, updates): they go to the database's primary.",
    "Share of static assets (images, CSS, JavaScript): what a CDN can serve.",
    "Share of asynchronous jobs handed to a queue."};

} // namespace

InspectorScenarioPage::InspectorScenarioPage(QWidget *parent) : QWidget(parent)
{
    auto *v = new QVBoxLayout(this);
    v->setContentsMargins(6, 6, 6, 6);
    buildScenario();
    buildWorkload();
    buildMix();
    v->addStretch(1);
    showScenario(Scenario{});
}

void InspectorScenarioPage::buildScenario()
{
    auto *group = new QGroupBox(tr("Scenario"));
    group->setObjectName(QStringLiteral("scenarioGroup"));
    auto *form = makeFormGroup(group);

    m_name = new QLineEdit;
    m_name->setObjectName(QStringLiteral("name"));
    addRow(form, tr("Name"), m_name, tr("A title for this design, shown in reports."));
    onCommitted(m_name, [this](const QString &text) { emit nameEdited(text.trimmed()); });

    m_duration = makeDoubleSpin(limits::kMinDurationS, limits::kMaxDurationS, 1,
                                QStringLiteral(" s"), QStringLiteral("duration"));
    addRow(form, tr("Run length"), m_duration,
           tr("How much simulated time a run covers. Longer runs give tighter confidence "
              "intervals on the measured latency."));
    onCommitted(m_duration, [this](double d) {
        RunSettings r = m_run;
        r.duration_s = d;
        // Keep the run valid: statistics must start before the run ends.
        if (r.warmup_s >= d)
            r.warmup_s = d / 10.0;
        commitRun(r);
    });

    m_warmup = makeDoubleSpin(0.0, limits::kMaxDurationS, 1, QStringLiteral(" s"),
                              QStringLiteral("warmup"));
    addRow(form, tr("Warm-up"), m_warmup,
           tr("Statistics start after this much simulated time, so the empty system at the "
              "start does not make latency look better than it is. Must be shorter than the "
              "run."));
    onCommitted(m_warmup, [this](double w) {
        RunSettings r = m_run;
        r.warmup_s = w;
        commitRun(r);
    });
    layout()->addWidget(group);
}

void InspectorScenarioPage::buildWorkload()
{
    auto *group = new QGroupBox(tr("Workload"));
    group->setObjectName(QStringLiteral("workloadGroup"));
    auto *form = makeFormGroup(group);

    m_target = new QComboBox;
    m_target->setObjectName(QStringLiteral("target"));
    addRow(form, tr("Entry point"), m_target,
           tr("The component the users' requests reach first: usually DNS or the load "
              "balancer's public address."));
    onCommitted(m_target, [this](int index) {
        Workload w = m_workload;
        w.target = m_target->itemData(index).toString().toStdString();
        commitWorkload(w);
    });

    m_rate =
        makeDoubleSpin(0.0, limits::kMaxRateRps, 1, QStringLiteral(" rps"), QStringLiteral("rate"));
    addRow(form, tr("Request rate"), m_rate,
           tr("Requests per second sent by all users together. Raise it until latency "
              "climbs: that knee is the design's capacity."));
    onCommitted(m_rate, [this](double r) {
        Workload w = m_workload;
        w.rate_rps = r;
        commitWorkload(w);
    });
    m_curveNote = new QLabel;
    m_curveNote->setObjectName(QStringLiteral("curveNote"));
    m_curveNote->setWordWrap(true);
    m_curveNote->setToolTip(tr("The scenario file gives the rate over time as a curve "
                               "(t_s, rate_rps points); the fixed rate above is not used."));
    form->addRow(m_curveNote);

    m_arrival = new QComboBox;
    m_arrival->setObjectName(QStringLiteral("arrival"));
    m_arrival->addItem(tr("Poisson (random)"), static_cast<int>(ArrivalProcess::Poisson));
    m_arrival->addItem(tr("Constant (evenly spaced)"), static_cast<int>(ArrivalProcess::Constant));
    addRow(form, tr("Arrivals"), m_arrival,
           tr("Poisson: many independent users, so requests arrive at random and sometimes "
              "bunch up. Constant: exactly evenly spaced, which queues far less."));
    onCommitted(m_arrival, [this](int index) {
        Workload w = m_workload;
        w.arrival = static_cast<ArrivalProcess>(m_arrival->itemData(index).toInt());
        commitWorkload(w);
    });

    m_users = makeIntSpin(1, limits::kMaxUsers, QString(), QStringLiteral("users"));
    addRow(form, tr("Users"), m_users,
           tr("How many distinct users send those requests. Each caches its own DNS answer, "
              "so more users means more lookups."));
    onCommitted(m_users, [this](int u) {
        Workload w = m_workload;
        w.users = u;
        commitWorkload(w);
    });

    m_timeout = makeDoubleSpin(limits::kMinTimeoutMs, limits::kMaxTimeMs, 1, QStringLiteral(" ms"),
                               QStringLiteral("workloadTimeout"));
    m_noTimeout = new QCheckBox(tr("none"));
    m_noTimeout->setObjectName(QStringLiteral("workloadTimeoutNone"));
    const QString tip = tr("A user gives up when the whole request takes longer than this, "
                           "and it counts as a timeout error. None: users wait forever.");
    m_noTimeout->setToolTip(tip);
    auto *row = new QWidget;
    auto *h = new QHBoxLayout(row);
    h->setContentsMargins(0, 0, 0, 0);
    h->addWidget(m_timeout, 1);
    h->addWidget(m_noTimeout);
    addRow(form, tr("Client timeout"), row, tip);
    m_timeout->setToolTip(tip);
    onCommitted(m_timeout, [this](double ms) {
        Workload w = m_workload;
        w.timeout_ms = ms;
        commitWorkload(w);
    });
    onCommitted(m_noTimeout, [this](bool on) {
        m_timeout->setEnabled(!on);
        Workload w = m_workload;
        w.timeout_ms = on ? std::nullopt : std::optional<double>(m_timeout->value());
        commitWorkload(w);
    });
    layout()->addWidget(group);
}

void InspectorScenarioPage::buildMix()
{
    auto *group = new QGroupBox(tr("Request mix"));
    group->setObjectName(QStringLiteral("mixGroup"));
    group->setToolTip(tr("What kind of requests users send, as relative shares: 8 and 2 "
                         "mean 80% and 20%."));
    auto *form = makeFormGroup(group);
    for (int i = 0; i < kRequestKindCount; ++i) {
        m_mix[i] = makeDoubleSpin(0.0, limits::kMaxShare, 2, QString(),
                                  QStringLiteral("mix_") +
                                      QString::fromLatin1(toString(static_cast<RequestKind>(i))));
        addRow(form, tr(kMixNames[i]), m_mix[i], tr(kMixTips[i]));
        onCommitted(m_mix[i], [this, i](double share) {
            Workload w = m_workload;
            w.mix[i] = share;
            commitWorkload(w);
        });
    }
    m_mixSummary = new QLabel;
    m_mixSummary->setObjectName(QStringLiteral("mixSummary"));
    m_mixSummary->setWordWrap(true);
    form->addRow(m_mixSummary);
    layout()->addWidget(group);
}

void InspectorScenarioPage::showScenario(const Scenario &s)
{
    m_run = s.run;
    m_workload = s.workload;
    showValue(m_name, QString::fromStdString(s.name));
    showValue(m_duration, s.run.duration_s);
    limitWarmup(s.run.duration_s);
    showValue(m_warmup, s.run.warmup_s);

    {
        const QSignalBlocker block(m_target);
        m_target->clear();
        const QString target = QString::fromStdString(s.workload.target);
        // A target that names no component (or none yet) stays visible rather than
        // silently becoming the first component.
        if (s.find(s.workload.target) == nullptr)
            m_target->addItem(target.isEmpty() ? tr("(none)") : target + tr(" (missing)"), target);
        for (const Component &c : s.components) {
            const QString id = QString::fromStdString(c.id);
            const QString text = c.label.empty() || c.label == c.id
                                     ? id
                                     : QString::fromStdString(c.label) + QStringLiteral(" (") + id +
                                           QStringLiteral(")");
            m_target->addItem(text, id);
        }
    }
    showValue(m_target, m_target->findData(QString::fromStdString(s.workload.target)));

    showValue(m_rate, s.workload.rate_rps);
    const bool curve = !s.workload.curve.empty();
    m_curveNote->setVisible(curve);
    m_curveNote->setText(tr("The rate follows a load curve of %n point(s) from the file.", nullptr,
                            static_cast<int>(s.workload.curve.size())));
    showValue(m_arrival, m_arrival->findData(static_cast<int>(s.workload.arrival)));
    showValue(m_users, s.workload.users);
    showValue(m_noTimeout, !s.workload.timeout_ms.has_value());
    showValue(m_timeout, s.workload.timeout_ms.value_or(kDefaultClientTimeoutMs));
    m_timeout->setEnabled(s.workload.timeout_ms.has_value());
    for (int i = 0; i < kRequestKindCount; ++i)
        showValue(m_mix[i], s.workload.mix[i]);
    updateMixSummary();
}

void InspectorScenarioPage::commitRun(const RunSettings &r)
{
    if (r == m_run)
        return;
    m_run = r;
    limitWarmup(r.duration_s);
    showValue(m_warmup, r.warmup_s);
    emit runSettingsEdited(r);
}

void InspectorScenarioPage::limitWarmup(double durationS)
{
    // The warm-up must end before the run does; one decimal is what the box shows.
    const QSignalBlocker block(m_warmup);
    m_warmup->setMaximum(std::max(0.0, durationS - 0.1));
}

void InspectorScenarioPage::commitWorkload(const Workload &w)
{
    if (w == m_workload)
        return;
    m_workload = w;
    updateMixSummary();
    emit workloadEdited(w);
}

void InspectorScenarioPage::updateMixSummary()
{
    double total = 0.0;
    for (double share : m_workload.mix)
        total += share;
    if (total <= 0.0) {
        m_mixSummary->setText(tr("All shares are zero: give at least one kind a share."));
        return;
    }
    QStringList parts;
    for (int i = 0; i < kRequestKindCount; ++i) {
        if (m_workload.mix[i] > 0.0) {
            const int percent = static_cast<int>(std::lround(100.0 * m_workload.mix[i] / total));
            parts << QStringLiteral("%1% %2").arg(percent).arg(tr(kMixNames[i]).toLower());
        }
    }
    m_mixSummary->setText(parts.join(QStringLiteral(", ")));
}

} // namespace scalelab
