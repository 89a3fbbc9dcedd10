#pragma once

// The fields of a component's parameters, built from its kind's declarations
// (model/scenario/kinds/): a spin box with the unit and the declared range for a number,
// a combo for a choice, a distribution editor, a "none" box beside an optional value, each
// with the declared tooltip, in boxes by the declared group. A new kind or parameter gets
// its fields here without any code. Each committed edit emits edited() once with the whole
// new component; setComponent() never emits.
//
// Object names are the parameters' YAML keys ("workers", "health_check.interval_s"); an
// optional value's box is "<key>.none"; a distribution editor's children are
// "<key>.kind", "<key>.mean" ...; a curve's summary is "<key>" and its button "<key>.clear".

#include "metatypes.h"
#include "scenario/scenario.h"

#include <QWidget>

#include <functional>
#include <optional>
#include <vector>

class QVBoxLayout;

namespace scalelab {

class ParamForm : public QWidget {
    Q_OBJECT
public:
    explicit ParamForm(QWidget *parent = nullptr);

    /// Shows a component's values, rebuilding the fields when its kind differs from the
    /// one shown.
    void setComponent(const Component &c);

    /// The translated label, tooltip and unit suffix of a declaration.
    static QString label(const ParamSpec &p);
    static QString tooltip(const ParamSpec &p);
    static QString suffix(const ParamSpec &p);
    /// The short label a card shows before the value ("TTL", "hc").
    static QString shortLabel(const ParamSpec &p);

signals:
    void edited(scalelab::Component newValue);

private:
    struct Field {
        const ParamSpec *spec;
        std::function<void(const ParamValue &)> show; ///< refill without emitting
    };
    void build(ComponentKind kind);
    void addField(QWidget *box, const ParamSpec &p);
    void commit(const ParamSpec &p, const ParamValue &v);

    std::optional<ComponentKind> m_kind;
    Component m_value;
    std::vector<Field> m_fields;
    QVBoxLayout *m_layout = nullptr;
};

} // namespace scalelab
