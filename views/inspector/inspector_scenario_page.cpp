#include "inspector/inspector_scenario_page.h"

#include "inspector/inspector_fields.h"

#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace scalelab {

InspectorScenarioPage::InspectorScenarioPage(QWidget *parent) : QWidget(parent)
{
    auto *v = new QVBoxLayout(this);
    v->setContentsMargins(6, 6, 6, 6);
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
    v->addWidget(group);

    // The SLO: what Simulation > Chaos Test judges the window after each failure by.
    auto *sloGroup = new QGroupBox(tr("Service level objective"));
    sloGroup->setObjectName(QStringLiteral("sloGroup"));
    auto *sloForm = makeFormGroup(sloGroup);
    m_sloP99 = makeDoubleSpin(0.1, 1e9, 1, QStringLiteral(" ms"), QStringLiteral("sloP99"));
    addRow(sloForm, tr("p99 at most"), m_sloP99,
           tr("The 99th percentile of the latency the design promises. The chaos test fails a "
              "component and checks it over the rest of the run."));
    onCommitted(m_sloP99, [this](double ms) {
        Slo slo = m_slo;
        slo.p99_ms = ms;
        commitSlo(slo);
    });
    m_sloAvailability =
        makeDoubleSpin(0.0, 100.0, 3, QStringLiteral(" %"), QStringLiteral("sloAvailability"));
    addRow(sloForm, tr("Availability at least"), m_sloAvailability,
           tr("The share of requests that must succeed (99.9 % allows one failure in a "
              "thousand), after any one component fails."));
    onCommitted(m_sloAvailability, [this](double percent) {
        Slo slo = m_slo;
        slo.availability = percent / 100.0;
        commitSlo(slo);
    });
    v->addWidget(sloGroup);

    auto *hint = new QLabel(tr("The load (how many users, how many requests per second, what "
                               "they ask for) is set on the users' card: select it on the "
                               "canvas."));
    hint->setObjectName(QStringLiteral("loadHint"));
    hint->setWordWrap(true);
    v->addWidget(hint);
    v->addStretch(1);
    showScenario(Scenario{});
}

void InspectorScenarioPage::showScenario(const Scenario &s)
{
    m_run = s.run;
    showValue(m_name, QString::fromStdString(s.name));
    showValue(m_duration, s.run.duration_s);
    showValue(m_warmup, s.run.warmup_s);
    m_slo = s.slo.value_or(Slo{});
    showValue(m_sloP99, m_slo.p99_ms);
    showValue(m_sloAvailability, 100.0 * m_slo.availability);
}

void InspectorScenarioPage::commitSlo(const Slo &slo)
{
    if (slo == m_slo)
        return;
    m_slo = slo;
    emit sloEdited(slo);
}

void InspectorScenarioPage::commitRun(const RunSettings &r)
{
    if (r == m_run)
        return;
    m_run = r;
    emit runSettingsEdited(r);
}

} // namespace scalelab
