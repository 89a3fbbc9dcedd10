#include "inspector/inspector_component_page.h"

#include "inspector/inspector_fields.h"
#include "inspector/param_form.h"
#include "kind_icons.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpression>
#include <QRegularExpressionValidator>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QVBoxLayout>

namespace scalelab {

InspectorComponentPage::InspectorComponentPage(QWidget *parent) : QWidget(parent)
{
    auto *v = new QVBoxLayout(this);
    v->setContentsMargins(6, 6, 6, 6);
    buildHeader();
    m_params = new ParamForm;
    v->addWidget(m_params);
    connect(m_params, &ParamForm::edited, this,
            [this](const Component &edited) { commit([&](Component &c) { c = edited; }); });
    v->addStretch(1);
    showComponent(m_value);
}

template <typename Apply> void InspectorComponentPage::commit(Apply apply)
{
    Component c = m_value;
    apply(c);
    if (c == m_value)
        return;
    const QString id = QString::fromStdString(m_value.id); // the old id, also after a rename
    // Shown as typed; if the document refuses the edit, it shows its own value again.
    showComponent(c);
    emit edited(id, c);
}

void InspectorComponentPage::buildHeader()
{
    auto *group = new QGroupBox(tr("Component"));
    group->setObjectName(QStringLiteral("componentGroup"));
    auto *form = makeFormGroup(group);

    auto *titleRow = new QWidget;
    auto *h = new QHBoxLayout(titleRow);
    h->setContentsMargins(0, 0, 0, 0);
    m_icon = new QLabel;
    m_icon->setFixedSize(32, 32);
    m_title = new QLabel;
    m_title->setObjectName(QStringLiteral("kindTitle"));
    QFont f = m_title->font();
    f.setBold(true);
    f.setPointSizeF(f.pointSizeF() * 1.15);
    m_title->setFont(f);
    m_title->setWordWrap(true);
    h->addWidget(m_icon);
    h->addWidget(m_title, 1);
    form->addRow(titleRow);

    m_id = new QLineEdit;
    m_id->setObjectName(QStringLiteral("id"));
    // Letters, digits, '_', '-' and '.', as the scenario format allows (1 to 64 of them).
    m_id->setValidator(new QRegularExpressionValidator(
        QRegularExpression(QStringLiteral("[A-Za-z0-9_.-]{1,64}")), m_id));
    m_label = new QLineEdit;
    m_label->setObjectName(QStringLiteral("label"));
    m_label->setClearButtonEnabled(true);
    addRow(form, tr("Id"), m_id,
           tr("The component's unique name in the scenario file; links and faults refer to "
              "it. Renaming it here renames it everywhere (links, groups, the entry point) "
              "in one undoable step."));
    onCommitted(m_id, [this](const QString &text) {
        if (text.isEmpty())
            return;
        commit([&](Component &c) { c.id = text.toStdString(); });
    });
    addRow(form, tr("Label"), m_label,
           tr("The name shown on the canvas and in charts. Leave it empty to show the id."));
    onCommitted(m_label, [this](const QString &text) {
        commit([&](Component &c) { c.label = text.trimmed().toStdString(); });
    });
    layout()->addWidget(group);
}

void InspectorComponentPage::showComponent(const Component &c)
{
    m_value = c;
    m_icon->setPixmap(iconFor(c.kind).pixmap(QSize(32, 32), devicePixelRatioF()));
    m_title->setText(displayName(c.kind));
    m_title->setToolTip(kindDescription(c.kind));
    showValue(m_id, QString::fromStdString(c.id));
    showValue(m_label, QString::fromStdString(c.label));
    m_label->setPlaceholderText(QString::fromStdString(c.id));
    m_params->setComponent(c);
}

} // namespace scalelab
