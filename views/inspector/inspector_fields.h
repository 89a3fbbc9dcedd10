#pragma once

// Building blocks shared by the inspector pages: spin boxes with units and the model's
// ranges, and "committed edit" hooks. A committed edit is Enter or focus leaving a field
// whose value differs from what was last shown, so one edit makes exactly one signal
// (one undo step) and refilling a field never makes one.

#include "scenario/scenario_limits.h"

#include <QString>
#include <functional>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QFormLayout;
class QGroupBox;
class QLineEdit;
class QSpinBox;
class QWidget;

namespace scalelab {

/// Ranges the inspector allows: those of validateScenario() (model/scenario/validation.cpp,
/// scenario_limits.h), so a value the validator refuses cannot be typed. Rules that
/// involve two fields (capacity >= workers, warm-up < duration, min <= max) are kept by
/// the pages themselves.
namespace limits {
inline constexpr int kMaxWorkers = scalelab::kMaxWorkers;
inline constexpr int kMaxCapacity = scalelab::kMaxCapacity;
inline constexpr double kMinTimeMs = 0.001; ///< smallest positive time the boxes show (3 decimals)
inline constexpr double kMaxTimeMs = scalelab::kMaxTimeMs;
inline constexpr double kMinTimeoutMs = 0.1; ///< above 0; timeouts show one decimal
inline constexpr double kMinSpeed = 0.01;    ///< speed must be above 0; two decimals shown
inline constexpr double kMaxSpeed = scalelab::kMaxSpeed;
inline constexpr double kMaxCostPerHour = 1e6;
inline constexpr double kMaxTtlS = scalelab::kMaxDurationS;
inline constexpr double kMaxIntervalS = 86400.0;
inline constexpr int kMaxChecks = 1000;
inline constexpr double kMaxCv = 100.0;
inline constexpr int kMaxErlangK = 1000;
inline constexpr double kMaxLatencyMs = 1e6;
inline constexpr double kMaxRateRps = scalelab::kMaxRateRps;
inline constexpr int kMaxUsers = scalelab::kMaxUsers;
inline constexpr double kMinDurationS = 0.1; ///< above 0; one decimal shown
inline constexpr double kMaxDurationS = scalelab::kMaxDurationS;
inline constexpr double kMaxShare = 1e9;
} // namespace limits

/// A spin box that reports only finished edits (keyboard tracking off).
QSpinBox *makeIntSpin(int min, int max, const QString &suffix, const QString &objectName);
QDoubleSpinBox *makeDoubleSpin(double min, double max, int decimals, const QString &suffix,
                               const QString &objectName);

/// A field changes on the mouse wheel only when it has the focus; otherwise the wheel
/// scrolls whatever holds it (the inspector), so rolling over a form edits nothing. Applies
/// to `field` and the spin boxes, combos and sliders inside it; the spin makers and addRow
/// call it. Also keeps the wheel from giving such a field the focus.
void wheelOnlyWhenFocused(QWidget *field);

/// Adds a row whose label and field both carry the tooltip, so hovering either explains it.
void addRow(QFormLayout *form, const QString &label, QWidget *field, const QString &tooltip);

/// Sets a field's value without it counting as an edit.
void showValue(QSpinBox *spin, int value);
void showValue(QDoubleSpinBox *spin, double value);
void showValue(QLineEdit *edit, const QString &text);
void showValue(QCheckBox *box, bool checked);
void showValue(QComboBox *combo, int index);

/// Calls onCommit with the new value when the user finishes an edit that changed the value.
void onCommitted(QSpinBox *spin, std::function<void(int)> onCommit);
void onCommitted(QDoubleSpinBox *spin, std::function<void(double)> onCommit);
void onCommitted(QLineEdit *edit, std::function<void(const QString &)> onCommit);
/// Checkboxes commit on every user toggle (programmatic showValue does not count).
void onCommitted(QCheckBox *box, std::function<void(bool)> onCommit);
/// Combos commit on every change of the current index made by the user.
void onCommitted(QComboBox *combo, std::function<void(int)> onCommit);

/// A group box with a form layout inside, laid out to fit a narrow dock.
QFormLayout *makeFormGroup(QGroupBox *group);

} // namespace scalelab
