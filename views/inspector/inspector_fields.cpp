#include "inspector/inspector_fields.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QScrollArea>
#include <QSignalBlocker>
#include <QSlider>
#include <QSpinBox>
#include <QVariant>
#include <QWheelEvent>

namespace scalelab {

namespace {
// The value last shown or committed lives on the widget itself, so pages need no
// bookkeeping per field and a second editingFinished (Enter, then focus out) is ignored.
constexpr char kCommitted[] = "scalelabCommitted";

/// Passes the wheel on to the scroll area holding the field while the field is not
/// focused (or, outside one, to the parent: ignored, so it propagates). One per field.
class WheelGuard : public QObject {
public:
    explicit WheelGuard(QWidget *field) : QObject(field)
    {
        setObjectName(QStringLiteral("scalelabWheelGuard"));
        field->installEventFilter(this);
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        auto *field = static_cast<QWidget *>(watched);
        if (event->type() == QEvent::Wheel && !field->hasFocus()) {
            // To the scroll area around the form, as if the field were not there.
            for (QWidget *p = field->parentWidget(); p; p = p->parentWidget())
                if (auto *area = qobject_cast<QAbstractScrollArea *>(p)) {
                    QCoreApplication::sendEvent(area->viewport(), event);
                    return true;
                }
            event->ignore();
            return true;
        }
        return QObject::eventFilter(watched, event);
    }
};

void guardOne(QWidget *w)
{
    if (!qobject_cast<QAbstractSpinBox *>(w) && !qobject_cast<QComboBox *>(w) &&
        !qobject_cast<QAbstractSlider *>(w))
        return;
    if (w->findChild<WheelGuard *>(QStringLiteral("scalelabWheelGuard"),
                                   Qt::FindDirectChildrenOnly))
        return;
    if (w->focusPolicy() == Qt::WheelFocus)
        w->setFocusPolicy(Qt::StrongFocus);
    new WheelGuard(w);
}
} // namespace

void wheelOnlyWhenFocused(QWidget *field)
{
    guardOne(field);
    for (QWidget *child : field->findChildren<QWidget *>())
        guardOne(child);
}

QSpinBox *makeIntSpin(int min, int max, const QString &suffix, const QString &objectName)
{
    auto *spin = new QSpinBox;
    spin->setObjectName(objectName);
    spin->setRange(min, max);
    spin->setSuffix(suffix);
    spin->setKeyboardTracking(false);
    spin->setGroupSeparatorShown(true);
    spin->setAccelerated(true);
    // A number past the range becomes the nearest allowed one instead of silently undoing
    // what was typed.
    spin->setCorrectionMode(QAbstractSpinBox::CorrectToNearestValue);
    wheelOnlyWhenFocused(spin);
    return spin;
}

QDoubleSpinBox *makeDoubleSpin(double min, double max, int decimals, const QString &suffix,
                               const QString &objectName)
{
    auto *spin = new QDoubleSpinBox;
    spin->setObjectName(objectName);
    spin->setDecimals(decimals);
    spin->setRange(min, max);
    spin->setSuffix(suffix);
    spin->setKeyboardTracking(false);
    spin->setGroupSeparatorShown(true);
    spin->setAccelerated(true);
    spin->setCorrectionMode(QAbstractSpinBox::CorrectToNearestValue);
    // Steps that scale with the value: 10 -> 11, 1000 -> 1100, instead of a fixed step.
    spin->setStepType(QAbstractSpinBox::AdaptiveDecimalStepType);
    wheelOnlyWhenFocused(spin);
    return spin;
}

void addRow(QFormLayout *form, const QString &label, QWidget *field, const QString &tooltip)
{
    auto *lbl = new QLabel(label);
    lbl->setToolTip(tooltip);
    lbl->setBuddy(field);
    field->setToolTip(tooltip);
    wheelOnlyWhenFocused(field);
    form->addRow(lbl, field);
}

void showValue(QSpinBox *spin, int value)
{
    const QSignalBlocker block(spin);
    spin->setValue(value);
    spin->setProperty(kCommitted, spin->value());
}

void showValue(QDoubleSpinBox *spin, double value)
{
    const QSignalBlocker block(spin);
    spin->setValue(value);
    // Store the rounded value the box shows, so the rounding alone never looks like an edit.
    spin->setProperty(kCommitted, spin->value());
}

void showValue(QLineEdit *edit, const QString &text)
{
    const QSignalBlocker block(edit);
    edit->setText(text);
    edit->setProperty(kCommitted, text);
}

void showValue(QCheckBox *box, bool checked)
{
    const QSignalBlocker block(box);
    box->setChecked(checked);
}

void showValue(QComboBox *combo, int index)
{
    const QSignalBlocker block(combo);
    combo->setCurrentIndex(index);
}

void onCommitted(QSpinBox *spin, std::function<void(int)> onCommit)
{
    QObject::connect(spin, &QSpinBox::editingFinished, spin, [spin, onCommit] {
        const int v = spin->value();
        if (spin->property(kCommitted).toInt() == v)
            return;
        spin->setProperty(kCommitted, v);
        onCommit(v);
    });
}

void onCommitted(QDoubleSpinBox *spin, std::function<void(double)> onCommit)
{
    QObject::connect(spin, &QDoubleSpinBox::editingFinished, spin, [spin, onCommit] {
        const double v = spin->value();
        if (spin->property(kCommitted).toDouble() == v)
            return;
        spin->setProperty(kCommitted, v);
        onCommit(v);
    });
}

void onCommitted(QLineEdit *edit, std::function<void(const QString &)> onCommit)
{
    QObject::connect(edit, &QLineEdit::editingFinished, edit, [edit, onCommit] {
        const QString text = edit->text();
        if (edit->property(kCommitted).toString() == text)
            return;
        edit->setProperty(kCommitted, text);
        onCommit(text);
    });
}

void onCommitted(QCheckBox *box, std::function<void(bool)> onCommit)
{
    QObject::connect(box, &QCheckBox::toggled, box, [onCommit](bool on) { onCommit(on); });
}

void onCommitted(QComboBox *combo, std::function<void(int)> onCommit)
{
    QObject::connect(combo, &QComboBox::currentIndexChanged, combo,
                     [onCommit](int index) { onCommit(index); });
}

QFormLayout *makeFormGroup(QGroupBox *group)
{
    auto *form = new QFormLayout(group);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    // In a narrow dock a long label moves above its field instead of squeezing it.
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    form->setLabelAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    return form;
}

} // namespace scalelab
