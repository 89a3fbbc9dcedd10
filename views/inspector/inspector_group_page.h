#pragma once

// The inspector page for an autoscaling group: its target utilization, min and max
// servers, cooldown, boot time and check interval. Each committed field edit emits
// scalingEdited() once with the whole new settings.

#include "metatypes.h"
#include "scenario/scenario.h"

#include <QWidget>

class QDoubleSpinBox;
class QLabel;
class QSpinBox;

namespace scalelab {

class InspectorGroupPage : public QWidget {
    Q_OBJECT
public:
    explicit InspectorGroupPage(QWidget *parent = nullptr);

    void showGroup(const Group &group);
    const QString &groupId() const { return m_id; }

signals:
    void scalingEdited(QString groupId, scalelab::AutoscalingSettings newValue);

private:
    void commit(const AutoscalingSettings &a);

    QString m_id;
    AutoscalingSettings m_value;
    QLabel *m_title = nullptr;
    QLabel *m_members = nullptr;
    QDoubleSpinBox *m_target = nullptr;
    QSpinBox *m_min = nullptr;
    QSpinBox *m_max = nullptr;
    QDoubleSpinBox *m_cooldown = nullptr;
    QDoubleSpinBox *m_boot = nullptr;
    QDoubleSpinBox *m_interval = nullptr;
};

} // namespace scalelab
