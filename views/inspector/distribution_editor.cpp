#include "inspector/distribution_editor.h"

#include "inspector/inspector_fields.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QSignalBlocker>
#include <QSpinBox>

#include <algorithm>
#include <iterator>

namespace scalelab {

namespace {

struct ShapeInfo {
    DistKind kind;
    const char *name;
    const char *tooltip;
};

constexpr ShapeInfo kShapes[] = {
    {DistKind::Exponential, "Exponential",
     "Memoryless: most requests are quick, a few take much longer than the mean. The usual "
     "model of a busy server (the M in M/M/c)."},
    {DistKind::Constant, "Constant", "Every request takes exactly the mean: no variation."},
    {DistKind::Uniform, "Uniform", "Any time between min and max is equally likely."},
    {DistKind::Lognormal, "Lognormal",
     "A long tail: a few requests are very slow. CV sets how spread out the times are."},
    {DistKind::Erlang, "Erlang",
     "The sum of k exponential phases: less variable than exponential; more phases, more "
     "regular."},
};

int shapeIndex(DistKind kind)
{
    for (int i = 0; i < static_cast<int>(std::size(kShapes)); ++i) {
        if (kShapes[i].kind == kind)
            return i;
    }
    return 0;
}

QString shapeTooltip()
{
    return DistributionEditor::tr(
        "How the time varies from one request to the next. The mean sets how much load a "
        "component can take; the shape sets how long the slowest requests take (the p99).");
}

} // namespace

DistributionEditor::DistributionEditor(const QString &objectName, QWidget *parent) : QWidget(parent)
{
    setObjectName(objectName);
    m_form = new QFormLayout(this);
    m_form->setContentsMargins(0, 0, 0, 0);
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_form->setRowWrapPolicy(QFormLayout::WrapLongRows);

    m_kind = new QComboBox;
    m_kind->setObjectName(objectName + QStringLiteral(".kind"));
    for (int i = 0; i < static_cast<int>(std::size(kShapes)); ++i) {
        m_kind->addItem(QString::fromLatin1(kShapes[i].name));
        m_kind->setItemData(i, QString::fromLatin1(kShapes[i].tooltip), Qt::ToolTipRole);
    }
    const QString ms = QStringLiteral(" ms");
    m_mean = makeDoubleSpin(limits::kMinTimeMs, limits::kMaxTimeMs, 3, ms,
                            objectName + QStringLiteral(".mean"));
    m_min = makeDoubleSpin(0.0, limits::kMaxTimeMs, 3, ms, objectName + QStringLiteral(".min"));
    m_max = makeDoubleSpin(limits::kMinTimeMs, limits::kMaxTimeMs, 3, ms,
                           objectName + QStringLiteral(".max"));
    m_cv = makeDoubleSpin(0.01, limits::kMaxCv, 2, QString(), objectName + QStringLiteral(".cv"));
    m_k = makeIntSpin(1, limits::kMaxErlangK, QStringLiteral(" phases"),
                      objectName + QStringLiteral(".k"));

    addRow(m_form, tr("Shape"), m_kind, shapeTooltip());
    addRow(m_form, tr("Mean"), m_mean, tr("The average time, in milliseconds."));
    addRow(m_form, tr("Min"), m_min, tr("The shortest possible time, in milliseconds."));
    addRow(m_form, tr("Max"), m_max, tr("The longest possible time, in milliseconds."));
    addRow(m_form, tr("Variation (CV)"), m_cv,
           tr("Coefficient of variation: standard deviation divided by the mean. 1 is as "
              "variable as exponential; above 1 means a heavier tail of slow requests."));
    addRow(m_form, tr("Phases (k)"), m_k,
           tr("Number of exponential phases. k = 1 is exponential; a large k is nearly "
              "constant."));

    onCommitted(m_kind, [this](int index) {
        Distribution d = m_value;
        const DistKind from = d.kind;
        d.kind = kShapes[index].kind;
        // Keep the mean when the shape changes, so switching shape alone does not change
        // the load; uniform gets a range centred on it.
        if (d.kind == DistKind::Uniform && from != DistKind::Uniform) {
            d.min = 0.0;
            d.max = 2.0 * d.mean;
        }
        // Only a constant may take no time; give the other shapes a positive mean.
        if (d.kind != DistKind::Constant && d.kind != DistKind::Uniform && !(d.mean > 0.0))
            d.mean = 1.0;
        commit(d);
    });
    onCommitted(m_mean, [this](double v) {
        Distribution d = m_value;
        d.mean = v;
        commit(d);
    });
    onCommitted(m_min, [this](double v) {
        Distribution d = m_value;
        d.min = v;
        d.max = std::max(d.max, v); // the range stays valid: raising min drags max along
        d.mean = (d.min + d.max) / 2.0;
        commit(d);
    });
    onCommitted(m_max, [this](double v) {
        Distribution d = m_value;
        d.max = v;
        d.min = std::min(d.min, v);
        d.mean = (d.min + d.max) / 2.0;
        commit(d);
    });
    onCommitted(m_cv, [this](double v) {
        Distribution d = m_value;
        d.cv = v;
        commit(d);
    });
    onCommitted(m_k, [this](int v) {
        Distribution d = m_value;
        d.k = v;
        commit(d);
    });
    setDistribution(m_value);
}

void DistributionEditor::setDistribution(const Distribution &d)
{
    m_value = d;
    {
        // A constant time may be 0 (a free hop); the other shapes need a positive mean.
        const QSignalBlocker block(m_mean);
        m_mean->setMinimum(d.kind == DistKind::Constant ? 0.0 : limits::kMinTimeMs);
    }
    showValue(m_kind, shapeIndex(d.kind));
    showValue(m_mean, d.mean);
    showValue(m_min, d.min);
    showValue(m_max, d.max);
    showValue(m_cv, d.cv);
    showValue(m_k, d.k);
    updateRows();
}

void DistributionEditor::commit(const Distribution &d)
{
    if (d == m_value)
        return;
    // Show the value as committed (e.g. max dragged along by min) before anyone reacts.
    setDistribution(d);
    emit edited(d);
}

void DistributionEditor::updateRows()
{
    const DistKind k = m_value.kind;
    m_form->setRowVisible(m_mean, k != DistKind::Uniform);
    m_form->setRowVisible(m_min, k == DistKind::Uniform);
    m_form->setRowVisible(m_max, k == DistKind::Uniform);
    m_form->setRowVisible(m_cv, k == DistKind::Lognormal);
    m_form->setRowVisible(m_k, k == DistKind::Erlang);
    const ShapeInfo &shape = kShapes[shapeIndex(k)];
    m_kind->setToolTip(shapeTooltip() + QStringLiteral("\n\n") + QString::fromLatin1(shape.name) +
                       QStringLiteral(": ") + QString::fromLatin1(shape.tooltip));
}

} // namespace scalelab
