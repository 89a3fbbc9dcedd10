#include "inspector/inspector_group_page.h"

#include "inspector/inspector_fields.h"
#include "scenario/autoscaling_validation.h"

#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QSpinBox>
#include <QVBoxLayout>

namespace scalelab {

InspectorGroupPage::InspectorGroupPage(QWidget *parent) : QWidget(parent)
{
    auto *v = new QVBoxLayout(this);
    v->setContentsMargins(6, 6, 6, 6);
    auto *group = new QGroupBox(tr("Autoscaling group"));
    group->setObjectName(QStringLiteral("autoscalingGroup"));
    auto *form = makeFormGroup(group);
    m_title = new QLabel;
    m_title->setObjectName(QStringLiteral("groupTitle"));
    m_title->setWordWrap(true);
    QFont f = m_title->font();
    f.setBold(true);
    m_title->setFont(f);
    form->addRow(m_title);
    m_members = new QLabel;
    m_members->setWordWrap(true);
    form->addRow(m_members);

    m_target = makeDoubleSpin(5, 95, 0, QStringLiteral(" %"), QStringLiteral("target_utilization"));
    addRow(form, tr("Target utilization"), m_target,
           tr("How busy the group keeps its servers. Every check it measures their mean "
              "utilization and adds servers when the load needs more to stay at the target; "
              "when fewer servers would still stay below 90 % of the target, it removes the "
              "extra ones. Lower targets leave room for bursts and cost more."));
    onCommitted(m_target, [this](double pct) {
        AutoscalingSettings a = m_value;
        a.target_utilization = pct / 100.0;
        commit(a);
    });
    m_min = makeIntSpin(1, kMaxAutoscaled, QString(), QStringLiteral("min"));
    addRow(form, tr("Min servers"), m_min,
           tr("The group never has fewer servers, however quiet it is."));
    onCommitted(m_min, [this](int n) {
        AutoscalingSettings a = m_value;
        a.min = n;
        commit(a);
    });
    m_max = makeIntSpin(1, kMaxAutoscaled, QString(), QStringLiteral("max"));
    addRow(form, tr("Max servers"), m_max,
           tr("The group never has more servers, whatever the load: a ceiling on the bill. "
              "Past it the servers fill up and requests wait or are refused."));
    onCommitted(m_max, [this](int n) {
        AutoscalingSettings a = m_value;
        a.max = n;
        commit(a);
    });
    m_cooldown = makeDoubleSpin(0, 86400, 0, QStringLiteral(" s"), QStringLiteral("cooldown_s"));
    addRow(form, tr("Cooldown"), m_cooldown,
           tr("The least time between two scale-outs, and before a scale-in after any "
              "action: the group waits to see what its last change did before the next. Too "
              "short and it adds servers for a load the booting ones will carry; too long "
              "and it follows a rising load late."));
    onCommitted(m_cooldown, [this](double s) {
        AutoscalingSettings a = m_value;
        a.cooldown_s = s;
        commit(a);
    });
    m_boot = makeDoubleSpin(0, 3600, 0, QStringLiteral(" s"), QStringLiteral("boot_s"));
    addRow(form, tr("Boot time"), m_boot,
           tr("How long a new server takes before it serves: starting the machine, the "
              "program and its caches. It costs money from the start, and the others carry "
              "the load until it is in rotation."));
    onCommitted(m_boot, [this](double s) {
        AutoscalingSettings a = m_value;
        a.boot_s = s;
        commit(a);
    });
    m_interval = makeDoubleSpin(1, 3600, 0, QStringLiteral(" s"), QStringLiteral("interval_s"));
    addRow(form, tr("Check interval"), m_interval,
           tr("How often the group measures its servers' utilization and decides."));
    onCommitted(m_interval, [this](double s) {
        AutoscalingSettings a = m_value;
        a.interval_s = s;
        commit(a);
    });
    v->addWidget(group);
    v->addStretch(1);
}

void InspectorGroupPage::showGroup(const Group &group)
{
    m_id = QString::fromStdString(group.id);
    m_value = group.scaling;
    m_title->setText(group.label.empty() ? m_id : QString::fromStdString(group.label));
    QStringList members;
    for (const std::string &m : group.members)
        members << QString::fromStdString(m);
    m_members->setText(
        tr("Servers: %1. New servers copy %2 and its links.")
            .arg(members.join(QStringLiteral(", ")), members.value(0, QStringLiteral("?"))));
    showValue(m_target, group.scaling.target_utilization * 100.0);
    showValue(m_min, group.scaling.min);
    showValue(m_max, group.scaling.max);
    showValue(m_cooldown, group.scaling.cooldown_s);
    showValue(m_boot, group.scaling.boot_s);
    showValue(m_interval, group.scaling.interval_s);
}

void InspectorGroupPage::commit(const AutoscalingSettings &a)
{
    if (a == m_value)
        return;
    m_value = a;
    emit scalingEdited(m_id, a);
}

} // namespace scalelab
