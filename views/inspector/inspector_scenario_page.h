#pragma once

// The inspector page shown when nothing is selected: the scenario's name and the run
// settings. (The load lives on the users' card: a clients component.) Each committed
// field edit emits one signal with the whole new value of its part.

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

private:
    void commitRun(const RunSettings &r);

    RunSettings m_run;
    QLineEdit *m_name = nullptr;
    QDoubleSpinBox *m_duration = nullptr;
    QDoubleSpinBox *m_warmup = nullptr;
};

} // namespace scalelab
