#pragma once

// The inspector page shown when nothing is selected: the scenario's name, the run
// settings and the SLO the chaos test judges by. (The load lives on the users' card: a clients
// component.) Each committed field edit emits one signal with the whole new value of its part.

#include "metatypes.h"
#include "scenario/scenario.h"

#include <QWidget>

class QDoubleSpinBox;
class QLineEdit;

namespace scalelab {

class InspectorScenarioPage : public QWidget {
    Q_OBJECT
public:
    explicit InspectorScenarioPage(QWidget *parent = nullptr);

    void showScenario(const Scenario &s);

signals:
    void nameEdited(QString name);
    void runSettingsEdited(scalelab::RunSettings value);
    void sloEdited(scalelab::Slo value);

private:
    void commitRun(const RunSettings &r);
    void commitSlo(const Slo &slo);

    RunSettings m_run;
    QLineEdit *m_name = nullptr;
    QDoubleSpinBox *m_duration = nullptr;
    QDoubleSpinBox *m_warmup = nullptr;
    Slo m_slo;
    QDoubleSpinBox *m_sloP99 = nullptr;
    QDoubleSpinBox *m_sloAvailability = nullptr;
};

} // namespace scalelab
