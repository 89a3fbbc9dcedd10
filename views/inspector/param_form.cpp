#include "inspector/param_form.h"

#include "inspector/distribution_editor.h"
#include "inspector/inspector_fields.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

#include <cmath>

namespace scalelab {

namespace {

QString text(std::string_view s)
{
    return QCoreApplication::translate("scalelab::Param", std::string(s).c_str());
}

QWidget *withCheckBox(QWidget *field, QCheckBox *box)
{
    auto *row = new QWidget;
    auto *h = new QHBoxLayout(row);
    h->setContentsMargins(0, 0, 0, 0);
    h->addWidget(field, 1);
    h->addWidget(box);
    return row;
}

/// The smallest value a spin box may show: the minimum, or one step above it when the
/// minimum itself is not allowed.
double spinMinimum(const ParamSpec &p)
{
    return p.minOpen ? p.min + std::pow(10.0, -p.decimals) : p.min;
}

} // namespace

ParamForm::ParamForm(QWidget *parent) : QWidget(parent)
{
    m_layout = new QVBoxLayout(this);
    m_layout->setContentsMargins(0, 0, 0, 0);
}

QString ParamForm::label(const ParamSpec &p)
{
    return text(p.label);
}

QString ParamForm::tooltip(const ParamSpec &p)
{
    return text(p.tooltip);
}

QString ParamForm::shortLabel(const ParamSpec &p)
{
    return text(p.shortLabel);
}

QString ParamForm::suffix(const ParamSpec &p)
{
    return p.unit.empty() ? QString()
                          : QStringLiteral(" ") +
                                QString::fromUtf8(p.unit.data(), static_cast<int>(p.unit.size()));
}

void ParamForm::setComponent(const Component &c)
{
    if (m_kind != c.kind)
        build(c.kind);
    m_value = c;
    for (const Field &f : m_fields)
        f.show(f.spec->get(c));
}

void ParamForm::commit(const ParamSpec &p, const ParamValue &v)
{
    Component c = m_value;
    p.set(c, v);
    if (c == m_value)
        return;
    emit edited(c);
}

void ParamForm::build(ComponentKind kind)
{
    // Deleting the old fields: their signals must not reach a half-built form.
    while (QLayoutItem *item = m_layout->takeAt(0)) {
        if (QWidget *w = item->widget()) {
            // Gone at once for the student and for findChild; deleted once back in the
            // event loop (this may run inside one of its own signals).
            w->blockSignals(true);
            w->hide();
            w->setParent(nullptr);
            w->deleteLater();
        }
        delete item;
    }
    m_fields.clear();
    m_kind = kind;
    std::vector<std::pair<std::string_view, QGroupBox *>> boxes;
    for (const ParamSpec *p : paramsOf(kind)) {
        QGroupBox *box = nullptr;
        for (const auto &[name, b] : boxes)
            if (name == p->group)
                box = b;
        if (box == nullptr) {
            box = new QGroupBox(text(p->group));
            auto *v = new QVBoxLayout(box);
            auto *form = new QFormLayout;
            form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
            form->setRowWrapPolicy(QFormLayout::WrapLongRows);
            v->addLayout(form);
            boxes.emplace_back(p->group, box);
            m_layout->addWidget(box);
        }
        addField(box, *p);
    }
    // Shown at once with their fields, not when the event loop next runs.
    for (const auto &[name, box] : boxes)
        box->show();
}

void ParamForm::addField(QWidget *box, const ParamSpec &p)
{
    auto *v = static_cast<QVBoxLayout *>(box->layout());
    auto *form = static_cast<QFormLayout *>(v->itemAt(0)->layout());
    const QString name = QString::fromUtf8(p.key.data(), static_cast<int>(p.key.size()));
    const QString tip = tooltip(p);
    const ParamSpec *spec = &p;
    switch (p.type) {
    case ParamType::Number: {
        auto *spin = makeDoubleSpin(spinMinimum(p), p.max, p.decimals, suffix(p), name);
        addRow(form, label(p), spin, tip);
        onCommitted(spin, [this, spec](double x) { commit(*spec, x); });
        m_fields.push_back(
            {spec, [spin](const ParamValue &x) { showValue(spin, std::get<double>(x)); }});
        break;
    }
    case ParamType::Integer: {
        auto *spin = makeIntSpin(static_cast<int>(p.min), static_cast<int>(p.max), suffix(p), name);
        addRow(form, label(p), spin, tip);
        onCommitted(spin, [this, spec](int x) { commit(*spec, x); });
        m_fields.push_back(
            {spec, [spin](const ParamValue &x) { showValue(spin, std::get<int>(x)); }});
        break;
    }
    case ParamType::OptionalNumber:
    case ParamType::OptionalInteger: {
        const bool integer = p.type == ParamType::OptionalInteger;
        QAbstractSpinBox *spin = nullptr;
        if (integer)
            spin = makeIntSpin(static_cast<int>(p.min), static_cast<int>(p.max), suffix(p), name);
        else
            spin = makeDoubleSpin(spinMinimum(p), p.max, p.decimals, suffix(p), name);
        auto *none = new QCheckBox(text(p.noneText));
        none->setObjectName(name + QStringLiteral(".none"));
        none->setToolTip(tip);
        addRow(form, label(p), withCheckBox(spin, none), tip);
        spin->setToolTip(tip);
        auto valueOf = [spin, integer]() -> ParamValue {
            if (integer)
                return std::optional<int>(static_cast<QSpinBox *>(spin)->value());
            return std::optional<double>(static_cast<QDoubleSpinBox *>(spin)->value());
        };
        if (integer)
            onCommitted(static_cast<QSpinBox *>(spin),
                        [this, spec](int x) { commit(*spec, std::optional<int>(x)); });
        else
            onCommitted(static_cast<QDoubleSpinBox *>(spin),
                        [this, spec](double x) { commit(*spec, std::optional<double>(x)); });
        onCommitted(none, [this, spec, spin, integer, valueOf](bool on) {
            spin->setEnabled(!on);
            if (!on)
                commit(*spec, valueOf());
            else if (integer)
                commit(*spec, std::optional<int>());
            else
                commit(*spec, std::optional<double>());
        });
        m_fields.push_back({spec, [spin, none, integer, spec](const ParamValue &x) {
                                bool has = false;
                                if (integer) {
                                    const auto &o = std::get<std::optional<int>>(x);
                                    has = o.has_value();
                                    showValue(static_cast<QSpinBox *>(spin),
                                              o.value_or(static_cast<int>(spec->suggestion)));
                                } else {
                                    const auto &o = std::get<std::optional<double>>(x);
                                    has = o.has_value();
                                    showValue(static_cast<QDoubleSpinBox *>(spin),
                                              o.value_or(spec->suggestion));
                                }
                                showValue(none, !has);
                                spin->setEnabled(has);
                            }});
        break;
    }
    case ParamType::Choice: {
        auto *combo = new QComboBox;
        combo->setObjectName(name);
        for (std::size_t i = 0; i < p.choices.size(); ++i)
            combo->addItem(text(p.choices[i].label), static_cast<int>(i));
        addRow(form, label(p), combo, tip);
        onCommitted(combo, [this, spec, combo](int index) {
            commit(*spec, combo->itemData(index).toInt());
        });
        m_fields.push_back({spec, [combo](const ParamValue &x) {
                                showValue(combo, combo->findData(std::get<int>(x)));
                            }});
        break;
    }
    case ParamType::Distribution: {
        auto *editor = new DistributionEditor(name);
        editor->setToolTip(tip);
        if (p.group == p.label) {
            // The box is this one distribution (the service time): no title twice.
            box->setToolTip(tip);
            v->addWidget(editor);
        } else {
            auto *sub = new QGroupBox(label(p));
            sub->setFlat(true);
            sub->setToolTip(tip);
            auto *sv = new QVBoxLayout(sub);
            sv->setContentsMargins(0, sv->contentsMargins().top(), 0, 0);
            sv->addWidget(editor);
            v->addWidget(sub);
        }
        connect(editor, &DistributionEditor::edited, this,
                [this, spec](const Distribution &d) { commit(*spec, d); });
        m_fields.push_back({spec, [editor](const ParamValue &x) {
                                editor->setDistribution(std::get<Distribution>(x));
                            }});
        break;
    }
    case ParamType::Curve: {
        auto *summary = new QLabel;
        summary->setObjectName(name);
        summary->setToolTip(tip);
        summary->setWordWrap(true);
        auto *clear = new QPushButton(tr("Remove the curve"));
        clear->setObjectName(name + QStringLiteral(".clear"));
        clear->setToolTip(tr("Use the constant rate instead of the curve from the file."));
        auto *row = new QWidget;
        auto *h = new QHBoxLayout(row);
        h->setContentsMargins(0, 0, 0, 0);
        h->addWidget(summary, 1);
        h->addWidget(clear);
        addRow(form, label(p), row, tip);
        connect(clear, &QPushButton::clicked, this,
                [this, spec] { commit(*spec, std::vector<RatePoint>{}); });
        m_fields.push_back({spec, [summary, clear](const ParamValue &x) {
                                const auto &points = std::get<std::vector<RatePoint>>(x);
                                summary->setText(points.empty()
                                                     ? tr("none: the rate is constant")
                                                     : tr("%n point(s), from %1 to %2 s", nullptr,
                                                          static_cast<int>(points.size()))
                                                           .arg(points.front().t_s)
                                                           .arg(points.back().t_s));
                                clear->setEnabled(!points.empty());
                            }});
        break;
    }
    case ParamType::Text: {
        auto *edit = new QLineEdit;
        edit->setObjectName(name);
        edit->setMaxLength(64);
        addRow(form, label(p), edit, tip);
        onCommitted(edit,
                    [this, spec](const QString &s) { commit(*spec, s.trimmed().toStdString()); });
        m_fields.push_back({spec, [edit](const ParamValue &x) {
                                showValue(edit, QString::fromStdString(std::get<std::string>(x)));
                            }});
        break;
    }
    }
}

} // namespace scalelab
