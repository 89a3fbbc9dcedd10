#pragma once

// Edits one Distribution (a service time or latency in ms): a combo for its shape and the
// parameters that shape uses (mean; min and max; cv; k), the others hidden. Emits edited()
// once per committed change; setDistribution() never emits.

#include "metatypes.h"
#include "scenario/scenario.h"

#include <QWidget>

class QComboBox;
class QDoubleSpinBox;
class QFormLayout;
class QSpinBox;

namespace scalelab {

class DistributionEditor : public QWidget {
    Q_OBJECT
public:
    /// objectName prefixes the children's names ("<name>.kind", ".mean", ".min", ".max",
    /// ".cv", ".k") so tests and style sheets can find them.
    explicit DistributionEditor(const QString &objectName, QWidget *parent = nullptr);

    void setDistribution(const Distribution &d);
    Distribution distribution() const { return m_value; }

signals:
    void edited(scalelab::Distribution value);

private:
    void commit(const Distribution &d);
    void updateRows();

    Distribution m_value;
    QFormLayout *m_form = nullptr;
    QComboBox *m_kind = nullptr;
    QDoubleSpinBox *m_mean = nullptr;
    QDoubleSpinBox *m_min = nullptr;
    QDoubleSpinBox *m_max = nullptr;
    QDoubleSpinBox *m_cv = nullptr;
    QSpinBox *m_k = nullptr;
};

} // namespace scalelab
