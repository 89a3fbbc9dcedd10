#pragma once

// Lets the scenario value types travel in Qt signals, QVariant and QSignalSpy. Include this
// wherever such a type appears in a signal; it has no cost beyond the declarations.

#include "scenario/scenario.h"

#include <QMetaType>

Q_DECLARE_METATYPE(scalelab::ComponentKind)
Q_DECLARE_METATYPE(scalelab::Component)
Q_DECLARE_METATYPE(scalelab::Link)
Q_DECLARE_METATYPE(scalelab::RunSettings)
Q_DECLARE_METATYPE(scalelab::Slo)
Q_DECLARE_METATYPE(scalelab::AutoscalingSettings)
Q_DECLARE_METATYPE(scalelab::Distribution)
Q_DECLARE_METATYPE(scalelab::Scenario)
