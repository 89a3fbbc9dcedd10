#pragma once

// The inspector page for one component: identity, the queueing fields every kind shares,
// and the groups of the kind-specific fields (DNS, load balancer, database), shown only for
// that kind. Each committed field edit emits edited() once with the whole new component.

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

class DistributionEditor;

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
    void buildQueueing();
    void buildDns();
    void buildLoadBalancer();
    void buildDatabase();
    /// Applies one field's change to a copy of the shown component and emits it.
    template <typename Apply> void commit(Apply apply);

    Component m_value;

    QLabel *m_icon = nullptr;
    QLabel *m_title = nullptr;
    QLineEdit *m_id = nullptr;
    QLineEdit *m_label = nullptr;

    QSpinBox *m_workers = nullptr;
    QSpinBox *m_capacity = nullptr;
    QCheckBox *m_unbounded = nullptr;
    QDoubleSpinBox *m_timeout = nullptr;
    QCheckBox *m_noTimeout = nullptr;
    QDoubleSpinBox *m_speed = nullptr;
    QDoubleSpinBox *m_cost = nullptr;
    DistributionEditor *m_service = nullptr;

    QGroupBox *m_dnsGroup = nullptr;
    QDoubleSpinBox *m_ttl = nullptr;

    QGroupBox *m_lbGroup = nullptr;
    QComboBox *m_algorithm = nullptr;
    QDoubleSpinBox *m_hcInterval = nullptr;
    QSpinBox *m_hcUnhealthy = nullptr;
    QSpinBox *m_hcHealthy = nullptr;

    QGroupBox *m_dbGroup = nullptr;
    QComboBox *m_dbModel = nullptr;
    DistributionEditor *m_read = nullptr;
    DistributionEditor *m_write = nullptr;
};

} // namespace scalelab
