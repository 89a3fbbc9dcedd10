#pragma once

// The inspector page shown when nothing is selected: the scenario's name, the run settings
// and the workload (rate, arrivals, entry component, users, client timeout, request mix).
// Each committed field edit emits one signal with the whole new value of its part.

#include "metatypes.h"
#include "scenario/scenario.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace scalelab {

class InspectorScenarioPage : public QWidget {
    Q_OBJECT
public:
    explicit InspectorScenarioPage(QWidget *parent = nullptr);

    void showScenario(const Scenario &s);

signals:
    void nameEdited(QString name);
    void runSettingsEdited(scalelab::RunSettings value);
    void workloadEdited(scalelab::Workload value);

private:
    void buildScenario();
    void buildWorkload();
    void buildMix();
    void commitRun(const RunSettings &r);
    void commitWorkload(const Workload &w);
    void updateMixSummary();
    void limitWarmup(double durationS);

    RunSettings m_run;
    Workload m_workload;

    QLineEdit *m_name = nullptr;
    QDoubleSpinBox *m_duration = nullptr;
    QDoubleSpinBox *m_warmup = nullptr;

    QComboBox *m_target = nullptr;
    QDoubleSpinBox *m_rate = nullptr;
    QLabel *m_curveNote = nullptr;
    QComboBox *m_arrival = nullptr;
    QSpinBox *m_users = nullptr;
    QDoubleSpinBox *m_timeout = nullptr;
    QCheckBox *m_noTimeout = nullptr;
    QDoubleSpinBox *m_mix[kRequestKindCount] = {};
    QLabel *m_mixSummary = nullptr;
};

} // namespace scalelab
