#pragma once

// The inspector page for one component: its identity (icon, kind, id, label), then the
// fields of its kind's declared parameters (ParamForm). Each committed field edit emits
// edited() once with the whole new component.

#include "metatypes.h"
#include "scenario/scenario.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace scalelab {

class ParamForm;

class InspectorComponentPage : public QWidget {
    Q_OBJECT
public:
    explicit InspectorComponentPage(QWidget *parent = nullptr);

    void showComponent(const Component &c);
    const Component &component() const { return m_value; }

signals:
    void edited(QString id, scalelab::Component newValue);

private:
    void buildHeader();
    /// Applies one field's change to a copy of the shown component and emits it.
    template <typename Apply> void commit(Apply apply);

    Component m_value;

    QLabel *m_icon = nullptr;
    QLabel *m_title = nullptr;
    QLineEdit *m_id = nullptr;
    QLineEdit *m_label = nullptr;

    ParamForm *m_params = nullptr;
};

} // namespace scalelab
